/**
 * Does a sentence state a cause→effect relation? A logistic regression over hashed features of
 * the sentence (lower-cased words and word pairs, their word clusters, verb lemmas, signal
 * phrases, figures), trained by
 * `npm run train:causal` on the Causal News Corpus and FinCausal dev data; the weights ship in
 * models/causal.bin. The two decision thresholds (a sentence with a causal signal, one without)
 * are the ones cross-validation chose for both corpora.
 */
import { CAUSAL_SIGNALS } from '../data/cues.js';
import { combine, hashString } from '../ml/hash.js';
import type { Sentence } from '../types.js';
import { probability, readLinear } from '../ml/linear.js';
import { modelPath, once } from '../ml/models.js';
import { FINE_BITS } from '../nlp/ner/clusters.js';
import { entityModel } from '../nlp/ner/index.js';

/** Feature buckets (2^18): collisions cost little at this size, and the file stays ~1 MB. */
export const CAUSAL_BUCKETS = 1 << 18;
export const CAUSAL_MAGIC = 'NBCAU003';

const SEED = {
  word: hashString('w='),
  pair: hashString('b='),
  signal: hashString('sig='),
  signalAt: hashString('sigpos='),
  figure: hashString('fig'),
  length: hashString('len='),
  purpose: hashString('to+verb'),
  coarse: hashString('cc='),
  lemma: hashString('lem='),
} as const;

/** Hashed feature ids of a sentence. */
export function causalFeatures(s: Sentence): number[] {
  const words = s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => (t.kind === 'number' ? '0' : t.normal));
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = hashString(words[i]!);
    out.push(combine(SEED.word, w));
    if (i + 1 < words.length) out.push(combine(combine(SEED.pair, w), hashString(words[i + 1]!)));
  }
  // The coarse word cluster of each word (the recogniser's, src/nlp/ner/clusters.ts, as the claim check reads them), so "sparked", "triggered" and
  // "prompted" share evidence, and the lemma of each verb ("forced", "forcing" → force). Measured
  // 2026-12-01 by train:causal's cross-validation: CNC P 0.800 R 0.526 without them, 0.812 / 0.529
  // with both; fine clusters too, or either alone, scored lower.
  const { clusters } = entityModel();
  for (const t of s.tokens) {
    if (t.kind !== 'word') continue;
    const c = clusters.of(t.normal);
    if (c >= 0) out.push(combine(SEED.coarse, c >> FINE_BITS));
    if (t.pos === 'VERB') out.push(combine(SEED.lemma, hashString(t.lemma)));
  }
  const lower = s.text.toLowerCase();
  CAUSAL_SIGNALS.forEach(({ pattern }, k) => {
    const m = pattern.exec(lower);
    if (!m) return;
    out.push(combine(SEED.signal, k));
    out.push(combine(combine(SEED.signalAt, k), m.index < lower.length / 2 ? 0 : 1));
  });
  // "protested … to demand …": a purpose clause.
  s.tokens.forEach((t, i) => {
    if (t.normal === 'to' && s.tokens[i + 1]?.pos === 'VERB') out.push(SEED.purpose);
  });
  if (s.tokens.some((t) => t.kind === 'number')) out.push(SEED.figure);
  out.push(combine(SEED.length, Math.min(8, Math.floor(words.length / 8))));
  return out.map((h) => h % CAUSAL_BUCKETS);
}

export interface CausalModel {
  weights: Float32Array;
  bias: number;
  /** A sentence with a causal signal ("after", "to demand", "amid") is causal from this probability on. */
  threshold: number;
  /** One with no signal at all, whose cause and effect are only its clauses, from this one (no lower than `threshold`). */
  plainThreshold: number;
}

export function causalProbability(model: CausalModel, features: number[]): number {
  return probability(model, features);
}

/** The shipped model, loaded on first use. */
export const causalModel = once((): CausalModel => {
  const { weights, bias, thresholds } = readLinear(modelPath('causal'), CAUSAL_MAGIC, 2);
  return { weights, bias, threshold: thresholds[0]!, plainThreshold: thresholds[1]! };
});
