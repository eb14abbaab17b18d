/**
 * Is this verb the cue of an attribution? A logistic regression over hashed features of the verb
 * and its neighbours (its lemma, the words and parts of speech around it, a "that", "to" or
 * quotation after it, a name or pronoun before it), trained by `npm run train:cues` on PolNeAR dev
 * less a reserve fifth; the weights ship in models/cues.bin (hashed buckets only, no text).
 *
 * The lexicons in src/data/cues.ts say which verbs are usually cues; this says, in context, when a
 * verb outside them (or one the lexicons call weak) is one: "took aim at", "pushed for", "made the
 * case that". Its threshold is the one cross-validation chose for the whole claims pipeline.
 * (Letting it also veto listed verbs it scores low never helped in cross-validation.)
 */
import { ATTRIBUTION_VERBS, BELIEF_VERBS, CUE_PERSONAL_PRONOUNS, CUE_PREPOSITIONS, WEAK_ATTRIBUTION_VERBS } from '../data/cues.js';
import { hashString } from '../ml/hash.js';
import type { Mention, Token } from '../types.js';
import { probability, readLinear, type LinearModel } from '../ml/linear.js';
import { modelPath, once } from '../ml/models.js';
import { firstFrom } from './spans.js';

/** Feature buckets (2^17): 512 kB of weights; 2^16 cost half a point of cue recall, 2^18 gained nothing. */
export const CUE_BUCKETS = 1 << 17;
export const CUE_MAGIC = 'NBCUE002';

/** Index of a sentence's first closing quotation mark (or its length), once per sentence: a run-on text has one sentence of thousands of verbs. */
const closingQuotes = new WeakMap<Token[], number>();
function firstClosingQuote(t: Token[]): number {
  let at = closingQuotes.get(t);
  if (at === undefined) {
    at = t.findIndex((y) => /^[”"]$/.test(y.text));
    if (at === -1) at = t.length;
    closingQuotes.set(t, at);
  }
  return at;
}

/** Which lexicon a lemma is in: strong, weak, belief or none (a feature of the cue model and the claim check). */
export function lexicon(lemma: string): string {
  return ATTRIBUTION_VERBS.has(lemma) ? 's' : WEAK_ATTRIBUTION_VERBS.has(lemma) ? 'w' : BELIEF_VERBS.has(lemma) ? 'b' : 'n';
}

/** Hashed features of the verb `t[i]` in its sentence; `names` are the sentence's names. */
export function cueFeatures(t: Token[], i: number, names: Mention[]): number[] {
  const x = t[i]!;
  const n1 = t[i + 1];
  const n2 = t[i + 2];
  const p1 = t[i - 1];
  const p2 = t[i - 2];
  const f = [
    'bias', `lex=${lexicon(x.lemma)}`, `l=${x.lemma}`, `w=${x.normal}`, `n1=${n1?.normal}`, `n1p=${n1?.pos}`, `n2p=${n2?.pos}`,
    `l|n1=${x.lemma}|${n1?.normal}`, `l|n1p=${x.lemma}|${n1?.pos}`, `l|n1|n2=${x.lemma}|${n1?.normal}|${n2?.normal}`,
    `p1=${p1?.normal}`, `p1p=${p1?.pos}`, `p2p=${p2?.pos}`, `l|p1p=${x.lemma}|${p1?.pos}`,
    `ing=${/ing$/i.test(x.text)}`, `ed=${/ed$/i.test(x.text)}`,
  ];
  const after = t.slice(i + 1, i + 5);
  if (after.some((y) => y.normal === 'that')) f.push('that-after', `l|that=${x.lemma}`);
  if (after.some((y) => /^[“"]$/.test(y.text))) f.push('quote-after', `l|quote=${x.lemma}`);
  if (after.some((y) => y.normal === 'to')) f.push(`l|to=${x.lemma}`);
  const preposition = after.find((y) => CUE_PREPOSITIONS.test(y.normal));
  if (preposition) f.push(`l|prep=${x.lemma}|${preposition.normal}`);
  if (firstClosingQuote(t) < i) f.push('quote-before');
  const from = t[Math.max(0, i - 4)]!.start;
  // Names are in text order and never overlap: those ending in the four tokens before the verb are just before it.
  const next = firstFrom(names, x.start);
  for (let k = next - 1; k >= 0 && k >= next - 4 && names[k]!.end >= from; k--) {
    const m = names[k]!;
    if (m.end <= x.start && (m.type === 'person' || m.type === 'organization')) {
      f.push('name-before', `l|name=${x.lemma}`);
      break;
    }
  }
  if (t.slice(Math.max(0, i - 4), i).some((y) => y.pos === 'PRON' && CUE_PERSONAL_PRONOUNS.test(y.normal))) f.push('pron-before', `l|pron=${x.lemma}`);
  return f.map((s) => hashString(s) % CUE_BUCKETS);
}

export interface CueModel extends LinearModel {
  /** [threshold]: a verb scoring at least this is a cue. */
  thresholds: [number];
}

/** The shipped model, loaded on first use. */
export const cueModel = once((): CueModel => readLinear(modelPath('cues'), CUE_MAGIC, 1) as CueModel);

/** Probability that the verb `t[i]` is an attribution cue. */
export function cueProbability(model: CueModel, t: Token[], i: number, names: Mention[]): number {
  return probability(model, cueFeatures(t, i, names));
}
