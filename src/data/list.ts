/** A word list written as one string, `a|b|c`, with line breaks anywhere, as the lists in this folder are. */
export const list = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
