/**
 * npm run bench:extract — finding the article body.
 *
 *   HTML:        ../shared/bench/extraction-dev/ (ScrapingHub article-extraction benchmark, 90 pages)
 *   pasted text: ../shared/bench/pasted-dev.jsonl (the same pages as select-all-and-copy text)
 *
 * Scored with the benchmark's own metric (bench/lib/shingles.ts) against the true articleBody.
 * newsbrief's body text = the extracted article's headings and blocks, without the title; it
 * goes through the same read → parse path as `newsbrief read`. For comparison, measured in the
 * same run: bare Readability (textContent) over linkedom, and keeping the whole pasted text.
 * The reserve fifth of the pages (bench/lib/reserve.ts, by page id) is also scored on its own:
 * extraction rules are ours, not fitted, but a rule written for one dev page shows as a gap there.
 *
 *   npm run bench:extract -- --dataset DIR   another collection in the same shape, scored the same
 *                                            way: DIR/articles.json ({id: {articleBody, …}}) and
 *                                            DIR/html/<id>.html (AndyTheFactory/article-extraction-dataset,
 *                                            424 pages of 212 sites from 2023, is one;
 *                                            scripts/fundus-dataset.ts builds another from
 *                                            flairNLP/fundus's publisher pages); --verbose adds
 *                                            the 15 worst pages
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from '../src/parse/index.js';
import { sourceFromBytes, sourceFromText } from '../src/read/index.js';
import type { Article } from '../src/types.js';
import { extractionScore, shingleMatch, type TpFpFn } from './lib/shingles.js';
import { isReserve } from './lib/reserve.js';
import { normaliseName } from './lib/real-match.js';

const BENCH = join(import.meta.dirname, '..', '..', 'shared', 'bench');

/** The text the benchmark scores: headings and blocks, no title. */
export function bodyText(a: Article): string {
  return a.sections.flatMap((s) => [...(s.heading ? [s.heading.text] : []), ...s.blocks.map((b) => b.text)]).join('\n\n');
}

export function htmlPages(): Array<{ id: string; bytes: Buffer; truth: string }> {
  const dir = join(BENCH, 'extraction-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => {
      const id = f.replace('.html.gz', '');
      return { id, bytes: gunzipSync(readFileSync(join(dir, 'html', f))), truth: truth[id]!.articleBody };
    });
}

export function pastedPages(): Array<{ id: string; text: string; truth: string }> {
  return readFileSync(join(BENCH, 'pasted-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; articleBody: string };
      return { id: r.id, text: r.text, truth: r.articleBody };
    });
}

function report(name: string, pages: TpFpFn[], ms: number): void {
  const s = extractionScore(pages);
  console.log(`${name.padEnd(38)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}   ${ms.toFixed(1)} ms/page`);
}

/** Pages of a collection in the ScrapingHub shape: articles.json + html/<id>.html (pages missing from html/ are skipped and counted). */
export function datasetPages(dir: string): { pages: Array<{ id: string; bytes: Buffer; truth: string; title?: string }>; missing: number } {
  const truth = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Record<string, { articleBody: string; title?: string }>;
  const files = new Set(readdirSync(join(dir, 'html')));
  const ids = Object.keys(truth).sort();
  const pages = ids.filter((id) => files.has(`${id}.html`)).map((id) => ({ id, bytes: readFileSync(join(dir, 'html', `${id}.html`)), truth: truth[id]!.articleBody, title: truth[id]!.title }));
  return { pages, missing: ids.length - pages.length };
}

/**
 * Bare Readability and newsbrief on HTML pages, reported with newsbrief's reserve fifth; returns
 * newsbrief's scores. A page that either one rejects (a collection's broken page) scores as an empty body.
 */
function scoreHtml(pages: Array<{ id: string; bytes: Buffer; truth: string }>, titles: Array<string | null> = []): TpFpFn[] {
  const require = createRequire(import.meta.url);
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  const timed = (name: string, body: (p: { id: string; bytes: Buffer }, i: number) => string): TpFpFn[] => {
    const t0 = performance.now();
    const scores = pages.map((p, i) => {
      try {
        return shingleMatch(p.truth, body(p, i));
      } catch {
        return shingleMatch(p.truth, '');
      }
    });
    report(name, scores, (performance.now() - t0) / pages.length);
    return scores;
  };
  timed('HTML: Readability (bare)', (p) => new Readability(parseHTML(p.bytes.toString('utf8')).document).parse()?.textContent ?? '');
  const ours = timed('HTML: newsbrief', (p, i) => {
    const article = parse(sourceFromBytes(p.bytes, p.id, { inputFormat: 'html' }));
    titles[i] = article.title?.text ?? null;
    return bodyText(article);
  });
  report('HTML: newsbrief, reserve fifth', ours.filter((_, i) => isReserve(pages[i]!.id)), 0);
  return ours;
}

function scoreDataset(dir: string, verbose: boolean): void {
  const { pages, missing } = datasetPages(dir);
  console.log(`\nArticle body extraction on ${dir}, ScrapingHub metric (4-token shingles), ${pages.length} pages${missing ? ` (${missing} listed without a page, skipped)` : ''}\n`);
  const titles: Array<string | null> = [];
  const ours = scoreHtml(pages, titles);
  // A collection that gives each article's headline (its "title" beside "articleBody") scores the title too, as bench:real does.
  const withTitle = pages.map((p, i) => ({ id: p.id, gold: p.title, printed: titles[i] ?? null })).filter((t) => t.gold);
  if (withTitle.length > 0) {
    const right = (ts: typeof withTitle): number => ts.filter((t) => t.printed !== null && normaliseName(t.printed) === normaliseName(t.gold!)).length;
    const reserved = withTitle.filter((t) => isReserve(t.id));
    console.log(`titles: ${right(withTitle)} of ${withTitle.length} the page's headline; reserve fifth ${right(reserved)} of ${reserved.length}`);
    if (verbose) for (const t of withTitle.filter((t) => right([t]) === 0).slice(0, Number(process.env.WORST ?? 15))) console.log(`  title ${t.id}: ${JSON.stringify(t.printed)} ≠ ${JSON.stringify(t.gold)}`);
  }
  if (verbose) {
    const worst = ours.map((s, i) => ({ id: pages[i]!.id, f1: extractionScore([s]).f1 })).sort((a, b) => a.f1 - b.f1).slice(0, Number(process.env.WORST ?? 15));
    for (const w of worst) console.log(`  ${w.f1.toFixed(3)}  ${w.id}`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1] && process.argv.includes('--dataset')) {
  const dir = process.argv[process.argv.indexOf('--dataset') + 1];
  if (!dir) throw new Error('--dataset needs a folder');
  scoreDataset(dir, process.argv.includes('--verbose'));
} else if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const html = htmlPages();
  console.log(`\nArticle body extraction, ScrapingHub metric (4-token shingles), ${html.length} pages\n`);
  scoreHtml(html);

  const pasted = pastedPages();
  report('pasted text: keep everything', pasted.map((p) => shingleMatch(p.truth, p.text)), 0);
  const t0 = performance.now();
  const pastedOurs = pasted.map((p) => shingleMatch(p.truth, bodyText(parse(sourceFromText(p.text, p.id, { inputFormat: 'text' })))));
  report('pasted text: newsbrief', pastedOurs, (performance.now() - t0) / pasted.length);
  report('pasted text: newsbrief, reserve fifth', pastedOurs.filter((_, i) => isReserve(pasted[i]!.id)), 0);
}
