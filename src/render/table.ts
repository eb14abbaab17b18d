import { stringWidth, wrap } from './wrap.js';

/** Space between aligned columns, and the separator of a row too wide to align. */
const GAP = '  ';
const SEPARATOR = ' | ';
/** Without a width (plain text into a pipe), tables this wide or narrower are still aligned. */
const DEFAULT_WIDTH = 100;

/**
 * A table as lines of text: columns padded to align when the widest row fits the width, otherwise
 * each row with its cells separated by " | ", wrapped (continuation lines indented) when a width
 * is given and left whole when not.
 */
export function tableLines(rows: string[][], width?: number): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((r) => stringWidth(r[c] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, columns - 1);
  if (total > (width ?? DEFAULT_WIDTH)) return rows.map((r) => (width ? wrap(r.join(SEPARATOR), width, 2) : r.join(SEPARATOR)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - stringWidth(cell))))
      .join(GAP)
      .trimEnd(),
  );
}
