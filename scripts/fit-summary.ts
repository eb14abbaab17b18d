/**
 * Fits the condensed-article weights of the summary ranker (`npm run fit:summary`) and rewrites
 * FULL_WEIGHTS in src/data/summary.ts. (Briefs of text without a headline use the lead: see that file.)
 *
 * `npm run fit:summary -- --real --pages DIR` fits OFF_LEAD_WEIGHTS instead: the brief of a page
 * with a headline, or whose lead is not the story (an opinion, a live blog, a lede off its
 * headline; leadIsStory in src/extract/summary/index.ts), on the sentences the readers of the real-article
 * benchmark keep (`summary_ok`; bench/real, and real-dev) on those pages, with L2 chosen by 5-fold
 * cross-validation on the pages outside the reserve fifth (bench/lib/reserve.ts), which no fitting
 * or choice sees. DRY=1 prints the figures without writing the weights.
 *
 * Labels: BBC sentences inside the reference summary (reference_sentence_spans, ≥ half of the
 * sentence). Model: linear, trained on pairs (a summary sentence should outscore a non-summary
 * sentence of the same article) with a logistic loss and L2, each article weighing the same.
 *
 * Honesty: a fixed fifth of BBC dev (by hash of the duplicate cluster) is a reserve that no
 * fitting or choice sees; the rest is split into 4 folds, grouped by duplicate cluster, to choose
 * the L2 strength by cross-validated ROUGE. The final weights are fitted on all non-reserve
 * articles. CNN/DailyMail is never fitted on; its figures are printed as a check that briefs keep
 * to the lead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText, loadRecords } from '../bench/summary.js';
import { annotatedPages } from './lib/real-pages.js';
import { briefLabels, chooseLambda, pct, type Kept } from './lib/brief-cv.js';
import { rouge } from '../bench/lib/rouge.js';
import { computeSignals, SIGNAL_NAMES, SIGNALS, type SentenceSignals, type Signal } from '../src/extract/summary/signals.js';
import { leadIsStory, scoreSignals, select, share, weightsFor, type Weights } from '../src/extract/summary/index.js';
import { BRIEF_WEIGHTS, FULL_WEIGHTS } from '../src/data/summary.js';
import { hashString } from '../src/ml/hash.js';

const DATA_FILE = join(import.meta.dirname, '..', 'src', 'data', 'summary.ts');
const FOLDS = 4;
const D = SIGNAL_NAMES.length;
const LAMBDAS = [0.00003, 0.0001, 0.0003, 0.001];
const ITERATIONS = 400;
const RATE = 0.5;

interface Article {
  dataset: 'bbc' | 'cnndm' | 'real';
  id: string;
  group: string;
  signals: SentenceSignals[];
  labels: Set<number>;
  k: number;
  reference: string;
  reserve: boolean;
  fold: number;
  /** Real pages: the lead is not the story (leadIsStory, the product's routing), so the brief uses OFF_LEAD_WEIGHTS. */
  offLead?: boolean;
}

function labelBbc(signals: SentenceSignals[], spans: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  for (const s of signals) {
    if (!s.eligible) continue;
    let inside = 0;
    for (const [a, b] of spans) inside += Math.max(0, Math.min(s.sentence.end, b) - Math.max(s.sentence.start, a));
    if (inside >= 0.5 * (s.sentence.end - s.sentence.start)) out.add(s.sentence.index);
  }
  return out;
}

function load(): Article[] {
  const out: Article[] = [];
  for (const r of loadRecords('bbc-dev.jsonl')) {
    const signals = computeSignals(annotateText(r.text, r.id));
    const group = r.dup_group ?? r.id;
    const h = hashString(group);
    out.push({
      dataset: 'bbc', id: r.id, group, signals, labels: labelBbc(signals, r.reference_sentence_spans ?? []),
      k: r.references[0]!.split('\n').length, reference: r.references[0]!, reserve: h % 5 === 0, fold: Math.floor(h / 5) % FOLDS,
    });
  }
  for (const r of loadRecords('cnndm-dev.jsonl')) {
    out.push({
      dataset: 'cnndm', id: r.id, group: r.id, signals: computeSignals(annotateText(r.text, r.id)), labels: new Set(),
      k: 3, reference: r.references[0]!, reserve: true, fold: -1,
    });
  }
  return out;
}

const vector = (s: SentenceSignals): Float64Array => Float64Array.from(SIGNAL_NAMES, (n) => s.values[n]);

