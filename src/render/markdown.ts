import type { Node } from './view.js';

/** Backslash-escapes what Markdown would read as markup in article text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+=-])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3');
}

/** GitHub-flavoured Markdown: `#` title, `##` headings, lists with bold labels, notes in italics. */
export function renderMarkdown(nodes: Node[]): string {
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
      case 'list':
        out.push(
          node.items
            .map((item, i) => {
              const marker = node.ordered ? `${i + 1}.` : '-';
              const label = item.label ? `**${escapeMarkdown(item.label)}** – ` : '';
              const note = item.note ? ` *(${escapeMarkdown(item.note)})*` : '';
              // Lines of a pre-wrapped item continue the item: indent them under its text.
              return `${marker} ${label}${escapeMarkdown(item.text)}${note}`.replace(/\n/g, `\n${' '.repeat(marker.length + 1)}`);
            })
            .join('\n'),
        );
        break;
    }
  }
  return out.join('\n\n') + '\n';
}
