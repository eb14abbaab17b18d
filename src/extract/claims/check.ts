/**
 * Is this candidate an attribution at all? The rules (attribute.ts, closing.ts) find a cue, a speaker and a
 * content; this classifier looks at the candidate whole — what kind of word the speaker is (a
 * name, a pronoun, a description such as "officials", a thing such as "oil prices" or "the
 * coupe", nothing), the cue, where the content stands and how it opens — and drops the ones that
 * report nothing ("All told, …", "Employees need to be shuffled around", "The coupe mimics …").
 *
 * A logistic regression over hashed features, trained by `npm run train:claims` on the
 * candidates the rules find in PolNeAR dev less a reserve fifth (positive: the candidate's
 * content matches an annotated attribution, as bench:claims matches them); the weights ship in
 * models/claims.bin (hashed buckets only, no text). Its threshold is the one cross-validation
 * chose for the whole claims pipeline.
 */
import { lexicon } from '../cue-model.js';
import { PRONOUNS } from '../../data/claims.js';
import { hashString } from '../../ml/hash.js';
import { probability, readLinear, type LinearModel } from '../../ml/linear.js';
import { modelPath, once } from '../../ml/models.js';
import type { Mention, Sentence, Span, TextSpan, Token } from '../../types.js';
import { entityModel } from '../../nlp/ner/index.js';
import { FINE_BITS } from '../../nlp/ner/clusters.js';
import { firstFrom } from '../spans.js';

/** Feature buckets (2^16): 256 kB of weights. */
export const CLAIM_BUCKETS = 1 << 16;
export const CLAIM_MAGIC = 'NBCLM001';

export interface ClaimModel extends LinearModel {
  /** [threshold]: a candidate scoring at least this is a claim. */
  thresholds: [number];
}

/** The shipped model, loaded on first use. */
export const claimModel = once((): ClaimModel => readLinear(modelPath('claims'), CLAIM_MAGIC, 1) as ClaimModel);

/** What the rules found: the cue, the speaker's words (or none) and the content. */
export interface Candidate {
  cue: TextSpan;
  speaker: TextSpan | null;
  content: Span;
  kind: string;
}

/** The tokens inside a span, found by binary search (a run-on sentence has thousands of tokens and of candidates). */
function tokensIn(t: Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstFrom(t, span.start); i < t.length && t[i]!.start < span.end; i++) if (t[i]!.end <= span.end) out.push(t[i]!);
  return out;
}

/** Whether a sentence is a headline in title case, once per sentence. */
const titleCased = new WeakMap<Sentence, boolean>();
function inTitleCase(s: Sentence): boolean {
  let known = titleCased.get(s);
  if (known === undefined) {
    const words = s.tokens.filter((x) => x.kind === 'word' && x.text.length > 3);
    known = words.length >= 4 && words.every((x) => /^\p{Lu}/u.test(x.text));
    titleCased.set(s, known);
  }
  return known;
}

/** What the speaker is: a name and its type, a pronoun, a description by its head word (and that word's cluster), or none. */
function speakerKind(c: Candidate, tokens: Token[], names: Mention[]): { kind: string; head: string; cluster: number } {
  if (!c.speaker) return { kind: 'none', head: '', cluster: -2 };
  const words = tokensIn(tokens, c.speaker).filter((x) => x.kind === 'word');
  const last = words[words.length - 1];
  const lower = c.speaker.text.toLowerCase();
  if (PRONOUNS.has(lower)) return { kind: `pron`, head: lower, cluster: -2 };
  const name = names.find((m) => m.start >= c.speaker!.start && m.end <= c.speaker!.end);
  if (name) return { kind: `name:${name.type}`, head: name.end === c.speaker.end ? 'end' : 'inside', cluster: -2 };
  if (!last) return { kind: 'symbol', head: '', cluster: -2 };
  // The description's head noun is the word before its first preposition ("people familiar with …").
  const pre = words.findIndex((x, i) => i > 0 && x.pos === 'ADP');
  const head = pre > 0 ? words[pre - 1]! : last;
  const capital = /^\p{Lu}/u.test(head.text) ? 'cap' : 'low';
  // Words used alike share a cluster: "researchers", "scientists" and "officials" beside each
  // other, "damage" and "wildlife" elsewhere; a head PolNeAR never had as a speaker still reads.
  return { kind: `desc:${head.pos}:${capital}`, head: head.lemma.toLowerCase(), cluster: entityModel().clusters.of(head.normal) };
}

