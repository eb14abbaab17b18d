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
 *   linearity       summarize 250 kB vs 5 MB of text                  target ≤ 25×
 *
 * Usage: npm run bench:speed [-- --runs N]  (requires the build: npm run build)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
}

/** Runs node with a script and arguments; the child reports its own peak RSS (all threads) on exit. */
function run(args: string[], input?: string): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'lib', 'report-rss.mjs'), ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const rss = /newsbrief-max-rss-kb=(\d+)/.exec(r.stderr)?.[1];
  return { ms, rssMB: rss ? Number(rss) / 1024 : NaN };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Interleaves the commands run by run, so drift in machine load hits all of them alike. */
function interleaved(commands: Record<string, () => Run>, runs: number): Record<string, { ms: number; rssMB: number }> {
  const times: Record<string, number[]> = {};
  const rss: Record<string, number[]> = {};
  for (const name of Object.keys(commands)) commands[name]!(); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const [name, f] of Object.entries(commands)) {
      const r = f();
      (times[name] ??= []).push(r.ms);
      (rss[name] ??= []).push(r.rssMB);
    }
  }
  return Object.fromEntries(Object.keys(commands).map((n) => [n, { ms: median(times[n]!), rssMB: Math.max(...rss[n]!) }]));
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
    one: () => run([BIN, '--input-format', 'jsonl', '--jobs', '1', BBC]),
    all: () => run([BIN, '--input-format', 'jsonl', '--jobs', String(jobs), BBC]),
  },
  Math.max(3, Math.ceil(RUNS / 4)),
);
const b1 = ratio(batch.one!.ms, batch.floor!.ms);
const bn = ratio(batch.all!.ms, batch.floor!.ms);
const peak = Math.max(batch.one!.rssMB, batch.all!.rssMB);
console.log(`\nbatch over bbc-dev.jsonl (${texts.split('\n').filter(Boolean).length} articles): floor ${(batch.floor!.ms / 1000).toFixed(2)} s`);
line('batch, 1 job / floor', `${(batch.one!.ms / 1000).toFixed(2)} s = ${b1.toFixed(2)}×`, '≤ 1.5×', b1 <= 1.5);
line(`batch, ${jobs} jobs / floor`, `${(batch.all!.ms / 1000).toFixed(2)} s = ${bn.toFixed(2)}×`, '≤ 0.8×', bn <= 0.8);
line('peak RSS (1 job / all jobs)', `${batch.one!.rssMB.toFixed(0)} / ${batch.all!.rssMB.toFixed(0)} MB`, '≤ 250 MB', peak <= 250);

// Linearity: the same article text repeated to 250 kB and to 5 MB (paragraphs, so structure scales too).
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-speed-'));
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
