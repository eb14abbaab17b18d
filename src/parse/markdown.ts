import { createRequire } from 'node:module';
import type { Token, Tokens } from 'marked';
import { MAX_LIST_DEPTH, TextBuilder } from './builder.js';
import type { RawBlock } from './blocks.js';
import type { SourceMeta } from '../types.js';
import { isByline } from './frontmatter.js';
import { readFrontMatter } from './yaml-front.js';
import { decodeEntities } from '../character-references.js';
import { htmlBodyBlocks } from './html/index.js';

/** Block tags that say a body is HTML, not Markdown with a few tags in it. */
const HTML_BLOCK_TAG = /<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|section|article|figure|br)\b[^>]*>/gi;
const HTML_BODY_MIN_TAGS = 4;

function isHtmlBody(body: string): boolean {
  return /^\s*</.test(body) && (body.slice(0, 100_000).match(HTML_BLOCK_TAG)?.length ?? 0) >= HTML_BODY_MIN_TAGS;
}

/**
 * Markdown → the plain text the pipeline reads (inline markup removed) and its blocks. Headings
 * keep their level; lists stay lists (nested items are flattened into the list); block quotes
 * become quote blocks; code blocks and tables are kept as paragraphs of their text.
 */
let lexer: ((src: string) => Token[]) | null = null;

/** marked is required on first use, so plain-text and HTML inputs never load it. */
function lex(markdown: string): Token[] {
  if (!lexer) {
    const { Lexer } = createRequire(import.meta.url)('marked') as typeof import('marked');
    lexer = (src) => Lexer.lex(src);
  }
  return lexer(markdown);
}

export function markdownBlocks(markdown: string): { text: string; blocks: RawBlock[]; meta?: SourceMeta } {
  const builder = new TextBuilder();
  // Front matter gives the title, standfirst and byline, written first so they have offsets like
  // the rest (the pipeline then finds them where it looks for them), and the date.
  const front = readFrontMatter(markdown);
  if (front) {
    if (front.title) builder.block('heading', decodeEntities(front.title), 1);
    if (front.dek) builder.dek(decodeEntities(front.dek));
    // Only names: some sites list author slugs ("gray-brooks"), which are no byline.
    const byline = front.byline ? `By ${decodeEntities(front.byline)}` : null;
    if (byline && isByline(byline)) builder.block('paragraph', byline);
  }
  const body = front ? markdown.slice(front.bodyStart) : markdown;
  // A static site's page written in HTML under its front matter ("---\ntitle: …\n---\n<p>…</p>").
  if (front && isHtmlBody(body)) htmlBodyBlocks(body, builder);
  else walk(lex(body), builder, false);
  const meta = { ...(front?.published ? { published: front.published } : {}), ...(front?.url ? { url: front.url } : {}) };
  return { text: builder.text, blocks: builder.blocks, ...(Object.keys(meta).length > 0 ? { meta } : {}) };
}

function walk(tokens: Token[], out: TextBuilder, inQuote: boolean): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const t = token as Tokens.Heading;
        out.block('heading', inline(t.tokens), t.depth);
        break;
      }
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        out.block(inQuote ? 'quote' : 'paragraph', t.tokens ? inline(t.tokens) : decodeEntities(t.text));
        break;
      }
      case 'list': {
        const t = token as Tokens.List;
        const items: string[] = [];
        const depths: number[] = [];
        flattenItems(t, items, depths);
        out.list(items, t.ordered, typeof t.start === 'number' ? t.start : 1, undefined, depths);
        break;
      }
      case 'blockquote':
        walk((token as Tokens.Blockquote).tokens, out, true);
        break;
      case 'code':
        // A fenced block is code; a paragraph a writer indented (marked reads four spaces as code) stays one.
        if ((token as Tokens.Code).codeBlockStyle === 'indented') out.block('paragraph', (token as Tokens.Code).text);
        else out.code((token as Tokens.Code).text);
        break;
      case 'table': {
        const t = token as Tokens.Table;
        out.table([t.header, ...t.rows].map((row) => row.map((cell) => inline(cell.tokens))));
        break;
      }
      case 'html':
        out.block('paragraph', decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ')));
        break;
      default:
        // space, hr, def: nothing to read.
        break;
    }
  }
}


function flattenItems(list: Tokens.List, into: string[], depths: number[], depth = 0): void {
  for (const item of list.items) {
    const own: string[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') continue;
      const c = child as Tokens.Text | Tokens.Paragraph;
      own.push(c.tokens ? inline(c.tokens) : decodeEntities(c.text ?? ''));
    }
    into.push(own.join(' '));
    depths.push(depth);
    const next = own.join('').trim() === '' ? depth : Math.min(depth + 1, MAX_LIST_DEPTH);
    for (const child of item.tokens) if (child.type === 'list') flattenItems(child as Tokens.List, into, depths, next);
  }
}

/** Inline tokens → their visible text. */
function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let s = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan':
        s += (token as Tokens.Text).tokens ? inline((token as Tokens.Text).tokens) : decodeEntities((token as Tokens.Text).text);
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        s += inline((token as Tokens.Strong).tokens);
        break;
      case 'image':
        break;
      case 'br':
        s += ' ';
        break;
      case 'html':
        break;
      default:
        s += 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
    }
  }
  return s;
}
