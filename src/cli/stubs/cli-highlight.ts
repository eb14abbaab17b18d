/** Bundle stub: newsbrief never renders code blocks, so marked-terminal's syntax highlighter (highlight.js, ~150 ms to load) is left out. */
export function highlight(code: string): string {
  return code;
}
