import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Job, JobSettings } from '../../src/cli/job.js';
import { IN_FLIGHT_PER_WORKER, WorkerPool } from '../../src/cli/pool.js';
import { tempDir } from '../helpers.js';

// A stand-in worker: answers each job after `value` ms with the id of the thread that ran it.
const dir = tempDir('newsbrief-pool-');
const WORKER = join(dir, 'worker.mjs');
writeFileSync(
  WORKER,
  `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.input.value === 'exit') process.exit(3);
  setTimeout(() => parentPort.postMessage({ seq: job.seq, ok: true, out: String(threadId), warnings: [] }), Number(job.input.value));
});`,
);
const job = (seq: number, value: string): Job => ({ seq, id: `job ${seq}`, input: { kind: 'text', value } });
const settings = {} as JobSettings;

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the worker pool', () => {
  it('gives two jobs sent together to two threads, and starts no more than it needs', async () => {
    pool = new WorkerPool(8, settings, WORKER);
    const results = await Promise.all([pool.run(job(0, '50')), pool.run(job(1, '50'))]);
    expect(new Set(results.map((r) => r.out)).size).toBe(2);
    // Both are idle again: the next job goes to one of them, not to a third thread.
    const third = await pool.run(job(2, '0'));
    expect(results.map((r) => r.out)).toContain(third.out);
  });

  it('has room for IN_FLIGHT_PER_WORKER jobs per worker', async () => {
    pool = new WorkerPool(2, settings, WORKER);
    const running = [];
    for (let seq = 0; seq < 2 * IN_FLIGHT_PER_WORKER; seq++) {
      expect(pool.hasRoom).toBe(true);
      running.push(pool.run(job(seq, '30')));
    }
    expect(pool.hasRoom).toBe(false);
    await Promise.all(running);
    expect(pool.hasRoom).toBe(true);
  });

  it('fails the jobs of a worker that exits, and the run goes on with the others', async () => {
    pool = new WorkerPool(2, settings, WORKER);
    const [dead, alive] = await Promise.all([pool.run(job(0, 'exit')), pool.run(job(1, '20'))]);
    expect(dead).toMatchObject({ seq: 0, ok: false, code: 'internal', exitCode: 70 });
    expect(dead.ok || dead.message).toMatch(/internal error in a worker: it exited with status 3/);
    expect(alive.ok).toBe(true);
    expect((await pool.run(job(2, '0'))).out).toBe(alive.out);
  });
});
