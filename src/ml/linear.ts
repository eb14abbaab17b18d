/**
 * Logistic regression over hashed feature buckets, as newsbrief's small trained classifiers use it
 * (causal sentences, attribution cues). File format: an 8-byte magic, the bias and the decision
 * thresholds (float64 each), then one float32 weight per bucket. The writer is training code
 * (scripts/lib/serialise.ts); the runtime only reads.
 */
import { readFileSync } from 'node:fs';

export interface LinearModel {
  weights: Float32Array;
  bias: number;
  thresholds: number[];
}

/** The model's log-odds for a set of hashed feature buckets: its bias and their weights, summed. */
export function logOdds(model: { weights: Float32Array; bias: number }, features: number[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f]!;
  return z;
}

/** The model's probability for a set of hashed feature buckets. */
export function probability(model: { weights: Float32Array; bias: number }, features: number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}

/** Bytes before the weights: the magic, the bias, then the thresholds. */
export function linearHeaderBytes(thresholds: number): number {
  return 16 + 8 * thresholds;
}

export function readLinear(path: string, magic: string, thresholds: number): LinearModel {
  const file = readFileSync(path);
  if (file.toString('latin1', 0, 8) !== magic) throw new Error(`${path}: not a newsbrief model (${magic})`);
  const head = linearHeaderBytes(thresholds);
  return {
    weights: new Float32Array(file.buffer.slice(file.byteOffset + head, file.byteOffset + file.length)),
    bias: file.readDoubleLE(8),
    thresholds: Array.from({ length: thresholds }, (_, i) => file.readDoubleLE(16 + 8 * i)),
  };
}
