import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Job, JobInput } from './job.js';

/** Files a directory argument contributes, recursively. */
const ARTICLE_FILE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

export type Expanded = Omit<Job, 'seq'> | { id: string; invalid: { code: 'bad-jsonl' | 'not-found'; message: string } };

/**
 * Command-line inputs → jobs, lazily and in order: a directory becomes its article files (sorted,
 * recursing), JSON Lines (with --input-format jsonl) become one job per record, read line by line
 * so a feed of any length streams through.
 */
export async function* expandInputs(inputs: string[], jsonl: boolean, stdin: Readable, readStdin: () => Promise<string>): AsyncGenerator<Expanded> {
  for (const input of inputs) {
    if (jsonl) {
      yield* jsonLines(input === '-' ? stdin : createReadStream(input), input === '-' ? 'stdin' : input);
      continue;
    }
    if (input === '-') {
      yield { id: '-', input: { kind: 'text', value: await readStdin() } };
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      yield { id: input, input: { kind: 'url', value: input } };
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const files = await articleFiles(input);
      if (files.length === 0) yield { id: input, invalid: { code: 'not-found', message: `${input}: a directory with no .txt, .md or .html files in it` } };
      for (const file of files) yield { id: file, input: { kind: 'path', value: file } };
      continue;
    }
    yield { id: input, input: { kind: 'path', value: input } };
  }
}

async function articleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await articleFiles(path)));
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) out.push(path);
  }
  return out;
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
    const code = (error as NodeJS.ErrnoException).code;
    yield { id: name, invalid: { code: 'not-found', message: `${name}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}` } };
  }
}
