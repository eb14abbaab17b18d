import { PLACEHOLDER_TITLE, TITLE_LABELS } from '../../data/chrome.js';
import type { SourceMeta } from '../../types.js';
import { decodeEntities } from '../../character-references.js';
import { TITLE_SEPARATOR } from '../../vocabulary.js';

/** The parts of a DOM document this module reads. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
  documentElement: { getAttribute(name: string): string | null } | null;
  title?: string;
}

/**
 * An article's own metadata: JSON-LD (schema.org NewsArticle and kin), then OpenGraph and
 * article:* properties, then plain <meta> names (and an hAtom post title) and <html lang>. The first source that has a
 * field wins.
 */
export function readMetadata(doc: MetaDocument): SourceMeta {
  const ld = jsonLd(doc);
  const meta = (names: string[]): string | null => metaValues(doc, names)[0] ?? null;
  const url = meta(['og:url', 'twitter:url']) ?? (doc.querySelector('link[rel="canonical"]') as { getAttribute?(n: string): string | null } | null)?.getAttribute?.('href') ?? null;
  return {
    title: ld.headline ?? meta(['og:title', 'twitter:title', 'headline']) ?? entryTitle(doc),
    // (Not a link to the writer's page, which article:author often is.)
    byline: ld.author ?? metaValues(doc, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author', 'authors', 'article_author', 'Search.Byline']).find((v) => !/^https?:\/\//i.test(v)) ?? parselyAuthor(doc) ?? markedAuthor(doc) ?? ld.creator ?? citationAuthors(doc),
    published: publishedDate(doc, ld, url, meta),
    // (Not a handle on a social network: twitter:site is "@ReutersIndia".)
    // (A name the page left encoded: "SFist - San Francisco News, Restaurants, Events, &amp; Sports".)
    siteName: decodeOrNull(ld.publisher ?? metaValues(doc, ['og:site_name', 'application-name', 'twitter:site']).find((v) => !v.startsWith('@')) ?? null),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || ld.inLanguage || meta(['og:locale', 'language', 'content-language']),
    url,
    type: ld.type ?? meta(['og:type']),
  };
}

/**
 * The headlines a page declares for sharing (OpenGraph, Twitter), which can differ from the one its
 * JSON-LD gives search engines ("Grammys Best African Music Performance Nominees on the New Category"
 * there, "Conversations With Every Best African Music Performance Nominee on Making History
 * Together" here and in the <h1>): an <h1> any of them agrees with is the headline the reader sees.
 */
export function sharedTitles(doc: MetaDocument): string[] {
  return metaValues(doc, ['og:title', 'twitter:title']);
}

const decodeOrNull = (value: string | null): string | null => (value === null ? null : decodeEntities(value));

/** The page's author as its metadata writes it, all forms ("Terry Pluto, cleveland.com", "terry pluto"). */
export function authorNames(doc: MetaDocument): string[] {
  return metaValues(doc, ['author', 'article:author', 'byline', 'byl', 'parsely-author', 'dc.creator']);
}

/**
 * The non-empty values of the <meta> elements with these names (as property, name or, with
 * `itemprop`, itemprop), in the order of `names`.
 */
function metaValues(doc: MetaDocument, names: string[], itemprop = true): string[] {
  const out: string[] = [];
  for (const name of names) {
    for (const el of Array.from(doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]${itemprop ? `, meta[itemprop="${name}"]` : ''}`))) {
      const content = el.getAttribute('content')?.trim();
      if (content) out.push(content);
    }
  }
  return out;
}

/** The most authors a scholarly page's tags give the byline by name; more are "and others". */
const CITATION_AUTHORS_MAX = 4;

/**
 * The writers a scholarly page's tags name (`citation_author`, `citation_authors`), each "Roy,
 * Aniruddha" read as "Aniruddha Roy": "Aniruddha Roy, Jyoti Patel, Aman Chadha, Vinija Jain and
 * others"; null when it names none.
 */
function citationAuthors(doc: MetaDocument): string | null {
  const names = [...new Set(metaValues(doc, ['citation_author', 'citation_authors']).map((n) => n.replace(/^([^,]+),\s*(.+)$/, '$2 $1').replace(/\s+/g, ' ').trim()))].filter((n) => n !== '');
  if (names.length === 0) return null;
  const shown = names.slice(0, CITATION_AUTHORS_MAX);
  const last = names.length > CITATION_AUTHORS_MAX ? 'others' : shown.pop()!;
  return shown.length === 0 ? last : `${shown.join(', ')} and ${last}`;
}

/** A field of Parse.ly's page description (`<meta name="parsely-page" content='{"author":"Noah Charney","pub_date":"2014-12-30T11:03:00+0000",…}'>`). */
function parselyField(doc: MetaDocument, field: 'author' | 'pub_date'): string | null {
  const page = metaValues(doc, ['parsely-page'])[0];
  if (!page) return null;
  try {
    const value = (JSON.parse(page) as Record<string, unknown>)[field];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}

/** The author in Parse.ly's page description. */
export function parselyAuthor(doc: MetaDocument): string | null {
  return parselyField(doc, 'author');
}

/**
 * The date the page's microdata marks as the article's (`<time itemprop="datePublished"
 * datetime="…">`, `<span itemprop="datePublished" content="…">`): only one whose item is the
 * article or the page, not a teaser's in a list of other stories (Fox Business marks each
 * sidebar link's date so).
 */
function markedDate(doc: MetaDocument): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]')) as MarkedElement[]) {
    const scope = el.closest?.('[itemscope]');
    if (scope && !ARTICLE_TYPES.test(scope.getAttribute('itemtype') ?? '')) continue;
    const value = realDate(el.getAttribute('content')?.trim() || el.getAttribute('datetime')?.trim());
    if (value) return value;
  }
  return null;
}

interface MarkedElement {
  getAttribute(name: string): string | null;
  closest?(selector: string): { getAttribute(name: string): string | null } | null;
}

/** A day written out: its month, day and year ("December 29, 2014", "Dec. 29 2014"). */
const WRITTEN_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The day a date written out gives ("Monday, December 29, 2014,  2:48 PM" → "2014-12-29"), or null. */
function dayOf(value: string | null): string | null {
  const m = WRITTEN_DAY.exec(value ?? '');
  if (!m) return realDate(value);
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** A day written out day first: "19 December 2014", "2 Aug. 2014". */
const WRITTEN_DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})(?!\d)/i;

/** How far after the writer's name the page may print the day it was published ("Diana Yen | December 22, 2014"). */
const PRINTED_DATE_REACH = 80;

/**
 * The day the page prints right after its writer's name, when its data declare none: "Diana Yen |
 * December 22, 2014", "By Alya Mooro - 19 December 2014", "By Lynne Eldridge MD Updated August 02,
 * 2014." Only the first print of the name counts (the byline over the article), and only a date
 * with nothing but furniture between it and the name. Null when there is none.
 */
export function printedDate(pageText: string, author: string): string | null {
  const at = author.length >= 3 ? pageText.indexOf(author) : -1;
  if (at === -1) return null;
  const after = pageText.slice(at + author.length, at + author.length + PRINTED_DATE_REACH);
  // (After the name a bare "on" opens the stamp: "by Matt Miller on Dec 16, 2025 at 11:00 AM";
  // in lower case, not a sentence's "On Jan. 6, 2021, Robert Miller smashed …".)
  // (Past the writer's post before a stamp's word: "By Keith Barry Senior Autos Reporter Updated March 11, 2026".)
  const stamp = after.replace(/^[\s|·•,–—-]*(?:\p{Lu}[\p{L}.]*,?\s+){1,5}(?=(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast [Uu]pdated)\b)/u, '').replace(/^[\s|·•,–—-]*(?:on\s+)?/, '');
  const day = writtenDate(stamp);
  return day && !goesOnAsSentence(stamp) ? realDate(day) : null;
}

/** Whether a sentence goes on after the day a text opens with ("March 11, 2011 changed everything", "…, 2021, the council"), so the day is one it tells of. */
function goesOnAsSentence(text: string): boolean {
  const opening = dayAtStart(text);
  return opening !== null && SENTENCE_GOES_ON.test(text.slice(opening.end));
}

/** What a sentence that goes on after a day opens with: a comma and a word in lower case, or a lower-case verb ("changed"); not a time ("at 9:00a") or a byline's "by". */
const SENTENCE_GOES_ON = /^(?:,\s+\p{Ll}|\s+(?!at\b|by\b|in\b|on\b|and\b|\d)\p{Ll})/u;

/**
 * The day a stamp opens with, written out ("Updated August 02, 2014.", "19 December 2014 Contributing
 * Writer", "on Tuesday, September 3rd, 2013"), as YYYY-MM-DD; null when it opens with none.
 */
export function writtenDate(stamp: string): string | null {
  return dayAtStart(stamp)?.day ?? null;
}

/** A stamp's word and a weekday before its day ("Posted on Tuesday, "); not a sentence's "On": "On Jan. 6, 2021, Robert Miller smashed a window" tells of a day. */
const STAMP_OPENING = /^\s*(?:(?:updated|published|posted|last updated)(?:\s+on)?\b:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?/i;

/** The day a text opens with (past a stamp's word and a weekday), as YYYY-MM-DD, and where it ends. */
function dayAtStart(text: string): { day: string; end: number } | null {
  const from = STAMP_OPENING.exec(text)![0].length;
  const rest = text.slice(from);
  const monthFirst = WRITTEN_DAY_ORDINAL.exec(rest);
  if (monthFirst && monthFirst.index === 0) return { day: `${monthFirst[3]}-${String(MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1).padStart(2, '0')}-${monthFirst[2]!.padStart(2, '0')}`, end: from + monthFirst[0].length };
  const dayFirst = WRITTEN_DAY_FIRST.exec(rest);
  if (dayFirst && dayFirst.index === 0) return { day: `${dayFirst[3]}-${String(MONTHS.indexOf(dayFirst[2]!.toLowerCase()) + 1).padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`, end: from + dayFirst[0].length };
  return null;
}

/** How far after the headline, or before it, the page may print its date ("by Rose Orlik More from this author 26 Sep 2011"). */
const DATE_AFTER_TITLE_CHARS = 120;
const DATE_BEFORE_TITLE_CHARS = 40;
const DATE_AFTER_TITLE_WORDS = 10;

/**
 * The day the page prints next to its headline, when its data declare none and none follows the
 * writer's name: the first day written out in the few words after the headline's first print
 * ("Alexia Tsotsis posted on Saturday, August 13th, 2011", "Aug 13, 2010 – 4:39 PM"), else the last
 * right before it (a blog's "Thursday, October 27, 2011" over its post's title). Null when there is none.
 */
export function dateNearTitle(pageText: string, title: string): string | null {
  const at = title.length >= 8 ? pageText.indexOf(title) : -1;
  if (at === -1) return null;
  const days = (text: string): Array<{ index: number; day: string; sentence: boolean }> =>
    [WRITTEN_DAY_ORDINAL, WRITTEN_DAY_FIRST].flatMap((pattern) => Array.from(text.matchAll(new RegExp(pattern.source, 'gi')), (m) => ({ index: m.index, day: writtenDate(m[0])!, sentence: SENTENCE_GOES_ON.test(text.slice(m.index + m[0].length)) })));
  const window = pageText.slice(at + title.length, at + title.length + DATE_AFTER_TITLE_CHARS);
  const after = days(window).sort((a, b) => a.index - b.index)[0];
  // (Only furniture before it: a byline, "posted on"; not the story's first sentence, "On March 3, 2019, …" a day it tells of.)
  const before = after ? window.slice(0, after.index) : '';
  // (Nor one a sentence goes on from, lower case after it: "On March 3, 2019, the council …".)
  // (Nor one a preposition opens a sentence with: "On Jan. 6, 2021, Robert Miller smashed …"; "posted on …" is a stamp.)
  const opened = /(?:^|[^\p{L}])(?:on|in|since|from|until)\s*$/iu.test(before) && !/\b(?:posted|published|updated)\s+on\s*$/i.test(before);
  if (after && !after.sentence && !opened && !/[.!?]\s/.test(before) && before.split(/\s+/).filter(Boolean).length <= DATE_AFTER_TITLE_WORDS) return realDate(after.day);
  if (after) return null;
  return realDate(days(pageText.slice(Math.max(0, at - DATE_BEFORE_TITLE_CHARS), at)).sort((a, b) => b.index - a.index)[0]?.day);
}

/** A class that names an element the date: "mntl-attribution__item-date", "Contributors-Date", "sno-story-date", "PostsPageDate-date"; not "update" or "candidate". */
const DATE_CLASS = /(?:^|[\s_-])[Dd]ate(?:$|[\s_-])|(?<=\p{Ll})Date(?!\p{Ll})/u;

/** A class that names a date of another kind: "event-date", "due-date", "deadline-date", "start-date", "birth-date". */
const OTHER_DATE_CLASS = /(?:event|due|deadline|expir\w*|start|end|birth|death|registration|close|closing|open|opening|release|show|concert|match|game|race|departure|arrival|check-?in|check-?out)[\s_-]?date|date[\s_-]?(?:of[\s_-])?(?:event|birth|death)/i;
/**
 * Boxes of other stories or of the page's furniture, whose dates are theirs; a sidebar and a card by
 * a whole class (The Southerner's story page is "sno-story-sidebar-mode-single"), and not <footer>,
 * in which a post's header may set its meta (opensource.com's "author__meta").
 */
const OTHER_STORIES_BOX = 'aside, nav, [class*="related"], [class*="teaser"], [class~="card"], [class*="-card"], [class*="Card"], [class*="latest"], [class~="sidebar"], [class*="widget"]';

/** How much text an element marked as the date may hold: the day and a stamp's word ("Updated November 19, 2021"), not a paragraph. */
const CLASSED_DATE_CHARS = 60;

/** Words in a paragraph that shows the article has begun (the second such past the headline): no date after it is the headline's. */
const BODY_STARTED_WORDS = 15;

interface OrderedElement extends MarkedElement {
  tagName: string;
  textContent: string | null;
  querySelector(selector: string): MarkedElement | null;
}

/**
 * The day an element marked as the date prints between the headline and the article's second
 * paragraph of BODY_STARTED_WORDS words (a dek may come first), when the page's data declare none and no date follows the writer's name where the
 * page's text shows it: Treehugger's "Updated November 19, 2021" past an author's tooltip, Game
 * Developer's `<p class="Contributors-Date">October 24, 2024</p>`, LessWrong's `<time>` in
 * "LWPostsPageHeader-date". The headline is the page's one `<h1>` or the one that reads as the
 * title. Null when there is none.
 */
export function classedDate(doc: { querySelectorAll(selector: string): ArrayLike<unknown> }, title: string): string | null {
  const all = Array.from(doc.querySelectorAll('*')) as OrderedElement[];
  const squashed = (el: OrderedElement): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headings = all.filter((el) => el.tagName === 'H1');
  const headline = headings.length === 1 ? headings[0]! : headings.find((el) => squashed(el) === title);
  if (!headline) return null;
  // (Past a dek, one paragraph: Game Developer's sits between its headline and its date.)
  let paragraphs = 0;
  for (let i = all.indexOf(headline) + 1; i < all.length; i++) {
    const el = all[i]!;
    if (el.tagName === 'P' && squashed(el).split(' ').length >= BODY_STARTED_WORDS && ++paragraphs > 1) return null;
    const cls = el.getAttribute('class') ?? '';
    // (Not an event's or a deadline's date, nor one in a box of other stories between the headline and the story.)
    if (!DATE_CLASS.test(cls) || OTHER_DATE_CLASS.test(cls) || el.closest?.(OTHER_STORIES_BOX)) continue;
    const text = squashed(el);
    if (text === '' || text.length > CLASSED_DATE_CHARS) continue;
    const time = el.querySelector('time[datetime]');
    const day = realDate(time?.getAttribute('datetime')) ?? writtenDate(text);
    if (day && (!goesOnAsSentence(text) || time)) return realDate(day);
  }
  return null;
}

/** A day written out month first, the day perhaps with its ordinal: "September 3rd, 2013". */
const WRITTEN_DAY_ORDINAL = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/i;

/**
 * The date the article was published: the first its data, meta tags, markup or printed `<time
 * pubdate>` give; but when the page's address is dated by year and month (".../2014/05/…") and
 * that date is of another month, the first that agrees with the address (GQ's blog declares
 * article:published_time 2009-09-02, the blog's own start, on a post of 2014-05-23).
 */
function publishedDate(doc: MetaDocument, ld: ReturnType<typeof jsonLd>, url: string | null, meta: (names: string[]) => string | null): string | null {
  const candidates = [
    () => realDate(ld.datePublished),
    // (datePublished by name or property; by itemprop only on the article's item, markedDate.)
    () => realDate(metaValues(doc, ['article:published_time', 'og:published_time'])[0] ?? metaValues(doc, ['datePublished'], false)[0] ?? meta(['pubdate', 'publish-date', 'publish_date', 'published_on', 'pub_date', 'date', 'dc.date', 'dc.date.issued', 'DC.Date', 'DC.date.issued'])),
    // A scholarly page's tags (Google Scholar's): arXiv's "2025/12/18", JMIR's "2019-06-25".
    () => realDate(meta(['citation_publication_date', 'citation_online_date', 'citation_date'])),
    () => markedDate(doc),
    () => realDate(parselyField(doc, 'pub_date')),
    () => dayOf(meta(['article_date_original'])),
    () => pubdateTime(doc),
  ];
  // The day the page was modified, or Sailthru's (the day in UTC: The Verge's post of 8:08 pm EDT
  // on June 29 is "2014-06-30"): after those, and after a two-digit year of publication too.
  const later = [() => realDate(meta(['og:updated_time', 'Search.Updated', 'sailthru.date'])), () => realDate(ld.dateCreated)];
  let first: string | null = null;
  const month = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//.exec(url ?? '');
  // (A date with a two-digit year, OK!'s "14-12-28", is kept as written only when no other gives the year.)
  let unsure: string | null = null;
  for (const candidate of candidates) {
    const date = candidate();
    if (!date) continue;
    if (/^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\D|$)/.test(date)) {
      unsure ??= date;
      continue;
    }
    if (!month || date.startsWith(`${month[1]}-${month[2]}`)) return date;
    first ??= date;
  }
  if (first ?? unsure) return first ?? unsure;
  for (const candidate of later) {
    const date = candidate();
    if (date) return date;
  }
  return null;
}

/** The day a date written out gives, or null when it gives none. */
function writtenDay(value: string | null): string | null {
  return WRITTEN_DAY.test(value ?? '') ? dayOf(value) : null;
}

/**
 * The date of the page's first `<time pubdate>`: its datetime, or the day it prints when that is
 * no date (The Globe and Mail's datetime="2014-00-29T23:12:27Z" over "Monday, Dec. 29 2014, 6:00 PM EST").
 */
function pubdateTime(doc: MetaDocument): string | null {
  // (Or the one hAtom marks published, as WordPress themes print it under the headline: "<time class="entry-date published updated" datetime="2025-11-08T22:03:19+00:00">".)
  const el = (doc.querySelector('time[pubdate]') ?? doc.querySelector('time.published[datetime], time.entry-date[datetime]')) as (MarkedElement & { textContent: string | null }) | null;
  if (el) return realDate(el.getAttribute('datetime')) ?? writtenDay(el.textContent);
  // (Or an element's publishdate attribute: the Journal Sentinel's "<lit-timestamp publishdate=2018-01-23T17:38:06Z>".)
  const stamp = doc.querySelector('[publishdate]') as MarkedElement | null;
  return stamp ? realDate(stamp.getAttribute('publishdate')) : null;
}

/**
 * The author the page's markup names when its metadata does not: the one element marked
 * `itemprop="author"` or `rel="author"` (a teaser's byline for another story, which an extractor
 * may take, carries neither: The Atlantic's "By Alana Semuels" above Noah Charney's piece).
 * Several distinct names, as a list of stories prints them, give none.
 */
function markedAuthor(doc: MetaDocument): string | null {
  // (An author box's own [itemprop=name], not its job title beside it: "Noah Charney Contributing Editor".)
  const nameOf = (el: { textContent: string | null; querySelector?(s: string): { textContent: string | null } | null }): string => (el.querySelector?.('[itemprop="name"]')?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // (Nor a link to the writer's profile on a network: "Google+", "Twitter".)
  const names = new Set(Array.from(doc.querySelectorAll('[itemprop="author"], a[rel="author"]'), nameOf).filter((t) => t !== '' && t.split(' ').length <= 5 && !/^(?:google\+?|twitter|x|facebook|linkedin|instagram|e-?mail|more|bio|profile)$/i.test(t)));
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * The hAtom microformat's post title (`class="entry-title"`, as Blogger and many WordPress themes
 * mark it), when the page has exactly one: an older blog declares its headline no other way, and
 * its banner <h1> is the blog's name ("Lost in JIT" over "PyPy and the road towards SciPy").
 */
function entryTitle(doc: MetaDocument): string | null {
  const entries = doc.querySelectorAll('.entry-title');
  return entries.length === 1 ? entries[0]!.textContent?.replace(/\s+/g, ' ').trim() || null : null;
}

/**
 * A date a page can have been published on: a content system's empty value ("0001-01-01T00:00:00Z",
 * Go's zero time; the Unix epoch "1970-01-01T00:00:00") is no date.
 */
export function realDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // (A day written with slashes, year first: arXiv's "2025/12/18".)
  value = value.replace(/^\s*((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?!\d)/, '$1-$2-$3');
  // A date written without separators, as some systems declare it: Teen Vogue's "20141229 18:22:00".
  // (Not one with a two-digit year, OK!'s "14-12-29": which part is the year the date does not say.)
  const compact = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:[ T](\d{2}):?(\d{2})(?::?(\d{2}))?)?\s*$/.exec(value);
  if (compact) value = `${compact[1]}-${compact[2]}-${compact[3]}${compact[4] ? `T${compact[4]}:${compact[5]}:${compact[6] ?? '00'}` : ''}`;

  // Day before month, as the day shows when it is past 12: BHF's "13/11/2025 09:21:40" ("05/11/2025", which a US page means another way, stays as written).
  const dmy = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*$/.exec(value);
  if (dmy) {
    const [day, month] = [Number(dmy[1]), Number(dmy[2])];
    if (day <= 12 && month <= 12) return value;
    const [d, m] = day > 12 ? [day, month] : [month, day];
    // (A day its month does not have, "31/02/2024", is none.)
    if (new Date(Date.UTC(Number(dmy[3]), m - 1, d)).getUTCDate() !== d) return null;
    value = `${dmy[3]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${dmy[4] ? `T${dmy[4]}:${dmy[5]}:${dmy[6] ?? '00'}` : ''}`;
  }
  // A day written out, as some meta tags give it ("Thu, 06 Oct 2011 08:10:27 EST"): its day.
  if (!/^\s*\d{4}-\d{2}-\d{2}/.test(value)) value = writtenDate(value.replace(/^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i, '')) ?? value;
  const ymd = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (ymd && (Number(ymd[1]) < 1900 || /^\s*1970-01-01(?:[T ]00:00(?::00)?)?/.test(value))) return null;
  // (Nor a month or day no calendar has: The Globe and Mail's "2014-00-29T23:12:27Z".)
  if (ymd && (Number(ymd[2]) < 1 || Number(ymd[2]) > 12 || Number(ymd[3]) < 1 || Number(ymd[3]) > 31)) return null;
  return value;
}

/**
 * The header a saving tool or a page collection writes as comments before the markup
 * (`<!-- saved from url=(0041)https://… -->`, `<!-- Title: … -->`, `<!-- Wikipedia Article: … -->`,
 * `<!-- Source: https://… -->`, `<!-- Timestamp: 2025-10-29T12:36:19Z -->`): the page's title, address
 * and date when its markup declares none. Only comments before the first element are read.
 */
export function commentHeader(input: string): Pick<SourceMeta, 'title' | 'url' | 'published'> {
  const found: Pick<SourceMeta, 'title' | 'url' | 'published'> = { title: null, url: null, published: null };
  const lead = /^\s*(?:<!doctype[^>]*>\s*)?((?:<!--[\s\S]*?-->\s*)+)/i.exec(input.slice(0, COMMENT_HEADER_MAX_CHARS));
  if (!lead) return found;
  for (const comment of lead[1]!.matchAll(/<!--([\s\S]*?)-->/g)) {
    const text = comment[1]!.replace(/\s+/g, ' ').trim();
    const saved = /^saved from url=(?:\(\d+\))?(\S+)/i.exec(text);
    if (saved) found.url ??= saved[1]!;
    const field = /^((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*) ?: (.+)$/.exec(text);
    if (!field) continue;
    const key = field[1]!.toLowerCase().split(' ').pop()!;
    const value = decodeEntities(field[2]!).trim();
    if (COMMENT_TITLE_KEYS.has(key)) found.title ??= value;
    else if (COMMENT_URL_KEYS.has(key) && /^https?:\/\//i.test(value)) found.url ??= value;
    else if (COMMENT_DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(value)) found.published ??= value;
  }
  return found;
}

const COMMENT_HEADER_MAX_CHARS = 4000;
const COMMENT_TITLE_KEYS = new Set(['title', 'article', 'headline']);
const COMMENT_URL_KEYS = new Set(['source', 'url']);
const COMMENT_DATE_KEYS = new Set(['timestamp', 'date', 'published']);

/** A part of a title that is a web address: "Sportsnet.ca", "SpaceNews.com". */
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|co|ca|uk|au|in|io|info|us|eu|de|fr|ie|nz)$/i;

/** Letters a site's name may carry beside it in a title part ("The GiveWell Blog"); a headline that names the site ("… PolitiFact's 2023 Lie of the Year") has more. */
const SITE_NAME_EXTRA = 8;

const key = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A headline without what the page put around it: the site's name ("… - The GiveWell Blog",
 * "… - SpaceNews.com", "…: The GQ Eye: GQ on Style: GQ") and section labels ("Opinion | …", "… | Editorial"), taken off either end;
 * character references a page left encoded ("&#8211;") decoded. Separators inside the headline
 * ("… review – shoots for the moon") stay.
 */
export function stripTitle(title: string | null | undefined, siteName: string | null | undefined): string | null {
  if (!title) return null;
  const parts = decodeEntities(title).replace(/\s+/g, ' ').trim().split(new RegExp(`(${TITLE_SEPARATOR.source})`));
  const site = siteName ? key(decodeEntities(siteName)) : '';
  const furniture = (part: string): boolean => {
    const k = key(part);
    return k === '' || DOMAIN.test(part.trim()) || TITLE_LABELS.has(part.trim().toLowerCase()) || (site !== '' && (k === site || site.includes(k) || (k.includes(site) && k.length <= 2 * site.length + SITE_NAME_EXTRA)) && k.length >= 3);
  };
  let stripped = withoutEnds(parts, furniture);
  // (And the site's parts a title sets after colons: GQ's "How To Pack …: The GQ Eye: GQ on Style: GQ".)
  // (Only a short one: "…: PolitiFact’s 2023 Lie of the Year" is the headline's own.)
  // (And one that opens with the site's name: "The GQ Eye", not "Eye on the Atlantic" under The Atlantic.)
  const siteColon = (part: string): boolean => key(part) === site || (key(part).startsWith(site) && key(part).length <= site.length + SITE_NAME_EXTRA);
  for (let m = /^(.*\S)\s*:\s+([^:]+)$/.exec(stripped); m && site !== '' && siteColon(m[2]!); m = /^(.*\S)\s*:\s+([^:]+)$/.exec(stripped)) stripped = m[1]!;
  return stripped && !PLACEHOLDER_TITLE.test(stripped) ? stripped : null;
}

/** A title split at its separators (text, separator, text, …) without the parts at either end that `furniture` says are the page's. */
function withoutEnds(parts: string[], furniture: (part: string) => boolean): string {
  while (parts.length >= 3 && furniture(parts[parts.length - 1]!)) parts.splice(parts.length - 2, 2);
  while (parts.length >= 3 && furniture(parts[0]!)) parts.splice(0, 2);
  return parts.join('').trim();
}

/** A heading without the section labels at its ends ("Opinion | …", "… | Editorial"); site names stay. */
function withoutLabels(heading: string): string {
  return withoutEnds(heading.split(new RegExp(`(${TITLE_SEPARATOR.source})`)), (part) => TITLE_LABELS.has(part.trim().toLowerCase()));
}

/** The section labels a title carries at either end ("Opinion | …" → ["opinion"]). */
export function titleLabels(title: string | null | undefined): string[] {
  if (!title) return [];
  const parts = decodeEntities(title).split(TITLE_SEPARATOR).map((p) => p.trim().toLowerCase());
  if (parts.length < 2) return [];
  return [parts[0]!, parts[parts.length - 1]!].filter((p) => TITLE_LABELS.has(p));
}

/** A title's words, lower-cased, without punctuation. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words that say nothing of a title's subject ("Next in Your Guide to Being Outside in Houston" shares only "Houston" with "Where to Bike in Houston"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'is', 'are', 'your', 'our', 'my', 'its', 'their']);

/** A title's words that say what it is about, or all of them when none do; each without its ending ("biking" and "bike" agree). */
const subjectWords = (s: string): string[] => {
  const all = words(s);
  const content = all.filter((w) => !FUNCTION_WORDS.has(w));
  return (content.length > 0 ? content : all).map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '') : w.replace(/e$/, '')));
};

/** The share of the shorter title's (subject) words that the other has. */
function overlap(a: string, b: string): number {
  const x = new Set(subjectWords(a));
  const y = new Set(subjectWords(b));
  const shorter = Math.min(x.size, y.size);
  return shorter === 0 ? 0 : [...x].filter((w) => y.has(w)).length / shorter;
}
/** The share of two titles' (subject) words that both have, of all the words either has. */
function jaccard(a: string, b: string): number {
  const x = new Set(subjectWords(a));
  const y = new Set(subjectWords(b));
  const both = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === both ? 0 : both / (x.size + y.size - both);
}
/** The fewest words of a title beside which an <h1> that is the site's name is its banner. */
const SITE_BANNER_TITLE_WORDS = 3;
/** An <h1> is the page's headline when this share of its words agrees with the metadata's. */
const HEADLINE_AGREEMENT = 0.6;
/** …or, when it is the page's only <h1> and a sentence long, this share (the same story, reworded for search). */
const SOLE_HEADING_AGREEMENT = 0.3;
const SOLE_HEADING_MIN_WORDS = 5;

/**
 * The article's own headline. Of the page's <h1>s, the one a metadata headline agrees with, as the
 * reader sees it; otherwise the headline the page declares for the article (JSON-LD, OpenGraph),
 * with the site and section names taken off ("Allergies Health Center", a section's <h1>, does
 * not win over it); otherwise the first <h1>; otherwise the <title> (or the extractor's guess).
 */
/**
 * A headline the page sets in capitals ("TIPS FOR ONLINE SUCCESS") in the case its <title> or
 * OpenGraph headline writes the same words ("Tips for Online Success"), when one does.
 */
export function inWrittenCase(headline: string | null, candidates: Array<string | null | undefined>, siteName: string | null | undefined): string | null {
  if (!headline) return headline;
  const letters = headline.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return headline;
  for (const c of candidates) {
    const written = stripTitle(c, siteName);
    // (Or a part of it, when the page declares no site name to take off: "Tips for Online Success | Grossmont College".)
    for (const part of written ? [written, ...written.split(TITLE_SEPARATOR)] : []) {
      const t = part.trim();
      if (key(t) === key(headline) && t !== t.toUpperCase()) return t;
    }
  }
  return headline;
}

export function chooseHeadline(
  declared: string | null | undefined,
  weak: Array<string | null | undefined>,
  h1s: string[],
  siteName: string | null | undefined,
  marked: string | null = null,
): string | null {
  const strip = (t: string | null | undefined): string | null => stripTitle(t, siteName);
  const article = strip(declared);
  // A blog's banner that is its address ("<h1><a>davidbau.com</a></h1>") and opens the <title> with
  // no separator ("davidbau.com Vibe Coding"): no headline, and no part of the title's.
  const address = h1s.map((h) => h.replace(/\s+/g, ' ').trim()).find((h) => DOMAIN.test(h) && weak.some((w) => !!w && decodeEntities(w).replace(/\s+/g, ' ').trim().toLowerCase().startsWith(`${h.toLowerCase()} `)));
  const unaddressed = (t: string): string => (address && t.toLowerCase().startsWith(`${address.toLowerCase()} `) ? t.slice(address.length).trim() : t);
  const others = weak.map(strip).filter((t): t is string => t !== null).map(unaddressed);
  // An <h1> that is one end of the <title> ("Silicon Exposed" in "Silicon Exposed: Open Verilog flow
  // for …") is the site's name in its banner when the declared headline is the other end; so is
  // one that ends it once the site's name is off ("… - The Accelerators - WSJ": a blog's banner).
  const banner = (h: string): boolean =>
    (!article || key(article) !== key(h)) &&
    weak.flatMap((w) => [w, strip(w)]).some((w) => {
      const title = w ? decodeEntities(w).replace(/\s+/g, ' ').trim() : '';
      const rest = title.startsWith(h) ? title.slice(h.length) : title.endsWith(h) ? title.slice(0, title.length - h.length) : null;
      // The rest, past the separator, is the longer part: the headline the banner stands beside.
      const headline = rest !== null && /^\s*[:|–—»-]|[:|–—«-]\s*$/.test(rest) ? rest.replace(/^\s*[:|–—»-]\s*|\s*[:|–—«-]\s*$/g, '') : '';
      return headline.length > h.length && !!article && overlap(headline, article) >= HEADLINE_AGREEMENT && overlap(h, article) < HEADLINE_AGREEMENT;
    });
  // An <h1> that is one of a title's parts beside a longer one ("Anglophenia" in "10 Things You May
  // Not Know About 'Happy Valley' | Anglophenia | BBC America", "PolitiFact" in "PolitiFact - Robert
  // F. Kennedy Jr.'s campaign …") is the site's or the blog's name, wherever it stands in the title.
  // Only where the longer part is the headline by other evidence: the declared headline or
  // another <h1> agrees with it ("Fed holds rates | Markets live: …" keeps its <h1> "Fed holds rates").
  const titleParts = weak.map((w) => (w ? decodeEntities(w).replace(/\s+/g, ' ').trim().split(TITLE_SEPARATOR) : []).filter((p) => p.trim()));
  const headlineElsewhere = (part: string, h: string): boolean =>
    (!!article && overlap(part, article) >= HEADLINE_AGREEMENT) || h1s.some((other) => key(other) !== key(h) && overlap(other, part) >= HEADLINE_AGREEMENT);
  const namePart = (h: string): boolean => titleParts.some((parts) => parts.some((p) => key(p) === key(h)) && parts.some((p) => p.length > h.length * 2 && headlineElsewhere(p, h)));
  // An <h1> that is the site's name, beside a title that says more: a blog's banner (Cory
  // Dransfeldt's "<h1><a href="/">Cory Dransfeldt</a></h1>" over "A brief intro to git").
  // (A title of three words or more: not an event's dates, "Northgate Festival · 12–14 July 2024", nor a page's "About".)
  const siteBanner = (h: string): boolean => !!siteName && key(h) === key(siteName) && others.some((t) => key(t) !== key(h) && (t.match(/\p{L}{2,}/gu) ?? []).length >= SITE_BANNER_TITLE_WORDS);
  // A section label the <h1> carries with the headline ("Politics | Gov. Hochul vetoes …",
  // "… alone | Editorial") is the page's, as in the <title>.
  const headings = h1s
    .map((h) => withoutLabels(decodeEntities(h).replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .filter((h) => !banner(h) && !namePart(h) && h !== address && !siteBanner(h));
  const titles = article ? [article, ...others] : others;
  // (The one the declared headline agrees with first: the Boston Herald's section <h1> "Sports
  // Items" matches its <title>, and the article's <h1> below it the declared headline.)
  // (A headline's length, not a rail's "Latest News" that a generic declared title shares words with.)
  if (article) for (const h of headings) if (h.split(/\s+/).length >= SOLE_HEADING_MIN_WORDS && overlap(h, article) >= HEADLINE_AGREEMENT) return withoutKicker(h, titles);
  // (Of several, the one whose words are most of the title's and its own: Erik Demaine's banner
  // "Erik Demaine's Folding and Unfolding:" shares three words with "The Fold-and-Cut Problem (Erik
  // Demaine)", the page's second <h1> three words and no others; a blog's section <h1> "Containers",
  // one word of its <title>, is no match for the headline that shares four.)
  const agreeing = headings.filter((h) => titles.some((t) => overlap(h, t) >= HEADLINE_AGREEMENT));
  const likeness = (h: string): number => Math.max(...titles.map((t) => jaccard(h, t)));
  if (agreeing.length > 0) return withoutKicker(agreeing.reduce((best, h) => (likeness(h) > likeness(best) ? h : best)), titles);
  // One sentence-long <h1> on the same subject as a metadata headline written for search ("Woman who
  // lost 130lb: seven unexpected changes…" above "A woman who lost 130 pounds shares 7 changes…"):
  // the reader sees the <h1>.
  const sole = headings.length === 1 ? headings[0]! : null;
  if (sole && sole.split(/\s+/).length >= SOLE_HEADING_MIN_WORDS && titles.some((t) => overlap(sole, t) >= SOLE_HEADING_AGREEMENT)) return sole;
  // The <h1> the page marks as the article's title, a sentence long, on the same subject as a
  // metadata headline that an update left behind ("China's Earthquake Survivors Endure Frigid
  // Temperatures …" over JSON-LD's "Strong China Earthquake Kills More Than 120").
  const title = marked ? withoutLabels(decodeEntities(marked).replace(/\s+/g, ' ').trim()) : '';
  const subject = (t: string): Set<string> => new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON_WORDS.has(w)));
  const shared = (t: string): number => [...subject(t)].filter((w) => subject(title).has(w)).length;
  if (title && headings.includes(title) && title.split(/\s+/).length >= SOLE_HEADING_MIN_WORDS && titles.some((t) => shared(t) >= MARKED_SHARED_WORDS)) return title;
  return article ?? headings[0] ?? others[0] ?? null;
}

/** A label in square brackets a site puts after a headline for what the page embeds: "[Watch]", "[Photos]" (readers keep a headline's "(video)"). */
const MEDIA_TAG = /\s*\[(?:watch|video|videos|photos?|pics|gallery|listen|audio|podcast|exclusive)\]$/i;

/** A link aggregator's source and comment count after a headline: "… No Longer Guarantee Jobs (latimes.com) 87" (Slashdot). */
const SOURCE_TAG = /\s*\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$/i;

/**
 * A chosen headline without what the site adds after it: a media label ("… to Show Finale
 * [Watch]"), a link aggregator's source ("(latimes.com) 87") and the columnist's name its author metadata gives ("… the first Christmas — Terry
 * Pluto", where the page's author is "Terry Pluto, cleveland.com").
 */
export function withoutAddenda(headline: string | null, authors: ReadonlyArray<string | null | undefined>): string | null {
  if (!headline) return headline;
  const tagless = headline.replace(MEDIA_TAG, '').replace(SOURCE_TAG, '').trim() || headline;
  // By whole words: "Terry Pluto" in "Terry Pluto, cleveland.com", not "Mary Smith" in "Mary Smithson".
  const names = authors.filter((a): a is string => !!a).map((a) => words(a.replace(/^by\s+/i, '')));
  const byAuthor = (part: string): boolean => {
    const w = words(part);
    return w.join('').length >= 5 && names.some((n) => w.length <= n.length && w.every((x, i) => n[i] === x));
  };
  return withoutEnds(tagless.split(new RegExp(`(${TITLE_SEPARATOR.source})`)), byAuthor) || tagless;
}

/** Words a section's name after a headline may have ("… | District"). */
const SECTION_SUFFIX_MAX_WORDS = 2;
/** Words each label of a trail of them after the headline may have ("UC Davis Children's Hospital"). */
const SECTION_LABEL_MAX_WORDS = 4;

/**
 * A headline the page shows in a heading of its own (BSS News's <h4>) without the section name
 * the metadata sets after it ("… in Rajshahi | District"): the headline as shown.
 */
export function shownWithoutSection(headline: string | null, headings: readonly string[]): string | null {
  if (!headline) return headline;
  for (const h of headings) {
    // (A heading the page sets in lower case is the headline too: Britannica's <h1> "history of coffee".)
    if (h.length < KEYWORDS_HEADLINE_MIN_CHARS || !headline.toLowerCase().startsWith(h.toLowerCase())) continue;
    const tail = headline.slice(h.length);
    const m = /^\s+[|–—-]\s+(.+)$/.exec(tail);
    // (Or a list of search keywords, three or more short ones: Britannica's "History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, & Timeline".)
    const keywords = m ? m[1]!.split(/\s*,\s*/) : [];
    if (m && keywords.length >= KEYWORDS_MIN && keywords.every((k) => k.split(/\s+/).length <= KEYWORD_MAX_WORDS && /^(?:&\s*)?[\p{Lu}\p{N}]/u.test(k))) return headline.slice(0, h.length);
    if (h.length < SHOWN_HEADLINE_MIN_CHARS || !headline.startsWith(h)) continue;
    // (Or a trail of the site's labels, each short and a name's words: " | Patient Education | UC
    // Davis Children's Hospital"; not a live blog's " | Curfews lifted in Tampa | WFLA".)
    const trail = m ? m[1]!.split(/\s+\|\s+/) : [];
    const label = (part: string): boolean => part.split(/\s+/).length <= SECTION_LABEL_MAX_WORDS && part.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|and|the|for|at|in|on)$/.test(w));
    if (m && (words(m[1]!).length <= SECTION_SUFFIX_MAX_WORDS || (trail.length >= 2 && trail.every(label)))) return h;
  }
  return headline;
}
/** A heading this long at least can be the headline shown (not "News"). */
const SHOWN_HEADLINE_MIN_CHARS = 20;
/** …or this long, before a list of keywords: at least KEYWORDS_MIN, each of at most KEYWORD_MAX_WORDS words. */
const KEYWORDS_HEADLINE_MIN_CHARS = 10;
const KEYWORDS_MIN = 3;
const KEYWORD_MAX_WORDS = 3;

