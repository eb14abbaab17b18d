import type { AnnotatedArticle, Genre, Implication, Sentence } from '../types.js';
import { combine, hashString } from '../ml/hash.js';
import { readLinear, type LinearModel } from '../ml/linear.js';
import { modelPath, once } from '../ml/models.js';
import { causalFeatures } from './causal.js';
import { terms } from './summary/vectors.js';

/**
 * Would a reader of the page mark this sentence as one that states a consequence or looks
 * forward? The rules of implications.ts find a sentence by its signal ("led to", "could", "is
 * expected to") and the causal classifier, which learned what the Causal News Corpus calls
 * causal: protests and their triggers. Readers of real pages of every genre mark more ("The civil
 * war has devastated higher education", "a program first", "killed at least two people") and
 * less (a modal in an aside, a cause in a feature's scene-setting). This check reads the causal
 * classifier's features of a sentence (folded into its own buckets), what the rules made of it,
 * the page's genre, where the sentence stands and how much of the headline it holds, and keeps or
 * adds the sentences readers mark.
 *
 * A logistic regression over hashed features, trained by `npm run train:implications-real` on the
 * sentences of the real pages readers annotated (positive: the sentence matches an implication
 * the reader lists, as bench:real matches them), a reserve fifth of the pages left out; the
 * weights ship in models/implications-real.bin (hashed buckets only, no text). Its two thresholds
 * (drop a sentence the rules found; add one they did not) are the ones cross-validation by page chose.
 */

/** Feature buckets (2^17): 512 kB of weights. */
export const IMPLICATION_READER_BUCKETS = 1 << 17;
export const IMPLICATION_READER_MAGIC = 'NBIMR001';

export interface ImplicationReader extends LinearModel {
  /** [drop, add]: a sentence the rules found is dropped under `drop`; one they did not find is added from `add` on. */
  thresholds: [number, number];
}

/** The shipped model, loaded on first use. */
export const implicationReader = once((): ImplicationReader => readLinear(modelPath('implicationsReal'), IMPLICATION_READER_MAGIC, 2) as ImplicationReader);

const SEED = {
  found: hashString('found='),
  genre: hashString('genre='),
  place: hashString('place='),
  role: hashString('role='),
  foundGenre: hashString('found+genre='),
  title: hashString('title='),
} as const;

/** What the check reads of the page around a sentence. */
export interface ReadingContext {
  genre: Genre;
  /** Where each sentence an implication may come from stands in the body, 0 (first) … 1 (last). */
  places: Map<number, number>;
  /** The headline's content words. */
  headline: Set<string>;
}

/** What the rules made of a sentence: nothing, a listed item, a modal forecast (its modal), or a cause and effect. */
export function ruleReading(found: readonly Implication[]): string {
  if (found.length === 0) return 'none';
  const first = found[0]!;
  if (first.kind === 'listed') return 'listed';
  return first.cause || first.effect ? 'causal' : `modal:${first.modality ?? ''}`;
}

/** Hashed feature ids of a sentence as the reader check reads it, with what the rules made of it (ruleReading); `causal`: its causal features, if computed already. */
export function implicationFeatures(s: Sentence, context: ReadingContext, reading: string, causal: readonly number[] = causalFeatures(s)): number[] {
  const out = [...causal];
  const rules = hashString(reading);
  const genre = hashString(context.genre);
  out.push(combine(SEED.found, rules));
  out.push(combine(SEED.genre, genre));
  out.push(combine(combine(SEED.foundGenre, rules), genre));
  // Where it stands in the body: the first tenth, …, the last.
  out.push(combine(SEED.place, Math.min(9, Math.floor((context.places.get(s.index) ?? 0) * 10))));
  out.push(combine(SEED.role, hashString(s.role)));
  // How many of the headline's content words it holds (none, one, two, more): the story's own consequences.
  const shared = new Set(terms(s).filter((t) => context.headline.has(t))).size;
  out.push(combine(SEED.title, Math.min(3, shared)));
  return out.map((h) => h % IMPLICATION_READER_BUCKETS);
}

/** The page around its sentences, as the check reads it. */
export function readingContext(annotated: AnnotatedArticle, genre: Genre): ReadingContext {
  const body = annotated.sentences.filter((s) => s.role === 'body' || s.role === 'quote' || s.role === 'list-item');
  const title = annotated.sentences.find((s) => s.role === 'title');
  return {
    genre,
    places: new Map(body.map((s, i) => [s.index, body.length <= 1 ? 0 : i / (body.length - 1)])),
    headline: new Set(title ? terms(title) : []),
  };
}
