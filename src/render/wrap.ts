import { createRequire } from 'node:module';

let widthOf: ((s: string) => number) | null = null;

/**
 * Characters one column wide whatever the terminal: printable ASCII, Latin letters with their
 * accents precomposed, and the typographic punctuation of news text (curly quotes, dashes,
 * ellipsis). Soft hyphen, combining marks and zero-width or bidi characters are left out.
 */
const NARROW = /^[\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u2030-\u205e]*$/;

/**
 * Display width. A word made only of NARROW characters, nearly every word of a Latin-script
 * article, is its length; anything else goes to string-width, required on first use. Its emoji and East Asian width tables cost about
 * 50 ms to load and compile, which a cold terminal summarize of an ASCII article now skips.
 */
export function stringWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  widthOf ??= (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default;
  return widthOf(s);
}

/** Where a wrapped text breaks: a space that becomes a newline, or a newline inserted inside a too-long word. */
export interface Break {
  at: number;
  kind: 'space' | 'insert';
}

/** Made on first use: building a grapheme segmenter loads ICU's break rules (about 20 ms), and only a word wider than the line needs one. */
let segmenter: Intl.Segmenter | null = null;

/**
 * Greedy word wrap of one line to a display width (wide CJK characters and emoji count two
 * columns, via string-width); lines after the first may be narrower (`restWidth`, for a hanging
 * indent). Words longer than a line are broken between graphemes.
 */
export function breakPoints(text: string, firstWidth: number, restWidth = firstWidth): Break[] {
  const breaks: Break[] = [];
  let room = Math.max(1, firstWidth);
  let column = 0;
  const newLine = (b: Break): void => {
    breaks.push(b);
    room = Math.max(1, restWidth);
    column = 0;
  };
  for (const match of text.matchAll(/[^ ]+/g)) {
    const word = match[0];
    const at = match.index!;
    const w = stringWidth(word);
    if (column > 0 && column + 1 + w <= room) {
      column += 1 + w;
      continue;
    }
    if (column > 0) newLine({ at: at - 1, kind: 'space' });
    if (w <= room) {
      column = w;
      continue;
    }
    for (const { segment, index } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(word)) {
      const g = stringWidth(segment);
      if (column > 0 && column + g > room) newLine({ at: at + index, kind: 'insert' });
      column += g;
    }
  }
  return breaks;
}

/** Applies the breaks that fall inside `piece`, which starts at offset `from` of the wrapped text. */
export function applyBreaks(piece: string, breaks: Break[], from = 0): string {
  let out = '';
  let last = 0;
  for (const b of breaks) {
    const at = b.at - from;
    if (at < 0 || at > piece.length || (b.kind === 'space' && at >= piece.length)) continue;
    out += piece.slice(last, at) + '\n';
    last = b.kind === 'space' ? at + 1 : at;
  }
  return out + piece.slice(last);
}

/** Wraps one line of text to a display width, indenting continuation lines by `hanging` spaces. */
export function wrap(text: string, width: number, hanging = 0): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return applyBreaks(line, breakPoints(line, width, width - hanging)).replace(/\n/g, `\n${' '.repeat(hanging)}`);
}
