import type { Readable } from 'node:stream';
import type { Source } from '../types.js';
import { readFile, readStream } from './index.js';
import { isUrl, readUrl, type UrlOptions } from './url.js';

/** One command-line input → Source: `-` is standard input, http(s) URLs are fetched, anything else is a file path. */
export async function readInput(input: string, stdin: Readable, options: UrlOptions = {}): Promise<Source> {
  if (input === '-') return readStream(stdin, '-', options);
  if (isUrl(input)) return readUrl(input, options);
  return readFile(input, options);
}
