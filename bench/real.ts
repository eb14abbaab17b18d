/**
 * npm run bench:real — newsbrief against a reader's annotation of real articles, per genre, per
 * set and overall (see bench/real/README.md for the annotation format and every matching rule).
 *
 *   npm run bench:real                       compact table, targets, error counts
 *   npm run bench:real -- --verbose          … and each article's wrong and missed items
 *   npm run bench:real -- --article 04a67    one article (id prefix), with its wrong items
 *   npm run bench:real -- --set dev|own|all  which annotations (default all)
 *   npm run bench:real -- --shared DIR       the shared bench folder (default ../shared/bench)
 *   npm run bench:real -- --pages DIR        where our own annotations' pages are (default <shared>/real-own/pages)
 *   npm run bench:real -- --annotations DIR  where our own annotations are (default bench/real)
 *
 * Every page goes through the product in-process exactly as a user's file does: read the file
 * (gzipped pages gunzipped first), then `briefSource` with default options (3 summary sentences).
 */
import { join } from 'node:path';
import { briefSource, hasArticleText } from '../src/index.js';
import { loadDev, loadOwn, readPage, type RealPage, type SetName } from './lib/real-data.js';
import { CLAIM_OVERLAP, IMPLICATION_OVERLAP, SUMMARY_OVERLAP } from './lib/real-match.js';
import { NOTHING, addCounts, newCounts, printedOf, scoreArticle, type Counts, type Errors } from './lib/real-score.js';
import { isReserve } from './lib/reserve.js';

const ROOT = join(import.meta.dirname, '..');
const USAGE = 'usage: npm run bench:real -- [--set dev|own|all] [--verbose] [--article ID] [--shared DIR] [--pages DIR] [--annotations DIR]';

