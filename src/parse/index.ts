import { MESSAGE, message } from '../messages.js';
import type { Article, Block, Dropped, DropReason, Heading, Message, Section, Source, SourceMeta, TextSpan } from '../types.js';
import { htmlBlocks, scriptProseWords, type OutsideProse } from './html/index.js';
import { writtenDate } from './html/metadata.js';
import type { RawBlock } from './blocks.js';
import { CITIES, COUNTRIES, REGIONS } from '../data/gazetteer.js';
import { BYLINE_PERSON } from '../data/credits.js';
import { chromeReason } from './chrome.js';
import { blockText, bylineText, findDateline, findNamedDateline, findTitle, isByline, isProse, repeatsTitle, span, WRITER_HANDLE } from './frontmatter.js';
import { articleRegion, endsArticle, isCaption, isSectionBreak, labelsOtherStories, scrapeEnd, titleAbove } from './region.js';
import { guessGenre } from './genre.js';
import { listItem } from './items.js';
import { markdownBlocks } from './markdown.js';
import { plainBlocks } from './plain.js';
import { LEGAL_BOILERPLATE, OPENING_LABEL, SITE_DISCLAIMER } from '../data/summary.js';
import { endsSentence, hasHeadingShape, normaliseLine, wordCount } from './shape.js';
import { AGENCY_CREDIT_END, CAPTION_MAX_WORDS, PHOTO_CREDIT_LINE, PHOTO_DATE, POSITION_IN_PHOTO, AUTHOR_BIO_MAX_BLOCKS, AUTHOR_BIO_MAX_WORDS, AUTHOR_BIO_VERBS, AUTHOR_TITLE_AFTER, AUTHOR_TAIL_MAX_WORDS, AUTHOR_TAIL_PATTERNS, LEGAL_NOTICE_PATTERNS, SITE_FOOTER, TRADEMARK_NOTICE, TRADEMARK_SENTENCE_BREAK, STAFF_CREDIT_CRAFT, STAFF_CREDIT_NAMES, STAFF_CREDIT_ROLE, STAFF_CREDITS_LABEL, STAFF_CREDITS_MIN, CITATION_MAX_WORDS, CITED_DATE, CITED_INTERVIEW, REFERENCE_ITEM, REFERENCE_SHARE, REPEATED_LINE_MAX_WORDS, REPEATED_LINE_MIN_COUNT, SOURCE_GAP_MAX_WORDS, SPONSOR_HEADING, SPONSOR_MAX_BLOCKS, SOURCE_LIST_MIN, TAIL_MAX_BLOCKS, WIRE_CAPTION, WIRE_CREDITS, WIRE_CREDITS_MAX_WORDS } from '../data/chrome.js';
import { TITLE_ABBREVIATION } from '../data/titles.js';

/** What a front end hands to the shared steps. */
interface FrontEnd {
  text: string;
  blocks: RawBlock[];
  meta?: SourceMeta;
  messages?: Message[];
  /** An HTML page's prose outside a short extracted article. */
  outsideProse?: OutsideProse | null;
}

/**
 * Source → Article. A front end finds blocks (plain text by layout, Markdown by its syntax); then
 * shared steps, in order: drop chrome, find the title, drop repeats of it and other repeated
 * lines, take the byline and dek, decide which short lines are headings, find the dateline, and
 * group blocks into sections.
 */
/** Drop reasons that say a block repeats another, not that it is page chrome. */
const REPEAT_REASONS: ReadonlySet<DropReason> = new Set<DropReason>(['repeated-title', 'repeated-line', 'repeated-paragraph']);
/** A dropped block of this many words that ends like a sentence reads like article text. */
const DROPPED_SENTENCE_MIN_WORDS = 6;

/**
 * A page whose article comes out this short while its scripts hold many times as much prose builds
 * its article with JavaScript (a list or gallery kept as JSON for the browser to render), which
 * newsbrief does not run: said out loud rather than briefed as if the page said nothing more.
 */
const SHORT_ARTICLE_WORDS = 120;
/** A byline that names a site's staff, not a writer: "By CH Contributor", "By Staff", "By the Editors". */
const GENERIC_BYLINE = /^by\s+(?:the\s+)?(?:[\p{Lu}\p{N}.&]+\s+)?(?:contributors?|staff(?:\s+writer)?|editors?|editorial\s+staff|team|admin|guest|newsroom|desk)\s*$/iu;

/** A writer's own line: "by" and a person's name of two to four words ("by Kelly Phillips Badal"; not "By The Numbers"). */
const PERSON_BYLINE = /^by\s+(?!(?:the|a|an|our|this)\s)\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

/** How far into the article a left-out stamp may give its date. */
const STAMP_REACH_CHARS = 400;
/** A short article (SHORT_ARTICLE_WORDS) is said out loud when its page's scripts, or its page outside it, hold this many times its words of prose… */
const SCRIPT_PROSE_SHARE = 5;
/** …and at least this many: a short story's related-story teasers are not its article. */
const SCRIPT_PROSE_MIN_WORDS = 600;

