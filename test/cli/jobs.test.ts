import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'newsbrief.js');

const fixture = (name: string, file = 'article.txt'): string => readFileSync(join(FIXTURES, name, file), 'utf8');

/** The real bin (worker threads exist only in the build) over JSON Lines on standard input. */
function batch(input: string, jobs: number) {
  const r = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', String(jobs)], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('a batch gives the same output whatever the number of jobs', () => {
  it('NDJSON from 1, 2 and 3 jobs is byte-identical, error records in place', () => {
    const records = [
      // The longest first: with several workers it finishes after the ones behind it.
      JSON.stringify({ id: 'page', html: fixture('polygraph-al-tanf-page', 'article.html') }),
      JSON.stringify({ id: 'yukos', text: fixture('bbc-yukos-lawsuit') }),
      'not json at all',
      JSON.stringify({ id: 'china', text: fixture('china-tech-private-sector') }),
      JSON.stringify({ id: 'kansas', text: fixture('cnn-kansas-abortion-law') }),
      JSON.stringify({ id: 'no-text', title: 'nothing to brief' }),
      JSON.stringify({ id: 'tanf', text: fixture('polygraph-al-tanf') }),
      JSON.stringify({ id: 'browns', text: fixture('cbs-browns-pasted-page') }),
    ].join('\n');
    const one = batch(records, 1);
    expect(one.status).toBe(1);
    const ids = one.out.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['page', 'yukos', 'stdin line 3', 'china', 'kansas', 'no-text', 'tanf', 'browns']);
    for (const jobs of [2, 3]) {
      const r = batch(records, jobs);
      expect(r.status).toBe(1);
      expect(r.out, `--jobs ${jobs}`).toBe(one.out);
      expect(r.err, `--jobs ${jobs}`).toBe(one.err);
    }
  });

  it('keeps input order past a slow record, over more records than are held waiting for it', () => {
    // One long record, then many short ones: the workers run far ahead of the slow one, and the
    // results held back for it are bounded, so the run still ends with every record in order.
    const slow = JSON.stringify({ id: 'slow', text: fixture('polygraph-al-tanf').repeat(12) });
    const fast = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Headline ${i}\n\nThe council met on Tuesday and approved plan number ${i} after a short debate.` }));
    const input = [slow, ...fast].join('\n');
    const two = batch(input, 2);
    expect(two.status).toBe(0);
    expect(two.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['slow', ...fast.map((_, i) => `n${i}`)]);
    expect(two.out).toBe(batch(input, 1).out);
  });
});
