import type { NameType } from '../../types.js';

/**
 * Labels: BILOU (Begin, Inside, Last, Outside, Unit) over CoNLL's four types. BILOU beats BIO
 * for CoNLL NER (Ratinov & Roth 2009, "Design challenges and misconceptions in NER").
 */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];
export const PARTS = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; then B-, I-, L-, U- for each type in order. */
export const LABELS: string[] = ['O', ...TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const N_LABELS = LABELS.length;

export const labelIndex = (part: (typeof PARTS)[number], type: ConllType): number => 1 + TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
export const partOf = (label: number): 'O' | (typeof PARTS)[number] => (label === 0 ? 'O' : PARTS[(label - 1) % 4]!);
export const typeOf = (label: number): ConllType | null => (label === 0 ? null : TYPES[Math.floor((label - 1) / 4)]!);

export const CONLL_NAME_TYPES: Record<ConllType, NameType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** Which label may follow which under BILOU (and which may start or end a sentence). */
export function allowed(previous: number, next: number): boolean {
  const p = partOf(previous);
  const n = partOf(next);
  const open = p === 'B' || p === 'I';
  if (open) return (n === 'I' || n === 'L') && typeOf(previous) === typeOf(next);
  return n === 'O' || n === 'B' || n === 'U';
}
export const mayStart = (label: number): boolean => ['O', 'B', 'U'].includes(partOf(label));
export const mayEnd = (label: number): boolean => ['O', 'L', 'U'].includes(partOf(label));

/** Spans → per-token labels; spans are [firstToken, lastToken, type]. */
export function encode(length: number, spans: Array<[number, number, ConllType]>): Uint8Array {
  const labels = new Uint8Array(length);
  for (const [first, last, type] of spans) label(labels, first, last, type);
  return labels;
}

/** Labels tokens first..last as one name of `type`. */
export function label(labels: Uint8Array, first: number, last: number, type: ConllType): void {
  if (first === last) labels[first] = labelIndex('U', type);
  else {
    labels[first] = labelIndex('B', type);
    for (let i = first + 1; i < last; i++) labels[i] = labelIndex('I', type);
    labels[last] = labelIndex('L', type);
  }
}

/** Per-token labels → spans [firstToken, lastToken, type]. */
export function decodeSpans(labels: ArrayLike<number>): Array<[number, number, ConllType]> {
  const spans: Array<[number, number, ConllType]> = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const part = partOf(labels[i]!);
    const type = typeOf(labels[i]!);
    if (part === 'U') spans.push([i, i, type!]);
    else if (part === 'B') start = i;
    else if (part === 'L' && start !== -1) {
      spans.push([start, i, type!]);
      start = -1;
    } else if (part === 'O') start = -1;
  }
  return spans;
}
