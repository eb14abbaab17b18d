/**
 * Word clusters: each of the commonest English words mapped to one of COARSE × FINE clusters of
 * words used alike, learned from GloVe vectors (Wikipedia and newswire, 2014) by
 * `npm run build:clusters`. The recogniser reads a word's cluster at two granularities, so a name
 * it never saw in training ("Zelensky", "Nvidia") is tagged like the names it did see that the
 * vectors put beside it (Turian, Ratinov & Bengio 2010; Ratinov & Roth 2009).
 *
 * File: 8-byte magic, then the Int32Array slots of a HashTable from hashString(word) to
 * fine cluster (the coarse cluster is fine >> FINE_BITS).
 */
import { readFileSync } from 'node:fs';
import { hashString } from '../../ml/hash.js';
import { HashTable } from './table.js';

export const CLUSTERS_MAGIC = 'NBCLU001';
/** Fine clusters per coarse cluster, as a power of two. */
export const FINE_BITS = 5;
export const COARSE_CLUSTERS = 32;
export const FINE_CLUSTERS = COARSE_CLUSTERS << FINE_BITS;

export class WordClusters {
  constructor(readonly table: HashTable) {}

  /** The fine cluster of a lower-cased word, or -1 when the word is not among the clustered ones. */
  of(lower: string): number {
    return this.table.get(hashString(lower));
  }

  /** The coarse cluster of a lower-cased word, or -1 when the word is not among the clustered ones. */
  coarse(lower: string): number {
    const fine = this.of(lower);
    return fine < 0 ? fine : fine >> FINE_BITS;
  }

  /** No clusters: every word unknown (a model trained without them). */
  static readonly none = new WordClusters(new HashTable(2));

  static load(path: string): WordClusters {
    const file = readFileSync(path);
    const buffer = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    if (buffer.toString('latin1', 0, 8) !== CLUSTERS_MAGIC) throw new Error(`${path}: not a newsbrief word-cluster file`);
    return new WordClusters(new HashTable(new Int32Array(buffer.buffer, buffer.byteOffset + 8, (buffer.length - 8) / 4)));
  }
}
