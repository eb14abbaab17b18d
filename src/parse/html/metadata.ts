import type { SourceMeta } from '../../types.js';

/** The parts of a DOM document this module reads. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
  documentElement: { getAttribute(name: string): string | null } | null;
  title?: string;
}

/**
 * An article's own metadata: JSON-LD (schema.org NewsArticle and kin), then OpenGraph and
 * article:* properties, then plain <meta> names and <html lang>. The first source that has a
 * field wins.
 */
export function readMetadata(doc: MetaDocument): SourceMeta {
  const ld = jsonLd(doc);
  const meta = (names: string[]): string | null => {
    for (const name of names) {
      for (const el of Array.from(doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`))) {
        const content = el.getAttribute('content')?.trim();
        if (content) return content;
      }
    }
    return null;
  };
  return {
    title: ld.headline ?? meta(['og:title', 'twitter:title', 'headline']),
    byline: ld.author ?? meta(['author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author']),
    published: ld.datePublished ?? meta(['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'og:updated_time']),
    siteName: ld.publisher ?? meta(['og:site_name', 'application-name', 'twitter:site']),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || ld.inLanguage || meta(['og:locale', 'language', 'content-language']),
  };
}

/** "Headline | Site" and "Headline - Site" → "Headline". */
export function cleanTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—-]\s+/);
  return (parts.length > 1 ? parts.sort((a, b) => b.length - a.length)[0]! : title).trim() || null;
}

interface LdFields {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/i;

function jsonLd(doc: MetaDocument): LdFields {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found) return fields(found);
  }
  return {};
}

function findArticle(data: unknown, depth = 0): Record<string, unknown> | null {
  if (!data || typeof data !== 'object' || depth > 4) return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
  if (ARTICLE_TYPES.test(types) && (record.headline || record.articleBody || record.datePublished)) return record;
  return findArticle(record['@graph'], depth + 1) ?? findArticle(record.mainEntity, depth + 1);
}

function name(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(name).filter((x): x is string => !!x);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return name((value as Record<string, unknown>).name);
  return undefined;
}

function fields(r: Record<string, unknown>): LdFields {
  const out: LdFields = {};
  const headline = name(r.headline);
  if (headline) out.headline = headline;
  const author = name(r.author);
  if (author) out.author = author;
  if (typeof r.datePublished === 'string') out.datePublished = r.datePublished;
  const publisher = name(r.publisher);
  if (publisher) out.publisher = publisher;
  if (typeof r.inLanguage === 'string') out.inLanguage = r.inLanguage;
  return out;
}