interface Args {
  set: 'dev' | 'own' | 'all';
  verbose: boolean;
  article: string | null;
  shared: string;
  /** Where our own annotations' pages are (default <shared>/real-own/pages). */
  pages: string | null;
  /** Where our own annotations are (default bench/real). */
  annotations: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { set: 'all', verbose: false, article: null, shared: join(ROOT, '..', 'shared', 'bench'), pages: null, annotations: join(ROOT, 'bench', 'real') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    if (flag === '--verbose' || flag === '-v') args.verbose = true;
    else if (flag === '--article') args.article = value();
    else if (flag === '--shared') args.shared = value();
    else if (flag === '--pages') args.pages = value();
    else if (flag === '--annotations') args.annotations = value();
    else if (flag === '--set') {
      const v = value();
      if (v !== 'dev' && v !== 'own' && v !== 'all') fail(`--set must be dev, own or all (not ${v})`);
      args.set = v;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`bench:real: ${message}\n${USAGE}`);
  process.exit(2);
}

// ── the metrics: [column, label, numerator, denominator, target]
type Metric = { col: string; label: string; num: keyof Counts; den: keyof Counts; target: number | null };
const METRICS: Metric[] = [
  { col: 'names', label: 'names right', num: 'namesRight', den: 'names', target: 0.9 },
  { col: 'keyact', label: 'key actors found', num: 'keyActorsFound', den: 'keyActors', target: 0.95 },
  { col: 'claims', label: 'claims right (content + speaker)', num: 'claimsRight', den: 'claims', target: 0.85 },
  { col: 'clm-c', label: 'claims, content only', num: 'claimsContent', den: 'claims', target: null },
  { col: 'attr-c', label: 'attributions found (content)', num: 'attributionsContent', den: 'attributions', target: 0.7 },
  { col: 'attr-s', label: 'attributions found (+ right speaker)', num: 'attributionsSpeaker', den: 'attributions', target: 0.7 },
  { col: 'summ', label: 'summary sentences kept', num: 'summaryKept', den: 'summary', target: 0.85 },
  { col: 'best', label: 'best sentences found', num: 'summaryBestFound', den: 'summaryBest', target: null },
  { col: 'impl', label: 'implications real', num: 'implicationsReal', den: 'implications', target: 0.8 },
  { col: 'keyimp', label: 'key implications found', num: 'keyImplicationsFound', den: 'keyImplications', target: 0.8 },
  { col: 'impl3', label: 'implications the summary view shows, real', num: 'implicationsShownReal', den: 'implicationsShown', target: null },
  { col: 'title', label: 'titles', num: 'titlesRight', den: 'titles', target: 1 },
  { col: 'genre', label: 'genre right', num: 'genresRight', den: 'genres', target: null },
];

const ratio = (c: Counts, m: Metric): number | null => (c[m.den] === 0 ? null : c[m.num] / c[m.den]);
const pct = (r: number | null, width = 6): string => (r === null ? '-' : (r * 100).toFixed(1)).padStart(width);

interface Row {
  label: string;
  counts: Counts;
}

async function main(): Promise<void> {
  // `npm run bench:real | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : Promise.reject(error)));
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  let pages: RealPage[] = [];
  try {
    if (args.set !== 'own') pages.push(...loadDev(args.shared));
    if (args.set !== 'dev') {
      const own = loadOwn(args.annotations, args.pages ?? join(args.shared, 'real-own', 'pages'));
      pages.push(...own.pages);
      if (own.missing.length > 0) console.error(`bench:real: ${own.missing.length} own annotations skipped: their pages are not in ${args.pages ?? join(args.shared, 'real-own', 'pages')} (see bench/real/README.md)`);
    }
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.article) {
    const want = args.article;
    pages = pages.filter((p) => p.gold.id.startsWith(want) || p.file.endsWith(`/${want}.json`));
    if (pages.length === 0) fail(`no annotated article has an id starting with ${want}`);
    args.verbose = true;
  }

  if (pages.length === 0) {
    console.log(`No annotated pages in set ${args.set} (our own go in bench/real/: see its README.md).`);
    return;
  }

  const genres = new Map<string, Counts>();
  const sets = new Map<SetName, Counts>();
  const rest = newCounts();
  const reserve = newCounts();
  const all = newCounts();
  const failures: string[] = [];
  for (const page of pages) {
    let printed = NOTHING;
    try {
      const brief = briefSource(await readPage(page.page));
      if (hasArticleText(brief)) printed = printedOf(brief);
      else failures.push(`${page.gold.id}: no article text found`);
    } catch (error) {
      failures.push(`${page.gold.id}: ${(error as Error).message}`);
    }
    const { counts, errors } = scoreArticle(page.gold, printed, page.body);
    if (printed === NOTHING) counts.failed = 1;
    const reserved = isReserve(page.gold.id);
    const genre = page.gold.genre;
    if (!genres.has(genre)) genres.set(genre, newCounts());
    if (!sets.has(page.set)) sets.set(page.set, newCounts());
    for (const into of [genres.get(genre)!, sets.get(page.set)!, reserved ? reserve : rest, all]) addCounts(into, counts);
    if (args.verbose) printErrors(page, reserved, counts, errors);
  }
  const seconds = (performance.now() - t0) / 1000;

  console.log(`\nReal articles — ${pages.length} annotated pages (set: ${args.set}), ${seconds.toFixed(1)} s`);
  console.log(
    `Word-overlap matching (share of the shorter text's words): claims ≥ ${CLAIM_OVERLAP * 100}%, summary ≥ ${SUMMARY_OVERLAP * 100}%, implications ≥ ${IMPLICATION_OVERLAP * 100}%.`,
  );
  console.log('Every figure is micro-averaged over items; "arts" is the number of articles in the row.');
  console.log(
    'Fitted on these pages less the reserve fifth: the name recogniser, the name check, the readers\' claim and implication checks, the genre model and the off-lead brief (names, claims, impl, keyimp, impl3, summ, genre). Outside the "reserve fifth" row they overstate; impl and keyimp most.',
  );
  const rows: Row[] = [
    ...[...genres].sort((a, b) => b[1].articles - a[1].articles || a[0].localeCompare(b[0])).map(([g, c]) => ({ label: `  ${g}`, counts: c })),
    { label: '', counts: newCounts() },
    ...(['dev', 'own'] as const).filter((s) => sets.has(s)).map((s) => ({ label: s === 'dev' ? 'dev (real-dev)' : 'own (bench/real)', counts: sets.get(s)! })),
    { label: 'rest (not reserve)', counts: rest },
    { label: 'reserve fifth', counts: reserve },
    { label: 'all', counts: all },
  ];
  printTable(rows);
  printTargets(all, reserve);
  printCounts(all);
  if (failures.length > 0) {
    console.log(`\n${failures.length} page(s) gave no brief (scored as printing nothing):`);
    for (const f of failures) console.log(`  ${f}`);
  }
}

function printTable(rows: Row[]): void {
  const width = Math.max(20, ...rows.map((r) => r.label.length)) + 1;
  console.log(`\n${'group'.padEnd(width)}${'arts'.padStart(5)}${METRICS.map((m) => m.col.padStart(7)).join('')}`);
  for (const r of rows) {
    if (r.label === '') {
      console.log('-'.repeat(width + 5 + 7 * METRICS.length));
      continue;
    }
    console.log(`${r.label.padEnd(width)}${String(r.counts.articles).padStart(5)}${METRICS.map((m) => pct(ratio(r.counts, m), 7)).join('')}`);
  }
  console.log('\ncolumns: ' + METRICS.map((m) => `${m.col} = ${m.label}`).join('; '));
}

function printTargets(all: Counts, reserve: Counts): void {
  console.log(`\n${'target'.padEnd(38)}${'goal'.padStart(6)}${'all'.padStart(8)}${''.padStart(9)}${'reserve'.padStart(8)}`);
  for (const m of METRICS) {
    if (m.target === null) continue;
    const mark = (r: number | null): string => (r === null ? '  -     ' : r >= m.target! - 1e-9 ? '  met   ' : '  NOT MET');
    const a = ratio(all, m);
    const r = ratio(reserve, m);
    console.log(`${m.label.padEnd(38)}${`${(m.target * 100).toFixed(0)}%`.padStart(6)}${pct(a, 8)}${mark(a).padEnd(9)}${pct(r, 8)}${mark(r)}`);
  }
}

function printCounts(c: Counts): void {
  console.log('\ncounts (all):');
  console.log(
    `  names: ${c.names} printed — ${c.namesRight} right (${c.namesDuplicate} of them a second record for the same entity), ${c.namesTypeError} type errors, ${c.namesJunk} junk/unknown`,
  );
  console.log(`  key actors: ${c.keyActorsFound}/${c.keyActors} by the record's name; ${c.keyActorsFoundByMention}/${c.keyActors} by its name or a mention text`);
  console.log(
    `  claims: ${c.claims} attributed printed (${c.factual} unattributed "factual" claims not scored) — ${c.claimsContent} content matches, ${c.claimsRight} also right speaker; ` +
      `${c.claimsWrongSpeaker} wrong speaker (${c.claimsNoSpeaker} none, ${c.claimsPronounSpeaker} a pronoun), ${c.claims - c.claimsContent} match no attribution`,
  );
  console.log(`  attributions: ${c.attributions} annotated — ${c.attributionsContent} found by content, ${c.attributionsSpeaker} with the right speaker`);
  console.log(
    `  summary: ${c.summaryKept}/${c.summary} printed sentences in summary_ok (${c.summaryOutsideBody} of the others are not in the annotated article body: dek, caption, chrome); ${c.summaryBestFound}/${c.summaryBest} summary_best sentences printed`,
  );
  console.log(`  implications: ${c.implicationsReal}/${c.implications} printed are annotated; ${c.keyImplicationsFound}/${c.keyImplications} key ones printed`);
  console.log(`  titles: ${c.titlesRight}/${c.titles}${c.failed ? `; ${c.failed} page(s) gave no brief` : ''}`);
}

function printErrors(page: RealPage, reserved: boolean, counts: Counts, e: Errors): void {
  const line = (s: string | null): string => (s === null ? '(none)' : s.length > 160 ? `${s.slice(0, 157)}…` : s);
  console.log(`\n══ ${page.gold.id} · ${page.gold.genre} · ${page.set}${reserved ? ' · reserve' : ''} · ${page.page}`);
  console.log(`   ${METRICS.map((m) => `${m.col} ${counts[m.num]}/${counts[m.den]}`).join('  ')}`);
  const list = (heading: string, items: string[]): void => {
    if (items.length === 0) return;
    console.log(`  ${heading} (${items.length}):`);
    for (const i of items) console.log(`    - ${line(i)}`);
  };
  if (e.title) console.log(`  title: printed ${JSON.stringify(e.title.printed)}, annotated ${JSON.stringify(e.title.gold)}`);
  list('junk/unknown names', e.junkNames);
  list('type errors', e.typeErrors.map((t) => `${t.name}: printed ${t.printed}, annotated ${t.gold}`));
  list('second records for one entity', e.duplicateNames.map((d) => `${d.name} (= ${d.gold}; first record ${d.first})`));
  list('missed key actors', e.missedKeyActors.map((m) => `${m.name} (${m.type})${m.printedAs ? ` — printed as ${m.printedAs}` : ''}`));
  list('wrong-speaker claims', e.wrongSpeakers.map((w) => `[${w.speaker ?? 'no speaker'} ≠ ${w.gold.join(' / ')}] ${w.content}`));
  list('claims matching no attribution', e.unmatchedClaims.map((u) => `[${u.speaker ?? 'no speaker'} · ${u.cue ?? ''}] ${u.content}`));
  list('missed attributions', e.missedAttributions.map((m) => `[${m.speaker}] ${m.content}`));
  list('summary sentences not in summary_ok', e.unmatchedSummary);
  list('summary_best sentences missed', e.missedBest);
  list('false implications', e.falseImplications);
  list('missed key implications', e.missedKeyImplications);
}

await main();