export function parse(source: Source): Article {
  const front = frontEnd(source);
  const { text } = front;
  const dropped: Dropped[] = [];
  const messages: Message[] = [...source.messages, ...(front.messages ?? [])];
  const drop = (b: { start: number; end: number }, reason: DropReason): void => {
    dropped.push({ ...span(text, b.start, b.end), reason });
  };
  // What follows the article: chrome where it reads as chrome, else outside the article.
  const dropAfter = (tail: RawBlock[]): void => {
    for (const b of tail) drop(b, chromeReason(blockText(text, b)) ?? 'outside-article');
  };

  // Pasted page text first finds its article among all its lines (section breaks included), then drops chrome.
  let blocks = front.blocks;
  let title: TextSpan | null = null;
  let head: RawBlock[] = [];
  if (source.format === 'text') {
    const region = articleRegion(text, blocks);
    if (region) {
      head = dropChrome(text, blocks.slice(0, region[0]), drop);
      const tail = blocks.slice(region[1] + 1);
      dropAfter(tail);
      // Prose after the part read as the article is said out loud: it may be the article's own end.
      // (Before the first section break or label of what follows an article: "Related stories", "Comments".)
      const broken = tail.findIndex((b) => b.kind !== 'list' && (isSectionBreak(blockText(text, b)) || endsArticle(blockText(text, b)) || labelsOtherStories(blockText(text, b))));
      const prose = (broken === -1 ? tail : tail.slice(0, broken)).filter((b) => {
        const line = blockText(text, b);
        return isProse(text, b) && wordCount(line) >= DROPPED_PROSE_MIN_WORDS && !chromeReason(line) && !/https?:\/\/|&lt;|<\w/.test(line) && !closingNote(line);
      });
      if (prose.length > 0) {
        const opening = blockText(text, prose[0]!).split(/\s+/).slice(0, DROPPED_OPENING_WORDS).join(' ');
        const what = prose.length === 1 ? 'a paragraph' : `${prose.length} paragraphs`;
        messages.push(message(MESSAGE.droppedText, `left out ${what} of prose after the part read as the article (other stories, comments, or the article's own end)${prose.length === 1 ? '' : ', the first'}: "${opening} …"; --show-dropped lists ${prose.length === 1 ? 'it' : 'them'}`, span(text, prose[0]!.start, prose[0]!.end)));
      }
      blocks = dropCaptions(text, blocks.slice(region[0], region[1] + 1), drop, true);
    }
    const t = titleAbove(text, head);
    if (t !== -1) title = span(text, head[t]!.start, head[t]!.end);
  } else if (source.format === 'markdown') {
    // A Markdown scrape ends where the pasted page's article would: at a section break after its prose.
    const end = scrapeEnd(text, blocks);
    if (end !== null) {
      dropAfter(blocks.slice(end + 1));
      blocks = blocks.slice(0, end + 1);
    }
  }
  if (source.format !== 'text') {
    blocks = dropCaptions(text, dropAfterArticle(text, blocks, drop), drop, false);
  }
  blocks = dropSourceLists(text, dropChrome(text, blocks, drop, front.meta?.url ?? source.meta.url ?? null, front.meta?.title ?? source.meta.title ?? null), drop);
  if (!title) {
    const titleIndex = findTitle(text, blocks);
    if (titleIndex !== -1) {
      const t = blocks[titleIndex]!;
      title = span(text, t.start, t.end);
      head = [...head, ...blocks.slice(0, titleIndex)];
      blocks = [...blocks.slice(0, titleIndex).filter((b) => isProse(text, b) && source.format !== 'text'), ...blocks.slice(titleIndex + 1)];
      head = head.filter((b) => !blocks.includes(b));
    }
  }
  if (!title) messages.push(message(MESSAGE.noTitle, 'no title found: no headline-shaped line before the first paragraph'));
  // Above the article: the byline stays (it is taken below), the title is the title, the rest is dropped.
  // Pasted pages often print the byline as a bullet (" * by Jane Doe"): such an item becomes the byline block.
  // (Or the writer's handle in lower case the page's markup names so: "By jsteinhardt".)
  const markedHandle = (line: string): boolean => front.meta?.byline === line.trim() && line.startsWith('By ') && WRITER_HANDLE.test(line.trim().slice(3));
  let bylineAbove = head.filter((b) => b.kind === 'paragraph' && (isByline(blockText(text, b)) || markedHandle(blockText(text, b)))).pop();
  if (!bylineAbove) {
    for (const b of head) {
      const item = b.kind === 'list' ? b.items?.find((i) => isByline(text.slice(i.bodyStart, i.end))) : undefined;
      if (item) bylineAbove = { kind: 'paragraph', start: item.bodyStart, end: item.end, level: 0, explicit: false };
    }
  }
  for (const b of head) {
    if (b === bylineAbove || (title && b.start === title.start)) continue;
    if (bylineAbove && b.kind === 'list' && b.start <= bylineAbove.start && bylineAbove.end <= b.end) {
      // The list that held the byline: drop its other items.
      for (const i of b.items ?? []) if (i.bodyStart !== bylineAbove.start) drop(i, 'metadata');
      continue;
    }
    if (title && repeatsTitle(blockText(text, b), title.text)) drop(b, 'repeated-title');
    else drop(b, b.start < (title?.start ?? Infinity) ? 'navigation' : 'outside-article');
  }
  if (bylineAbove) blocks = [bylineAbove, ...blocks];

  blocks = dropRepeats(text, blocks, title, drop, source.format === 'text');
  const author = authorName(front.meta?.byline ?? source.meta.byline);
  blocks = dropAuthorBio(text, dropAuthorTail(text, dropStaffCredits(text, dropAuthorStamp(text, blocks, author, drop), drop), drop), author, drop);
  // A heading with nothing under it ends no section of the article: the label of what was left out after it ("Something to Consider").
  while (blocks.length > 1 && blocks[blocks.length - 1]!.kind === 'heading' && blocks.some((b) => b.kind !== 'heading')) drop(blocks.pop()!, 'outside-article');

  // Byline: among the first few blocks ("By Jane Doe", or "By" on a line of its own above the name).
  let byline: TextSpan | null = null;
  let dek: TextSpan | null = null;
  const bylineIndex = blocks.slice(0, BYLINE_SEARCH_BLOCKS).findIndex(
    (b, i) => b.kind === 'paragraph' && (isByline(blockText(text, b)) || markedHandle(blockText(text, b)) || (/^by:?$/i.test(blockText(text, b).trim()) && isNameLine(text, blocks[i + 1]))),
  );
  if (bylineIndex !== -1) {
    const b = blocks[bylineIndex]!;
    const split = /^by:?$/i.test(blockText(text, b).trim());
    const last = split ? blocks[bylineIndex + 1]! : b;
    // The byline ends before any reading time or update stamp printed after the names.
    const end = last.start + bylineText(blockText(text, last)).trimEnd().length;
    byline = span(text, b.start, end);
    if (end < last.end) drop({ ...last, start: end, end: last.end }, 'metadata');
    const above = blocks.slice(0, bylineIndex);
    // What stands between the title and the byline is the dek (standfirst), then metadata.
    // (Not a photo's caption the markup marks: BSS's "… across Rajshahi’s Barind tract region. Photo : BSS".)
    if (title && above.length > 0 && above[0]!.kind === 'paragraph' && above[0]!.drop !== 'caption' && chromeReason(blockText(text, above[0]!)) !== 'caption' && (above[0]!.dek || wordCount(blockText(text, above[0]!)) <= DEK_MAX_WORDS)) {
      dek = span(text, above[0]!.start, above[0]!.end);
      above.slice(1).forEach((x) => drop(x, x.drop ?? 'metadata'));
    } else above.forEach((x) => drop(x, x.drop ?? 'metadata'));
    blocks = blocks.slice(bylineIndex + (split ? 2 : 1));
    // The byline printed again below a photo or a promo (Malay Mail's "By Yiswaree Palansamy"): the second copy is metadata too.
    // (Or with the writer's post after a comma: Nextgov's "By Chris Radich, public sector CTO …, UiPath".)
    const printed = text.slice(byline.start, byline.end).replace(/\s+/g, ' ').trim();
    // (Or set as a small heading over the text: Rick Steves' "<h6>By Rick Steves</h6>".)
    const same = (x: RawBlock): boolean => {
      if (x.kind !== 'paragraph' && x.kind !== 'heading') return false;
      const line = blockText(text, x).replace(/\s+/g, ' ').trim();
      return line === printed || (line.startsWith(`${printed},`) && isByline(line));
    };
    for (let again = blocks.slice(0, BYLINE_SEARCH_BLOCKS).findIndex(same); again !== -1; again = blocks.slice(0, BYLINE_SEARCH_BLOCKS).findIndex(same)) drop(blocks.splice(again, 1)[0]!, 'metadata');
    // A site's staff byline ("By CH Contributor") over the writer's own line at the article's top
    // ("by Kelly Phillips Badal"): the writer's is the byline, the staff one metadata.
    const own = GENERIC_BYLINE.test(byline.text) ? blocks.slice(0, BYLINE_SEARCH_BLOCKS).findIndex((x) => x.kind === 'paragraph' && PERSON_BYLINE.test(blockText(text, x).trim()) && !GENERIC_BYLINE.test(blockText(text, x))) : -1;
    if (own !== -1) {
      drop(byline, 'metadata');
      const x = blocks.splice(own, 1)[0]!;
      byline = span(text, x.start, x.start + bylineText(blockText(text, x)).trimEnd().length);
    }
  }
  // A standfirst the markup names (front matter "deck:") is the dek even with no byline below it.
  const marked = dek ? -1 : blocks.findIndex((b) => b.dek);
  if (marked !== -1) {
    dek = span(text, blocks[marked]!.start, blocks[marked]!.end);
    blocks = blocks.filter((_, i) => i !== marked);
  }

  markHeadings(text, blocks, source.format === 'html');
  // A section label in capitals left at the body's top ("SERIES" over Quanta's standfirst) heads no
  // section of the article: it is the page's metadata.
  // (Not a roundup's first section: "UKRAINE", "GAZA", "CHINA" head sections alike.)
  const labels = blocks.filter((b) => b.kind === 'heading' && TOP_LABEL.test(blockText(text, b).trim())).length;
  if (labels === 1 && blocks.length > 2 && blocks[0]!.kind === 'heading' && TOP_LABEL.test(blockText(text, blocks[0]!).trim())) drop(blocks.shift()!, 'metadata');

  // The dateline opens the body: in its first paragraph, or the one after a standfirst the page
  // did not mark ("*Chief Lynn Malerba will become …*" then "WASHINGTON – Today, …"), or on a line
  // of its own ("AUBURN, Wash. —"), which is then no heading: the meta line shows it.
  let dateline: TextSpan | null = null;
  for (const [k, b] of blocks.filter((x) => x.kind === 'paragraph' || x.kind === 'heading').slice(0, DATELINE_BLOCKS).entries()) {
    const named = byline ? null : findNamedDateline(text, b);
    const found = findDateline(text, b) ?? named?.dateline ?? null;
    if (!found) continue;
    // Past the first paragraph only a dateline that reads as one: a known place, or a place with a
    // comma or an agency ("NATO – the alliance …" opens a sentence), or a date ("MINSK 1996-08-30").
    if (k > 0 && !/[,(/]|\d{4}-\d{2}-\d{2}$/.test(found.text) && !KNOWN_PLACES.has(found.text.toLowerCase())) continue;
    const alone = /^\s*(?:--?|–|—)?\s*$/.test(text.slice(found.end, b.end));
    if (b.kind === 'heading' && !alone) continue;
    dateline = found;
    if (named && found === named.dateline) byline = named.byline;
    if (alone) blocks = blocks.filter((x) => x !== b);
    break;
  }

  const meta = { ...source.meta, ...definedOnly(front.meta ?? {}) };
  // A page that declares no date may print it in a stamp left out near the top: "Updated August 02, 2014."
  if (!meta.published) {
    const stamp = dropped.find((d) => d.reason === 'metadata' && d.start < (blocks[0]?.start ?? Infinity) + STAMP_REACH_CHARS && writtenDate(d.text) !== null);
    if (stamp) meta.published = writtenDate(stamp.text)!;
  }
  const sections = toSections(text, blocks);
  const genre = guessGenre(meta, title, sections, dek);
  // A live blog prints its pinned post again among the entries; a page may hold its article twice
  // (YouBeauty's five picks, Teen Vogue's introduction, each printed again below): the copy of a
  // paragraph is left out and reported. (Outside a live blog only a long one: a refrain may recur.)
  dropRepeatedParagraphs(text, sections, (b) => drop(b, 'repeated-paragraph'), genre === 'live-blog' ? REPEATED_LINE_MAX_WORDS : REPEATED_PARAGRAPH_MIN_WORDS, genre === 'live-blog' ? 1 : REPEATED_RUN_MIN_PARAGRAPHS);
  // A pull quote repeats words the article's paragraphs already hold: the copy is left out and reported.
  dropPullQuotes(text, sections, (b) => drop(b, 'repeated-paragraph'));
  if (!sections.some((s) => s.blocks.length > 0)) {
    messages.push(message(MESSAGE.noSentences, 'no article text found: only headings or page chrome'));
  }
  if (source.format === 'html') {
    const words = sections.reduce((n, sec) => n + sec.blocks.reduce((m, b) => m + wordCount(text.slice(b.start, b.end)), 0), 0);
    const inScripts = words > 0 && words < SHORT_ARTICLE_WORDS ? scriptProseWords(source.raw) : 0;
    if (inScripts >= Math.max(SCRIPT_PROSE_SHARE * words, SCRIPT_PROSE_MIN_WORDS)) {
      messages.push(message(MESSAGE.shortArticle, `only ${words} words of article text found, though the page's scripts hold about ${inScripts} words of text: the page may build its article with JavaScript, which newsbrief does not run (save the page as the browser shows it, or pipe its text)`));
    }
    // So does one whose page shows many times as much prose outside it, in cards or boxes (Resy's
    // guide to its Michelin winners: 99 words read, its sixty venues' write-ups left out).
    const outside = words > 0 && words < SHORT_ARTICLE_WORDS ? front.outsideProse : null;
    if (outside && outside.words >= Math.max(SCRIPT_PROSE_SHARE * words, SCRIPT_PROSE_MIN_WORDS)) {
      messages.push(message(MESSAGE.droppedText, `only ${words} words of article text found, though the page shows about ${outside.words} words of prose in ${outside.paragraphs} paragraphs outside it (in cards or boxes), the first: "${outside.first.split(' ').slice(0, 8).join(' ')} …"; the article may be longer than what was read`));
    }
  }
  if (dropped.length > 0) {
    // (A list counts its items: a box of sixteen links is sixteen lines.)
    const lines = dropped.reduce((n, d) => n + Math.max(1, d.text.split('\n').filter((l) => l.trim()).length), 0);
    messages.push(message(MESSAGE.droppedChrome, `dropped ${lines} line${lines === 1 ? '' : 's'} of page chrome`, dropped[0]));
  }
  // Text left out as a repeat, not as chrome, that reads like article text is said out loud.
  const sentences = dropped.filter((d) => REPEAT_REASONS.has(d.reason) && wordCount(d.text) >= DROPPED_SENTENCE_MIN_WORDS && endsSentence(d.text));
  if (sentences.length > 0) {
    const what = sentences.length === 1 ? `a paragraph that reads like article text` : `${sentences.length} paragraphs that read like article text`;
    messages.push(message(MESSAGE.droppedText, `left out ${what} as a repeat (${sentences[0]!.reason}); --show-dropped lists ${sentences.length === 1 ? 'it' : 'them'}`, sentences[0]));
  }
  dropped.sort((a, b) => a.start - b.start);

  return {
    text,
    format: source.format,
    origin: source.origin,
    meta,
    title,
    dek,
    byline,
    dateline,
    genre,
    sections,
    dropped,
    messages,
  };
}

function frontEnd(source: Source): FrontEnd {
  switch (source.format) {
    case 'markdown':
      return markdownBlocks(source.raw);
    case 'html':
      return htmlBlocks(source.raw);
    default:
      return { text: source.raw, blocks: plainBlocks(source.raw) };
  }
}

/** How many blocks from the top the byline is looked for in. */
const BYLINE_SEARCH_BLOCKS = 4;
/** A standfirst longer than this is the first paragraph. */
const DEK_MAX_WORDS = 60;
/** Countries, regions and cities the name lists know, lower-cased: a dateline past the first paragraph names one. */
const KNOWN_PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...REGIONS, ...CITIES].map((x) => x.toLowerCase()));
/** How many paragraphs (or one-line headings) from the top the dateline may open. */
const DATELINE_BLOCKS = 2;

