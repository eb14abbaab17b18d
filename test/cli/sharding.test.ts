/**
 * docs/sharding.md, run: GNU parallel briefs a JSON Lines archive in two shards (locally,
 * `--sshlogin :`, instead of over ssh) and the merged NDJSON equals one run over the whole file.
 * GNU parallel must be installed (Debian: apt-get install parallel; .ci/run installs it).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'newsbrief.js');
const fixture = (name: string, file = 'article.txt'): string => readFileSync(join(FIXTURES, name, file), 'utf8');

/** Runs a shell command in `cwd` with `newsbrief` (this checkout's bin) first on the PATH. */
function sh(command: string, cwd: string) {
  const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${join(cwd, 'bin')}:${process.env.PATH}` } });
  if (r.error) throw r.error;
  return r;
}

const records = (out: string): Array<{ id: string; error?: { code: string; message: string } }> =>
  out.trim().split('\n').map((l) => JSON.parse(l));

describe('sharding an archive with GNU parallel (docs/sharding.md)', () => {
  const dir = tempDir('newsbrief-shards-');
  mkdirSync(join(dir, 'bin'));
  symlinkSync(BIN, join(dir, 'bin', 'newsbrief'));
  const archive = [
    JSON.stringify({ id: 'yukos', text: fixture('bbc-yukos-lawsuit') }),
    JSON.stringify({ id: 'china', text: fixture('china-tech-private-sector') }),
    JSON.stringify({ id: 'no-text', title: 'a record that cannot be briefed' }),
    JSON.stringify({ id: 'kansas', text: fixture('cnn-kansas-abortion-law') }),
    JSON.stringify({ id: 7, text: 'Museum Opens New Wing\n\nThe city museum opened a new wing on Sunday, with three hundred paintings on show.' }),
    JSON.stringify({ id: 'tanf', text: fixture('polygraph-al-tanf') }),
  ];
  writeFileSync(join(dir, 'archive.jsonl'), archive.join('\n') + '\n');

  const version = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  const one = sh('newsbrief summarize --input-format jsonl --format ndjson archive.jsonl', dir);

  /** The merged output equals the single run, except that an error's message names the shard's line. */
  const expectSameAsOneRun = (merged: string): void => {
    const a = records(one.stdout);
    const b = records(merged);
    expect(b.map((r) => r.id)).toEqual(a.map((r) => r.id));
    const briefs = (rs: typeof a) => rs.filter((r) => !r.error);
    expect(briefs(b)).toEqual(briefs(a));
    expect(merged.split('\n').filter((l) => !l.includes('"error"'))).toEqual(one.stdout.split('\n').filter((l) => !l.includes('"error"')));
    expect(b.find((r) => r.id === 'no-text')?.error?.code).toBe('bad-jsonl');
  };

  it('GNU parallel is installed', () => {
    expect(version.error, 'GNU parallel is not installed: apt-get install parallel (the sharding docs and this test need it)').toBeUndefined();
    expect(version.stdout).toMatch(/^GNU parallel/);
  });

  it('one run of the whole archive: an error record in place, exit status 1', () => {
    expect(one.status).toBe(1);
    expect(records(one.stdout).map((r) => r.id)).toEqual(['yukos', 'china', 'no-text', 'kansas', '7', 'tanf']);
  });

  it('shard files: split, parallel over two shards, cat gives the same NDJSON', () => {
    expect(version.error, 'GNU parallel is not installed').toBeUndefined();
    expect(sh('split -n l/2 -d --additional-suffix=.jsonl archive.jsonl shard-', dir).status).toBe(0);
    expect(readdirSync(dir).filter((f) => /^shard-\d+\.jsonl$/.test(f)).sort()).toEqual(['shard-00.jsonl', 'shard-01.jsonl']);
    const r = sh(
      `parallel --sshlogin : -j2 --joblog shards.log \\
        --transferfile {} --return {.}.ndjson --cleanup \\
        'newsbrief summarize --input-format jsonl --format ndjson {} > {.}.ndjson' ::: shard-*.jsonl`,
      dir,
    );
    // One shard holds the bad record: its newsbrief exits 1, and parallel counts one failed job.
    expect(r.status, r.stderr).toBe(1);
    const exits = readFileSync(join(dir, 'shards.log'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[6]).sort();
    expect(exits).toEqual(['0', '1']);
    const merged = sh('cat shard-*.ndjson', dir).stdout;
    expectSameAsOneRun(merged);
    expect(records(merged).find((x) => x.error)?.error?.message).toMatch(/^shard-0[01]\.jsonl line \d: expected an object/);
  });

  it('--pipe-part with -k gives the same NDJSON without shard files', () => {
    expect(version.error, 'GNU parallel is not installed').toBeUndefined();
    const r = sh('parallel --pipe-part -a archive.jsonl --block -1 -j2 -k --joblog pipe.log --sshlogin : newsbrief summarize --input-format jsonl --format ndjson', dir);
    expect(r.status, r.stderr).toBe(1);
    expect(readFileSync(join(dir, 'pipe.log'), 'utf8').trim().split('\n')).toHaveLength(3); // a header and two jobs
    expectSameAsOneRun(r.stdout);
    expect(records(r.stdout).find((x) => x.error)?.error?.message).toMatch(/^stdin line \d: expected an object/);
  });
});
