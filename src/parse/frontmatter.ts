import type { TextSpan } from '../types.js';
import type { RawBlock } from './blocks.js';
import { endsSentence, endsWithClausePunctuation, hasHeadingShape, HEADING_MAX_WORDS, normaliseLine, wordCount, words } from './shape.js';
import { BYLINE, BYLINE_CONNECTORS, BYLINE_DATE_ON, BYLINE_FURNITURE } from '../data/bylines.js';
import { ORG_SUFFIXES } from '../data/gazetteer.js';

/** A title may end in "?" or "!" and be a little longer than a section heading. */
const TITLE_MAX_WORDS = 24;
/** Titles are rarely one or two words; menu items usually are. */
const TITLE_PREFERRED_MIN_WORDS = 3;
/** A company's suffix written with a full stop ("Inc.", "Ltd.", "S.A."), lower-cased. */
const COMPANY_ABBREVIATIONS: ReadonlySet<string> = new Set([...ORG_SUFFIXES].filter((w) => w.endsWith('.')).map((w) => w.toLowerCase()));
/** A repeated title line must share at least this many words with the title. */
const REPEATED_TITLE_MIN_WORDS = 3;
/** Words a page may add after a repeated title: " | Site Name", " – The Daily Paper". */
const TITLE_SUFFIX_MAX_WORDS = 6;
/** A paragraph that reads as prose: this many words and a sentence ending, or longer than any heading. */
const PROSE_MIN_WORDS = 8;

export function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

export function blockText(text: string, b: RawBlock): string {
  return text.slice(b.start, b.end);
}

export function isProse(text: string, b: RawBlock): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'quote') return false;
  const s = blockText(text, b);
  const n = wordCount(s);
  // A headline set in capitals is a headline at any length up to a title's ("JAZZ PHARMACEUTICALS
  // ANNOUNCES AGREEMENT TO ACQUIRE RIGHTS TO DEFIBROTIDE IN THE AMERICAS FROM SIGMA-TAU PHARMACEUTICALS, INC.").
  if (n <= TITLE_MAX_WORDS && inCapitals(s)) return false;
  return n > HEADING_MAX_WORDS || (n >= PROSE_MIN_WORDS && endsSentence(s));
}

/** Letters all capitals, with a few words' worth at least (an acronym alone is no headline in capitals). */
function inCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 20 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line holding a date or a clock time is a dateline or timestamp, not a headline. */
const DATE_OR_TIME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s|$)/i;

