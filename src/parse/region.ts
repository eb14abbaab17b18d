import { AFTER_ARTICLE_LABEL, CAPTION_MAX_WORDS, CAPTION_PATTERNS, COMMENT_HEADER, OTHER_READ_ALSO, OTHER_STORIES_LABEL, REGION, SCRAPE_END_LABEL, SECTION_BREAK_MAX_WORDS, SECTION_BREAKS } from '../data/chrome.js';
import type { RawBlock } from './blocks.js';
import { chromeReason } from './chrome.js';
import { endsSentence, wordCount } from './shape.js';
import { wideWords } from '../writing-systems.js';
import { blockText, hasTitleShape, isByline, repeatsTitle } from './frontmatter.js';

/** Words of a text, counting runs of CJK/Thai characters (which use no spaces) at three characters a word. */
export function size(text: string): number {
  return wordCount(text) + wideWords(text);
}

/**
 * Reads as prose: a sentence ending (including CJK full stops) and a few words, or a long line
 * with punctuation in it (a tag cloud or category list is long but has none).
 */
function isProse(text: string): boolean {
  const n = size(text);
  if (n >= REGION.proseMinWords && endsSentence(text)) return true;
  return n >= REGION.longLineWords && /[.,;:!?。、，！？]/u.test(text);
}

