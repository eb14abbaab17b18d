/**
 * The file format and scoring shared by newsbrief's two small logistic-regression models (causal
 * sentences, attribution cues): an 8-byte magic, the bias and the decision thresholds (float64
 * each), then one float32 weight per hashed feature bucket.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface LinearModel {
  weights: Float32Array;
  bias: number;
  thresholds: number[];
}

/** The model's probability for a set of hashed feature buckets. */
export function probability(model: { weights: Float32Array; bias: number }, features: number[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

export function serialiseLinear(magic: string, model: LinearModel): Buffer {
  const head = Buffer.alloc(16 + 8 * model.thresholds.length);
  head.write(magic, 0, 'latin1');
  head.writeDoubleLE(model.bias, 8);
  model.thresholds.forEach((t, i) => head.writeDoubleLE(t, 16 + 8 * i));
  return Buffer.concat([head, Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength)]);
}

export function readLinear(path: string, magic: string, thresholds: number): LinearModel {
  const file = readFileSync(path);
  if (file.toString('latin1', 0, 8) !== magic) throw new Error(`${path}: not a newsbrief model (${magic})`);
  const head = 16 + 8 * thresholds;
  return {
    weights: new Float32Array(file.buffer.slice(file.byteOffset + head, file.byteOffset + file.length)),
    bias: file.readDoubleLE(8),
    thresholds: Array.from({ length: thresholds }, (_, i) => file.readDoubleLE(16 + 8 * i)),
  };
}

/** A model file in models/, from the sources (src/extract) or the build (dist/extract, dist/cli). */
export function modelPath(name: string): string {
  return (
    [`../../models/${name}`, `../models/${name}`].map((relative) => fileURLToPath(new URL(relative, import.meta.url))).find((path) => existsSync(path)) ??
    fileURLToPath(new URL(`../../models/${name}`, import.meta.url))
  );
}
