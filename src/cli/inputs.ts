import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isNewsbriefError, type ErrorCode } from '../errors.js';
import { feedItems, isFeed } from '../read/feed.js';
import { fsError, readFile } from '../read/index.js';
import type { Job, JobInput } from './job.js';

/** Files a directory argument contributes, recursively. */
const ARTICLE_FILE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

/** What a directory walk passes over, as ripgrep and fd do: hidden files and folders (.git), installed packages. */
const SKIPPED = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

export type Invalid = { id: string; invalid: { code: ErrorCode; message: string } };
export type Expanded = Omit<Job, 'seq'> | Invalid;

/**
 * Command-line inputs → jobs, lazily and in order: a directory becomes its article files (sorted,
 * recursing, skipping hidden entries and node_modules; a folder that cannot be listed is an error
 * record and the walk goes on), JSON Lines (with --input-format jsonl) become one job per record, read line by line
 * so a feed of any length streams through, and an RSS or Atom feed file becomes one job per item.
 */
export async function* expandInputs(
  inputs: string[],
  jsonl: boolean,
  stdin: Readable,
  readStdin: () => Promise<string>,
  /** Which inputs are feed files, when the caller has looked already (see isFeedFile). */
  feeds?: readonly boolean[],
): AsyncGenerator<Expanded> {
  for (const [k, input] of inputs.entries()) {
    if (jsonl) {
      yield* jsonLines(input === '-' ? stdin : createReadStream(input), input === '-' ? 'stdin' : input);
      continue;
    }
    if (input === '-') {
      const text = await readStdin();
      if (isFeed(text)) yield { id: '-', invalid: { code: 'not-an-article', message: 'standard input: is a feed; save it to a file and give the file, which is read as a batch of its items' } };
      else yield { id: '-', input: { kind: 'text', value: text } };
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      yield { id: input, input: { kind: 'url', value: input } };
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const entry of articleFiles(input)) {
        if (!('invalid' in entry)) found++;
        yield entry;
      }
      if (found === 0) yield { id: input, invalid: { code: 'not-found', message: `${input}: a directory with no .txt, .md or .html files in it` } };
      continue;
    }
    if (info?.isFile() && (feeds ? feeds[k] : await isFeedFile(input))) {
      yield* feed(input);
      continue;
    }
    yield { id: input, input: { kind: 'path', value: input } };
  }
}

/** Bytes read from a file to tell a feed from an article. */
const FEED_PEEK_BYTES = 2048;

/** Whether a file is an RSS or Atom feed (its opening bytes say so). */
export async function isFeedFile(path: string): Promise<boolean> {
  // (Only a regular file is peeked at: a pipe, /dev/stdin, cannot be read twice or at a position.)
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(FEED_PEEK_BYTES), 0, FEED_PEEK_BYTES, 0);
    return isFeed(buffer.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** A feed file's items, one job each: the item's content as an HTML page, named by its link. */
async function* feed(path: string): AsyncGenerator<Expanded> {
  let items;
  try {
    items = feedItems((await readFile(path)).raw, path);
  } catch (error) {
    yield isNewsbriefError(error) ? { id: path, invalid: { code: error.code, message: error.message } } : unreadable(error, path);
    return;
  }
  if (items.length === 0) yield { id: path, invalid: { code: 'no-article', message: `${path}: a feed with no items` } };
  for (const item of items) yield { id: item.id, input: { kind: 'feed-item', value: item.html } };
}

async function* articleFiles(dir: string): AsyncGenerator<Expanded> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield unreadable(error, dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (SKIPPED(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* articleFiles(path);
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) yield { id: path, input: { kind: 'path', value: path } };
    else if (e.isSymbolicLink() && ARTICLE_FILE.test(e.name)) {
      // A link to an article file is read as the file; a broken one is reported, not passed over.
      // (A link to a folder is not followed: links can make a loop.)
      const target = await stat(path).catch((error: unknown) => error);
      if (target instanceof Error) yield unreadable(target, path);
      else if ((target as Awaited<ReturnType<typeof stat>>).isFile()) yield { id: path, input: { kind: 'path', value: path } };
    }
  }
}

function unreadable(error: unknown, path: string): Invalid {
  const { code, message } = fsError(error, path);
  return { id: path, invalid: { code, message } };
}

async function* jsonLines(stream: Readable, name: string): AsyncGenerator<Expanded> {
  let n = 0;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${name} line ${n}`;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        yield { id: where, invalid: { code: 'bad-jsonl', message: `${where}: not valid JSON` } };
        continue;
      }
      const r = record as { id?: unknown; text?: unknown; html?: unknown; url?: unknown };
      const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : where;
      const input: JobInput | null =
        typeof r.text === 'string' ? { kind: 'text', value: r.text }
        : typeof r.html === 'string' ? { kind: 'html', value: r.html }
        : typeof r.url === 'string' ? { kind: 'url', value: r.url }
        : null;
      if (!input || typeof record !== 'object' || record === null) {
        yield { id, invalid: { code: 'bad-jsonl', message: `${where}: expected an object with "text", "html" or "url"` } };
        continue;
      }
      yield { id, input };
    }
  } catch (error) {
    yield unreadable(error, name);
  }
}