/** A short line of capitalised words: a name under a lone "By". */
function isNameLine(text: string, b: RawBlock | undefined): boolean {
  if (!b || b.kind !== 'paragraph') return false;
  const line = blockText(text, b).trim();
  return wordCount(line) <= 6 && /^(?:\p{Lu}[\p{L}.'’-]*\s*(?:and|&|,)?\s*)+$/u.test(line);
}

/** Lists and tables are judged as a whole (by the region and link checks), not line by line. */
const structured = (b: RawBlock): boolean => b.kind === 'list' || b.kind === 'table' || b.kind === 'code';

/** AP's dated picture with its bare credit (AGENCY_CREDIT_END, PHOTO_DATE). */
function datedAgencyCaption(line: string): boolean {
  return AGENCY_CREDIT_END.test(line) && PHOTO_DATE.test(line) && wordCount(line) <= CAPTION_MAX_WORDS;
}

/** Drops blocks a front end marked, and chrome lines (a box's label with the list of chrome under it). */
function dropChrome(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void, url: string | null = null, declaredTitle: string | null = null): RawBlock[] {
  const kept: RawBlock[] = [];
  const roundup = roundupLists(text, blocks);
  // Linked lines over paragraphs on their subjects, two or more of them, are a roundup's
  // subheadings (SecurityWeek's "<p><a>Dataminr acquires ThreatConnect</a></p>" over "Threat
  // intelligence firm Dataminr has agreed to acquire ThreatConnect …"), not links to other
  // reading; a single one is a related story's link set between paragraphs.
  // (Or set as a list of one link: The Wood Whisperer's "<ul><li><a>Poker Chip Trays</a></li></ul>"
  // over "Originally designed by Chris Hoomani, these elegant, stackable poker chip trays …".)
  const subheadings = new Set(blocks.filter((b, k) => (b.kind === 'paragraph' || (b.kind === 'list' && b.items?.length === 1)) && b.drop === 'related-links' && linkedSubheading(text, b, nextNotChrome(blocks, k))));
  if (subheadings.size < ROUNDUP_MIN_LISTS) subheadings.clear();
  // (Then the page's other lists of one link over prose are its subheadings too, naming or not
  // what the text under them says: "In-Drawer Knife Block" over "… for storing kitchen knives".)
  // (When they are a good share of them: not one or two related links that happen to name the paragraph's subject.)
  else if ([...subheadings].some((b) => b.kind === 'list')) {
    const others = blocks.filter((b, k) => b.kind === 'list' && b.items?.length === 1 && b.drop === 'related-links' && linkedSubheading(text, b, nextNotChrome(blocks, k), false));
    if ([...subheadings].filter((b) => b.kind === 'list').length * LINKED_LISTS_SHARE >= others.length) for (const b of others) subheadings.add(b);
  }
  let pointer = false;
  // The blocks of each sponsor's section, heading and all (sponsorSections).
  const sponsored = sponsorSections(text, blocks);
  for (const [k, b] of blocks.entries()) {
    if (sponsored.has(b)) {
      drop(b, 'promo');
      continue;
    }
    // A list under a box's label for other stories ("Trending now", dropped as chrome) is that box,
    // whatever its items hold (a headline and a sentence each).
    const above = blocks[k - 1];
    if (b.kind === 'list' && !b.drop && above && (above.drop || chromeReason(blockText(text, above).trim())) && STORIES_BOX_LABEL.test(blockText(text, above).trim())) {
      drop(b, 'related-links');
      continue;
    }
    if (subheadings.has(b)) {
      const item = b.kind === 'list' ? b.items![0]! : null;
      kept.push({ ...b, ...(item ? { start: item.bodyStart, end: item.end, items: undefined, ordered: undefined } : {}), kind: 'heading', level: 2, drop: undefined });
      continue;
    }
    // The headline after a "Next article" label is the other story's: Quanta's "The Year in Physics".
    const pointed = pointer;
    pointer = NEXT_LABEL.test(blockText(text, b).trim());
    if (pointed && (b.kind === 'heading' || b.kind === 'paragraph') && hasHeadingShape(blockText(text, b))) {
      drop(b, 'related-links');
      continue;
    }
    // A list of links the article introduces ("Here is some coverage from around the web:") is
    // its text, as are a roundup's lists that hold the items its headline counts.
    const introduced = b.kind === 'list' && b.drop === 'related-links' && introducesList(text, kept[kept.length - 1]);
    if (introduced || roundup.has(b)) {
      kept.push({ ...b, drop: undefined });
      continue;
    }
    if (keepUnlessChrome(text, b, drop, url, declaredTitle)) {
      kept.push(b);
      continue;
    }
    // A box's label goes with the box of chrome under it: AP's "What to know about the 2024
    // Election" over its list of sign-ups and calls to the reader.
    const label = kept[kept.length - 1];
    // (Inside the article only: above it such a line may be the headline over a menu.)
    const inArticle = (): boolean => kept.slice(0, -1).some((x) => isProse(text, x));
    if (b.kind === 'list' && label && (label.kind === 'paragraph' || label.kind === 'heading') && !label.dek && BOX_LABEL.test(blockText(text, label).trim()) && wordCount(blockText(text, label)) <= LIST_LABEL_MAX_WORDS && inArticle()) {
      drop(kept.pop()!, 'promo');
    }
    // A heading over one link to a post of that very title is the other post's headline: SewCanShe's
    // "<h2>20 Free Sewing Patterns for DIY Car Organization …</h2>", a photo, and that link.
    else if (b.kind === 'list' && label?.kind === 'heading' && !label.dek && b.items?.length === 1 && sameWords(text.slice(b.items[0]!.bodyStart, b.items[0]!.end), blockText(text, label))) {
      drop(kept.pop()!, 'related-links');
    }
    // An appeal's heading goes with the appeal under it: Scientific American's "On supporting
    // science journalism" over "If you're enjoying this article, consider supporting …".
    else if (label?.kind === 'heading' && !label.dek && APPEAL_LABEL.test(blockText(text, label)) && wordCount(blockText(text, label)) <= LIST_LABEL_MAX_WORDS && chromeReason(blockText(text, b).trim()) === 'promo') {
      drop(kept.pop()!, 'promo');
    }
  }
  return kept;
}

/**
 * The blocks of each sponsor's section: a heading that says it is one (SPONSOR_HEADING) and the
 * blocks under it up to the next heading of its rank or higher, when that comes within
 * SPONSOR_MAX_BLOCKS blocks (Tech World With Milan's "… (Sponsored)" over three paragraphs of an
 * advertiser's copy, before the essays). A section that runs on further, or to the end, is the
 * heading alone: the page may close the sponsor's part by no heading.
 */
function sponsorSections(text: string, blocks: readonly RawBlock[]): Set<RawBlock> {
  const out = new Set<RawBlock>();
  for (const [k, b] of blocks.entries()) {
    if (b.kind !== 'heading' || b.drop || (b.level ?? 2) < 2 || !SPONSOR_HEADING.test(blockText(text, b).trim())) continue;
    out.add(b);
    const end = blocks.findIndex((x, j) => j > k && x.kind === 'heading' && !x.drop && (x.level ?? 2) <= (b.level ?? 2));
    if (end !== -1 && end - k - 1 <= SPONSOR_MAX_BLOCKS) for (const x of blocks.slice(k + 1, end)) out.add(x);
  }
  return out;
}

/** A paragraph of the article that introduces the list after it: prose that ends on a colon ("Here is some coverage from around the web:"). */
function introducesList(text: string, before: RawBlock | undefined): boolean {
  if (!before || (before.kind !== 'paragraph' && before.kind !== 'heading') || before.drop) return false;
  const line = blockText(text, before).trim();
  // (A box's label of the article's own points: FreightWaves' "Key Takeaways" over its four findings,
  // each a link to its section; not "In Brief" or "Highlights" over other stories.)
  if (KEY_TAKEAWAYS_LABEL.test(line)) return true;
  // (A subheading that introduces it as a sentence does, colon and all: Absolutely Lucy's "<h3>Check
  // out these digital nomad websites for remote working opportunities:</h3>" over nine sites.)
  if (before.kind !== 'paragraph' && !(line.endsWith(':') && (before.level ?? 0) > 1)) return false;
  // (A long sentence of prose points to other reading only by how it opens: WRAL's "… social causes
  // like these (click any cause to be taken to a related volunteer opportunity):" is the article's.)
  const pointer = wordCount(line) <= OTHER_READING_MAX_WORDS ? OTHER_READING : OTHER_READING_LABEL;
  return line.endsWith(':') && wordCount(line) >= INTRODUCTION_MIN_WORDS && !chromeReason(line) && !pointer.test(line);
}

/** The label of the article's own findings, whatever its items link to: "Key Takeaways", "Key points:". */
const KEY_TAKEAWAYS_LABEL = /^key (?:takeaways|points|findings)\s*:?$/i;

/** Words a line that introduces other reading may have, past which only its opening words can say so. */
const OTHER_READING_MAX_WORDS = 12;

/** An introduction to other reading, not to the article's own list: "Read more of our coverage …:", "More stories you may have missed:", "Find us on social media:". */
const OTHER_READING = /\b(?:read|more|other|related|previous|series|share|follow|find us|catch up|missed|recommended|also|subscribe|sign up)\b/i;

/** A roundup sorts its items under two subheadings or more. */
/** A paragraph left out after a pasted article is said out loud when it has this many words (not a copyright line or a teaser's blurb). */
const DROPPED_PROSE_MIN_WORDS = 20;
/**
 * What pages print after an article that is not its text, though it reads as prose: a writer's
 * bio ("Maria Thompson is a senior reporter at the Northfield Gazette covering transport …") or
 * the site's disclaimer ("This article is for general information purposes only …").
 */
function closingNote(paragraph: string): boolean {
  const line = paragraph.trim();
  return SITE_DISCLAIMER.test(line) || LEGAL_BOILERPLATE.test(line) || WRITER_BIO.test(line) || (WRITER_CAREER.test(line) && /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2} (?:is|was|has)\b/u.test(line));
}

/** A writer's bio: "Maria Thompson is a senior reporter at …", "Jane Doe is the Gazette's transport editor." */
const WRITER_BIO = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:is|was) (?:an?|the|our) (?:[^.]{0,60}\s)?(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|producer|author|photographer)\b/u;

