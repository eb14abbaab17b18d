/**
 * The real pages readers annotated, for the scripts that fit a model on them (train:names,
 * train:claims-real, train:genre): real-dev in ../shared/bench and our own in bench/real, whose
 * pages come from `--pages DIR` as for bench:real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDev, loadOwn, readPage, type Annotation, type RealPage } from '../../bench/lib/real-data.js';
import { foldOf, isReserve } from '../../bench/lib/reserve.js';
import { annotate, type AnnotateOptions } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import type { AnnotatedArticle } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'bench');

/** Every annotated page; exits with a message when one of our own has no page in the folder. */
export function realPages(script: string, argv: readonly string[] = process.argv.slice(2)): RealPage[] {
  const at = argv.indexOf('--pages');
  const dir = at >= 0 && argv[at + 1] ? argv[at + 1]! : join(SHARED, 'real-own', 'pages');
  const own = loadOwn(join(ROOT, 'bench', 'real'), dir);
  // A model fitted on part of the pages would silently replace one fitted on all of them.
  if (own.missing.length > 0) {
    console.error(`${script}: ${own.missing.length} own annotations have no page in ${dir}: give --pages DIR (see bench/real/README.md)`);
    process.exit(1);
  }
  const pages = [...loadDev(SHARED), ...own.pages];
  // EXCLUDE=FILE (ids, one a line) leaves those pages out altogether, to measure a refit on pages it never saw.
  if (!process.env.EXCLUDE) return pages;
  const out = new Set(readFileSync(process.env.EXCLUDE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  const kept = pages.filter((p) => !out.has(p.gold.id));
  console.error(`${script}: ${pages.length - kept.length} pages left out (EXCLUDE=${process.env.EXCLUDE})`);
  return kept;
}

/**
 * Every fully annotated page (a partial annotation, a long encyclopedia page, says nothing of the
 * rest of it), read and annotated as the product reads it, with its fold: -1 for the reserve
 * fifth (bench/lib/reserve.ts), else 0 … folds − 1.
 */
export async function* annotatedPages(script: string, folds: number, options: AnnotateOptions = {}): AsyncGenerator<{ gold: Annotation; annotated: AnnotatedArticle; fold: number }> {
  for (const page of realPages(script)) {
    const { gold } = page;
    if (gold.partial) continue;
    yield { gold, annotated: annotate(parse(await readPage(page.page)), options), fold: isReserve(gold.id) ? -1 : foldOf(gold.id, folds) };
  }
}