/** A marked <h1> is on a metadata headline's subject when they share this many words of four letters or more, not these. */
const MARKED_SHARED_WORDS = 2;
const COMMON_WORDS: ReadonlySet<string> = new Set(['with', 'that', 'this', 'from', 'have', 'will', 'more', 'than', 'your', 'what', 'when', 'about', 'after', 'into', 'over', 'they', 'their', 'were', 'been', 'here', 'just', 'like', 'most', 'some', 'only', 'also', 'year', 'news', 'today']);

/** Words a kicker before a headline may have ("Opinion", "College Sports |"): more is a headline of its own. */
const KICKER_MAX_WORDS = 2;

/**
 * An <h1> that is a declared headline with a short section kicker before it, which the page sets
 * apart by markup rather than by a separator the text keeps ("Opinion The cartoons that will get
 * you to Christmas" over og:title "Opinion | The cartoons …"; "College Sports | Five Hurricanes
 * prospects …" over "Five Hurricanes prospects …"): the headline, as the <h1> writes it.
 */
function withoutKicker(h: string, titles: string[]): string {
  const spaced = h.split(' ');
  for (let n = 1; n <= KICKER_MAX_WORDS && n < spaced.length; n++) {
    const rest = spaced.slice(n).join(' ').replace(/^[|:–—»-]\s*/, '');
    const kicker = spaced.slice(0, n).join(' ').replace(/\s*[|:–—»-]$/, '');
    // A section's label, or a kicker the <h1> sets off with a separator: not the headline's own first words ("Taylor Swift Breaks …").
    const apart = TITLE_LABELS.has(kicker.toLowerCase()) || /^[|:–—»-]/.test(spaced.slice(n).join(' '));
    if (apart && rest && titles.some((t) => key(t) === key(rest)) && !titles.some((t) => key(t) === key(h))) return rest;
  }
  return h;
}

