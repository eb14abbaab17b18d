/** Scoring helpers for the claims benchmark (PolNeAR), with their own unit tests. */

export interface Range {
  start: number;
  end: number;
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Two spans match when they overlap by at least half of the shorter one. */
export function matches(a: Range, b: Range): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap(a, b) >= 0.5 * shorter;
}

/** One-to-one matching of predicted to gold spans, largest overlap first. Returns [predicted, gold] index pairs. */
export function matchSpans(predicted: Range[], gold: Range[]): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => (matches(p, g) ? candidates.push([overlap(p, g), i, j]) : undefined)));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'who', 'whom', 'which', 'that', 'this', 'these', 'those', 'his', 'its', 'their', 'one', 'someone', 'some']);
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', 'mr', 'mrs', 'ms', 'dr', 's']);

export function isPronoun(mention: string): boolean {
  return PRONOUNS.has(mention.trim().toLowerCase());
}

const contentWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

/** The predicted speaker names the gold source: they share a content word ("Pat Caddell" ~ "longtime pollster Pat Caddell"). */
export function sharesContentWord(predicted: string, gold: string): boolean {
  const g = contentWords(gold);
  for (const w of contentWords(predicted)) if (g.has(w)) return true;
  return false;
}
