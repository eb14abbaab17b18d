import { NAME_TYPE_ORDER, NAME_TYPES } from '../vocabulary.js';
import type { Brief, Claim, EntityRecord, Implication, TextSpan } from '../types.js';
import { clean, cleanLine } from './sanitize.js';
import { CREDIT_LINE } from '../data/credits.js';
import { PLUG, teaser } from '../data/summary.js';
import { CAUSAL_SIGNALS, CHANGE_AFTER, STRONG_CAUSAL_SIGNALS } from '../data/cues.js';
import { NO_COMMENT } from '../data/claims.js';

/**
 * What a command shows, independent of format: a short list of nodes that the plain, Markdown and
 * terminal renderers each lay out. Article text is cleaned here (see `sanitize.ts`), once, so no
 * renderer can print a control character from the input.
 */
export type Node =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'lede'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: Item[] }
  /** Rows of cells; the first row is shown as the header where the format has one. */
  | { kind: 'table'; rows: string[][] }
  /** A program's text, its lines as written. */
  | { kind: 'code'; lines: string[] };

export interface Item {
  label?: string;
  /** What stands between the label and the text: " – " unless the article wrote its own (": " in `read`). */
  separator?: string;
  text: string;
  /** A dim annotation after the text: modality, cue, score breakdown. */
  note?: string;
  /** An ordered list's number as the article wrote it, where it differs from the item's place ("<ol start="2">"). */
  number?: number;
  /** How deep the item is nested under the items before it; absent at the top. */
  depth?: number;
}

import type { Command } from '../vocabulary.js';

export type { Command };

export interface ViewOptions {
  showDropped?: boolean;
  explain?: boolean;
}

/** Entities shown per type in `summarize`. */
const SUMMARY_ENTITIES_PER_TYPE = 8;
/** Claims and stated implications shown in `summarize` ("in brief"). */
const SUMMARY_CLAIMS = 3;
const SUMMARY_STATED_IMPLICATIONS = 3;
/** Sentences whose claims the summary view's key claims leave to the claims command: the headline and the dek. */
const HEADLINE_ROLES: ReadonlySet<string> = new Set(['title', 'dek']);

const TYPE_HEADINGS: Record<string, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  other: 'Other names',
  date: 'Dates',
  time: 'Times',
  duration: 'Durations',
  money: 'Money',
  percent: 'Percentages',
  ordinal: 'Ordinals',
  cardinal: 'Numbers',
  email: 'Email addresses',
  url: 'URLs',
  hashtag: 'Hashtags',
  mention: 'Handles',
  emoticon: 'Emoticons',
  emoji: 'Emoji',
};

export function view(brief: Brief, command: Command, options: ViewOptions = {}): Node[] {
  const nodes: Node[] = header(brief);
  switch (command) {
    case 'summarize':
      nodes.push(...summarize(brief, options));
      break;
    case 'read':
      nodes.push(...read(brief));
      break;
    case 'claims':
      nodes.push(...claims(brief.claims));
      break;
    case 'implications':
      nodes.push(...implications(brief.implications, Infinity));
      break;
    case 'entities':
      nodes.push(...entities(brief.entities, Infinity, true));
      break;
  }
  if (options.showDropped && brief.dropped.length > 0) {
    nodes.push({ kind: 'heading', text: 'Dropped' });
    nodes.push({ kind: 'list', ordered: false, items: brief.dropped.map((d) => ({ text: droppedLine(d.text), note: `${d.reason} @${d.start}` })) });
  }
  return nodes;
}

/** A dropped block on one line: a list's items without their bullets or numbers, set apart by " · " (not "- - Poker Chip Trays"). */
function droppedLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const items = lines.every((l) => LIST_MARK.test(l));
  return cleanLine(items ? lines.map((l) => l.replace(LIST_MARK, '')).join(' · ') : text);
}

