/**
 * HTML → the plain text the pipeline reads and its blocks. The only file that uses the HTML
 * extractor (Mozilla's Readability over linkedom's DOM); both are required on first use, so no
 * other input pays for loading them.
 */
import { createRequire } from 'node:module';
import { MESSAGE, message } from '../../messages.js';
import type { Message, SourceMeta } from '../../types.js';
import { TextBuilder } from '../builder.js';
import { bylineText, isByline, WRITER_HANDLE } from '../frontmatter.js';
import { decodeEntities } from '../../character-references.js';
import { endsSentence, FIGURE_LINE, wordCount } from '../shape.js';
import { chromeReason } from '../chrome.js';
import { ADVERTISER_DISCLOSURE, KEY_POINTS_LABEL, PAYWALL_CUT, UI_VERBS } from '../../data/chrome.js';
import type { RawBlock } from '../blocks.js';
import { authorNames, inWrittenCase, chooseHeadline, classedDate, shownWithoutSection, commentHeader, dateNearTitle, ldArticleBody, parselyAuthor, printedDate, readMetadata, realDate, sharedTitles, titleLabels, withoutAddenda, type MetaDocument } from './metadata.js';
import { captionTexts, EMBEDDED_POST_CLASSES, REWORDED_PULL_QUOTE, walk, type DomNode } from './walk.js';

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

/**
 * Readability's cost grows about with the square of nesting depth (1,000 levels: 7.7 s here); real
 * article pages stay under ~60. Deeper pages skip the extractor and are read by the linear walker.
 */
const MAX_EXTRACTOR_DEPTH = 150;
/** How many of a page's h2–h4 headings are read for the headline it shows (`shownWithoutSection`). */
const SHOWN_HEADINGS_MAX = 60;

/** Depth of the deepest element, found without recursion. */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root as DomNode, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of Array.from(node.childNodes ?? [])) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return max;
}

/** An extracted text this short that reads as a site's disclosure of its advertisers is no article: the page is read again without it. */
const DISCLOSURE_MAX_CHARS = 2000;
/** How many times longer the second reading must be to be taken. */
const DISCLOSURE_RERUN_GAIN = 2;

/**
 * What is done to a page before the extractor reads it: forms and buttons opened up, the class
 * words that mislead the extractor taken off, entry headers and pull quotes marked, hidden and
 * subscriber text handled, disclosure widgets opened. Messages go to `messages`.
 */
function prepareForExtractor(document: unknown, messages: Message[]): void {
  openForms(document as BoxDocument);
  wordButtons(document as BoxDocument);
  withoutExtractorClassWords(document as BoxDocument);
  keepEntryHeaders(document as BoxDocument);
  markPullQuotes(document as BoxDocument);
  hoistTrailingBreaks(document as { querySelectorAll(selector: string): ArrayLike<BreakNode> });
  removeUnshown(document as RemovableDocument, messages);
  showSubscriberText(document as SubscriberDocument, messages);
  openDisclosures(document as DisclosureDocument, messages);
}

/** The prose paragraphs of a page or an extracted article: sentences, outside boxes of teasers, sign-ups or players and outside hidden blocks. */
function proseParagraphsOf(document: LedeDocument): string[] {
  return Array.from(document.querySelectorAll('p'))
    .filter((p) => !p.closest(HIDDEN_OR_OUTSIDE) && !inBox(p, TEASER_BOX))
    .map((p) => squash(p.textContent))
    .filter((t) => proseLine(t) && !chromeReason(t));
}

const wordsOf = (paragraphs: readonly string[]): number => paragraphs.reduce((n, t) => n + t.split(' ').length, 0);

/** The page's prose must have this many times the words of the extractor's before it is read again, and this many more. */
const CLEANED_PAGE_RATIO = 2;
/** …looked at only when the page's paragraphs hold this many times the extracted text's characters. */
const CLEANED_PAGE_CHARS_RATIO = 1.5;
const CLEANED_PAGE_MORE_WORDS = 150;
/** The second reading is taken when it holds this many more prose paragraphs and this many times the words of the first, and the first's opening. */
const CLEANED_MORE_PARAGRAPHS = 3;
const CLEANED_GAIN = 1.5;
/** Readability's flags without its conditional cleaning: strip unlikely candidates (1), weigh classes (2). */
const FLAGS_WITHOUT_CLEANING = 3;

/**
 * The extractor's reading of a page, with its own flags or the ones given. `flags` sets a field
 * the library keeps to itself (`_flags`, Readability 0.6.0 as pinned); the test of the re-read
 * without cleaning fails if an upgrade stops honouring it.
 */
function extract(document: unknown, flags: number | null = null): Parsed | null {
  const { Readability } = load();
  const reader = new Readability(document, { keepClasses: true }) as unknown as { _flags: number; parse(): Parsed | null };
  if (flags !== null) reader._flags = flags;
  return reader.parse();
}

/**
 * The page read afresh, prepared as for the first reading, changed by `change`, by the extractor
 * with `flags`; null when `change` returns false (the reading is not worth it) or the extractor fails.
 */
function readAgain(html: string, flags: number | null = null, change: (document: unknown) => boolean | void = () => undefined): Parsed | null {
  const { parseHTML } = load();
  const again = parseHTML(html).document;
  fillStreamedSegments(again as unknown as StreamDocument, []);
  prepareForExtractor(again, []);
  if (change(again) === false) return null;
  try {
    return extract(again, flags);
  } catch {
    return null;
  }
}

/**
 * The extractor's reading of the page again without its conditional cleaning, when the first
 * left out much of the page's prose: the page's paragraphs hold CLEANED_PAGE_CHARS_RATIO times the
 * first's characters (`pageChars`, counted before the extractor ran), and its prose CLEANED_PAGE_RATIO
 * times the first's prose words; the second holds CLEANED_MORE_PARAGRAPHS more prose paragraphs, CLEANED_GAIN times the
 * words, and the first's opening paragraph. Null otherwise.
 */
function lessCleaned(html: string, first: Parsed, pageChars: number): { parsed: Parsed; more: number } | null {
  const { parseHTML } = load();
  // (A cheap test first, on every page: its paragraphs' characters against the extracted text's.)
  if (pageChars < CLEANED_PAGE_CHARS_RATIO * squash(first.textContent ?? null).length) return null;
  const prose = (content: string | null | undefined): string[] => proseParagraphsOf(parseHTML(`<!doctype html><html><body>${content ?? ''}</body></html>`).document as unknown as LedeDocument);
  const firstProse = prose(first.content);
  const firstWords = wordsOf(firstProse);
  if (firstProse.length === 0) return null;
  // (The page's prose is read on the page prepared afresh, before the extractor runs on it again, and only then.)
  const second = readAgain(html, FLAGS_WITHOUT_CLEANING, (document) => {
    const pageWords = wordsOf(proseParagraphsOf(document as LedeDocument));
    return pageWords >= CLEANED_PAGE_RATIO * firstWords && pageWords - firstWords >= CLEANED_PAGE_MORE_WORDS;
  });
  if (!second?.content) return null;
  const secondProse = prose(second.content);
  const opening = firstProse[0]!.slice(0, LEDE_ANCHOR_CHARS);
  const more = secondProse.length - firstProse.length;
  if (more < CLEANED_MORE_PARAGRAPHS || wordsOf(secondProse) < CLEANED_GAIN * firstWords || !secondProse.some((t) => t.startsWith(opening))) return null;
  return { parsed: second, more };
}

/** Below this many characters of text the extractor's result is not trusted and the whole page is read. */
const MIN_EXTRACTED_CHARS = 250;

interface LedeElement {
  textContent: string | null;
  parentNode: unknown;
  outerHTML: string;
  innerHTML: string;
  querySelector(selector: string): unknown;
  insertAdjacentHTML(where: 'afterend', html: string): void;
  closest(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
interface LedeDocument {
  querySelectorAll(selector: string): ArrayLike<LedeElement>;
}

/** How many paragraphs above the extracted article are looked at. */
const LEDE_MAX_PARAGRAPHS = 4;
/** A paragraph that reads as a lede: this many words, ending like a sentence, few of them in links. */
const LEDE_MIN_WORDS = 12;
const LEDE_MAX_LINK_SHARE = 0.3;
/** The first kept paragraph is found in the page by its opening characters. */
const LEDE_ANCHOR_CHARS = 60;

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The prose paragraphs that stand, in the page, just before the first paragraph the extractor
 * kept (the first the page sets as a <p>) and in the same container: at most LEDE_MAX_PARAGRAPHS,
 * nearest first, stopping at the first that is not prose, is page chrome or sits elsewhere (a dek
 * box, a pull quote, a promo: on the ScrapingHub pages every such paragraph was outside the
 * article). Failing those: a block of the kept body's own class just before it, whole
 * (`splitBodyBefore`); the page's introduction box (INTRO_BOX); a box between the headline and the
 * first kept paragraph that holds one prose paragraph alone, or BOXED_LEDE_MIN_PARAGRAPHS and
 * little else.
 */
export function missedLede(page: LedeDocument, extracted: LedeDocument): LedeElement[] {
  const kept = Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.length >= LEDE_ANCHOR_CHARS);
  if (kept.length === 0) return [];
  const all = new Set(kept);
  const paragraphs = Array.from(page.querySelectorAll('p'));
  const openings = paragraphs.map((p) => squash(p.textContent));
  // (The first kept paragraph the page sets as one: TechGearLab's body opens on a line of bare text in a div.)
  const first = kept.find((t) => openings.some((o) => o.startsWith(t.slice(0, LEDE_ANCHOR_CHARS))));
  const at = first === undefined ? -1 : openings.findIndex((o) => o.startsWith(first.slice(0, LEDE_ANCHOR_CHARS)));
  const out: LedeElement[] = [];
  const prose = (p: LedeElement, text: string): boolean => {
    const linked = Array.from(p.querySelectorAll('a'), (a) => squash(a.textContent).length).reduce((n, x) => n + x, 0);
    return text.split(' ').length >= LEDE_MIN_WORDS && endsSentence(text) && linked <= LEDE_MAX_LINK_SHARE * text.length && !all.has(text) && !splitByExtractor(text) && !chromeReason(text) && !p.closest('nav, header, footer, aside, figure, figcaption, form');
  };
  // (Nor a paragraph the extractor kept in pieces, split at its "<br><br>": "Updated: December 9,
  // 2024<br><br>If you are serving food …" is kept as its second piece.)
  const splitByExtractor = (text: string): boolean => kept.some((k) => text.includes(k.slice(0, LEDE_ANCHOR_CHARS)));
  for (let i = at - 1; i >= 0 && out.length < LEDE_MAX_PARAGRAPHS; i--) {
    const p = paragraphs[i]!;
    if (!prose(p, squash(p.textContent)) || !sameContainer(p, paragraphs[at]!)) break;
    out.unshift(p);
  }
  if (out.length > 0 || at <= 0) return out;
  // Or the block of the kept body's own kind just before it (Empower's article in two layout blocks
  // of one class, "block-inline-blockcopy-block-v2", a banner between them: the extractor kept the second).
  const split = splitBodyBefore(paragraphs[at]!, all);
  if (split) return [split];
  // Or the page's introduction in a box of its own, which the extractor left out beside the body
  // it kept (Wirecutter's div#intro, with a table of contents between): its prose paragraphs, when
  // the nearest prose above the first kept paragraph is one of them.
  for (let i = at - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const text = squash(p.textContent);
    if (!prose(p, text)) {
      if (text.split(' ').length < LEDE_MIN_WORDS && !all.has(text)) continue;
      break;
    }
    const box = boxOf(p, INTRO_BOX) as LedeElement | null;
    if (!box || (box as unknown as { contains(x: unknown): boolean }).contains(paragraphs[at])) break;
    return Array.from(box.querySelectorAll('p') as ArrayLike<LedeElement>).filter((x) => prose(x, squash(x.textContent))).slice(0, INTRO_MAX_PARAGRAPHS);
  }
  // Or a paragraph set in a box of its own between the headline and the first kept paragraph (the
  // CFPB's callout `div.o-well` under its <h1>): the box holds nothing else, is no widget, and sits
  // near the kept text (within LEDE_BOX_LEVELS boxes up; not a fact-check's statement under review,
  // set six levels away in a card of its own).
  const above = paragraphs[at - 1]!;
  let near = above.parentNode as { parentNode: unknown; contains?(x: unknown): boolean } | null;
  for (let level = 1; near && level < LEDE_BOX_LEVELS && !near.contains?.(paragraphs[at]); level++) near = near.parentNode as typeof near;
  if (!near?.contains?.(paragraphs[at])) return out;
  const box = above.parentNode as (LedeElement & { tagName?: string }) | null;
  const order = Array.from(page.querySelectorAll('h1, p'));
  const headline = order.findIndex((x) => /^h1$/i.test((x as unknown as { tagName: string }).tagName));
  const marks = box && isDiv(box) ? `${divClass(box)} ${(box as unknown as { getAttribute(name: string): string | null }).getAttribute('id') ?? ''}` : '';
  // (Or several, all prose and nothing else: TechGearLab's seven-paragraph introduction in
  // `div.summary_larger > div.articletext`, with the picks' cards between it and the kept body.)
  // (Its paragraphs most of the box's text, one of them perhaps with a link too many, an editor's note beside them.)
  const boxed = box ? (Array.from(box.querySelectorAll('p')) as unknown as LedeElement[]) : [];
  // (A call to read on, "Read the agency's full guide …", is no lede's paragraph.)
  const inside = boxed.filter((p) => prose(p, squash(p.textContent)) && !CALL_TO_ACTION.test(squash(p.textContent)));
  const alone =
    boxed.length === 1
      ? inside.length === 1 && squash(box!.textContent) === squash(above.textContent)
      : inside.length >= BOXED_LEDE_MIN_PARAGRAPHS && boxed.length - inside.length <= 1 && boxed.length <= INTRO_MAX_PARAGRAPHS && squash(inside.map((p) => squash(p.textContent)).join(' ')).length >= BOXED_LEDE_SHARE * squash(box!.textContent).length;
  if (marks && alone && !inBox(above, WIDGET_CLASS) && !inBox(above, APPEAL_CLASS) && !STANDFIRST_CLASS.test(marks) && !INTRO_BOX.test(marks) && headline >= 0 && headline < order.indexOf(inside[0]!)) return inside;
  // (Or a box its first line labels as the article's short version, whatever its class: Silverback's
  // `div.summary` under the headline, "TL;DR:" over two paragraphs of prose.)
  const label = boxed.length > 1 ? squash(boxed[0]!.textContent) : '';
  // (On the headline's subject, a word of it shared: not a digest of other news, "In brief", over the story.)
  const subject = (t: string): string[] => t.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  const onSubject = headline >= 0 && subject(squash(order[headline]!.textContent)).some((w) => inside.some((p) => subject(squash(p.textContent)).includes(w)));
  if (SHORT_VERSION_LABEL.test(label) && inside.length >= 1 && boxed.length - inside.length === 1 && onSubject && !inBox(above, WIDGET_CLASS) && !inBox(above, APPEAL_CLASS) && headline < order.indexOf(inside[0]!)) return inside;
  return out;
}

/** How many boxes up from the first kept paragraph, and how many siblings back, a block of the body's own class is looked for. */
const SPLIT_LEVELS = 8;
const SPLIT_SIBLINGS = 3;
/** The prose paragraphs such a block must hold, none of them kept, and the most of its text in links. */
const SPLIT_MIN_PARAGRAPHS = 3;
const SPLIT_MAX_LINK_SHARE = 0.3;
/** Class words of a page's layout grid, which name no kind of content. */
const GENERIC_LAYOUT_CLASS = /^(?:section|row|col|column|columns|container|wrapper|wrap|inner|outer|grid|box|block|content|main|clearfix|group|flex|d-flex|(?:col|span|grid|w|mx|my|px|py|mb|mt|pb|pt)-[\w-]+)$/i;

/** A class without the words that name one element (Elementor's "elementor-element-98fbbca"): the kind of box it is. */
function kindOfClass(cls: string): string {
  return cls.trim().split(/\s+/).filter((c) => !(ELEMENT_ID_CLASS.test(c) && /\d/.test(c))).join(' ');
}
const ELEMENT_ID_CLASS = /[-_][0-9a-f]{6,}$/i;

interface SplitElement extends LedeElement {
  parentElement: SplitElement | null;
  previousElementSibling: SplitElement | null;
  getAttribute(name: string): string | null;
}

/**
 * Whether a box's class names a kind of block a body may be split over: not a layout's "section",
 * "row" or "col-md-8", whose blocks hold anything, nor a box of teasers, widgets or appeals.
 */
function bodyKindClass(cls: string): boolean {
  return !TEASER_BOX.test(cls) && !WIDGET_CLASS.test(cls) && !APPEAL_CLASS.test(cls) && !cls.split(/\s+/).every((c) => GENERIC_LAYOUT_CLASS.test(c));
}

/**
 * A block's prose paragraphs when it may be a piece of the body the extractor left out: none of them
 * kept, few of its characters in links, not inside a hidden box or page furniture, no headline. Else null.
 */
function unkeptProse(block: SplitElement, kept: ReadonlySet<string>): string[] | null {
  const prose = Array.from(block.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => proseLine(t) && !chromeReason(t));
  const text = squash(block.textContent);
  const fits = !prose.some((t) => kept.has(t)) && linkedChars(block) <= SPLIT_MAX_LINK_SHARE * text.length && !block.closest(HIDDEN_OR_OUTSIDE) && !block.querySelector('h1');
  return fits ? prose : null;
}

/**
 * The block just before the kept body's own box that has the same class, when the extractor kept
 * none of it: a body the page splits over blocks alike. Found up to SPLIT_LEVELS boxes up from
 * the first kept paragraph and SPLIT_SIBLINGS siblings back (a banner may stand between); it must
 * hold SPLIT_MIN_PARAGRAPHS prose paragraphs, no kept one, few links, and be no teaser's box.
 */
function splitBodyBefore(first: LedeElement, kept: ReadonlySet<string>): LedeElement | null {
  let box = (first as unknown as SplitElement).parentElement;
  for (let level = 0; box && level < SPLIT_LEVELS; level++, box = box.parentElement) {
    const cls = box.getAttribute('class')?.trim();
    if (!cls || !bodyKindClass(cls)) continue;
    let sibling = box.previousElementSibling;
    for (let k = 0; sibling && k < SPLIT_SIBLINGS; k++, sibling = sibling.previousElementSibling) {
      if (kindOfClass(sibling.getAttribute('class') ?? '') !== kindOfClass(cls)) continue;
      if ((unkeptProse(sibling, kept)?.length ?? 0) >= SPLIT_MIN_PARAGRAPHS) return sibling;
      break;
    }
  }
  return null;
}

/** A box beside the article by its class: a sidebar, a rail, a toolbar, an audio player's note ("Listen to this story: …"). */
const SIDE_BOX = /sidebar|(?:^|[\s_-])(?:rail|toolbar|audio|listen|narrat)/i;
/** A teaser card's blurb by its class: "dek", "excerpt", "summary", "teaser". */
const CARD_TEXT_CLASS = /(?:^|[\s_-])(?:dek|excerpt|summary|teaser|blurb|snippet)(?:$|[\s_-])/i;

/** Whether a paragraph shares its box with a headline that is a link: a teaser card's blurb under the other story's linked headline. */
function inCard(p: LedeElement): boolean {
  const box = (p as unknown as SplitElement).parentElement;
  if (!box) return false;
  return Array.from(box.querySelectorAll('a')).some((a) => {
    const line = (a as unknown as SplitElement).parentElement;
    const words = squash(a.textContent).split(' ').length;
    return words >= 4 && line !== null && line !== p && squash(line.textContent) === squash(a.textContent);
  });
}

/** A paragraph of prose the page shows that the article may have lost: this many words, ending like a sentence. */
const LEFT_OUT_MIN_WORDS = 15;

/**
 * A paragraph of prose the page shows (its text `text`): LEFT_OUT_MIN_WORDS words or more that end
 * like a sentence, no page chrome, few links, in no menu, header, footer, sidebar, form or figure,
 * no hidden box and no box of widgets, teasers, comments or bios.
 */
function shownProse(p: LedeElement, text: string): boolean {
  if (text.split(' ').length < LEFT_OUT_MIN_WORDS || !endsSentence(text) || chromeReason(text)) return false;
  return !(linkedChars(p) > LEDE_MAX_LINK_SHARE * text.length || p.closest(HIDDEN_OR_OUTSIDE) || inBox(p, WIDGET_CLASS) || inBox(p, TEASER_BOX) || inBox(p, SIDE_BOX));
}

/**
 * The paragraphs of prose the page shows that the extracted article does not hold, after every
 * repair: each a <p> of LEFT_OUT_MIN_WORDS words or more that ends like a sentence, is no page
 * chrome, has few links, and stands in no menu, header, footer, sidebar, form or figure, no hidden
 * box and no box of teasers, widgets, comments or bios. What the extractor judged outside the
 * article, said out loud (NCSC's guide lost its three paragraphs of introduction with no word).
 */
export function proseLeftOut(page: LedeDocument, extracted: LedeDocument, extras = ''): string[] {
  // What the article holds, by each block's opening (a lookup per paragraph, however long the page).
  const keys = new Set(Array.from(extracted.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td, dd, dt'), (el) => squash(el.textContent).slice(0, LEDE_ANCHOR_CHARS)));
  const more = squash(extras);
  const held = (text: string): boolean => keys.has(text.slice(0, LEDE_ANCHOR_CHARS)) || (more !== '' && more.includes(text.slice(0, LEDE_ANCHOR_CHARS)));
  const out: string[] = [];
  // (Only between the headline and the last paragraph kept: what the page sets before its headline
  // or after its article, a notice or the next story's blurb, is the page's.)
  const order = Array.from(page.querySelectorAll('h1, p'));
  let last = -1;
  order.forEach((el, i) => {
    const text = squash(el.textContent);
    if (isParagraph(el) && text.length >= LEDE_ANCHOR_CHARS && held(text)) last = i;
  });
  const headline = order.findIndex((el) => !isParagraph(el));
  for (const p of order.slice(headline + 1, Math.max(0, last))) {
    if (!isParagraph(p)) continue;
    const text = squash(p.textContent);
    if (held(text) || !shownProse(p, text) || CARD_TEXT_CLASS.test((p as unknown as SplitElement).getAttribute('class') ?? '') || inCard(p)) continue;
    out.push(text);
  }
  return out;
}

/** An extracted article under this many words (chrome and all) is checked for prose the page shows outside it. */
const OUTSIDE_PROSE_CONTENT_MAX_WORDS = 600;

/** Prose the page shows outside the extracted article: its words, its paragraphs, the first. */
export interface OutsideProse {
  words: number;
  paragraphs: number;
  first: string;
}

/**
 * The prose paragraphs (shownProse) anywhere on the page that the extracted article does not
 * hold, cards included. Resy's guide read 99 words as its article and left its sixty venues'
 * write-ups, in cards after the related stories, out with no word.
 */
function proseOutside(page: LedeDocument, extracted: LedeDocument): OutsideProse | null {
  const keys = new Set(Array.from(extracted.querySelectorAll('p'), (el) => squash(el.textContent).slice(0, LEDE_ANCHOR_CHARS)));
  let words = 0;
  let paragraphs = 0;
  let first = '';
  for (const p of Array.from(page.querySelectorAll('p'))) {
    const text = squash(p.textContent);
    if (keys.has(text.slice(0, LEDE_ANCHOR_CHARS)) || !shownProse(p, text)) continue;
    words += text.split(' ').length;
    paragraphs++;
    if (first === '') first = text;
  }
  return paragraphs > 0 ? { words, paragraphs, first } : null;
}

/** Class words of a box that holds one post, entry or card of several. */
const ITEM_CLASS = /(?:^|[\s_-])(?:post|posts|article|entry|story|card|hentry|item|teaser|result|comment)(?:$|[\s_-])/i;
/** How many siblings after the kept body are looked at, and how many blocks of its kind may come back. */
const SPLIT_AFTER_SIBLINGS = 60;
/** The prose paragraphs the blocks after the kept body must hold together. */
const SPLIT_AFTER_MIN_PARAGRAPHS = 3;

/**
 * The blocks after the kept body that are of its own kind, when the extractor kept none of them: a
 * body the page splits over blocks alike (a Squarespace post's `div.sqs-block.html-block`s, the
 * first kept, the six numbered tips after it lost). Found from the last kept paragraph up to
 * SPLIT_LEVELS boxes, then forward over its siblings: each of the kept box's kind that holds prose,
 * none of it kept, few links, no headline, nothing hidden, comes back; a box with no words between
 * (a spacer, a rule, a picture) is passed over; any other box with words ends the run. Together
 * they must hold SPLIT_AFTER_MIN_PARAGRAPHS prose paragraphs. Returned with the last kept
 * paragraph's opening, for putting them back after it.
 */
export function missedAfter(page: LedeDocument, extracted: LedeDocument): MissedPiece[] {
  const keptOrder = Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.length >= LEDE_ANCHOR_CHARS);
  const kept = new Set(Array.from(extracted.querySelectorAll('p, li, h2, h3, h4'), (p) => squash(p.textContent)));
  const last = keptOrder[keptOrder.length - 1];
  if (!last) return [];
  const paragraph = Array.from(page.querySelectorAll('p')).find((p) => squash(p.textContent).startsWith(last.slice(0, LEDE_ANCHOR_CHARS)));
  if (!paragraph) return [];
  let box = (paragraph as unknown as SplitElement).parentElement;
  for (let level = 0; box && level < SPLIT_LEVELS; level++, box = box.parentElement) {
    const cls = box.getAttribute('class')?.trim();
    // (Nor a box of one post or entry: the next ones of its kind are other posts, a blog's feed.)
    if (!cls || !bodyKindClass(cls) || ITEM_CLASS.test(cls)) continue;
    const back: SplitElement[] = [];
    let paragraphs = 0;
    let sibling = (box as unknown as { nextElementSibling: SplitElement | null }).nextElementSibling;
    for (let k = 0; sibling && k < SPLIT_AFTER_SIBLINGS; k++, sibling = (sibling as unknown as { nextElementSibling: SplitElement | null }).nextElementSibling) {
      const text = squash(sibling.textContent);
      if (kindOfClass(sibling.getAttribute('class') ?? '') !== kindOfClass(cls)) {
        if (text === '') continue;
        break;
      }
      if (text === '') continue;
      // (Not a box the site heads as other reading: "You might also like" over three blurbs.)
      if (Array.from(sibling.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((h) => chromeReason(squash(h.textContent)) !== null)) break;
      // (Nor one with hidden boxes or page furniture inside it.)
      const prose = sibling.querySelectorAll(HIDDEN_OR_OUTSIDE).length === 0 ? unkeptProse(sibling, kept) : null;
      if (!prose || prose.length === 0) break;
      back.push(sibling);
      paragraphs += prose.length;
    }
    if (back.length > 0 && paragraphs >= SPLIT_AFTER_MIN_PARAGRAPHS) return [{ after: last.slice(0, LEDE_ANCHOR_CHARS), heading: null, html: back.map((b) => (b as unknown as { innerHTML: string }).innerHTML).join('') }];
  }
  return [];
}

/** Class words of a box that asks something of the reader: a donation, an app, a banner (no lede however lone). */
const APPEAL_CLASS = /donat|support|banner|appeal|membership|(?:^|[\s_-])(?:app|cta)(?:$|[\s_-])/i;

/** The share of a box's text its prose paragraphs must hold for them to be a lede set apart, and how many they must be (more than one). */
const BOXED_LEDE_SHARE = 0.7;
const BOXED_LEDE_MIN_PARAGRAPHS = 3;
/** A paragraph that opens by telling the reader to go elsewhere or do something: "Read the agency's full guide …". */
/** A box's label for the article's short version: "TL;DR:", "In short", "The bottom line". */
const SHORT_VERSION_LABEL = /^(?:tl;?\s?dr|in short|the short version|(?:the )?bottom line|summary)\s*:?$/i;
const CALL_TO_ACTION = /^(?:read|visit|learn|see|find|check|sign|subscribe|download|get|click|explore|watch|listen|join|follow)\b/i;

/** How many boxes up from a lone lede's paragraph the kept article must start. */
const LEDE_BOX_LEVELS = 4;

/** The most paragraphs an introduction's box gives back. */
const INTRO_MAX_PARAGRAPHS = 30;

/** The class or id of a box a page marks as its article's introduction: "#intro", ".article-intro", ".story-lede", ".listicle-intro" (not a teaser card's "card__lede", a newsletter's or a series' intro). */
const INTRO_BOX = /(?:^|\s)(?:(?:article|story|post|entry|listicle)[-_]{1,2})?(?:intro|introduction|lede)(?=$|\s)/i;

interface Nested {
  parentNode: unknown;
}
interface NestedBox extends Nested {
  tagName?: string;
  className?: string;
  querySelectorAll(selector: string): ArrayLike<unknown>;
}

/**
 * Two paragraphs in one container: the same parent, or each the one paragraph of a plain box
 * inside the same parent (the Telegraph's `div.secondPar > p`, `div.thirdPar > p`; not a dek's box).
 */
function sameContainer(a: Nested, b: Nested): boolean {
  if (a.parentNode === b.parentNode) return true;
  const [pa, pb] = [a.parentNode as NestedBox | null, b.parentNode as NestedBox | null];
  const plain = (box: NestedBox | null): boolean => box?.tagName === 'DIV' && !WIDGET_CLASS.test(box.className ?? '') && !STANDFIRST_CLASS.test(box.className ?? '') && box.querySelectorAll('p').length === 1;
  return plain(pa) && plain(pb) && pa!.parentNode === pb!.parentNode;
}

/** Posts a page embeds from social networks: the markup their embed codes write. */
const EMBEDDED_POSTS = EMBEDDED_POST_CLASSES.map((name) => `blockquote.${name}`).join(', ');

/**
 * The posts the page embeds between paragraphs the extractor kept ("… a whole lot of people on
 * Twitter pointed it out." then the tweets): extractors drop their containers as social widgets,
 * but the writer quoted them. Each with the paragraph it follows (its opening characters), for
 * putting it back after that paragraph; a post after a paragraph that was not kept stays out.
 */
export function missedEmbeds(page: LedeDocument, extracted: LedeDocument): Array<{ after: string; html: string }> {
  const kept = new Set(Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent).slice(0, LEDE_ANCHOR_CHARS)));
  const keptText = squash(Array.from(extracted.querySelectorAll('p, blockquote'), (p) => p.textContent).join(' '));
  const out: Array<{ after: string; html: string }> = [];
  let previous: string | null = null;
  for (const el of Array.from(page.querySelectorAll(`p, ${EMBEDDED_POSTS}`))) {
    const embed = el.closest(EMBEDDED_POSTS);
    if (embed === el) {
      const text = squash(el.textContent);
      if (previous !== null && kept.has(previous) && text && !keptText.includes(text.slice(0, LEDE_ANCHOR_CHARS))) out.push({ after: previous, html: el.outerHTML });
    } else if (!embed) previous = squash(el.textContent).slice(0, LEDE_ANCHOR_CHARS);
  }
  return out;
}

/** Where a link points, as host and path: no scheme, query, fragment or closing slash. */
function address(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

interface PostElement extends LedeElement {
  getAttribute(name: string): string | null;
  contains(other: unknown): boolean;
  remove(): void;
}

/** The `<article>` around the page's paragraph that opens with `first` (the first paragraph the extractor kept), if any. */
function articleHolding(page: LedeDocument, first: string): PostElement | null {
  const opening = Array.from(page.querySelectorAll('p')).find((p) => squash(p.textContent).startsWith(first));
  return (opening?.closest('article') as PostElement | null | undefined) ?? null;
}

/**
 * The other posts a page shows as articles of their own (a "you may also like" box of teasers,
 * the next story of an endless page): `<article>` elements whose own headline or bookmark links
 * all go to another address than the page's, and that hold prose paragraphs. An article whose
 * links include the page's address is the page's own; one with no such links (a live blog's
 * entries) is not judged, nor is the article that holds `first`, the first paragraph the extractor
 * kept, or one around or inside it, nor one whose linked heading is the page's headline (`title`).
 */
export function otherPosts(page: LedeDocument, url: string, first: string, title: string | null = null): PostElement[] {
  const own = address(url, url);
  if (!own) return [];
  const home = articleHolding(page, first);
  const headline = title ? headlineKey(title) : '';
  return (Array.from(page.querySelectorAll('article')) as unknown as PostElement[]).filter((el) => {
    if (home && (home.contains(el) || el.contains(home))) return false;
    const anchors = Array.from(el.querySelectorAll('a[rel~="bookmark"], h1 a, h2 a, h3 a, h4 a') as ArrayLike<unknown>) as PostElement[];
    // (Nor one whose linked heading is the page's own headline: King Arthur's recipe steps, an
    // `<article>` beside the recipe's, link "Easy everyday sourdough bread" to the blog post on it.)
    // (On the page's own site: another blog's response under the same headline is another post.)
    if (headline && anchors.some((a) => headlineKey(squash(a.textContent)) === headline && address(a.getAttribute('href') ?? '', url)?.split('/')[0] === own.split('/')[0])) return false;
    const links = anchors
      .map((a) => a.getAttribute('href'))
      .filter((h): h is string => !!h && !h.startsWith('#'))
      .map((h) => address(h, url));
    if (links.length === 0 || links.some((a) => a === null || a === own)) return false;
    return Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).length >= LEDE_ANCHOR_CHARS);
  });
}

