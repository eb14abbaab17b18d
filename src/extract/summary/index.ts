import {
  BRIEF_SHARE,
  BRIEF_WEIGHTS,
  DEFAULT_SUMMARY_SENTENCES,
  FULL_SHARE,
  FULL_WEIGHTS,
  LEDE_HEADLINE_TERMS,
  NOT_LEAD_GENRES,
  OFF_LEAD_WEIGHTS,
  PRONOUN_OPENERS,
  REDUNDANCY_THRESHOLD,
} from '../../data/summary.js';
import type { AnnotatedArticle, Genre, Sentence, SummaryOptions } from '../../types.js';
import { BODY_ROLES } from '../../vocabulary.js';
import { computeSignals, isDependent, MIN_SUMMARY_WORDS, OWN_SUMMARY, SIGNAL_NAMES, wordsIn, type SentenceSignals, type Signal } from './signals.js';
import { cosine, terms } from './vectors.js';
import { summaryFeatures, summaryReader, type SummaryReader } from './reader.js';
import { logOdds } from '../../ml/linear.js';
import { briefGenre } from '../genre.js';

export { isDependent, wordsIn } from './signals.js';

/** Opens on a personal pronoun: "He", "It", "Their …". */
function opensOnPronoun(s: Sentence): boolean {
  const first = s.tokens.find((t) => t.kind === 'word');
  return !!first && PRONOUN_OPENERS.has(first.normal);
}

export interface Ranked extends SentenceSignals {
  score: number;
  /** Each signal's contribution to the score (weight × value), and the readers' check's where it reads the page. */
  signals: Record<Signal, number> & { reader?: number };
}

export type Weights = Record<Signal, number>;


/**
 * Scores every sentence: the weighted sum of its signals (0 for sentences that cannot be summary
 * sentences). The weights depend on how much of the article the summary keeps (see src/data/summary.ts)
 * and on whether the lead is the story (leadIsStory).
 */
export function rank(annotated: AnnotatedArticle, options: SummaryOptions = {}, lead = leadIsStory(annotated), reader: SummaryReader | null = summaryReader()): Ranked[] {
  const signals = computeSignals(annotated);
  const kept = share(signals, options);
  // The writer's own summary comes first: "TL;DR: I turned a tinybox into a private AI server, …".
  const ranked = scoreSignals(signals, weightsForGenre(annotated.article.genre, kept, lead)).map((r) => (r.eligible && OWN_SUMMARY.test(r.sentence.text) ? { ...r, score: r.score + OWN_SUMMARY_BOOST } : r));
  // Where the lead is not the story, the readers' check adds its reading of each sentence to a
  // brief (fading out as the summary grows into a condensed article, which weighs coverage).
  const brief = readerWeight(signals, options);
  if (lead || !reader || brief === 0) return ranked;
  const features = summaryFeatures(signals, briefGenre(annotated));
  return ranked.map((r, i) => {
    if (!r.eligible) return r;
    const read = brief * logOdds(reader, features[i]!);
    return { ...r, score: r.score + read, signals: { ...r.signals, reader: read } };
  });
}

/** What the label adds to a sentence's score: enough to come before every other. */
const OWN_SUMMARY_BOOST = 100;

/**
 * Whether a brief of this page is its lead: only for text without a headline (wire copy, a pasted
 * story; a headline of fewer than LEDE_HEADLINE_TERMS content words counts as none, and a lede off
 * the headline needs one of that many) that the parser does not read as an opinion piece or a live blog. A page with a headline
 * is briefed by the weights fitted on what readers keep (OFF_LEAD_WEIGHTS), whatever its genre. On
 * the 171 hard-news pages whose lead the genre model used to keep, the weights fitted on the other
 * pages alone kept 415 of the readers' sentences where the lead kept 400; refitted on every headed
 * page, the real pages' summary sentences kept went 72.8 → 76.3% (reserve fifth 70.0 → 81.2), BBC
 * ROUGE-1 75.73 → 75.87. CNN/DailyMail's stories, which come without a headline, keep their lead
 * (routed off it, ROUGE-1 fell under Lead-3).
 */
