import { topLevelPlaces, type Node } from './view.js';
import { tableLines } from './table.js';
import { wrap } from './wrap.js';

/**
 * Plain text for pipes and scripts: no ANSI codes at all, one line per paragraph or item unless
 * a width is given, items as "- " or "1. " lines, notes in brackets.
 */
export function renderPlain(nodes: Node[], width?: number): string {
  const fit = (text: string, hanging: number): string => (width ? wrap(text, width, hanging) : text);
  const out: string[] = [];
  let previous: Node['kind'] | null = null;
  for (const node of nodes) {
    switch (node.kind) {
      case 'title':
      case 'meta':
        out.push(fit(node.text, 0));
        break;
      case 'lede':
      case 'paragraph':
        out.push('', fit(node.text, 0));
        break;
      case 'quote':
        out.push('', fit(`> ${node.text}`, 2));
        break;
      case 'heading':
        out.push('', node.text);
        break;
      case 'list': {
        if (previous !== 'heading') out.push('');
        const places = topLevelPlaces(node.items);
        out.push(
          ...node.items.map((item, i) => {
            const marker = `${'  '.repeat(item.depth ?? 0)}${node.ordered && !item.depth ? `${item.number ?? places[i]}. ` : '- '}`;
            const body = `${item.label ? `${item.label}${item.separator ?? ' – '}` : ''}${item.text}${item.note ? ` [${item.note}]` : ''}`;
            return fit(marker + body, marker.length);
          }),
        );
        break;
      }
      case 'table':
        out.push('', ...tableLines(node.rows, width));
        break;
      case 'code':
        // Indented as Markdown indents code, and never wrapped: a program's lines are kept.
        out.push('', ...node.lines.map((line) => `    ${line}`));
        break;
    }
    previous = node.kind;
  }
  return out.join('\n') + '\n';
}