/** What names an article's own headline: an <h1>, or the element the page's schema.org markup calls so. */
const OWN_HEADLINE = 'h1, [itemprop="headline"]';

/** The text of the first headline inside `el` that says something (a <meta> gives its content), or an empty string. */
function headlineOf(el: PostElement): string {
  for (const h of Array.from(el.querySelectorAll(OWN_HEADLINE)) as unknown as PostElement[]) {
    const text = squash(h.textContent || h.getAttribute('content'));
    if (text) return text;
  }
  return '';
}

/** A headline compared: case, quotation marks and punctuation aside. */
const headlineKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The other stories of an endless page (the New Republic's: the story, then nine more from the
 * same feed, one after another): `<article>` elements after the one that holds `first`, the first
 * paragraph the extractor kept, and outside it, each under a headline of its own (an <h1> or
 * schema.org's `headline`), holding prose paragraphs. Judged only when the article itself stands
 * in an `<article>` under its own headline and that headline is the page's (`title`): a live
 * blog's or a briefing's entries, a long read's chapters, stand under headlines of their own
 * below the page's, so their first is not the page's story.
 */
export function followingStories(page: LedeDocument, first: string, title: string | null): PostElement[] {
  if (!title) return [];
  const home = articleHolding(page, first);
  if (!home) return [];
  const own = headlineOf(home);
  if (!own || headlineKey(own) !== headlineKey(title)) return [];
  const articles = Array.from(page.querySelectorAll('article')) as unknown as PostElement[];
  const at = articles.indexOf(home);
  return articles.filter((el, i) => {
    // (in document order: only what comes after the article)
    if (i <= at || home.contains(el) || el.contains(home)) return false;
    const headline = headlineOf(el);
    if (!headline || headlineKey(headline) === headlineKey(own)) return false;
    return Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).length >= LEDE_ANCHOR_CHARS);
  });
}

/** How many of the headlines left out a message names before "and N more"; and how long each may be. */
const MESSAGE_HEADLINES = 3;
const MESSAGE_HEADLINE_CHARS = 80;

/** "“A”, “B”, “C” and 5 more": each headline once, long ones shortened, all of them when one more would be left. */
export function quoteList(headlines: readonly string[]): string {
  const distinct = [...new Set(headlines)].map((h) => (h.length > MESSAGE_HEADLINE_CHARS ? `${h.slice(0, MESSAGE_HEADLINE_CHARS - 1).trimEnd()}…` : h));
  const shown = distinct.length === MESSAGE_HEADLINES + 1 ? distinct : distinct.slice(0, MESSAGE_HEADLINES);
  const named = shown.map((h) => `“${h}”`);
  const rest = distinct.length - shown.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0] ?? '';
}

/** Where text the extractor dropped stays dropped: outside the article, or hidden on purpose. */
const HIDDEN_OR_OUTSIDE = 'nav, header, footer, aside, figure, figcaption, form, [hidden], .hidden, [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
/**
 * The same, less a section's own <header>: a subheading the page sets in the header of the
 * <section> it heads (Website Builder Expert's "<section><header><h2>How Do I Choose …") is the
 * article's; the page's header is not inside a section or an article.
 */
