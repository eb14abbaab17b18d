/**
 * Trains the readers' summary check (src/extract/summary/reader.ts) and writes
 * models/summary-real.bin (`npm run train:summary-real -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated by bench/real-articles-guidelines.md (real-dev in
 * ../shared/bench and our own in bench/real, whose pages come from --pages as for bench:real),
 * read through the product's own pipeline. Every sentence that can be a summary sentence is an
 * example; it is positive when it matches a sentence the reader marks as brief-worthy
 * (`summary_ok`), as bench:real matches them (SUMMARY_OVERLAP of the shorter text's words).
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on or chosen by,
 * and is reported on its own. The rest is split into 5 folds by page; the L2 strength is the one
 * whose three-sentence briefs, each fold's model ranking that fold's pages, keep the largest share
 * of the readers' sentences, the check's log-odds added to the linear ranker's score as the
 * product adds them. Beside it the script prints the linear ranker's figure alone on the same pages
 * (OFF_LEAD_WEIGHTS, which were fitted on them: it overstates). Only hashed weights are written,
 * never the text.
 */
import { writeFileSync } from 'node:fs';
import { briefGenre } from '../src/extract/genre.js';
import { leadIsStory, rank, readerWeight, select, type Ranked } from '../src/extract/summary/index.js';
import { SUMMARY_READER_BUCKETS, SUMMARY_READER_MAGIC, summaryFeatures } from '../src/extract/summary/reader.js';
import { logOdds } from '../src/ml/linear.js';
import { modelPath } from '../src/ml/models.js';
import { serialiseLinear } from './lib/serialise.js';
import { fitLogistic } from './lib/logistic.js';
import { annotatedPages } from './lib/real-pages.js';
import { briefLabels, chooseLambda, pct, type Kept } from './lib/brief-cv.js';

const EPOCHS = Number(process.env.EPOCHS ?? 6);
const LAMBDAS = (process.env.LAMBDAS ?? '0.0001,0.001,0.01').split(',').map(Number);
const RATE = Number(process.env.RATE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 3);
const FOLDS = 5;

interface Page {
  id: string;
  fold: number;
  /** The product briefs it by its lead (leadIsStory): the check does not rank it. */
  lead: boolean;
  /** The linear ranker's reading of it, as the product scores it. */
  ranked: Ranked[];
  features: number[][];
  labels: Set<number>;
}

const t0 = performance.now();
const pages: Page[] = [];
for await (const { gold, annotated, fold } of annotatedPages('train:summary-real', FOLDS, { names: true })) {
  const lead = leadIsStory(annotated);
  // (The ranked sentences carry their signals: the check's features and the labels are read off them.)
  const ranked = rank(annotated, {}, lead, null);
  pages.push({ id: gold.id, fold, lead, ranked, features: summaryFeatures(ranked, briefGenre(annotated)), labels: briefLabels(gold.summary_ok, ranked) });
}
const rest = pages.filter((p) => p.fold >= 0);
const reserve = pages.filter((p) => p.fold < 0);
console.log(`${pages.length} pages (${reserve.length} reserve), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);


const examples = (ps: readonly Page[]) =>
  ps.filter((p) => !p.lead).flatMap((p) => p.ranked.filter((r) => r.eligible).map((r) => ({ features: p.features[r.sentence.index]!, positive: p.labels.has(r.sentence.index) })));
const train = (ps: readonly Page[], lambda: number) =>
  fitLogistic(examples(ps), { buckets: SUMMARY_READER_BUCKETS, epochs: EPOCHS, lambda, rate: RATE, seed: Number(process.env.SEED ?? 29), runs: RUNS });

/** The three-sentence briefs of these pages, ranked by the model (or by the linear ranker without one). */
function kept(ps: readonly Page[], model: { weights: Float32Array; bias: number } | null): Kept {
  const out = { kept: 0, printed: 0 };
  for (const p of ps) {
    // As rank() adds it: weighed by readerWeight (less on a short page, where three sentences are much of it).
    const weight = model && !p.lead ? readerWeight(p.ranked, {}) : 0;
    const ranked = weight > 0 ? p.ranked.map((r) => ({ ...r, score: r.eligible ? r.score + weight * logOdds(model!, p.features[r.sentence.index]!) : 0 })) : p.ranked;
    const chosen = select(ranked, { sentences: 3 });
    out.printed += chosen.length;
    out.kept += chosen.filter((i) => p.labels.has(i)).length;
  }
  return out;
}
const best = chooseLambda(LAMBDAS, FOLDS, rest, train, kept, 'brief sentences');
console.log(`linear ranker on the same pages (fitted on them): ${pct(kept(rest, null))}`);
const fitted = train(rest, best.lambda);
console.log(`reserve fifth: linear ranker ${pct(kept(reserve, null))}, the check at λ ${best.lambda} ${pct(kept(reserve, fitted))}`);
if (process.env.DRY) process.exit(0);
const path = process.env.OUT ?? modelPath('summaryReal');
writeFileSync(path, serialiseLinear(SUMMARY_READER_MAGIC, { ...fitted, thresholds: [] }));
console.log(`wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
