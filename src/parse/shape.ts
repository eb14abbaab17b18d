/** Small predicates about the shape of a line of text, shared by the parse steps. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Trailing closing quotes and brackets, which do not change how a line ends. */
const CLOSERS = /["'”’»)\]]+$/u;

/** Ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes. */
export function endsSentence(text: string): boolean {
  return /[.!?…]$/u.test(text.trimEnd().replace(CLOSERS, ''));
}

/** Ends with any clause punctuation, which headings never do (`?` and `!` excepted: "Why now?"). */
export function endsWithClausePunctuation(text: string): boolean {
  return /[.,;:…]$/u.test(text.trimEnd().replace(CLOSERS, ''));
}

/** Heading shape limits: "Why This Matters for Global Tech Markets" has 7 words. */
export const HEADING_MAX_WORDS = 14;
export const HEADING_MAX_CHARS = 120;

/** A line that could be a heading: short, starts with a capital or digit, no clause punctuation at the end. */
export function hasHeadingShape(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > HEADING_MAX_CHARS) return false;
  const n = wordCount(line);
  if (n === 0 || n > HEADING_MAX_WORDS) return false;
  if (endsWithClausePunctuation(line)) return false;
  return /^["'“‘]?[\p{Lu}\p{N}]/u.test(line);
}

/** Lower case, letters and digits only, single spaces: how lines are compared with each other and with lists. */
export function normaliseLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