export function leadIsStory(annotated: AnnotatedArticle): boolean {
  // (A headline that asks a question is a headline however few its content words: "Why Hasn't Tutoring Been More Effective?")
  const asked = /\?["'”’]?\s*$/.test(annotated.sentences.find((s) => s.role === 'title')?.text ?? '');
  return !NOT_LEAD_GENRES.has(annotated.article.genre) && !asked && headlineTerms(annotated).size < LEDE_HEADLINE_TERMS;
}

/** The headline's content words (none without a headline). */
function headlineTerms(annotated: AnnotatedArticle): Set<string> {
  const title = annotated.sentences.find((s) => s.role === 'title');
  return new Set(title ? terms(title) : []);
}

/**
 * The first body sentence shares no content word with a headline of LEDE_HEADLINE_TERMS or more:
 * a feature's anecdote ("After a series of lower-paying jobs, Nicole Slemp finally landed one she
 * loved." under "America's child care crisis is holding back moms …"), a column's scene-setting.
 * The lead is then not the story, and the brief takes what readers of such pages keep (OFF_LEAD_WEIGHTS).
 */
export function ledeOffHeadline(annotated: AnnotatedArticle): boolean {
  const headline = headlineTerms(annotated);
  if (headline.size < LEDE_HEADLINE_TERMS) return false;
  const names = new Set(properTerms(annotated.sentences.find((s) => s.role === 'title')!));
  // The article's opening sentence, even one that cannot be a summary sentence itself (an aside in parentheses).
  const lede = annotated.sentences.find((s) => BODY_ROLES.has(s.role) && wordsIn(s) >= MIN_SUMMARY_WORDS);
  return !!lede && !terms(lede).some((t) => headline.has(t)) && !properTerms(lede).some((t) => names.has(t));
}

/**
 * A sentence's proper nouns, case folded and without a plural's -s: a headline's "Marines" is the
 * lede's "Marine Corps" (wink leaves a proper noun's plural as it is; "Fox News" is no "new survey").
 */
function properTerms(s: Sentence): string[] {
  return s.tokens.filter((t) => t.pos === 'PROPN' && t.kind === 'word').map((t) => t.normal.replace(/(?<=\p{L}{3})s$/u, ''));
}

/**
 * The weights for a page of this genre: on a page with a headline, and wherever the lead is not
 * the story (an opinion's thesis, a live blog's key entries, a feature's anecdote), a brief takes
 * what the readers of real pages keep (OFF_LEAD_WEIGHTS, fitted on them); on text without a
 * headline a brief is the lead. A condensed summary weighs coverage of the article; between the
 * two, by the share kept (weightsFor).
 */
export function weightsForGenre(genre: Genre, share: number, leadIsStory = true): Weights {
  return !leadIsStory || NOT_LEAD_GENRES.has(genre) ? weightsFor(share, OFF_LEAD_WEIGHTS, FULL_WEIGHTS) : weightsFor(share);
}

/** The share of the article a summary with these options keeps: of its candidate sentences, or of its words. */
export function share(signals: SentenceSignals[], options: SummaryOptions): number {
  const candidates = signals.filter((s) => s.eligible);
  if (candidates.length === 0) return 0;
  if (options.ratio) return options.ratio;
  if (options.words) return Math.min(1, options.words / Math.max(1, candidates.reduce((n, s) => n + s.words, 0)));
  return Math.min(1, (options.sentences ?? DEFAULT_SUMMARY_SENTENCES) / candidates.length);
}

/**
 * The readers' check learned three-sentence briefs: on longer summaries it is not used (BBC's
 * references, of 3 to 20 sentences, lost 0.45 ROUGE-1 when it ranked every summary, 0.13 up to
 * five sentences, 0.06 up to three).
 */
const READER_MAX_SENTENCES = 3;

/**
 * How much of the readers' check's reading a summary with these options takes: all of it in a brief,
 * less as the summary grows towards a condensed article, none past READER_MAX_SENTENCES.
 */
export function readerWeight(signals: SentenceSignals[], options: SummaryOptions): number {
  return briefLength(signals, options) > READER_MAX_SENTENCES ? 0 : 1 - blend(share(signals, options));
}

/** How many sentences a summary with these options holds, about. */
function briefLength(signals: SentenceSignals[], options: SummaryOptions): number {
  const candidates = signals.filter((s) => s.eligible);
  if (options.ratio) return options.ratio * candidates.length;
  if (options.words) return options.words / Math.max(1, candidates.reduce((n, s) => n + s.words, 0) / Math.max(1, candidates.length));
  return options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
}

/** How far a summary keeping this share is from a brief (0) towards a condensed article (1). */
function blend(share: number): number {
  return Math.min(1, Math.max(0, (share - BRIEF_SHARE) / (FULL_SHARE - BRIEF_SHARE)));
}

/** Brief weights up to BRIEF_SHARE, condensed-article weights from FULL_SHARE, blended between. */
export function weightsFor(share: number, brief: Weights = BRIEF_WEIGHTS, full: Weights = FULL_WEIGHTS): Weights {
  const t = blend(share);
  const out = {} as Weights;
  for (const name of SIGNAL_NAMES) out[name] = brief[name] * (1 - t) + full[name] * t;
  return out;
}

export function scoreSignals(all: SentenceSignals[], weights: Weights): Ranked[] {
  return all.map((s) => {
    const signals = {} as Record<Signal, number>;
    let score = 0;
    for (const name of SIGNAL_NAMES) {
      signals[name] = weights[name] * s.values[name];
      score += signals[name];
    }
    return { ...s, score: s.eligible ? score : 0, signals };
  });
}

/**
 * Picks summary sentences by score within the budget (sentences, words or ratio), skipping one
 * that repeats a chosen one, and never leaving a dependent sentence without its predecessor: it is
 * taken with its antecedent when the budget allows, or passed over. Returns indexes in document order.
 */
export function select(ranked: Ranked[], options: SummaryOptions = {}, redundancy = REDUNDANCY_THRESHOLD): number[] {
  const candidates = ranked.filter((r) => r.eligible);
  if (candidates.length === 0) return [];
  const maxSentences = options.words
    ? Infinity
    : options.ratio
      ? Math.max(1, Math.round(options.ratio * candidates.length))
      : (options.sentences ?? DEFAULT_SUMMARY_SENTENCES);
  const maxWords = options.words ?? Infinity;
  const brief = maxSentences < BRIEF_SHARE * candidates.length;

  const chosen = new Set<number>();
  let words = 0;
  const fits = (extraSentences: number, extraWords: number): boolean =>
    chosen.size + extraSentences <= maxSentences && (words + extraWords <= maxWords || chosen.size === 0);
  const redundant = (r: Ranked): boolean => [...chosen].some((i) => cosine(ranked[i]!.vector, r.vector) > redundancy);
  const previousBody = (index: number): Ranked | null => {
    for (let i = index - 1; i >= 0; i--) if (BODY_ROLES.has(ranked[i]!.sentence.role)) return ranked[i]!;
    return null;
  };

  const order = [...candidates].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  for (const r of order) {
    if (chosen.size >= maxSentences) break;
    const i = r.sentence.index;
    if (chosen.has(i) || redundant(r)) continue;
    // The article's opening sentence has nothing before it to lose ("This is the moment…").
    const antecedent = isDependent(r.sentence) ? previousBody(i) : null;
    // In a brief, a sentence that opens on a pronoun ("It did not reveal …", "They appeared sad")
    // goes on with the lede's subject only right after the lede; further in it needs a sentence
    // of its own to make sense, and two of three places would go to one thread.
    if (brief && antecedent && previousBody(antecedent.sentence.index) && opensOnPronoun(r.sentence)) continue;
    if (antecedent) {
      if (!chosen.has(antecedent.sentence.index)) {
        if (!antecedent.eligible || isDependent(antecedent.sentence) || !fits(2, r.words + antecedent.words)) continue;
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