/** Hashed features of a candidate claim in its sentence; `names` are the sentence's names. */
export function claimFeatures(s: Sentence, c: Candidate, names: Mention[]): number[] {
  const t = s.tokens;
  const cueTokens = tokensIn(t, c.cue);
  const cueWord = cueTokens.filter((x) => x.pos === 'VERB' || x.kind === 'word').pop() ?? cueTokens[0];
  const cue = cueWord ? cueWord.lemma.toLowerCase() : c.cue.text.toLowerCase();
  const multi = cueTokens.length > 1 ? c.cue.text.toLowerCase() : '';
  const passive = cueTokens.length > 1 && /^(?:is|are|was|were|be|been|being)$/i.test(cueTokens[0]!.text);
  const { kind: spk, head, cluster } = speakerKind(c, t, names);
  const coarse = cluster < 0 ? cluster : cluster >> FINE_BITS;
  const content = tokensIn(t, c.content);
  const words = content.filter((x) => x.kind === 'word').length;
  const size = words <= 3 ? 's' : words <= 8 ? 'm' : words <= 20 ? 'l' : 'x';
  const first = content[0];
  const order = c.content.start >= c.cue.end ? 'after' : c.content.end <= c.cue.start ? 'before' : 'around';
  const speakerFirst = c.speaker ? tokensIn(t, c.speaker)[0] : undefined;
  const cueIndex = cueWord ? firstFrom(t, cueWord.start) : -1;
  const n1 = cueIndex >= 0 ? t[cueIndex + 1] : undefined;
  // What the content is: a clause with a verb of its own ("Clinton had helped …"), an
  // infinitive ("to limit immigration"), or a bare phrase ("him a question", "recently", "the
  // pledge at a conference"): a verb with a bare object reports nothing.
  const verbs = content.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const shape = verbs ? (first?.normal === 'to' ? 'inf' : 'clause') : 'phrase';
  // A headline in title case ("Rubio Responds To Question About …") is no sentence.
  const titleCase = inTitleCase(s);
  const f = [
    'bias',
    `shape=${shape}`,
    `shape|lex=${shape}|${lexicon(cue)}`,
    `shape|size=${shape}|${size}`,
    `shape|cue=${shape}|${cue}`,
    `titleCase=${titleCase}`,
    `kind=${c.kind}`,
    `cue=${cue}`,
    `multi=${multi}`,
    `lex=${lexicon(cue)}`,
    `passive=${passive}`,
    `spk=${spk}`,
    `head=${head}`,
    `spk|cue=${spk}|${cue}`,
    `spk|lex=${spk}|${lexicon(cue)}`,
    `head|lex=${head}|${lexicon(cue)}`,
    `spk0=${speakerFirst?.normal ?? ''}`,
    `size=${size}`,
    `order=${order}`,
    `order|spk=${order}|${spk}`,
    `c0=${first?.normal ?? ''}`,
    `c0p=${first?.pos ?? ''}`,
    `cue|c0=${cue}|${first?.normal ?? ''}`,
    `n1=${n1?.normal ?? ''}`,
    `cue|n1=${cue}|${n1?.normal ?? ''}`,
    `cueForm=${cueWord?.normal ?? ''}`,
    `quoted=${/[“”"]/.test(s.text)}`,
    `role=${s.role}`,
    `hc=${cluster}`,
    `hcc=${coarse}`,
    `hcc|lex=${coarse}|${lexicon(cue)}`,
    `cuec=${cueWord ? entityModel().clusters.of(cueWord.normal) : -2}`,
  ];
  return f.map((x) => hashString(x) % CLAIM_BUCKETS);
}

/** A claim's candidate as the classifier reads it. */
export function candidateOf(claim: { cue: string | null; cueSpan: Span | null; speakerMention: TextSpan | null; content: Span; kind: string }): Candidate {
  const cueSpan = claim.cueSpan ?? { start: claim.content.start, end: claim.content.start };
  return { cue: { ...cueSpan, text: claim.cue ?? '' }, speaker: claim.speakerMention, content: claim.content, kind: claim.kind };
}

/** Whether the classifier keeps a candidate claim. */
export function isClaim(model: ClaimModel, s: Sentence, claim: Parameters<typeof candidateOf>[0], names: Mention[]): boolean {
  return probability(model, claimFeatures(s, candidateOf(claim), names)) >= model.thresholds[0];
}
