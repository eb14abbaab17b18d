import wrapAnsi from 'wrap-ansi';

/**
 * Word-wraps to a display width (wide CJK characters count two columns), breaking words longer
 * than the width, and indents continuation lines by `hanging` spaces.
 */
export function wrap(text: string, width: number, hanging = 0): string {
  const room = Math.max(1, width - hanging);
  const lines = wrapAnsi(text, room, { hard: true, trim: true, wordWrap: true }).split('\n');
  return lines.map((line, i) => (i === 0 ? line : ' '.repeat(hanging) + line)).join('\n');
}
