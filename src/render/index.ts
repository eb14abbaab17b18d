import type { Brief } from '../types.js';
import { renderJson, renderJsonLine } from './json.js';
import type { Command } from '../vocabulary.js';
import type { ViewOptions } from './view.js';

import type { OutputFormat } from '../vocabulary.js';

export type { OutputFormat } from '../vocabulary.js';

export interface RenderOptions extends ViewOptions {
  format: OutputFormat;
  /** Columns; the terminal format always wraps, text only when a width is given. */
  width?: number;
  colorLevel?: 0 | 1 | 2 | 3;
}

export type Render = (brief: Brief, command: Command) => string;

/**
 * A renderer for a format, each imported only when asked for: JSON loads no view or layout code,
 * text never loads marked-terminal or chalk.
 */
export async function renderer(options: RenderOptions): Promise<Render> {
  switch (options.format) {
    case 'json':
      return (brief) => renderJson(brief);
    case 'ndjson':
      return (brief) => renderJsonLine(brief);
    case 'markdown': {
      const [{ renderMarkdown }, { view }] = await Promise.all([import('./markdown.js'), import('./view.js')]);
      return (brief, command) => renderMarkdown(view(brief, command, options));
    }
    case 'text': {
      const [{ renderPlain }, { view }] = await Promise.all([import('./plain.js'), import('./view.js')]);
      return (brief, command) => renderPlain(view(brief, command, options), options.width);
    }
    case 'terminal': {
      const [{ renderTerminal }, { view }] = await Promise.all([import('./terminal.js'), import('./view.js')]);
      const terminal = { width: options.width ?? 80, colorLevel: options.colorLevel ?? 0 };
      return (brief, command) => renderTerminal(view(brief, command, options), terminal);
    }
  }
}

export type { Command } from '../vocabulary.js';
