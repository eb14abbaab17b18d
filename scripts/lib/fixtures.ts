/**
 * The fixtures and an in-memory IO for `run(argv, io)`: shared by the tests and by
 * `npm run fixtures:update`, which regenerates the golden files with the same CLI call the
 * fixture tests compare against.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { run, type IO } from '../../src/cli/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');

/** Every fixture folder and its article file. */
export function fixtures(): Array<{ name: string; dir: string; article: string }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const article = readdirSync(dir).find((f) => f.startsWith('article.'))!;
      return { name: d.name, dir, article: join(dir, article) };
    });
}

/** An in-memory IO for `run(argv, io)`. */
export function memoryIO(options: { stdin?: string | Buffer; stdinTTY?: boolean; stdoutTTY?: boolean; columns?: number; env?: Record<string, string> } = {}): IO & {
  out: () => string;
  err: () => string;
} {
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk, _enc, done) {
        into.push(Buffer.from(chunk));
        done();
      },
    });
  const stdout = Object.assign(sink(chunks), { isTTY: options.stdoutTTY ?? false, columns: options.columns });
  const stderr = Object.assign(sink(errors), { isTTY: false });
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinTTY ?? false,
  });
  return {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    out: () => Buffer.concat(chunks).toString('utf8'),
    err: () => Buffer.concat(errors).toString('utf8'),
  };
}

/** What `newsbrief summarize <article> --format …` prints, run from the repository root. */
export async function cliOutput(article: string, format: 'json' | 'markdown'): Promise<string> {
  const io = memoryIO();
  const status = await run(['summarize', relative(ROOT, article), '--format', format], io);
  if (status !== 0) throw new Error(`${article}: exit ${status}: ${io.err()}`);
  return io.out();
}