/** Pairwise logistic regression, full-batch gradient descent with momentum. */
function fit(articles: Article[], lambda: number): Weights {
  const pairs: Array<{ x: Float64Array; w: number }> = [];
  for (const a of articles) {
    const pos = a.signals.filter((s) => s.eligible && a.labels.has(s.sentence.index)).map(vector);
    const neg = a.signals.filter((s) => s.eligible && !a.labels.has(s.sentence.index)).map(vector);
    if (pos.length === 0 || neg.length === 0) continue;
    const weight = 1 / (pos.length * neg.length);
    for (const p of pos) for (const n of neg) pairs.push({ x: p.map((v, i) => v - n[i]!), w: weight });
  }
  const totalWeight = pairs.reduce((s, p) => s + p.w, 0);
  const w = new Float64Array(D);
  const velocity = new Float64Array(D);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const grad = new Float64Array(D);
    for (const p of pairs) {
      let z = 0;
      for (let i = 0; i < D; i++) z += w[i]! * p.x[i]!;
      const g = -p.w / (1 + Math.exp(z));
      for (let i = 0; i < D; i++) grad[i]! += g * p.x[i]!;
    }
    for (let i = 0; i < D; i++) {
      velocity[i] = 0.9 * velocity[i]! - RATE * (grad[i]! / totalWeight + lambda * w[i]!);
      w[i]! += velocity[i]!;
    }
  }
  return Object.fromEntries(SIGNAL_NAMES.map((n, i) => [n, w[i]!])) as Weights;
}

interface Figures {
  r1: number;
  r2: number;
  rl: number;
  n: number;
}

/** ROUGE of the product's own selection, with brief and fitted weights blended by share as the product does. */
function evaluate(articles: Article[], full: Weights): Figures {
  const f = { r1: 0, r2: 0, rl: 0, n: 0 };
  for (const a of articles) {
    const options = { sentences: a.k };
    const ranked = scoreSignals(a.signals, weightsFor(share(a.signals, options), BRIEF_WEIGHTS, full));
    const chosen = select(ranked, options);
    const r = rouge(chosen.map((i) => a.signals[i]!.sentence.text).join('\n'), a.reference);
    f.r1 += r.rouge1.f;
    f.r2 += r.rouge2.f;
    f.rl += r.rougeLsum.f;
    f.n++;
  }
  return { r1: (f.r1 / f.n) * 100, r2: (f.r2 / f.n) * 100, rl: (f.rl / f.n) * 100, n: f.n };
}

const show = (f: Figures): string => `${f.r1.toFixed(1)}/${f.r2.toFixed(1)}/${f.rl.toFixed(1)}`;

function mean(fs: Figures[]): Figures {
  const n = fs.reduce((s, f) => s + f.n, 0);
  return {
    r1: fs.reduce((s, f) => s + f.r1 * f.n, 0) / n,
    r2: fs.reduce((s, f) => s + f.r2 * f.n, 0) / n,
    rl: fs.reduce((s, f) => s + f.rl * f.n, 0) / n,
    n,
  };
}