const HIDDEN_OR_OUTSIDE_SECTION = HIDDEN_OR_OUTSIDE.replace('header, ', '');
const pageHeader = (element: LedeElement): boolean => {
  const header = element.closest('header') as { closest(selector: string): unknown; getAttribute(name: string): string | null } | null;
  if (header === null) return false;
  if (CARD_BOX.test(`${header.getAttribute('class') ?? ''} ${header.getAttribute('id') ?? ''}`)) return true;
  // (Nor a teaser card's, "<article class="story-card"><header><h3>Council approves supermarket plan".)
  const box = header.closest('section, article') as { getAttribute(name: string): string | null } | null;
  return box === null || CARD_BOX.test(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`);
};
/** A box's class or id that makes it a card for another story: "story-card", "teaser", "tile". */
const CARD_BOX = /(?:^|[\s_-])(?:card|cards|teaser|teasers|tile|tiles|promo|related)(?:$|[\s_-])/i;
/**
 * The questions of an FAQ the page marks up for search engines (schema.org Question, its name a
 * question and its accepted answer's text), put back as subheadings over the answers the
 * extractor kept without them (Website Builder Expert's "Can I switch my website to a different
 * builder if I'm unhappy?" sat in a button); returns how many went back.
 */
function missedQuestions(page: LedeDocument, content: LedeDocument): number {
  type Box = Omit<LedeElement, 'querySelector' | 'insertAdjacentHTML'> & { querySelector(selector: string): { textContent: string | null } | null; insertAdjacentHTML(where: 'beforebegin' | 'afterend', html: string): void };
  const kept = new Set(Array.from(content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'), (p) => squash(p.textContent)));
  const paragraphs = Array.from(content.querySelectorAll('p')) as unknown as Box[];
  let n = 0;
  for (const q of Array.from(page.querySelectorAll('[itemtype$="schema.org/Question"]')) as unknown as Box[]) {
    const name = squash(q.querySelector('[itemprop~="name"]')?.textContent ?? null);
    const answer = squash(q.querySelector('[itemprop~="acceptedAnswer"], [itemprop~="suggestedAnswer"]')?.textContent ?? null);
    if (!name || !answer || kept.has(name) || name.split(' ').length > HEADING_MAX_WORDS || !/\?$/.test(name)) continue;
    const opening = answer.slice(0, LEDE_ANCHOR_CHARS);
    const at = paragraphs.find((p) => squash(p.textContent).startsWith(opening));
    if (!at) continue;
    at.insertAdjacentHTML('beforebegin', `<h3>${escapeHtml(name)}</h3>`);
    kept.add(name);
    n++;
  }
  return n;
}

/** Text made safe to put back as markup. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether all of an element's text is one link to another page (or to nowhere, "#"): another post's headline. */
const wholeLink = (element: LedeElement): boolean => Array.from(element.querySelectorAll('a[href]:not([href^="#"]), a[href="#"]')).some((a) => squash(a.textContent) === squash(element.textContent));

/** A subheading's tag and class ("H2.mv-list-single-title"); '' without a class. */
function headingKind(element: LedeElement): string {
  const cls = ((element as unknown as { getAttribute(name: string): string | null }).getAttribute('class') ?? '').trim();
  return cls ? `${(element as unknown as { tagName: string }).tagName}.${cls}` : '';
}
/** The longest subheading brought back between kept paragraphs. */
const HEADING_MAX_WORDS = 25;

/** What makes a div more than a line of text. */
const BLOCK_INSIDE = 'p, div, section, article, ul, ol, table, h1, h2, h3, h4, h5, h6, figure, blockquote, pre, form, header, footer, nav, aside, iframe, script';

const isDiv = (element: LedeElement): boolean => /^div$/i.test((element as unknown as { tagName: string }).tagName);
const divClass = (element: LedeElement): string => (element as unknown as { getAttribute(name: string): string | null }).getAttribute('class') ?? '';

/** Class or id of a box that is no article text: a video player's fallback, a newsletter's sign-up, a promotion. */
const WIDGET_CLASS = /video|player|messenger|newsletter|sign-?up|subscri|promo|disclaimer|fallback|advert|share|social|related|comment|caption|credit|author|(?:^|[\s_-])bio(?:$|[\s_-])/i;
/** How far up from a line of text in a div the widget's box is looked for. */
const WIDGET_LEVELS = 4;

/**
 * Boxes whose prose is never the article's: teasers, sign-ups, players, ads, share and comment
 * boxes, by a whole word of the class ("related-stories", "c-newsletter__box"; not a slide's slug
 * "zendaya-promoted-dune-part-two-…").
 */
const TEASER_BOX = /(?:^|[\s_-])(?:related|newsletters?|signup|sign-up|subscribe|subscription|promo|promos|promotion|advert|advertisement|ad-slot|share|sharing|social|comments?|video|player)(?=$|[\s_-])/i;

/** The element or box up to WIDGET_LEVELS up whose class or id the pattern matches, if any. */
function boxOf(element: LedeElement, pattern: RegExp): unknown {
  let at = element as unknown as { getAttribute?(name: string): string | null; parentNode: unknown } | null;
  for (let level = 0; at && level < WIDGET_LEVELS; level++) {
    if (typeof at.getAttribute !== 'function') break;
    if (pattern.test(`${at.getAttribute('class') ?? ''} ${at.getAttribute('id') ?? ''}`)) return at;
    at = at.parentNode as typeof at;
  }
  return null;
}

/** Whether an element or a box up to WIDGET_LEVELS up has a class or id the pattern matches. */
const inBox = (element: LedeElement, pattern: RegExp): boolean => boxOf(element, pattern) !== null;

/** A div's line of text inside a widget (WIDGET_CLASS), up to WIDGET_LEVELS boxes up. */
function widgetLine(element: LedeElement): boolean {
  if (inBox(element, WIDGET_CLASS)) return true;
  // A line beside a form is its small print (ExtremeTech's "This newsletter may contain advertising …"):
  // in a box of a few lines (not an article body with a sign-up form between its paragraphs), and
  // not beside a subheading's own link button (Substack's anchor buttons).
  const parent = (element as unknown as { parentNode: { querySelectorAll?(selector: string): ArrayLike<LedeElement> } | null }).parentNode;
  if (typeof parent?.querySelectorAll !== 'function' || parent.querySelectorAll('p').length > WIDGET_BOX_MAX_LINES) return false;
  return Array.from(parent.querySelectorAll('form, input, button')).some((x) => !x.closest('h1, h2, h3, h4, h5, h6'));
}

/** The most paragraphs a widget's box holds. */
const WIDGET_BOX_MAX_LINES = 4;

/** A paragraph the extractor dropped, as the article's HTML holds one: a div that holds a line of text becomes a <p>. */
function asParagraph(element: LedeElement): string {
  return isDiv(element) || (element as unknown as { tagName: string }).tagName === 'SUMMARY' ? `<p>${element.innerHTML}</p>` : element.outerHTML;
}

/**
 * Blocks to put back in the extracted article: after the kept paragraph whose opening characters
 * `after` names (the `index`-th paragraph with text, where the extractor's choice is known), and
 * after the kept subheading `heading` that follows that paragraph, if one is named.
 */
interface MissedPiece {
  after: string;
  html: string;
  index?: number;
  heading?: string | null;
}

/** The characters of a box's text that are in links. */
const linkedChars = (box: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): number => Array.from(box.querySelectorAll('a'), (a) => squash(a.textContent)).join(' ').length;

/** Runs of neighbouring items with the same key. */
function groupedBy<T>(items: readonly T[], key: (item: T) => unknown): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && key(last[0]!) === key(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** A paragraph the extractor dropped between two it kept comes back when it has this many words and ends like a sentence. */
const BETWEEN_MIN_WORDS = 6;
/** Or when it is a sentence of this many words that introduces what follows, ending on a colon. */
const LEAD_IN_MIN_WORDS = 8;
/** …and at most this many characters (a footer's run of keywords ending on a colon is no lead-in). */
const LEAD_IN_MAX_CHARS = 400;

/**
 * A line of prose the extractor may have dropped: a sentence, or one that introduces what follows
 * ("Here's how you can find the best fit for your clients:" before the steps; "People who follow
 * vegan diets avoid consuming any animal products, including:" before the list).
 */
function proseLine(text: string): boolean {
  const words = text.split(' ').length;
  return (words >= BETWEEN_MIN_WORDS && endsSentence(text)) || (words >= LEAD_IN_MIN_WORDS && text.length <= LEAD_IN_MAX_CHARS && text.endsWith(':') && /^\p{Lu}/u.test(text) && /\p{Ll}/u.test(text));
}

/**
 * Prose paragraphs the extractor dropped between two paragraphs it kept, next to each other in
 * its choice (an interviewer's question that is mostly a link: "Why had there been such a <a>strong
 * turn away from the Conservatives</a>?"): each with the kept paragraph it follows (its opening
 * characters), for putting it back there. Page chrome, and a line that does not end like a
 * sentence ("Read more: …"), stay out.
 */
export function missedBetween(page: LedeDocument, extracted: LedeDocument): MissedPiece[] {
  const keptOrder = Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.length > 0);
  // Each text's places in the extractor's choice: a line a page repeats ("Recommended
  // configuration" over each pick) is matched to its next place, not its last.
  const positions = new Map<string, number[]>();
  keptOrder.forEach((t, i) => {
    const places = positions.get(t);
    if (places) places.push(i);
    else positions.set(t, [i]);
  });
  // (A subheading is kept as one, not as an item of the contents list that links to it: Insurance
  // Business's "Choosing from the top ten insurance companies in the US" went with its wrapper.)
  const keptLines = new Set(Array.from(extracted.querySelectorAll('p, blockquote, h1, h2, h3, h4, figcaption, summary'), (p) => squash(p.textContent)));
  const keptBlocks = new Set([...keptLines, ...Array.from(extracted.querySelectorAll('li'), (li) => squash(li.textContent))]);
  const out: MissedPiece[] = [];
  let previous: number | null = null;
  // Each missed block with the kept subheading it follows since the last kept paragraph, if any.
  let pending: Array<{ element: LedeElement; heading: string | null }> = [];
  let heading: string | null = null;
  // The kinds (tag and class) of the page's linked subheadings the extractor kept, two of a kind at
  // least (not WordPress's "wp-block-heading", which every subheading has, linked or not).
  const keptKinds = new Set(
    [...groupedBy(Array.from(page.querySelectorAll('h2, h3, h4')).filter((h) => keptLines.has(squash(h.textContent)) && wholeLink(h) && headingKind(h) !== '').map(headingKind).sort(), (k) => k)].filter((g) => g.length >= 2).map((g) => g[0]!),
  );
  const candidates = Array.from(page.querySelectorAll('p, h2, h3, h4, div, ul, ol, summary')).filter((p) => {
    // A div that holds only a line of text is a paragraph too (9News sets its paragraphs as
    // spans in divs; the extractor turns them into <p>).
    if (isList(p)) return true;
    if (!isDiv(p)) return true;
    return p.querySelector(BLOCK_INSIDE) === null && !widgetLine(p) && !p.closest('a');
  });
  // …when the page sets the kept paragraphs in divs of its class: a line in a box of another kind
  // is a teaser ("SMNI suspension ‘necessary step’ …"), a call for tips or a product list.
  const paragraphDivs = new Set(candidates.filter((p) => isDiv(p) && positions.has(squash(p.textContent))).map(divClass).filter(Boolean));
  for (const p of candidates) {
    const div = isDiv(p);
    if (div && !paragraphDivs.has(divClass(p))) continue;
    const text = squash(p.textContent);
    // A subheading between two kept paragraphs (a live page's entry headline, which the extractor
    // dropped with its wrapper: the National Post's "China says it is ready to play a role …")
    // goes back with them; not one that is a link to another page, nor chrome.
    // (So does a question an FAQ sets as a <details> box's <summary>: the Nutrition Source's "What about the Healthy Eating Pyramid? Will it be going away?".)
    if (/^(?:h[234]|summary)$/i.test((p as unknown as { tagName: string }).tagName)) {
      const words = text ? text.split(' ').length : 0;
      // (A linked one too when the extractor kept others of its kind: Creative Ramblings' "<h2
      // class="mv-list-single-title"><a>How to Build a Wood Window Cornice</a></h2>" among six it kept.)
      const linked = wholeLink(p) && !keptKinds.has(headingKind(p));
      const missed = previous !== null && words >= 1 && words <= HEADING_MAX_WORDS && !chromeReason(text) && !keptLines.has(text) && !p.closest(`a[href]:not([href^="#"]), a[href="#"], ${HIDDEN_OR_OUTSIDE_SECTION}`) && !pageHeader(p) && p.querySelectorAll(HIDDEN_OR_OUTSIDE).length === 0 && !linked && headsProse(p as unknown as TreeElement, text, keptBlocks);
      if (missed) pending.push({ element: p, heading });
      // (A subheading the extractor kept: what follows it goes back after it, "Top pick" over a pick's blurb.)
      else if (previous !== null && text && keptLines.has(text)) heading = text;
      continue;
    }
    // A list the kept paragraph before it introduces ("Meditation has been shown to help improve:"),
    // dropped for its items being links (Cleveland Clinic's "Stress levels", "Mood", each a study's).
    if (isList(p)) {
      if (previous !== null && pending.length === 0 && keptOrder[previous]!.endsWith(':') && introducedList(p, keptBlocks)) pending.push({ element: p, heading });
      continue;
    }
    // (Nor its items again, one by one.)
    if (pending.some((x) => isList(x.element) && (x.element as unknown as { contains(o: unknown): boolean }).contains(p))) continue;
    const places = positions.get(text);
    const at = places?.find((i) => previous === null || i > previous) ?? places?.[places.length - 1];
    if (at !== undefined) {
      // Only between kept paragraphs that follow each other in the extractor's choice.
      // (all of them after that paragraph as one piece, in the page's order)
      if (previous !== null && at === previous + 1) {
        for (const group of groupedBy(pending, (x) => x.heading)) {
          out.push({ after: keptOrder[previous]!.slice(0, LEDE_ANCHOR_CHARS), index: previous, heading: group[0]!.heading, html: group.map((x) => asParagraph(x.element)).join('') });
        }
      }
      previous = at;
      pending = [];
      heading = null;
      continue;
    }
    if (previous === null || !text) continue;
    // (Not from a box of teasers, a sign-up or a player, whose lines read as prose too: "The mayor of the
    // neighbouring town resigned …" in "related-stories"; a slide's text in its caption box comes back.)
    // (Or a short line of a figure under a subheading brought back, as a ranking sets one under each entry: "Market share: 12.89%".)
    const underHeading = pending.length > 0 && /^H[234]$/i.test((pending[pending.length - 1]!.element as unknown as { tagName: string }).tagName);
    const prose = ((underHeading && FIGURE_LINE.test(text)) || proseLine(text)) && !chromeReason(text) && !keptBlocks.has(text) && !inBox(p, TEASER_BOX);
    // Hidden text stays out: the extractor removes it on purpose.
    if (prose && !p.closest(HIDDEN_OR_OUTSIDE)) pending.push({ element: p, heading });
    // (A div that is no prose is no break: a page's wrappers hold timestamps, buttons, empty boxes;
    // nor is a line in a widget's box: the Financial Post's newsletter box after its first subheading.)
    else if (!prose && !div && !widgetLine(p)) pending = [];
  }
  return out;
}

/** How many boxes a page must set alike side by side, and how many of them the extractor must have kept, for the others to be entries it dropped. */
const ENTRIES_MIN = 4;
const ENTRIES_KEPT_MIN = 3;
/** The share of an entry's characters in links above which it is a box of links, not an entry. */
const ENTRY_MAX_LINK_SHARE = 0.5;

interface EntryElement extends LedeElement {
  tagName: string;
  children: ArrayLike<EntryElement>;
  getAttribute(name: string): string | null;
}

/**
 * Entries of a list the page sets as boxes alike (siblings of one class) that the extractor
 * dropped while it kept most of their neighbours: Good On You's "60 US clothing brands" lost 14
 * brands, heading, blurb and sizes, each a `div.article__block` like the 46 kept. Each run of
 * dropped entries goes back before the next kept entry's first paragraph. An entry counts when it
 * holds a paragraph of prose; a kept one when the extractor holds one of its paragraphs, a dropped
 * one when it holds none. Boxes of teasers, sign-ups or comments and hidden ones stay out.
 */
export function missedEntries(page: LedeDocument, extracted: LedeDocument): MissedPiece[] {
  const keptOrder = Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.length > 0);
  const kept = new Set(keptOrder);
  const keptText = squash(Array.from(extracted.querySelectorAll('body'), (b) => b.textContent).join(' '));
  const out: MissedPiece[] = [];
  for (const parent of Array.from(page.querySelectorAll('*')) as unknown as EntryElement[]) {
    const children = Array.from(parent.children);
    if (children.length < ENTRIES_MIN) continue;
    const byClass = new Map<string, EntryElement[]>();
    for (const child of children) {
      const cls = child.getAttribute('class')?.trim();
      if (!cls || child.tagName !== 'DIV' && child.tagName !== 'SECTION' && child.tagName !== 'ARTICLE' && child.tagName !== 'LI') continue;
      byClass.set(cls, [...(byClass.get(cls) ?? []), child]);
    }
    for (const [cls, members] of byClass) {
      // (The cheap tests first: a menu's fifty items of one class hold no headings.)
      if (members.length < ENTRIES_MIN || TEASER_BOX.test(cls) || members.filter((m) => m.querySelector('h2, h3, h4')).length < ENTRIES_KEPT_MIN || parent.closest(HIDDEN_OR_OUTSIDE) || inBox(parent, TEASER_BOX)) continue;
      const states = members.map((m) => {
        const prose = Array.from(m.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => proseLine(t) && !chromeReason(t));
        // (An entry has its heading: a box per paragraph is the article's own setting, which missedBetween reads.)
        // (And is no box of links: CNBC's "More from Ask an Advisor" set like the article's groups.)
        const text = squash(m.textContent);
        const linked = linkedChars(m);
        if (prose.length === 0 || !m.querySelector('h2, h3, h4') || linked > ENTRY_MAX_LINK_SHARE * text.length || m.closest(HIDDEN_OR_OUTSIDE) || m.querySelector(HIDDEN_OR_OUTSIDE.replace(/figure, figcaption, /, ''))) return { m, state: 'none' as const, first: '' };
        const keptOne = prose.find((t) => kept.has(t));
        // (By its prose: a line every entry repeats, "See the rating.", is kept from the others; and
        // not one whose prose the extracted text holds, split or joined otherwise.)
        return { m, state: keptOne ? ('kept' as const) : prose.some((t) => keptText.includes(t.slice(0, LEDE_ANCHOR_CHARS))) ? ('none' as const) : ('dropped' as const), first: keptOne ?? '' };
      });
      const keptCount = states.filter((x) => x.state === 'kept').length;
      const dropped = states.filter((x) => x.state === 'dropped').length;
      if (dropped === 0 || keptCount < ENTRIES_KEPT_MIN || keptCount < dropped) continue;
      let run: EntryElement[] = [];
      for (const { m, state, first } of states) {
        if (state === 'dropped') run.push(m);
        else if (state === 'kept' && run.length > 0) {
          // (Before the next kept entry: after the paragraph the extractor holds just above its first.)
          const index = keptOrder.indexOf(first) - 1;
          if (index >= 0) out.push({ after: keptOrder[index]!.slice(0, LEDE_ANCHOR_CHARS), index, html: run.map((x) => x.outerHTML).join('') });
          run = [];
        } else if (state === 'none') run = [];
      }
    }
  }
  return out;
}

const isList = (el: unknown): boolean => /^[OU]L$/.test((el as { tagName: string }).tagName);

/** The most items, and the most words an item, of a list brought back after the line that introduces it. */
const INTRODUCED_LIST_MAX_ITEMS = 20;
const INTRODUCED_ITEM_MAX_WORDS = 40;
const LINKED_ITEM_MAX_WORDS = 5;

/**
 * A list the extractor dropped that reads as one a sentence introduces: not inside another list,
 * page chrome or a hidden box; none of its items kept; at most INTRODUCED_LIST_MAX_ITEMS items of
 * text, none longer than INTRODUCED_ITEM_MAX_WORDS words or page chrome.
 */
function introducedList(list: LedeElement, keptBlocks: ReadonlySet<string>): boolean {
  if ((list as unknown as { parentElement: LedeElement | null }).parentElement?.closest('li') || list.closest(HIDDEN_OR_OUTSIDE)) return false;
  const items = Array.from(list.querySelectorAll('li') as ArrayLike<LedeElement>, (li) => ({ text: squash(li.textContent), linked: squash(Array.from(li.querySelectorAll('a'), (a) => a.textContent).join(' ')) }));
  // (An item that is all link is a word or two, "Stress levels", "Tai chi": a link of a headline's
  // length is a teaser for another story, TIME's "What makes a family? Our writers explore:".)
  const words = (t: string): number => t.split(' ').length;
  return items.length >= 2 && items.length <= INTRODUCED_LIST_MAX_ITEMS && items.every(({ text, linked }) => text !== '' && words(text) <= (linked === text ? LINKED_ITEM_MAX_WORDS : INTRODUCED_ITEM_MAX_WORDS) && !chromeReason(text) && !keptBlocks.has(text));
}

interface MarkedElement {
  textContent: string | null;
  contains(other: unknown): boolean;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
type MarkedDocument = { querySelectorAll(selector: string): ArrayLike<MarkedElement> };

/** Words a paragraph of the page's JSON-LD articleBody needs to count as prose. */
const LD_PROSE_MIN_WORDS = 8;
/** …how many such paragraphs it must hold, and the share of them the extracted article must hold. */
const LD_PROSE_MIN_PARAGRAPHS = 4;
const LD_KEPT_MIN_SHARE = 0.6;
/** The characters of a paragraph's start looked for in the extracted text. */
const LD_ANCHOR_CHARS = 50;

/** video.js's message for a browser it cannot play in, with the label of the next video after it. */
const VIDEO_FALLBACK = /to\s+view\s+this\s+video\s+please\s+enable\s+javascript,?\s+and\s+consider\s+upgrading\s+to\s+a\s+web\s+browser\s+that\s+supports\s+html5\s+video\.?(?:\s+up\s+next\b)?/gi;

/**
 * A paragraph of an articleBody that a publisher's system writes in its own markup (the New Yorker:
 * "+++dropcap" lines, "{: .small}" attributes, Markdown links and emphasis) as the text a reader
 * sees; a line of markup alone gives nothing.
 */
export function plainLdParagraph(paragraph: string): string {
  if (/^\+\+\+[\w-]*$|^\{:[^}]*\}$/.test(paragraph)) return '';
  return paragraph
    .replace(/\{:[^}]*\}/g, '')
    .replace(/\[([^\]]+)\]\((?:https?:\/\/|\/)(?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/(^|[\s(“"‘'])\*{1,2}([^*\s](?:[^*]*[^*\s])?)\*{1,2}(?=[\s.,;:!?)”"’'—–-]|$)/g, '$1$2')
    .trim();
}

/**
 * The page's JSON-LD articleBody, as paragraphs, when it is plain text that holds the article
 * whole and the extracted article holds under LD_KEPT_MIN_SHARE of its prose paragraphs
 * (Tennis.com's page: the extractor kept 191 of the article's 567 words, its introduction and
 * first section gone); else null.
 */
function fullerArticleBody(body: string | null, extracted: string): { paragraphs: string[]; kept: number; prose: number } | null {
  if (!body || /<\/?(?:p|div|br)\b/i.test(body)) return null;
  const paragraphs = decodeEntities(body)
    // A video player's message for old browsers, which Metro's data holds in the text, broken over lines.
    .replace(VIDEO_FALLBACK, '\n')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => plainLdParagraph(p.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
  const prose = paragraphs.filter((p) => p.split(' ').length >= LD_PROSE_MIN_WORDS);
  if (prose.length < LD_PROSE_MIN_PARAGRAPHS) return null;
  const kept = prose.filter((p) => extracted.includes(squash(p).slice(0, LD_ANCHOR_CHARS))).length;
  return kept < prose.length * LD_KEPT_MIN_SHARE ? { paragraphs, kept, prose: prose.length } : null;
}

/**
 * The blocks the page's own markup names the article's body (schema.org `itemprop="articleBody"`),
 * when the extractor chose something else that holds no article (the Toronto Star's column: a
 * payment form's "State Postal Code Country"): every outermost one, in the page's order (a page
 * may split its body around an ad), if together they hold paragraphs of prose. Empty otherwise.
 */
function markedBodies(document: MarkedDocument): MarkedElement[] {
  const marked = Array.from(document.querySelectorAll('body [itemprop="articleBody"]'));
  const outer = marked.filter((el) => !marked.some((o) => o !== el && o.contains(el)));
  const prose = outer.reduce((n, el) => n + proseParagraphs(el), 0);
  const chars = outer.reduce((n, el) => n + squash(el.textContent).length, 0);
  return chars >= MIN_EXTRACTED_CHARS && prose >= SUBSCRIBER_MIN_PARAGRAPHS ? outer : [];
}

/** The share of the page's text above which a hidden block or an author box is kept: a page may hide its article until a script shows it. */
const REMOVED_MAX_SHARE = 0.4;

interface RemovableElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  contains(other: unknown): boolean;
  querySelector(selector: string): unknown;
}
type RemovableDocument = { body: { textContent: string | null } | null; querySelectorAll(selector: string): ArrayLike<RemovableElement> };

/**
 * Removes the blocks the selector finds, outermost first, unless one holds `maxShare` of the
 * page's text or more. Returns how many went.
 */
function removeBlocks(document: RemovableDocument, selector: string, maxShare = REMOVED_MAX_SHARE, only: (el: RemovableElement, text: string) => boolean = () => true): number {
  const total = squash(document.body?.textContent ?? '').length;
  const removed: RemovableElement[] = [];
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (removed.some((r) => r.contains(el))) continue;
    const text = squash(el.textContent);
    if (!text || text.length >= maxShare * total || !only(el, text)) continue;
    el.remove();
    removed.push(el);
  }
  return removed.length;
}

/**
 * What a browser does not show, or shows apart from the article, removed before extraction (the
 * extractor leaves out only what the markup hides: [hidden], aria-hidden, inline display:none):
 * - blocks of the stylesheet's "hidden" class (Bootstrap's and Tailwind's display:none): a
 *   subscription panel ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY … Exclusive articles from
 *   Barbara Shecter …"), a sign-in box;
 * - the author's box, whose class says author and bio ("author__biography": "A 38-year industry
 *   veteran … He's a former Mashable Editor-in-Chief …"): the names of a career, not the story's;
 * - a cookie consent dialog (CONSENT_DIALOGS);
 * - a video player's box, its title and duration ("2:34 Russia launches major nuclear drills …"),
 *   and a newsletter sign-up's box around its form ("Get daily National news"): a box whose
 *   class says so, short, with no paragraph (a player) or with a form (a sign-up).
 */
function removeUnshown(document: RemovableDocument, messages: Message[]): void {
  // (Not an accordion's panel a toggle names, which the class hides until a click: Affordable
  // Colleges Online's FAQ answers and methodology, `div.ss-accordion-content.hidden` under
  // `<button aria-controls="content-1" aria-expanded="false">`; openDisclosures shows it.)
  // (Only a toggle that opens a panel of the page's text: not a link to another page, nor one of
  // furniture, "Show comments (3)", whose panel openDisclosures leaves closed.)
  const controlled = new Set(
    (Array.from(document.querySelectorAll('body [aria-controls]')) as unknown as DisclosureElement[])
      .filter((toggle) => !leadsAway(toggle) && !foldsFurniture(toggle))
      .flatMap((toggle) => (toggle.getAttribute('aria-controls') ?? '').split(/\s+/))
      .filter(Boolean),
  );
  const hidden = removeBlocks(document, 'body .hidden', REMOVED_MAX_SHARE, (el) => !controlled.has(el.getAttribute('id') ?? ''));
  if (hidden > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${hidden} block${hidden === 1 ? '' : 's'} the page hides (class "hidden": a subscription panel, a sign-in box)`));
  // (And the template placeholder text the page's own style sheet hides on every screen: S&P's
  // sections of "Lorem ipsum dolor sit amet …" under ".editableOneSec{display:none}".)
  const styled = removeStyleHidden(document);
  if (styled > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${styled} block${styled === 1 ? '' : 's'} of template placeholder text ("Lorem ipsum …") the page's style sheet hides`));
  // (Not a byline the class calls a bio: BHF's div.author-bio "by Tracy Parker, Dietitian".)
  const bios = removeBlocks(document, 'body [class*="author"][class*="bio"], body [class*="Author"][class*="Bio"]', REMOVED_MAX_SHARE, (_el, text) => !/^by\b/i.test(text));
  if (bios > 0) messages.push(message(MESSAGE.droppedChrome, `left out the author's bio box${bios === 1 ? '' : 'es'}`));
  // (However much of the page it holds: a consent dialog is never the article.)
  const consent = removeBlocks(document, CONSENT_DIALOGS, Infinity);
  if (consent > 0) messages.push(message(MESSAGE.droppedChrome, 'left out the cookie consent dialog'));
  const players = removeBlocks(document, PLAYER_BOXES, REMOVED_MAX_SHARE, (el, text) => text.split(' ').length <= WIDGET_BOX_MAX_WORDS && el.querySelector('p') === null);
  const signups = removeBlocks(document, SIGNUP_BOXES, REMOVED_MAX_SHARE, (el, text) => text.split(' ').length <= SIGNUP_BOX_MAX_WORDS && el.querySelector('form, input') !== null);
  if (players + signups > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${players + signups} video player or newsletter sign-up box${players + signups === 1 ? '' : 'es'}`));
  // (A card's parts, a headline and a dek or a byline, each in an element of its own; not a sentence of text with a link in it.)
  const parts = (el: RemovableElement): number => Array.from((el as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; children: ArrayLike<unknown> }> }).querySelectorAll('*')).filter((x) => x.children.length === 0 && squash(x.textContent) !== '').length;
  const tiles = removeBlocks(document, TILE_BOXES, REMOVED_MAX_SHARE, (el, text) => TILE_CLASS.test(el.getAttribute('class') ?? '') && el.querySelector('a[href]') !== null && el.querySelector('p') === null && text.split(' ').length <= TILE_MAX_WORDS && !/[.!?]["”’)]?$/.test(text) && parts(el) >= 2);
  if (tiles > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${tiles} teaser tile${tiles === 1 ? '' : 's'} for other stories`));
  // (Reported when it held text a reader might miss: not an ad blocker's bait, "<div style="left: -99999px">ad</div>".)
  const away = removeOffScreen(document);
  if (away > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${away} block${away === 1 ? '' : 's'} the page sets off the screen with an inline style, which no reader sees`));
  const grids = removeCardGrids(document as unknown as CardDocument);
  if (grids.length > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${grids.length} box${grids.length === 1 ? '' : 'es'} of cards for the site's own pages (${quoteList(grids)})`));
  removeMobileCopies(document);
  // (A section's label the page sets over its headline: the extractor kept it as the article's first heading.)
  const kickers = removeBlocks(document, KICKER_BOXES, REMOVED_MAX_SHARE, (el, text) => text.split(' ').length <= KICKER_MAX_WORDS && el.querySelector('p') === null && headlineAfter(el as unknown as KeyPointElement));
  if (kickers > 0) messages.push(message(MESSAGE.droppedChrome, 'left out the section label over the headline'));
}

/** A card's closing link that sends the reader to another page of the site's products: "Dive deeper into API Management >", "Learn more →" (not an article's "Read more"). */
const CARD_LINK = /^(?:learn more|dive deeper|find out more|discover|explore|see how|get started|try it|start (?:free|now|your)|request a demo|book a demo)\b/i;
/** Cards in a row, each closing on such a link, that make a box of them. */
const CARD_GRID_MIN = 3;
const CARD_MAX_WORDS = 40;
/** Words a card grid's box may hold besides its cards: a label or two ("Explore what's possible:"). */
const CARD_BOX_EXTRA_WORDS = 25;
/** How far up from the cards their box is looked for. */
const CARD_BOX_LEVELS = 3;

interface CardElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<CardElement>;
  parentElement: CardElement | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
type CardDocument = { body: CardElement | null; querySelectorAll(selector: string): ArrayLike<CardElement> };

/**
 * Removes the boxes of cards a site sets inside an article for its own products or pages: three
 * or more short cards side by side, each closing on a link to another page of the site with "Dive
 * deeper", "Learn more" (Gravitee's "Understanding the Power of Unified API, Event, and Agent
 * Management" between two sections of a guide), with the box's own label. Returns each removed
 * box's first card link ("Dive deeper into API Management >").
 * (Only links on the same site: a listicle's cards that link out to each product are its text.)
 */
function removeCardGrids(document: CardDocument): string[] {
  const words = (el: CardElement): number => squash(el.textContent).split(' ').filter(Boolean).length;
  const own = (href: string): boolean => href.startsWith('/') && !href.startsWith('//');
  const card = (el: CardElement): boolean => {
    const kids = Array.from(el.children);
    const last = kids[kids.length - 1];
    // (Not a review's own picks, each a heading and a "Read more" to its full review: "<h3>Sony WH-1000XM5</h3><p>Best overall …</p>".)
    if (!last || words(el) > CARD_MAX_WORDS || (el as unknown as { querySelector(s: string): unknown }).querySelector('h1, h2, h3, h4') !== null) return false;
    const link = last.tagName === 'A' ? last : (Array.from(last.children).length === 1 && last.children[0]!.tagName === 'A' ? last.children[0]! : null);
    return !!link && own(link.getAttribute('href') ?? '') && CARD_LINK.test(squash(link.textContent));
  };
  const grids = new Set<CardElement>();
  for (const link of Array.from(document.querySelectorAll('body a[href^="/"]'))) {
    // (The card is the link's box, or the box around its wrapper; not a link inside a link.)
    const cardEl = link.parentElement?.tagName === 'A' ? undefined : [link.parentElement, link.parentElement?.parentElement].find((el): el is CardElement => !!el && card(el));
    const grid = cardEl?.parentElement;
    if (grid && !grids.has(grid) && Array.from(grid.children).filter(card).length >= CARD_GRID_MIN) grids.add(grid);
  }
  const removed: string[] = [];
  for (const grid of grids) {
    // The box: the grid with its label, up to where the page holds more than a label besides.
    let box = grid;
    const inGrid = words(grid);
    for (let k = 0, up = grid.parentElement; k < CARD_BOX_LEVELS && up && !/^(?:BODY|MAIN|ARTICLE)$/.test(up.tagName) && words(up) - inGrid <= CARD_BOX_EXTRA_WORDS; k++, up = up.parentElement) box = up;
    const first = Array.from(grid.children).find(card)!;
    removed.push(squash(first.children[first.children.length - 1]!.textContent));
    box.remove();
  }
  return removed;
}

