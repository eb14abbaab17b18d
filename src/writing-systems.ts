/**
 * Scripts written without spaces between words (kana, CJK, Hangul, Thai), shared by the stages
 * that count words: parse (how much prose a region holds) and extract (summary budgets, stats).
 */
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
const WIDE_ALL = new RegExp(WIDE.source, 'gu');
/** Characters of those scripts per word, roughly. */
const WIDE_CHARACTERS_PER_WORD = 3;

/** Whether the text holds any character of those scripts. */
export function hasWideScript(text: string): boolean {
  return WIDE.test(text);
}

/** Words in the text's runs of those scripts, at three characters a word (0 when it has none). */
export function wideWords(text: string): number {
  // search() first: most text has none, and match() would build an array to say so.
  return text.search(WIDE) === -1 ? 0 : Math.floor(text.match(WIDE_ALL)!.length / WIDE_CHARACTERS_PER_WORD);
}

/** A text without its accents: "Martínez-Beltrán" → "Martinez-Beltran", "Kraków" → "Krakow" (a text in plain letters is returned as it is). */
export function withoutAccents(text: string): string {
  return /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : text;
}
