/**
 * Fits the genre model of a page without signals (src/extract/genre.ts) and writes
 * models/genre.json (`npm run train:genre -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated (real-dev in ../shared/bench and our own in bench/real,
 * whose pages come from --pages as for bench:real) that the parser reads as hard news for want of
 * a page signal, and whose readers' genre is one the model tells (TEXT_GENRES). Features are
 * standardised on the training pages; the model is a softmax regression fitted by full-batch
 * gradient descent, its L2 weight chosen by 4-fold cross-validation by page.
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on or chosen by,
 * and is reported on its own, beside what the rule before the model (a lede off its headline is a
 * feature, else hard news) gets right on the same pages.
 */
import { writeFileSync } from 'node:fs';
import { annotate } from '../src/nlp/index.js';
import { parse } from '../src/parse/index.js';
import { TEXT_GENRES, briefGenre, textFeatures, genreScores, type GenreModel } from '../src/extract/genre.js';
import { modelPath } from '../src/ml/models.js';
import { foldOf, isReserve } from '../bench/lib/reserve.js';
import { readPage } from '../bench/lib/real-data.js';
import { realPages } from './lib/real-pages.js';
import type { Genre } from '../src/types.js';

const FOLDS = 4;
const L2S = [0.01, 0.03, 0.1, 0.3];
const ITERATIONS = 800;
const RATE = 0.5;

interface Page {
  features: Record<string, number>;
  gold: Genre;
  /** What the rule before the model says. */
  rule: Genre;
  fold: number;
}

const t0 = performance.now();
const pages: Page[] = [];
for (const page of realPages('train:genre')) {
  const gold = page.gold.genre as Genre;
  if (!TEXT_GENRES.includes(gold)) continue;
  const annotated = annotate(parse(await readPage(page.page)));
  if (annotated.article.genre !== 'hard-news') continue;
  pages.push({ features: textFeatures(annotated), gold, rule: briefGenre(annotated, null), fold: isReserve(page.gold.id) ? -1 : foldOf(page.gold.id, FOLDS) });
}
const names = Object.keys(pages[0]!.features);
const rest = pages.filter((p) => p.fold >= 0);
const reserve = pages.filter((p) => p.fold < 0);
console.log(`${pages.length} pages without a genre signal (${reserve.length} in the reserve), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

function fit(train: readonly Page[], l2: number): GenreModel {
  const classes = [...TEXT_GENRES];
  const d = names.length;
  const mean = names.map((k) => train.reduce((a, p) => a + p.features[k]!, 0) / train.length);
  const sd = names.map((k, j) => Math.sqrt(train.reduce((a, p) => a + (p.features[k]! - mean[j]!) ** 2, 0) / train.length) || 1);
  const xs = train.map((p) => names.map((k, j) => (p.features[k]! - mean[j]!) / sd[j]!));
  const ys = train.map((p) => classes.indexOf(p.gold));
  const weights = classes.map(() => new Array<number>(d + 1).fill(0));
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = classes.map(() => new Array<number>(d + 1).fill(0));
    xs.forEach((x, n) => {
      const z = weights.map((w) => w[d]! + x.reduce((a, v, j) => a + v * w[j]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((a, b) => a + b, 0);
      e.forEach((v, c) => {
        const g = v / sum - (ys[n] === c ? 1 : 0);
        for (let j = 0; j < d; j++) grad[c]![j]! += g * x[j]!;
        grad[c]![d]! += g;
      });
    });
    weights.forEach((w, c) => {
      for (let j = 0; j <= d; j++) w[j]! -= RATE * (grad[c]![j]! / xs.length + (j < d ? l2 * w[j]! : 0));
    });
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return { classes, features: names, mean: mean.map(round), sd: sd.map(round), weights: weights.map((w) => w.map(round)) };
}

const predict = (model: GenreModel, p: Page): Genre => {
  const s = genreScores(model, p.features);
  return model.classes[s.indexOf(Math.max(...s))]!;
};
const right = (xs: readonly Page[], guess: (p: Page) => Genre): number => xs.filter((p) => guess(p) === p.gold).length;

let best = { l2: L2S[0]!, right: -1 };
for (const l2 of L2S) {
  let n = 0;
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(rest.filter((p) => p.fold !== k), l2);
    n += right(rest.filter((p) => p.fold === k), (p) => predict(model, p));
  }
  console.log(`  L2 ${l2}: ${n} of ${rest.length} right, cross-validated`);
  if (n > best.right) best = { l2, right: n };
}
console.log(`cross-validated at L2 ${best.l2}: ${best.right} of ${rest.length} right (the rule before: ${right(rest, (p) => p.rule)})`);
const model = fit(rest, best.l2);
console.log(`reserve fifth: ${right(reserve, (p) => predict(model, p))} of ${reserve.length} right (the rule before: ${right(reserve, (p) => p.rule)})`);
if (process.env.DRY) process.exit(0);
const path = process.env.OUT ?? modelPath('genre');
writeFileSync(path, `${JSON.stringify(model)}\n`);
console.log(`wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
