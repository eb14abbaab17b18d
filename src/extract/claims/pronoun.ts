/**
 * Who a "he" or "she" that speaks is: a trained choice among the people the article has named
 * before it. The rules in speaker.ts give one answer (the previous sentence's speaker, the
 * sentence's subject, the last person named, an unnamed source described before); on the readers'
 * real pages that answer was wrong for about a third of such claims, most often on features and
 * profiles, where the "she" is the person the story is about and not the last one named
 * ("Her favourite past-time is … and as to her “Fav Ex,” she wrote"), or where the person named
 * last was the one spoken to ("… told Cook. “You guys have done such a good job,” he said").
 *
 * Each candidate (a person named in the last few sentences, an earlier claim's speaker, the rules'
 * answer) is scored by a logistic regression over a few dozen features: how far back and how
 * often it was named, whether it was a subject, whether its gender fits, whether it spoke just
 * before, whether it is the rules' answer, where the pronoun stands. The best-scoring candidate
 * is the speaker, unless its gender clashes with the pronoun's; where the rules found nobody, only
 * when the model is sure enough (its threshold). A source the rules describe and do not name ("a
 * doctor from Hebron") stays theirs. Trained by `npm run train:pronouns` on the claims newsbrief finds on the real
 * pages readers annotated (the reserve fifth left out); the weights ship in models/pronouns.bin
 * (hashed feature buckets, no text).
 */
import { hashString } from '../../ml/hash.js';
import { probability, readLinear, type LinearModel } from '../../ml/linear.js';
import { modelPath, once } from '../../ml/models.js';
import type { AnnotatedArticle, Claim } from '../../types.js';
import type { Gender, NameCoreference, PersonMention } from '../coreference.js';

/** Feature buckets (2^12): 16 kB of weights. */
export const PRONOUN_BUCKETS = 1 << 12;
export const PRONOUN_MAGIC = 'NBPRN001';

/** `thresholds[0]`: the probability a candidate needs where the rules named nobody. */
export type PronounModel = LinearModel;

/** The shipped model, loaded on first use. */
export const pronounModel = once((): PronounModel => readLinear(modelPath('pronouns'), PRONOUN_MAGIC, 1));

/** How many sentences back a person named is still a candidate. */
const CANDIDATE_SENTENCES = 5;
/** How many person mentions before the pronoun its history reads (how often, how lately each was named). */
const HISTORY_MENTIONS = 400;
/** How many sentences back an earlier claim's speaker counts as having just spoken. */
const SPOKE_SENTENCES = 3;

/** The pronouns the model reads: a person's, singular. */
const PERSON_PRONOUN = /^(?:he|she)$/i;

export interface PronounCandidate {
  name: string;
  /** The features as words (for reading and testing) and as the model's buckets. */
  words: string[];
  features: number[];
  /** Its gender (as the article shows it) is not the pronoun's. */
  clash: boolean;
}

/** A verb of telling or a preposition (and a title) right before a name: the person is spoken to, not speaking. */
const OBJECT_BEFORE_NAME = /\b(?:told|tells|telling|asked|asks|to|with|by|for|of|from|against|about)\s+(?:(?:the\s+)?(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Sen|Rep|Gov|President|Prime Minister|Minister|Secretary|Chancellor|Judge|Justice)\.?\s+)?$/i;
const OBJECT_LOOKBACK = 32;

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `>${edges[edges.length - 1]}`;
};

