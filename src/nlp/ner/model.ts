import { readFileSync } from 'node:fs';
import type { SentenceFeatures } from './features.js';
import { WordClusters } from './clusters.js';
import { Gazetteer, type GazetteerArrays } from './gazetteer.js';
import { N_LABELS } from './labels.js';
import { HashTable } from './table.js';
import { forceOutside, viterbi } from './viterbi.js';

export const ENTITY_MAGIC = 'NBNER002';
const N = N_LABELS;

/** Sections of the model file, in order, with their element types. */
export const SECTIONS = {
  featureTable: Int32Array,
  weights: Int16Array,
  transitions: Float32Array,
  phraseTable: Int32Array,
  phraseBits: Uint8Array,
  wordTable: Int32Array,
  wordBits: Uint8Array,
} as const;
export type SectionName = keyof typeof SECTIONS;
export interface Sections extends GazetteerArrays {
  /** Hash-table slots mapping a feature's hash to its row of weights. */
  featureTable: Int32Array<ArrayBufferLike>;
  weights: Int16Array<ArrayBufferLike>;
  transitions: Float32Array<ArrayBufferLike>;
}

export interface ModelInfo {
  /** Weights are stored as int16; multiply by this to get the trained value. */
  scale: number;
  labels: string[];
  trainedOn: string;
  epochs: number;
  features: number;
}

/**
 * The trained recogniser: feature weights per label (int16, scaled), BILOU transition scores and
 * the name lists. The file is a header (magic, JSON length, JSON) followed by 8-byte-aligned
 * typed arrays, hash tables included, so loading is a read and a few views.
 */
export class EntityModel {
  readonly features: HashTable;
  readonly gazetteer: Gazetteer;

  constructor(
    readonly info: ModelInfo,
    private readonly sections: Sections,
    gazetteer?: Gazetteer,
    /** The word clusters the weights were trained with (models/clusters.bin). */
    readonly clusters: WordClusters = WordClusters.none,
  ) {
    this.features = new HashTable(sections.featureTable);
    this.gazetteer = gazetteer ?? new Gazetteer(sections);
  }

  /** The same weights with more listed names (see Gazetteer.withPhrases). */
  withPhrases(extra: ReadonlyMap<string, number>): EntityModel {
    return new EntityModel(this.info, this.sections, this.gazetteer.withPhrases(extra), this.clusters);
  }

  /** The same weights reading these word clusters. */
  withClusters(clusters: WordClusters): EntityModel {
    return new EntityModel(this.info, this.sections, this.gazetteer, clusters);
  }

  /** Emission scores `n × N` for a featurised sentence. */
  emissions(f: SentenceFeatures): Float32Array {
    const n = f.offsets.length - 1;
    const out = new Float32Array(n * N);
    const w = this.sections.weights;
    const scale = this.info.scale;
    for (let i = 0; i < n; i++) {
      const base = i * N;
      if (f.offsets[i] === f.offsets[i + 1]) continue;
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const row = this.features.get(f.hashes[k]!);
        if (row === -1) continue;
        const r = row * N;
        for (let l = 0; l < N; l++) out[base + l]! += w[r + l]!;
      }
      for (let l = 0; l < N; l++) out[base + l]! *= scale;
    }
    forceOutside(out, f.offsets);
    return out;
  }

  decode(f: SentenceFeatures): Uint8Array {
    return viterbi(this.emissions(f), f.offsets.length - 1, this.sections.transitions);
  }

  static load(path: string): EntityModel {
    const file = readFileSync(path);
    // Typed-array views need aligned offsets; a small file may sit inside Node's buffer pool.
    const buffer = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
    if (buffer.toString('latin1', 0, 8) !== ENTITY_MAGIC) throw new Error(`${path}: not a newsbrief entity model`);
    const headerLength = buffer.readUInt32LE(8);
    const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as { info: ModelInfo; lengths: Record<SectionName, number> };
    let offset = align(12 + headerLength);
    const sections = {} as Record<SectionName, ArrayBufferView>;
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const Type = SECTIONS[name];
      const length = header.lengths[name];
      sections[name] = new Type(buffer.buffer, buffer.byteOffset + offset, length);
      offset = align(offset + length * Type.BYTES_PER_ELEMENT);
    }
    return new EntityModel(header.info, sections as Sections);
  }
}

/** Offsets in the file are multiples of 8, so every typed array is aligned. */
export function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

