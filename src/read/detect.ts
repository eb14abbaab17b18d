import type { InputFormat } from '../types.js';

/** Tags that only HTML documents carry at block level. */
const HTML_TAG = /<\/?(?:html|head|body|article|section|main|div|p|span|a|br|h[1-6]|ul|ol|li|script|style|meta|link|table|header|footer|nav|figure|img)\b[^>]*>/gi;

/** How many HTML tags a text needs before it is treated as HTML when it does not start like a page. */
const HTML_MIN_TAGS = 8;

/**
 * Which parser a text needs. HTML: starts with a doctype/`<html>`, or is dense in block tags.
 * Markdown: carries Markdown block syntax (ATX headings, fences, links, emphasis, setext
 * underlines). Everything else is plain text, whose structure the plain parser infers.
 */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  // YAML front matter opens a static site's source file, Markdown (with any HTML blocks in it).
  if (/^(?:\uFEFF)?---[ \t]*\r?\n(?:[^\n]*\n){0,200}?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text.slice(0, 20_000)) && /^---[ \t]*\r?\n[A-Za-z_][\w-]*:/.test(text.replace(/^\uFEFF/, ''))) return 'markdown';
  if (/^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i.test(head)) return 'html';
  if (head.startsWith('<')) {
    const tags = text.slice(0, 200_000).match(HTML_TAG);
    if (tags && tags.length >= HTML_MIN_TAGS) return 'html';
  }
  return markdownScore(text) >= 2 ? 'markdown' : 'text';
}

function markdownScore(text: string): number {
  const sample = text.slice(0, 100_000);
  let score = 0;
  if (/^#{1,6}[ \t]+\S/m.test(sample)) score += 2;
  if (/^(?:```|~~~)/m.test(sample)) score += 2;
  if (/^\S.*\n(?:=+|-{3,})[ \t]*$/m.test(sample)) score += 1;
  if (/\[[^\]\n]+\]\((?:https?:\/\/|\/|#)[^)\s]*\)/.test(sample)) score += 1;
  if (/(?:^|\s)(\*\*|__)\S[^*\n]*\S\1(?=\s|[.,;:!?]|$)/m.test(sample)) score += 1;
  if (/^>[ \t]/m.test(sample)) score += 1;
  return score;
}
