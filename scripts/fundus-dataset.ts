/**
 * Builds an extraction check from flairNLP/fundus's parser test data (MIT): its saved pages of
 * news publishers (2023 onwards) and, for each, the article body fundus's own hand-written
 * parser for that publisher extracts. Written in the shape `npm run bench:extract -- --dataset
 * DIR` reads: DIR/articles.json ({id: {articleBody, headline, url}}) and DIR/html/<id>.html.
 *
 *   npx tsx scripts/fundus-dataset.ts --repo GIT_DIR --out DIR [--commit REV]
 *
 * GIT_DIR is a clone (or a bare mirror) of github.com/flairNLP/fundus. Only English-language
 * publishers' pages are taken: the countries below, less pages in other languages by their
 * <html lang> and the publishers below that write in another. A publisher's JSON holds one
 * expected result per parser version; a page takes the version whose title and first paragraphs
 * it holds. The body is the summary (standfirst), then each section's headline and paragraphs,
 * one per line, as fundus lists them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const DATA = 'tests/resources/parser/test_data';
/** Countries whose publishers fundus lists that write (mostly) in English. */
const ENGLISH = new Set(['us', 'uk', 'au', 'ca', 'za', 'ind', 'my', 'na', 'tz', 'ls', 'tw', 'mx', 'jp']);
/** Publishers there that write in Swahili, Zulu or Xhosa, though their pages declare `lang="en"`. */
const NOT_ENGLISH = new Set(['HabariLeo', 'Dizindaba', 'EyethuNews', 'Ilanga', 'Isolezwe', 'IsolezweLesiXhosa']);

interface Version {
  title?: string | null;
  body?: { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> } | null;
}

function args(): { repo: string; out: string; commit: string } {
  const a = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const i = a.indexOf(flag);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const repo = get('--repo');
  const out = get('--out');
  if (!repo || !out) {
    console.error('usage: npx tsx scripts/fundus-dataset.ts --repo GIT_DIR --out DIR [--commit REV]');
    process.exit(2);
  }
  return { repo, out, commit: get('--commit') ?? 'HEAD' };
}

const { repo, out, commit } = args();
// A clone keeps its history in .git; a bare mirror is the history itself.
const gitDir = existsSync(join(repo, '.git')) ? join(repo, '.git') : repo;
const git = (...xs: string[]): Buffer => execFileSync('git', ['--git-dir', gitDir, ...xs], { maxBuffer: 1 << 28 });
const files = git('ls-tree', '-r', '--name-only', commit, DATA).toString().split('\n').filter(Boolean);
mkdirSync(join(out, 'html'), { recursive: true });
const articles: Record<string, { articleBody: string; headline: string | null; url: string | null }> = {};
const plain = (s: string): string => s.replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
for (const f of files.filter((x) => x.endsWith('.html.gz'))) {
  const [country, file] = f.slice(DATA.length + 1).split('/') as [string, string];
  const publisher = file.replace(/(?:_\d{4}_\d{2}_\d{2})?\.html\.gz$/, '');
  if (!ENGLISH.has(country) || NOT_ENGLISH.has(publisher)) continue;
  const json = `${DATA}/${country}/${publisher}.json`;
  if (!files.includes(json)) continue;
  const html = gunzipSync(git('show', `${commit}:${f}`)).toString('utf8');
  const lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase();
  if (lang && !lang.startsWith('en')) continue;
  const text = plain(html);
  const versions = JSON.parse(git('show', `${commit}:${json}`).toString('utf8')) as Record<string, Version>;
  const paragraphs = (v: Version): string[] => (v.body?.sections ?? []).flatMap((s) => s.paragraphs ?? []);
  const fit = (v: Version): number => (v.title && text.includes(v.title.slice(0, 30)) ? 1 : 0) + paragraphs(v).slice(0, 5).filter((p) => text.includes(p.slice(0, 40))).length;
  const best = Object.values(versions).reduce((a, b) => (fit(b) > fit(a) ? b : a));
  const body = [...(best.body?.summary ?? []), ...(best.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n');
  // Pages whose expected body is missing or a few words (a parser version that reads another page kind) say nothing.
  if (body.split(/\s+/).length < 100) continue;
  const meta = files.includes(`${DATA}/${country}/meta.info`) ? (JSON.parse(git('show', `${commit}:${DATA}/${country}/meta.info`).toString('utf8')) as Record<string, { url?: string }>) : {};
  const id = `${country}_${file.replace(/\.html\.gz$/, '')}`;
  writeFileSync(join(out, 'html', `${id}.html`), html);
  articles[id] = { articleBody: body, headline: best.title ?? null, url: meta[file]?.url ?? null };
}
writeFileSync(join(out, 'articles.json'), JSON.stringify(articles, null, 1));
console.log(`${Object.keys(articles).length} pages written to ${out}`);
