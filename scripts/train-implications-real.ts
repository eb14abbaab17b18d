/**
 * Trains the readers' implication check (src/extract/implication-reader.ts) and writes
 * models/implications-real.bin (`npm run train:implications-real -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated by bench/real-articles-guidelines.md (real-dev in
 * ../shared/bench and our own in bench/real, whose pages come from --pages as for bench:real),
 * read through the product's own pipeline. Every sentence the check reads in the product
 * (statedCandidates in src/extract/implications.ts) is an example, with what the rules found in
 * it; it is positive when it matches an implication the reader lists, as bench:real matches them
 * (IMPLICATION_OVERLAP of the shorter text's words).
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on or chosen by,
 * and is reported on its own. The rest is split into 4 folds by page; the two thresholds (drop a
 * sentence the rules found under the first, add one they did not from the second on) are the
 * pair whose implications, as each fold's model decides on that fold's pages, give the best
 * harmonic mean of the share of printed implications that are real and the share of key
 * implications found, without printing a smaller share of real ones than the rules alone.
 * Only hashed weights are written, never the text.
 */
import { writeFileSync } from 'node:fs';
import { checkDrops, statedCandidates } from '../src/extract/implications.js';
import { causalModel } from '../src/extract/causal.js';
import { signalledGenre } from '../src/extract/genre.js';
import { IMPLICATION_READER_BUCKETS, IMPLICATION_READER_MAGIC, implicationFeatures, readingContext, ruleReading, type ImplicationReader } from '../src/extract/implication-reader.js';
import { modelPath } from '../src/ml/models.js';
import { probability } from '../src/ml/linear.js';
import { serialiseLinear } from './lib/serialise.js';
import { fitLogistic } from './lib/logistic.js';
import { annotatedPages } from './lib/real-pages.js';
import { IMPLICATION_OVERLAP, textMatches, words } from '../bench/lib/real-match.js';

const EPOCHS = Number(process.env.EPOCHS ?? 6);
const LAMBDA = Number(process.env.LAMBDA ?? 1e-4);
const RATE = Number(process.env.RATE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 5);
const FOLDS = 4;
const DROPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const ADDS = [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01];

interface Example {
  features: number[];
  /** Matches an implication the reader lists. */
  positive: boolean;
  /** The implications the rules print from it (0: none). */
  printed: number;
  page: number;
  /** Indexes of the reader's key implications it matches. */
  keys: number[];
  /** On a page the check may drop a found implication from (checkDrops). */
  drops: boolean;
}

const t0 = performance.now();
const examples: Example[] = [];
const pageInfo: Array<{ fold: number; keys: number }> = [];
for await (const { gold, annotated, fold } of annotatedPages('train:implications-real', FOLDS)) {
  const index = pageInfo.length;
  pageInfo.push({ fold, keys: gold.implications.filter((g) => g.key).length });
  const context = readingContext(annotated, signalledGenre(annotated));
  const goldWords = gold.implications.map((g) => words(g.text));
  // Exactly the sentences the product's check reads, with what the rules found in each.
  for (const { sentence: s, found, features } of statedCandidates(annotated, causalModel())) {
    const w = words(s.text);
    const hits = goldWords.map((g, i) => (textMatches(w, g, IMPLICATION_OVERLAP) ? i : -1)).filter((i) => i >= 0);
    examples.push({
      features: implicationFeatures(s, context, ruleReading(found), features),
      positive: hits.length > 0,
      printed: found.length,
      page: index,
      keys: hits.filter((i) => gold.implications[i]!.key),
      drops: checkDrops(context),
    });
  }
}
const foldOf_ = (e: Example): number => pageInfo[e.page]!.fold;
const rest = examples.filter((e) => foldOf_(e) >= 0);
const reserve = examples.filter((e) => foldOf_(e) < 0);
const keysIn = (reserved: boolean): number => pageInfo.filter((p) => (p.fold < 0) === reserved).reduce((n, p) => n + p.keys, 0);
console.log(`${examples.length} sentences from ${pageInfo.length} pages (${reserve.length} of them on the ${pageInfo.filter((p) => p.fold < 0).length} reserve pages), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const train = (xs: Example[]) => fitLogistic(xs, { buckets: IMPLICATION_READER_BUCKETS, epochs: EPOCHS, lambda: LAMBDA, rate: RATE, seed: Number(process.env.SEED ?? 23), runs: RUNS });

interface Tally {
  printed: number;
  real: number;
  keys: Set<string>;
}
const pairs = DROPS.flatMap((d) => ADDS.map((a) => [d, a] as const));
const tallies = (): Map<string, Tally> => new Map(pairs.map(([d, a]) => [`${d}/${a}`, { printed: 0, real: 0, keys: new Set<string>() }]));
const tally = (into: Map<string, Tally>, fitted: { weights: Float32Array; bias: number }, xs: readonly Example[]): void => {
  for (const e of xs) {
    const p = probability(fitted, e.features);
    for (const [d, a] of pairs) {
      const n = e.printed > 0 ? (p >= d || !e.drops ? e.printed : 0) : p >= a ? 1 : 0;
      if (n === 0) continue;
      const c = into.get(`${d}/${a}`)!;
      c.printed += n;
      if (e.positive) c.real += n;
      for (const k of e.keys) c.keys.add(`${e.page}:${k}`);
    }
  }
};
const shares = (c: Tally, keys: number) => ({ real: c.real / Math.max(1, c.printed), found: c.keys.size / Math.max(1, keys) });
const score = (c: Tally, keys: number): number => {
  const { real, found } = shares(c, keys);
  return real + found === 0 ? 0 : (2 * real * found) / (real + found);
};
const show = (c: Tally, keys: number): string => {
  const { real, found } = shares(c, keys);
  return `${c.printed} printed, ${(100 * real).toFixed(1)}% real, ${(100 * found).toFixed(1)}% of the key ones found`;
};

const crossed = tallies();
for (let k = 0; k < FOLDS; k++) tally(crossed, train(rest.filter((e) => foldOf_(e) !== k)), rest.filter((e) => foldOf_(e) === k));
const restKeys = keysIn(false);
const rules = crossed.get(`0/1.01`)!;
for (const [t, c] of crossed) if (process.env.VERBOSE || t.endsWith('/1.01') || t.startsWith('0/')) console.log(`  drop under / add from ${t}: ${show(c, restKeys)}`);
const eligible = [...crossed].filter(([, c]) => shares(c, restKeys).real >= shares(rules, restKeys).real);
const [chosen, best] = eligible.reduce((a, b) => (score(b[1], restKeys) > score(a[1], restKeys) ? b : a));
console.log(`cross-validated at ${chosen}: ${show(best, restKeys)} (the rules alone: ${show(rules, restKeys)})`);

const fitted = train(rest);
const held = tallies();
tally(held, fitted, reserve);
console.log(`reserve fifth at ${chosen}: ${show(held.get(chosen)!, keysIn(true))} (the rules alone: ${show(held.get('0/1.01')!, keysIn(true))})`);
if (process.env.DRY) process.exit(0);
const [drop, add] = chosen.split('/').map(Number) as [number, number];
const model: ImplicationReader = { ...fitted, thresholds: [Number(process.env.DROP ?? drop), Number(process.env.ADD ?? add)] };
const path = process.env.OUT ?? modelPath('implicationsReal');
writeFileSync(path, serialiseLinear(IMPLICATION_READER_MAGIC, model));
console.log(`wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
