/**
 * npm run bench:summary — extractive summaries against human references.
 *
 *   CNN/DailyMail (cnndm-dev.jsonl), 3 sentences · BBC (bbc-dev.jsonl), k = reference length ·
 *   XSum (xsum-dev.jsonl), 1 sentence
 *
 * For newsbrief and, on the same sentence split, Lead-k (the first k body sentences) and a
 * random-k floor (seeded): ROUGE-1/2/L/Lsum F1 ×100 (rouge-score semantics, bench/lib/rouge.ts).
 * On BBC also sentence-level precision/recall against reference_sentence_spans. For all: the
 * faithfulness rate (summary sentences that open with a pronoun or connective while the sentence
 * before them is not in the summary) and rule violations (a summary sentence that is a heading,
 * title, byline or chrome line, or under 5 words).
 *
 * Usage: npm run bench:summary [-- --only bbc|cnndm|xsum] [-- --folds]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../src/nlp/index.js';
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
import { rank, select, isDependent } from '../src/extract/summary/index.js';
import type { AnnotatedArticle, Sentence } from '../src/types.js';
import { rouge, type RougeScores } from './lib/rouge.js';
import { mulberry32 } from './lib/random.js';

const BENCH = join(import.meta.dirname, '..', '..', 'shared', 'bench');
const BODY = new Set(['body', 'quote', 'list-item']);

interface Record {
  id: string;
  text: string;
  references: string[];
  reference_sentence_spans?: Array<[number, number]>;
  dup_group?: string | null;
}

export interface Dataset {
  name: string;
  file: string;
  k: (r: Record) => number;
}

export const DATASETS: Dataset[] = [
  { name: 'cnndm', file: 'cnndm-dev.jsonl', k: () => 3 },
  { name: 'bbc', file: 'bbc-dev.jsonl', k: (r) => r.references[0]!.split('\n').length },
  { name: 'xsum', file: 'xsum-dev.jsonl', k: () => 1 },
];

export function loadRecords(file: string): Record[] {
  return readFileSync(join(BENCH, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record);
}

export function annotateText(text: string, id: string): AnnotatedArticle {
  return annotate(parse(sourceFromText(text, id, { inputFormat: 'text' })));
}

interface Totals {
  rouge: { rouge1: number; rouge2: number; rougeL: number; rougeLsum: number };
  n: number;
  sentences: number;
  unfaithful: number;
  violations: number;
  hitSentences: number;
  predictedSentences: number;
  coveredReferences: number;
  referenceSentences: number;
}

const empty = (): Totals => ({
  rouge: { rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0 },
  n: 0,
  sentences: 0,
  unfaithful: 0,
  violations: 0,
  hitSentences: 0,
  predictedSentences: 0,
  coveredReferences: 0,
  referenceSentences: 0,
});

/** Characters of [start, end) covered by any of the spans. */
function covered(start: number, end: number, spans: Array<[number, number]>): number {
  let n = 0;
  for (const [s, e] of spans) n += Math.max(0, Math.min(end, e) - Math.max(start, s));
  return n;
}

export function addSummary(t: Totals, a: AnnotatedArticle, chosen: number[], record: Record): void {
  const sentences = a.sentences;
  const chosenSet = new Set(chosen);
  const candidate = chosen.map((i) => sentences[i]!.text.replace(/\s+/g, ' ')).join('\n');
  const scores: RougeScores = rouge(candidate, record.references[0]!);
  t.rouge.rouge1 += scores.rouge1.f;
  t.rouge.rouge2 += scores.rouge2.f;
  t.rouge.rougeL += scores.rougeL.f;
  t.rouge.rougeLsum += scores.rougeLsum.f;
  t.n++;
  for (const i of chosen) {
    const s = sentences[i]!;
    t.sentences++;
    if (isUnfaithful(sentences, i, chosenSet)) t.unfaithful++;
    if (!BODY.has(s.role) || s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 5) t.violations++;
  }
  const spans = record.reference_sentence_spans;
  if (spans) {
    for (const i of chosen) {
      const s = sentences[i]!;
      t.predictedSentences++;
      if (covered(s.start, s.end, spans) >= 0.5 * (s.end - s.start)) t.hitSentences++;
    }
    const picked = chosen.map((i) => [sentences[i]!.start, sentences[i]!.end] as [number, number]);
    for (const [s, e] of spans) {
      t.referenceSentences++;
      if (covered(s, e, picked) >= 0.5 * (e - s)) t.coveredReferences++;
    }
  }
}

