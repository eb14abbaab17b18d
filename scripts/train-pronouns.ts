/**
 * Trains the choice of who a speaking "he" or "she" is (src/extract/claims/pronoun.ts) and writes
 * models/pronouns.bin (`npm run train:pronouns -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated (real-dev in ../shared/bench and our own in bench/real,
 * whose pages come from --pages as for bench:real), read through the product's pipeline with the
 * rules' speakers (this model off). Every attributed claim whose speaker is written "he" or "she"
 * and whose content matches an attribution the reader lists gives its candidates; a candidate is
 * positive when it names that attribution's speaker, as bench:real judges a speaker.
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on, and is
 * reported on its own; the rest is scored by 4-fold cross-validation by page against the rules.
 * Only hashed weights are written, never the text.
 */
import { writeFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
import { resolveNames } from '../src/extract/coreference.js';
import { bestCandidate, PRONOUN_BUCKETS, PRONOUN_MAGIC, pronounCandidates, type PronounModel } from '../src/extract/claims/pronoun.js';
import { modelPath } from '../src/ml/models.js';
import { serialiseLinear } from './lib/serialise.js';
import { fitLogistic } from './lib/logistic.js';
import { annotatedPages } from './lib/real-pages.js';
import { CLAIM_OVERLAP, speakerKeys, speakerRight, textMatches, words } from '../bench/lib/real-match.js';

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LAMBDA = Number(process.env.LAMBDA ?? 1e-3);
const RATE = Number(process.env.RATE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 5);
const FOLDS = 4;

interface Claim {
  page: number;
  fold: number;
  /** The rules' answer is right. */
  rule: boolean;
  candidates: Array<{ name: string; features: number[]; right: boolean }>;
}

const t0 = performance.now();
const claims: Claim[] = [];
let pages = 0;
for await (const { gold, annotated, fold } of annotatedPages('train:pronouns', FOLDS)) {
  pages++;
  const coreference = resolveNames(annotated);
  const contents = gold.claims.map((g) => words(g.content));
  const speakers = gold.claims.map((g) => speakerKeys(g, gold.entities));
  const found = extract(annotated, {}, ['claims'], { pronouns: null }).claims;
  found.forEach((claim, i) => {
    if (claim.kind === 'factual') return;
    const candidates = pronounCandidates(claim, found.slice(0, i), annotated, coreference);
    if (!candidates) return;
    const w = words(annotated.article.text.slice(claim.content.start, claim.content.end));
    const hits = contents.map((g, k) => (textMatches(w, g, CLAIM_OVERLAP) ? k : -1)).filter((k) => k >= 0);
    if (hits.length === 0) return;
    const right = (name: string | null): boolean => hits.some((k) => speakerRight(name, speakers[k]!));
    claims.push({ page: pages, fold, rule: right(claim.speaker), candidates: candidates.map((c) => ({ ...c, right: right(c.name) })) });
  });
}
const rest = claims.filter((c) => c.fold >= 0);
const reserve = claims.filter((c) => c.fold < 0);
console.log(`${claims.length} claims spoken by "he" or "she" that match an attribution, from ${pages} pages (${reserve.length} on the reserve), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const fit = (xs: readonly Claim[]): PronounModel => {
  const examples = xs.flatMap((c) => c.candidates.map((k) => ({ features: k.features, positive: k.right })));
  const { weights, bias } = fitLogistic(examples, { buckets: PRONOUN_BUCKETS, epochs: EPOCHS, lambda: LAMBDA, rate: RATE, seed: Number(process.env.SEED ?? 23), runs: RUNS });
  return { weights, bias, thresholds: [] };
};
const score = (model: PronounModel, xs: readonly Claim[]): number => xs.filter((c) => c.candidates.find((k) => k.name === bestCandidate(model, c.candidates))?.right ?? false).length;
const reachable = (xs: readonly Claim[]): number => xs.filter((c) => c.candidates.some((k) => k.right)).length;
const ruleRight = (xs: readonly Claim[]): number => xs.filter((c) => c.rule).length;

let cv = 0;
for (let f = 0; f < FOLDS; f++) cv += score(fit(rest.filter((c) => c.fold !== f)), rest.filter((c) => c.fold === f));
console.log(`cross-validated (${rest.length} claims outside the reserve): model ${cv}, rules ${ruleRight(rest)}, some candidate right ${reachable(rest)}`);
const model = fit(rest);
console.log(`reserve fifth (${reserve.length} claims): model ${score(model, reserve)}, rules ${ruleRight(reserve)}, some candidate right ${reachable(reserve)}`);
if (process.env.DRY) process.exit(0);
const path = process.env.OUT ?? modelPath('pronouns');
writeFileSync(path, serialiseLinear(PRONOUN_MAGIC, model));
console.log(`wrote ${path}`);