/** A list item's mark at the start of its line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARK = /^(?:[-*•]|\d+[.)])\s+/;

function header(brief: Brief): Node[] {
  const nodes: Node[] = [{ kind: 'title', text: brief.title ? cleanLine(brief.title.text) : `(untitled: ${cleanLine(brief.origin)})` }];
  // "By Associated Press · Associated Press": a site the byline already names is said once.
  const said = (name: string, line: string): boolean => new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(line);
  const site = brief.meta.siteName && brief.byline && said(brief.meta.siteName, brief.byline.text) ? null : brief.meta.siteName;
  const meta = [
    brief.byline?.text,
    site,
    // "2024-03-07T07:55:25Z", "2019-04-29 09:57:33 -0400": the day is what a reader scans for (JSON keeps it whole).
    brief.meta.published?.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d.*$/, '$1'),
    brief.dateline?.text,
    `${brief.stats.words} word${brief.stats.words === 1 ? '' : 's'}`,
    `${brief.stats.readingMinutes} min read`,
  ].filter((x): x is string => !!x);
  nodes.push({ kind: 'meta', text: cleanLine(meta.join(' · ')) });
  return nodes;
}

function summarize(brief: Brief, options: ViewOptions): Node[] {
  const nodes: Node[] = [];
  const opening = brief.dek ?? firstBodySentence(brief);
  // The summary lists every sentence the options ask for; the opening line above it is printed
  // only where it is none of them (at its place or repeated elsewhere: a live blog prints an
  // entry's lead twice), so it is never said twice and the list never comes up one short.
  const inSummary = opening && brief.summary.some((s) => s.start === opening.start || cleanLine(s.text) === cleanLine(opening.text));
  const lede = inSummary ? null : opening;
  if (lede) nodes.push({ kind: 'lede', text: cleanLine(undated(brief, lede)) });
  if (brief.summary.length > 0) {
    nodes.push({ kind: 'heading', text: 'Summary' });
    nodes.push({
      kind: 'list',
      ordered: false,
      items: brief.summary.map((s) => ({ text: cleanLine(undated(brief, s)), ...(options.explain ? { note: explain(s.score, s.signals) } : {}) })),
    });
  }
  // Key claims: people and organisations the article names first ("Sam Brownback"), then other
  // capitalised sources ("Syrian defense ministries" before "meeting"), then the rest; within
  // each, one claim per source before a second from any; shown in the article's order.
  const names = new Set(brief.entities.filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.name));
  const tier = (c: Claim): number => (names.has(c.speaker!) ? 0 : /\p{Lu}/u.test(c.speaker!) ? 1 : 2);
  // A source's silence says nothing a reader needs among three key claims. The claims stage drops
  // a refusal or a negated answer ("declined to comment", "did not respond to requests for
  // comment"); any other that reaches here ("… to requests for comment, a spokesman said") stays
  // in the claims command and JSON.
  // Nor does a headline or a dek in headline-speak ("Treasury – Appointment of Chief Lynn Malerba as
  // Treasurer"): the body says it again, in full.
  const eligible = brief.claims.filter((c) => c.speaker && c.kind !== 'factual' && !NO_COMMENT.test(contentOf(brief, c)) && !HEADLINE_ROLES.has(brief.sentences[c.sentence]?.role ?? 'body'));
  const speakersOf = jointSources(eligible);
  const sourced = [...speakersOf.keys()];
  const attributed = [0, 1, 2]
    .flatMap((t) => {
      const inTier = sourced.filter((c) => tier(c) === t);
      const seen = new Set<string>();
      const firsts = new Set(inTier.filter((c) => !seen.has(c.speaker!) && seen.add(c.speaker!)));
      return [...firsts, ...inTier.filter((c) => !firsts.has(c))];
    })
    .slice(0, SUMMARY_CLAIMS)
    .sort((a, b) => a.start - b.start);
  if (attributed.length > 0) {
    nodes.push({ kind: 'heading', text: 'Claims' });
    nodes.push({ kind: 'list', ordered: false, items: attributed.map((c) => ({ label: cleanLine(speakersOf.get(c) ?? c.speaker!), text: excerpt(cleanLine(keyClaimText(brief, c))) })) });
  }
  nodes.push(...entities(brief.entities, SUMMARY_ENTITIES_PER_TYPE, false));
  nodes.push(...implications(brief.implications, SUMMARY_STATED_IMPLICATIONS, true, brief.text));
  return nodes;
}

/**
 * Sources named together ("Egypt and Jordan warned …") are one claim each in the claims stage; a
 * view shows their words once, under all their names: each claim kept, with its speakers' label
 * ("Egypt and Jordan"), in the claims' order.
 */
