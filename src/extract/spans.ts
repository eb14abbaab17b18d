import type { Sentence, Span, TextSpan, Token } from '../types.js';

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** `[start, end)` without surrounding spaces and the punctuation that closes a clause or sentence. */
export function trimClause(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the first token starting at or after `offset`, or tokens.length. */
export function tokenAt(s: Sentence, offset: number): number {
  const i = s.tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? s.tokens.length : i;
}

export function tokensText(text: string, tokens: Token[], first: number, last: number): TextSpan {
  return textSpan(text, tokens[first]!.start, tokens[last]!.end);
}
