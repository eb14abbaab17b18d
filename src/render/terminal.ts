/**
 * The terminal format: the Markdown rendering laid out by marked-terminal, styled with a chalk
 * instance whose colour level the CLI decides (NO_COLOR, FORCE_COLOR, --color, TERM=dumb).
 * The only file that imports chalk and marked-terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { renderMarkdown } from './markdown.js';
import type { Node } from './view.js';
import { wrap } from './wrap.js';

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
  marked.use(markedTerminal({ ...styles(chalk), width, reflowText: true, showSectionPrefix: false, tab: TAB, emoji: false }) as never);
  marked.use({
    renderer: {
      // marked ≥ 13 hands list items' inline tokens to `text`; render them (upstream marked-terminal #304/#371).
      text(token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
      },
    },
  });
  const markdown = renderMarkdown(prewrapLists(nodes, options.width - TAB - MARKER_WIDTH));
  return (marked.parse(markdown) as string).replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd() + '\n';
}

/** marked-terminal does not reflow list items, so their text is wrapped here, with hard breaks. */
function prewrapLists(nodes: Node[], width: number): Node[] {
  return nodes.map((node) =>
    node.kind !== 'list'
      ? node
      : { ...node, items: node.items.map((item) => ({ ...item, text: wrapItem(item.label, item.text, item.note, width) })) },
  );
}

/** Wraps "label – text (note)" as a whole and returns the text part with its line breaks, which marked-terminal keeps. */
function wrapItem(label: string | undefined, text: string, note: string | undefined, width: number): string {
  const prefix = label ? `${label} – ` : '';
  const suffix = note ? ` (${note})` : '';
  const wrapped = wrap(prefix + text + suffix, Math.max(8, width));
  const body = wrapped.slice(prefix.length, wrapped.length - suffix.length);
  return body;
}

const plain = (s: string): string => s;

function styles(chalk: ChalkInstance): Record<string, unknown> {
  return {
    code: chalk.yellow,
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
