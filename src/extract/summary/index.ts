import { DEPENDENT_OPENERS } from '../../data/cues.js';
import {
  DEFAULT_SUMMARY_SENTENCES,
  MIN_SUMMARY_WORDS,
  REDUNDANCY_THRESHOLD,
  SUMMARY_WEIGHTS,
  type SummarySignal,
} from '../../data/summary.js';
import type { AnnotatedArticle, Sentence, SummaryOptions } from '../../types.js';
import { cosine, idf, tfidf, add, terms, type Vector } from './vectors.js';

export interface Ranked {
  sentence: Sentence;
  /** Can be a summary sentence at all (body text, long enough, has a verb, not a plug). */
  eligible: boolean;
  score: number;
  signals: Record<SummarySignal, number>;
  vector: Vector;
  words: number;
}

const BODY_ROLES = new Set(['body', 'quote', 'list-item']);
/** Closing plugs and calls to action are not summary material: "For more insights…, visit …". */
const PLUG = /^(?:for more\b|to read more\b|click\b|visit\b|follow\b|subscribe\b|sign up\b|read more\b|get the latest\b|watch\b.*\bvideo\b)/i;

export function wordsIn(s: Sentence): number {
  let n = 0;
  for (const t of s.tokens) if (t.kind === 'word' || t.kind === 'number') n++;
  return n;
}

function isEligible(s: Sentence, words: number): boolean {
  if (!BODY_ROLES.has(s.role) || words < MIN_SUMMARY_WORDS) return false;
  if (!s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return !PLUG.test(s.text);
}

/** Scores every sentence of the article by the weighted signals of `SUMMARY_WEIGHTS`. */
export function rank(annotated: AnnotatedArticle): Ranked[] {
  const { sentences, mentions } = annotated;
  const termLists = sentences.map(terms);
  const weights = idf(termLists);
  const vectors = termLists.map((list) => tfidf(list, weights));
  const words = sentences.map(wordsIn);
  const eligible = sentences.map((s, i) => isEligible(s, words[i]!));

  const doc: Vector = new Map();
  sentences.forEach((s, i) => (BODY_ROLES.has(s.role) ? add(doc, vectors[i]!) : undefined));
  const titleSentence = sentences.find((s) => s.role === 'title');
  const titleTerms = new Set(titleSentence ? termLists[titleSentence.index] : []);

  const namesPer = new Array<number>(sentences.length).fill(0);
  for (const m of mentions) namesPer[m.sentence] = (namesPer[m.sentence] ?? 0) + 1;

  let bodyPosition = 0;
  return sentences.map((s, i) => {
    const position = eligible[i] ? bodyPosition++ : bodyPosition;
    const n = words[i]!;
    const own = termLists[i]!;
    const signals: Record<SummarySignal, number> = {
      position: 1 / Math.sqrt(1 + position),
      paragraphLead: s.inBlock === 0 ? 1 : 0,
      centrality: cosine(vectors[i]!, doc),
      title: titleTerms.size === 0 ? 0 : own.filter((t) => titleTerms.has(t)).length / titleTerms.size,
      density: Math.min(1, (namesPer[i] ?? 0) / Math.max(1, n / 8)),
      length: n < 8 ? n / 8 : n > 45 ? Math.max(0, 1 - (n - 45) / 45) : 1,
    };
    let score = 0;
    for (const key of Object.keys(SUMMARY_WEIGHTS) as SummarySignal[]) {
      signals[key] *= SUMMARY_WEIGHTS[key];
      score += signals[key];
    }
    return { sentence: s, eligible: eligible[i]!, score: eligible[i] ? score : 0, signals, vector: vectors[i]!, words: n };
  });
}

/** Opens with a pronoun or connective that needs the sentence before it. */
export function isDependent(s: Sentence): boolean {
  const first = s.tokens.find((t) => t.kind === 'word');
  return !!first && DEPENDENT_OPENERS.has(first.normal);
}

/**
 * Picks summary sentences by score within the budget (sentences, words or ratio), skipping one
 * that repeats a chosen one, and never leaving a dependent sentence without its predecessor: it is
 * taken with its antecedent when the budget allows, or passed over. Returns indexes in document order.
 */
export function select(ranked: Ranked[], options: SummaryOptions = {}): number[] {
  const candidates = ranked.filter((r) => r.eligible);
  if (candidates.length === 0) return [];
  const maxSentences = options.words
    ? Infinity
    : options.ratio
      ? Math.max(1, Math.round(options.ratio * candidates.length))
      : (options.sentences ?? DEFAULT_SUMMARY_SENTENCES);
  const maxWords = options.words ?? Infinity;

  const chosen = new Set<number>();
  let words = 0;
  const fits = (extraSentences: number, extraWords: number): boolean =>
    chosen.size + extraSentences <= maxSentences && (words + extraWords <= maxWords || chosen.size === 0);
  const redundant = (r: Ranked): boolean => [...chosen].some((i) => cosine(ranked[i]!.vector, r.vector) > REDUNDANCY_THRESHOLD);
  const previousEligible = (index: number): Ranked | null => {
    for (let i = index - 1; i >= 0; i--) {
      const r = ranked[i]!;
      if (BODY_ROLES.has(r.sentence.role)) return r;
    }
    return null;
  };

  const order = [...candidates].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  for (const r of order) {
    if (chosen.size >= maxSentences) break;
    const i = r.sentence.index;
    if (chosen.has(i) || redundant(r)) continue;
    if (isDependent(r.sentence)) {
      const antecedent = previousEligible(i);
      if (!antecedent || !chosen.has(antecedent.sentence.index)) {
        if (!antecedent || !antecedent.eligible || isDependent(antecedent.sentence) || !fits(2, r.words + antecedent.words)) continue;
        chosen.add(antecedent.sentence.index);
        words += antecedent.words;
      }
    }
    if (!fits(1, r.words)) {
      if (maxWords === Infinity) break;
      continue;
    }
    chosen.add(i);
    words += r.words;
  }
  return [...chosen].sort((a, b) => a - b);
}
