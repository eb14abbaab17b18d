/**
 * wink-eng-lite-web-model, assembled from the package's own parts with one change: its core
 * model is read straight from the package's JSON file. The package's loader `require`s that
 * 3 MB JSON file when it is imported and then deep-copies it with `JSON.parse(JSON.stringify(…))`
 * when wink asks for it; read once here, the load is about 50 ms shorter (measured with
 * `npm run bench:speed`), and nothing else changes. test/nlp/wink-model.test.ts checks that the core
 * model built here equals the package's own, so an upgrade that changes the format fails there.
 *
 * The transformation below is the package's `read-core-model.js` and `load-core-model.js`
 * (version pinned in package.json), written out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model/dist/';
const CORE_JSON = `${PACKAGE}languages/cur/models/eng-core-web-model.json`;

/** The parts of the core model this file touches (wink reads the rest as it is). */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
}

/** A little-endian Uint32Array over base64 data, in its own (aligned) buffer. */
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** Value → index over a list, as a dictionary object (wink indexes it with `hash[word]`). */
function indexOf(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The same index for the 87,593 lexemes, backed by a Map behind a Proxy: wink only reads
 * `hash[word]` and writes `hash[word] = index` (for words it has not seen). Filling a Map takes
 * 15–25 ms where a dictionary object takes 40–60 ms, on every cold start; a look-up costs about
 * 100 ns more, some 0.1 s over the 1.1 million tokens of BBC dev.
 */
function mapIndexOf(list: unknown[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k] as string, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => (typeof key === 'string' && map.set(key, value), true),
    has: (_, key) => typeof key === 'string' && map.has(key),
  });
}

/** The core model exactly as the package's `load-core-model.js` returns it. */
export function readCoreModel(): unknown {
  const model = JSON.parse(readFileSync(require.resolve(CORE_JSON), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = mapIndexOf(features.lexeme!.list);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** The model object wink-nlp takes (the package's `model.js`, with `core` read as above). */
export function winkModel(): Record<string, unknown> {
  const part = (name: string): unknown => require(`${PACKAGE}${name}.js`);
  const model = Object.create(null) as Record<string, unknown>;
  model.core = readCoreModel;
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer');
  addons.lemmatize = part('lemmatize');
  addons.readabilityStats = part('readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