/** A one-link list's word the paragraph after it must hold, when all of a short link's must: this many characters. */
const LINKED_WORD_MIN_CHARS = 4;
/** A link of up to this many words may name its subject by all its longer words, not two side by side ("Pizza Peel" over "… pizza transfer, this peel …"). */
const LINKED_SHORT_MAX_WORDS = 3;
/** One-link lists that name their paragraph's subject make the page's others subheadings when they are at least a third of them. */
const LINKED_LISTS_SHARE = 3;
/** The words of a left-out paragraph's opening a message quotes. */
const DROPPED_OPENING_WORDS = 8;
const ROUNDUP_MIN_LISTS = 2;

/** The fewest words of a paragraph that introduces a list (not a label: "Related:"). */
const INTRODUCTION_MIN_WORDS = 4;

/**
 * A roundup's lists of links to the site's own posts ("Drink Up! 15 Good Ideas for Beer and Wine":
 * seven links under "Give Me a Beer!", eight under "Pour Me a Glass of Wine"): lists of links, each
 * under a subheading of the article, whose items add up to the number the headline counts.
 */
function roundupLists(text: string, blocks: readonly RawBlock[]): Set<RawBlock> {
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const count = title ? /(?:^|[\s!?:.])(\d{1,2})\s+\p{L}/u.exec(blockText(text, title)) : null;
  if (!count) return new Set();
  const lists = blocks.filter((b, i) => b.kind === 'list' && b.drop === 'related-links' && blocks[i - 1]?.kind === 'heading' && (blocks[i - 1]!.level ?? 0) > 1 && !blocks[i - 1]!.drop && !chromeReason(blockText(text, blocks[i - 1]!)) && !OTHER_READING.test(blockText(text, blocks[i - 1]!)));
  const items = lists.reduce((n, b) => n + (b.items?.length ?? 0), 0);
  // (Two lists or more: one box of three links under a story that counts three dead is other reading.)
  return lists.length >= ROUNDUP_MIN_LISTS && items === Number(count[1]) ? new Set(lists) : new Set();
}

