/** Exact-match span scoring (CoNLL style): a prediction counts only with the same document, start, end and type. */
export interface Scored {
  doc: string;
  start: number;
  end: number;
  type: string;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

export function scoreSpans(gold: Scored[], predicted: Scored[], types: string[]): { perType: Record<string, PRF>; overall: PRF } {
  const key = (s: Scored): string => `${s.doc}\u0000${s.start}\u0000${s.end}\u0000${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const perType: Record<string, PRF> = {};
  let c = 0;
  let p = 0;
  let g = 0;
  for (const type of types) {
    const gt = gold.filter((s) => s.type === type);
    const pt = predicted.filter((s) => s.type === type);
    const ct = pt.filter((s) => goldKeys.has(key(s))).length;
    perType[type] = prf(ct, pt.length, gt.length);
    c += ct;
    p += pt.length;
    g += gt.length;
  }
  return { perType, overall: prf(c, p, g) };
}
