import { InvalidArgumentError } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from '../vocabulary.js';

/** Parsers for option values; each throws a message commander prints as a usage error. */

export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

export function width(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= MIN_WIDTH && n <= MAX_WIDTH)) throw new InvalidArgumentError(`expected a width in columns from ${MIN_WIDTH} to ${MAX_WIDTH}.`);
  return n;
}

export function ratio(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a share of the article above 0 and at most 1, such as 0.2.');
  return n;
}

export function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n > 0)) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}

/** "5000000", "500k", "10MB", "1G" → bytes. */
export function bytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5000000, 500k, 10MB or 1G.');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * scale);
  if (n < 1) throw new InvalidArgumentError('expected a size of at least 1 byte.');
  return n;
}

/** The short names users type for a format, as for the files they name: "md", "jsonl", "txt". */
const FORMAT_ALIASES: Readonly<Record<string, OutputFormat>> = { md: 'markdown', jsonl: 'ndjson', txt: 'text' };

/** "markdown", "md", "JSON" → the output format. */
export function format(value: string): OutputFormat {
  const v = value.trim().toLowerCase();
  const f = FORMAT_ALIASES[v] ?? OUTPUT_FORMATS.find((x) => x === v);
  if (!f) throw new InvalidArgumentError(`choose from ${OUTPUT_FORMATS.join(', ')} (or md, jsonl, txt).`);
  return f;
}