function jointSources(claims: readonly Claim[]): Map<Claim, string> {
  const together = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.speaker && c.cueSpan ? `${c.sentence}:${c.content.start}:${c.content.end}:${c.cueSpan.start}` : `\u0000${together.size}`;
    const group = together.get(key);
    if (group) group.push(c);
    else together.set(key, [c]);
  }
  return new Map([...together.values()].map((group) => [group[0]!, group[0]!.speaker ? namesListed(group.map((c) => c.speaker!)) : '']));
}

/** Names as a list reads: "A", "A and B", "A, B and C". */
function namesListed(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length < 2 ? unique.join('') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * A sentence's text without the dateline it opens with: that is in the meta line already, and the
 * sentence goes on after it ("(CNN)A new Kansas law …", "FLUSHING MEADOWS — Jodie Burrage …").
 */
function undated(brief: Brief, s: TextSpan): string {
  // A byline run into the dateline ("Larisa Sayenko MINSK 1996-08-30 …") opens the sentence before it.
  const opener = brief.byline && brief.byline.start === s.start && brief.dateline && brief.dateline.start > s.start;
  const datelined = brief.dateline && (brief.dateline.start === s.start || opener) && brief.dateline.end < s.end;
  return datelined ? brief.text.slice(brief.dateline!.end, s.end).replace(/^[\s—–-]+/u, '') : s.text;
}

/** A lede has this many words at least: "19.30 GMT", "iStockphoto" and "Try Claude" are none. */
const LEDE_MIN_WORDS = 5;

/**
 * The lede when there is no dek: the first body sentence that reads as one (not a timestamp,
 * credit or caption, nor a question or an aside in parentheses: "(We never did settle on one …)",
 * nor a plug or a spoiler warning: PLUG, nor a teaser: "If so, you came to the right place!").
 */
function firstBodySentence(brief: Brief): TextSpan | null {
  return (
    brief.sentences.find(
      (s) =>
        s.role === 'body' &&
        s.text.split(/\s+/).length >= LEDE_MIN_WORDS &&
        /[.!…。！]["'”’)]*$/u.test(s.text.trim()) &&
        !/^[(\[][^]*[)\]][.!]?$/.test(s.text.trim()) &&
        !CREDIT_LINE.test(s.text) &&
        !PLUG.test(s.text.trim()) &&
        !teaser(s.text.trim()),
    ) ??
    brief.sentences.find((s) => s.role === 'body') ??
    null
  );
}

function explain(score: number, signals: Record<string, number> | undefined): string {
  const parts = Object.entries(signals ?? {}).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  return `score ${score.toFixed(3)} = ${parts.join(' + ')}`;
}

/** A key claim in the summary view shows at most this many characters (an interview answer runs to paragraphs; `claims` and JSON have it whole). */
const KEY_CLAIM_CHARS = 280;

/** The claim's opening sentences up to KEY_CLAIM_CHARS, or its words up to there, then "…". */
export function excerpt(text: string, max = KEY_CLAIM_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd >= max / 3) return `${head.slice(0, sentenceEnd + 1)} …`;
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : max).replace(/[\s,;:—–-]+$/u, '')} …`;
}

function contentOf(brief: Brief, c: Claim): string {
  return brief.text.slice(c.content.start, c.content.end);
}

/** How far before a key claim's content its cue may stand for the words between to be shown. */
const KEY_CLAIM_VERB_CHARS = 60;

/**
 * A key claim's words after its speaker: the content, and the cue before it where the content
 * cannot stand without its verb ("Chinese officials – vowed to cut prices", "– called for
 * an inquiry"), not "Beijing – to rebuild …".
 */
function keyClaimText(brief: Brief, c: Claim): string {
  const content = contentOf(brief, c);
  // Only a verb's own complement ("vowed to …"), not a colon label's sentence that opens "At GSA, …".
  // (A negated cue is shown whatever follows: "FlightAware – not reporting a large number of delays".)
  const negated = /^(?:not|never|\w+n['’]t)\s/i.test(c.cue ?? '');
  if (!c.cueSpan || c.cueSpan.end > c.content.start || c.content.start - c.cueSpan.start > KEY_CLAIM_VERB_CHARS || (!negated && !/^(?:to|for|about|on|of|with|against|at)\s/.test(content)) || !/\p{L}/u.test(c.cue ?? '')) return content;
  return brief.text.slice(c.cueSpan.start, c.content.start) + content;
}

function read(brief: Brief): Node[] {
  const nodes: Node[] = [];
  if (brief.dek) nodes.push({ kind: 'lede', text: cleanLine(brief.dek.text) });
  for (const section of brief.sections) {
    if (section.heading) nodes.push({ kind: 'heading', text: cleanLine(section.heading.text) });
    for (const block of section.blocks) {
      if (block.kind === 'list') {
        const places = topLevelPlaces(block.items!);
        nodes.push({
          kind: 'list',
          ordered: block.ordered ?? false,
          // The item as written: its label, its own separator ("…: A Hindu's Impression"), its text.
          items: block.items!.map((item, i) => ({
            ...(item.depth ? { depth: item.depth } : writtenNumber(brief.text.slice(item.start, (item.label ?? item.body).start), block.ordered ?? false, places[i]! - 1)),
            ...(item.label ? { label: cleanLine(item.label.text), separator: brief.text.slice(item.label.end, item.body.start).replace(/\s+/g, ' ') } : {}),
            text: cleanLine(item.body.text),
          })),
        });
      } else if (block.kind === 'table') {
        nodes.push({ kind: 'table', rows: block.rows!.map((row) => row.cells.map((cell) => cleanLine(cell.text))) });
      } else if (block.kind === 'code') {
        nodes.push({ kind: 'code', lines: block.text.split('\n').map((line) => clean(line).trimEnd()) });
      } else {
        nodes.push({ kind: block.kind, text: cleanLine(block.text) });
      }
    }
  }
  return nodes;
}

function claims(all: Claim[]): Node[] {
  const nodes: Node[] = [];
  const groups = new Map<string, Claim[]>();
  // (sources named together: their words once, under all their names)
  for (const [c, speakers] of jointSources(all)) {
    const key = speakers || (c.kind === 'factual' ? 'Unattributed' : 'Unnamed source');
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const order = [...groups.keys()].sort((a, b) => rankGroup(a) - rankGroup(b) || groups.get(b)!.length - groups.get(a)!.length);
  for (const speaker of order) {
    nodes.push({ kind: 'heading', text: cleanLine(speaker) });
    nodes.push({
      kind: 'list',
      ordered: false,
      items: groups.get(speaker)!.map((c) => ({
        text: cleanLine(c.text),
        note: c.kind === 'factual' ? `factual: ${c.basis.join(', ')}` : `${c.kind}${c.cue ? `, “${cleanLine(c.cue)}”` : ''}`,
      })),
    });
  }
  if (all.length === 0) nodes.push({ kind: 'paragraph', text: 'No claims found.' });
  return nodes;
}

function rankGroup(name: string): number {
  return name === 'Unattributed' ? 2 : name === 'Unnamed source' ? 1 : 0;
}

function implications(all: Implication[], statedLimit: number, brief = false, text = ''): Node[] {
  const listed = all.filter((i) => i.kind === 'listed');
  const stated = onePerSentence(all.filter((i) => i.kind === 'stated'));
  const nodes: Node[] = [];
  if (listed.length > 0) {
    nodes.push({ kind: 'heading', text: 'Implications' });
    nodes.push({
      kind: 'list',
      ordered: true,
      items: listed.map((i) => {
        const body = i.label ? i.text.slice(i.text.indexOf(i.label) + i.label.length).replace(/^\s*[–—:-]\s*/u, '') : i.text;
        return { ...(i.label ? { label: cleanLine(i.label) } : {}), text: cleanLine(body), ...(i.modality && !brief ? { note: i.modality } : {}) };
      }),
    });
  }
  if (stated.length > 0 && (!brief || listed.length === 0)) {
    nodes.push({ kind: 'heading', text: listed.length > 0 ? 'Stated in the text' : 'Implications' });
    // In brief, the ones summaryImplications chooses (the benchmark scores the same choice).
    const chosen = brief ? new Set(summaryImplications(all, statedLimit, text)) : null;
    const shown = chosen ? stated.filter((x) => chosen.has(x.implication)) : stated;
    nodes.push({
      kind: 'list',
      ordered: false,
      items: shown.map(({ implication, cues }) => ({ text: cleanLine(implication.text), note: statedNote(implication, cues) })),
    });
  }
  if (!brief && nodes.length === 0) nodes.push({ kind: 'paragraph', text: 'No implications found.' });
  return nodes;
}

/** The implications the summary view shows: every listed one, or else the `limit` strongest stated (byStrength; one per sentence), in the article's order. */
export function summaryImplications(all: Implication[], limit = SUMMARY_STATED_IMPLICATIONS, text = ''): Implication[] {
  const listed = all.filter((i) => i.kind === 'listed');
  if (listed.length > 0) return listed;
  return onePerSentence(all.filter((i) => i.kind === 'stated'))
    .map((x) => x.implication)
    .sort((a, b) => byStrength(a, b, text))
    .slice(0, limit)
    .sort((a, b) => a.start - b.start);
}

/** A sentence that states several relations is shown once, with all their signals. */
function onePerSentence(stated: Implication[]): Array<{ implication: Implication; cues: string[] }> {
  const out: Array<{ implication: Implication; cues: string[] }> = [];
  for (const i of stated) {
    const last = out[out.length - 1];
    if (last && last.implication.start === i.start && last.implication.end === i.end) {
      if (i.cue && !last.cues.includes(i.cue)) last.cues.push(i.cue);
    } else out.push({ implication: i, cues: i.cue ? [i.cue] : [] });
  }
  return out;
}

/**
 * Cause→effect statements an explicit signal makes ("led to", "because", "prompted") and firm
 * forecasts ("will", "is expected to") first, then relations only a weak word marks ("after",
 * "over", "to"), then the rest ("could", "may").
 */
function byStrength(a: Implication, b: Implication, text = ''): number {
  const rank = (i: Implication): number => {
    // As extract judges it: an explicit signal, or a change followed by "after" ("Prices fell after …").
    const strong = i.signal !== null && (STRONG_SIGNALS.some((p) => p.test(i.signal!.text)) || CHANGE_AFTER.test(i.text));
    if ((i.cause && i.effect && strong) || i.modality === 'will' || i.modality === 'expected') return 0;
    return i.cause && i.effect ? 1 : 2;
  };
  // Of equal strength, the writer's own statement before a quoted one (one that opens a quotation,
  // or stands inside one its paragraph opened: "“Novel legal interpretations will not … They will not bring the hostages home.").
  const quoted = (i: Implication): number => (/^["“‘']/.test(i.text.trim()) || insideQuotation(text, i.start) ? 1 : 0);
  return rank(a) - rank(b) || quoted(a) - quoted(b) || a.start - b.start;
}

/** Whether `at` stands inside a quotation its paragraph opened before it (curly marks counted, straight ones by parity). */
export function insideQuotation(text: string, at: number): boolean {
  if (!text || at <= 0) return false;
  const paragraph = Math.max(text.lastIndexOf('\n', at - 1) + 1, 0);
  const before = text.slice(paragraph, at);
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  // (Straight marks by parity, each kind on its own; not an inch mark after a figure: 'a 65" screen'.)
  return open > close || (before.match(/(?<!\d)"/g) ?? []).length % 2 === 1;
}

const STRONG_SIGNALS = CAUSAL_SIGNALS.slice(0, STRONG_CAUSAL_SIGNALS).map(({ pattern }) => pattern);

/** Shorter one-word cues ("to", "over", "after", "since") are not shown by themselves. */
const MIN_SHOWN_CUE = 6;

function statedNote(i: Implication, cues: string[]): string {
  const parts: string[] = [];
  if (i.modality) parts.push(i.modality);
  // A modal's own word says nothing the modality does not ("will", "'ll", "won't"); a longer cue
  // ("is expected to", "led to") does. A short connective alone ("to", "over", "after") tells a
  // reader nothing: a relation it marks is shown as one.
  for (const cue of cues) {
    if (cue.split(/\s+/).length > 1 || (!i.modality && cue.length >= MIN_SHOWN_CUE)) parts.push(`“${cleanLine(cue)}”`);
    else if (!i.modality && i.cause && i.effect && !parts.includes('cause and effect')) parts.push('cause and effect');
  }
  if (i.horizon) parts.push(cleanLine(i.horizon.text));
  return parts.join(', ');
}

function entities(all: EntityRecord[], perType: number, includeValues: boolean): Node[] {
  const nodes: Node[] = [];
  const types: readonly string[] = includeValues ? [...NAME_TYPE_ORDER, ...new Set(all.map((e) => e.type).filter((t) => !NAME_TYPES.has(t)))] : NAME_TYPE_ORDER;
  if (!includeValues) {
    const items: Item[] = [];
    for (const type of types) {
      const names = all.filter((e) => e.type === type).slice(0, perType);
      if (names.length > 0) items.push({ label: TYPE_HEADINGS[type] ?? type, text: names.map((e) => cleanLine(e.name)).join(', ') });
    }
    if (items.length > 0) nodes.push({ kind: 'heading', text: 'Who and where' }, { kind: 'list', ordered: false, items });
    return nodes;
  }
  for (const type of types) {
    const records = all.filter((e) => e.type === type).slice(0, perType);
    if (records.length === 0) continue;
    nodes.push({ kind: 'heading', text: TYPE_HEADINGS[type] ?? type });
    nodes.push({
      kind: 'list',
      ordered: false,
      items: records.map((e) => ({
        text: cleanLine(e.name),
        note: `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}, salience ${e.salience.toFixed(2)}`,
      })),
    });
  }
  if (nodes.length === 0) nodes.push({ kind: 'paragraph', text: 'No entities found.' });
  return nodes;
}

/** An ordered item's number as written ("2. " over the list's first item), when it is not its place in the list. */
function writtenNumber(marker: string, ordered: boolean, i: number): { number?: number } {
  const n = ordered ? /^\s*(\d{1,6})[.)]/.exec(marker)?.[1] : undefined;
  return n !== undefined && Number(n) !== i + 1 ? { number: Number(n) } : {};
}

/** Each item's place among the list's top-level items, counting from 1 (a nested item has its top-level item's). */
export function topLevelPlaces(items: ReadonlyArray<{ depth?: number }>): number[] {
  let place = 0;
  return items.map((x) => (x.depth ? place : ++place));
}
