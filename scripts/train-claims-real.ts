/**
 * Trains the readers' claim check (src/extract/claims/reader.ts) and writes models/claims-real.bin
 * (`npm run train:claims-real -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated by bench/real-articles-guidelines.md (real-dev in
 * ../shared/bench and our own in bench/real, whose pages come from --pages as for bench:real),
 * read through the product's own pipeline with this check off. Every attributed claim is an
 * example; it is positive when its content matches an attribution the reader lists, as bench:real
 * matches them.
 *
 * The check reads only pages of the genres READS_GENRE names (not hard news, live blogs or Q&A);
 * the claims of the other pages are fitted on too (the genre is a feature) but always
 * kept when a threshold is scored, as the product keeps them.
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on or chosen by,
 * and is reported on its own. The rest is split into 4 folds by page; the threshold is the one
 * whose claims, kept by each fold's model on that fold's pages, give the best harmonic mean of
 * the share of claims right (content and speaker) and the share of attributions found (content),
 * the two figures bench:real reports. Only hashed weights are written, never the text.
 */
import { writeFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
import { resolveNames } from '../src/extract/coreference.js';
import { claimModel } from '../src/extract/claims/check.js';
import { READER_BUCKETS, READER_MAGIC, READS_GENRE, readerFeatures, type ReaderModel } from '../src/extract/claims/reader.js';
import { signalledGenre } from '../src/extract/genre.js';
import { modelPath } from '../src/ml/models.js';
import { probability } from '../src/ml/linear.js';
import { serialiseLinear } from './lib/serialise.js';
import { fitLogistic } from './lib/logistic.js';
import { annotatedPages } from './lib/real-pages.js';
import { CLAIM_OVERLAP, speakerKeys, speakerRight, textMatches, words } from '../bench/lib/real-match.js';

const EPOCHS = Number(process.env.EPOCHS ?? 6);
const LAMBDA = Number(process.env.LAMBDA ?? 1e-4);
const RATE = Number(process.env.RATE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 5);
const FOLDS = 4;
const THRESHOLDS = [0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

interface Example {
  features: number[];
  /** Its content matches an annotated attribution. */
  positive: boolean;
  /** …and its speaker is that attribution's. */
  right: boolean;
  page: number;
  /** Indexes of the annotated attributions its content matches. */
  hits: number[];
  /** On a page of a genre the check reads (off hard news); the others are always kept. */
  read: boolean;
}

const t0 = performance.now();
const examples: Example[] = [];
const pageInfo: Array<{ fold: number; attributions: number }> = [];
for await (const { gold, annotated, fold } of annotatedPages('train:claims-real', FOLDS)) {
  const index = pageInfo.length;
  pageInfo.push({ fold, attributions: gold.claims.length });
  const context = { annotated, genre: signalledGenre(annotated), check: claimModel(), coreference: resolveNames(annotated) };
  const contents = gold.claims.map((g) => words(g.content));
  const speakers = gold.claims.map((g) => speakerKeys(g, gold.entities));
  for (const claim of extract(annotated, {}, ['claims'], { claimsReal: null }).claims) {
    if (claim.kind === 'factual') continue;
    const w = words(annotated.article.text.slice(claim.content.start, claim.content.end));
    const hits = contents.map((g, i) => (textMatches(w, g, CLAIM_OVERLAP) ? i : -1)).filter((i) => i >= 0);
    examples.push({ features: readerFeatures(claim, context), positive: hits.length > 0, right: hits.some((i) => speakerRight(claim.speaker, speakers[i]!)), page: index, hits, read: READS_GENRE(context.genre) });
  }
}
const foldOf_ = (e: Example): number => pageInfo[e.page]!.fold;
const rest = examples.filter((e) => foldOf_(e) >= 0);
const reserve = examples.filter((e) => foldOf_(e) < 0);
const annotatedIn = (reserved: boolean): number => pageInfo.filter((p) => (p.fold < 0) === reserved).reduce((n, p) => n + p.attributions, 0);
console.log(`${examples.length} attributed claims from ${pageInfo.length} pages (${reserve.length} of them on the ${pageInfo.filter((p) => p.fold < 0).length} reserve pages), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const train = (xs: Example[]) => fitLogistic(xs, { buckets: READER_BUCKETS, epochs: EPOCHS, lambda: LAMBDA, rate: RATE, seed: Number(process.env.SEED ?? 19), runs: RUNS });

interface Tally {
  kept: number;
  right: number;
  found: Set<string>;
}
const tallies = (): Map<number, Tally> => new Map(THRESHOLDS.map((t) => [t, { kept: 0, right: 0, found: new Set<string>() }]));
const tally = (into: Map<number, Tally>, fitted: { weights: Float32Array; bias: number }, xs: readonly Example[]): void => {
  for (const e of xs) {
    const p = e.read ? probability(fitted, e.features) : 1;
    for (const t of THRESHOLDS) {
      if (p < t) continue;
      const c = into.get(t)!;
      c.kept++;
      if (e.right) c.right++;
      for (const h of e.hits) c.found.add(`${e.page}:${h}`);
    }
  }
};
const shares = (c: Tally, annotated: number) => ({ right: c.right / Math.max(1, c.kept), found: c.found.size / Math.max(1, annotated) });
const score = (c: Tally, annotated: number): number => {
  const { right, found } = shares(c, annotated);
  return right + found === 0 ? 0 : (2 * right * found) / (right + found);
};
const show = (c: Tally, annotated: number): string => {
  const { right, found } = shares(c, annotated);
  return `${c.kept} claims kept, ${(100 * right).toFixed(1)}% right, ${(100 * found).toFixed(1)}% of the attributions found`;
};

const crossed = tallies();
for (let k = 0; k < FOLDS; k++) tally(crossed, train(rest.filter((e) => foldOf_(e) !== k)), rest.filter((e) => foldOf_(e) === k));
const restAttributions = annotatedIn(false);
for (const [t, c] of crossed) console.log(`  threshold ${t.toFixed(2)}: ${show(c, restAttributions)}`);
const [threshold, best] = [...crossed].reduce((a, b) => (score(b[1], restAttributions) > score(a[1], restAttributions) ? b : a));
console.log(`cross-validated at threshold ${threshold}: ${show(best, restAttributions)} (every claim kept: ${show(crossed.get(0)!, restAttributions)})`);

const fitted = train(rest);
const held = tallies();
tally(held, fitted, reserve);
console.log(`reserve fifth at that threshold: ${show(held.get(threshold)!, annotatedIn(true))} (every claim kept: ${show(held.get(0)!, annotatedIn(true))})`);
if (process.env.DRY) process.exit(0);
const model: ReaderModel = { ...fitted, thresholds: [Number(process.env.THRESHOLD ?? threshold)] };
const path = process.env.OUT ?? modelPath('claimsReal');
writeFileSync(path, serialiseLinear(READER_MAGIC, model));
console.log(`wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
