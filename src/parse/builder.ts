import type { RawBlock, RawItem, RawRow } from './blocks.js';

/** The deepest nesting of lists kept apart; deeper items are read at this level. */
export const MAX_LIST_DEPTH = 4;

/**
 * Builds the plain text that Markdown and HTML inputs are read as, recording each block's offsets
 * as it is written, so that every offset points into the text the JSON carries.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly blocks: RawBlock[] = [];

  get text(): string {
    return this.parts.join('');
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Starts a new block: a blank line after whatever came before. */
  private separate(): void {
    if (this.length > 0) this.write('\n\n');
  }

  /** Appends a heading, paragraph or quote; empty text is skipped. */
  block(kind: 'heading' | 'paragraph' | 'quote', content: string, level = 0, explicit = true, drop?: RawBlock['drop'], bold = false): void {
    const clean = collapse(content);
    if (!clean) return;
    this.separate();
    const start = this.length;
    this.write(clean);
    this.blocks.push({ kind, start, end: this.length, level, explicit, ...(drop ? { drop } : {}), ...(bold ? { bold } : {}) });
  }

  /** Appends the standfirst (dek) as a paragraph marked as one, for the parse step to take out of the body. */
  dek(content: string): void {
    const before = this.blocks.length;
    this.block('paragraph', content);
    if (this.blocks.length > before) this.blocks[this.blocks.length - 1]!.dek = true;
  }

  /**
   * Appends a list, one item per line, each written with its marker ("1. ", "- "). An item nested
   * under another (its `depths` entry 1 or more) is indented two spaces a level and marked "- ";
   * the top level's numbers count only its own items, down by one each in a reversed list (`step` -1).
   */
  list(items: string[], ordered: boolean, startNumber = 1, drop?: RawBlock['drop'], depths: readonly number[] = [], step = 1): void {
    const clean = items.map((item, i) => ({ text: collapse(item), depth: depths[i] ?? 0 })).filter((x) => x.text.length > 0);
    if (clean.length === 0) return;
    this.separate();
    const start = this.length;
    const raw: RawItem[] = [];
    let number = startNumber;
    // (A nested item is never deeper than one level below the item before it.)
    let previous = -1;
    clean.forEach((item, i) => {
      if (i > 0) this.write('\n');
      const depth = Math.min(item.depth, previous + 1);
      previous = depth;
      const itemStart = this.length;
      this.write(depth > 0 ? `${'  '.repeat(depth)}- ` : ordered ? `${number}. ` : '- ');
      if (ordered && depth === 0) number += step;
      const bodyStart = this.length;
      this.write(item.text);
      raw.push({ start: itemStart, end: this.length, bodyStart, ...(depth > 0 ? { depth } : {}) });
    });
    this.blocks.push({ kind: 'list', start, end: this.length, level: 0, explicit: true, items: raw, ordered, ...(drop ? { drop } : {}) });
  }

  /**
   * Appends a block of code with its lines kept (each without the spaces that end it; blank lines
   * left out, so a block never holds the blank line that separates blocks). Empty code is skipped.
   */
  code(content: string): void {
    const lines = content.replace(/\u00a0/g, ' ').split(/\r?\n/).map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
    if (lines.length === 0) return;
    // (The indentation all lines share goes.)
    const indent = lines.reduce((least, l) => Math.min(least, /^[ \t]*/.exec(l)![0].length), Infinity);
    this.separate();
    const start = this.length;
    this.write(lines.map((l) => l.slice(indent).replace(/\t/g, '  ')).join('\n'));
    this.blocks.push({ kind: 'code', start, end: this.length, level: 0, explicit: true });
  }

  /**
   * Appends a table, one row per line, cells separated by CELL_SEPARATOR. Empty rows are skipped,
   * and so is a row that repeats the first (a header printed again in a footer).
   */
  table(rows: string[][]): void {
    const clean = rows.map((cells) => cells.map(collapse)).filter((cells) => cells.some((c) => c.length > 0));
    const first = clean[0]?.join(CELL_SEPARATOR);
    const kept = clean.filter((cells, i) => i === 0 || cells.join(CELL_SEPARATOR) !== first);
    if (kept.length === 0) return;
    this.separate();
    const start = this.length;
    const raw: RawRow[] = [];
    kept.forEach((cells, i) => {
      if (i > 0) this.write('\n');
      const rowStart = this.length;
      const spans: RawRow['cells'] = [];
      cells.forEach((cell, c) => {
        if (c > 0) this.write(CELL_SEPARATOR);
        spans.push({ start: this.length, end: this.length + cell.length });
        this.write(cell);
      });
      raw.push({ start: rowStart, end: this.length, cells: spans });
    });
    this.blocks.push({ kind: 'table', start, end: this.length, level: 0, explicit: true, rows: raw });
  }
}

/** Separates a table row's cells in the text. */
export const CELL_SEPARATOR = ' | ';

/** Runs of whitespace (including newlines inside a block) become one space. */
export function collapse(s: string): string {
  // Soft hyphens an HTML page writes as "&shy;" go as read.ts drops the raw ones.
  const t = s.replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  // A text of nothing but invisible joiners and spaces ("<p>&zwj;</p>", a page builder's spacer) is empty.
  return INVISIBLE_ONLY.test(t) ? '' : t;
}

const INVISIBLE_ONLY = /^[\s\u200b-\u200d\u2060\ufeff]+$/u;
