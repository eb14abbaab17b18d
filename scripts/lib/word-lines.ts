/**
 * The generated word-list modules' layout (src/data/person-nouns.ts, src/data/given-names.ts): words
 * joined by spaces in lines of at most `width` characters, each a quoted string of the array the
 * module joins and splits again.
 */
export function wordLines(words: readonly string[], width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > width) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `    '${l}',`).join('\n');
}

/** A generated module's exported set of words, with its doc comment: `export const NAME: ReadonlySet<string> = …`. */
export function wordSet(name: string, doc: string, words: readonly string[]): string {
  return `/** ${doc} */
export const ${name}: ReadonlySet<string> = new Set(
  [
${wordLines(words)}
  ]
    .join(' ')
    .split(' '),
);
`;
}
