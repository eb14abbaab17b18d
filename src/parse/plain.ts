import { splitLines, type Line, type RawBlock } from './blocks.js';
import { endsSentence } from './shape.js';

/**
 * List markers: bullets ("-", "*", "•", …), numbers ("1.", "2)", "(3)") and letters ("a)", "b.").
 * A marker must be followed by a space and more text.
 */
const LIST_MARKER = /^(?:[-*+•·‣◦▪●○■□➢►▸]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[A-Z]\))[ \t\u00a0]+(?=\S)/u;
const ORDERED_MARKER = /^\(?(?:\d{1,3}|[a-zA-Z])[.)]/;
const QUOTE_MARKER = /^>[ \t]?/;

/** Lines of a hard-wrapped paragraph are at least this share of its longest line… */
const WRAPPED_MIN_SHARE = 0.6;
/** …and that longest line has at least this many characters. */
const WRAPPED_MIN_WIDTH = 40;

/**
 * Plain text → blocks. Blank lines separate blocks; inside a run of lines, list items and quote
 * lines are their own blocks, a hard-wrapped paragraph is joined, and otherwise each line is a
 * paragraph (pasted web text puts one paragraph per line). Consecutive list items of one kind
 * form one list even across blank lines ("1. …⏎⏎2. …").
 */
export function plainBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = splitLines(text);
  // A blank line between list items keeps the list open; any other line closes it.
  let previousWasList = false;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.contentStart === line.contentEnd) {
      i++;
      continue;
    }
    const content = text.slice(line.contentStart, line.contentEnd);
    const marker = LIST_MARKER.exec(content);
    if (marker) {
      let end = line.contentEnd;
      // Continuation lines are indented past the marker's own indent.
      while (i + 1 < lines.length && isContinuation(text, lines[i + 1]!, line)) end = lines[++i]!.contentEnd;
      const item = { start: line.contentStart, end, bodyStart: line.contentStart + marker[0].length };
      const ordered = ORDERED_MARKER.test(content);
      const last = blocks[blocks.length - 1];
      if (previousWasList && last?.kind === 'list' && last.ordered === ordered) {
        last.items!.push(item);
        last.end = end;
      } else {
        blocks.push({ kind: 'list', start: item.start, end, level: 0, explicit: false, items: [item], ordered });
      }
      previousWasList = true;
      i++;
      continue;
    }
    previousWasList = false;
    if (QUOTE_MARKER.test(content)) {
      let end = line.contentEnd;
      while (i + 1 < lines.length && QUOTE_MARKER.test(text.slice(lines[i + 1]!.contentStart, lines[i + 1]!.contentEnd))) {
        end = lines[++i]!.contentEnd;
      }
      blocks.push({ kind: 'quote', start: line.contentStart, end, level: 0, explicit: true });
      i++;
      continue;
    }
    // A run of prose lines up to a blank line, a list item or a quote line.
    const run: Line[] = [line];
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (next.contentStart === next.contentEnd) break;
      const nextContent = text.slice(next.contentStart, next.contentEnd);
      if (LIST_MARKER.test(nextContent) || QUOTE_MARKER.test(nextContent)) break;
      run.push(next);
      i++;
    }
    i++;
    if (run.length > 1 && looksWrapped(text, run)) {
      blocks.push({ kind: 'paragraph', start: run[0]!.contentStart, end: run[run.length - 1]!.contentEnd, level: 0, explicit: false });
    } else {
      for (const l of run) blocks.push({ kind: 'paragraph', start: l.contentStart, end: l.contentEnd, level: 0, explicit: false });
    }
  }
  return blocks;
}

function isContinuation(text: string, next: Line, item: Line): boolean {
  if (next.contentStart === next.contentEnd) return false;
  if (LIST_MARKER.test(text.slice(next.contentStart, next.contentEnd))) return false;
  return next.indent > item.indent;
}

/** A run of lines is one hard-wrapped paragraph when its lines (but the last) are about as long as its longest and one breaks mid-sentence. */
function looksWrapped(text: string, run: Line[]): boolean {
  const lengths = run.map((l) => l.contentEnd - l.contentStart);
  const widest = Math.max(...lengths);
  if (widest < WRAPPED_MIN_WIDTH) return false;
  const body = run.slice(0, -1);
  if (!body.every((l) => l.contentEnd - l.contentStart >= widest * WRAPPED_MIN_SHARE)) return false;
  return body.some((l) => !endsSentence(text.slice(l.contentStart, l.contentEnd)));
}
