/**
 * npm run bench:speed — cold start, batch throughput, memory and linearity, as ratios measured
 * in the same run on this machine (medians of interleaved runs, so load on the machine affects
 * every side alike).
 *
 *   floor           node + wink + its model, readDoc of the same text (bench/floor.mjs)
 *   cold JSON       newsbrief summarize <seed> --format json          target ≤ 1.15 × floor
 *   cold terminal   newsbrief summarize <seed> --format terminal      target ≤ 1.35 × floor
 *   --help          newsbrief --help vs bare node                     target ≤ 1.6 × node
 *   batch           bbc-dev.jsonl (1,111 articles), 1 job and all cores, vs the floor reading
 *                   the same texts; peak RSS                          targets ≤ 1.5×, ≤ 0.8×, ≤ 250 MB
 *   batch scaling   2 jobs / 1 job over the same file, the median of the ratios of runs made
 *                   one after the other (at least 5 pairs)            target ≤ 0.75×
 *   linearity       summarize 250 kB vs 5 MB of text                  target ≤ 25×
 *
 * Usage: npm run bench:speed [-- --runs N]  (requires the build: npm run build)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, '..', 'shared', 'bench');
const BIN = join(ROOT, 'bin', 'newsbrief.js');
const FLOOR = join(import.meta.dirname, 'floor.mjs');
const SEED = join(ROOT, 'fixtures', 'china-tech-private-sector', 'article.txt');
const BBC = join(BENCH, 'bbc-dev.jsonl');
const RUNS = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 11;

interface Run {
  ms: number;
  rssMB: number;
  /** Cores used meanwhile by other processes on the machine (Linux only; NaN elsewhere). */
  others: number;
}