/** Whether two lines hold the same words, whatever their case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) !== '' && words(a) === words(b);
}

/** The longest label over a list of chrome that goes with it. */
const LIST_LABEL_MAX_WORDS = 8;
/** A box's label (not a listicle's section heading over its shop links, "Amazon Australia"): "What to know about …", "Table of Contents", "Sources:" over a list of links. */
const BOX_LABEL = /^(?:what (?:you need )?to know\b|key (?:facts|points|takeaways)\b|(?:more|related|latest) (?:on|from|about|in)\b|related (?:articles|links|stories|reading|content|posts)\b|table of contents$|in this (?:article|story)$|editor['’]s picks\b|(?:read|see) (?:more|also)\b|(?:sources|references|further reading|(?:additional |more )?resources)\s*:?$)/i;

/**
 * Whether a line of links is a subheading of the paragraph under it: heading-shaped, and a
 * capitalised word of it (a name, three letters or more, not a function word) is in that paragraph,
 * which is prose the page keeps.
 */
function linkedSubheading(text: string, b: RawBlock, next: RawBlock | undefined, named = true): boolean {
  // (Or over a list of sentences on it: Bread Dad's "<p><strong><a>Hamilton Beach Premium Dough &
  // Bread Maker Machine … (model # 29890)</a></strong></p>" over "FYI – Bread Dad owns and uses an
  // older Hamilton Beach Bread Maker …" and the machine's other points.)
  const proseItems = next?.kind === 'list' && !next.drop && (next.items ?? []).slice(0, 2).some((i) => isProse(text, { ...next, kind: 'paragraph', start: i.bodyStart, end: i.end }));
  if (!next || (!proseItems && (next.kind !== 'paragraph' || !isProse(text, next))) || next.drop) return false;
  const line = b.kind === 'list' ? text.slice(b.items![0]!.bodyStart, b.items![0]!.end).trim() : blockText(text, b).trim();
  if (!hasHeadingShape(line) || endsSentence(line) || chromeReason(line) || OTHER_READING_LABEL.test(line)) return false;
  if (!named) return true;
  const names = (line.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !/^(?:The|This|That|What|How|Why|When|Where|Who|Best|Read|More|Here|New|Top|And|For|From|With)$/.test(w));
  const following = blockText(text, next);
  // (A list's one link names a thing the text after it writes in lower case: "stackable poker chip
  // trays"; two of its words side by side, or all of a short one's, as a related story's link
  // shares a word with any paragraph on its subject: "Council Tax Bills Set To Climb Again" over
  // "… the city council …".)
  if (b.kind === 'list') {
    const words = line.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
    const lower = following.toLowerCase();
    const pairs = words.slice(1).some((w, i) => lower.includes(`${words[i]} ${w}`));
    const long = words.filter((w) => w.length >= LINKED_WORD_MIN_CHARS);
    return pairs || (words.length <= LINKED_SHORT_MAX_WORDS && long.length > 0 && long.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(lower)));
  }
  // (The words hold letters, apostrophes and hyphens only: nothing to escape.)
  return names.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(following));
}

/** The first block after block `k` that is not page chrome. */
function nextNotChrome(blocks: RawBlock[], k: number): RawBlock | undefined {
  for (let i = k + 1; i < blocks.length; i++) if (blocks[i]!.drop !== 'chrome') return blocks[i];
  return undefined;
}

/** A box's label over other stories: "Trending now", "Most read", "You may also like". */
const STORIES_BOX_LABEL = /^(?:trending|popular|most (?:read|popular|viewed|shared)|related|recommended|more (?:stories|from|on)|latest|top stories|you (?:may|might) also like|read next|editor['’]?s picks|don['’]t miss)\b/i;

/** A label that points to other reading: "Related: …", "Read more: …", "Watch: …". */
const OTHER_READING_LABEL = /^(?:related|read|see|watch|listen|more|also|recommended|previously|opinion|analysis|for more|learn more|you (?:might|may) also)\b/i;

/** A pointer to the site's next or previous story: "Next article", "Previous post" (not a sports page's "UP NEXT"). */
const NEXT_LABEL = /^(?:up next|next|previous|prev) (?:article|story|post|read):?$/i;

/** A section's label in capitals, one or two words: "SERIES", "WORLD NEWS". */
const TOP_LABEL = /^\p{Lu}{3,}(?: \p{Lu}{2,})?$/u;

/** A heading over a newsroom's appeal: "On supporting science journalism", "Support local journalism", "A message from our editor". */
const APPEAL_LABEL = /\b(?:support(?:ing)?|journalism|donat\w*|subscri\w*|newsletters?|membership|a message from)\b/i;

/** A level-1 heading that is a number alone: a project's "001", or a counter (kept only when the page's data name it the title). */
const NUMBER_HEADLINE = /^\d{1,4}$/;

/** A level-1 heading of this many words that opens like "Recommended:" is the article's headline. */
const HEADLINE_POINTER_MIN_WORDS = 5;

/** Whether a block stays; one that is chrome is dropped with its reason. */
function keepUnlessChrome(text: string, b: RawBlock, drop: (b: RawBlock, reason: DropReason) => void, url: string | null, declaredTitle: string | null = null): boolean {
  if (b.drop) {
    drop(b, b.drop);
    return false;
  }
  // Code is the article's, whatever its lines look like ("}", "Share(item)").
  if (b.kind === 'code') return true;
  // A wire photo's caption, or a gallery of them: the article's pictures, not its text.
  const lines = b.kind === 'list' ? (b.items ?? []).map((i) => text.slice(i.bodyStart, i.end)) : b.kind === 'table' ? [] : [blockText(text, b)];
  if (lines.length > 0 && lines.every((l) => WIRE_CAPTION.test(l.trim()) || datedAgencyCaption(l.trim()))) {
    drop(b, 'caption');
    return false;
  }
  // A list of footnotes or references ("1. ^ ISO 15919: …", "- Burleson, D. (2005). "India". …")
  // is the page's apparatus, not its text.
  if (b.kind === 'list' && lines.length > 0 && lines.filter((l) => REFERENCE_ITEM.test(l.trim())).length >= REFERENCE_SHARE * lines.length) {
    drop(b, 'outside-article');
    return false;
  }
  // A list whose every item is chrome ("- Sign In", "- Photo: Hau Dinh, AP") is chrome; other
  // lists and tables are judged as a whole (by the region and link checks).
  if (b.kind === 'list' && lines.length > 0) {
    const reasons = lines.map((l) => chromeReason(l));
    if (reasons.every((r) => r !== null)) drop(b, reasons[0]!);
    return reasons.some((r) => r === null);
  }
  if (structured(b)) return true;
  const line = blockText(text, b);
  // The page's own address printed as a line (a share box's "copy link" text).
  const found = chromeReason(line) ?? (url && sameAddress(line, url) ? 'chrome' : null);
  // (Not a headline that opens like a pointer to other reading: "Recommended: 10 Noteworthy Substacks on Data & AI".)
  // (Nor a headline that is a number, when the page's data give the same: an essay on a project
  // called "001"; not a year over the real headline, nor an error page's "404".)
  const numbered = b.kind === 'heading' && b.level === 1 && NUMBER_HEADLINE.test(line.trim()) && declaredTitle?.trim() === line.trim();
  const reason = (found === 'related-links' && b.kind === 'heading' && b.level === 1 && wordCount(line) >= HEADLINE_POINTER_MIN_WORDS) || numbered ? null : found;
  if (reason) drop(b, reason);
  return !reason;
}

/** A word whose full stop ends no sentence: an initial, a month's or a title's abbreviation ("U.S.", "Dec.", "Dr."). */
const abbreviated = (w: string): boolean => /^(?:(?:\p{Lu}\.)*\p{Lu}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|St|Inc|Co|No|Vol)\.$/u.test(w) || TITLE_ABBREVIATION.test(w);

/** One entry of a list of sources: short, no sentence inside it, and a cited date or an interview's opening. */
function citationLine(line: string): boolean {
  const t = line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
  const words = t.split(/\s+/);
  const sentenceInside = words.some((w, i) => i < words.length - 1 && endsSentence(w) && !abbreviated(w) && /^\p{Lu}/u.test(words[i + 1]!));
  return wordCount(t) <= CITATION_MAX_WORDS && !sentenceInside && (CITED_DATE.test(t) || CITED_INTERVIEW.test(t));
}

/**
 * A fact-check's or a report's list of its sources ("Interview with Kyle Kondik, … Dec. 14, 2023",
 * "U.S. Food and Drug Administration, Thimerosal and Vaccines, Feb. 1, 2018"), printed as
 * paragraphs after the article, is its apparatus, not its text: a run of at least four such lines
 * (an entry without a date between two with one, "Robert F. Kennedy Jr.'s Instagram account",
 * goes with them) is left out and reported as outside the article.
 */
