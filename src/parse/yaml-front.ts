/**
 * YAML front matter at the top of a Markdown file (static-site sources, web clippers): the block
 * between a first line "---" and the next "---" line. Only the fields a brief uses are read, as
 * flat `key: value` lines and `- item` lists; nested structures are skipped.
 */

/** The fields read, by the names sites use for them. */
const FIELDS = {
  title: ['title', 'headline'],
  dek: ['deck', 'description', 'summary', 'subtitle', 'excerpt'],
  byline: ['author', 'authors', 'byline', 'by'],
  published: ['date', 'published', 'pubdate', 'publishdate', 'created'],
  /** The page's address, often site-relative ("/news/press-releases/jy1394"): its words can say the genre. */
  url: ['url', 'permalink', 'canonical_url', 'canonical', 'link'],
} as const;
/** Front matter longer than this many lines is not front matter. */
const MAX_LINES = 200;

export interface FrontMatter {
  title: string | null;
  dek: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  /** Where the Markdown after the front matter starts. */
  bodyStart: number;
}

export function readFrontMatter(markdown: string): FrontMatter | null {
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(markdown);
  if (!open) return null;
  const lines = markdown.slice(open[0].length).split('\n');
  const close = lines.slice(0, MAX_LINES).findIndex((l) => /^(?:---|\.\.\.)\s*$/.test(l));
  if (close === -1) return null;
  const values = new Map<string, string[]>();
  let key: string | null = null;
  for (const line of lines.slice(0, close)) {
    const field = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (field) {
      key = field[1]!.toLowerCase();
      // A block scalar ("deck: >-") has its text on the indented lines that follow.
      const value = /^[>|][+-]?\d*\s*$/.test(field[2]!) ? '' : unquote(field[2]!);
      values.set(key, value ? [value] : []);
      continue;
    }
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && key) values.get(key)?.push(unquote(item[1]!));
    else if (key && /^\s+\S/.test(line) && !/^\s*#/.test(line)) {
      // A value that runs on over indented lines ("deck: Learn about … how to\n  prepare your
      // agency") or a block scalar's lines: one text, joined by spaces.
      // A nested mapping ("author:\n  name: …") is skipped.
      const list = values.get(key)!;
      const rest = line.trim();
      if (/^[\w-]+:(?:\s|$)/.test(rest)) key = null;
      else if (list.length === 0) list.push(unquote(rest));
      else list[list.length - 1] = unquote(`${list[list.length - 1]} ${rest}`);
    } else if (!/^\s/.test(line)) key = null;
  }
  const get = (names: readonly string[]): string | null => {
    for (const n of names) {
      const v = values.get(n)?.filter(Boolean);
      if (v && v.length > 0) return v.join(' and ');
    }
    return null;
  };
  const bodyStart = open[0].length + lines.slice(0, close + 1).reduce((n, l) => n + l.length + 1, 0);
  return { title: get(FIELDS.title), dek: get(FIELDS.dek), byline: get(FIELDS.byline), published: get(FIELDS.published), url: get(FIELDS.url), bodyStart };
}

function unquote(value: string): string {
  const v = value.trim();
  const m = /^(['"])(.*)\1$/.exec(v);
  return (m ? m[2]!.replace(m[1] === "'" ? /''/g : /\\"/g, m[1]!) : v).trim();
}
