/**
 * The terminal format: the Markdown rendering laid out by marked-terminal, styled with a chalk
 * instance whose colour level the CLI decides (NO_COLOR, FORCE_COLOR, --color, TERM=dumb).
 * The only file that imports chalk and marked-terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { renderMarkdown } from './markdown.js';
import type { Item, Node } from './view.js';
import { applyBreaks, breakPoints } from './wrap.js';

/** List items are indented by this much, and bullets are at most "99. " wide. */
const TAB = 2;
const MARKER_WIDTH = 4;

export interface TerminalOptions {
  width: number;
  /** chalk level: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
  colorLevel: 0 | 1 | 2 | 3;
}

export function renderTerminal(nodes: Node[], options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.colorLevel });
  const marked = new Marked();
  // Paragraphs are reflowed one tab narrower so that indented quotes still fit the width.
  const width = Math.max(10, options.width - TAB);
  const extension = markedTerminal({ ...styles(chalk), width, reflowText: true, showSectionPrefix: false, tab: TAB, emoji: false }) as unknown as { renderer: Record<string, (this: unknown, ...args: unknown[]) => string> };
  // marked-terminal numbers every ordered list from 1 and counts a nested list's lines among its
  // items: an ordered list is written here, each item numbered from the list's own start ("2. Toner")
  // and its lines, a nested list's among them, indented under its text.
  const list = extension.renderer.list!;
  extension.renderer.list = function (this: unknown, token: unknown) {
    const t = token as Tokens.List;
    if (!t.ordered) return list.call(this, token);
    const parser = (this as { parser: { parse(tokens: unknown[], top?: boolean): string } }).parser;
    const first = typeof t.start === 'number' ? t.start : 1;
    const items = t.items.map((item, i) => {
      // (Each item's own number as the Markdown writes it: a countdown's "3. 2. 1.")
      const marker = `${/^\s*(\d{1,9})[.)]/.exec(item.raw)?.[1] ?? first + i}. `;
      // (Each part on lines of its own: the item's text, then any list nested in it.)
      const parts = item.tokens.map((part) => parser.parse([part], false).replace(/^\n+|\s+$/g, '')).filter((part) => part !== '');
      const lines = parts.join('\n').split('\n');
      return lines.map((line, k) => (k === 0 ? marker : ' '.repeat(marker.length)) + line).join('\n');
    });
    return `${items.join('\n').split('\n').map((line) => (line === '' ? line : ' '.repeat(TAB) + line)).join('\n')}\n\n`;
  };
  marked.use(extension as never);
  marked.use({
    renderer: {
      // marked ≥ 13 hands list items' inline tokens to `text`; render them (upstream marked-terminal #304/#371).
      text(token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
      },
    },
  });
  const markdown = renderMarkdown(prewrapLists(nodes, options.width - TAB - MARKER_WIDTH), { fencedTables: width - TAB });
  // marked-terminal marks hard line breaks with \r and converts them only inside paragraphs.
  return (marked.parse(markdown) as string).replace(/\r/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd() + '\n';
}

/** marked-terminal does not reflow list items, so their label, text and note are wrapped here together. */
function prewrapLists(nodes: Node[], width: number): Node[] {
  return nodes.map((node) => (node.kind !== 'list' ? node : { ...node, items: node.items.map((item) => wrapItem(item, width)) }));
}

/** Breaks "label – text (note)" as one line would be, then puts each break into the piece it falls in. */
function wrapItem(item: Item, width: number): Item {
  const separator = item.separator ?? ' – ';
  const prefix = item.label ? `${item.label}${separator}` : '';
  const suffix = item.note ? ` (${item.note})` : '';
  const breaks = breakPoints(prefix + item.text + suffix, Math.max(8, width));
  const textStart = prefix.length;
  const noteStart = textStart + item.text.length + 2;
  // A break inside a separator (" – ", " (") starts the next piece on a new line.
  const breaksBefore = (from: number, separator: number): string => (breaks.some((b) => b.at >= from - separator && b.at < from) ? '\n' : '');
  return {
    ...(item.number !== undefined ? { number: item.number } : {}),
    ...(item.depth ? { depth: item.depth } : {}),
    ...(item.label ? { label: applyBreaks(item.label, breaks, 0), separator } : {}),
    text: breaksBefore(textStart, separator.length) + applyBreaks(item.text, breaks, textStart),
    ...(item.note ? { note: breaksBefore(noteStart, 2) + applyBreaks(item.note, breaks, noteStart) } : {}),
  };
}

const plain = (s: string): string => s;

function styles(chalk: ChalkInstance): Record<string, unknown> {
  return {
    // Tables are the only code blocks newsbrief writes (see MarkdownOptions.fencedTables).
    code: plain,
    blockquote: chalk.gray.italic,
    html: chalk.gray,
    heading: chalk.bold.cyan,
    firstHeading: chalk.bold,
    hr: plain,
    listitem: plain,
    table: plain,
    paragraph: plain,
    strong: chalk.bold,
    em: chalk.italic,
    codespan: chalk.yellow,
    del: chalk.dim.strikethrough,
    link: chalk.blue,
    href: chalk.blue.underline,
  };
}
