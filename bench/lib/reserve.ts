import { hashString } from '../../src/ml/hash.js';

/**
 * The fifth of a benchmark's documents that no trained model sees, by hash of the document id:
 * `npm run train:causal` and `npm run train:cues` leave them out, and `npm run bench:implications`
 * and `npm run bench:claims` report them on their own rows — the honest figures.
 */
export function isReserve(id: string): boolean {
  return hashString(id) % 5 === 0;
}

/** The cross-validation fold (0 … folds − 1) of a document outside the reserve, from the same hash. */
export function foldOf(id: string, folds: number): number {
  return Math.floor(hashString(id) / 5) % folds;
}
