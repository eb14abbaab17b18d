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

/**
 * Combines a feature template's seed with a value's hash (or two hashes): multiply-xor mixing with
 * murmur3's finaliser, so per-token value hashes are computed once and each feature costs a few
 * integer operations instead of re-hashing a string.
 */
export function combine(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
