import { MESSAGE, message } from '../messages.js';
import type { Article, Block, Dropped, DropReason, Heading, Message, Section, Source, TextSpan } from '../types.js';
import type { RawBlock } from './blocks.js';
import { chromeReason } from './chrome.js';
import { blockText, findDateline, findTitle, isByline, isProse, repeatsTitle, span } from './frontmatter.js';
import { listItem } from './items.js';
import { markdownBlocks } from './markdown.js';
import { plainBlocks } from './plain.js';
import { hasHeadingShape, normaliseLine, wordCount } from './shape.js';
import { REPEATED_LINE_MAX_WORDS, REPEATED_LINE_MIN_COUNT } from '../data/chrome.js';

/** What a front end hands to the shared steps. */
interface FrontEnd {
  text: string;
  blocks: RawBlock[];
}

/**
 * Source → Article. A front end finds blocks (plain text by layout, Markdown by its syntax); then
 * shared steps, in order: drop chrome, find the title, drop repeats of it and other repeated
 * lines, take the byline and dek, decide which short lines are headings, find the dateline, and
 * group blocks into sections.
 */
export function parse(source: Source): Article {
  const front = frontEnd(source);
  const { text } = front;
  const dropped: Dropped[] = [];
  const messages: Message[] = [...source.messages];
  const drop = (b: RawBlock, reason: DropReason): void => {
    dropped.push({ ...span(text, b.start, b.end), reason });
  };

  let blocks = front.blocks.filter((b) => {
    if (b.kind === 'list') return true;
    const reason = chromeReason(blockText(text, b));
    if (reason) drop(b, reason);
    return !reason;
  });

  // Title, and the short non-prose lines above it (menus, section names).
  const titleIndex = findTitle(text, blocks);
  let title: TextSpan | null = null;
  if (titleIndex !== -1) {
    const t = blocks[titleIndex]!;
    title = span(text, t.start, t.end);
    blocks.slice(0, titleIndex).forEach((b) => (isProse(text, b) ? undefined : drop(b, 'navigation')));
    blocks = [...blocks.slice(0, titleIndex).filter((b) => isProse(text, b)), ...blocks.slice(titleIndex + 1)];
  } else {
    messages.push(message(MESSAGE.noTitle, 'no title found: no headline-shaped line before the first paragraph'));
  }

  blocks = dropRepeats(text, blocks, title, drop);

  // Byline: among the first few blocks.
  let byline: TextSpan | null = null;
  const bylineIndex = blocks.slice(0, 4).findIndex((b) => b.kind === 'paragraph' && isByline(blockText(text, b)));
  let dek: TextSpan | null = null;
  if (bylineIndex !== -1) {
    const b = blocks[bylineIndex]!;
    byline = span(text, b.start, b.end);
    // A single short block between the title and the byline is the dek (standfirst).
    if (title && bylineIndex === 1 && blocks[0]!.kind === 'paragraph' && wordCount(blockText(text, blocks[0]!)) <= 60) {
      dek = span(text, blocks[0]!.start, blocks[0]!.end);
      blocks = blocks.slice(2);
    } else {
      blocks = blocks.filter((_, i) => i !== bylineIndex);
    }
  }

  markHeadings(text, blocks);

  const firstParagraph = blocks.find((b) => b.kind === 'paragraph');
  const dateline = firstParagraph ? findDateline(text, firstParagraph) : null;

  const sections = toSections(text, blocks);
  if (!sections.some((s) => s.blocks.length > 0)) {
    messages.push(message(MESSAGE.noSentences, 'no article text found: only headings or page chrome'));
  }
  if (dropped.length > 0) {
    messages.push(message(MESSAGE.droppedChrome, `dropped ${dropped.length} line${dropped.length === 1 ? '' : 's'} of page chrome`, dropped[0]));
  }
  dropped.sort((a, b) => a.start - b.start);

  return {
    text,
    format: source.format,
    origin: source.origin,
    meta: source.meta,
    title,
    dek,
    byline,
    dateline,
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
      // HTML extraction arrives with the real-pages work; until then its text is read as plain text.
      return { text: source.raw, blocks: plainBlocks(source.raw) };
    default:
      return { text: source.raw, blocks: plainBlocks(source.raw) };
  }
}

/** Drops lines that repeat the title, and short lines that occur more than once (page furniture). */
function dropRepeats(
  text: string,
  blocks: RawBlock[],
  title: TextSpan | null,
  drop: (b: RawBlock, reason: DropReason) => void,
): RawBlock[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind === 'list') continue;
    const key = normaliseLine(blockText(text, b));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return blocks.filter((b) => {
    if (b.kind === 'list') return true;
    const line = blockText(text, b);
    if (title && repeatsTitle(line, title.text)) {
      drop(b, 'repeated-title');
      return false;
    }
    const key = normaliseLine(line);
    if ((counts.get(key) ?? 0) >= REPEATED_LINE_MIN_COUNT && wordCount(line) <= REPEATED_LINE_MAX_WORDS) {
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
function markHeadings(text: string, blocks: RawBlock[]): void {
  const shaped = blocks.map((b) => b.kind === 'heading' || (b.kind === 'paragraph' && headingCandidate(blockText(text, b))));
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || !shaped[i]) return;
    const next = blocks[i + 1];
    const previousShaped = i > 0 && shaped[i - 1] && blocks[i - 1]!.kind === 'paragraph';
    if (next && !shaped[i + 1] && !previousShaped) {
      b.kind = 'heading';
      b.level = 2;
    }
  });
}

function headingCandidate(line: string): boolean {
  return hasHeadingShape(line) && !/^["'“‘]/u.test(line.trim());
}

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
  return { ...base, kind: b.kind === 'quote' ? 'quote' : 'paragraph' };
}
