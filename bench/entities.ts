/**
 * npm run bench:entities — named entities on CoNLL-2003 dev (eng.testa, ../shared/bench/conll-dev.jsonl).
 *
 * Each document's detokenised text goes through the same path as `newsbrief entities` on plain
 * text (read → parse → annotate); predicted person/organization/place mentions are scored against
 * gold PER/ORG/LOC by exact span and type (CoNLL style). Also: tagging speed (features + Viterbi,
 * one core), whole-annotate speed, model load time in a fresh process, and model size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, readSentences } from '../src/nlp/index.js';
import { entityModel, tagSentences } from '../src/nlp/ner/index.js';
import { modelPath } from '../src/ml/models.js';

const MODEL_PATH = modelPath('entities');
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
import { warmUp } from '../src/nlp/wink.js';
import { scoreSpans, type Scored } from './lib/spans.js';

const BENCH = join(import.meta.dirname, '..', '..', 'shared', 'bench');
const TYPE_OF: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

interface Doc {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
}

const file = process.argv[2] ?? join(BENCH, 'conll-dev.jsonl');
const docs: Doc[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);

warmUp();
entityModel();

// Quality, through the product's path.
const gold: Scored[] = [];
const predicted: Scored[] = [];
let t0 = performance.now();
for (const d of docs) {
  const a = annotate(parse(sourceFromText(d.text, d.id, { inputFormat: 'text' })));
  for (const e of d.entities) if (e.type !== 'MISC') gold.push({ doc: d.id, start: e.start, end: e.end, type: e.type });
  for (const m of a.mentions) if (TYPE_OF[m.type]) predicted.push({ doc: d.id, start: m.start, end: m.end, type: TYPE_OF[m.type]! });
}
const annotateMs = performance.now() - t0;

// Tagging speed alone: the same sentences, features + Viterbi + history, repeated.
const read = docs.map((d) => readSentences(parse(sourceFromText(d.text, d.id, { inputFormat: 'text' }))).sentences);
const tokens = read.reduce((n, s) => n + s.reduce((m, x) => m + x.tokens.length, 0), 0);
const model = entityModel();
for (const s of read) tagSentences(s, model);
const ROUNDS = 5;
t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const s of read) tagSentences(s, model);
const tagMs = (performance.now() - t0) / ROUNDS;

// Load time in a fresh process (the model file only; median of 5).
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '-e', `import('${join(import.meta.dirname, '..', 'src', 'nlp', 'ner', 'model.ts')}').then(({EntityModel}) => { const t = performance.now(); EntityModel.load('${MODEL_PATH}'); console.log(performance.now() - t); })`],
    { encoding: 'utf8' },
  );
  loads.push(Number(out.trim()));
}
loads.sort((a, b) => a - b);

const { perType, overall } = scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
console.log(`\nNamed entities — ${file.split('/').pop()} (${docs.length} documents, ${gold.length} PER/ORG/LOC entities), exact span and type\n`);
console.log('type      P       R       F1    gold  predicted');
for (const [type, m] of [...Object.entries(perType), ['overall', overall] as const]) {
  console.log(`${type.padEnd(8)}${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.gold).padStart(5)}  ${String(m.predicted).padStart(5)}`);
}
console.log(`\ntagging: ${tokens} tokens in ${tagMs.toFixed(0)} ms = ${Math.round(tokens / (tagMs / 1000)).toLocaleString('en')} tokens/s (one core)`);
console.log(`whole annotate (wink + tagging): ${Math.round(tokens / (annotateMs / 1000)).toLocaleString('en')} tokens/s`);
console.log(`model: ${(statSync(MODEL_PATH).size / 1e6).toFixed(2)} MB, load ${loads[2]!.toFixed(1)} ms (median of 5 fresh processes)`);
