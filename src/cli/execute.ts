import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { EXIT, NewsbriefError } from '../errors.js';
import type { InputFormatOption } from '../types.js';
import { COMMAND_PARTS, DATA_FORMATS, type Command, type OutputFormat } from '../vocabulary.js';
import { colorLevel } from './color.js';
import { expandInputs, isFeedFile, type Expanded, type Invalid as InvalidInput } from './inputs.js';
import { Output, type IO } from './io.js';
import { runJob, type Job, type JobResult, type JobSettings } from './job.js';
import { WorkerPool, workerPath } from './pool.js';
import { Progress } from './progress.js';

export interface CommandOptions {
  format?: OutputFormat;
  sentences?: number;
  words?: number;
  ratio?: number;
  explain?: boolean;
  width?: number;
  color?: boolean;
  inputFormat?: InputFormatOption | 'jsonl';
  showDropped?: boolean;
  maxBytes?: number;
  /** Seconds to wait for a URL. */
  timeout?: number;
  /** Worker threads for a batch. */
  jobs?: number;
}

/**
 * Results kept waiting for an earlier, slower one before they are written, per worker. The
 * workers go on past a slow input up to this far (instead of waiting for it to be written), and
 * memory stays bounded whatever the input's length.
 */
const REORDER_PER_WORKER = 32;

/**
 * Runs one command over its inputs: each input is read, briefed and rendered (in worker threads
 * for a batch), and results are written in input order as they complete. One input's failure is
 * reported (stderr, and an error record in NDJSON) and the others go on; the exit status says
 * whether any failed.
 */