function main(): void {
  const t0 = performance.now();
  const all = load();
  const bbc = all.filter((a) => a.dataset === 'bbc');
  const pool = bbc.filter((a) => !a.reserve);
  const reserve = bbc.filter((a) => a.reserve);
  const cnn = all.filter((a) => a.dataset === 'cnndm');
  console.log(`BBC: ${pool.length} articles to fit on, ${reserve.length} reserve; CNN/DM: ${cnn.length} (never fitted on); ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  let best: { lambda: number; cv: Figures } | null = null;
  for (const lambda of LAMBDAS) {
    // Cross-validated: each fold scored with weights fitted on the other folds.
    const cv = mean(Array.from({ length: FOLDS }, (_, k) => evaluate(pool.filter((a) => a.fold === k), fit(pool.filter((a) => a.fold !== k), lambda))));
    console.log(`λ ${lambda}: BBC cross-validated ROUGE-1/2/Lsum ${show(cv)}`);
    if (!best || cv.r1 + cv.r2 + cv.rl > best.cv.r1 + best.cv.r2 + best.cv.rl) best = { lambda, cv };
  }
  const weights = fit(pool, best!.lambda);
  console.log(`\nchosen λ ${best!.lambda}`);
  console.log(`BBC cross-validated (fitting pool): ${show(best!.cv)}`);
  console.log(`BBC fitting pool, final weights:    ${show(evaluate(pool, weights))}`);
  console.log(`BBC reserve (never fitted on):      ${show(evaluate(reserve, weights))}`);
  console.log(`CNN/DM, 3 sentences (not fitted):   ${show(evaluate(cnn, weights))}`);
  writeWeights(weights, best!.lambda, reserve.length);
}

function writeWeights(weights: Weights, lambda: number, reserve: number): void {
  const source = readFileSync(DATA_FILE, 'utf8');
  const lines = SIGNAL_NAMES.map((n: Signal) => `  /** ${SIGNALS[n]} */\n  ${n}: ${weights[n].toFixed(4)},`);
  const block = [
    '// fit:summary:begin',
    '/**',
    ' * Condensed-article weights, fitted by `npm run fit:summary`: pairwise logistic regression on BBC',
    ` * reference sentences (L2 ${lambda}, chosen by 4-fold cross-validation; ${reserve} reserve articles held out).`,
    ' */',
    'export const FULL_WEIGHTS = {',
    ...lines,
    '} as const;',
    '// fit:summary:end',
  ].join('\n');
  writeFileSync(DATA_FILE, source.replace(/\/\/ fit:summary:begin[\s\S]*\/\/ fit:summary:end/, block));
  console.log(`wrote ${DATA_FILE}`);
}

/** The real-article benchmark's pages, read and annotated as the product reads them, labelled by their readers' brief-worthy sentences. */
async function loadReal(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const { gold, annotated, fold } of annotatedPages('fit:summary', REAL_FOLDS, { names: true })) {
    const signals = computeSignals(annotated);
    const labels = briefLabels(gold.summary_ok, signals);
    out.push({ dataset: 'real', id: gold.id, group: gold.id, signals, labels, k: 3, reference: '', reserve: fold < 0, fold, offLead: !leadIsStory(annotated) });
  }
  return out;
}

const REAL_FOLDS = 5;
const REAL_LAMBDAS = [0.001, 0.003, 0.01];

/** Share of the product's 3-sentence briefs, with these off-lead weights, that the readers keep. */
function kept(articles: Article[], offLead: Weights): Kept {
  let k = 0;
  let n = 0;
  for (const a of articles) {
    const options = { sentences: a.k };
    const chosen = select(scoreSignals(a.signals, weightsFor(share(a.signals, options), offLead, FULL_WEIGHTS)), options);
    n += chosen.length;
    k += chosen.filter((i) => a.labels.has(i)).length;
  }
  return { kept: k, printed: n };
}


async function mainReal(): Promise<void> {
  const all = await loadReal();
  const pool = all.filter((a) => !a.reserve);
  const reserve = all.filter((a) => a.reserve && a.offLead);
  console.log(`real pages: ${pool.length} to fit on (${pool.filter((a) => a.offLead).length} off the lead), ${all.length - pool.length} reserve (${reserve.length} off the lead)`);
  // Only the pages the weights are for: on the others readers keep the lead (on pages whose lede is
  // off their headline they keep it 15 times in 54), and fitting on those too (weighing 0.3 or 1)
  // cross-validated within a sentence of this (104 or 105 of 162) while teaching the lead back.
  const offLead = pool.filter((a) => a.offLead);
  const best = chooseLambda(REAL_LAMBDAS, REAL_FOLDS, offLead, fit, kept, "off-lead pages' brief sentences");
  const weights = fit(offLead, best.lambda);
  console.log(`\nchosen: λ ${best.lambda}`);
  console.log(`off-lead pages, cross-validated:       ${pct(best.cv)}`);
  console.log(`off-lead pages, before (FULL_WEIGHTS): ${pct(kept(pool.filter((a) => a.offLead), FULL_WEIGHTS))}`);
  console.log(`reserve off-lead pages, before:        ${pct(kept(reserve, FULL_WEIGHTS))}`);
  console.log(`reserve off-lead pages, fitted:        ${pct(kept(reserve, weights))}`);
  if (process.env.DRY) return;
  writeOffLead(weights, best.lambda, offLead.length, all.length - pool.length);
}

function writeOffLead(weights: Weights, lambda: number, pages: number, reserve: number): void {
  const source = readFileSync(DATA_FILE, 'utf8');
  const lines = SIGNAL_NAMES.map((n: Signal) => `  ${n}: ${weights[n].toFixed(4)},`);
  const block = [
    '// fit:brief:begin',
    '/**',
    ' * Brief weights for a page with a headline, or whose lead is not the story (leadIsStory), fitted by',
    ` * \`npm run fit:summary -- --real\`: pairwise logistic regression on the sentences readers keep for a`,
    ` * brief, on the ${pages} real pages briefed by them (L2 ${lambda}, chosen by 5-fold cross-validation; the`,
    ` * ${reserve} reserve pages held out). What each signal measures: src/extract/summary/signals.ts.`,
    ' */',
    'export const OFF_LEAD_WEIGHTS = {',
    ...lines,
    '} as const;',
    '// fit:brief:end',
  ].join('\n');
  if (!/\/\/ fit:brief:begin/.test(source)) throw new Error(`${DATA_FILE} has no fit:brief block`);
  writeFileSync(DATA_FILE, source.replace(/\/\/ fit:brief:begin[\s\S]*\/\/ fit:brief:end/, block));
  console.log(`wrote ${DATA_FILE}`);
}

if (process.argv.includes('--real')) await mainReal();
else main();
