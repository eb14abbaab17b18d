import { stat, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { NewsbriefError } from '../errors.js';
import type { InputFormatOption, Source, SourceMeta } from '../types.js';
import { MESSAGE, message } from '../messages.js';
import { decode, normaliseText, repairEncodedReferences } from './decode.js';
import { detectFormat } from './detect.js';

/** Inputs larger than this are refused unless `--max-bytes` raises it: the pipeline is linear, but a 50 MB "article" is a mistake. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  inputFormat?: InputFormatOption;
  maxBytes?: number;
}

/** A string the caller already has (library use) → Source. */
export function sourceFromText(text: string, origin: string, options: ReadOptions = {}, meta: SourceMeta = {}): Source {
  const raw = normaliseText(text);
  const format = resolveFormat(ensureText(raw, inputName(origin), options.inputFormat), options.inputFormat);
  return { origin, ...withReferencesRepaired(raw, format, inputName(origin), []), format, meta };
}

/** Bytes from a file, stdin or a response body → Source. `charset` is a declared encoding, if any. */
export function sourceFromBytes(
  bytes: Uint8Array,
  origin: string,
  options: ReadOptions = {},
  meta: SourceMeta = {},
  charset?: string | null,
): Source {
  const name = inputName(origin);
  if (bytes.length === 0) throw new NewsbriefError('empty', `${name}: is empty; give it an article's text`);
  const decoded = decode(bytes, name, charset);
  const raw = normaliseText(decoded.text);
  const format = resolveFormat(ensureText(raw, name, options.inputFormat), options.inputFormat);
  return { origin, ...withReferencesRepaired(raw, format, name, decoded.messages), format, meta };
}

/** A page's characters encoded twice and written as references ("isn&acirc;&euro;&trade;t"), repaired and reported. */
function withReferencesRepaired(raw: string, format: Source['format'], name: string, messages: Source['messages']): Pick<Source, 'raw' | 'messages'> {
  if (format !== 'html') return { raw, messages };
  const repaired = repairEncodedReferences(raw);
  if (repaired.count === 0) return { raw, messages };
  const shown = repaired.example ? ` (“${repaired.example.written}” for “${repaired.example.meant}”)` : '';
  const note = message(MESSAGE.decodedAs, `${name}: text encoded as UTF-8 twice and written as references${shown}; repaired ${repaired.count} character${repaired.count === 1 ? '' : 's'}`);
  return { raw: repaired.text, messages: [...messages, note] };
}

/** How an input is named in messages: `-` is standard input. */
export function inputName(origin: string): string {
  return origin === '-' ? 'standard input' : origin;
}

function ensureText(raw: string, origin: string, format: InputFormatOption | undefined): string {
  if (raw.trim() === '') throw new NewsbriefError('empty', `${origin}: holds only whitespace; give it an article's text`);
  // A format the user named is read as that, whatever it looks like.
  const data = !format || format === 'auto' ? dataKind(raw) : null;
  if (data) throw new NewsbriefError('not-an-article', `${origin}: ${data}`);
  return raw;
}

/** Documents larger than this are not checked for being JSON (an article is never one line of JSON this long). */
const JSON_CHECK_MAX_CHARS = 20 * 1024 * 1024;

/**
 * Whether a text is data rather than an article, and what to do instead: a JSON document or
 * JSON Lines would otherwise be summarised as prose (a claim speaker `{"status"`).
 */
function dataKind(raw: string): string | null {
  const head = raw.trimStart();
  if (!(head.startsWith('{') || head.startsWith('[')) || raw.length > JSON_CHECK_MAX_CHARS) return null;
  try {
    JSON.parse(raw);
    return "is a JSON document, not an article; give newsbrief its articles as JSON Lines, one {\"id\", \"text\"|\"html\"|\"url\"} per line, with --input-format jsonl (for example: jq -c '.items[] | {id, text: .body}' file.json | newsbrief --input-format jsonl)";
  } catch {
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    const records = lines.slice(0, 20).filter((l) => {
      try {
        return typeof JSON.parse(l) === 'object';
      } catch {
        return false;
      }
    });
    return lines.length > 1 && records.length === Math.min(20, lines.length) ? 'is JSON Lines, not an article; read it as a batch with --input-format jsonl' : null;
  }
}

function resolveFormat(raw: string, option: InputFormatOption | undefined): Source['format'] {
  return !option || option === 'auto' ? detectFormat(raw) : option;
}

function tooLarge(origin: string, size: number, maxBytes: number): NewsbriefError {
  return new NewsbriefError(
    'too-large',
    `${origin}: is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit; raise it with --max-bytes if this really is one article`,
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} kB`;
  return `${n} bytes`;
}

/** A file path → Source, with the errors a person can act on. */
export async function readFile(path: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new NewsbriefError('is-directory', `${path}: is a directory; give an article file`);
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fsError(error, path);
  }
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  return sourceFromBytes(bytes, path, options);
}

/** Maps Node's fs errors to one-line messages; passes our own errors through. */
export function fsError(error: unknown, path: string): NewsbriefError {
  if (error instanceof NewsbriefError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new NewsbriefError('not-found', `${path}: no such file`);
    case 'EISDIR':
      return new NewsbriefError('is-directory', `${path}: is a directory; give an article file`);
    case 'EACCES':
    case 'EPERM':
      return new NewsbriefError('permission-denied', `${path}: permission denied`);
    default:
      return new NewsbriefError('read-failed', `${path}: cannot be read (${code ?? (error as Error)?.message ?? 'unknown error'})`);
  }
}

/** Reads a whole stream (stdin) with the byte limit, without buffering past it. */
export async function readStream(stream: Readable, origin: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(inputName(origin), size, maxBytes);
    }
    chunks.push(buffer);
  }
  return sourceFromBytes(Buffer.concat(chunks), origin, options);
}
