/**
 * What the scripts that fit a brief ranker on the real pages share (`fit:summary -- --real`,
 * `train:summary-real`): the sentences a reader keeps, the tally of brief sentences kept, and the
 * choice of L2 strength by cross-validation over folds of pages.
 */
import { SUMMARY_OVERLAP, textMatches, words } from '../../bench/lib/real-match.js';
import type { SentenceSignals } from '../../src/extract/summary/signals.js';

/** The eligible sentences that match one the reader lists as brief-worthy (`summary_ok`), as bench:real matches them. */
export function briefLabels(summaryOk: readonly string[], signals: readonly SentenceSignals[]): Set<number> {
  const ok = summaryOk.map(words);
  return new Set(signals.filter((s) => s.eligible && ok.some((o) => textMatches(words(s.sentence.text), o, SUMMARY_OVERLAP))).map((s) => s.sentence.index));
}

/** Brief sentences printed, and how many of them a reader keeps. */
export interface Kept {
  kept: number;
  printed: number;
}

export const pct = (k: Kept): string => `${((100 * k.kept) / Math.max(1, k.printed)).toFixed(1)} (${k.kept}/${k.printed})`;

/**
 * The L2 strength whose models, each fitted on the other folds, keep the largest share on the
 * fold left out (ties to the first), with that cross-validated tally; each strength's is printed.
 */
export function chooseLambda<P extends { fold: number }, M>(
  lambdas: readonly number[],
  folds: number,
  pages: readonly P[],
  fit: (pages: P[], lambda: number) => M,
  kept: (pages: P[], model: M) => Kept,
  what: string,
): { lambda: number; cv: Kept } {
  let best: { lambda: number; cv: Kept } | null = null;
  for (const lambda of lambdas) {
    const cv = { kept: 0, printed: 0 };
    for (let k = 0; k < folds; k++) {
      const f = kept(pages.filter((p) => p.fold === k), fit(pages.filter((p) => p.fold !== k), lambda));
      cv.kept += f.kept;
      cv.printed += f.printed;
    }
    console.log(`λ ${lambda}: ${what} kept, cross-validated ${pct(cv)}`);
    if (!best || cv.kept / cv.printed > best.cv.kept / best.cv.printed) best = { lambda, cv };
  }
  return best!;
}
