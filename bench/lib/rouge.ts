/**
 * ROUGE with the semantics of Google's rouge-score (the scorer the summarisation literature
 * reports): lower-case, every run of characters other than a–z and 0–9 becomes a space, Porter
 * stemming of tokens longer than 3 characters; ROUGE-N over clipped n-gram counts; ROUGE-L over
 * the longest common subsequence of the whole texts; ROUGE-Lsum over newline-split sentences with
 * the union-LCS of each reference sentence against all candidate sentences.
 */
import { stemmer } from 'stemmer';

export interface Score {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeL: Score;
  rougeLsum: Score;
}

const stems = new Map<string, string>();

export function tokenize(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (!stem) return tokens;
  return tokens.map((t) => {
    if (t.length <= 3) return t;
    let s = stems.get(t);
    if (s === undefined) stems.set(t, (s = stemmer(t)));
    return s;
  });
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(hits: number, candidate: number, reference: number): Score {
  const precision = candidate > 0 ? hits / candidate : 0;
  const recall = reference > 0 ? hits / reference : 0;
  return { precision, recall, f: fmeasure(precision, recall) };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function rougeN(candidate: string[], reference: string[], n: number): Score {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let hits = 0;
  for (const [g, count] of c) hits += Math.min(count, r.get(g) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsTable(a: string[], b: string[]): Int32Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    }
  }
  return t;
}

export function rougeL(candidate: string[], reference: string[]): Score {
  if (candidate.length === 0 || reference.length === 0) return { precision: 0, recall: 0, f: 0 };
  const lcs = lcsTable(reference, candidate)[reference.length]![candidate.length]!;
  return score(lcs, candidate.length, reference.length);
}

/** Indexes into `ref` of one LCS of `ref` and `can` (rouge-score's _backtrack_norec). */
function lcsIndexes(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out;
}

export function rougeLsum(candidateSentences: string[][], referenceSentences: string[][]): Score {
  const m = referenceSentences.reduce((n, s) => n + s.length, 0);
  const n = candidateSentences.reduce((k, s) => k + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f: 0 };
  const countsR = new Map<string, number>();
  const countsC = new Map<string, number>();
  for (const s of referenceSentences) for (const t of s) countsR.set(t, (countsR.get(t) ?? 0) + 1);
  for (const s of candidateSentences) for (const t of s) countsC.set(t, (countsC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of referenceSentences) {
    const union = new Set<number>();
    for (const can of candidateSentences) for (const i of lcsIndexes(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = ref[i]!;
      if ((countsC.get(t) ?? 0) > 0 && (countsR.get(t) ?? 0) > 0) {
        hits++;
        countsC.set(t, countsC.get(t)! - 1);
        countsR.set(t, countsR.get(t)! - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** All four scores; sentences of both texts are separated by newlines (for ROUGE-Lsum). */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = tokenize(candidate);
  const r = tokenize(reference);
  const split = (text: string): string[][] =>
    text
      .split('\n')
      .map((s) => tokenize(s))
      .filter((s) => s.length > 0);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeL: rougeL(c, r),
    rougeLsum: rougeLsum(split(candidate), split(reference)),
  };
}
