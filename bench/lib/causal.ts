import { commonCount } from './overlap.js';

/** Token-overlap F1 of two character spans of one text (tokens: runs of letters and digits). */
export function spanTokenF1(text: string, predicted: [number, number], gold: [number, number]): number {
  const tokens = (span: [number, number]): string[] => text.slice(span[0], span[1]).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const p = tokens(predicted);
  const g = tokens(gold);
  if (p.length === 0 || g.length === 0) return 0;
  const overlap = commonCount(p, g);
  if (overlap === 0) return 0;
  const precision = overlap / p.length;
  const recall = overlap / g.length;
  return (2 * precision * recall) / (precision + recall);
}
