/** Small predicates about the shape of a line of text, shared by the parse steps. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * `words(text).length` without building the words: a scan over code points (parse calls this on
 * every line several times, and the Unicode regex was most of its time).
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) c = text.codePointAt(i++)!;
    if (isLetterOrDigit(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45))) inWord = false;
  }
  return n;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();

/** \p{L} or \p{N}, with ASCII decided by range and other code points looked up once. */
function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = nonAscii.get(c);
  if (known === undefined) nonAscii.set(c, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(c))));
  return known;
}

/** Trailing closing quotes and brackets, which do not change how a line ends. */
const CLOSERS = /["'”’»)\]」』）]+$/u;

/** Ends like a sentence: `.`, `!`, `?` or `…` (or 。！？), possibly inside closing quotes. */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？]$/u.test(text.trimEnd().replace(CLOSERS, '').replace(EMOJI_AFTER_STOP, ''));
}

/** Emoji after a sentence's stop, which do not change how it ends: "…happy building in 2026! 🚀". */
const EMOJI_AFTER_STOP = /(?<=[.!?…])(?:\s*[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])+$/u;

/** Ends with any clause punctuation, which headings never do (`?` and `!` excepted: "Why now?"). */
export function endsWithClausePunctuation(text: string): boolean {
  return /[.,;:…。、，；：]$/u.test(text.trimEnd().replace(CLOSERS, ''));
}

/** Heading shape limits: "Why This Matters for Global Tech Markets" has 7 words. */
export const HEADING_MAX_WORDS = 14;
export const HEADING_MAX_CHARS = 120;

/** A figure under its label: "Market share: 12.89%", "Revenue: $4.2bn" (no date or time: "Updated: 5:30 pm"). */
export const FIGURE_LINE = /^\p{Lu}[\p{L}'’ &-]{1,30}:\s*(?:[$€£¥]\s?)?\d[\d.,]*\s?(?:%|[kmb]n?|million|billion|trillion|points?|pts|per cent|percent)?$/iu;

/**
 * A line that could be a heading (not a figure under its label): short, starts with a capital or digit (or a letter of a script
 * without case: Chinese, Japanese, Arabic…), no clause punctuation at the end.
 */
export function hasHeadingShape(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > HEADING_MAX_CHARS) return false;
  const n = wordCount(line);
  if (n === 0 || n > HEADING_MAX_WORDS) return false;
  if (endsWithClausePunctuation(line) || FIGURE_LINE.test(line) || TWO_SENTENCES.test(line)) return false;
  return /^["'“‘「『]?[\p{Lu}\p{N}\p{Lo}]/u.test(line);
}

/**
 * A sentence of four words or more, its full stop after a word in lower case, then a capital: a
 * line of two sentences ("His answer surprised me. He advised me to study this book 👇"), no
 * heading; not "What happened. What comes next", "Biden vs. Trump", "Meet the 1,200 lbs. Pumpkin".
 */
const TWO_SENTENCES = /^\S+(?:\s+\S+){2,}?\s+(?!(?:vs|etc|incl|approx|est|al|ft|min|max|no|nos|vol|pp|ch|lbs?|oz|hrs?|mins?|sq|yds?|pts?|mt|st|rd|ave|blvd|jr|sr)\.)\p{Ll}{2,}\.\s+\p{Lu}/u;

/** Lower case, letters and digits only, single spaces: how lines are compared with each other and with lists. */
export const normaliseLine = remembered((text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Lines (and their characters) kept per remembered function: parse asks about the same lines, and the title, many times over. */
const REMEMBERED_LINES = 4096;
const REMEMBERED_CHARS = 1 << 20;

/**
 * A pure function of a line, with its recent answers kept. The store is emptied when it holds
 * too many lines or characters, so memory stays bounded however long a batch runs.
 */
export function remembered<T>(compute: (line: string) => T): (line: string) => T {
  const answers = new Map<string, T>();
  let chars = 0;
  return (line) => {
    if (answers.has(line)) return answers.get(line)!;
    if (answers.size >= REMEMBERED_LINES || chars + line.length > REMEMBERED_CHARS) {
      answers.clear();
      chars = 0;
    }
    const answer = compute(line);
    answers.set(line, answer);
    chars += line.length;
    return answer;
  };
}
