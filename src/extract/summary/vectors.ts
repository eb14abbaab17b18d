import type { Sentence } from '../../types.js';

/** A sparse term vector: term → weight. */
export type Vector = Map<string, number>;

/** Content terms of a sentence: lemmas of words that are not stop words. */
export function terms(sentence: Sentence): string[] {
  const out: string[] = [];
  for (const t of sentence.tokens) {
    if (t.stop || (t.kind !== 'word' && t.kind !== 'number')) continue;
    const lemma = t.lemma || t.normal;
    if (lemma.length < 2) continue;
    out.push(lemma);
  }
  return out;
}

/** Inverse document frequency over the article's own sentences (smoothed). */
export function idf(termLists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  const out = new Map<string, number>();
  for (const [t, d] of df) out.set(t, Math.log(1 + n / d));
  return out;
}

export function tfidf(list: string[], weights: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const t of list) v.set(t, (v.get(t) ?? 0) + (weights.get(t) ?? 0));
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) dot += w * x;
  }
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export function add(into: Vector, v: Vector): void {
  for (const [t, w] of v) into.set(t, (into.get(t) ?? 0) + w);
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) d += w * x;
  }
  return d;
}

/** The vector scaled to length 1 (empty stays empty). */
export function unit(v: Vector): Vector {
  let n = 0;
  for (const w of v.values()) n += w * w;
  if (n === 0) return new Map();
  const k = 1 / Math.sqrt(n);
  const out: Vector = new Map();
  for (const [t, w] of v) out.set(t, w * k);
  return out;
}