/** A headline: a line of up to TITLE_MAX_WORDS words starting with a capital, ending without clause punctuation (or in ? or !). */
export function hasTitleShape(s: string): boolean {
  const line = s.trim();
  const n = wordCount(line);
  if (n === 0 || n > TITLE_MAX_WORDS || line.includes('\n') || DATE_OR_TIME.test(line)) return false;
  if (!/^["'“‘「『]?[\p{Lu}\p{N}\p{Lo}]/u.test(line)) return false;
  // A company's suffix keeps its full stop in a headline: "… FROM SIGMA-TAU PHARMACEUTICALS, INC."
  const bare = COMPANY_ABBREVIATIONS.has(line.slice(line.lastIndexOf(' ') + 1).toLowerCase()) ? line.slice(0, -1) : line;
  return hasHeadingShape(bare) || /[?!]["'”’]?$/u.test(line) || !endsWithClausePunctuation(bare);
}

/**
 * The index of the title block: an explicit level-1 heading before the body, else the first
 * title-shaped line before the first prose paragraph (preferring one of three words or more, as
 * menus are made of one- and two-word lines). -1 when there is none.
 */
export function findTitle(text: string, blocks: RawBlock[]): number {
  const firstProse = blocks.findIndex((b) => isProse(text, b));
  const limit = firstProse === -1 ? Math.min(blocks.length, 3) : firstProse;
  const explicit = blocks.findIndex((b, i) => i < Math.max(limit, 1) && b.kind === 'heading' && b.level === 1);
  if (explicit !== -1) return explicit;
  if (wireHeadline(text, blocks)) return 0;
  if (firstProse === 0 && leadHeadline(text, blocks)) return 0;
  let fallback = -1;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const s = blockText(text, b);
    if (!hasTitleShape(s)) continue;
    if (wordCount(s) >= TITLE_PREFERRED_MIN_WORDS) return i;
    if (fallback === -1) fallback = i;
  }
  return fallback;
}

/**
 * A headline too long for a heading over the prose it heads, which reads as prose by its length
 * alone: a line with no full stop ("Daily meditation may work as well as a popular drug to calm
 * anxiety, study finds"), or a question or exclamation in title case ("Laptop vs. Desktop: How
 * Many Watts Does a Computer Use?"; not a lede's "Have you ever wondered how much power your
 * laptop uses?").
 */
function leadHeadline(text: string, blocks: RawBlock[]): boolean {
  const [first, next, third] = blocks;
  // (Over prose, or over a short line and prose: a cost guide's "Typical Range: $876 - $1,042".)
  const overProse = next !== undefined && (isProse(text, next) || (third !== undefined && wordCount(blockText(text, next)) <= LEAD_LABEL_MAX_WORDS && !endsSentence(blockText(text, next).trim()) && isProse(text, third)));
  if (!first || !next || first.kind !== 'paragraph' || !overProse) return false;
  // (A sentence's end behind a note's mark or an emoji is an end: "… the council confirmed.[1]", "… next month 😡".)
  const s = blockText(text, first).trim().replace(LEAD_TRAILER, '');
  if (!hasTitleShape(s) || s !== blockText(text, first).trim() || QUOTE_THEN_SPEAKER.test(s)) return false;
  if (!endsSentence(s)) return true;
  if (!/[?!]["'”’]?$/u.test(s)) return false;
  // (Every longer word capitalised but the short joining ones title case leaves low: a question
  // full of names is still a sentence, "Could Kamala Harris, … become the Democratic Party's nominee in 2028?".)
  const long = words(s).filter((w) => /^\p{L}{4,}/u.test(w) && !TITLE_CASE_LOWER.has(w.toLowerCase()));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The longest line between a headline and the prose under it: a label or a figure. */
const LEAD_LABEL_MAX_WORDS = 8;
/** What may close a line after its last word: a note's mark ("[1]") or emoji. */
const LEAD_TRAILER = /(?:\s*(?:\[\d{1,3}\]|[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]))+$/u;
/** A quotation closed on a comma and its speaker after it: a lede's "“…,” said driver Tom Reid". */
const QUOTE_THEN_SPEAKER = /[,!?]["”’]\s+\p{L}/u;
/** Words of four letters or more that title case may leave in lower case. */
const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'upon', 'via', 'amid', 'about', 'after', 'before']);

/**
 * Wire copy: the first line is the headline when the story under it opens with a dateline, even
 * with a full stop ("Syria slams Israel on settlements." over "DAMASCUS 1996-08-30 Syria on …", or
 * over "Larisa Sayenko MINSK 1996-08-30 …").
 */
function wireHeadline(text: string, blocks: RawBlock[]): boolean {
  const [first, next] = blocks;
  if (!first || !next || first.kind !== 'paragraph' || next.kind !== 'paragraph') return false;
  const s = blockText(text, first).trim();
  return /[.]$/.test(s) && wordCount(s) <= TITLE_MAX_WORDS && !s.includes('\n') && /^[\p{Lu}\p{N}]/u.test(s) && (findDateline(text, next) ?? findNamedDateline(text, next)) !== null;
}

/** A line that repeats the title: the same words, or a leading part of them ("Title" before "Title: subtitle"). */
/**
 * Whether a line repeats the title: the same words, the title cut short, or the title with a few
 * words after it (" | Site Name"). A sentence is never a repeat, whatever words it opens with:
 * "Nvidia reported record quarterly revenue…" is article text under a page titled "Nvidia".
 */
export function repeatsTitle(line: string, title: string): boolean {
  const a = normaliseLine(line);
  const t = normaliseLine(title);
  if (a === t) return true;
  const n = a.split(' ').length;
  if (n < REPEATED_TITLE_MIN_WORDS || endsSentence(line)) return false;
  return t.startsWith(a + ' ') || (a.startsWith(t + ' ') && n - t.split(' ').length <= TITLE_SUFFIX_MAX_WORDS);
}

const BYLINE_MAX_WORDS = 16;

/** A byline without what pages print after it ("5 Min Read", "Updated …"). */
export function bylineText(line: string): string {
  // (A long line is no byline, and the furniture's patterns, read from every position, would take long over it.)
  if (line.length > BYLINE_LINE_MAX_CHARS) return line;
  // (Piece by piece from the end: "By Charles Patterson, WCI Columnist August 19, 2025 | 33 Comments".)
  let out = line.replace(BYLINE_DATE_ON, '');
  for (let i = 0, before = ''; i < BYLINE_FURNITURE_PIECES && out !== before; i++) [before, out] = [out, out.replace(BYLINE_FURNITURE, '')];
  // (Nor a joining word the furniture after it leaves behind: "By Jane Roe and 2 Comments".)
  if (out !== line) out = out.replace(/\s+(?:and|&)\s*$/i, '');
  return out.replace(AVATAR_INITIALS, '$1');
}

/** How many pieces of furniture are taken off a byline's end. */
const BYLINE_FURNITURE_PIECES = 3;

/** An avatar's initials before the name they stand for: "CM Craig McCarthy" (the picture's letters read as text). */
const AVATAR_INITIALS = /^((?:[Bb]y\s+)?)(\p{Lu})(\p{Lu})\s+(?=\2\p{Ll}+\s+(?:\p{Lu}\.?\s+)?\3)/u;

/** The longest line read as a byline with its furniture ("By Jane Doe · 5 min read · Updated …"). */
const BYLINE_LINE_MAX_CHARS = 400;

export function isByline(line: string): boolean {
  const s = bylineText(line).trim();
  if (!BYLINE.test(s) || wordCount(s) > BYLINE_MAX_WORDS) return false;
  // "By Press Release": a kind of page its system names as the author, no writer.
  if (/^by\s+(?:(?:press|news|media)\s+releases?|sponsored(?:\s+content)?|partner\s+content|paid\s+post)$/i.test(s)) return false;
  // Names, not a sentence: every lower-case word after "By" is a connector.
  // (Past its label's colon too: "Posted by: Ashley Biancuzzo".)
  const rest = s.replace(/^\S+?(?:\s+by)?:?\s+/i, '');
  if (words(rest).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || BYLINE_CONNECTORS.has(w))) return true;
  // Or a commentary's writer and their post: "By Chris Radich, public sector CTO and VP for
  // customer success, UiPath" (two names or three before the comma, no sentence's end).
  return BYLINE_WITH_POST.test(s) && !endsSentence(s);
}

/** A writer's user name as a site shows it, in lower case ("jsteinhardt", "jane.doe"): a byline only where the page's markup or data names the writer so. */
export const WRITER_HANDLE = /^(?!(?:admin|administrator|editor|editorial|staff|guest|user|webmaster|root|team|author|unknown|anonymous)$)[\p{Ll}\d][\p{L}\d_.-]{1,29}$/u;

/** "By" and a person's two or three names, then a comma and their post. */
const BYLINE_WITH_POST = /^By\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s+\S/u;

/**
 * A dateline at the start of the first paragraph: "WASHINGTON (Reuters) - ", "LONDON, Nov 5
 * (Reuters) -", "BEIRUT/THE HAGUE, March 7 (Reuters) -", "BEIJING — ", "(CNN) -- ", a station's or a
 * syndicator's own ("(KTLA) — ", "(B/R) — "). The span covers the place and agency, not the dash
 * (nor the first of two glued to the story: "NEW YORK--Verizon").
 */
const DATELINE =
  /^(?:(?:(?:[A-Z][A-Z.'’-]*[A-Z.'’](?:[ /][A-Z][A-Z.'’-]*[A-Z.'’]){0,3})(?:,[^()\n–—]{1,40}?)?(?: ?\([A-Za-z][A-Za-z .&-]{1,30}\))?|\((?:Reuters|Bloomberg|Xinhua|dpa|[A-Z]{2,6}|[A-Z]{1,3}\/[A-Z]{1,3})\))(?= ?(?:--?|–|—) ?)|(?:[A-Z][A-Za-z.'’ -]{1,30} )?\((?:CNN|AP|AFP|Reuters|Bloomberg|Xinhua|UPI|dpa|PA)\)(?=\S))/u;

/**
 * A dateline with a date and no dash before the story's first capital: "DAMASCUS 1996-08-30 Syria
 * on Friday …", "KHASAVYURT, Russia 1996-08-31 Russian peacemaker …" (wire copy as text feeds
 * give it).
 */
const DATED_DATELINE = /^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+){0,2})? \d{4}-\d{2}-\d{2}(?= \p{Lu})/u;

/**
 * A reporter's name run into a dated dateline: "Larisa Sayenko MINSK 1996-08-30 A senior Belarus
 * politician …" (a wire feed rendered as text joins the byline line to the lede). The name is
 * one to three words in mixed case ("McNeil", "O'Brien"), the place in capitals after it.
 */
const NAMED_DATED_DATELINE = new RegExp(`^((?:\\p{Lu}(?:\\p{Ll}|['’.-])[\\p{L}'’.-]* ){1,3})(?=${DATED_DATELINE.source.slice(1)})`, 'u');

/** The byline and dateline that open a block as "Name Surname CITY 1996-08-30 …", or null. */
export function findNamedDateline(text: string, b: RawBlock): { byline: TextSpan; dateline: TextSpan } | null {
  const head = text.slice(b.start, Math.min(b.end, b.start + 160));
  const named = NAMED_DATED_DATELINE.exec(head);
  if (!named) return null;
  const at = b.start + named[1]!.length;
  const dated = DATED_DATELINE.exec(text.slice(at, Math.min(b.end, at + 120)));
  if (!dated) return null;
  return { byline: span(text, b.start, b.start + named[1]!.trimEnd().length), dateline: span(text, at, at + dated[0].length) };
}

export function findDateline(text: string, b: RawBlock): TextSpan | null {
  const head = text.slice(b.start, Math.min(b.end, b.start + 120));
  const dated = DATED_DATELINE.exec(head);
  if (dated) return span(text, b.start, b.start + dated[0].length);
  const m = DATELINE.exec(head);
  if (!m) return null;
  // A lone capitalised word followed by a dash is a sentence ("A – B"), not a dateline.
  if (!/[A-Z]{2}|\((?:AP|PA|[A-Z]{1,3}\/[A-Z]{1,3})\)/.test(m[0])) return null;
  return span(text, b.start, b.start + m[0].length);
}

export { BYLINE_MAX_WORDS };
