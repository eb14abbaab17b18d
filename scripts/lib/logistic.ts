import { probability } from '../../src/ml/linear.js';

export interface Example {
  features: number[];
  positive: boolean;
  /** How much this example counts in the loss (default 1). */
  weight?: number;
}

export interface FitOptions {
  buckets: number;
  epochs: number;
  /** L2 strength. */
  lambda: number;
  /** AdaGrad base rate. */
  rate: number;
  /** Seed of the shuffle, so that a run can be repeated. */
  seed: number;
}

/**
 * Logistic regression over hashed feature buckets by AdaGrad with L2, the examples shuffled each
 * epoch by a seeded generator (the same data and options always give the same weights). Shared
 * by `npm run train:causal` and `npm run train:cues`.
 */
export function fitLogistic(examples: readonly Example[], options: FitOptions & { runs?: number }): { weights: Float32Array; bias: number } {
  const runs = options.runs ?? 1;
  if (runs > 1) {
    // The mean of fits under several shuffles: one shuffle's order moves the weights more than a few examples do.
    const weights = new Float32Array(options.buckets);
    let bias = 0;
    for (let r = 0; r < runs; r++) {
      const one = fitLogistic(examples, { ...options, runs: 1, seed: options.seed + r });
      for (let i = 0; i < weights.length; i++) weights[i]! += one.weights[i]! / runs;
      bias += one.bias / runs;
    }
    return { weights, bias };
  }
  const weights = new Float32Array(options.buckets);
  const g2 = new Float32Array(options.buckets).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = [...examples];
  let seed = options.seed;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const g = (probability({ weights, bias }, e.features) - (e.positive ? 1 : 0)) * (e.weight ?? 1);
      for (const f of e.features) {
        const grad = g + options.lambda * weights[f]!;
        g2[f]! += grad * grad;
        weights[f]! -= (options.rate * grad) / Math.sqrt(g2[f]!);
      }
      biasG2 += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}
