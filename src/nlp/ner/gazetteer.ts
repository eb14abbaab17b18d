import { FNV_OFFSET, hashString, mixCode, mixString } from '../../ml/hash.js';
import { HashTable } from './table.js';
import { isCapitalised } from './features.js';

/** Type bits of a gazetteer phrase; HAND marks a phrase from the hand-made lists (not learned from CoNLL). */
export const GAZ = { PER: 1, ORG: 2, LOC: 4, MISC: 8, HAND: 32 } as const;
/** Bits of a single-word list. */
export const WORD = { FIRST_NAME: 1, PERSON_TITLE: 2, ORG_SUFFIX: 4 } as const;

const TYPE_CODES: Array<[number, string]> = [
  [GAZ.PER, 'P'],
  [GAZ.ORG, 'O'],
  [GAZ.LOC, 'L'],
  [GAZ.MISC, 'M'],
];

/** Longest name in tokens that the phrase table is searched for. */
export const MAX_PHRASE_TOKENS = 6;

/** The hash of a phrase as the matcher computes it: lower-cased tokens joined by single spaces. */
export function phraseHash(lowerTokens: string[]): number {
  let h = FNV_OFFSET;
  lowerTokens.forEach((t, i) => {
    if (i > 0) h = mixCode(h, 32);
    h = mixString(h, t);
  });
  return h;
}

/**
 * Name lists as hash tables: phrases (lower-cased, token-joined) with their type bits, and single
 * words (first names, titles, organisation suffixes). `match` marks each token with the BILOU part
 * it has in the longest listed name that starts at a capitalised token.
 */
export interface GazetteerArrays {
  /** Hash-table slots (see HashTable) mapping a phrase's hash to its row in phraseBits. */
  phraseTable: Int32Array<ArrayBufferLike>;
  phraseBits: Uint8Array<ArrayBufferLike>;
  wordTable: Int32Array<ArrayBufferLike>;
  wordBits: Uint8Array<ArrayBufferLike>;
}

export class Gazetteer {
  private readonly phrases: HashTable;
  private readonly words: HashTable;

  /** Hashed phrases and words with their bits, as a model file stores them (tables ready to use), and phrases added at load. */
  constructor(
    readonly arrays: GazetteerArrays,
    private readonly added?: { table: HashTable; bits: Uint8Array },
  ) {
    this.phrases = new HashTable(arrays.phraseTable);
    this.words = new HashTable(arrays.wordTable);
  }

  static fromMaps(phrases: Map<string, number>, words: Map<string, number>): Gazetteer {
    const p = [...phrases.entries()];
    const w = [...words.entries()];
    return new Gazetteer({
      phraseTable: HashTable.of(p.map(([k]) => phraseHash(k.split(' ')))).slots,
      phraseBits: Uint8Array.from(p.map(([, v]) => v)),
      wordTable: HashTable.of(w.map(([k]) => hashString(k))).slots,
      wordBits: Uint8Array.from(w.map(([, v]) => v)),
    });
  }

  /**
   * This gazetteer with more phrases (lower-cased tokens joined by spaces → type bits), kept in a
   * small table of their own beside the model file's (rebuilding that one costs ~10 ms of cold
   * start); a phrase in both has both tables' bits.
   */
  withPhrases(extra: ReadonlyMap<string, number>): Gazetteer {
    const entries = [...extra];
    return new Gazetteer(this.arrays, { table: HashTable.of(entries.map(([k]) => phraseHash(k.split(' ')))), bits: Uint8Array.from(entries.map(([, b]) => b)) });
  }

  /** A phrase's bits from both tables, by its hash; 0 when it is not listed. */
  private phraseBits(hash: number): number {
    const row = this.phrases.get(hash);
    const added = this.added ? this.added.table.get(hash) : -1;
    return (row === -1 ? 0 : this.arrays.phraseBits[row]!) | (added === -1 ? 0 : this.added!.bits[added]!);
  }

  /** A phrase's type bits (GAZ), 0 when it is not listed. */
  bits(lowerTokens: string[]): number {
    return this.phraseBits(phraseHash(lowerTokens));
  }

  /** Whether a phrase (lower-cased tokens) is a listed name; `handOnly` asks for the hand-made lists only. */
  knows(lowerTokens: string[], handOnly = false): boolean {
    const bits = this.phraseBits(phraseHash(lowerTokens));
    return bits !== 0 && (!handOnly || (bits & GAZ.HAND) !== 0);
  }

  word(lower: string): number {
    const row = this.words.get(hashString(lower));
    return row === -1 ? 0 : this.arrays.wordBits[row]!;
  }

  match(raw: string[], lower: string[], noCase: boolean): string[][] {
    const n = raw.length;
    const out: string[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) {
      if (!noCase && !isCapitalised(raw[i]!)) continue;
      let h = FNV_OFFSET;
      let best = -1;
      let bits = 0;
      for (let j = i; j < n && j < i + MAX_PHRASE_TOKENS; j++) {
        if (j > i) h = mixCode(h, 32);
        h = mixString(h, lower[j]!);
        if (!noCase && !isCapitalised(raw[j]!)) continue;
        const found = this.phraseBits(h);
        if (found !== 0) {
          best = j;
          bits = found;
        }
      }
      if (best === -1) continue;
      for (const [bit, code] of TYPE_CODES) {
        if (!(bits & bit)) continue;
        if (best === i) out[i]!.push(`${code}U`);
        else {
          out[i]!.push(`${code}B`);
          for (let k = i + 1; k < best; k++) out[k]!.push(`${code}I`);
          out[best]!.push(`${code}L`);
        }
      }
    }
    return out;
  }
}