/** A line without its bullet or heading marks: the label it may be ("* Related stories", "## Comments"). */
function labelOf(line: string): string {
  return line.trim().replace(/^[*•·\-–—>»#]+\s*/u, '');
}

/** "Related stories", "12 Comments", "Leave a Reply", "Previous Post", "Jane on May 2 at 4:47 pm said:". */
export function isSectionBreak(line: string): boolean {
  const l = labelOf(line);
  if (COMMENT_HEADER.test(l)) return true;
  return wordCount(l) <= SECTION_BREAK_MAX_WORDS && SECTION_BREAKS.some((p) => p.test(l));
}

/**
 * A break that sits inside an article rather than ending it: "Read More" (an expander), "Continue
 * reading", one related link set into the text ("Related: From Big Bang to Present"), "Read also"
 * (also in the benchmark pages' other languages: "Leggi anche", "Lire aussi", …).
 */
const INLINE_BREAK = new RegExp(
  String.raw`^(?:read more|continue reading|read full (?:story|article)|show more|related\s*:\s*\S.*|(?:read also|also read|see also|leggi anche|lire aussi|leia também|lee también|baca juga)\b.*|(?:${OTHER_READ_ALSO})(?!\p{L}).*)$`,
  'iu',
);

/** A line that is only a web address. */
const BARE_LINK = /^\s*https?:\/\/\S+\s*$/;

/**
 * A line after which the article is over: a label of its comments, "you may also like" or the
 * author's bio, whole (AFTER_ARTICLE_LABEL; not "Related stories", which sit inside articles too).
 * A comment's header ("Jane on May 2 said:") counts only with `commentHeaders`: in markup, "She
 * said:" introduces a quotation. A form's field label ("Comment(required)", "Comment *") is none.
 */
export function endsArticle(line: string, commentHeaders = true): boolean {
  const l = labelOf(line);
  if (COMMENT_HEADER.test(l)) return commentHeaders;
  return AFTER_ARTICLE_LABEL.test(l);
}

/** Whether a line labels a box of the site's other stories ("You might like"), which a page may set inside its story. */
export function labelsOtherStories(line: string): boolean {
  return OTHER_STORIES_LABEL.test(labelOf(line));
}

/** A photo caption or gallery line: short, and shaped like one (a long paragraph may mention "left" or "Photo:"). */
export function isCaption(line: string): boolean {
  return wordCount(line) <= CAPTION_MAX_WORDS && CAPTION_PATTERNS.some((p) => p.test(line));
}

/** A list item written as a sentence ("Investors may return."), unlike a menu item ("Sports"). */
function isProseItem(item: string): boolean {
  return size(item) >= REGION.proseItemMinWords && endsSentence(item);
}

/**
 * Whether the list at `i` is one of the points a sentence introduces ("Solar financing comes in
 * several forms, each with different implications:" over "Cash Purchase" and its points, "Loan"
 * and its points): the nearest paragraph before it, past short lines and other lists, ends on a
 * colon. (A list of related headlines or a footer's menu follows the article's last sentence.)
 */
function introducedList(text: string, blocks: RawBlock[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= INTRODUCED_LIST_REACH; k--) {
    const b = blocks[k]!;
    if (b.kind === 'list') continue;
    const line = text.slice(b.start, b.end).trim();
    if (line.endsWith(':')) return wordCount(line) >= REGION.proseItemMinWords;
    if (isProse(line)) return false;
  }
  return false;
}

/** How many blocks back the sentence introducing a list of points may stand. */
const INTRODUCED_LIST_REACH = 8;

/**
 * A list item written as a phrase in sentence case ("Highest upfront cost", "Spreads costs over
 * time"): an article's points, not a menu's ("World News", "Sign In") or a headline's (which
 * names someone). It costs nothing where a sentence introduces its list (introducedList).
 */
function isPhraseItem(item: string): boolean {
  const w = item.trim().split(/\s+/);
  if (w.length < REGION.proseItemMinWords || w.length > REGION.phraseItemMaxWords || chromeReason(item)) return false;
  return /^\p{Lu}\p{Ll}/u.test(w[0]!) && w.slice(1).every((x) => /^[\p{Ll}\d][\p{Ll}\d'’-]*[,;]?$/u.test(x));
}

function blockValue(text: string, b: RawBlock, introduced = false): number {
  if (b.kind === 'list') {
    const items = (b.items ?? []).map((i) => text.slice(i.bodyStart, i.end));
    // Menus are bulleted; numbered items in pasted text are content (steps, rankings, schedules).
    const other = b.ordered ? REGION.numberedItemValue : -REGION.chromeCost;
    return items.reduce((v, item) => v + (isSectionBreak(item) ? -REGION.breakCost : isProseItem(item) ? size(item) : introduced && isPhraseItem(item) ? 0 : other), 0);
  }
  const line = text.slice(b.start, b.end);
  if (isSectionBreak(line)) return -REGION.breakCost;
  if (chromeReason(line) || isCaption(line)) return -REGION.chromeCost;
  if (isProse(line)) return size(line);
  return -(REGION.lineCost + REGION.lineCostPerWord * size(line));
}

/**
 * The article in pasted page text. The page is cut at section breaks ("Related stories",
 * "Comments", "Previous post"); in each part the contiguous run of blocks with the largest value
 * (maximum subarray) is its prose run, where prose adds its size and menus, labels and chrome
 * subtract. The article is the earliest run worth at least REGION.firstShare of the best one:
 * pages put the article before its comments and related stories. Returns [first, last] block
 * indexes, or null when nothing reads as prose.
 */
export function articleRegion(text: string, blocks: RawBlock[]): [number, number] | null {
  const values = blocks.map((b, i) => blockValue(text, b, b.kind === 'list' && introducedList(text, blocks, i)));
  // A bare link under a list item is the item's ("1) Blade Runner (4K)" / "http://amzn.to/…"): it costs nothing.
  blocks.forEach((b, i) => {
    if (i > 0 && b.kind !== 'list' && blocks[i - 1]!.kind === 'list' && BARE_LINK.test(text.slice(b.start, b.end))) values[i] = 0;
  });
  // A clean article (no section break, little furniture) is kept whole.
  const furniture = values.reduce((sum, v) => sum + Math.min(0, v), 0);
  if (furniture > -REGION.pageFurniture && !values.some((v) => v <= -REGION.breakCost)) return blocks.length > 0 ? [0, blocks.length - 1] : null;
  const runs: Array<{ range: [number, number]; value: number }> = [];
  let partStart = 0;
  // Once comments or "you may also like" have begun, a long run is more of them, not the article:
  // its value counts only in part (a short post above 10 long comments is still the article).
  let after = false;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && values[i]! > -REGION.breakCost) continue;
    const run = bestRun(values, partStart, i);
    if (run) runs.push(after ? { range: run.range, value: run.value * REGION.afterArticleShare } : run);
    if (i < blocks.length && !after && blocks[i]!.kind !== 'list' && endsArticle(text.slice(blocks[i]!.start, blocks[i]!.end))) after = true;
    partStart = i + 1;
  }
  if (runs.length === 0) return null;
  const best = Math.max(...runs.map((r) => r.value));
  let at = runs.findIndex((r) => r.value >= REGION.firstShare * best);
  const range: [number, number] = [...runs[at]!.range];
  // A "Read More" with a paragraph of prose right before and right after it sits inside the
  // article (under a CNN lede): the article goes on after it. ("Related stories" does not: the
  // paragraphs after it may be teasers written as sentences.)
  while (
    at + 1 < runs.length &&
    runs[at + 1]!.range[0] === range[1] + 2 &&
    INLINE_BREAK.test(text.slice(blocks[range[1] + 1]!.start, blocks[range[1] + 1]!.end).trim()) &&
    blocks[range[1]]!.kind === 'paragraph' &&
    blocks[range[1] + 2]!.kind === 'paragraph' &&
    values[range[1]]! > 0 &&
    values[range[1] + 2]! > 0
  ) {
    at++;
    range[1] = runs[at]!.range[1];
  }
  return range;
}


/**
 * Where the article ends in a Markdown page scrape (a web clipper's or reader service's): the
 * last block before the first section break ("Related stories", "Comments") after the prose run
 * articleRegion finds (a comment's header is no break here). null when no break follows: a
 * Markdown article's own lists and links are never cut on shape alone.
 */
export function scrapeEnd(text: string, blocks: RawBlock[]): number | null {
  const region = articleRegion(text, blocks);
  if (!region) return null;
  for (let i = region[1] + 1; i < blocks.length; i++) {
    // A whole-line label only ("Related stories", "Comments"): "## More on the outlook" is the
    // article's own heading, and in markup "She said:" introduces a quotation.
    const b = blocks[i]!;
    if (b.kind === 'list') continue;
    const line = text.slice(b.start, b.end);
    if (endsArticle(line, false) || SCRAPE_END_LABEL.test(labelOf(line))) return i - 1;
  }
  return null;
}

/** Maximum-sum contiguous run of values[from, to). */
function bestRun(values: number[], from: number, to: number): { range: [number, number]; value: number } | null {
  let best = 0;
  let range: [number, number] | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += values[i]!;
    if (sum > best) {
      best = sum;
      range = [start, i];
    }
  }
  return range ? { range, value: best } : null;
}

/** How far above the article the title is looked for, in blocks. */
const TITLE_SEARCH_BLOCKS = 15;
const TITLE_MIN_WORDS = 3;

/**
 * The title among the blocks above a pasted article: a headline-shaped line near the body.
 * A line that another line repeats (pages print the headline twice, or a short form of it)
 * wins, and of such a pair the fuller form; otherwise the nearest candidate. -1 when none.
 */
export function titleAbove(text: string, head: RawBlock[]): number {
  const candidates: number[] = [];
  for (let i = head.length - 1; i >= 0 && i >= head.length - TITLE_SEARCH_BLOCKS; i--) {
    const b = head[i]!;
    if (b.kind === 'list') continue;
    const line = blockText(text, b);
    if (!hasTitleShape(line) || wordCount(line) < TITLE_MIN_WORDS || isByline(line) || chromeReason(line)) continue;
    candidates.push(i);
  }
  for (const i of candidates) {
    const line = blockText(text, head[i]!);
    const twin = candidates.find((j) => j !== i && repeatsTitle(blockText(text, head[j]!), line));
    if (twin !== undefined) {
      const other = blockText(text, head[twin]!);
      return other.length > line.length ? twin : i;
    }
  }
  return candidates.length > 0 ? candidates[0]! : -1;
}
