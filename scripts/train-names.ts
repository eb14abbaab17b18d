/**
 * Trains the name check (src/extract/name-check.ts) and writes models/names.bin
 * (`npm run train:names -- [--pages DIR]`).
 *
 * Data: the real pages readers annotated by bench/real-articles-guidelines.md (real-dev in
 * ../shared/bench and our own in bench/real, whose pages come from --pages as for bench:real),
 * read through the product's own parse, annotate and name coreference. Every person,
 * organisation or place record is an example; it is positive when a reader lists its name with
 * that type, as bench:real scores names (a junk name and a name of the wrong type are negative).
 *
 * Honesty: the reserve fifth of the pages (bench/lib/reserve.ts) is never fitted on or chosen by,
 * and is reported on its own. The rest is split into 4 folds by page; the threshold is the one
 * whose records, scored by each fold's model on that fold's pages, keep the most right records
 * less wrong ones while losing no more than MAX_KEY_LOSS of the key actors the records find.
 * LIST=p prints the cross-validation's held-out records scoring under p, right or wrong (never
 * the reserve's), to look at. Only hashed weights are written, never the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { annotate } from '../src/nlp/index.js';
import { parse } from '../src/parse/index.js';
import { resolveNames } from '../src/extract/coreference.js';
import { NAME_BUCKETS, NAME_MAGIC, nameFeatures, type NameModel } from '../src/extract/name-check.js';
import { modelPath } from '../src/ml/models.js';
import { probability } from '../src/ml/linear.js';
import { serialiseLinear } from './lib/serialise.js';
import { fitLogistic } from './lib/logistic.js';
import { foldOf, isReserve } from '../bench/lib/reserve.js';
import { readPage } from '../bench/lib/real-data.js';
import { realPages } from './lib/real-pages.js';
import { nameKeys, normaliseName } from '../bench/lib/real-match.js';

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LAMBDA = Number(process.env.LAMBDA ?? 3e-3);
const RATE = Number(process.env.RATE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 5);
const FOLDS = 4;
/** At most this share of the key actors found with every record kept may be lost to the check. */
const MAX_KEY_LOSS = Number(process.env.MAX_KEY_LOSS ?? 0.01);
const THRESHOLDS = [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

interface Example {
  features: number[];
  positive: boolean;
  /** The record's name and type, for LIST (never written to the model). */
  label: string;
  page: number;
  /** Indexes into `keys` of the key actors this record finds (right name and type). */
  finds: number[];
}

const t0 = performance.now();
const pages = realPages('train:names');
const examples: Example[] = [];
/** Per page: its fold (-1 for the reserve) and its number of key actors. */
const pageInfo: Array<{ fold: number; keys: number }> = [];
// The recogniser is trained on these pages too (train:entities), so a record it makes on a page it
// learned from is righter than one on a new page. Records are therefore read fold by fold, each
// with a recogniser trained without that fold's pages: RECORDS_OUT=FILE ONLY_FOLD=k writes fold k's
// records (-1: the reserve's) as the recogniser in models/ makes them, and RECORDS_IN=F0,F1,…
// fits on the records those runs wrote. The round: for each fold k, `EXCLUDE=<fold k's ids> OUT=F
// npm run train:entities -- --pages DIR`, F put in place of models/entities.bin, then
// `RECORDS_OUT=rk.json ONLY_FOLD=k npm run train:names -- --pages DIR`; the reserve's (-1) with
// the shipped recogniser; then `RECORDS_IN=r0.json,…,r-1.json npm run train:names -- --pages DIR`.
const onlyFold = process.env.ONLY_FOLD === undefined ? null : Number(process.env.ONLY_FOLD);
const recordsIn = process.env.RECORDS_IN ? process.env.RECORDS_IN.split(',') : null;
for (const page of pages) {
  // A partial annotation (a long encyclopedia page) lists only the key actors: its other names are not scored.
  if (page.gold.partial) continue;
  const gold = page.gold;
  const keys = gold.entities.map((e) => nameKeys(e));
  const index = pageInfo.length;
  pageInfo.push({ fold: isReserve(gold.id) ? -1 : foldOf(gold.id, FOLDS), keys: gold.entities.filter((e) => e.key).length });
  if (recordsIn || (onlyFold !== null && pageInfo[index]!.fold !== onlyFold)) continue;
  const annotated = annotate(parse(await readPage(page.page)));
  const keyIndex = gold.entities.map((e, i) => (e.key ? i : -1)).filter((i) => i >= 0);
  for (const c of resolveNames(annotated).clusters) {
    if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') continue;
    const k = normaliseName(c.name);
    const same = gold.entities.map((_, i) => i).filter((i) => keys[i]!.has(k) && gold.entities[i]!.type === c.type);
    examples.push({
      features: nameFeatures(c, annotated),
      positive: same.length > 0,
      label: `${c.name} (${c.type}, ${c.mentions.length}×)`,
      page: index,
      finds: same.filter((i) => gold.entities[i]!.key).map((i) => keyIndex.indexOf(i)),
    });
  }
}
if (process.env.RECORDS_OUT) {
  writeFileSync(process.env.RECORDS_OUT, JSON.stringify(examples));
  console.log(`wrote ${examples.length} records of fold ${onlyFold ?? 'all'} to ${process.env.RECORDS_OUT}`);
  process.exit(0);
}
if (recordsIn) for (const file of recordsIn) examples.push(...(JSON.parse(readFileSync(file, 'utf8')) as Example[]));
const inFold = (e: Example, k: number): boolean => pageInfo[e.page]!.fold === k;
const rest = examples.filter((e) => pageInfo[e.page]!.fold >= 0);
const reserve = examples.filter((e) => pageInfo[e.page]!.fold < 0);
console.log(`${examples.length} person, organisation and place records from ${pageInfo.length} pages (${reserve.length} of them on the ${pageInfo.filter((p) => p.fold < 0).length} reserve pages), read in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const train = (xs: Example[]) => fitLogistic(xs, { buckets: NAME_BUCKETS, epochs: EPOCHS, lambda: LAMBDA, rate: RATE, seed: Number(process.env.SEED ?? 17), runs: RUNS });

interface Tally {
  kept: number;
  right: number;
  /** Key actors found: distinct (page, key actor) pairs some kept record finds. */
  keys: Set<string>;
}
const tallies = (): Map<number, Tally> => new Map(THRESHOLDS.map((t) => [t, { kept: 0, right: 0, keys: new Set<string>() }]));
/** `list`: print the records scoring under LIST (cross-validation's held-out folds only: never the reserve). */
const tally = (into: Map<number, Tally>, fitted: { weights: Float32Array; bias: number }, xs: readonly Example[], list = false): void => {
  for (const e of xs) {
    const p = probability(fitted, e.features);
    if (list && process.env.LIST && p < Number(process.env.LIST)) console.log(`    ${e.positive ? 'RIGHT' : 'wrong'} ${p.toFixed(2)} ${e.label}`);
    for (const t of THRESHOLDS) {
      if (p < t) continue;
      const c = into.get(t)!;
      c.kept++;
      if (e.positive) c.right++;
      for (const k of e.finds) c.keys.add(`${e.page}:${k}`);
    }
  }
};
const show = (label: string, c: Tally, all: number): string =>
  `${label}${label ? ': ' : ''}${c.kept} records kept, ${((100 * c.right) / Math.max(1, c.kept)).toFixed(1)}% right; ${c.keys.size} key actors found; ${all - c.kept} typed other`;

const crossed = tallies();
for (let k = 0; k < FOLDS; k++) tally(crossed, train(rest.filter((e) => !inFold(e, k))), rest.filter((e) => inFold(e, k)), true);
for (const [t, c] of crossed) console.log(show(`  threshold ${t.toFixed(2)}`, c, rest.length));
const base = crossed.get(0)!;
const eligible = [...crossed].filter(([, c]) => c.keys.size >= base.keys.size * (1 - MAX_KEY_LOSS));
const [threshold, best] = eligible.reduce((a, b) => (2 * b[1].right - b[1].kept > 2 * a[1].right - a[1].kept ? b : a));
console.log(`cross-validated at threshold ${threshold}: ${show('', best, rest.length)} (every record kept: ${((100 * base.right) / base.kept).toFixed(1)}% right, ${base.keys.size} key actors)`);

const fitted = train(rest);
const held = tallies();
tally(held, fitted, reserve);
const r0 = held.get(0)!;
const r = held.get(threshold)!;
console.log(`reserve fifth at that threshold: ${show('', r, reserve.length)} (every record kept: ${((100 * r0.right) / Math.max(1, r0.kept)).toFixed(1)}% right, ${r0.keys.size} key actors)`);
if (process.env.DRY) process.exit(0);
const model: NameModel = { ...fitted, thresholds: [Number(process.env.THRESHOLD ?? threshold)] };
const path = process.env.OUT ?? modelPath('names');
writeFileSync(path, serialiseLinear(NAME_MAGIC, model));
console.log(`wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
