import type { Sentence } from '../types.js';

/**
 * Is the article in English? newsbrief's names, claims and implications come from English models
 * and cue lists; on other languages they are noise ("PCをインストールすると…" as a name). Two
 * checks over the body's words: most letters are Latin, and English function words outnumber
 * those of the other common Latin-script news languages. Words that are also common English
 * ("a", "as", "do", "no", "per") or parts of names ("de", "la", "van", "el") count for neither.
 */
const ENGLISH = new Set(
  'the and of to is in that for with was on are it this be by at from have has not or an will said were his her they which would their been who'.split(' '),
);
const OTHER = new Set(
  // French, Spanish, Portuguese, Italian, German, Dutch, Scandinavian.
  ('les et est une du au aux sur dans pour pas qui avec ce cette sont ont été ' +
    'los las por para una del que su lo más como pero sus fue ' +
    'em não com uma os ao pelo pela são foi mais também ' +
    'il di che è della sono gli delle nel alla anche questo ' +
    'der die das und ist nicht mit dem von zu ein eine auch sich auf für werden wird ' +
    'het een voor niet zijn ook maar ' +
    'och att för på är inte med som av til ikke').split(' '),
);
/** Fewer body words than this say too little to judge: a brief of a headline and a line is left alone. */
const MIN_WORDS = 30;
/** Enough words to judge by; a long input is not read to its end for this. */
const SAMPLE_WORDS = 5000;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

export function looksEnglish(sentences: readonly Sentence[]): boolean {
  let latin = 0;
  let letters = 0;
  let english = 0;
  let other = 0;
  let words = 0;
  for (const s of sentences) {
    if (s.role === 'title' || s.role === 'heading') continue;
    for (const t of s.tokens) {
      // wink leaves runs of CJK script as 'unk' tokens: their letters count, as no words.
      if (t.kind !== 'word' && t.kind !== 'unk') continue;
      if (t.kind === 'word') {
        words++;
        if (ENGLISH.has(t.normal)) english++;
        else if (OTHER.has(t.normal)) other++;
      }
      for (let i = 0; i < t.text.length; i++) {
        const c = t.text.charCodeAt(i);
        if (c < 128) {
          if ((c | 32) >= 97 && (c | 32) <= 122) (letters++, latin++);
        } else {
          const ch = String.fromCodePoint(t.text.codePointAt(i)!);
          if (ch.length === 2) i++;
          if (!LETTER.test(ch)) continue;
          letters++;
          if (LATIN.test(ch)) latin++;
        }
      }
    }
    if (words >= SAMPLE_WORDS) break;
  }
  if (words < MIN_WORDS && letters < MIN_WORDS * 4) return true;
  return latin >= letters / 2 && english >= other;
}