/** Where the pronoun stands in its sentence: opening it, right after a quotation ("…,” she said), or inside it. */
function position(text: string, sentenceStart: number, at: number): 'open' | 'quote' | 'mid' {
  const before = text.slice(sentenceStart, at);
  if (/^[^\p{L}\p{N}]*(?:(?:but|and|so|yet|now|then|still|later|also)[^\p{L}\p{N}]+)?$/iu.test(before)) return 'open';
  return /[”"’'][\s,]*$/.test(before) ? 'quote' : 'mid';
}

/**
 * The candidates for a claim whose speaker is written "he" or "she", each with its features, or
 * null when the claim's speaker is no such pronoun or a description the rules kept. `earlier`: the
 * claims found before it (the first `count` of the list).
 */
export function pronounCandidates(claim: Claim, earlier: readonly Claim[], annotated: AnnotatedArticle, coreference: NameCoreference, count = earlier.length): PronounCandidate[] | null {
  const mention = claim.speakerMention;
  if (!mention || !PERSON_PRONOUN.test(mention.text)) return null;
  // A source the rules describe and do not name is theirs.
  if (claim.speaker && !coreference.isPerson(claim.speaker)) return null;
  const text = annotated.article.text;
  const sentence = annotated.sentences[claim.sentence]!;
  const pronoun = mention.text.toLowerCase();
  const gender: Gender = pronoun === 'he' ? 'm' : 'f';
  const pos = position(text, sentence.start, mention.start);
  const people = coreference.peopleBefore(mention.start, HISTORY_MENTIONS);
  // Per person: mentions so far, the last one, and whether the last one opened its sentence's people.
  const seen = new Map<string, { count: number; last: PersonMention; firstInSentence: boolean }>();
  let previous: PersonMention | null = null;
  for (const p of people) {
    const firstInSentence = !previous || previous.sentence !== p.sentence;
    const had = seen.get(p.name);
    seen.set(p.name, { count: (had?.count ?? 0) + 1, last: p, firstInSentence });
    previous = p;
  }
  const mostNamed = [...seen.values()].sort((a, b) => b.count - a.count);
  const salience = new Map(mostNamed.map((x, i) => [x.last.name, i + 1]));
  // The speakers of the claims just before, nearest first.
  const spoke = new Map<string, number>();
  let lastSpeaker: string | null = null;
  for (let i = count - 1; i >= 0; i--) {
    const c = earlier[i]!;
    if (c.sentence < claim.sentence - SPOKE_SENTENCES) break;
    if (c.kind === 'factual' || !c.speaker || c.start >= claim.start) continue;
    lastSpeaker ??= c.speaker;
    if (!spoke.has(c.speaker)) spoke.set(c.speaker, claim.sentence - c.sentence);
  }
  const names = new Set<string>();
  for (const [name, x] of seen) if (x.last.sentence >= claim.sentence - CANDIDATE_SENTENCES) names.add(name);
  for (const name of spoke.keys()) if (coreference.isPerson(name)) names.add(name);
  if (claim.speaker) names.add(claim.speaker);
  if (names.size === 0) return [];
  // Recency rank by last mention.
  const byRecency = [...names].filter((n) => seen.has(n)).sort((a, b) => seen.get(b)!.last.start - seen.get(a)!.last.start);
  const recency = new Map(byRecency.map((n, i) => [n, i + 1]));
  return [...names].map((name) => {
    const x = seen.get(name);
    const known = coreference.genderOf(name) ?? x?.last.gender ?? null;
    const fits = !known ? 'unknown' : known === gender ? 'fits' : 'clash';
    const rule = name === claim.speaker;
    const distance = x ? bucket(claim.sentence - x.last.sentence, [0, 1, 2, 3]) : 'none';
    const rank = recency.has(name) ? bucket(recency.get(name)!, [1, 2, 3]) : 'none';
    const spokeAt = spoke.has(name) ? String(spoke.get(name)) : 'no';
    const sal = salience.has(name) ? bucket(salience.get(name)!, [1, 2, 3]) : 'none';
    const count = x ? bucket(x.count, [1, 3, 7]) : '0';
    // "… told Cook": a person named right after a verb of telling or a preposition was spoken to.
    const object = x ? OBJECT_BEFORE_NAME.test(text.slice(Math.max(0, x.last.start - OBJECT_LOOKBACK), x.last.start)) : false;
    const features = [
      'bias',
      `rule=${rule}`,
      `rule|pos=${rule}|${pos}`,
      `fits=${fits}`,
      `fits|pron=${fits}|${pronoun}`,
      `dist=${distance}`,
      `dist|pos=${distance}|${pos}`,
      `rank=${rank}`,
      `rank|pos=${rank}|${pos}`,
      `subject=${x?.last.subject ?? 'none'}`,
      `subject|dist=${x?.last.subject ?? 'none'}|${distance}`,
      `first=${x?.firstInSentence ?? 'none'}|${distance}`,
      `spoke=${spokeAt}`,
      `spoke|pos=${spokeAt}|${pos}`,
      `last=${name === lastSpeaker}`,
      `last|pos=${name === lastSpeaker}|${pos}`,
      `sal=${sal}`,
      `sal|dist=${sal}|${distance}`,
      `count=${count}`,
      `object=${object}`,
      `person=${coreference.isPerson(name)}`,
      `rule|fits=${rule}|${fits}`,
    ];
    return { name, words: features, features: features.map((f) => hashString(f) % PRONOUN_BUCKETS), clash: fits === 'clash' };
  });
}

/**
 * The speaker the model chooses for a claim with these candidates: the best-scoring one whose
 * gender fits; where the rules named nobody (`rule` null), only when its probability reaches the
 * model's threshold. Null: keep the rules' answer.
 */
export function chosenSpeaker(model: PronounModel, candidates: readonly PronounCandidate[], rule: string | null): string | null {
  let best: PronounCandidate | null = null;
  let top = -Infinity;
  for (const c of candidates) {
    if (c.clash && c.name !== rule) continue;
    const p = probability(model, c.features);
    if (p > top) {
      top = p;
      best = c;
    }
  }
  if (!best || (rule === null && top < (model.thresholds[0] ?? 0.5))) return null;
  return best.name;
}

/**
 * The claims with each "he" or "she" speaker chosen again by the model. Each claim's candidates
 * read the rules' claims before it (as training reads them), not the model's choices.
 */
export function choosePronounSpeakers(claims: readonly Claim[], annotated: AnnotatedArticle, coreference: NameCoreference, model: PronounModel): Claim[] {
  return claims.map((claim, i) => {
    const candidates = claim.kind === 'factual' ? null : pronounCandidates(claim, claims, annotated, coreference, i);
    const chosen = candidates && candidates.length > 0 ? chosenSpeaker(model, candidates, claim.speaker) : null;
    return chosen && chosen !== claim.speaker ? { ...claim, speaker: chosen } : claim;
  });
}