/** The child's own CPU time (all threads), reported on exit next to report-rss.mjs's peak RSS. */
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`newsbrief-cpu-us=${u.userCPUTime + u.systemCPUTime}\\n`); });",
)}`;

/** CPU seconds the whole machine has spent busy so far (all cores), from /proc/stat; NaN if there is none. */
function machineBusy(): number {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return (f.reduce((a, b) => a + b, 0) - f[3]! - f[4]!) / 100; // all but idle and iowait, in USER_HZ (100)
  } catch {
    return NaN;
  }
}

/**
 * Runs node with a script and arguments; the child reports its own peak RSS (all threads) on
 * exit and, with `load`, its CPU time, so that the load from other processes can be told apart
 * (left out of the cold-start runs, where loading one more module would count).
 */
function run(args: string[], input?: string, load = false): Run {
  const busy = machineBusy();
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'lib', 'report-rss.mjs'), ...(load ? ['--import', REPORT_CPU] : []), ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const rss = /newsbrief-max-rss-kb=(\d+)/.exec(r.stderr)?.[1];
  const cpu = Number(/newsbrief-cpu-us=(\d+)/.exec(r.stderr)?.[1]) / 1e6;
  const others = Math.max(0, machineBusy() - busy - cpu) / (ms / 1000);
  return { ms, rssMB: rss ? Number(rss) / 1024 : NaN, others };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Interleaves the commands run by run, so drift in machine load hits all of them alike. */
function interleaved(commands: Record<string, () => Run>, runs: number): Record<string, { ms: number; rssMB: number; all: Run[] }> {
  const all: Record<string, Run[]> = {};
  for (const name of Object.keys(commands)) commands[name]!(); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const [name, f] of Object.entries(commands)) (all[name] ??= []).push(f());
  }
  return Object.fromEntries(
    Object.keys(commands).map((n) => [n, { ms: median(all[n]!.map((r) => r.ms)), rssMB: Math.max(...all[n]!.map((r) => r.rssMB)), all: all[n]! }]),
  );
}

const line = (name: string, value: string, target: string, ok: boolean): void =>
  console.log(`${name.padEnd(44)} ${value.padStart(22)}   ${target.padEnd(12)} ${ok ? 'met' : 'NOT MET'}`);

console.log(`\nSpeed on this machine (${availableParallelism()} cores), medians of ${RUNS} interleaved runs\n`);

const cold = interleaved(
  {
    floor: () => run([FLOOR, SEED]),
    json: () => run([BIN, 'summarize', SEED, '--format', 'json']),
    terminal: () => run([BIN, 'summarize', SEED, '--format', 'terminal', '--color']),
    node: () => run(['-e', '0']),
    help: () => run([BIN, '--help']),
  },
  RUNS,
);
const ratio = (a: number, b: number): number => a / b;
const cj = ratio(cold.json!.ms, cold.floor!.ms);
const ct = ratio(cold.terminal!.ms, cold.floor!.ms);
const ch = ratio(cold.help!.ms, cold.node!.ms);
console.log(`floor ${cold.floor!.ms.toFixed(0)} ms · bare node ${cold.node!.ms.toFixed(0)} ms`);
line('cold summarize --format json / floor', `${cold.json!.ms.toFixed(0)} ms = ${cj.toFixed(2)}×`, '≤ 1.15×', cj <= 1.15);
line('cold summarize --format terminal / floor', `${cold.terminal!.ms.toFixed(0)} ms = ${ct.toFixed(2)}×`, '≤ 1.35×', ct <= 1.35);
line('--help / bare node', `${cold.help!.ms.toFixed(0)} ms = ${ch.toFixed(2)}×`, '≤ 1.6×', ch <= 1.6);

const jobs = availableParallelism();
const texts = readFileSync(BBC, 'utf8');
const batch = interleaved(
  {
    floor: () => run([FLOOR, '--jsonl', BBC]),
    one: () => run([BIN, '--input-format', 'jsonl', '--jobs', '1', BBC], undefined, true),
    all: () => run([BIN, '--input-format', 'jsonl', '--jobs', String(jobs), BBC], undefined, true),
    // On a 2-core machine "all" is already 2 jobs.
    ...(jobs === 2 ? {} : { two: () => run([BIN, '--input-format', 'jsonl', '--jobs', '2', BBC], undefined, true) }),
  },
  Math.max(5, Math.ceil(RUNS / 2)),
);
const b1 = ratio(batch.one!.ms, batch.floor!.ms);
const bn = ratio(batch.all!.ms, batch.floor!.ms);
const peak = Math.max(batch.one!.rssMB, batch.all!.rssMB);
console.log(`\nbatch over bbc-dev.jsonl (${texts.split('\n').filter(Boolean).length} articles): floor ${(batch.floor!.ms / 1000).toFixed(2)} s`);
line('batch, 1 job / floor', `${(batch.one!.ms / 1000).toFixed(2)} s = ${b1.toFixed(2)}×`, '≤ 1.5×', b1 <= 1.5);
line(`batch, ${jobs} jobs / floor`, `${(batch.all!.ms / 1000).toFixed(2)} s = ${bn.toFixed(2)}×`, '≤ 0.8×', bn <= 0.8);
// Each 2-job run against the 1-job run just before it: load on a shared machine changes between rounds.
const pairs = (batch.two ?? batch.all)!.all.map((two, i) => ({ two, one: batch.one!.all[i]! }));
const scaling = median(pairs.map((p) => p.two.ms / p.one.ms));
line('batch, 2 jobs / 1 job', `${(median(pairs.map((p) => p.two.ms)) / 1000).toFixed(2)} / ${(batch.one!.ms / 1000).toFixed(2)} s = ${scaling.toFixed(2)}×`, '≤ 0.75×', scaling <= 0.75);
// Two jobs can only be faster when the second core is free: say how many pairs had it.
const quiet = pairs.filter((p) => p.two.others < 0.2 && p.one.others < 0.2);
if (!Number.isNaN(pairs[0]!.two.others)) {
  const q = quiet.length > 0 ? `, median ${median(quiet.map((p) => p.two.ms / p.one.ms)).toFixed(2)}× over those` : '';
  console.log(`  (${quiet.length} of ${pairs.length} pairs ran with no other process using a core${q})`);
}
line('peak RSS (1 job / all jobs)', `${batch.one!.rssMB.toFixed(0)} / ${batch.all!.rssMB.toFixed(0)} MB`, '≤ 250 MB', peak <= 250);

// Linearity: the same article text repeated to 250 kB and to 5 MB (paragraphs, so structure scales too).
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-speed-'));
// Removed however the bench ends (a failed run exits early).
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const paragraphs = texts
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n\n');
const sized = (bytes: number): string => {
  let s = '';
  while (s.length < bytes) s += paragraphs.slice(0, bytes - s.length) + '\n\n';
  return s;
};
writeFileSync(join(dir, 'small.txt'), sized(250 * 1024));
writeFileSync(join(dir, 'large.txt'), sized(5 * 1024 * 1024));
const sizes = interleaved(
  {
    small: () => run([BIN, 'summarize', join(dir, 'small.txt'), '--format', 'json']),
    large: () => run([BIN, 'summarize', join(dir, 'large.txt'), '--format', 'json']),
  },
  3,
);
const lin = ratio(sizes.large!.ms, sizes.small!.ms);
console.log('');
line('5 MB / 250 kB (20× the text)', `${(sizes.large!.ms / 1000).toFixed(2)} s / ${(sizes.small!.ms / 1000).toFixed(2)} s = ${lin.toFixed(1)}×`, '≤ 25×', lin <= 25);
