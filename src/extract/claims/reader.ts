/**
 * Would a reader of the page mark this claim as an attribution? The claim check (check.ts) learned
 * what PolNeAR annotates: campaign politics, where intentions, evaluations and acts ("agreed to
 * invest", "called it PageRank", "presented an obstacle") count. Readers of real pages of every
 * genre mark fewer, most of all on pages written in the writer's own voice (features, opinion,
 * analysis, listicles, press releases). This second check reads the same features of a claim the
 * first one does, and what the first one made of it, the page's genre, the claim's kind and what
 * its speaker is, and drops the claims readers do not mark. A sports page's recaps tell what
 * players "showed", "delivered" and "wanted", acts PolNeAR would mark and readers do not.
 *
 * Pages built of reported speech (hard news, live blogs, Q&A) are read with a threshold of their
 * own, a low one: there the two annotations part. PolNeAR's own articles read as hard news, and it
 * counts political acts as attributions ("endorsed", "voted", "attacked", "referring to") that
 * readers of real pages do not; the higher the threshold, the more of both go (see
 * SPEECH_THRESHOLD in the training script).
 *
 * A logistic regression over hashed features, trained by `npm run train:claims-real` on the
 * attributed claims newsbrief finds on the real pages readers annotated (positive: the claim's
 * content matches an attribution the reader lists, as bench:real matches them), a reserve fifth of
 * the pages left out; the weights ship in models/claims-real.bin (hashed buckets only, no text).
 * The threshold is the one cross-validation by page chose.
 */
import { hashString } from '../../ml/hash.js';
import { probability, readLinear, type LinearModel } from '../../ml/linear.js';
import { modelPath, once } from '../../ml/models.js';
import type { AnnotatedArticle, Claim, EntityType, Genre, Mention } from '../../types.js';
import { NAME_TYPES } from '../../vocabulary.js';
import type { NameCoreference } from '../coreference.js';
import { candidateOf, claimFeatures, type ClaimModel } from './check.js';

/** Feature buckets (2^16): 256 kB of weights. */
export const READER_BUCKETS = 1 << 16;
export const READER_MAGIC = 'NBCRD002';

export interface ReaderModel extends LinearModel {
  /** [own voice, reported speech]: a claim scoring under its page's threshold is dropped. */
  thresholds: [number, number];
}

/** The shipped model, loaded on first use. */
export const readerModel = once((): ReaderModel => readLinear(modelPath('claimsReal'), READER_MAGIC, 2) as ReaderModel);

/** What the check reads beside the claim: the page's genre, the claim check, and the page's names. */
export interface ReaderContext {
  annotated: AnnotatedArticle;
  genre: Genre;
  check: ClaimModel;
  coreference: NameCoreference;
}

/** The type of the entity a speaker names, `desc` for a description ("officials"), `none` without one. */
function speakerType(claim: Claim, coreference: NameCoreference): EntityType | 'desc' | 'none' {
  if (!claim.speaker) return 'none';
  return coreference.clusters.find((c) => c.name === claim.speaker)?.type ?? 'desc';
}

/** A page's name mentions by sentence, built once per page (a long page holds many claims). */
const namesBySentence = new WeakMap<AnnotatedArticle, Map<number, Mention[]>>();
function namesIn(annotated: AnnotatedArticle, sentence: number): Mention[] {
  let bySentence = namesBySentence.get(annotated);
  if (!bySentence) {
    bySentence = new Map();
    for (const m of annotated.mentions) {
      if (!NAME_TYPES.has(m.type)) continue;
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    namesBySentence.set(annotated, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

/** Hashed features of an attributed claim. */
export function readerFeatures(claim: Claim, context: ReaderContext): number[] {
  const { annotated, genre, check, coreference } = context;
  const s = annotated.sentences[claim.sentence]!;
  const names = namesIn(annotated, s.index);
  const base = claimFeatures(s, candidateOf(claim), names);
  const prior = probability(check, base);
  const extra = [
    `genre=${genre}`,
    `kind|genre=${claim.kind}|${genre}`,
    `prior=${Math.floor(prior * 10)}`,
    `speaker=${speakerType(claim, coreference)}`,
    `cue|genre=${(claim.cue ?? '').toLowerCase()}|${genre}`,
  ];
  return [...base.map((f) => f % READER_BUCKETS), ...extra.map((x) => hashString(x) % READER_BUCKETS)];
}

/**
 * The genres built of reported speech, read with the model's second, lower threshold. (Until the
 * thirty-fifth round they were not read at all; sports was among them until the twenty-fourth.)
 */
const REPORTED_SPEECH_GENRES: ReadonlySet<Genre> = new Set<Genre>(['hard-news', 'live-blog', 'qa']);
export const REPORTED_SPEECH = (genre: Genre): boolean => REPORTED_SPEECH_GENRES.has(genre);

/**
 * Whether a claim may be printed without a speaker. On hard news it may ("is expected to", a
 * question asked at a briefing: PolNeAR marks such attributions, 306 of the 354 speakerless ones
 * in a third of its dev set). Elsewhere readers mark none: on the real pages of other genres,
 * 27 of the 62 speakerless claims matched no attribution ("[asked] about his approach to running
 * the company", "[calling] more blood") and the other 35 had a speaker newsbrief missed.
 */
export const SPEAKERLESS_GENRE = (genre: Genre): boolean => genre === 'hard-news';

/** Whether a reader would mark an attributed claim (unattributed "factual" claims are not read here). */
export function readerKeeps(model: ReaderModel, claim: Claim, context: ReaderContext): boolean {
  return claim.kind === 'factual' || probability(model, readerFeatures(claim, context)) >= model.thresholds[REPORTED_SPEECH(context.genre) ? 1 : 0];
}