/** A class word that shows a box on small screens only: "mobile", "show-mobile", "visible-xs", Bootstrap's "d-md-none". */
const MOBILE_CLASS = /(?:^|\s)(?:mobile|mobile-only|only-mobile|show-mobile|visible-mobile|hide-desktop|hidden-desktop|desktop-hidden|visible-xs|visible-sm|hidden-md|hidden-lg|d-md-none|d-lg-none)(?=\s|$)/i;
const MOBILE_BOXES = ['mobile', 'visible-xs', 'visible-sm', 'hidden-md', 'hidden-lg', 'd-md-none', 'd-lg-none', 'desktop-hidden', 'hide-desktop', 'hidden-desktop'].map((c) => `body [class*="${c}"]`).join(', ');

/**
 * Removes the copy of a block a page sets twice, once for small screens and once for wide ones
 * (Howerton+White's project slides, each a `section.scroll-slide.mobile` after the same
 * `section.scroll-slide.desktop`): the small screens' box, when another box outside it holds the
 * very same text. Nothing is lost, so nothing is reported.
 */
function removeMobileCopies(document: RemovableDocument): void {
  const boxes = Array.from(document.querySelectorAll(MOBILE_BOXES)).filter((el) => MOBILE_CLASS.test(el.getAttribute('class') ?? ''));
  if (boxes.length === 0) return;
  type Box = RemovableElement & { contains(other: unknown): boolean };
  const byText = new Map<string, Box[]>();
  for (const el of Array.from(document.querySelectorAll('body *')) as Box[]) {
    const text = squash(el.textContent);
    if (text.split(' ').length >= MOBILE_COPY_MIN_WORDS) byText.set(text, [...(byText.get(text) ?? []), el]);
  }
  const removed: Box[] = [];
  for (const el of boxes as Box[]) {
    // (A copy stands outside it and around it, and has not gone already: of two copies both marked for small screens one stays.)
    const copy = (byText.get(squash(el.textContent)) ?? []).some((x) => !el.contains(x) && !x.contains(el) && !removed.some((r) => r.contains(x)));
    if (!copy) continue;
    el.remove();
    removed.push(el);
  }
}
/** The words a block must hold for its copy to be looked for (a label's one word may well repeat). */
const MOBILE_COPY_MIN_WORDS = 5;

/** An inline style that sets a box a thousand pixels or more off the screen's left or top edge. */
const OFF_SCREEN = /(?:^|[;\s"'])(?:left|top)\s*:\s*-\d{4,}(?:\.\d+)?px/i;
const OFF_SCREEN_BOXES = ['left:-', 'left: -', 'top:-', 'top: -'].map((x) => `body [style*="${x}"]`).join(', ');

/**
 * Removes what the page sets off the screen with an inline style, out of every reader's sight:
 * motorward's "<div style="position:absolute; left:-35255px;">" of casino spam after its footer.
 * Returns how many of those that went held a sentence's words or more, the ones worth reporting.
 */
function removeOffScreen(document: RemovableDocument): number {
  let worded = 0;
  removeBlocks(document, OFF_SCREEN_BOXES, REMOVED_MAX_SHARE, (el, text) => {
    const away = OFF_SCREEN.test(el.getAttribute('style') ?? '');
    if (away && text.split(' ').length >= OFF_SCREEN_REPORTED_WORDS) worded++;
    return away;
  });
  return worded;
}
/** The words an off-screen block holds from which its removal is reported. */
const OFF_SCREEN_REPORTED_WORDS = 20;

/** A template's placeholder text: "Lorem ipsum dolor sit amet, consectetur adipiscing elit …". */
const PLACEHOLDER_TEXT = /lorem ipsum dolor sit/i;

/**
 * Removes the blocks of template placeholder text ("Lorem ipsum dolor sit amet …", with the "Head
 * Line 1" over it) of the classes the page's style sheets hide on every screen (styleHiddenClasses);
 * returns how many went. Only placeholder text: a class the sheet hides may be one a script shows
 * (an FAQ's answers, a "show more" paragraph), which is the article's.
 */
function removeStyleHidden(document: RemovableDocument): number {
  if (!PLACEHOLDER_TEXT.test(document.body?.textContent ?? '')) return 0;
  const sheet = styleHiddenClasses(document);
  if (sheet.hidden.length === 0) return 0;
  // (Not an element another of whose classes some rule shows: Bootstrap's "d-none d-md-block" shows on a wide screen.)
  const classes = (el: RemovableElement): string[] => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  return removeBlocks(document, sheet.hidden.map((c) => `body .${c}`).join(', '), REMOVED_MAX_SHARE, (el, text) => PLACEHOLDER_TEXT.test(text) && !classes(el).some((c) => sheet.shown.has(c)));
}

/** A class name a selector may be written with here (CSS's identifiers, without escapes). */
const CSS_CLASS = /^-?[_a-zA-Z][\w-]*$/;
const CSS_CLASSES = new RegExp(`\\.(${CSS_CLASS.source.slice(1, -1)})`, 'g');

/**
 * A style sheet's rules, each selector with its declarations and whether it sits inside an at-rule's
 * block (@media, @supports): one pass over the sheet, whatever its size or shape.
 */
function cssRules(css: string): Array<{ selector: string; body: string; nested: boolean }> {
  const out: Array<{ selector: string; body: string; nested: boolean }> = [];
  let depth = 0;
  let from = 0;
  // (Whether what runs from `from` is an at-rule: its first character other than space is "@".)
  let head: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (head === null && !/\s/.test(c)) head = c;
    if (c === '{') {
      if (head === '@') depth++;
      else {
        const end = css.indexOf('}', i + 1);
        if (end === -1) break;
        out.push({ selector: css.slice(from, i).trim(), body: css.slice(i + 1, end), nested: depth > 0 });
        i = end;
      }
      from = i + 1;
      head = null;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
      from = i + 1;
      head = null;
    } else if (c === ';' && head === '@') {
      from = i + 1;
      head = null;
    }
  }
  return out;
}

/**
 * The classes the page's <style> sheets hide on every screen: a rule outside any @media or
 * @supports block, in a sheet for every medium (no `media` attribute, or "all" or "screen"), whose
 * selectors are each one class alone (".editableOneSec, .editableTwoSec") and whose declarations
 * set `display: none`. A state a script switches (".menu.open", ".tab > .panel", ":not(.active)")
 * is no class alone. `shown`: the classes a rule anywhere (an @media block too) shows.
 */
function styleHiddenClasses(document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; getAttribute?(name: string): string | null }> }): { hidden: string[]; shown: Set<string> } {
  const out = new Set<string>();
  const shown = new Set<string>();
  for (const style of Array.from(document.querySelectorAll('style'))) {
    const media = style.getAttribute?.('media')?.trim().toLowerCase() ?? '';
    const everyScreen = media === '' || media === 'all' || media === 'screen';
    // (Without comments.)
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (css.length > STYLE_SHEET_MAX_CHARS) continue;
    for (const rule of cssRules(css)) {
      if (/(?:^|;)\s*display\s*:\s*(?!none\b)[a-z]/i.test(rule.body)) for (const c of rule.selector.matchAll(CSS_CLASSES)) shown.add(c[1]!);
      if (!everyScreen || rule.nested || !/(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i.test(rule.body)) continue;
      const selectors = rule.selector.split(',').map((x) => x.trim());
      if (selectors.every((x) => x.startsWith('.') && CSS_CLASS.test(x.slice(1)))) for (const x of selectors) out.add(x.slice(1));
    }
  }
  return { hidden: [...out].filter((c) => !shown.has(c)), shown };
}

/** A style sheet longer than this is a framework's, read no further (its hidden classes are utilities a script switches). */
const STYLE_SHEET_MAX_CHARS = 200_000;

/**
 * A section's label over the headline, by its markup: The Daily Beast's itemprop=articleSection
 * ("MIXED FEELINGS"), Businessweek's div.department_text ("Investing"), a "kicker" or "eyebrow".
 */
const KICKER_BOXES = ['[itemprop="articleSection"]', '[class*="kicker"]', '[class*="eyebrow"]', '[class*="department"]', '[class*="rubric"]'].map((x) => `body ${x}`).join(', ');
/** Words a section's label over the headline has at most (The Daily Beast's "MIXED FEELINGS", "Sister Act"). */
const KICKER_MAX_WORDS = 4;

/** Whether the page's <h1> follows the element among its next few siblings. */
function headlineAfter(el: KeyPointElement): boolean {
  for (let next = el.nextElementSibling, k = 0; next && k < 3; next = next.nextElementSibling, k++) if (next.matches('h1') || next.querySelector('h1')) return true;
  return false;
}

/**
 * A teaser tile for another story, by a whole word of its class ("tile stacked long-hed",
 * "teaser", "story-card"): a link, a headline, a line of dek and a byline in spans, no paragraph
 * (Slate's rail of story boxes, which the extractor took with a short article).
 */
const TILE_BOXES = 'body [class*="tile"], body [class*="teaser"], body [class*="card"]';
const TILE_CLASS = /(?:^|\s)(?:tile|teaser|story-card|story-tile|promo-card)(?:$|\s)/i;
const TILE_MAX_WORDS = 60;

interface BoxElement {
  tagName: string;
  textContent: string | null;
  firstChild: unknown;
  contains(other: unknown): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): unknown;
  replaceWith(node: unknown): void;
}

interface BoxDocument {
  querySelectorAll(selector: string): ArrayLike<BoxElement>;
  createElement(tag: string): { appendChild(node: unknown): void; setAttribute(name: string, value: string): void };
}

/** Puts an element's children in a new element of another tag, in its place; returns the new one. */
function retag(document: BoxDocument, el: BoxElement, tag: string): { setAttribute(name: string, value: string): void } {
  const box = document.createElement(tag);
  while (el.firstChild) box.appendChild(el.firstChild);
  el.replaceWith(box);
  return box;
}

/**
 * A <form> with no field to fill in that holds paragraphs is a box of the page's text, read as
 * one: The Next Web pasted a press release's markup, form and all, into an article, and the
 * extractor drops forms (the statement and the two paragraphs after it were lost). A page
 * wrapped whole in one (ASP.NET's "aspnetForm") reads the same either way.
 */
/**
 * A list's entry headers inside the article (The Quietus's "<div class='chart-entry-header'><h2>Danny
 * Brown <em>Stardust</em> Warp</h2></div>" over each review): the extractor takes any class that
 * says "header" for the page's masthead and removes it, heading and all, without a trace. An
 * element so named that holds a subheading (h2–h4, no h1), inside the body's <article> or main
 * content and no <header>, <nav> or <aside>, loses that word from its class.
 */
function keepEntryHeaders(document: BoxDocument): void {
  for (const box of Array.from(document.querySelectorAll('body article [class*="header"], body main [class*="header"]'))) {
    if (/^(?:HEADER|NAV|ASIDE|FOOTER)$/i.test(box.tagName) || !box.querySelector('h2, h3, h4') || box.querySelector('h1, nav, form')) continue;
    if ((box as unknown as { closest(selector: string): unknown }).closest('header, nav, aside, footer')) continue;
    box.setAttribute('class', (box.getAttribute('class') ?? '').replace(/header/gi, 'entry-head'));
  }
}

/** The characters around a button read for the sentence it may stand in. */
const BUTTON_CONTEXT_CHARS = 40;

/**
 * A button inside a paragraph that is words of its sentence: MIT Sloan's "said MIT Sloan professor
 * <button class="sidenote-button">Thomas W. Malone,</button> the founding director …" (a name that
 * opens a note about the person). The extractor removes buttons, and the name went with it; such
 * a button after running text, a name of two to four capitalised words that is no control, with the
 * sentence going on after it, becomes a <span>.
 */
function wordButtons(document: BoxDocument): void {
  for (const button of Array.from(document.querySelectorAll('body p button'))) {
    const text = squash(button.textContent);
    const node = button as unknown as { previousSibling: { textContent: string | null } | null; nextSibling: { textContent: string | null } | null };
    const before = (node.previousSibling?.textContent ?? '').slice(-BUTTON_CONTEXT_CHARS);
    const after = (node.nextSibling?.textContent ?? '').slice(0, BUTTON_CONTEXT_CHARS);
    // (A name, its words capitalised, with the sentence going on after it: not "Read More", "Share This Quote", "Play Audio" at a paragraph's end.)
    if (!NAME_ALONE.test(text) || chromeReason(text) || UI_VERBS.has(text.split(' ')[0]!.toLowerCase()) || !/\p{L}\s*$|[,;:]\s*$/u.test(before) || !/^\s*[,;:]?\s*\p{Ll}/u.test(after) || button.getAttribute('aria-label')) continue;
    // (A button is set apart on the screen: "professor<button>Thomas W. Malone,</button>" reads with a space.)
    if (!/\s$/.test(before)) (button as unknown as { before(text: string): void }).before(' ');
    retag(document, button, 'span');
  }
}

/**
 * The article's own elements whose class the extractor reads as a page's header, footer or sidebar,
 * and removes, lose that class word before it runs:
 * - Substack's subheadings, each "<h2 class="header-anchor-post">" with its anchor button (the ones
 *   over code, a figure or the first paragraph never came back);
 * - the words of a sentence set in a short span or link: JMIR's "presented in <span
 *   class="footers"><a href="#table1">Table 1</a></span>." ("presented in ." was left).
 */
function withoutExtractorClassWords(document: BoxDocument): void {
  for (const h of Array.from(document.querySelectorAll('body h2[class*="header-anchor"], body h3[class*="header-anchor"], body h4[class*="header-anchor"]'))) {
    h.setAttribute('class', (h.getAttribute('class') ?? '').replace(/header-anchor/g, 'anchored'));
  }
  for (const el of Array.from(document.querySelectorAll('body p span[class], body p a[class], body li span[class]'))) {
    const cls = el.getAttribute('class') ?? '';
    const text = squash(el.textContent);
    // (Words of the sentence: text goes on after it, "Table 1</span>."; no promo, "Sign up for our newsletter", nor chrome.)
    const after = (el as unknown as { nextSibling: { textContent: string | null } | null }).nextSibling?.textContent ?? '';
    if (!EXTRACTOR_UNLIKELY.test(cls) || /promo|sponsor|newsletter|signup|(?:^|[\s_-])ads?(?:$|[\s_-])/i.test(cls) || text.split(' ').length > INLINE_CLASS_MAX_WORDS || !/^\s*[\p{L}\p{N}.,;:)\]]/u.test(after) || chromeReason(text) || el.querySelector('p, div, ul, ol, table')) continue;
    el.setAttribute('class', cls.replace(EXTRACTOR_UNLIKELY_WORDS, ''));
  }
}

/** A paywall's notice: "This post is for paid subscribers", "Subscribe to continue reading". */
const PAYWALL_NOTICE = /\bthis (?:post|article|story|content) is (?:only )?(?:for|available to) (?:paid )?subscribers\b|\bsubscribe to (?:continue|keep) reading\b|\bto continue reading,? (?:please )?subscribe\b/i;
const PAYWALL_MAX_WORDS = 60;
const PAYWALL_QUOTE_CHARS = 60;

/** The words of a class that make Readability remove the element as an unlikely candidate (its own list, less the ones it spares). */
const UNLIKELY_WORDS = 'footer|sidebar|header|banner|menu|extra|supplemental|remark|legends';
const EXTRACTOR_UNLIKELY = new RegExp(UNLIKELY_WORDS, 'i');
const EXTRACTOR_UNLIKELY_WORDS = new RegExp(UNLIKELY_WORDS, 'gi');
/** An inline element that long at most is a sentence's words, not a box. */
const INLINE_CLASS_MAX_WORDS = 6;

function openForms(document: BoxDocument): void {
  for (const form of Array.from(document.querySelectorAll('body form'))) {
    if (!form.querySelector('input:not([type="hidden"]), select, textarea, button') && form.querySelector('p')) retag(document, form, 'div');
  }
}

interface BreakNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  parentNode: BreakNode | null;
  nextSibling: BreakNode | null;
  after(...nodes: BreakNode[]): void;
}

/** Inline elements a page may close after the breaks that end its paragraph. */
const BREAK_WRAPPERS = /^(?:SPAN|EM|STRONG|B|I|FONT|U|SMALL)$/;

/**
 * Line breaks that end an inline element go after it: Wetpaint's "<span>… commit her face to memory
 * now.<br><br></span>So how far …" lost its paragraph break (the extractor reads two breaks in a
 * row as one only outside such an element) and ran "now.So how far" together.
 */
function hoistTrailingBreaks(document: { querySelectorAll(selector: string): ArrayLike<BreakNode> }): void {
  for (const br of Array.from(document.querySelectorAll('body br'))) {
    let parent = br.parentNode;
    while (parent && BREAK_WRAPPERS.test(parent.tagName ?? '')) {
      // Only breaks with nothing but breaks and white space after them inside the element.
      const trailing: BreakNode[] = [];
      let tail = true;
      for (let n: BreakNode | null = br; n; n = n.nextSibling) {
        if (n.nodeType === 1 && n.tagName === 'BR') trailing.push(n);
        else if (!(n.nodeType === 3 && !(n.textContent ?? '').trim())) {
          tail = false;
          break;
        }
      }
      if (!tail || trailing.length < 2) break;
      parent.after(...trailing);
      parent = br.parentNode;
    }
  }
}

/**
 * A box its class marks as a pull quote ("pq-left", "pullquote", "pull-quote") becomes the
 * quotation block it is, which the parser leaves out when it repeats the article's words (Talking
 * Points Memo's div.pq-left "At the geographical nexus of so many of the world's conflicts, …",
 * which the extractor turned into a paragraph of its own).
 */
function markPullQuotes(document: BoxDocument): void {
  let paragraphs: Array<{ el: BoxElement; words: Set<string> }> | null = null;
  for (const box of Array.from(document.querySelectorAll('body [class*="pq"], body [class*="pull"]'))) {
    // ("pq" alone on a box of its own is one too: a <div class="pq">, not Medium's list items.)
    const cls = box.getAttribute('class') ?? '';
    if (!(PULL_QUOTE_CLASS.test(cls) || (/(?:^|\s)pq(?:$|\s)/.test(cls) && /^(?:DIV|ASIDE|BLOCKQUOTE|FIGURE)$/i.test(box.tagName))) || /^(?:BODY|ARTICLE|MAIN|LI|TD|TH)$/i.test(box.tagName)) continue;
    // One that rewords a paragraph of the article for display (The Atlantic Cities' "One group of
    // researchers found 20 different fecal pathogens on just 15 pairs of tourist boots." over "…
    // tested 72 tourists' boots and found 20 different fecal pathogens on just 15 pairs of shoes") is
    // marked so, and the walk writes it as left out (a repeat): the parser knows only a word-for-word copy.
    const words = contentWords(squash(box.textContent));
    paragraphs ??= Array.from(document.querySelectorAll('p'), (p) => ({ el: p, words: new Set(contentWords(squash(p.textContent))) }));
    const rewords = words.length >= REWORDED_MIN_WORDS && paragraphs.some((p) => !box.contains(p.el) && words.filter((w) => p.words.has(w)).length >= REWORDED_SHARED * words.length);
    if (/^BLOCKQUOTE$/i.test(box.tagName)) {
      if (rewords) box.setAttribute('class', `${box.getAttribute('class') ?? ''} ${REWORDED_PULL_QUOTE}`);
    } else {
      const quote = retag(document, box, 'blockquote');
      if (rewords) quote.setAttribute('class', REWORDED_PULL_QUOTE);
    }
  }
}

/** A pull quote read as rewording a paragraph has at least this many words, and shares this many of them with one paragraph. */
const REWORDED_MIN_WORDS = 6;
const REWORDED_SHARED = 0.8;

/** A line's words of three letters or more, lower-cased, their plural "s" and possessive left off ("tourists'" is "tourist"). */
const contentWords = (line: string): string[] => (line.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.replace(/s$/, ''));

/** "pq" only as a word of a class name ("pq-left"): alone it is one of Medium's generated two-letter classes, on a list's items. */
const PULL_QUOTE_CLASS = /(?:^|[\s_-])(?:pq(?=[-_])|pull-?quote|pullquote)(?:$|[\s_-])/i;

/** The first block of an extracted article's markup that holds text and no block inside it, and its text squashed. */
function openingBlock(doc: LedeDocument, captions: ReadonlySet<string>): { el: { remove(): void }; text: string } | null {
  for (const el of Array.from(doc.querySelectorAll('p, div, h2, h3, h4, blockquote, li')) as unknown as Array<KeyPointElement & { remove(): void }>) {
    const text = squash(el.textContent);
    // (Past a photo's caption or credit above it, "Mike Segar/Reuters", page chrome (the date
    // "12.22.14", a breadcrumb's "Guides") and the byline, Nextgov's "By Chris Radich, public sector CTO …".)
    if (text === '' || el.querySelector('p, div, h2, h3, h4, blockquote, li') || captions.has(text) || chromeReason(text) || el.closest('nav') || (/^By\s+\p{Lu}/u.test(text) && text.split(' ').length <= OPENING_BYLINE_MAX_WORDS)) continue;
    return { el, text };
  }
  return null;
}

/** The most words of a byline line, with the writer's post after the name, that the article's opening is read past. */
const OPENING_BYLINE_MAX_WORDS = 20;

/** Takes the standfirst out of the extracted article's opening, where it is written as the dek instead. */
function removeOpening(doc: LedeDocument, dek: string, captions: ReadonlySet<string>): void {
  const opening = openingBlock(doc, captions);
  if (opening?.text === dek) opening.el.remove();
}

/**
 * The article body the page's markup names, when it names exactly one and it holds prose: its
 * markup, its text and its first paragraph of prose (how it is known again in the extracted text).
 */
function markedArticleBody(doc: LedeDocument): { html: string; text: string; opening: string; paragraphs: string[]; related: boolean } | null {
  const bodies = Array.from(doc.querySelectorAll('.entry-content, [itemprop="articleBody"]')) as unknown as Array<KeyPointElement & { outerHTML: string }>;
  const outer = bodies.filter((el) => !bodies.some((o) => o !== el && o.contains(el)));
  if (outer.length !== 1) return null;
  const body = outer[0]!;
  if (body.closest('aside, footer, nav, [class*="comment"], [id*="comment"], [class*="sidebar"], [id*="sidebar"], [class*="related"]')) return null;
  const paragraphs = Array.from(body.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.split(' ').length >= MARKED_BODY_MIN_WORDS && endsSentence(t));
  const related = body.querySelector('[id*="related"], [class*="related"], [class*="recirc"], [class*="more-stories"], [class*="read-next"]') !== null;
  return paragraphs.length > 0 ? { html: body.outerHTML, text: squash(body.textContent), opening: paragraphs[0]!, paragraphs, related } : null;
}

/** How many paragraphs of prose the extracted text leaves out of the page's marked article body for the body to be read instead, and how much of the extracted text's opening the body must hold. */
const MARKED_BODY_MORE = 2;
const MARKED_BODY_MAX_PARAGRAPHS = 400;
const MARKED_BODY_ANCHOR_CHARS = 200;

/** A site's small print: what an extractor chose instead of the story on Syracuse.com. */
const SMALL_PRINT = /\b(?:all rights reserved|user agreement|privacy policy|terms of (?:use|service)|may not be reproduced)\b/i;

/** The shortest paragraph of prose that makes a marked article body worth reading. */
const MARKED_BODY_MIN_WORDS = 20;

/** Block boxes whose class says video (not a link or a span inside a paragraph: "<a class="inline-video-link">"). */
const PLAYER_BOXES = ['div', 'section', 'figure', 'aside'].flatMap((tag) => [`body ${tag}[class*="video"]`, `body ${tag}[class*="Video"]`]).join(', ');

