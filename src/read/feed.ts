/**
 * RSS and Atom feeds: a feed is not an article but a list of them. Its items are read here into
 * one HTML page each (title, link, the item's content or summary), which the CLI briefs as a batch.
 * Feeds are regular XML, read with a few patterns rather than a DOM.
 */
import { decodeEntities } from '../character-references.js';

export interface FeedItem {
  /** The item's link, guid or id; else its place in the feed. */
  id: string;
  html: string;
}

/** Whether a text opens like an RSS, RDF or Atom feed. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<\?xml-stylesheet[^>]*\?>\s*)?/, '');
  return /^<(?:rss[\s>]|rdf:RDF[\s>]|feed[\s>][^>]*2005\/Atom)/i.test(head);
}

/** The text of the first `<tag>` in `xml`: CDATA unwrapped, entities decoded. */
function field(xml: string, tags: string[]): string | null {
  for (const tag of tags) {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
    if (m) {
      const raw = m[1]!.trim();
      const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(raw);
      return cdata ? cdata[1]! : decodeEntities(raw);
    }
  }
  return null;
}

/** An Atom link: `<link href="…" rel="alternate"/>`. */
function atomLink(xml: string): string | null {
  for (const m of xml.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attrs = m[1]!;
    const href = /\bhref=["']([^"']+)["']/i.exec(attrs)?.[1];
    if (href && !/\brel=["'](?!alternate)/i.test(attrs)) return decodeEntities(href);
  }
  return null;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The items of a feed, in feed order. `name` names the feed in ids without a link. */
export function feedItems(xml: string, name: string): FeedItem[] {
  const items = [...xml.matchAll(/<(item|entry)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi)].map((m) => m[2]!);
  return items.map((item, i) => {
    const title = field(item, ['title']);
    const link = field(item, ['link']) ?? atomLink(item);
    const id = link ?? field(item, ['guid', 'id']) ?? `${name} item ${i + 1}`;
    const content = field(item, ['content:encoded', 'content', 'description', 'summary']) ?? '';
    const html =
      `<!doctype html><html><head>${title ? `<title>${escapeHtml(title)}</title>` : ''}</head><body><article>` +
      `${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${content}</article></body></html>`;
    return { id, html };
  });
}
