/**
 * newsbrief as a library: `await brief(text, options)` returns the object `--format json` prints.
 * This file composes the stages and nothing else.
 */
import { annotate } from './nlp/index.js';
import { extract, needsNames } from './extract/index.js';
import { parse } from './parse/index.js';
import { sourceFromText } from './read/index.js';
import type { Brief, BriefOptions, Source } from './types.js';

export type * from './types.js';
export { NewsbriefError, EXIT } from './errors.js';
export { parse } from './parse/index.js';
export { annotate } from './nlp/index.js';
export { extract, hasArticleText } from './extract/index.js';
export { sourceFromText, readFile, DEFAULT_MAX_BYTES } from './read/index.js';

/** The whole pipeline over a decoded source. */
export function briefSource(source: Source, options: BriefOptions = {}): Brief {
  return extract(annotate(parse(source), { names: needsNames(options.parts) }), options, options.parts);
}

/** Text, Markdown or HTML in a string → Brief. */
export async function brief(input: string, options: BriefOptions = {}): Promise<Brief> {
  return briefSource(sourceFromText(input, options.origin ?? '-', { inputFormat: options.inputFormat ?? 'auto' }), options);
}