/** Boxes whose class says sign-up or newsletter ("c-inlineSignup", "newsletter-widget"). */
const SIGNUP_BOXES = 'body [class*="ignup"], body [class*="ewsletter"]';

/** The most words a video player's box holds, and a sign-up's (its small print: "By providing your email address, you have read and agree to …"). */
const WIDGET_BOX_MAX_WORDS = 40;
const SIGNUP_BOX_MAX_WORDS = 80;

interface SubscriberElement {
  tagName: string;
  contains(other: unknown): boolean;
  textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
type SubscriberDocument = { querySelectorAll(selector: string): ArrayLike<SubscriberElement> };

/** A block the page keeps for subscribers: its class says so. */
const SUBSCRIBER_CLASS = /(?:^|[\s_-])(?:subscriber|subscribers|premium|paywall(?:ed)?|member|members)[-_]?(?:only|content|body|text)?(?:$|[\s_-])/i;
/** How many paragraphs of prose (of this many words) such blocks hold to be the article's rest, not a sign-up box. */
const SUBSCRIBER_MIN_PARAGRAPHS = 2;
const SUBSCRIBER_PARAGRAPH_WORDS = 8;

/** How many paragraphs of prose (SUBSCRIBER_PARAGRAPH_WORDS words or more) a block holds. */
function proseParagraphs(el: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): number {
  return Array.from(el.querySelectorAll('p')).filter((p) => squash(p.textContent).split(' ').length >= SUBSCRIBER_PARAGRAPH_WORDS).length;
}

interface DisclosureElement extends SubscriberElement {
  nextElementSibling: DisclosureElement | null;
  parentElement: DisclosureElement | null;
  hasAttribute(name: string): boolean;
  closest(selector: string): DisclosureElement | null;
  querySelector(selector: string): DisclosureElement | null;
}
type DisclosureDocument = { querySelectorAll(selector: string): ArrayLike<DisclosureElement>; getElementById(id: string): DisclosureElement | null };

/** How the markup hides a panel: the attribute, hidden from screen readers, an inline style, or the class. */
const PANEL_HIDDEN = /display\s*:\s*none/i;
/** The class a style sheet hides an element by (Bootstrap's, Tailwind's "hidden"). */
const HIDDEN_CLASS = /(?:^|\s)hidden(?=$|\s)/;
const panelHidden = (el: DisclosureElement): boolean => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || PANEL_HIDDEN.test(el.getAttribute('style') ?? '') || HIDDEN_CLASS.test(el.getAttribute('class') ?? '');
/** Whether a toggle's words, class or id say its panel is furniture ("Show comments (3)"). */
const foldsFurniture = (toggle: DisclosureElement): boolean => FOLDED_FURNITURE.test(`${squash(toggle.textContent)} ${toggle.getAttribute('class') ?? ''} ${toggle.getAttribute('id') ?? ''}`);
/** A link that goes to another page (not "#", not an anchor on this one): no toggle of a panel here. */
const leadsAway = (el: DisclosureElement): boolean => el.tagName === 'A' && !!el.getAttribute('href') && !el.getAttribute('href')!.startsWith('#') && !/^javascript:/i.test(el.getAttribute('href')!);
/** What a folded panel of furniture says it is, in its toggle's words or its class: comments, a bio, a consent's details, a menu, a sign-in. */
const FOLDED_FURNITURE = /comment|repl(?:y|ies)|cookie|consent|privacy|\bbio\b|author|about the|menu|\bnav|search|log ?in|sign ?in|sign ?up|newsletter|share/i;
/** How many levels a toggle's panel may be after it: the toggle's own sibling, its heading's, its header box's. */
const TOGGLE_LEVELS = 3;

/**
 * An accordion's panels, closed until a reader clicks their headers (Runner's World's "What to
 * Consider": `<h3><button aria-expanded="false">Weight</button></h3><div hidden>…`; its FAQ's
 * answers): article text a click away, shown so that the extractor reads it, with a
 * `restored-text` message. A panel is what the toggle's aria-controls names, or the hidden element
 * right after the toggle, its heading or its header box; only one holding a paragraph of prose
 * (a menu's hidden list of links stays hidden).
 */
function openDisclosures(document: DisclosureDocument, messages: Message[]): void {
  const opened = new Set<DisclosureElement>();
  // (Or a link that says it is a button for a panel, without saying the panel is closed: EnergySage's
  // "<a role="button" aria-controls="undefined_0_content">1. Understand your electric bill</a>".)
  for (const toggle of Array.from(document.querySelectorAll('body [aria-expanded="false"], body [role="button"][aria-controls]:not([aria-expanded])'))) {
    // (The panel of that id beside the toggle first: a page that sets several accordions may give each the same ids.)
    const near = (id: string): DisclosureElement | null => {
      let el: DisclosureElement | null = toggle;
      for (let level = 0; el && level < TOGGLE_LEVELS; level++, el = el.parentElement) if (el.nextElementSibling?.getAttribute('id') === id) return el.nextElementSibling;
      return null;
    };
    // (A link to another page is no toggle, whatever its role says.)
    if (leadsAway(toggle)) continue;
    const named = (toggle.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean).map((id) => near(id) ?? document.getElementById(id));
    const panels = named.filter((el): el is DisclosureElement => !!el);
    if (panels.length === 0) {
      let el: DisclosureElement | null = toggle;
      for (let level = 0; el && level < TOGGLE_LEVELS; level++, el = el.parentElement) {
        const next: DisclosureElement | null = el.nextElementSibling;
        if (!next) continue;
        panels.push(next);
        break;
      }
    }
    // (Not a panel of comments, a bio, a consent's details or a menu: "Show comments (3)".)
    const furniture = foldsFurniture(toggle);
    const shown = furniture ? [] : panels.filter((panel) => panelHidden(panel) && !toggle.closest('nav, header, footer') && !FOLDED_FURNITURE.test(`${panel.getAttribute('class') ?? ''} ${panel.getAttribute('id') ?? ''}`) && proseParagraphs(panel) > 0);
    for (const panel of shown) opened.add(panel);
    // (The panel's header is a button the extractor removes: "Weight" goes on as the heading's words.
    // So does one that holds a heading over a panel of prose the page shows already: EmailTooltester's
    // FAQ, each "<button aria-expanded="false"><h3>Is HubSpot free?</h3></button>" over its answer.)
    const headed = toggle.tagName === 'BUTTON' && !furniture && toggle.querySelector('h2, h3, h4, h5, h6') !== null && panels.some((panel) => proseParagraphs(panel) > 0);
    if ((shown.length > 0 || headed) && toggle.tagName === 'BUTTON') retag(document as unknown as BoxDocument, toggle as unknown as BoxElement, 'span');
    // (A link-button that holds the panel's heading, "<span role="heading" aria-level="3">", and
    // stands in no heading of its own, becomes that heading: the extractor drops a line of links.)
    else if (shown.length > 0 && !toggle.closest('h1, h2, h3, h4, h5, h6')) {
      const marked = toggle.getAttribute('role') === 'heading' ? toggle : toggle.querySelector('[role="heading"]');
      const level = Number(marked?.getAttribute('aria-level') ?? '');
      if (marked && level >= 2 && level <= 6) retag(document as unknown as BoxDocument, toggle as unknown as BoxElement, `h${level}`);
    }
  }
  for (const panel of opened) {
    panel.removeAttribute('hidden');
    panel.removeAttribute('aria-hidden');
    panel.setAttribute('style', (panel.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/gi, ''));
    if (HIDDEN_CLASS.test(panel.getAttribute('class') ?? '')) panel.setAttribute('class', (panel.getAttribute('class') ?? '').replace(HIDDEN_CLASS, ' ').trim());
  }
  if (opened.size > 0) messages.push(message(MESSAGE.restoredText, `opened ${opened.size} section${opened.size === 1 ? '' : 's'} the page folds away until a reader opens ${opened.size === 1 ? 'it' : 'them'} (an accordion's panels), for the article to be read with ${opened.size === 1 ? 'it' : 'them'}`));
}

/** A node of the DOM as the streamed segments are moved: linkedom's nodes. */
interface StreamNode {
  nodeType: number;
  nodeValue?: string | null;
  textContent: string | null;
  tagName?: string;
  id?: string;
  firstChild: StreamNode | null;
  nextSibling: StreamNode | null;
  previousSibling: StreamNode | null;
  parentNode: StreamNode | null;
  insertBefore(node: StreamNode, before: StreamNode | null): void;
  contains(node: StreamNode): boolean;
  remove(): void;
}
type StreamDocument = { querySelectorAll(selector: string): ArrayLike<StreamNode> };
/** Words a streamed boundary's fallback has at most when the page was saved without its comment markers ("Loading paragraph..."). */
const STREAM_FALLBACK_MAX_WORDS = 4;
/** A streamed boundary's placeholder words: "Loading paragraph...", "Loading…". */
const STREAM_FALLBACK = /^loading\b|(?:\.\.\.|…)$/i;
/** Rounds of filling: a segment may hold boundaries and placeholders of its own. */
const STREAM_ROUNDS = 8;

/**
 * The segments a page streams in (React's server rendering, as Next.js sites such as The Motley
 * Fool serve it): the article's paragraphs arrive in `<div hidden id="S:2">` blocks at the end of
 * the body, and a script moves each into its place, a `<template id="B:2">` boundary (whose
 * fallback, "Loading paragraph...", it replaces, up to the `<!--/$-->` marker) or a
 * `<template id="P:2">` placeholder. Without scripts the page shows only the fallbacks and the
 * extractor leaves the hidden blocks out: the whole article was lost. The segments are moved as
 * the script would, with a `restored-text` message.
 */
function fillStreamedSegments(document: StreamDocument, messages: Message[]): void {
  const segments = new Map<string, StreamNode>();
  for (const el of Array.from(document.querySelectorAll('div[hidden][id^="S:"]'))) if (el.id) segments.set(el.id.slice(2), el);
  if (segments.size === 0) return;
  let filled = 0;
  for (let round = 0; round < STREAM_ROUNDS; round++) {
    let moved = 0;
    for (const template of Array.from(document.querySelectorAll('template[id^="B:"], template[id^="P:"]'))) {
      const key = (template.id ?? '').slice(2);
      const segment = segments.get(key);
      // (Only a segment not moved yet, and not one that holds the template itself: moving it into
      // itself would never end.)
      if (!segment || !template.parentNode || segment.contains(template)) continue;
      segments.delete(key);
      if (template.id!.startsWith('B:')) {
        // The boundary's fallback: up to the end marker after it, else (a page saved without its
        // comments) the one short element right after the template.
        const opens = template.previousSibling;
        let end: StreamNode | null = null;
        if (opens?.nodeType === 8) for (let n = template.nextSibling; n; n = n.nextSibling) if (n.nodeType === 8 && n.nodeValue === '/$') { end = n; break; }
        if (end) {
          while (template.nextSibling && template.nextSibling !== end) template.nextSibling.remove();
        } else {
          let next = template.nextSibling;
          while (next && next.nodeType === 3 && squash(next.textContent) === '') next = next.nextSibling;
          // (Only a placeholder's words: "Loading paragraph...", or none; a paragraph after a
          // boundary with no fallback is the page's own.)
          const words = squash(next?.textContent ?? '');
          if (next && next.nodeType === 1 && next.tagName !== 'TEMPLATE' && wordCount(words) <= STREAM_FALLBACK_MAX_WORDS && (words === '' || STREAM_FALLBACK.test(words))) next.remove();
        }
      }
      while (segment.firstChild) template.parentNode.insertBefore(segment.firstChild, template);
      template.remove();
      segment.remove();
      moved++;
    }
    filled += moved;
    if (moved === 0) break;
  }
  if (filled > 0) messages.push(message(MESSAGE.restoredText, `put ${filled} part${filled === 1 ? '' : 's'} of the page its script streams in (hidden until the script runs) back in ${filled === 1 ? 'its place' : 'their places'}`));
}

/**
 * The article's rest that the page holds but hides until a subscriber signs in (the Toronto Star:
 * two paragraphs shown, the rest in `<div class="subscriber-only" style="display:none">`): shown,
 * with a `restored-text` message, so the article is read whole. Extractors leave out what an
 * inline style hides, and without it the page's two visible paragraphs are too little text.
 */
function showSubscriberText(document: SubscriberDocument, messages: Message[]): void {
  // A page may hide each paragraph in a block of its own: the paragraphs are counted over all of them.
  // Or each paragraph hidden from screen readers (TechRadar's <p class="paywall" aria-hidden="true">).
  const hidden = Array.from(document.querySelectorAll('body [style*="display:none"], body [style*="display: none"], body [aria-hidden="true"]')).filter((el) => SUBSCRIBER_CLASS.test(el.getAttribute('class') ?? ''));
  // (Each paragraph once: one hidden inside another hidden box is counted with that box.)
  const outermost = hidden.filter((el) => !hidden.some((other) => other !== el && other.contains(el)));
  const shown = outermost.reduce((n, el) => n + proseParagraphs(el) + (el.tagName === 'P' && squash(el.textContent).split(' ').length >= SUBSCRIBER_PARAGRAPH_WORDS ? 1 : 0), 0);
  if (shown < SUBSCRIBER_MIN_PARAGRAPHS) return;
  for (const el of hidden) {
    el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/gi, ''));
    el.removeAttribute('aria-hidden');
  }
  messages.push(message(MESSAGE.restoredText, `read ${shown} paragraph${shown === 1 ? '' : 's'} the page hides until a subscriber signs in`));
}

/**
 * The cookie consent dialogs of the common consent platforms (OneTrust, Sourcepoint, Quantcast,
 * Didomi, Usercentrics, Cookiebot) and ones named so: pages of prose about cookies and opting out
 * that an extractor can take for the article (Reuters' page gave its whole OneTrust panel).
 */
const CONSENT_DIALOGS = [
  'body #onetrust-consent-sdk',
  'body #onetrust-banner-sdk',
  'body #onetrust-pc-sdk',
  'body [id^="sp_message_container"]',
  'body .qc-cmp2-container',
  'body #didomi-host',
  'body #usercentrics-root',
  'body #CybotCookiebotDialog',
  'body [id*="cookie-consent"]',
  'body [class*="cookie-consent"]',
  'body [id*="cookie-banner"]',
  'body [class*="cookie-banner"]',
  // A publisher's own (Washington Technology's "privacy-modal": "Cookie List", "Strictly Necessary Cookies", …),
  // as a whole class name: a wrapper's state ("privacy-bar-visible", "has-cookie-modal") holds the article.
  'body [class~="privacy-modal"]',
  'body [class~="privacy-bar"]',
  'body [class~="cookie-modal"]',
  'body [class~="consent-modal"]',
].join(', ');

/** How many wrappers up the paragraph after a subheading is looked for. */
const HEADS_PROSE_LEVELS = 3;

/** Elements with no text that stand in an article's own markup (a picture, a rule, a break). */
const EMPTY_IN_ARTICLE = /^(?:img|picture|figure|br|hr|svg|source|a)$/i;

interface TreeElement {
  children: ArrayLike<TreeElement>;
  tagName: string;
  textContent: string | null;
  parentElement: TreeElement | null;
  nextElementSibling: TreeElement | null;
  querySelector(selector: string): TreeElement | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** A photo's credit line: "Photo Credit: thediydreamer.com", "Image: Getty", "Courtesy of …". */
const PHOTO_CREDIT_LABEL = /^(?:(?:photo|image|picture)s?(?: credits?)?\s*:|credits?\s*:|courtesy\b|photographs? by\b|photo by\b)/i;
/** The most words of a line in a box of its own between a subheading and its text (a photo's credit). */
const CREDIT_LINE_MAX_WORDS = 6;
/** The fewest words an item, on average, of a kept list a subheading heads. */
const HEADED_LIST_MIN_WORDS = 3;
/** The most of a list's characters in links for a subheading over it to head the article's text. */
const HEADED_LIST_MAX_LINK_SHARE = 0.5;

/**
 * Whether a subheading heads prose: the first thing after it (after the wrappers that hold only
 * it) opens on a paragraph. A box's title over its links ("Related Items", "READ MORE ON KATIE
 * PRICE", "Story Tools") heads none.
 */
function headsProse(heading: TreeElement, text: string, kept: ReadonlySet<string> = new Set()): boolean {
  let el = heading;
  while (el.parentElement && squash(el.parentElement.textContent) === text) {
    // A widget's label over a box a script fills ("Trending Videos" over an empty <div>) heads none.
    if (Array.from(el.parentElement.children).some((c) => c !== el && !squash(c.textContent) && !EMPTY_IN_ARTICLE.test(c.tagName))) return false;
    el = el.parentElement;
  }
  // (The last in its wrapper: what follows the wrapper, a few levels up at most.)
  let next: TreeElement | null = null;
  for (let up = 0; up <= HEADS_PROSE_LEVELS && el && !next; up++, el = el.parentElement!) {
    next = el.nextElementSibling;
    while (next && !squash(next.textContent)) next = next.nextElementSibling;
  }
  // (Its first block, past a wrapper's screen-reader label: the National Post's "Article content";
  // and past a widget's box: the Financial Post's newsletter sign-up under its first subheading.)
  const blockOf = (box: TreeElement): TreeElement | null => (/^(?:P|H[2-6]|[OU]L)$/.test(box.tagName) ? box : box.querySelector('p, ul, ol, h2, h3, h4, h5, h6, table, blockquote, figure, figcaption'));
  let first = next ? blockOf(next) : null;
  // (And past a short line in a box of its own: Creative Ramblings' "Photo Credit: thediydreamer.com".)
  const creditLine = (box: TreeElement | null): boolean => box !== null && first === null && /^DIV$/.test(box.tagName) && squash(box.textContent).split(' ').length <= CREDIT_LINE_MAX_WORDS && PHOTO_CREDIT_LABEL.test(squash(box.textContent));
  for (let skipped = 0; next && ((first?.tagName === 'P' && widgetLine(first as unknown as LedeElement)) || creditLine(next)) && skipped < HEADS_PROSE_LEVELS; skipped++) {
    next = next.nextElementSibling;
    while (next && !squash(next.textContent)) next = next.nextElementSibling;
    first = next ? blockOf(next) : null;
  }
  // (Or a subheading of a lower rank that the extractor kept: BHF's "Weekly shopping list" over
  // "Fresh foods" and its table, dropped for its id's "shopping".)
  // (Its sibling: not a heading in a promo's box of its own over the article's next subheading.)
  if (first && /^H[2-6]$/.test(first.tagName) && /^H[1-6]$/.test(heading.tagName) && first.tagName > heading.tagName && kept.has(squash(first.textContent))) return first.parentElement === heading.parentElement;
  // (Or a list the extractor kept, not one of links: Website Builder Expert's "#1. Wix: Best
  // All-in-One Builder" over its "Starting price: $17 per month" points.)
  if (first && /^[OU]L$/.test(first.tagName)) {
    const items = Array.from(first.querySelectorAll('li'), (li) => squash(li.textContent)).filter(Boolean);
    const listText = squash(first.textContent);
    // (Points of a few words each: not a box of tags, "Topics" over "Transport", "Politics".)
    return items.length > 0 && items.every((item) => kept.has(item)) && linkedChars(first) <= HEADED_LIST_MAX_LINK_SHARE * listText.length && listText.split(' ').length >= HEADED_LIST_MIN_WORDS * items.length;
  }
  if (first?.tagName !== 'P') return false;
  const prose = squash(first.textContent);
  return proseLine(prose) || FIGURE_LINE.test(prose);
}

/** How many of the pieces' subheadings stand in the content now (those whose anchor was found). */
function insertedHeadings(content: LedeDocument, pieces: Array<{ html: string }>): number {
  const inContent = new Set(Array.from(content.querySelectorAll('h2, h3, h4'), (h) => h.outerHTML));
  return pieces.reduce((n, { html }) => n + (html.match(/<h[234][\s>][\s\S]*?<\/h[234]>/gi) ?? []).filter((h) => inContent.has(h)).length, 0);
}

/**
 * Puts each piece back after the kept paragraph it names (its place in the extractor's choice when
 * given, else the first with its opening characters) and after the kept subheading it names that
 * follows that paragraph; returns how many blocks went back, as `counts` them.
 */
export function insertAfterKept(content: LedeDocument, pieces: readonly MissedPiece[], counts: (html: string) => number): number {
  if (pieces.length === 0) return 0;
  const blocks = Array.from(content.querySelectorAll('p, h1, h2, h3, h4, h5, h6'));
  const paragraphs = blocks.filter((b) => isParagraph(b) && squash(b.textContent).length > 0);
  const anchors = new Map<string, LedeElement>();
  for (const p of paragraphs) {
    const opening = squash(p.textContent).slice(0, LEDE_ANCHOR_CHARS);
    if (!anchors.has(opening)) anchors.set(opening, p);
  }
  // Where each piece goes, found before any goes in (the blocks' order is the extractor's).
  const places = pieces.map(({ after, index, heading }) => {
    const paragraph = index !== undefined && paragraphs[index] && squash(paragraphs[index].textContent).startsWith(after) ? paragraphs[index] : anchors.get(after);
    if (!paragraph || !heading) return paragraph;
    // (the kept subheading after it, before the next paragraph)
    for (let i = blocks.indexOf(paragraph) + 1; i < blocks.length && !isParagraph(blocks[i]!); i++) if (squash(blocks[i]!.textContent) === heading) return blocks[i];
    return paragraph;
  });
  let n = 0;
  pieces.forEach(({ html }, i) => {
    const anchor = places[i];
    if (!anchor) return;
    // (After the list a kept paragraph introduces, "Key takeaways include:", when the piece came after it on the page.)
    type Sibling = LedeElement & { tagName: string; nextElementSibling: Sibling | null };
    const next = (anchor as unknown as Sibling).nextElementSibling;
    let at = next && /^[OU]L$/.test(next.tagName) && squash(anchor.textContent).endsWith(':') ? next : anchor;
    // (After the lists and tables under a kept subheading it follows: Yoast's "What is SEO?" came
    // after "Key takeaways" and its list, not between them.)
    if (/^H[1-6]$/.test((anchor as unknown as Sibling).tagName)) for (let x = (at as Sibling).nextElementSibling; x && /^(?:[OU]L|TABLE)$/.test(x.tagName); x = x.nextElementSibling) at = x;
    at.insertAdjacentHTML('afterend', html);
    n += counts(html);
  });
  return n;
}

const isParagraph = (element: LedeElement): boolean => (element as unknown as { tagName: string }).tagName === 'P';

/** A key point's text, without the update flag a live story sets before it (CNN's "NEW: The worst of holiday travel fears …"). */
const pointText = (li: { textContent: string | null }): string => squash(li.textContent).replace(/^(?:new|updated?|breaking)\s*:\s*/i, '');
/** A box of key points holds this many items, each of at least KEY_POINT_MIN_WORDS words (a menu's "DIVE DEEPER (7 MIN)" is no point). */
const KEY_POINTS_MIN = 2;
const KEY_POINTS_MAX = 6;
const KEY_POINT_MIN_WORDS = 5;
/** How many of the extracted paragraphs may stand above the box (a video's blurb). */
const KEY_POINTS_AFTER = 1;

/** Where a box of key points is no part of the article: navigation, a side rail, a footer, a form. */
const OUTSIDE_ARTICLE = 'nav, aside, footer, form, script, noscript';

/** An element as the passes that read the page before the extractor see it (key points, the marked standfirst). */
interface KeyPointElement extends LedeElement {
  tagName: string;
  getAttribute(name: string): string | null;
  contains(other: unknown): boolean;
  children: ArrayLike<unknown>;
  parentElement: KeyPointElement | null;
  nextElementSibling: KeyPointElement | null;
  previousElementSibling: KeyPointElement | null;
  remove(): void;
  matches(selector: string): boolean;
  querySelector(selector: string): KeyPointElement | null;
  querySelectorAll(selector: string): ArrayLike<KeyPointElement>;
}

/** A page's box of key points: its items, and where the box stands among the page's paragraphs and list items. */
export interface KeyPoints {
  items: string[];
  /** The index of its first item among the page's `p, li` elements. */
  at: number;
}

/**
 * The page's key points: a list right after a label that names it one ("Key Points"), outside
 * navigation and side rails, with two to six items that read as statements (enough words, few of them in links,
 * no page chrome). Extractors leave the box out as furniture; readers take it as a standfirst.
 * Read before the extractor rewrites the page. Null when there is none.
 */
export function keyPoints(page: LedeDocument): KeyPoints | null {
  const order = Array.from(page.querySelectorAll('p, li'));
  for (const label of Array.from(page.querySelectorAll('div, span, h2, h3, h4, p, strong, b')) as KeyPointElement[]) {
    // (Not a rail of other stories: "In Brief" in an aside is a digest of the site's news.)
    if (label.children.length > 1 || !KEY_POINTS_LABEL.test(squash(label.textContent)) || label.closest(OUTSIDE_ARTICLE)) continue;
    // The first list in the next few elements after the label or after one of its nearest wrappers.
    let list: KeyPointElement | null = null;
    for (let up: KeyPointElement | null = label, level = 0; up && !list && level < 3; up = up.parentElement, level++) {
      for (let next = up.nextElementSibling, k = 0; next && !list && k < 3; next = next.nextElementSibling, k++) list = next.matches('ul, ol') ? next : next.querySelector('ul, ol');
    }
    if (!list || list.closest(OUTSIDE_ARTICLE)) continue;
    const items = Array.from(list.querySelectorAll('li'));
    const texts = items.map(pointText);
    const statements = items.every((li, i) => {
      const text = texts[i]!;
      const linked = Array.from(li.querySelectorAll('a'), (a) => squash(a.textContent).length).reduce((n, x) => n + x, 0);
      return text.split(' ').length >= KEY_POINT_MIN_WORDS && linked <= LEDE_MAX_LINK_SHARE * text.length && !chromeReason(text);
    });
    if (items.length < KEY_POINTS_MIN || items.length > KEY_POINTS_MAX || !statements) continue;
    return { items: texts, at: Array.prototype.indexOf.call(order, items[0]) };
  }
  return null;
}

/**
 * The key points as the standfirst reads them, when the extracted article leaves them out and they
 * stand above its paragraphs (below one of them at most) (`pageParagraphs`: the page's `p, li` texts in order): each
 * item a sentence of its own. Null when the article holds half of them or more, or they stand elsewhere.
 */
export function missedKeyPoints(points: KeyPoints | null, pageParagraphs: readonly string[], extractedText: string, extractedParagraphs: readonly string[]): string | null {
  if (!points) return null;
  const kept = squash(extractedText);
  // (A point the body repeats word for word is still one of them: the box was left out when most are missing.)
  if (2 * points.items.filter((item) => kept.includes(item.slice(0, LEDE_ANCHOR_CHARS))).length >= points.items.length) return null;
  // Where the kept paragraphs stand in the page (a caption the extractor made a paragraph is not found there).
  const found = extractedParagraphs.filter((t) => t.length >= LEDE_ANCHOR_CHARS).map((t) => pageParagraphs.findIndex((x) => x.startsWith(t.slice(0, LEDE_ANCHOR_CHARS)))).filter((i) => i !== -1);
  // Above the article: before all of them, or after only one (a video's blurb over the box).
  if (points.at === -1 || found.length === 0 || found.filter((i) => i < points.at).length > KEY_POINTS_AFTER) return null;
  return asSentences(points.items);
}

/** Key points as the standfirst reads them: each a sentence of its own. */
const asSentences = (items: readonly string[]): string => items.map((item) => (endsSentence(item) ? item : `${item}.`)).join(' ');

/**
 * The key points box when the extracted article opens with it (CNN's "STORY HIGHLIGHTS" and its
 * list kept above the story): the label and the list, which are read as the standfirst instead (a
 * heading there would stand over the whole story). Null when the article opens otherwise.
 */
function openingKeyPoints(doc: LedeDocument, points: KeyPoints | null, captions: ReadonlySet<string>): KeyPointElement[] | null {
  if (!points) return null;
  const list = (Array.from(doc.querySelectorAll('ul, ol')) as KeyPointElement[]).find((l) => {
    const texts = Array.from(l.querySelectorAll('li'), pointText);
    return texts.length === points.items.length && texts.every((t, i) => t === points.items[i]);
  });
  if (!list) return null;
  // Above the story: no paragraph of prose before it (a gallery's buttons and captions may be).
  const order = Array.from(doc.querySelectorAll('p, li')) as KeyPointElement[];
  const prose = (p: KeyPointElement) => {
    const text = squash(p.textContent);
    return text.length >= LEDE_ANCHOR_CHARS && !chromeReason(text) && !captions.has(text) && !p.querySelector('img, cite, figcaption');
  };
  const first = order.find((p) => !list.contains(p) && prose(p));
  if (first && order.indexOf(first) < order.indexOf(list.querySelector('li')!)) return null;
  // The label just before it, as the page sets it (on the list's level or one of its wrappers').
  let label: KeyPointElement | null = null;
  for (let up: KeyPointElement | null = list, level = 0; up && !label && level < 3; up = up.parentElement, level++) {
    for (let prev = up.previousElementSibling, k = 0; prev && !label && k < 2; prev = prev.previousElementSibling, k++) {
      if (KEY_POINTS_LABEL.test(squash(prev.textContent))) label = prev;
    }
  }
  return [...(label ? [label] : []), list];
}

/** The deks a page's script data gives its stories (`"dek":"<p>…</p>"`), as text: the page's own is the one it shows under its headline. */
function dataDeks(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/"dek"\s*:\s*"((?:[^"\\]|\\.){1,800})"/g)) {
    let value: string;
    try {
      value = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
    const text = squash(decodeEntities(value.replace(/<[^>]*>/g, ' ')));
    if (text.split(' ').length >= DATA_DEK_MIN_WORDS) out.add(text);
    if (out.size >= DATA_DEKS_MAX) break;
  }
  return out;
}
const DATA_DEK_MIN_WORDS = 3;
const DATA_DEKS_MAX = 50;

