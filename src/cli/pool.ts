import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';

/** The compiled worker; when running from TypeScript sources (tests) there is none, and work stays inline. */
export function workerPath(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Jobs in flight per worker: one running and one waiting, so a worker never waits on the main thread. */
export const IN_FLIGHT_PER_WORKER = 2;

/**
 * V8's interrupt budget for worker batches, 12× its default of 67,584 (bytes of bytecode run
 * before a function is considered for optimisation). Each worker is its own isolate and compiles
 * the pipeline afresh; with the default budget the largest functions (claims' `attribute`, the
 * tagger's `featurize`) are optimised before their types settle, deoptimised and recompiled over
 * and over (`attribute` 9 times in a 2-job run over BBC dev, about 150 ms of TurboFan each). With
 * one job that work runs on the idle core; with a worker per core it takes a core from the
 * workers. Over BBC dev (CPU seconds per thread): 1 job, main 4.4 + V8's compiler and GC threads
 * 2.0; 2 workers, 2.7 + 2.5 + V8 threads 3.3 (total 8.8). With this budget: 2.7 + 2.6 + V8
 * threads 0.9 (total 6.5); deoptimisations 221 → 22, optimised compiles 803 → 246. A 1-job batch
 * keeps the default: there the compiler has the idle core, and optimising early is faster
 * (main-thread CPU 4.1-4.4 s against 4.5-4.7 s with a budget of 400,000). V8 reads this flag whenever a function's
 * budget is reset, so setting it before the workers start is safe (flags that shape the heap or
 * the GC are not: `--single-threaded-gc` set here crashes V8).
 */
const WORKER_INTERRUPT_BUDGET = 800_000;

interface Entry {
  worker: Worker;
  busy: number;
  held: Set<number>;
  dead: boolean;
}

/**
 * Worker threads that each run jobs one at a time; a job goes to the least busy one. A worker is
 * started only when no running one is idle, so a batch of two files runs on two threads, not
 * eight each loading the model.
 */
export class WorkerPool {
  private readonly workers: Entry[] = [];
  private readonly waiting = new Map<number, (result: JobResult) => void>();

  constructor(
    private readonly size: number,
    private readonly settings: JobSettings,
    private readonly path: string,
  ) {}

  /**
   * Whether a job sent now would wait behind fewer than IN_FLIGHT_PER_WORKER others (or, with
   * every worker dead, would fail at once).
   */
  get hasRoom(): boolean {
    const alive = this.workers.filter((w) => !w.dead);
    const slots = alive.length + this.size - this.workers.length;
    return slots === 0 || alive.reduce((n, w) => n + w.busy, 0) < slots * IN_FLIGHT_PER_WORKER;
  }

  private start(): Entry {
    if (this.workers.length === 0) setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
    const worker = new Worker(this.path, { workerData: this.settings });
    const entry: Entry = { worker, busy: 0, held: new Set<number>(), dead: false };
    worker.on('message', (result: JobResult) => {
      entry.busy--;
      entry.held.delete(result.seq);
      this.waiting.get(result.seq)?.(result);
      this.waiting.delete(result.seq);
    });
    // A worker that dies fails the jobs it held; the run goes on with the others.
    const fail = (why: string): void => {
      entry.dead = true;
      for (const seq of entry.held) {
        this.waiting.get(seq)?.({ seq, ok: false, out: '', message: `internal error in a worker: ${why} (this is a bug)`, code: 'internal', exitCode: 70 });
        this.waiting.delete(seq);
      }
      entry.held.clear();
      entry.busy = 0;
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`it exited with status ${code}`));
    this.workers.push(entry);
    return entry;
  }

  run(job: Job): Promise<JobResult> {
    const alive = this.workers.filter((w) => !w.dead);
    let target = alive.length > 0 ? alive.reduce((a, b) => (b.busy < a.busy ? b : a)) : null;
    if ((!target || target.busy > 0) && this.workers.length < this.size) target = this.start();
    if (!target) {
      return Promise.resolve({ seq: job.seq, ok: false, out: '', message: `${job.id}: internal error: no worker left (this is a bug)`, code: 'internal', exitCode: 70 });
    }
    target.busy++;
    target.held.add(job.seq);
    const worker = target.worker;
    return new Promise((resolve) => {
      this.waiting.set(job.seq, resolve);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
