/**
 * The parser's working form: blocks found by a front end (plain text, Markdown or HTML), before
 * the shared steps decide which are chrome, title, byline and headings. Internal to `src/parse`.
 */

export interface RawItem {
  start: number;
  end: number;
  /** Where the item's text starts after its marker ("1. ", "- "). */
  bodyStart: number;
  /** How deep the item is nested under others: 1 for an item of a list inside an item, and so on; absent at the top. */
  depth?: number;
}

/** A table row: its line, and each cell's text in it. */
export interface RawRow {
  start: number;
  end: number;
  cells: Array<{ start: number; end: number }>;
}

export interface RawBlock {
  kind: 'heading' | 'paragraph' | 'list' | 'quote' | 'table' | 'code';
  start: number;
  end: number;
  /** Headings: 1 for a title-level heading, 2+ for sections. 0 otherwise. */
  level: number;
  /** The markup says what this block is (a Markdown `#`, an HTML `<h2>`), rather than its shape. */
  explicit: boolean;
  items?: RawItem[];
  ordered?: boolean;
  rows?: RawRow[];
  /** The markup says this paragraph is the standfirst (a front matter `deck:` or `description:`). */
  dek?: boolean;
  /** A front end that already knows this block is not article text (a link list in HTML) says why. */
  drop?: import('../types.js').DropReason;
  /** The markup sets the whole paragraph in bold (HTML's <p><strong>…</strong></p>), as subheadings are. */
  bold?: boolean;
}

/** A line of the input: `[start, end)` without its newline, and its content without outer whitespace. */
export interface Line {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  indent: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let contentStart = start;
    while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, contentStart, contentEnd, indent: contentStart - start });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Whitespace as it matters for layout, including NBSP and the Unicode spaces wink treats as spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d ||
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `[start, end)` narrowed to exclude surrounding whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