function dropSourceLists(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  const lines = blocks.map((b) => (b.kind === 'paragraph' ? blockText(text, b) : null));
  const cited = lines.map((l) => l !== null && citationLine(l));
  const gap = (k: number): boolean => lines[k] !== null && !cited[k] && cited[k - 1] === true && cited[k + 1] === true && wordCount(lines[k]!) <= SOURCE_GAP_MAX_WORDS && !endsSentence(lines[k]!);
  const inList = cited.map((c, k) => c || gap(k));
  const out = new Set<number>();
  for (let k = 0; k < blocks.length; ) {
    if (!inList[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < blocks.length && inList[end + 1]) end++;
    if (cited.slice(k, end + 1).filter(Boolean).length >= SOURCE_LIST_MIN) for (let i = k; i <= end; i++) out.add(i);
    k = end + 1;
  }
  if (out.size === 0) return blocks;
  return blocks.filter((b, k) => {
    if (out.has(k)) drop(b, 'outside-article');
    return !out.has(k);
  });
}

/** Whether a line is just this address (any scheme, "www.", trailing slash or query aside). */
function sameAddress(line: string, url: string): boolean {
  const bare = (u: string): string => u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return !/\s/.test(line.trim()) && bare(line) === bare(url) && bare(url) !== '';
}

function definedOnly(meta: SourceMeta): SourceMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined && v !== '')) as SourceMeta;
}

/**
 * A page's markup may hold what follows its article in the same container: a heading "You may
 * also like" over teasers, "Comments" over comments (pasted text has its own finder, region.ts).
 * From such a line on, after some prose, the rest is left out and reported as outside the article,
 * unless it labels a box of other stories set inside the story (`articleResumes`).
 */
function dropAfterArticle(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  let prose = false;
  const kept: RawBlock[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (prose && (b.kind === 'heading' || b.kind === 'paragraph') && endsArticle(blockText(text, b), false)) {
      const resumes = labelsOtherStories(blockText(text, b)) ? articleResumes(text, blocks, k + 1) : -1;
      if (resumes === -1) {
        for (const x of blocks.slice(k)) drop(x, 'outside-article');
        return kept;
      }
      for (const x of blocks.slice(k, resumes)) drop(x, 'related-links');
      k = resumes - 1;
      continue;
    }
    // A filing label alone ("Filed under:", "Tags:") over the post's tags, one to a line, to the end
    // of the page's text (Vanity Fair's "gwyneth paltrow", "brad pitt", …).
    if (prose && b.kind === 'paragraph' && FILING_LABEL.test(blockText(text, b)) && blocks.slice(k + 1).every((x) => x.kind !== 'heading' && wordCount(blockText(text, x)) <= TAG_MAX_WORDS && !isProse(text, x))) {
      for (const x of blocks.slice(k)) drop(x, 'chrome');
      return kept;
    }
    if (isProse(text, b)) prose = true;
    kept.push(b);
  }
  return kept;
}

/** A post's filing label standing alone, its tags on the lines after it. */
const FILING_LABEL = /^(?:filed under|tags?|tagged|topics|categories|posted in)\s*:$/i;
/** The most words a tag has. */
const TAG_MAX_WORDS = 5;

/** Paragraphs of prose in a row, and words in them, that make the article go on after a box of other stories. */
const RESUMED_MIN_PARAGRAPHS = 2;
const RESUMED_MIN_WORDS = 50;
/** A story card in such a box: a headline or a short line, no paragraph of prose. */
const CARD_MAX_WORDS = 20;

/**
 * Where the article goes on after a box of other stories set inside it ("You might like" and its
 * cards, between two paragraphs of the story), or -1 when the label ends the article. It goes on
 * when the cards (headlines, short lines, lists) are followed by paragraphs of prose in a row (a
 * chrome line such as "Advertisement" between them is no break): a box of teasers after the article
 * alternates headlines and one-line blurbs instead.
 */
function articleResumes(text: string, blocks: RawBlock[], from: number): number {
  let k = from;
  while (k < blocks.length && !isProse(text, blocks[k]!) && (blocks[k]!.kind === 'heading' || blocks[k]!.kind === 'list' || wordCount(blockText(text, blocks[k]!)) <= CARD_MAX_WORDS)) k++;
  if (k >= blocks.length) return -1;
  let paragraphs = 0;
  let words = 0;
  for (let j = k; j < blocks.length; j++) {
    const line = blockText(text, blocks[j]!);
    if (isProse(text, blocks[j]!)) {
      paragraphs++;
      words += wordCount(line);
      if (paragraphs >= RESUMED_MIN_PARAGRAPHS && words >= RESUMED_MIN_WORDS) return k;
    } else if (!chromeReason(line)) break;
  }
  return -1;
}

/**
 * Drops, among the article's first blocks, the author's name run together with the date
 * ("Doric SamDecember 20, 2023": Bleacher Report's name and date spans, no space between): page
 * furniture the metadata already holds.
 */
function dropAuthorStamp(text: string, blocks: RawBlock[], author: string | null, drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  if (!author) return blocks;
  const stamp = (b: RawBlock): boolean => {
    if (b.kind !== 'paragraph') return false;
    const line = blockText(text, b).trim();
    if (!line.toLowerCase().startsWith(author.toLowerCase())) return false;
    const rest = line.slice(author.length).replace(/^[\s,|·•–—-]+/u, '');
    return rest !== '' && chromeReason(rest) === 'metadata';
  };
  const head = new Set(blocks.slice(0, BYLINE_SEARCH_BLOCKS + 1).filter(stamp));
  for (const b of head) drop(b, 'metadata');
  return head.size === 0 ? blocks : blocks.filter((b) => !head.has(b));
}

/** A writer's career in a bio: "covering tech for the past 5 years", "has written for", "writes about". */
const WRITER_CAREER = /\b(?:covering|covers|covered|writes about|has written for|written for|writing about|reporting on|years of experience)\b/i;

/** The one person a page's metadata names as its author ("By Meredith Dietz" → "Meredith Dietz"), else null. */
function authorName(byline: string | null | undefined): string | null {
  const name = (byline ?? '').replace(/^by:?\s+/i, '').trim();
  return BYLINE_PERSON.test(name) ? name : null;
}

/**
 * Drops the author's bio box that closes a page (AUTHOR_BIO_VERBS): the metadata names the
 * author, and near the end a line gives the name alone, or opens on it and a verb, after the
 * article's prose. Further up, the author's one-sentence bio before the site's next stories
 * ends the article (the second loop).
 */
function dropAuthorBio(text: string, blocks: RawBlock[], author: string | null, drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  if (!author) return blocks;
  const opens = (line: string): boolean => {
    if (!line.startsWith(author)) return false;
    // (Past the title the bio sets after the name: "Amanda Furrer, Editor, Running Reviews, studied journalism at NYU …".)
    const rest = line.slice(author.length).replace(AUTHOR_TITLE_AFTER, ' ');
    const verb = /^\s+(\p{L}+)/u.exec(rest)?.[1];
    return rest === '' || (verb !== undefined && AUTHOR_BIO_VERBS.has(verb));
  };
  const words = (from: number, to: number): number => blocks.slice(from, to).reduce((n, b) => n + wordCount(blockText(text, b)), 0);
  // "Anurag is an experienced journalist and author who’s been covering tech …" before the article:
  // the author's box the page sets under the byline, the author named as the bio names them.
  const first = blocks.findIndex((b) => b.kind !== 'heading' && !isByline(blockText(text, b)));
  const given = author.split(/\s+/)[0]!;
  const opening = first === -1 ? '' : blockText(text, blocks[first]!).trim();
  // (By the given name alone only with a writer's career in it, "covering tech", "has written for":
  // "Tom was the editor of the Millbrook Gazette for 31 years" opens an obituary.)
  const named = opening.startsWith(`${author} `) || (opening.startsWith(`${given} `) && WRITER_CAREER.test(opening));
  if (opening && named && AUTHOR_TAIL_PATTERNS[0]!.test(opening) && wordCount(opening) <= AUTHOR_BIO_MAX_WORDS && blocks.slice(first + 1).some((b) => isProse(text, b))) {
    drop(blocks[first]!, 'metadata');
    blocks = blocks.filter((_, i) => i !== first);
  }
  for (let k = Math.max(1, blocks.length - AUTHOR_BIO_MAX_BLOCKS); k < blocks.length; k++) {
    if (!opens(blockText(text, blocks[k]!).trim())) continue;
    const tail = blocks.slice(k);
    if (words(k, blocks.length) > AUTHOR_BIO_MAX_WORDS || !blocks.slice(0, k).some((b) => isProse(text, b))) break;
    for (const b of tail) drop(b, 'metadata');
    return blocks.slice(0, k);
  }
  // "Tomas Franzese is a Staff Writer at Digital Trends, where …" with the page's next stories
  // after it, each under its headline: the author's bio in a sentence of its own, in the present
  // tense, after most of the page's words and before a headline, ends the article however much
  // follows. ("Jane Roe was a reporter at the Daily Star when …", or a bio with the story going on
  // under it, is article text.)
  for (let k = blocks.length - 2; k > 0; k--) {
    const line = blockText(text, blocks[k]!).trim();
    if (!line.startsWith(author) || !/^\s+is\s/.test(line.slice(author.length)) || !AUTHOR_TAIL_PATTERNS[0]!.test(line) || wordCount(line) > AUTHOR_TAIL_MAX_WORDS) continue;
    const next = blocks[k + 1]!;
    const headline = next.kind === 'heading' || (next.kind === 'paragraph' && !endsSentence(blockText(text, next)));
    if (!headline || words(0, k) <= words(k + 1, blocks.length) || !blocks.slice(0, k).some((b) => isProse(text, b))) return blocks;
    drop(blocks[k]!, 'metadata');
    for (const b of blocks.slice(k + 1)) drop(b, 'outside-article');
    return blocks.slice(0, k);
  }
  return blocks;
}