export async function execute(command: Command, inputs: string[], options: CommandOptions, io: IO): Promise<number> {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      throw new NewsbriefError(
        'stdin-tty',
        `no input: give a file, or pipe an article in (e.g. 'pbpaste | newsbrief ${command}' or 'newsbrief ${command} article.txt'); see 'newsbrief ${command} --help'`,
        EXIT.usage,
      );
    }
    inputs = ['-'];
  }
  if (inputs.filter((x) => x === '-').length > 1) throw new NewsbriefError('usage', 'standard input (-) can be given only once');

  const jsonl = options.inputFormat === 'jsonl';
  const directories = await Promise.all(inputs.map((i) => (i === '-' ? false : stat(i).then((s) => s.isDirectory(), () => false))));
  // A feed file is a batch of its items.
  const feeds = jsonl ? [] : await Promise.all(inputs.map((i, k) => (i === '-' || directories[k] || /^https?:\/\//i.test(i) ? false : isFeedFile(i))));
  const batch = jsonl || inputs.length > 1 || directories.some(Boolean) || feeds.some(Boolean);
  // Colour exists only in the terminal format: asked for with --color, that format is the default
  // even into a pipe ("newsbrief summarize --color a.txt | less -R"), and another format says so.
  const format: OutputFormat = options.format ?? (jsonl ? 'ndjson' : io.stdout.isTTY || options.color === true ? 'terminal' : 'text');
  if (options.color === true && format !== 'terminal') io.stderr.write(`newsbrief: --color has no effect with --format ${format}: only the terminal format has colour\n`);
  const lines = format === 'ndjson' || (format === 'json' && batch);
  const settings: JobSettings = {
    command,
    render: {
      format: lines ? 'ndjson' : format,
      ...(options.width !== undefined ? { width: options.width } : io.stdout.columns && format === 'terminal' ? { width: io.stdout.columns } : {}),
      colorLevel: colorLevel(options.color, io),
      showDropped: options.showDropped ?? false,
      explain: options.explain ?? false,
    },
    brief: {
      // A view computes only what it prints; JSON prints the whole brief.
      ...(lines || DATA_FORMATS.has(format) ? {} : { parts: COMMAND_PARTS[command] }),
      ...(options.sentences !== undefined ? { sentences: options.sentences } : {}),
      ...(options.words !== undefined ? { words: options.words } : {}),
      ...(options.ratio !== undefined ? { ratio: options.ratio } : {}),
      explain: options.explain ?? false,
    },
    inputFormat: jsonl ? 'auto' : ((options.inputFormat as InputFormatOption | undefined) ?? 'auto'),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}),
    lines,
    headers: batch && !lines,
  };

  const readStdin = async (): Promise<string> => {
    const { readStream } = await import('../read/index.js');
    return (await readStream(io.stdin, '-', { inputFormat: settings.inputFormat, ...(settings.maxBytes ? { maxBytes: settings.maxBytes } : {}) })).raw;
  };
  const jobs = options.jobs ?? availableParallelism();
  const path = batch && jobs > 1 ? workerPath() : null;
  const pool = path ? new WorkerPool(jobs, settings, path) : null;
  const window = pool ? jobs * REORDER_PER_WORKER : 1;
  const out = new Output(io.stdout);
  const progress = new Progress(io, batch && !jsonl && !directories.some(Boolean) && !feeds.some(Boolean) ? inputs.length : null, batch);

  let status: number = EXIT.ok;
  // A batch's briefs are separated by a blank line before each "==> name <==" but the first written
  // (which need not be the first input's: that one may have failed).
  let written = false;
  const write = async (r: JobResult): Promise<void> => {
    await out.write(!written && settings.headers && r.out.startsWith('\n==> ') ? r.out.slice(1) : r.out);
    written ||= r.out !== '';
    if (r.ok) for (const w of r.warnings) io.stderr.write(`${progress.clearing()}newsbrief: warning: ${w}\n`);
    if (!r.ok) {
      io.stderr.write(`${progress.clearing()}newsbrief: ${r.message}\n`);
      status = Math.max(status, r.exitCode);
    }
    progress.tick();
  };

  // Jobs are sent as soon as a worker has room; results are written in input order as the
  // earliest unwritten one arrives. `seq` counts jobs made, `next` is the first not yet written.
  const done = new Map<number, JobResult>();
  let seq = 0;
  let next = 0;
  let wake: (() => void) | null = null;
  const changed = (): void => {
    wake?.();
    wake = null;
  };
  const stopped = (): boolean => Boolean(io.signal?.aborted) || out.closed;
  io.signal?.addEventListener('abort', changed, { once: true });
  let writing = false;
  const drain = async (): Promise<void> => {
    if (writing) return;
    writing = true;
    try {
      for (let r = done.get(next); r && !stopped(); r = done.get(next)) {
        done.delete(next++);
        await write(r);
      }
    } finally {
      writing = false;
      changed();
    }
  };
  const finish = (r: JobResult): void => {
    done.set(r.seq, r);
    void drain();
  };
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready() && !stopped()) await new Promise<void>((resolve) => (wake = resolve));
  };

  try {
    for await (const item of expandInputs(inputs, jsonl, io.stdin, readStdin, feeds)) {
      if (stopped()) break;
      const job = toJob(item, seq++);
      if ('invalid' in job) finish(invalidResult(job, settings));
      else if (pool) void pool.run(job).then(finish);
      else finish(await runJob(job, settings, io.stdin));
      await until(() => seq - next < window && (!pool || pool.hasRoom));
    }
    await until(() => next === seq && !writing);
  } catch (error) {
    // Reading standard input failed (empty, too large, binary): the same one-line error as any input.
    if (error instanceof NewsbriefError) {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      status = Math.max(status, error.exitCode);
    } else throw error;
  } finally {
    io.signal?.removeEventListener('abort', changed);
    progress.end();
    await pool?.close();
  }
  if (io.signal?.aborted) return EXIT.interrupted;
  return status;
}

type Invalid = InvalidInput & { seq: number };

function toJob(item: Expanded, seq: number): Job | Invalid {
  return { ...item, seq } as Job | Invalid;
}

function invalidResult(job: Invalid, settings: JobSettings): JobResult {
  const { code, message } = job.invalid;
  const out = settings.lines ? `${JSON.stringify({ id: job.id, error: { code, message } })}\n` : '';
  return { seq: job.seq, ok: false, out, message, code, exitCode: EXIT.input };
}
