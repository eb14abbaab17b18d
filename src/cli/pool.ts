import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';

/** The compiled worker; when running from TypeScript sources (tests) there is none, and work stays inline. */
export function workerPath(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Worker threads that each run jobs one at a time; a job goes to the least busy one. */
export class WorkerPool {
  private readonly workers: Array<{ worker: Worker; busy: number; held: Set<number>; dead: boolean }>;
  private readonly waiting = new Map<number, (result: JobResult) => void>();

  constructor(size: number, settings: JobSettings, path: string) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(path, { workerData: settings });
      const entry = { worker, busy: 0, held: new Set<number>(), dead: false };
      worker.on('message', (result: JobResult) => {
        entry.busy--;
        entry.held.delete(result.seq);
        this.waiting.get(result.seq)?.(result);
        this.waiting.delete(result.seq);
      });
      worker.on('error', (error) => {
        // A worker that dies fails the jobs it held; the run goes on with the others.
        entry.dead = true;
        for (const seq of entry.held) {
          this.waiting.get(seq)?.({ seq, ok: false, out: '', message: `internal error in a worker: ${error.message} (this is a bug)`, code: 'internal', exitCode: 70 });
          this.waiting.delete(seq);
        }
        entry.held.clear();
      });
      return entry;
    });
  }

  run(job: Job): Promise<JobResult> {
    const alive = this.workers.filter((w) => !w.dead);
    if (alive.length === 0) {
      return Promise.resolve({ seq: job.seq, ok: false, out: '', message: `${job.id}: internal error: no worker left (this is a bug)`, code: 'internal', exitCode: 70 });
    }
    const target = alive.reduce((a, b) => (b.busy < a.busy ? b : a));
    target.busy++;
    target.held.add(job.seq);
    return new Promise((resolve) => {
      this.waiting.set(job.seq, resolve);
      target.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
