/** Bundle stub: newsbrief's Markdown escapes "|", so no table ever reaches marked-terminal. */
export default class Table {
  constructor() {
    throw new Error('newsbrief does not render tables');
  }
}
