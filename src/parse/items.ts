import type { ListItem, TextSpan } from '../types.js';
import type { RawItem } from './blocks.js';
import { endsSentence, wordCount } from './shape.js';
import { span } from './frontmatter.js';

/** Separators between an item's label and its explanation: "Label – text", "Label — text", "Label - text", "Label: text". */
const LABEL_SEPARATOR = /[ \t\u00a0]+[–—-][ \t\u00a0]+|:[ \t\u00a0]+/u;
const LABEL_MAX_WORDS = 10;
/** A verb's auxiliary: a "label" that holds one is a clause. */
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|been|does|do|did|can|will|would|could|should|may|might|must)\b/i;
/** Words from which a "label" before a dash and a lower-case aside is the start of a sentence. */
const ASIDE_LABEL_MIN_WORDS = 5;

/** A list item with its label split off where it has the "Label – explanation" shape. */
export function listItem(text: string, raw: RawItem): ListItem {
  // (Its depth under the items before it, when it is nested.)
  const item = { ...span(text, raw.start, raw.end), ...(raw.depth ? { depth: raw.depth } : {}) };
  const bodyText = text.slice(raw.bodyStart, raw.end);
  const sep = LABEL_SEPARATOR.exec(bodyText);
  if (sep && sep.index > 0) {
    const labelText = bodyText.slice(0, sep.index);
    const rest = bodyText.slice(sep.index + sep[0].length);
    // (Not a sentence with an aside after a dash: "95 HTTP requests are made per page — a drop of a
    // single request from last year", "74% of pages use at least one redirect — which seems high".)
    const dash = !sep[0].includes(':');
    const sentence = dash && (AUXILIARY.test(labelText) || (/^\p{Ll}/u.test(rest) && wordCount(labelText) >= ASIDE_LABEL_MIN_WORDS));
    if (isLabel(labelText) && wordCount(rest) > 0 && !sentence) {
      const label: TextSpan = span(text, raw.bodyStart, raw.bodyStart + sep.index);
      const body = span(text, raw.bodyStart + sep.index + sep[0].length, raw.end);
      return { ...item, label, body };
    }
  }
  return { ...item, label: null, body: span(text, raw.bodyStart, raw.end) };
}

function isLabel(s: string): boolean {
  const n = wordCount(s);
  return n >= 1 && n <= LABEL_MAX_WORDS && !endsSentence(s) && /^["'“‘]?[\p{Lu}\p{N}]/u.test(s.trim());
}
