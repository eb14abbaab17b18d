/**
 * HTML → the plain text the pipeline reads and its blocks. The only file that uses the HTML
 * extractor (Mozilla's Readability over linkedom's DOM); both are required on first use, so no
 * other input pays for loading them.
 */
import { createRequire } from 'node:module';
import { MESSAGE, message } from '../../messages.js';
import type { Message, SourceMeta } from '../../types.js';
import { TextBuilder } from '../builder.js';
import type { RawBlock } from '../blocks.js';
import { readMetadata, type MetaDocument } from './metadata.js';
import { walk, type DomNode } from './walk.js';

interface Libraries {
  parseHTML(html: string): { document: DomDocument };
  Readability: new (doc: unknown, options?: { keepClasses?: boolean }) => { parse(): Parsed | null };
}
interface DomDocument {
  body: unknown;
}
interface Parsed {
  title?: string | null;
  byline?: string | null;
  content?: string | null;
  textContent?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

let libraries: Libraries | null = null;

function load(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as Pick<Libraries, 'parseHTML'>;
    const { Readability } = require('@mozilla/readability') as Pick<Libraries, 'Readability'>;
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

/** Below this many characters of text the extractor's result is not trusted and the whole page is read. */
const MIN_EXTRACTED_CHARS = 250;

export interface HtmlFront {
  text: string;
  blocks: RawBlock[];
  meta: SourceMeta;
  messages: Message[];
}

/**
 * Metadata first (JSON-LD, OpenGraph, <meta>), then Readability finds the article; its content is
 * walked into blocks with heading levels and lists kept (Readability flattens neither away, but
 * its text does). The title and byline are written first, as a level-1 heading and a "By …" line,
 * so they have offsets like everything else. When Readability finds nothing useful, the whole
 * page body is walked without its navigation, header, footer and asides, and a message says so.
 */
export function htmlBlocks(html: string): HtmlFront {
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(html);
  const found = readMetadata(document as unknown as MetaDocument);
  const messages: Message[] = [];
  let parsed: Parsed | null = null;
  try {
    parsed = new Readability(document, { keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  const meta: SourceMeta = {
    title: found.title ?? parsed?.title ?? null,
    byline: found.byline ?? parsed?.byline ?? null,
    published: found.published ?? parsed?.publishedTime ?? null,
    siteName: found.siteName ?? parsed?.siteName ?? null,
    lang: found.lang ?? parsed?.lang ?? null,
  };

  const out = new TextBuilder();
  if (meta.title) out.block('heading', meta.title, 1);
  if (meta.byline && !/^https?:/i.test(meta.byline)) out.block('paragraph', /^by\s/i.test(meta.byline) ? meta.byline : `By ${meta.byline}`);

  if (parsed?.content && (parsed.textContent ?? '').trim().length >= MIN_EXTRACTED_CHARS) {
    const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
    walk(content.body as unknown as DomNode, out, { page: false });
  } else {
    const page = parseHTML(html).document;
    walk(page.body as unknown as DomNode, out, { page: true });
    messages.push(message(MESSAGE.extractorFallback, 'the article extractor found no article; read the whole page without its navigation'));
  }
  return { text: out.text, blocks: out.blocks, meta, messages };
}
