import type { ListItem, TextSpan } from '../types.js';
import type { RawItem } from './blocks.js';
import { endsSentence, wordCount } from './shape.js';
import { span } from './frontmatter.js';

/** Separators between an item's label and its explanation: "Label – text", "Label — text", "Label - text", "Label: text". */
const LABEL_SEPARATOR = /[ \t\u00a0]+[–—-][ \t\u00a0]+|:[ \t\u00a0]+/u;
const LABEL_MAX_WORDS = 10;

/** A list item with its label split off where it has the "Label – explanation" shape. */
export function listItem(text: string, raw: RawItem): ListItem {
  const item = span(text, raw.start, raw.end);
  const bodyText = text.slice(raw.bodyStart, raw.end);
  const sep = LABEL_SEPARATOR.exec(bodyText);
  if (sep && sep.index > 0) {
    const labelText = bodyText.slice(0, sep.index);
    const rest = bodyText.slice(sep.index + sep[0].length);
    if (isLabel(labelText) && wordCount(rest) > 0) {
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
