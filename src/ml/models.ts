/**
 * Where the trained models live and how they are loaded: each file in the package's models/
 * folder is read once, on first use, by the component that needs it. Training code writes the
 * same paths (scripts/train-*.ts).
 */
import { fileURLToPath } from 'node:url';

/** The shipped model files: the entity tagger and its word clusters, the attribution-cue classifier, the claim check, the causal-sentence classifier, the name check, the readers' claim check, the readers' implication check, the genre of a page without signals, who a speaking "he" or "she" is, the readers' summary check. */
export const MODEL_FILES = {
  entities: 'entities.bin',
  clusters: 'clusters.bin',
  cues: 'cues.bin',
  claims: 'claims.bin',
  causal: 'causal.bin',
  names: 'names.bin',
  claimsReal: 'claims-real.bin',
  implicationsReal: 'implications-real.bin',
  genre: 'genre.json',
  pronouns: 'pronouns.bin',
  summaryReal: 'summary-real.bin',
} as const;

export type ModelName = keyof typeof MODEL_FILES;

/**
 * A model file's path: models/ is two folders up from this module in the sources (src/ml), in the
 * build (dist/ml) and in the bundled CLI (dist/cli).
 */
export function modelPath(name: ModelName): string {
  return fileURLToPath(new URL(`../../models/${MODEL_FILES[name]}`, import.meta.url));
}

/** A loader that reads its model on first call and keeps it. */
export function once<T>(load: () => T): () => T {
  let model: T | undefined;
  return () => (model ??= load());
}