/** A magazine's production credit, "Art & Design Director: Emily Zirimis": its role, or null (STAFF_CREDIT_ROLE, STAFF_CREDIT_NAMES). */
function staffCreditRole(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const role = line.slice(0, colon).trim();
  return STAFF_CREDIT_ROLE.test(role) && STAFF_CREDIT_NAMES.test(line.slice(colon + 1).trim()) ? role : null;
}

/**
 * Drops the production credits that close a cover story, with their labels ("Video Credits"):
 * at least STAFF_CREDITS_MIN lines that credit someone, under a credits label or each naming a
 * craft (STAFF_CREDIT_CRAFT).
 */
function dropStaffCredits(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  let end = blocks.length;
  let credits = 0;
  let crafts = 0;
  let labelled = false;
  while (end > 1) {
    const b = blocks[end - 1]!;
    const line = blockText(text, b).trim();
    const role = b.kind === 'paragraph' ? staffCreditRole(line) : null;
    if (role !== null) {
      credits++;
      if (STAFF_CREDIT_CRAFT.test(role)) crafts++;
    } else if ((b.kind === 'heading' || b.kind === 'paragraph') && STAFF_CREDITS_LABEL.test(line)) labelled = true;
    else break;
    end--;
  }
  if (credits < STAFF_CREDITS_MIN || (!labelled && crafts < credits) || !blocks.slice(0, end).some((b) => isProse(text, b))) return blocks;
  for (const b of blocks.slice(end)) drop(b, 'metadata');
  return blocks.slice(0, end);
}

/** The longest paragraph of trademark notices read as an error page's footer. */
const TRADEMARK_PARAGRAPH_MAX_CHARS = 600;

/** Drops the run of author bio and credit lines that closes an article ("Phil Helsel is a reporter for NBC News."). */
function dropAuthorTail(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void): RawBlock[] {
  // A page with no article but the site's footer (and the byline): the footer is no article.
  // (Or trademark notices only, each sentence one: not "Kleenex is a registered trademark of Kimberly-Clark. The company said Tuesday …".)
  const isFooter = (line: string) => SITE_FOOTER.test(line) || (line.length <= TRADEMARK_PARAGRAPH_MAX_CHARS && line.split(TRADEMARK_SENTENCE_BREAK).every((sentence) => TRADEMARK_NOTICE.test(sentence)));
  const footers = blocks.filter((b) => isFooter(blockText(text, b).trim()));
  if (footers.length > 0 && blocks.every((b) => footers.includes(b) || (b.kind === 'paragraph' && isByline(blockText(text, b))))) {
    for (const b of footers) drop(b, 'metadata');
    return blocks.filter((b) => !footers.includes(b));
  }
  let end = blocks.length;
  while (end > 0 && blocks.length - end < TAIL_MAX_BLOCKS) {
    const b = blocks[end - 1]!;
    const line = blockText(text, b).trim();
    // A name on a line of its own just above the bio ("Phil Helsel" / "Phil Helsel is a reporter …") goes with it.
    const nameAbove = end < blocks.length && b.kind === 'paragraph' && wordCount(line) <= 4 && /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(line);
    // A heading over the tail ("Something to Consider" over a membership plug) goes with it.
    const headingAbove = end < blocks.length && b.kind === 'heading';
    if (headingAbove) {
      end--;
      continue;
    }
    const notice = LEGAL_NOTICE_PATTERNS.some((p) => p.test(line));
    const credits = WIRE_CREDITS.test(line) && wordCount(line) <= WIRE_CREDITS_MAX_WORDS;
    if (b.kind !== 'paragraph' || (!nameAbove && !notice && !credits && (wordCount(line) > AUTHOR_TAIL_MAX_WORDS || !AUTHOR_TAIL_PATTERNS.some((p) => p.test(line))))) break;
    end--;
  }
  // Nothing but the tail would be left: it is the article.
  if (end === 0) return blocks;
  for (const b of blocks.slice(end)) drop(b, 'metadata');
  return blocks.slice(0, end);
}

/** The longest caption read so over its credit line. */
const CREDITED_CAPTION_MAX_WORDS = 80;

/**
 * Leaves out caption-shaped lines (photo captions, gallery counters, credits): in pasted text any
 * block but a list or table; in a marked-up page, whose markup marks its own captions, only a
 * paragraph that is no sentence ("Sir Tony Blair (left) being interviewed by Dylan Jones"), or one
 * over its credit line that says where people stand in the photo.
 */
function dropCaptions(text: string, blocks: RawBlock[], drop: (b: RawBlock, reason: DropReason) => void, pasted: boolean): RawBlock[] {
  return blocks.filter((b, i) => {
    const line = blockText(text, b);
    // A caption that ends like a sentence, over its credit line ("…, second left, … take part in
    // the opening ceremony … yesterday." then "Photo: AFP"), as the Taipei Times sets them.
    const credited = !pasted && (b.kind === 'paragraph' || b.kind === 'heading') && blocks[i + 1]?.kind === 'paragraph' && PHOTO_CREDIT_LINE.test(blockText(text, blocks[i + 1]!).trim()) && POSITION_IN_PHOTO.test(line) && wordCount(line) <= CREDITED_CAPTION_MAX_WORDS;
    if (credited) {
      drop(b, 'caption');
      return false;
    }
    const candidate = pasted ? !structured(b) : b.kind === 'paragraph' && !endsSentence(line);
    if (!candidate || !isCaption(line)) return true;
    drop(b, 'caption');
    return false;
  });
}

/**
 * Leaves out the second copy of a paragraph (more than `shortest` words) printed word for word
 * again further down the page; the first stays where it stands. With `run` over 1, only copies
 * that come `run` or more in a row, in the order of their first prints.
 */
