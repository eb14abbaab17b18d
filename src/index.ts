/**
 * newsbrief as a library: `await brief(text, options)` returns the object `--format json` prints.
 * This file composes the stages and nothing else.
 */
import { annotate } from './nlp/index.js';
import { extract, needsNames } from './extract/index.js';
import { parse } from './parse/index.js';
import { NewsbriefError } from './errors.js';
import { sourceFromBytes, sourceFromText } from './read/index.js';
import type { Brief, BriefOptions, Source, SummaryOptions } from './types.js';

export type * from './types.js';
export { NewsbriefError, EXIT } from './errors.js';
export { parse } from './parse/index.js';
export { annotate } from './nlp/index.js';
export { errorPage, extract, hasArticleText } from './extract/index.js';
export { sourceFromText, readFile, DEFAULT_MAX_BYTES } from './read/index.js';

/** The origin a brief of a string or bytes carries, and names in its messages, unless `options.origin` says another. */
export const TEXT_ORIGIN = '(text)';

/** The whole pipeline over a decoded source. */
export function briefSource(source: Source, options: BriefOptions = {}): Brief {
  checkSummaryOptions(options);
  return extract(annotate(parse(source), { names: needsNames(options.parts) }), options, options.parts);
}

/**
 * Text, Markdown or HTML → Brief: a string, or bytes (a Buffer or Uint8Array, decoded as a file
 * is: a byte-order mark, UTF-8, or Windows-1252 with a warning). Bad input or options throw a
 * NewsbriefError with a one-line message, as the CLI prints them.
 */
export async function brief(input: string | Uint8Array, options: BriefOptions = {}): Promise<Brief> {
  const origin = options.origin ?? TEXT_ORIGIN;
  const read = { inputFormat: options.inputFormat ?? 'auto' };
  if (typeof input === 'string') return briefSource(sourceFromText(input, origin, read), options);
  if (input instanceof Uint8Array) return briefSource(sourceFromBytes(input, origin, read), options);
  throw new NewsbriefError('usage', `brief() takes the article as a string or bytes (a Buffer or Uint8Array), not ${describe(input)}`);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

/** The summary length options, held to the rules the CLI's flags follow (-n, --words, --ratio). */
function checkSummaryOptions(options: SummaryOptions): void {
  const whole = (name: string, n: number | undefined): void => {
    if (n !== undefined && !(Number.isInteger(n) && n >= 1)) throw new NewsbriefError('usage', `${name}: expected a whole number of 1 or more, not ${n}`);
  };
  whole('sentences', options.sentences);
  whole('words', options.words);
  if (options.ratio !== undefined && !(options.ratio > 0 && options.ratio <= 1)) {
    throw new NewsbriefError('usage', `ratio: expected a share of the article above 0 and at most 1, not ${options.ratio}`);
  }
  const lengths = (['sentences', 'words', 'ratio'] as const).filter((k) => options[k] !== undefined);
  if (lengths.length > 1) throw new NewsbriefError('usage', `give one summary length, not ${lengths.join(' and ')}`);
}
