/**
 * FNV-1a (32-bit) over UTF-16 code units, fed incrementally: a feature's id is the hash of its
 * template and its values, computed without building the feature string.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

export function mixCode(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

export function mixString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x >>> 0;
}

export function hashString(s: string): number {
  return mixString(FNV_OFFSET, s);
}
