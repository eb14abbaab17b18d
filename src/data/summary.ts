/**
 * Weights of the summary ranker's signals. Each signal is in [0, 1]; a sentence's score is the
 * weighted sum. See `src/extract/summary/signals.ts` for what each signal measures.
 */
export const SUMMARY_WEIGHTS = {
  /** News puts the most important facts first (the inverted pyramid): Lead-3 is the baseline to beat. */
  position: 1.0,
  /** A paragraph's first sentence carries its topic. */
  paragraphLead: 0.25,
  /** Sentences that share the article's vocabulary (TF-IDF cosine with the whole text) are central. */
  centrality: 0.6,
  /** Sentences that repeat the headline's words restate the story. */
  title: 0.35,
  /** Names and figures make a sentence informative. */
  density: 0.15,
  /** Very short and very long sentences summarise badly. */
  length: 0.2,
} as const;

export type SummarySignal = keyof typeof SUMMARY_WEIGHTS;

/** Default number of summary sentences. */
export const DEFAULT_SUMMARY_SENTENCES = 3;
/** Sentences shorter than this (in words) are never summary sentences. */
export const MIN_SUMMARY_WORDS = 5;
/** Two summary sentences more similar than this (cosine) say the same thing; the second is skipped. */
export const REDUNDANCY_THRESHOLD = 0.6;
