import { tableLines } from './table.js';
import { topLevelPlaces, type Node } from './view.js';

/** Backslash-escapes what Markdown would read as markup in article text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+=-])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3');
}

export interface MarkdownOptions {
  /** Lay tables out as aligned text in a fenced block this wide (for marked-terminal, which is given no table renderer) instead of GFM tables. */
  fencedTables?: number;
}

/** GitHub-flavoured Markdown: `#` title, `##` headings, lists with bold labels, notes in italics. */
export function renderMarkdown(nodes: Node[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'title':
        out.push(`# ${escapeMarkdown(node.text)}`);
        break;
      case 'meta':
        out.push(`*${escapeMarkdown(node.text)}*`);
        break;
      case 'lede':
        out.push(`**${escapeMarkdown(node.text)}**`);
        break;
      case 'heading':
        out.push(`## ${escapeMarkdown(node.text)}`);
        break;
      case 'paragraph':
        out.push(escapeMarkdown(node.text));
        break;
      case 'quote':
        out.push(`> ${escapeMarkdown(node.text)}`);
        break;
      case 'list': {
        const places = topLevelPlaces(node.items);
        out.push(
          node.items
            .map((item, i) => {
              // (A nested item is indented under the one it belongs to and marked "-"; the top level counts only its own.)
              const marker = `${'   '.repeat(item.depth ?? 0)}${node.ordered && !item.depth ? `${item.number ?? places[i]}.` : '-'}`;
              const label = item.label ? `**${escapeMarkdown(item.label)}**${item.separator ?? ' – '}` : '';
              // (A note wrapped onto a line of its own starts that line with its parenthesis.)
              const note = item.note ? `${item.note.startsWith('\n') ? '\n' : ' '}*(${escapeMarkdown(item.note.replace(/^\n/, ''))})*` : '';
              // Lines of a pre-wrapped item continue the item: indent them under its text.
              return `${marker} ${label}${escapeMarkdown(item.text)}${note}`.replace(/\n/g, `\n${' '.repeat(marker.length + 1)}`);
            })
            .join('\n'),
        );
        break;
      }
      case 'table':
        out.push(options.fencedTables ? fenced(tableLines(node.rows, options.fencedTables)) : markdownTable(node.rows));
        break;
      case 'code':
        out.push(fenced(node.lines));
        break;
    }
  }
  return out.join('\n\n') + '\n';
}

/** A GFM table; the first row is its header, and short rows are padded with empty cells. */
function markdownTable(rows: string[][]): string {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: columns }, (_, c) => escapeMarkdown(cells[c] ?? '').replace(/\n/g, ' ')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${' --- |'.repeat(columns)}`, ...body.map(line)].join('\n');
}

/** Lines in a code fence longer than any run of backticks inside them. */
function fenced(lines: string[]): string {
  const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [fence, ...lines, fence].join('\n');
}