/**
 * Opens with a pronoun or connective while the body sentence before it is not in the summary.
 * The article's opening sentence has no sentence before it, so it is never counted.
 */
export function isUnfaithful(sentences: Sentence[], i: number, chosen: Set<number>): boolean {
  if (!isDependent(sentences[i]!)) return false;
  for (let j = i - 1; j >= 0; j--) if (BODY.has(sentences[j]!.role)) return !chosen.has(j);
  return false;
}

export function leadK(a: AnnotatedArticle, k: number): number[] {
  return a.sentences.filter((s) => BODY.has(s.role)).slice(0, k).map((s) => s.index);
}

function randomK(a: AnnotatedArticle, k: number, random: () => number): number[] {
  const body = a.sentences.filter((s) => BODY.has(s.role)).map((s) => s.index);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  return body.slice(0, k).sort((x, y) => x - y);
}

export function newsbrief(a: AnnotatedArticle, k: number): number[] {
  return select(rank(a, { sentences: k }), { sentences: k });
}

function row(name: string, t: Totals, withSentences: boolean): string {
  const f = (x: number): string => ((x / t.n) * 100).toFixed(2).padStart(7);
  const rate = ((t.unfaithful / Math.max(1, t.sentences)) * 100).toFixed(1).padStart(6) + '%';
  const sentenceCols = withSentences
    ? `${((t.hitSentences / t.predictedSentences) * 100).toFixed(1).padStart(6)} ${((t.coveredReferences / t.referenceSentences) * 100).toFixed(1).padStart(6)}`
    : '     -      -';
  return `${name.padEnd(12)}${f(t.rouge.rouge1)}${f(t.rouge.rouge2)}${f(t.rouge.rougeL)}${f(t.rouge.rougeLsum)}  ${sentenceCols} ${rate} ${String(t.violations).padStart(5)}`;
}

export function runDataset(d: Dataset, summarise: (a: AnnotatedArticle, k: number) => number[] = newsbrief): { ours: Totals; lead: Totals; random: Totals } {
  const ours = empty();
  const lead = empty();
  const rand = empty();
  const random = mulberry32(7);
  for (const r of loadRecords(d.file)) {
    const a = annotateText(r.text, r.id);
    const k = d.k(r);
    addSummary(ours, a, summarise(a, k), r);
    addSummary(lead, a, leadK(a, k), r);
    addSummary(rand, a, randomK(a, k, random), r);
  }
  return { ours, lead, random: rand };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  console.log('\nExtractive summaries: ROUGE F1 ×100 (rouge-score semantics); sentence P/R on BBC reference spans;');
  console.log('unfaithful = opens with a pronoun/connective without the sentence before it; violations = heading/title/byline/fragment < 5 words\n');
  console.log(`${'system'.padEnd(12)}${'R-1'.padStart(7)}${'R-2'.padStart(7)}${'R-L'.padStart(7)}${'R-Lsum'.padStart(7)}  ${'sentP'.padStart(6)} ${'sentR'.padStart(6)} ${'unfaith'.padStart(7)} ${'viol'.padStart(5)}`);
  for (const d of DATASETS) {
    if (only && d.name !== only) continue;
    const t0 = performance.now();
    const { ours, lead, random } = runDataset(d);
    const spans = d.name === 'bbc';
    console.log(`-- ${d.name} (${ours.n} articles, k = ${d.name === 'bbc' ? 'reference length' : d.k({} as Record)}) ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(row('newsbrief', ours, spans));
    console.log(row(`lead-k`, lead, spans));
    console.log(row('random-k', random, spans));
  }
}