function dropRepeatedParagraphs(text: string, sections: Section[], drop: (b: Block) => void, shortest: number, run = 1): void {
  const blocks = sections.flatMap((s) => s.blocks);
  const keys = blocks.map((b) => {
    const line = text.slice(b.start, b.end);
    // (Outside a live blog only prose: a meal plan's "Slow Cooker Beef Chili, …" recurs day after day.)
    // (Nor a field of data: "Portion Fix Containers: 1 Green, 1 Red, …".)
    return (b.kind === 'paragraph' || b.kind === 'quote') && wordCount(line) > shortest && (run === 1 || (/[.!?]["”’)]?\s*$/.test(line) && !/^[^:.!?]{1,40}:\s/.test(line))) ? normaliseLine(line) : null;
  });
  // The block each paragraph copies (its first print), or -1 for a first print.
  const first = new Map<string, number>();
  const original = keys.map((k, i) => {
    if (k === null) return -1;
    if (first.has(k)) return first.get(k)!;
    first.set(k, i);
    return -1;
  });
  const copy = original.map((o) => o !== -1);
  // Runs are counted over the paragraphs that could be copies (short lines between them do not break a run).
  const candidates = blocks.map((_, i) => i).filter((i) => keys[i] !== null);
  const gone = new Set<Block>();
  for (let i = 0; i < candidates.length; ) {
    let j = i;
    // (In the order the first prints stand: a page printed twice, not a quotation the article repeats.)
    while (j < candidates.length && copy[candidates[j]!] && (j === i || original[candidates[j]!]! > original[candidates[j - 1]!]!)) j++;
    if (j - i >= run) for (let k = i; k < j; k++) gone.add(blocks[candidates[k]!]!);
    i = j === i ? i + 1 : j;
  }
  for (const section of sections) {
    section.blocks = section.blocks.filter((b) => {
      if (!gone.has(b)) return true;
      drop(b);
      return false;
    });
  }
}

/**
 * Outside a live blog, paragraphs printed again are a copy of the article when they have more
 * words than this, and this many or more come again in a row (a single paragraph may be repeated
 * on purpose, and the extraction benchmark's bodies keep such repeats).
 */
const REPEATED_PARAGRAPH_MIN_WORDS = 12;
const REPEATED_RUN_MIN_PARAGRAPHS = 2;

/** A pull quote has at least this many words (a short quoted phrase may well recur). */
const PULL_QUOTE_MIN_WORDS = 6;

/**
 * Pull quotes: a quotation block standing alone (The Intercept's `blockquote.Pullquote`) whose
 * words a paragraph of the article holds in the same order. The paragraph is the article's; the block a display copy.
 */
function dropPullQuotes(text: string, sections: Section[], drop: (b: Block) => void): void {
  const paragraphs = sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').map((b) => ` ${normaliseLine(text.slice(b.start, b.end))} `);
  if (paragraphs.length === 0) return;
  for (const section of sections) {
    const all = section.blocks;
    section.blocks = all.filter((b, i) => {
      // (A pull quote stands alone: a line of an embedded post or a quoted letter, among quotation blocks, is part of it.)
      if (b.kind !== 'quote' || all[i - 1]?.kind === 'quote' || all[i + 1]?.kind === 'quote') return true;
      const key = normaliseLine(text.slice(b.start, b.end));
      if (key.split(' ').length < PULL_QUOTE_MIN_WORDS || !paragraphs.some((p) => p.includes(` ${key} `))) return true;
      drop(b);
      return false;
    });
  }
}

/** A short line repeated this many times in a row is furniture in any format. */
const REPEATED_RUN_MIN = 3;
/** How many prose paragraphs before it make a subheading that repeats the title one of the article's own. */
const REPEATED_TITLE_HEADS_AFTER = 2;

/** Drops lines that repeat the title, and short lines that occur more than once in pasted text or in a run anywhere (page furniture). */
function dropRepeats(
  text: string,
  blocks: RawBlock[],
  title: TextSpan | null,
  drop: (b: RawBlock, reason: DropReason) => void,
  repeatedLines: boolean,
): RawBlock[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (structured(b)) continue;
    const key = normaliseLine(blockText(text, b));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // In any format, a run of the same short line over and over is a gallery's or a widget's furniture
  // (CNN's slide titles: "Weather threatens holiday plans" fourteen times in a row).
  const keys = blocks.map((b) => (structured(b) ? null : normaliseLine(blockText(text, b))));
  // The length of the run of equal lines each block stands in, in one pass each way.
  const runs = new Array<number>(keys.length).fill(1);
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) runs[i] = runs[i - 1]! + 1;
  for (let i = keys.length - 2; i >= 0; i--) if (keys[i] === keys[i + 1]) runs[i] = runs[i + 1]!;
  const inRun = (i: number): boolean => runs[i]! >= REPEATED_RUN_MIN;
  // Prose paragraphs before each block: a subheading that repeats the title after the article's
  // opening heads a part of it (Kaspersky's "Cybersecurity tips for small businesses" over its
  // fifteen tips, under the title "Cybersecurity Tips for Small Businesses").
  let prose = 0;
  return blocks.filter((b, i) => {
    if (isProse(text, b)) prose++;
    if (structured(b)) return true;
    const line = blockText(text, b);
    if (title && repeatsTitle(line, title.text) && !(b.kind === 'heading' && prose >= REPEATED_TITLE_HEADS_AFTER && i < blocks.length - 1)) {
      drop(b, 'repeated-title');
      return false;
    }
    const key = normaliseLine(line);
    if ((repeatedLines ? (counts.get(key) ?? 0) >= REPEATED_LINE_MIN_COUNT : inRun(i)) && wordCount(line) <= REPEATED_LINE_MAX_WORDS) {
      drop(b, 'repeated-line');
      return false;
    }
    return true;
  });
}

/**
 * A short, headline-shaped paragraph that stands alone and is followed by body text is a section
 * heading. Runs of such lines (menus, tag lists) are not headings.
 */
function markHeadings(text: string, blocks: RawBlock[], html = false): void {
  // (In HTML a question in a paragraph of plain text is a question the writer asks, no subheading:
  // "What did Suh say after the play?"; set in bold it is one: "Will winds whip parade balloons?")
  // (Nor one that exclaims in a sentence's case, emoji after it or not: "With that…happy building in
  // 2026! 🚀"; a headline in title case does, E!'s "Kourtney Kardashian Reveals First Photos of Baby Rocky!".)
  const asked = (b: RawBlock): boolean => {
    if (!html || !b.explicit || b.bold) return false;
    const line = blockText(text, b);
    if (/\?["”’)]?\s*$/.test(line)) return true;
    if (!/!["”’)]?(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D])*\s*$/u.test(line)) return false;
    const long = line.match(/\p{L}{4,}/gu) ?? [];
    return long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < long.length;
  };
  const shaped = blocks.map((b) => b.kind === 'heading' || (b.kind === 'paragraph' && headingCandidate(blockText(text, b)) && !asked(b)));
  // (A heading's subtitle stays a paragraph under it.)
  const subtitles = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || !shaped[i] || subtitles.has(i)) return;
    const next = blocks[i + 1];
    const previousShaped = i > 0 && shaped[i - 1] && blocks[i - 1]!.kind === 'paragraph';
    // (In HTML, a line in bold over another in bold and then the text is a heading and its
    // subtitle: The Globe and Mail's "<p><strong>Eric Lascelles</strong></p><p><strong>Chief
    // economist, RBC Global Asset Management – Toronto</strong></p>" over each economist's view.)
    // (Not right under a heading: ESPN's "Record: 40-0, 31 KOs" and the next field in bold are the item's data.)
    const subtitled = html && !!b.bold && blocks[i - 1]?.kind !== 'heading' && next?.kind === 'paragraph' && !!next.bold && shaped[i + 1] && blocks[i + 2] !== undefined && !shaped[i + 2];
    // (A labelled field among others is an item's data, not a heading: EcoCult's "Price Range: $11-$88"
    // between "What we like: …" and "Available in: Most countries.")
    // (Not an interview's "Q: What surprised you?" over "A: …": a question heads its answer.)
    const field = (x: RawBlock | undefined): boolean => x?.kind === 'paragraph' && OPENING_LABEL.test(blockText(text, x)) && /^\p{L}{3}/u.test(blockText(text, x)) && !/\?["”’)]?\s*$/u.test(blockText(text, x));
    // (Nor one right under a heading: iRunFar's "Actual Weight (U.S. men’s 9): 10.7 ounces | Drop: 6 millimeters" under each shoe's.)
    if (html && field(b) && (field(next) || field(blocks[i - 1]) || blocks[i - 1]?.kind === 'heading')) return;
    // (Nor the name under a letter's closing words near the end: "To your, Badassery," over "Marie"
    // signs the post; not "Her deputy, Carl Benson," over "Will Serve Until Election".)
    const above = blocks[i - 1];
    if (above?.kind === 'paragraph' && /,\s*$/.test(blockText(text, above)) && wordCount(blockText(text, above)) <= VALEDICTION_MAX_WORDS && wordCount(blockText(text, b)) <= SIGNATURE_MAX_WORDS && blocks.length - i <= SIGNATURE_FROM_END) return;
    if (next && (!shaped[i + 1] || subtitled) && !previousShaped) {
      b.kind = 'heading';
      b.level = 2;
      if (subtitled) subtitles.add(i + 1);
    }
  });
}

/** The most words of a letter's closing line, which ends on a comma ("Best wishes,", "To your, Badassery,"). */
const VALEDICTION_MAX_WORDS = 5;
/** The most words of the signature under it, and how near the end of the text it stands (a PS, a plug or two may follow). */
const SIGNATURE_MAX_WORDS = 3;
const SIGNATURE_FROM_END = 5;

function headingCandidate(line: string): boolean {
  return hasHeadingShape(line) && !/^["'“‘]/u.test(line.trim()) && !REPORTED_SPEECH.test(line);
}

/** A line that reports a quotation in lower-case prose ("In her only response, Al-Ibrahim said, "I'm not even in moving anymore""), which a headline would write "Says". */
const REPORTED_SPEECH = /\b(?:said|says|told|asked|added|wrote|replied)\b[^"“”]{0,40},\s*["“]/u;

function toSections(text: string, blocks: RawBlock[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const heading: Heading = { ...span(text, b.start, b.end), level: Math.max(2, b.level) };
      current = { heading, blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { heading: null, blocks: [] };
      sections.push(current);
    }
    current.blocks.push(toBlock(text, b));
  }
  return sections;
}

function toBlock(text: string, b: RawBlock): Block {
  const base = span(text, b.start, b.end);
  if (b.kind === 'list') {
    return { ...base, kind: 'list', ordered: b.ordered ?? false, items: (b.items ?? []).map((item) => listItem(text, item)) };
  }
  if (b.kind === 'table') {
    const rows = (b.rows ?? []).map((r) => ({ ...span(text, r.start, r.end), cells: r.cells.map((c) => span(text, c.start, c.end)) }));
    return { ...base, kind: 'table', rows };
  }
  if (b.kind === 'code') return { ...base, kind: 'code' };
  return { ...base, kind: b.kind === 'quote' ? 'quote' : 'paragraph' };
}