/** A standfirst has at least this many words (a teaser line of three words is a label). */
const DEK_MIN_WORDS = 8;

/** Tenths of a declared description's words its end must hold to be the standfirst the page shows. */
const DESCRIBED_END_SHARE = 6;

/**
 * The page's standfirst (dek) as the reader sees it under the headline: an element of the page
 * whose text is the description the page declares for itself (`description`, `og:description`,
 * `twitter:description`), or most of its end, outside navigation, asides and figures. Extractors
 * keep the body and leave it out; it is read before they rewrite the page. The deepest such
 * element's text, or null.
 */
function describedStandfirst(page: LedeDocument & MetaDocument): string | null {
  const declared = new Set<string>();
  for (const el of Array.from(page.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"], meta[property="twitter:description"]'))) {
    const content = squash((el as unknown as { getAttribute(n: string): string | null }).getAttribute('content'));
    if (content.split(' ').length >= DEK_MIN_WORDS) declared.add(content);
  }
  if (declared.size === 0) return null;
  // (Or its end, most of it, where the description adds where it runs: "In this article for IoT
  // Insider, Rahul Tyagi, CEO of SECQAI delves into …" over the page's "Rahul Tyagi, CEO of SECQAI delves into …".)
  const bare = (x: string): string => x.replace(/[.!?]$/, '');
  const endOf = (text: string): boolean => text.split(' ').length >= DEK_MIN_WORDS && [...declared].some((d) => bare(d).endsWith(` ${bare(text)}`) && text.split(' ').length * 10 >= d.split(' ').length * DESCRIBED_END_SHARE);
  // (In a subheading too: Insurance Business's "<h3>See which insurance companies lead the US market …</h3>" under its headline.)
  const lines = 'p, div, h2, h3, span';
  for (const el of Array.from(page.querySelectorAll(lines))) {
    const text = squash(el.textContent);
    if (!(declared.has(text) || endOf(text)) || chromeReason(text) || el.closest('head, nav, footer, aside, figure, figcaption, form, script, noscript')) continue;
    // The deepest element with that text: a wrapper around it is not the standfirst.
    if (Array.from(el.querySelectorAll(lines)).some((child) => squash(child.textContent) === text)) continue;
    return text;
  }
  return null;
}

/**
 * The name an address's domain gives a site: "backstage" for https://www.backstage.com/…, "cnn"
 * for money.cnn.com, "dailystar" for dailystar.co.uk; null for none.
 */
function hostName(url: string | null | undefined): string | null {
  const labels = /^https?:\/\/([^/:?#]+)/i.exec(url ?? '')?.[1]?.toLowerCase().split('.') ?? [];
  if (labels.length < 2) return null;
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  return labels[labels.length - (secondLevel ? 3 : 2)] || null;
}

/** A name's letters, lower-cased, single-spaced: "Cyrus  Engineer" and "cyrus engineer" are one key. */
const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

/** A byline's label before the name: "By:", "By Author:", "Author:", "Written by:", "Posted by:", "Story by". */
const BYLINE_LABEL = /^(?:by\s*:|(?:by\s+)?(?:author|writer)\s*:|(?:written|posted|story) by\s*:?)\s*(?=\p{Lu})/iu;

/** The same words written in camel case after the article's own part: "_articleSubtitle_hbr2q_66", "heroDek" (not "cardSubtitle", "slideDeck"). */
const CAMEL_STANDFIRST = /(?:article|post|story|entry|hero|header|headline|content|page)(?:Subtitle|Standfirst|Dek|Subheadline)(?:$|[\s_-])/;
/** Class words that name an element a standfirst: "deck", "dek", "sub-headline", "subtitle", "article__summary", "article-excerpt", "post__lead". */
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:deck|dek|standfirst|sub-?headline|subhead|subtitle|strapline|summary|excerpt|blurb)(?:$|[\s_-])|(?:title|header|hero)[\w-]*__intro\b|(?:^|\s)(?:post|article|entry|story)__lead(?:$|\s)/i;
/**
 * The byline the page prints under its headline in an element its class marks so ("By Takeo Maeda
 * and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers"), or null: only the first such element within
 * BYLINE_REACH elements after the headline, and only when it reads as a byline (a related story's
 * card further down names another writer).
 */
function bylineElement(document: LedeDocument): string | null {
  const page = document as unknown as { querySelectorAll(selector: string): ArrayLike<KeyPointElement> };
  // (Each headline in turn: a page's first <h1> may be a dialog's, The Nation's "Log In".)
  const h1s = Array.from(page.querySelectorAll('h1')).filter((h) => !h.closest('nav, footer, aside, form'));
  if (h1s.length === 0) return null;
  const order = Array.from(page.querySelectorAll('*'));
  const index = new Map(order.map((el, i) => [el, i]));
  for (const h1 of h1s) {
    const at = index.get(h1) ?? -1;
    const found = bylineAfter(order, at) ?? plainBylineAfter(order, at);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * When no element within reach is marked as the byline: the first that holds only "By" and a linked
 * name (Houstonia's "<span>By <a>Daniel Renfrow</a></span>"), or a paragraph of "by:", a name and a
 * date (LMSYS's "<p>by: Ziyi Xu, Dec 17, 2025</p>"); not in a caption or a box about another's work.
 */
function plainBylineAfter(order: readonly KeyPointElement[], at: number): string | undefined {
  for (let i = at + 1; i < order.length && i <= at + BYLINE_REACH; i++) {
    const el = order[i]!;
    if (el.closest('figure, figcaption, aside, [class*="caption"], [class*="credit"], [class*="book"], [class*="product"]')) continue;
    const text = squash(el.textContent);
    // (Or with a button's link after the name: Servo's "By <a>A. J. Neal</a> <a class="btn">View In Digital Edition</a>".)
    const links = Array.from(el.querySelectorAll('a'), (a) => squash(a.textContent));
    const named = links.length > 0 && links.length <= 2 ? LINKED_BYLINE.exec(squash(`${text.split(links[0]!)[0]} ${links[0]}`)) : null;
    const linkedName = !!named && named[1] === links[0] && squash(text.replace(/^by\s+/i, '').replace(links[0]!, '')) === squash(links.slice(1).join(' '));
    if (linkedName) return `By ${links[0]}`;
    const dated = el.tagName === 'P' ? DATED_BYLINE.exec(text) : null;
    if (dated) return `By ${dated[1]}`;
    // Or an element of only "Written by" and a name (Wine Folly's "<div>Written by Madeline Puckette</div>").
    const written = WRITTEN_BY.exec(text);
    if (written) return `By ${written[1]}`;
  }
  return undefined;
}

/**
 * An ISO date (and time) glued to the name before it, or a month and day, or a date in figures and
 * what ran on after it: "Nick van Mead2022-11-23T08:10+02:00", "Scott MattonMarch 2, 2026", "ClayMar
 * 14", Reolink's "Yucy3/4/2025000000Sharesfacebooktwitter…" (its share bar's counts and labels).
 */
const GLUED_STAMP = /(?<=\p{L})\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$|(?<=\p{Ll})(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*$|(?<=\p{Ll})\d{1,2}\/\d{1,2}\/\d{2,4}\S*\s*$/u;

/**
 * An author as the page's data gives it, less a date printed after the name ("Dariusz Jaroń05 Nov
 * 2025.", "EcoFlow- 2025/4/29"); a comment form's label ("Name *") is none.
 */
function authorOnly(author: string | null): string | null {
  if (author === null) return null;
  if (FORM_LABEL.test(author)) return null;
  return author.replace(TRAILING_DATE, '').trim() || null;
}

/** A form field's label read as an author: "Name *", "Your Name", "Name (required)". */
const FORM_LABEL = /^\s*(?:your\s+)?(?:full\s+)?name\s*(?:\*|\(required\))?\s*$/i;
/** A date after an author's name, glued or after a dash: "05 Nov 2025.", "- 2025/4/29", ", March 3, 2024". */
const TRAILING_DATE = /(?<=\p{L})\s*[-–—,|·]?\s*(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\.?\s*$/iu;

/** A writer's name: two to four capitalised words ("Madeline Puckette", "A. J. Neal"). */
const WRITER_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;
/** A name alone on its line, a comma at most after it (a button's words that name someone). */
const NAME_ALONE = new RegExp(`^${WRITER_NAME},?$`, 'u');
/** "By" and a name (its link's words): Houstonia's "By <a>Daniel Renfrow</a>". */
const LINKED_BYLINE = new RegExp(`^[Bb]y\\s+(${WRITER_NAME})$`, 'u');
/** "Written by Madeline Puckette", "Words by Jo Lee", "Text by Hunter Dukes": a writer's name, nothing else. */
const WRITTEN_BY = new RegExp(`^(?:[Ww]ritten|[Ww]ords|[Tt]ext)\\s+by:?\\s+(${WRITER_NAME})$`, 'u');

/** Credits a byline may add for others than the writers: "Photographs by", "Edited by", "Video by". */
const OTHER_CREDITS = /(?<!\p{Ll})(?:[Pp]hoto(?:graph)?s?|[Pp]hotography|[Ee]dit(?:ed|ing|or)|[Ii]llustrat\w*|[Vv]ideo|[Gg]raphics?)\b/u;

/** "by: Ziyi Xu, Dec 17, 2025": a writer's name of two to four words after "by" (and a colon), then a date. */
const DATED_BYLINE = new RegExp(String.raw`^[Bb]y:?\s+(${WRITER_NAME}),?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})$`, 'u');

/** The id or class of a heading that is the site's logo or name, not a headline. */
const LOGO_HEADING = /(?:^|[\s_-])(?:logo|site-?(?:title|name|logo)|brand(?:ing)?|masthead)(?:$|[\s_-])/i;

/** Words of a byline that name no one: "and", "for", "staff". */
const BYLINE_FILLERS: ReadonlySet<string> = new Set(['and', 'for', 'the', 'staff', 'writer', 'reporter', 'editor', 'contributor', 'news', 'media']);

/**
 * Whether the byline a page prints, and the boxes it marks as bylines or authors' (`boxes`), name
 * none of the writers its data names: two different writers. The printed line must read as a
 * byline of a person's name (no address, no "By Staff Reports"). Each word of three letters or more
 * of the data's names is looked for where a word starts in the printed line, which may go on with
 * a post, a date or the site, glued or not ("By Dolores Chang For Dailymail.Com", "By Houston
 * MitchellAssistant Sports Editor"; "Ray" is not found in "By Ann Murray").
 */
function otherWriters(printed: string, data: string, boxes: string): boolean {
  const line = `${printed} ${boxes}`.toLowerCase();
  // (Words of three letters or more: initials, "CH Contributor", name no writer to look for.)
  const declared = (decodeEntities(data).replace(/^by\s+/i, '').toLowerCase().match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !BYLINE_FILLERS.has(w));
  const found = (w: string): boolean => new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(line);
  return isByline(printed) && !printed.includes('@') && !NO_PERSON_BYLINE.test(printed) && declared.length > 0 && !declared.some(found);
}

/** A printed byline that names no person: "By Staff Reports", "By the Editorial Board", "By Wire Services". */
const NO_PERSON_BYLINE = /^by\s+(?:(?:the|our)\s+)?(?:[\p{L}&.'’-]+\s+){0,2}(?:staff|reports?|team|editors?|editorial|desk|newsroom|wire|services|board)\b/iu;

/** A byline that is a post and no name: "Marketing and Event Coordinator", "Content Marketing Manager", "Communications Department", a site account's "NOC Admin". */
const ROLE_NOT_NAME = /^(?:by\s+)?(?:[\p{L}&-]+\s+){0,4}(?:coordinator|manager|specialist|assistant|intern|officer|administrator|admin|webmaster|department|strategist|associate)s?\s*$/iu;

/** A line that opens on the words of a post ("Senior Autos Reporter", "Licensed Q Arabica Grader"), not on a writer's name. */
const POST_NOT_NAME = /^(?:by\s+)?(?:senior|staff|licensed|contributing|associate|chief|lead|managing|executive|deputy|special|guest|freelance|certified|registered)\b/i;

/** Class words of a box about a book or a product, and how many boxes up from a byline they are looked for. */
const WORK_BOX = /(?:^|[\s_-])(?:books?|products?)(?=$|[\s_-])/i;
const BYLINE_WORK_LEVELS = 4;

/** Whether a byline's element stands in a box about a book or a product (WORK_BOX), below the post's own element. */
function aboutWork(el: KeyPointElement): boolean {
  let at: { getAttribute?(name: string): string | null; parentNode: unknown } | null = el as unknown as { getAttribute(name: string): string | null; parentNode: unknown };
  // (Up to the post's own element: WordPress writes its categories in the <article>'s class, "category-books".)
  for (let level = 0; at && typeof at.getAttribute === 'function' && level <= BYLINE_WORK_LEVELS; level++, at = at.parentNode as typeof at) {
    if (/^(?:ARTICLE|MAIN|BODY)$/.test((at as unknown as { tagName: string }).tagName)) return false;
    if (WORK_BOX.test(at.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The first byline element within BYLINE_REACH elements after index `at`: its byline, or null when it holds none; undefined when there is no such element. */
function bylineAfter(order: readonly KeyPointElement[], at: number): string | null | undefined {
  for (let i = at + 1; i < order.length && i <= at + BYLINE_REACH; i++) {
    const el = order[i]!;
    // (Or an author's element that reads "By …": UPROXX's span.author "By Jason Tabrys • 12.29.14",
    // BHF's address.…__author-info "by Tracy Parker, Dietitian".)
    // (Or "Written By …": UChicago Medicine's p.…_author "Written By <span>Angela Holliday-Bell, MD*</span>".)
    if (!/byline/i.test(el.getAttribute('class') ?? '') && !(/author/i.test(el.getAttribute('class') ?? '') && /^(?:written\s+)?by\s/i.test(squash(el.textContent)))) continue;
    // (Not one in a box about another's work, up to BYLINE_WORK_LEVELS boxes up: a book's or a
    // product's "By Michael Lewis"; by a whole class word, not Facebook's share box.)
    if (aboutWork(el)) continue;
    // The links to the writers' pages when its text reads as no byline: The Nation's "By <a>Sarah Lazare</a><a>Twitter</a>" runs "LazareTwitter" together.
    // (Or to their staff pages: USA Today's "<a href="…/staff/2648209001/brian-truitt/">Brian Truitt</a>
    // USA TODAY"; only the first when the line credits others too, "Photographs by <a href="…/staff/…">".)
    const staff = Array.from(el.querySelectorAll('a[href*="/staff/"]'), (a) => squash(a.textContent)).filter((name) => name !== '');
    const authors = Array.from(el.querySelectorAll('a[rel~="author"], a[href*="/author/"], a[href*="/authors/"]'), (a) => squash(a.textContent)).filter((name) => name !== '');
    const writers = authors.length > 0 ? authors : OTHER_CREDITS.test(squash(el.textContent)) ? staff.slice(0, 1) : staff;
    // (Without the writer's post set in an element of its own: Consumer Reports' "By <a>Keith Barry</a><br><span class="byline-author__title">Senior Autos Reporter</span>".)
    const posts = Array.from(el.querySelectorAll('[class*="__title"], [class*="-title"], [class*="job"], [class*="role"]'), (x) => squash(x.textContent)).filter((t) => t !== '' && POST_NOT_NAME.test(t));
    const own = bylineText(posts.reduce((t, post) => t.replace(post, ' '), squash(el.textContent))).trim();
    // (A writer known by a handle in lower case, linked to their page on the site: LessWrong's "by <a href="/users/jsteinhardt">jsteinhardt</a>".)
    const users = Array.from(el.querySelectorAll('a[href*="/users/"], a[href*="/user/"], a[href*="/profile/"]'), (a) => squash(a.textContent)).filter((name) => name !== '');
    // (The line may run on into the date and the like after it: "by jsteinhardt18th Dec 2025".)
    if (authors.length === 0 && users.length === 1 && WRITER_HANDLE.test(users[0]!) && own.replace(/^(?:written\s+)?by\s+/i, '').startsWith(users[0]!)) return `By ${users[0]}`;
    const text = own && isByline(own) ? own : writers.length > 0 ? `By ${[...new Set(writers)].join(' and ')}` : own;
    // (Without the separator before a date the line went on with: "By Helen Wood / Published 29th
    // December 2014", "By Jason Tabrys • 12.29.14".)
    // (Nor the asterisk of a note on the writer below: "Angela Holliday-Bell, MD*".)
    return text && isByline(text) ? text.replace(/^(?:written\s+)?by\s/i, 'By ').replace(/\s*[/|•·]\s*(?:\d[\d./-]*)?\s*$/u, '').replace(/\*+$/, '') : null;
  }
  return undefined;
}
/**
 * What an <h1> inside the headline's element holds besides it: a dek or caption set in a span
 * (The New Republic's `span.caption` "A letter to a young liberal"), a byline, a link to nowhere
 * that works a button (the Globe and Mail's "Add to ..." watch-list link), arXiv's label
 * "<span class="descriptor">Title:</span>".
 */
const HEADLINE_EXTRAS = 'a[href="#"], [class*="caption"], [class*="dek"], [class*="deck"], [class*="subhead"], [class*="standfirst"], [class*="watchlist"], [class*="byline"], span.descriptor';

/**
 * An <h1>'s text without the extras set inside it (HEADLINE_EXTRAS), when text remains; and without
 * a blog's date stamp that opens it ("<time>Dec 18 2025</time> Preparing a transition in Debusine";
 * not a date the headline says: "What really happened on <time>January 6</time>").
 */
function headingText(h: unknown): string {
  type Heading = { textContent: string | null; querySelector(s: string): unknown; cloneNode(deep: boolean): Heading; querySelectorAll(s: string): ArrayLike<{ remove(): void; textContent: string | null; replaceWith(text: string): void; previousSibling: { textContent: string | null } | null }> };
  let el = h as Heading;
  // (A line break between its words is a space: "WEEKEND<br>CODING<br> AGENT" is three words; not
  // one after a hyphen: "Long-<br>awaited".)
  if (el.querySelector('br')) {
    el = el.cloneNode(true);
    for (const br of Array.from(el.querySelectorAll('br'))) br.replaceWith(/-$/.test(br.previousSibling?.textContent ?? '') ? '' : ' ');
  }
  const all = el.textContent ?? '';
  const copy = el.cloneNode(true);
  const opening = Array.from(copy.querySelectorAll('time')).filter((t) => squash(t.textContent) !== '' && squash(copy.textContent).startsWith(squash(t.textContent)));
  const extras = [...Array.from(copy.querySelectorAll(HEADLINE_EXTRAS)), ...opening.slice(0, 1)];
  if (extras.length === 0) return all;
  for (const x of extras) x.remove();
  return squash(copy.textContent) ? (copy.textContent ?? '') : all;
}

/** A next page's address that numbers the article's pages: ".../384068/2/", "?page=2", "/page/2". */
const NEXT_PAGE = /(?:[?&](?:page|pg|p)=2|\/(?:page\/)?2\/?)(?:[?#].*)?$/i;

/**
 * The address of the article's next page when the page declares one (`<link rel="next">`) that
 * numbers the article's pages (The Atlantic's ".../cracking-the-sitcom-code/384068/2/"); not a
 * blog's link to its next post.
 */
function nextPage(doc: MetaDocument): string | null {
  const href = Array.from(doc.querySelectorAll('link[rel="next"]'), (l) => l.getAttribute('href') ?? '').find((h) => NEXT_PAGE.test(h));
  return href ?? null;
}

/** How many elements after the headline its byline may stand. */
const BYLINE_REACH = 40;

/** How many elements after the headline a standfirst may stand (its byline, a date, a share bar between). */
const STANDFIRST_REACH = 12;
/** A standfirst the markup names has at least this many words ("Hey look! It's Suki and Jet!"). */
const MARKED_DEK_MIN_WORDS = 5;

/**
 * The standfirst the markup names just under the page's headline: the first element after an
 * <h1>, within STANDFIRST_REACH elements and before the first paragraph of the body, whose class
 * names it one (CBC's `h2.deck`, Fox's `h2.sub-headline`, MarketWatch's `p.article__summary`) and
 * whose text is a line of prose that is not page chrome. Teasers of other stories carry the same
 * class names further down the page, so only the headline's neighbourhood counts.
 */
function markedStandfirst(page: LedeDocument, dataDeks: ReadonlySet<string> = new Set()): string | null {
  const order = Array.from(page.querySelectorAll('*')) as unknown as KeyPointElement[];
  for (const h1 of Array.from(page.querySelectorAll('h1')) as unknown as KeyPointElement[]) {
    if (h1.closest('nav, footer, aside, form')) continue;
    const at = order.indexOf(h1);
    for (let i = at + 1; at !== -1 && i < order.length && i <= at + STANDFIRST_REACH; i++) {
      const el = order[i]!;
      if (el.tagName === 'H1') break;
      // (Not a part of the headline itself: "<span class="headline__subtitle">" inside the <h1>.)
      if (h1.contains(el)) continue;
      const text = squash(el.textContent);
      // (Or one the page's own data names its dek, however short: Hearst's `"dek":"<p>Protein continues to be huge. </p>"`.)
      // (Not a card's or a link's, another story's dek the same data holds; nor a paragraph of the body
      // the data repeats as its excerpt, other paragraphs following it.)
      const bodyParagraph = el.tagName === 'P' && el.nextElementSibling?.tagName === 'P' && squash(el.nextElementSibling.textContent).split(' ').length >= LEDE_MIN_WORDS;
      if (dataDeks.has(text) && !bodyParagraph && !el.closest('nav, footer, aside, figure, figcaption, form, a, [class*="card"], [class*="Card"], [class*="teaser"], [class*="related"], [class*="next"]') && !el.querySelector('h2, ul, ol, a')) return text;
      // (Or a subheading right after the headline that reads as a sentence: the Express's "<h1>…</h1><h3>A snub from … has left …, an expert has claimed.</h3>".)
      // (Or one the page declares its description, The Telegraph's "<h2 itemprop="alternativeHeadline description">", full stop or not.)
      // (Or a paragraph that follows the headline as its sibling in a hero or banner box, its own or
      // the one around it, BHF's: "Want to eat a balanced diet without breaking the bank? Try this
      // 7-day meal plan …"; a <body class="has-sticky-header"> marks no headline's box.)
      const box = h1.parentElement;
      const heroLine = el.tagName === 'P' && el === h1.nextElementSibling && [box, box?.parentElement].some((b) => /hero|banner/i.test(b?.getAttribute('class') ?? '')) && endsSentence(text) && text.split(' ').length >= DEK_MIN_WORDS;
      const sentence = heroLine || ((el.tagName === 'H2' || el.tagName === 'H3') && el === h1.nextElementSibling && ((endsSentence(text) && text.split(' ').length >= DEK_MIN_WORDS) || /\b(?:description|alternativeHeadline)\b/.test(el.getAttribute('itemprop') ?? '')));
      // (Or the one heading in a box the class names so: STAT's "<div class="…-subheadline"><h2>…</h2></div>".)
      const boxed = !!el.parentElement && el.parentElement.children.length === 1 && /^H[2-4]$/.test(el.tagName) && STANDFIRST_CLASS.test(el.parentElement.getAttribute('class') ?? '');
      // (Houstonia's "div.v2-subhed" too; an <h2 class="subhed"> in the body is a crosshead.)
      const subhed = !/^H[1-6]$/.test(el.tagName) && /(?:^|[\s_-])subhed(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '');
      // (Time Out's class is written in camel case: "_articleSubtitle_hbr2q_66".)
      const marked = STANDFIRST_CLASS.test(el.getAttribute('class') ?? '') || CAMEL_STANDFIRST.test(el.getAttribute('class') ?? '');
      if (!sentence && !boxed && !subhed && !marked) {
        // The body has begun: a paragraph of its own.
        if (el.tagName === 'P' && text.split(' ').length >= LEDE_MIN_WORDS) break;
        continue;
      }
      // (Not the author's line: "author-subtitle" names the writer's job.)
      // (A marked box around the one paragraph that holds its text is the standfirst too: Modern
      // Farmer's "<div class="post-excerpt"><p>…</p></div>", iRunFar's "<span class="the-excerpt"><p>…</p></span>".)
      const wrapper = el.querySelectorAll('p').length === 1 && !el.querySelector('div, h2, ul, ol') && squash((el.querySelector('p') as { textContent: string | null } | null)?.textContent ?? '') === text;
      if ((el.querySelector('p, div, h2, ul, ol') && !wrapper) || el.closest('nav, footer, aside, figure, figcaption, form, script, noscript, [class*="author"], [class*="byline"]')) continue;
      if (text.split(' ').length >= MARKED_DEK_MIN_WORDS && !chromeReason(text) && !/[{};]/.test(text)) return text;
    }
  }
  return null;
}

export interface HtmlFront {
  text: string;
  blocks: RawBlock[];
  meta: SourceMeta;
  messages: Message[];
  /** Prose outside a short extracted article (proseOutside), when there is any. */
  outsideProse?: OutsideProse | null;
}

/**
 * The HTML body of a static site's source file (front matter, then `<p>…</p><div>…</div>`): it is
 * the article itself, so it is walked into `out` whole, without the extractor.
 */
export function htmlBodyBlocks(body: string, out: TextBuilder): void {
  const { parseHTML } = load();
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  walk(document.body as unknown as DomNode, out, { page: false });
}

/** Class words that name an <h1> the article's own title. */
const ARTICLE_TITLE_CLASS = /(?:article|post|entry|story|content|page)[-_]*(?:title|headline|hed(?![a-z]))|(?:^|[\s_-])(?:headline|hed)(?:$|[\s_-])/i;

/** An empty <span> whose classes include "br": a site's line break. */
const BREAK_SPAN = /<span\b[^>]*?\bclass\s*=\s*(["'])(?:[^"']*\s)?br(?:\s[^"']*)?\1[^>]*>\s*<\/span>/gi;
/** So many on a page before they are read as breaks (one such span may be a styling hook: Tachyons' "br" is a right border). */
const BREAK_SPANS_MIN = 3;

/**
 * Empty spans a site styles as line breaks (`<span class="id-r-component br"></span>` between the
 * Times of India's paragraphs and around its subheadings): each becomes two `<br>`s, a paragraph
 * break, so that paragraphs and subheadings do not run into each other ("…Inside Hospital
 * ToiletIn a deeply disturbing case …"). Done on the markup, before any pass parses it.
 */
function withBreakSpans(html: string): string {
  const found = html.match(BREAK_SPAN);
  return found && found.length >= BREAK_SPANS_MIN ? html.replace(BREAK_SPAN, '<br><br>') : html;
}

/**
 * A picture (no icon or inline glyph: 300 pixels or more wide or high) set right between a line's
 * last word or stop and a capitalised word, with no space on either side: "Updated: December 9,
 * 2024<img … width="1080">If you are serving food …" shows the date above the picture and the
 * paragraph under it. A paragraph break goes before the picture, as two `<br>`s do. ("tap the<img
 * width="64">Settings icon" is a line with an icon in it.)
 */
const GLUED_PICTURE = /(?<=[\p{L}\d.!?:)])(<img\b[^>]*?\b(?:width|height)\s*=\s*["']?(?:\d{4,}|[3-9]\d\d)\b[^>]*>)(?=\p{Lu})/gu;

function withGluedPicturesApart(html: string): string {
  return html.includes('<img') ? html.replace(GLUED_PICTURE, '<br><br>$1') : html;
}

/** A string in a script's data long enough to be prose: 150 characters or more (whether it is prose is judged by its words). */
const SCRIPT_PROSE = /"((?:[^"\\\n]|\\.){150,})"/g;

/** The text inside each of a page's `<script>` elements, in order. */
function* scriptTexts(html: string): Generator<string> {
  for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) yield script[1]!;
}

/** A string in a script's data named as an article's content, at least 200 characters long: `"content":"<p>…"`. */
const SCRIPT_CONTENT = /"(?:content|body|articleBody|html|post_content|bodyHtml|body_html)"\s*:\s*"((?:[^"\\\n]|\\.){200,})"/g;

/** Paragraphs of prose a script's article markup must hold to be read as the article. */
const SCRIPT_ARTICLE_MIN_PARAGRAPHS = 2;
/** The share of the headline's words it must hold. */
const SCRIPT_TITLE_SHARE = 0.5;

/**
 * The article markup a page's script data holds when the page builds its article with JavaScript:
 * the longest string named as content (`content`, `body`, `articleBody`, …) that is markup with at
 * least two paragraphs of prose, parsed; null when there is none.
 */
function scriptArticle(input: string, parseHTML: (html: string) => { document: unknown }, title: string | null): (LedeDocument & { body: unknown }) | null {
  // (It must be this article's: share the headline's words. A consent banner's markup, "We and our
  // partners use cookies …", is no one's article.)
  const titleWords = [...new Set((title ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
  if (titleWords.length === 0) return null;
  let best: { doc: LedeDocument & { body: unknown }; chars: number } | null = null;
  for (const script of scriptTexts(input)) {
    for (const m of script.matchAll(SCRIPT_CONTENT)) {
      let markup: string;
      try {
        markup = JSON.parse(`"${m[1]!}"`) as string;
      } catch {
        continue;
      }
      if (!/<p[\s>]/i.test(markup) || (best && markup.length <= best.chars)) continue;
      const doc = parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as LedeDocument & { body: unknown };
      const words = new Set((doc as unknown as { body: DomNode }).body.textContent?.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
      const shared = titleWords.filter((w) => words.has(w)).length;
      if (proseParagraphs(doc) >= SCRIPT_ARTICLE_MIN_PARAGRAPHS && shared >= SCRIPT_TITLE_SHARE * titleWords.length) best = { doc, chars: markup.length };
    }
  }
  return best?.doc ?? null;
}

/**
 * The words of prose inside a page's scripts' string data (0 without scripts), for the parser to say
 * when a page builds its article with JavaScript. A string the data repeats (a teaser listed as
 * related and as trending) counts once.
 */
export function scriptProseWords(html: string): number {
  let words = 0;
  const seen = new Set<string>();
  for (const script of scriptTexts(html)) {
    for (const m of script.matchAll(SCRIPT_PROSE)) {
      if (seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      // Markup inside the string, escaped or not, and escaped line breaks (each bounded: a stray "<" scans no further).
      const text = m[1]!.replace(/\\u003[cC][^"]{0,200}?\\u003[eE]|<[^<>]{0,200}>|\\[nrt]/g, ' ');
      const n = text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
      // Prose, not a class list or an encoded blob: a word in every twelve characters or fewer.
      if (n * 12 >= text.length) words += n;
    }
  }
  return words;
}

/** How much markup between `</head>` and `<body>` is moved into the body (an ad slot's <div>, not a second page). */
const STRAY_MARKUP_MAX_CHARS = 5000;

/**
 * A page with markup between its `</head>` and its `<body>` tag (Echo Live's ad slot
 * "<div id=div-gpt-ad-outofpage>…</div>"): a browser reads it into the body and goes on there;
 * the DOM here opens a body of its own for it and leaves the page's body, the article in it,
 * where `document.body` does not reach. The stray markup is moved after the `<body>` tag.
 */
function bodyAfterHead(html: string): string {
  const m = /<\/head\s*>([\s\S]{1,5000}?)(<body[\s>][^>]*>|<body>)/i.exec(html);
  if (!m || m[1]!.trim() === '' || m[1]!.length > STRAY_MARKUP_MAX_CHARS || /<body[\s>]/i.test(m[1]!)) return html;
  const at = m.index + m[0].length;
  return `${html.slice(0, m.index)}</head>${m[2]}${m[1]}${html.slice(at)}`;
}

/**
 * A page whose article holds a document's wrapper (Modern Farmer's post body opens "<!DOCTYPE html
 * …><html><body><p>…", a page saved into the CMS whole): the DOM closes the page's body at the
 * inner one and the article falls out of it. The wrappers inside the body are taken out; the
 * page's own closing tags stay.
 */
function withoutInnerDocuments(html: string): string {
  // (The page's <body> tag after its head: a script in the head may write one, "<body onload=…>", in a string.)
  const headEnd = Math.max(0, html.search(/<\/head\s*>/i));
  const body = /<body[\s>]/i.exec(html.slice(headEnd));
  if (!body) return html;
  const start = html.indexOf('>', headEnd + body.index) + 1;
  const rest = html.slice(start);
  if (!/<!doctype|<html[\s>]|<body[\s>]/i.test(rest)) return html;
  const lastBody = rest.toLowerCase().lastIndexOf('</body');
  const inner = lastBody === -1 ? rest : rest.slice(0, lastBody);
  return html.slice(0, start) + inner.replace(/<!doctype[^>]*>|<\/?(?:html|body)(?:\s[^>]*)?>/gi, '') + (lastBody === -1 ? '' : rest.slice(lastBody));
}

/** What may stand before a page's `<html>` tag and leave the DOM whole: a BOM, an XML declaration, a doctype, comments. */
const PAGE_PROLOGUE = /^(?:\s|\uFEFF|<\?[^>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>)*$/i;

/**
 * A page from its `<html>` tag when markup stands before it: a filing's SGML envelope (an SEC
 * exhibit opens "<DOCUMENT> <TYPE>EX-99.1 … <TEXT>" and closes "</TEXT> </DOCUMENT>"), a server's
 * warning printed above the page. The DOM would make the first element it meets the document's
 * root and leave the page without a body, so no text would be found in it. The envelope names the
 * file; it is not the article's.
 */
function fromHtmlElement(input: string): string {
  // (an <html> tag inside a comment is not the page's: "<!--[if lt IE 7]> <html class="ie6"> <![endif]-->")
  const open = /<html[\s>]/i.exec(input.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length)));
  // (A page with a <head> and no <html> tag, davidbau.com's "<!DOCTYPE html> <head>…": the DOM
  // makes the <head> the root and finds no title in it; the root it leaves out is put back.)
  const head = open ? null : /<head[\s>]/i.exec(input);
  if (head) return `${input.slice(0, head.index)}<html>${input.slice(head.index)}`;
  if (!open || PAGE_PROLOGUE.test(input.slice(0, open.index))) return input;
  const close = /<\/html\s*>/gi;
  let end = -1;
  for (let m = close.exec(input); m; m = close.exec(input)) end = m.index + m[0].length;
  return input.slice(open.index, end > open.index ? end : undefined);
}

/**
 * Metadata first (JSON-LD, OpenGraph, <meta>), then Readability finds the article; its content is
 * walked into blocks with heading levels and lists kept (Readability flattens neither away, but
 * its text does). The title and byline are written first, as a level-1 heading and a "By …" line,
 * so they have offsets like everything else. When Readability finds nothing useful, the whole
 * page body is walked without its navigation, header, footer and asides, and a message says so.
 */
export function htmlBlocks(page: string): HtmlFront {
  const { parseHTML } = load();
  // (Without the zero-width no-break space a page sets inside words, which the DOM's white space
  // reads as a space: Consumer Reports' "ch\ufeffarging" is "charging" on the screen. A zero-width
  // space stays: it may be the only break between two words.)
  const input = page.replace(/\ufeff/g, '');
  // A fragment (a page's body saved without <html> and <body>, after a comment) is read as a
  // body: the DOM would otherwise leave it outside one, and find no text in the page.
  const html = withGluedPicturesApart(withBreakSpans(/<(?:html|body)[\s>]/i.test(input) ? withoutInnerDocuments(bodyAfterHead(fromHtmlElement(input))) : `<!doctype html><html><body>${input}</body></html>`));
  const { document } = parseHTML(html);
  const messages: Message[] = [];
  let outsideProse: OutsideProse | null = null;
  fillStreamedSegments(document as unknown as StreamDocument, messages);
  const found = readMetadata(document as unknown as MetaDocument);
  // (read before the extractor, which rewrites the document and drops its scripts)
  const ldBody = ldArticleBody(document as unknown as MetaDocument);
  // The page's <h1>s and <title>, read before the extractor rewrites the document.
  // (Not a site's logo set as an <h1>: Georgia Tech's h1#gt-logo "Georgia Institute of Technology" over "The Agency".)
  const h1Elements = Array.from((document as unknown as MetaDocument).querySelectorAll('h1')).filter((h) => !LOGO_HEADING.test(`${(h as unknown as RemovableElement).getAttribute('id') ?? ''} ${(h as unknown as RemovableElement).getAttribute('class') ?? ''}`));
  const h1s = h1Elements.map(headingText);
  // The page's other headings, for a headline it shows without the section the metadata adds.
  const shownHeadings = Array.from((document as unknown as MetaDocument).querySelectorAll('h2, h3, h4')).slice(0, SHOWN_HEADINGS_MAX).map(headingText);
  // The one <h1> whose class names it the article's title ("ArticleHeader--articleTitle",
  // "entry-title", "headline"): the headline the reader sees, even where the metadata is stale.
  // Else the one whose microdata does (`itemprop="headline"`): a theme may mark its site name so too,
  // and the class is the surer sign.
  const attribute = (h: unknown, name: string): string => (h as { getAttribute(n: string): string | null }).getAttribute(name) ?? '';
  const byClass = h1Elements.filter((h) => ARTICLE_TITLE_CLASS.test(attribute(h, 'class')));
  const byMicrodata = h1Elements.filter((h) => /(?:^|\s)headline(?:\s|$)/i.test(attribute(h, 'itemprop')));
  const titled = byClass.length > 0 ? byClass : byMicrodata;
  const markedH1 = titled.length === 1 ? headingText(titled[0]) : null;
  const pageTitle = (document as unknown as MetaDocument).title ?? null;
  const shared = sharedTitles(document as unknown as MetaDocument);
  // A header of comments a saving tool wrote: the page's title, address and date when it declares none.
  const header = commentHeader(input);
  const next = nextPage(document as unknown as MetaDocument);
  if (next) messages.push(message(MESSAGE.droppedText, `the article goes on over more pages and this is one of them; read the next too: ${next}`));
  let parsed: Parsed | null = null;
  const tooDeep = depthOf(document.body) > MAX_EXTRACTOR_DEPTH;
  // Photo captions and credits, known by their markup before the extractor rewrites it.
  const captions = captionTexts(document.body as unknown as DomNode);
  // So is the standfirst under the headline, which extractors leave out.
  // Both the one its markup names under the headline and the one the page describes: those the extracted article leaves out are written.
  const deks = [markedStandfirst(document as unknown as LedeDocument, dataDeks(html)), describedStandfirst(document as unknown as LedeDocument & MetaDocument)];
  // And a box of key points above the article ("Key Points" and three statements).
  const points = keyPoints(document as unknown as LedeDocument);
  const pageParagraphs = points ? Array.from((document as unknown as LedeDocument).querySelectorAll('p, li'), (p) => squash(p.textContent)) : [];
  // (Looked for only when the page's data names no reporter; before the extractor changes the page.)
  // (And when the data's byline stops at a comma or an "and": the first of several writers; when
  // it names the site, UPROXX's "UPROXX Media"; or when the page's data disagree on the writer.)
  const parsely = parselyAuthor(document as unknown as MetaDocument);
  const disputed = !!found.byline && !!parsely && nameKey(parsely) !== nameKey(found.byline);
  const publisherByline = !!found.byline && !!found.siteName && nameKey(found.byline).startsWith(nameKey(found.siteName));
  // (Looked for on every page: the byline it prints may name another writer than its data, below.)
  const markedByline = bylineElement(document as unknown as LedeDocument);
  // (With the text of every box the page marks as a byline or an author's: BHG's names the writer the data names beside "Recipe tested by Juliana Hale".)
  const bylineBoxes = found.byline && markedByline ? Array.from((document as unknown as LedeDocument).querySelectorAll('body [class*="byline"], body [class*="author"], body [class*="attribution"]'), (el) => el.textContent ?? '').join(' ') : '';
  // A paywall that stops the article ("This post is for paid subscribers"): the page holds only its start, and a warning says so.
  // (Or one that says the rest of this very piece is cut, PAYWALL_CUT, in any short paragraph or heading it
  // opens. Not one the page hides: a sign-up dialog every page carries, "<div style="display:none"><h3>Subscribe to continue reading</h3>".)
  const shown = (el: KeyPointElement): boolean => !el.closest('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]');
  const boxes = Array.from((document as unknown as LedeDocument).querySelectorAll('[aria-label="Paywall"], div[class~="paywall"], [class*="paywall-title"]')) as unknown as KeyPointElement[];
  const lines = Array.from((document as unknown as LedeDocument).querySelectorAll('p, h2, h3')) as unknown as KeyPointElement[];
  const notice = (els: KeyPointElement[], pattern: RegExp): string | undefined =>
    els.map((el) => ({ el, text: squash(el.textContent) })).find(({ el, text }) => text.split(' ').length <= PAYWALL_MAX_WORDS && pattern.test(text) && shown(el))?.text;
  const paywall = notice(boxes, PAYWALL_NOTICE) ?? notice(lines, PAYWALL_CUT);
  if (paywall) messages.push(message(MESSAGE.droppedText, `the page holds only the start of the article: the rest is behind its paywall ("${paywall.slice(0, PAYWALL_QUOTE_CHARS)}")`));
  prepareForExtractor(document, messages);
  // The characters of the page's paragraphs, before the extractor rewrites it: what its choice is first weighed against below.
  const pageChars = tooDeep ? 0 : Array.from((document as unknown as LedeDocument).querySelectorAll('p')).reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  // The one article body the page's markup names (hAtom's .entry-content, schema.org's articleBody), before the extractor rewrites the page.
  const markedBody = tooDeep ? null : markedArticleBody(document as unknown as LedeDocument);
  try {
    parsed = tooDeep ? null : extract(document);
  } catch {
    parsed = null;
  }
  // An extractor that chose the site's advertiser disclosure (Upgraded Points' box over its
  // 3,500-word guide) reads the page again without the boxes its markup names disclosures.
  if (parsed && !tooDeep && squash(parsed.textContent ?? '').length <= DISCLOSURE_MAX_CHARS && ADVERTISER_DISCLOSURE.test(parsed.textContent ?? '')) {
    let boxes = 0;
    const again = readAgain(html, null, (document) => {
      const found = Array.from((document as { querySelectorAll(selector: string): ArrayLike<{ remove(): void }> }).querySelectorAll('[class*="isclosure"], [id*="isclosure"]'));
      for (const box of found) box.remove();
      boxes = found.length;
    });
    const second = boxes > 0 ? again : null;
    if (second && squash(second.textContent ?? '').length >= DISCLOSURE_RERUN_GAIN * squash(parsed.textContent ?? '').length) {
      parsed = second;
      messages.push(message(MESSAGE.restoredText, "the extractor chose the site's advertiser disclosure; read the page again without it"));
    }
  }
  // An extractor that cleaned most of the article away as page furniture (Reviewed's nine award
  // write-ups, each in a "c-product-widget" box, which the extractor's class weights count
  // against): the page is read again without that cleaning, and a message says so.
  // (The flags the reading kept was made with, for a later rerun of the extractor to use the same.)
  let extractorFlags: number | null = null;
  if (parsed && !tooDeep) {
    const second = lessCleaned(html, parsed, pageChars);
    if (second) {
      extractorFlags = FLAGS_WITHOUT_CLEANING;
      messages.push(message(MESSAGE.restoredText, `the extractor left out ${second.more} paragraph${second.more === 1 ? '' : 's'} of prose it took for page furniture (boxes its class names count against); read the page again with them`));
      parsed = second.parsed;
    }
  }
  // An extractor that chose other text (Syracuse.com's legal footer over its one-paragraph story)
  // gives way to that body when none of its prose is in the extracted article.
  // (Only when what it chose is the site's small print: a sidebar's or a comment's marked body is
  // no better than an extractor's good choice.)
  if (markedBody && parsed && !squash(parsed.textContent ?? '').includes(markedBody.opening) && SMALL_PRINT.test(parsed.textContent ?? '')) {
    parsed = { ...parsed, content: markedBody.html, textContent: markedBody.text };
    messages.push(message(MESSAGE.restoredText, 'the extractor chose text outside the article body the page marks; read that body instead'));
  }
  // Or one that chose a part of it: Book Riot's clubs' picks without the introduction and two
  // clubs' write-ups its articleBody holds. The body is read when it holds the extracted text and
  // MARKED_BODY_MORE paragraphs of prose the extracted text does not.
  // (Not a body that holds a box of other stories, WordPress's "#jp-relatedposts": the extractor left it out on purpose.)
  // (Its paragraphs are looked for in the extracted text one by one: up to MARKED_BODY_MAX_PARAGRAPHS of them.)
  else if (markedBody && parsed && !markedBody.related && markedBody.paragraphs.length <= MARKED_BODY_MAX_PARAGRAPHS) {
    const chosen = squash(parsed.textContent ?? '');
    const more = markedBody.paragraphs.filter((p) => !chosen.includes(p)).length;
    if (chosen.length > 0 && more >= MARKED_BODY_MORE && markedBody.text.includes(chosen.slice(0, MARKED_BODY_ANCHOR_CHARS))) {
      parsed = { ...parsed, content: markedBody.html, textContent: markedBody.text };
      messages.push(message(MESSAGE.restoredText, 'the extractor chose a part of the article body the page marks; read the whole body instead'));
    }
  }
  // (Without a separator the page left at its end: Parenting OC's "Parenting OC |".)
  const siteName = (found.siteName ?? parsed?.siteName ?? null)?.replace(/\s*[|·•–—:-]+\s*$/, '') || null;
  const meta: SourceMeta = {
    // (With no site name declared, the address's own name stands for it: "… | Backstage" on backstage.com.)
    // (In the case the page's data write it when its <h1> is set in capitals: "TIPS FOR ONLINE SUCCESS".)
    title: inWrittenCase(
      shownWithoutSection(withoutAddenda(chooseHeadline(found.title, [pageTitle || header.title, parsed?.title, ...shared], h1s, siteName ?? hostName(found.url ?? header.url), markedH1), [found.byline, parsed?.byline, ...authorNames(document as unknown as MetaDocument)]), [...h1s, ...shownHeadings]),
      [found.title, pageTitle, header.title, parsed?.title, ...shared],
      siteName ?? hostName(found.url ?? header.url),
    ),
    // (Its white space squashed: an extractor's byline keeps the markup's "by \n\t Victoria Gayton".)
    // (And "By" set apart from the name it was glued to: "ByAmy Roeder", "By" and the name in two elements.)
    // (Not the extractor's guess when it is a writer's post, not a name: Consumer Reports' "Senior
    // Autos Reporter", the Coffee Chronicler's "Licensed Q Arabica Grader, M.A. Journalism".)
    byline: squash(found.byline ?? (POST_NOT_NAME.test(squash(parsed?.byline ?? null)) ? null : parsed?.byline) ?? null).replace(/^By(?=\p{Lu}\p{Ll})/u, 'By ') || null,
    published: found.published ?? realDate(parsed?.publishedTime) ?? realDate(header.published),
    siteName,
    lang: found.lang ?? parsed?.lang ?? null,
    url: found.url ?? header.url ?? null,
    type: found.type ?? null,
    section: titleLabels(found.title)[0] ?? titleLabels(pageTitle)[0] ?? null,
  };

  const out = new TextBuilder();
  if (meta.title) out.block('heading', meta.title, 1);
  // A byline is written only when it reads as names (extractors sometimes guess a sentence).
  // "… and ERIC TUCKERAssociated Press": an extractor joins the byline's parts with no space.
  if (meta.byline) meta.byline = bylineText(meta.byline.replace(/(\b\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1 ')).trim() || null;
  // A page's data may name the system's user ("新間") where the page prints its reporters: the byline it prints is read then.
  // So is the whole list when the data's byline stops at its first name ("Mike D'Angelo," of five writers).
  const cut = !!meta.byline && /(?:,|\band)\s*$/i.test(meta.byline) && !!markedByline?.includes(meta.byline.replace(/(?:,|\band)\s*$/i, '').trim());
  // The byline the page prints settles a dispute: it names the writer the Parse.ly data names and
  // the author <meta> does not (the Daily Star's "By Helen Wood" over "Nadia Mendoza"; "By Cyrus
  // Engineer & Sophie Alexander" over "Cyrus Engineer"), or the data's author is the site.
  // (Or it names other writers than the author <meta> altogether, and no other data back the
  // <meta>: the White Coat Investor's "By Charles Patterson, WCI Columnist" under the headline, its
  // <meta> naming the editor who posted it.)
  const settles = !!markedByline && ((disputed && nameKey(markedByline).includes(nameKey(parsely!))) || publisherByline || (!!found.byline && !parsely && otherWriters(markedByline, found.byline, bylineBoxes)));
  // (And the extractor's guess gives way to it: Readability's "By Keith BarrySenior Autos Reporter" runs a post into the name.)
  if (markedByline && (!meta.byline || !found.byline || cut || settles || !isByline(/^by\s/i.test(meta.byline) ? meta.byline : `By ${meta.byline}`))) meta.byline = markedByline.replace(/(\b\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  // (Without the label a page sets before the name: "By Author: Ashley Biancuzzo", "By: Joshua Stewart".)
  // (Nor a time stamp its element ran on with, no space between: Neste's "Nick van Mead2022-11-23T08:10+02:00".)
  // (Nor a date after the name, "Dariusz Jaroń05 Nov 2025.", "EcoFlow- 2025/4/29"; a comment form's "Name *" is no byline.)
  if (meta.byline) meta.byline = authorOnly(meta.byline.replace(GLUED_STAMP, '').replace(/\s*,\s*$/, '').replace(BYLINE_LABEL, '')) || null;
  // (Nor a post with no name: Parenting OC's author <meta> "Marketing and Event Coordinator".)
  if (meta.byline && ROLE_NOT_NAME.test(meta.byline)) meta.byline = null;
  // A page whose data declare no date may print it after the writer's name ("Diana Yen | December
  // 22, 2014"), next to its headline ("… posted on Saturday, August 13th, 2011"), or in an
  // element its markup names the date, under the headline.
  if (!meta.published && (meta.byline || meta.title)) {
    // (Each element's text apart from the next one's: "By Jane Smith" and "On Jan. 6, …" are two lines.)
    const page = parseHTML(html.replace(/<\/(?:p|div|h[1-6]|li|span|a|time|section|header|td|dd|dt)>/gi, '$& ')).document as unknown as RemovableDocument & { body: unknown };
    // (What the page shows: not its scripts' and styles' text.)
    for (const el of Array.from(page.querySelectorAll('script, style, noscript, template'))) el.remove();
    const shown = squash((page.body as DomNode).textContent ?? '');
    const author = meta.byline?.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim();
    meta.published = (author ? printedDate(shown, author) : null) ?? (meta.title ? dateNearTitle(shown, meta.title) ?? classedDate(page, meta.title) : null);
  }
  const byline = meta.byline ? (/^by\s/i.test(meta.byline) ? meta.byline.replace(/^by\s+/i, 'By ') : `By ${meta.byline}`) : null;
  // The standfirst, when the extracted article does not hold it: written under the headline and
  // marked, as a Markdown page's front-matter "deck:" is.
  // (Not in the extracted article, or in one the page's own articleBody will replace below.)
  const extractedText = squash(parsed?.textContent ?? '');
  // (When the page's own articleBody will replace the extracted text, what counts is whether it holds the dek.)
  const replacing = fullerArticleBody(ldBody, extractedText);
  const kept = replacing ? squash(replacing.paragraphs.join(' ')) : extractedText;
  // (And the one its markup names when the extracted article opens with it: The Atlantic's
  // div.dek, The Root's p.blurb read as the story's first paragraph.)
  // (The extracted article's markup, parsed once for its opening here and its paragraphs below.)
  const extracted = parsed?.content ? (parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as LedeDocument) : null;
  // (Or the one the page describes, when the extracted article opens with it: IoT Insider's
  // "<p><em>Rahul Tyagi, CEO of SECQAI</em> <em>delves into …</em></p>", read as a heading.)
  const openingEl = !replacing && extracted ? openingBlock(extracted, captions) : null;
  const opening = openingEl?.text;
  // (Not a lede the description repeats, which ends as a sentence does; unless the page sets it as
  // a subheading over the story: Insurance Business's "<h3>See which insurance companies lead …</h3>".)
  // (Not a question: an FAQ's first subheading the description repeats is the FAQ's.)
  const headed = !!openingEl && /^H[2-6]$/.test((openingEl.el as unknown as { tagName: string }).tagName) && !/\?["”’]?$/.test(openingEl.text);
  const movedDek = deks.find((dek, i) => dek !== null && dek === opening && (i === 0 || !endsSentence(dek) || headed)) ?? null;
  // The extracted article's paragraphs, parsed once for the dek, the key points and the other posts below.
  const keptParagraphs = extracted ? Array.from(extracted.querySelectorAll('p'), (p) => squash(p.textContent)) : [];
  // (A dek the article repeats only as a subheading further down is still the page's dek: Future
  // Beat's "A National Security Case for Building, Not Shrinking" under its headline and over a section.)
  const onlyAsSubheading = (dek: string): boolean =>
    !replacing && dek !== opening && !keptParagraphs.some((p) => p.includes(dek)) && Array.from(extracted?.querySelectorAll('h2, h3, h4, h5, h6') ?? []).some((h) => squash(h.textContent) === dek);
  const leads = [...new Set(deks.filter((dek): dek is string => dek !== null && (!kept.includes(dek) || dek === movedDek || onlyAsSubheading(dek))))];
  // The key points the extractor left out are read as the standfirst (after the page's own, if any), and a message says so.
  // (And those it kept as the article's opening, under their label: read as the standfirst too.)
  const openingPoints = !replacing && extracted ? openingKeyPoints(extracted, points, captions) : null;
  const pointsText = openingPoints ? asSentences(points!.items) : missedKeyPoints(points, pageParagraphs, parsed?.textContent ?? '', keptParagraphs);
  if (pointsText && !openingPoints) messages.push(message(MESSAGE.restoredText, `read the page's ${points!.items.length} key points, which the extractor left out above the article, as its standfirst`));
  // Each part a sentence of its own ("Cheese deadline arrives without new deal" over "Fancy a sharp British Stilton? …").
  const parts = [...leads, ...(pointsText ? [pointsText] : [])];
  if (parts.length > 0) out.dek(parts.map((x, i) => (i < parts.length - 1 && !endsSentence(x) ? `${x}.` : x)).join(' '));
  // (A handle in lower case is a byline only as the page's author box links it to the writer's page,
  // bylineAfter's "By jsteinhardt"; not a metadata author "newsdesk".)
  if (byline && (isByline(byline) || (byline === markedByline && WRITER_HANDLE.test(byline.replace(/^By /, ''))))) out.block('paragraph', byline);
  else meta.byline = null;

  // Other stories the extractor took in with the article (an endless page's next stories, each an
  // <article> under its own headline; teasers of other pages, each an <article> with its own
  // link): the article is extracted again without them, and a message says so.
  // The page as written, parsed once for the passes below that read it (the extractor rewrote `document`).
  let pageDoc: LedeDocument | null = null;
  if (parsed?.content) {
    const again = parseHTML(html).document as unknown as LedeDocument;
    pageDoc = again;
    const kept = new Set(keptParagraphs.filter((t) => t.length >= LEDE_ANCHOR_CHARS));
    // (The first that is the article's: not an affiliate notice or other chrome above it.)
    const first = keptParagraphs.find((t) => t.length >= LEDE_ANCHOR_CHARS && !chromeReason(t));
    const taken = (el: PostElement) => Array.from(el.querySelectorAll('p')).some((p) => kept.has(squash(p.textContent)));
    // The next stories of an endless page, each under its own headline; then teasers that link away.
    const stories = !first ? [] : followingStories(again, first.slice(0, LEDE_ANCHOR_CHARS), meta.title ?? null).filter(taken);
    const posts = !first || !meta.url ? [] : otherPosts(again, meta.url, first.slice(0, LEDE_ANCHOR_CHARS), meta.title ?? null).filter((el) => taken(el) && !stories.some((s) => s === el || s.contains(el) || el.contains(s)));
    const others = [...stories, ...posts];
    if (others.length > 0) {
      // Changed below (posts removed, the extractor run on it): the later passes parse the page afresh.
      pageDoc = null;
      // A box of teasers that is itself an <article> counts as its teasers.
      const outermost = (list: PostElement[]) => list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
      const teasers = posts.filter((el) => !posts.some((o) => o !== el && el.contains(o))).length;
      const headlines = outermost(stories).map(headlineOf);
      for (const el of others) el.remove();
      let without: Parsed | null = null;
      try {
        without = extract(again, extractorFlags);
      } catch {
        without = null;
      }
      // The rerun must still hold the article's first paragraph: a page whose own <article> was
      // judged by its links (its first paragraph a <div> the extractor made a <p>) keeps the first run.
      if (without?.content && squash(without.textContent ?? '').length >= MIN_EXTRACTED_CHARS && squash(without.textContent ?? '').includes(first!.slice(0, LEDE_ANCHOR_CHARS))) {
        parsed = without;
        // Whole stories are no chrome: a warning says what the page held beside the article.
        if (headlines.length > 0) messages.push(message(MESSAGE.droppedText, headlines.length === 1 ? `left out another story the page runs after the article, under its own headline: ${quoteList(headlines)}` : `left out ${headlines.length} other stories the page runs after the article, each under its own headline: ${quoteList(headlines)}`));
        if (teasers > 0) messages.push(message(MESSAGE.droppedChrome, `left out ${teasers} other post${teasers === 1 ? '' : 's'} the page shows beside the article (each links to a page of its own)`));
      }
    }
  }

  if (parsed?.content && squash(parsed.textContent ?? '').length >= MIN_EXTRACTED_CHARS) {
    let content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
    // The extractor sometimes leaves out the lede above its choice (after an infobox, a video, a
    // share bar): prose paragraphs just before the first one it kept come back, and a message says so.
    const page = pageDoc ?? (parseHTML(html).document as unknown as LedeDocument);
    // (Without what its style sheets hide, which the extractor never saw, nor the boxes of cards for the site's pages it was not given.)
    removeStyleHidden(page as unknown as RemovableDocument);
    removeOffScreen(page as unknown as RemovableDocument);
    removeCardGrids(page as unknown as CardDocument);
    // (Without the style sheets and scripts set inside its elements: NCCIH's <h2> holds a <style>,
    // whose rules made each subheading read as one the extractor had left out.)
    for (const el of Array.from(page.querySelectorAll('style, script, template')) as unknown as Array<{ remove(): void }>) el.remove();
    const lede = missedLede(page, content as unknown as LedeDocument);
    if (lede.length > 0) {
      content = parseHTML(`<!doctype html><html><body>${lede.map((p) => p.outerHTML).join('')}${parsed.content}</body></html>`).document;
      // (Its paragraphs counted, a block of the body brought back whole among them.)
      const count = lede.reduce((n, el) => n + (/^P$/i.test((el as unknown as { tagName: string }).tagName) ? 1 : el.querySelectorAll('p').length), 0);
      messages.push(message(MESSAGE.restoredText, `brought back ${count} paragraph${count === 1 ? '' : 's'} above the extracted article that read${count === 1 ? 's' : ''} as its lede`));
    }
    // Prose paragraphs dropped between kept ones go back where they stood.
    const between = missedBetween(page, content as unknown as LedeDocument);
    const back = insertAfterKept(content as unknown as LedeDocument, between, (missed) => (missed.match(/<p[\s>]/g) ?? []).length);
    const headings = insertedHeadings(content as unknown as LedeDocument, between);
    if (back > 0 || headings > 0) {
      const what = [back > 0 ? `${back} paragraph${back === 1 ? '' : 's'}` : '', headings > 0 ? `${headings} subheading${headings === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
      messages.push(message(MESSAGE.restoredText, `brought back ${what} that the extractor left out between article paragraphs`));
    }
    // An FAQ's questions the page marks (schema.org Question) go back over their answers the extractor kept.
    const questions = missedQuestions(page, content as unknown as LedeDocument);
    if (questions > 0) messages.push(message(MESSAGE.restoredText, `brought back ${questions} question${questions === 1 ? '' : 's'} of the page's FAQ that the extractor left out over ${questions === 1 ? 'its answer' : 'their answers'}`));
    // Entries of a list the page sets alike, dropped among kept ones, go back where they stood.
    const entries = missedEntries(page, content as unknown as LedeDocument);
    const entriesBack = insertAfterKept(content as unknown as LedeDocument, entries, (missed) => (missed.match(/<h[1-6][\s>]/g) ?? []).length || 1);
    if (entriesBack > 0) messages.push(message(MESSAGE.restoredText, `brought back ${entriesBack} entr${entriesBack === 1 ? 'y' : 'ies'} (by ${entriesBack === 1 ? 'its heading' : 'their headings'}) that the extractor left out of a list whose other entries it kept`));
    // Posts embedded between kept paragraphs go back after the paragraph they followed.
    const restored = insertAfterKept(content as unknown as LedeDocument, missedEmbeds(page, content as unknown as LedeDocument), () => 1);
    if (restored > 0) messages.push(message(MESSAGE.restoredText, `brought back ${restored} embedded post${restored === 1 ? '' : 's'} (a tweet or the like) that the extractor left out between article paragraphs`));
    // The page's own data may hold the whole article where the extractor kept only part of it.
    const whole = fullerArticleBody(ldBody, squash((content.body as unknown as DomNode).textContent ?? ''));
    // Else blocks of the kept body's own kind after it go back after its last paragraph (weighed
    // after the page's own data: The New Yorker's articleBody holds its three chunks, of which
    // these blocks would give back one).
    const after = whole ? 0 : insertAfterKept(content as unknown as LedeDocument, missedAfter(page, content as unknown as LedeDocument), (missed) => (missed.match(/<p[\s>]/g) ?? []).length);
    if (after > 0) messages.push(message(MESSAGE.restoredText, `brought back ${after} paragraph${after === 1 ? '' : 's'} that follow${after === 1 ? 's' : ''} the extracted article in boxes like its own (the page splits its article over several)`));
    // Prose the page shows that none of that holds is said out loud: the extractor judged it outside the article.
    // (The page's deks, read as the standfirst, are not left out.)
    const left = whole ? [] : proseLeftOut(page, content as unknown as LedeDocument, `${deks.filter((d): d is string => d !== null).join(' ')} ${pointsText ?? ''}`);
    if (left.length > 0) {
      const opening = left[0]!.split(' ').slice(0, 8).join(' ');
      messages.push(message(MESSAGE.droppedText, `left out ${left.length === 1 ? 'a paragraph' : `${left.length} paragraphs`} of prose the page shows outside the part read as the article (a box beside it, or text the extractor missed)${left.length === 1 ? '' : ', the first'}: "${opening} …"`));
    }
    // The prose the page shows in cards or boxes outside a short extracted article, for the parse
    // to weigh against the article's words once its chrome is gone (proseOutside).
    if (!whole && squash((content.body as unknown as DomNode).textContent ?? '').split(' ').length < OUTSIDE_PROSE_CONTENT_MAX_WORDS) outsideProse = proseOutside(page, content as unknown as LedeDocument);
    if (whole) {
      for (const paragraph of whole.paragraphs) out.block('paragraph', paragraph);
      messages.push(message(MESSAGE.restoredText, `the extracted article held ${whole.kept} of the ${whole.prose} paragraphs the page's own data (JSON-LD articleBody) gives; read those instead`));
    } else {
      if (movedDek) removeOpening(content as unknown as LedeDocument, movedDek, captions);
      if (openingPoints) for (const el of openingKeyPoints(content as unknown as LedeDocument, points, captions) ?? []) el.remove();
      walk(content.body as unknown as DomNode, out, { page: false, captions });
    }
  } else {
    const page = parseHTML(html).document;
    const why = tooDeep ? `the page nests more than ${MAX_EXTRACTOR_DEPTH} levels deep` : 'the article extractor found no article';
    removeUnshown(page as unknown as RemovableDocument, []);
    showSubscriberText(page as unknown as SubscriberDocument, []);
    const bodies = markedBodies(page as unknown as MarkedDocument);
    // A page that builds its article with a script may hold it whole in the script's data (Pixable:
    // `"content":"<p>Bad news for ladies, …"`): that markup is the article.
    const scripted = bodies.length > 0 ? null : scriptArticle(input, parseHTML, meta.title ?? null);
    if (scripted) {
      walk(scripted.body as unknown as DomNode, out, { page: false, captions });
      messages.push(message(MESSAGE.extractorFallback, `${why}; read the article's text from the page's script data, which holds it as markup (the page builds its article with JavaScript)`));
    } else if (bodies.length > 0) {
      for (const body of bodies) walk(body as unknown as DomNode, out, { page: true, captions });
      messages.push(message(MESSAGE.extractorFallback, `${why}; read the ${bodies.length === 1 ? 'block' : `${bodies.length} blocks`} the page marks as the article's body (schema.org articleBody), without the rest of the page`));
    } else {
      walk(page.body as unknown as DomNode, out, { page: true });
      messages.push(message(MESSAGE.extractorFallback, `${why}; read the whole page without its navigation`));
    }
  }
  return { text: out.text, blocks: out.blocks, meta, messages, outsideProse };
}
