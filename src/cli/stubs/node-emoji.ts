/** Bundle stub: newsbrief turns marked-terminal's emoji shortcodes off (article text stays as written). */
export function get(): undefined {
  return undefined;
}
