/**
 * The real-article benchmark's data: annotations (real-articles-guidelines.md) and the page each
 * one describes, from two sets —
 *
 *   dev  ../shared/bench/real-dev/<id>.json, page ../shared/bench/extraction-dev/html/<id>.html.gz
 *   own  bench/real/<name>.json with "page": "pages/<file>" relative to bench/real/
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFile, sourceFromBytes } from '../../src/read/index.js';
import type { Source } from '../../src/types.js';

export type SetName = 'dev' | 'own';
export type GoldType = 'person' | 'organization' | 'place';

export interface GoldEntity {
  name: string;
  type: GoldType;
  aliases: string[];
  key: boolean;
}

export interface GoldClaim {
  speaker: string;
  speaker_aliases: string[];
  cue: string;
  content: string;
  kind: 'direct' | 'mixed' | 'indirect';
}

export interface GoldImplication {
  text: string;
  kind: 'consequence' | 'forecast' | 'both';
  key: boolean;
}

export interface Annotation {
  id: string;
  url?: string;
  language?: string;
  genre: string;
  title: string;
  is_article?: boolean;
  summary_ok: string[];
  summary_best: string[];
  entities: GoldEntity[];
  claims: GoldClaim[];
  implications: GoldImplication[];
  notes?: string;
  /** Only part of the page is annotated (say which in notes): precision figures are not scored on it. */
  partial?: boolean;
  /** Own pages only: the input file, relative to bench/real/. */
  page?: string;
  source?: string | { repo: string; path: string; commit: string };
  licence?: string;
}

export interface RealPage {
  set: SetName;
  /** The annotation file. */
  file: string;
  /** The input a user would give newsbrief (may be gzipped: read as its gunzipped bytes). */
  page: string;
  gold: Annotation;
  /** The article body the annotator read, where the set has it (dev: the benchmark's articleBody), else null. */
  body: string | null;
}

const TYPES = new Set(['person', 'organization', 'place']);

/** What is wrong with an annotation file, one line per problem ([] when it is usable). */
export function validateAnnotation(a: unknown, set: SetName): string[] {
  const problems: string[] = [];
  if (!a || typeof a !== 'object') return ['not a JSON object'];
  const o = a as Record<string, unknown>;
  const str = (k: string): void => {
    if (typeof o[k] !== 'string' || (o[k] as string).trim() === '') problems.push(`"${k}" must be a non-empty string`);
  };
  const strings = (k: string): void => {
    if (!Array.isArray(o[k]) || (o[k] as unknown[]).some((x) => typeof x !== 'string')) problems.push(`"${k}" must be an array of strings`);
  };
  str('id');
  str('genre');
  str('title');
  strings('summary_ok');
  strings('summary_best');
  if (set === 'own') {
    str('page');
    // Where the page came from: a URL and date, or the collection's repository, path and commit.
    const src = o.source as Record<string, unknown> | string | undefined;
    const fromRepository = typeof src === 'object' && src !== null && ['repo', 'path', 'commit'].every((k) => typeof src[k] === 'string' && src[k] !== '');
    if (!(typeof src === 'string' && src.trim() !== '') && !fromRepository) problems.push('"source" must be a non-empty string or {"repo", "path", "commit"}');
    str('licence');
  }
  if (!Array.isArray(o.entities)) problems.push('"entities" must be an array');
  else
    o.entities.forEach((e: Record<string, unknown>, i: number) => {
      if (typeof e?.name !== 'string') problems.push(`entities[${i}].name must be a string`);
      if (!TYPES.has(e?.type as string)) problems.push(`entities[${i}].type must be person, organization or place (is ${JSON.stringify(e?.type)})`);
      if (!Array.isArray(e?.aliases)) problems.push(`entities[${i}].aliases must be an array`);
      if (typeof e?.key !== 'boolean') problems.push(`entities[${i}].key must be true or false`);
    });
  if (!Array.isArray(o.claims)) problems.push('"claims" must be an array');
  else
    o.claims.forEach((c: Record<string, unknown>, i: number) => {
      if (typeof c?.speaker !== 'string') problems.push(`claims[${i}].speaker must be a string`);
      if (!Array.isArray(c?.speaker_aliases)) problems.push(`claims[${i}].speaker_aliases must be an array`);
      if (typeof c?.content !== 'string') problems.push(`claims[${i}].content must be a string`);
    });
  if (!Array.isArray(o.implications)) problems.push('"implications" must be an array');
  else
    o.implications.forEach((x: Record<string, unknown>, i: number) => {
      if (typeof x?.text !== 'string') problems.push(`implications[${i}].text must be a string`);
      if (typeof x?.key !== 'boolean') problems.push(`implications[${i}].key must be true or false`);
    });
  return problems;
}

function load(file: string, set: SetName, page: (a: Annotation) => string, body: (a: Annotation) => string | null): RealPage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const problems = validateAnnotation(parsed, set);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  const gold = parsed as Annotation;
  const path = page(gold);
  if (!existsSync(path)) throw new Error(`${file}: its page ${path} does not exist`);
  return { set, file, page: path, gold, body: body(gold) };
}

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** The 48 annotated ScrapingHub pages; `shared` is the shared bench folder (../shared/bench). */
export function loadDev(shared: string): RealPage[] {
  const dir = join(shared, 'real-dev');
  if (!existsSync(dir)) throw new Error(`${dir}: not found (the shared bench data; pass --shared DIR)`);
  const truthFile = join(shared, 'extraction-dev', 'ground-truth.json');
  const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string }>) : {};
  return jsonFiles(dir).map((f) =>
    load(
      f,
      'dev',
      (a) => join(shared, 'extraction-dev', 'html', `${a.id}.html.gz`),
      (a) => truth[a.id]?.articleBody ?? null,
    ),
  );
}

/**
 * Our own annotations in `dir` (bench/real/): each names its input with "page" ("pages/<file>"),
 * looked for in `pagesDir`. The pages are copies of public collections' files (see each
 * annotation's "source"), kept with the shared bench data, not in this repository; annotations
 * whose page is not there are returned as `missing`.
 */
export function loadOwn(dir: string, pagesDir: string): { pages: RealPage[]; missing: string[] } {
  const pages: RealPage[] = [];
  const missing: string[] = [];
  for (const f of jsonFiles(dir)) {
    try {
      pages.push(load(f, 'own', (a) => resolve(pagesDir, a.page!.replace(/^pages\//, '')), () => null));
    } catch (error) {
      if (!/does not exist$/.test((error as Error).message)) throw error;
      missing.push(f);
    }
  }
  return { pages, missing };
}

/**
 * The page as newsbrief reads a file a user gives it: `readFile` for plain files; a gzipped page
 * is gunzipped and its bytes go through the same decoder (`sourceFromBytes`, which `readFile`
 * ends in), named without the .gz.
 */
export async function readPage(path: string): Promise<Source> {
  if (!path.endsWith('.gz')) return readFile(path);
  const bytes = gunzipSync(readFileSync(path));
  return sourceFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(path, '.gz'));
}