interface LdFields {
  /** The schema.org type: NewsArticle, OpinionNewsArticle, LiveBlogPosting, … */
  type?: string;
  headline?: string;
  author?: string;
  datePublished?: string;
  creator?: string;
  dateCreated?: string;
  publisher?: string;
  inLanguage?: string;
  /** The article's whole text as the publisher gives it to search engines. */
  articleBody?: string;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/i;

function jsonLd(doc: MetaDocument): LdFields {
  let first: LdFields | null = null;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (!found) continue;
    // (A later block may name the writer the first leaves blank: USA Today's ", USA TODAY" and then "Brian Truitt".)
    if (first) first.author ??= fields(found).author;
    else first = fields(found);
    if (first.author) return first;
  }
  return first ?? {};
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
  const type = Array.isArray(r['@type']) ? r['@type'].join(' ') : r['@type'];
  if (typeof type === 'string' && type) out.type = type;
  const headline = name(r.headline);
  if (headline) out.headline = headline;
  // (Not a name left blank before the publisher's: ", USA TODAY".)
  const author = name(r.author);
  if (author && !/^[\s,;|]/.test(author)) out.author = author;
  if (typeof r.datePublished === 'string') out.datePublished = r.datePublished;
  // Its creator (a person, not the publisher) and the date it was created: the last resort where
  // nothing else on the page names an author or a publication date (LifeBuzz, Glamour).
  const creator = r.creator && typeof r.creator === 'object' && /organi[sz]ation/i.test(String((r.creator as Record<string, unknown>)['@type'] ?? '')) ? undefined : name(r.creator);
  if (creator) out.creator = creator;
  if (typeof r.dateCreated === 'string') out.dateCreated = r.dateCreated;
  const publisher = name(r.publisher);
  if (publisher) out.publisher = publisher;
  if (typeof r.inLanguage === 'string') out.inLanguage = r.inLanguage;
  if (typeof r.articleBody === 'string' && r.articleBody.trim()) out.articleBody = r.articleBody;
  return out;
}

/** The article's text as the page's JSON-LD gives it (schema.org articleBody), or null. */
export function ldArticleBody(doc: MetaDocument): string | null {
  return jsonLd(doc).articleBody ?? null;
}
