import type { Sentence, Span, TextSpan, Token } from '../types.js';
import { OPENING_LABEL } from '../data/summary.js';

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/**
 * Longer sentences than this (run-on text with no full stop) do not give every claim or relation
 * in them the whole sentence: hundreds of items each repeating a 300 kB sentence made the JSON
 * brief too long to build.
 */
export const LONG_SENTENCE_CHARS = 2000;

/** The span of a claim or relation: its sentence, or for a very long one just the item's own parts. */
export function itemSpan(text: string, sentence: Span, parts: Array<Span | null>): TextSpan {
  if (sentence.end - sentence.start <= LONG_SENTENCE_CHARS) return textSpan(text, sentence.start, sentence.end);
  const present = parts.filter((p): p is Span => p !== null);
  return textSpan(text, Math.min(...present.map((p) => p.start)), Math.max(...present.map((p) => p.end)));
}

/** `[start, end)` without surrounding spaces and the punctuation that closes a clause or sentence. */
export function trimClause(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the first token starting at or after `offset`, or tokens.length. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstFrom(tokens, offset);
}

/** Index of the first item (tokens, names: in text order) that starts at or after `offset`, by binary search; `items.length` if none. */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokensText(text: string, tokens: Token[], first: number, last: number): TextSpan {
  return textSpan(text, tokens[first]!.start, tokens[last]!.end);
}

/**
 * A field of data set as a line: it opens on a label, ends with no full stop and has no verb of its own ("Record: 40-0,
 * 31 KOs", "Key stats: 0 wins, five top fives, 285 laps led": a participle right after its noun is
 * none; "Season in review: Bubba Wallace, No. 23 23XI Racing Toyota"). It states nothing a brief or
 * a claim could carry.
 */
export function labelledField(s: Sentence): boolean {
  const t = s.tokens;
  // (A sentence after a label ends like one: "The big picture: Consumer prices rose 3.1 percent.")
  if (!OPENING_LABEL.test(s.text) || /[.!?…]["'”’)\]]*$/u.test(s.text.trim())) return false;
  return !t.some((x, i) => x.pos === 'AUX' || (x.pos === 'VERB' && !/^(?:NOUN|PROPN|NUM)$/.test(t[i - 1]?.pos ?? '')));
}

/** Whether a sentence asks: it ends with a question mark, then any closing quotation marks, brackets or spaces. */
export function asks(text: string): boolean {
  return /\?[\s"'”’)\]]*$/u.test(text);
}

/** Whether two sentences stand in one paragraph (or one list item): the same section, block and item. */
export function sameParagraph(a: Sentence, b: Sentence): boolean {
  return a.section === b.section && a.block === b.block && a.item === b.item;
}
