import { EXIT, NewsbriefError, isNewsbriefError } from '../errors.js';
import type { Brief, BriefOptions, InputFormatOption, Source } from '../types.js';
import type { Command, OutputFormat, Render } from '../render/index.js';
import { colorLevel } from './color.js';
import { Output, type IO } from './io.js';

export interface CommandOptions {
  format?: OutputFormat;
  sentences?: number;
  words?: number;
  ratio?: number;
  explain?: boolean;
  width?: number;
  color?: boolean;
  inputFormat?: InputFormatOption;
  showDropped?: boolean;
  maxBytes?: number;
  /** Seconds to wait for a URL. */
  timeout?: number;
}

/**
 * Runs one command over its inputs, in order: read, brief, render, write. One input's failure is
 * reported (stderr, and an error record in NDJSON) and the others go on; the exit status says
 * whether any failed.
 */
export async function execute(command: Command, inputs: string[], options: CommandOptions, io: IO): Promise<number> {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      throw new NewsbriefError(
        'stdin-tty',
        `no input: give a file, or pipe an article in (e.g. 'pbpaste | newsbrief ${command}' or 'newsbrief ${command} article.txt'); see 'newsbrief ${command} --help'`,
        EXIT.usage,
      );
    }
    inputs = ['-'];
  }
  if (inputs.filter((x) => x === '-').length > 1) throw new NewsbriefError('usage', 'standard input (-) can be given only once');

  const many = inputs.length > 1;
  const format: OutputFormat = options.format ?? (io.stdout.isTTY ? 'terminal' : 'text');
  const lines = format === 'ndjson' || (format === 'json' && many);
  const [{ briefSource, hasArticleText }, { readInput }, { renderer }] = await Promise.all([
    import('../index.js'),
    import('../read/input.js'),
    import('../render/index.js'),
  ]);
  const render: Render = await renderer({
    format: lines ? 'ndjson' : format,
    ...(options.width !== undefined ? { width: options.width } : io.stdout.columns && format === 'terminal' ? { width: io.stdout.columns } : {}),
    colorLevel: colorLevel(options.color, io),
    showDropped: options.showDropped ?? false,
    explain: options.explain ?? false,
  });
  const briefOptions: BriefOptions = {
    ...(options.sentences !== undefined ? { sentences: options.sentences } : {}),
    ...(options.words !== undefined ? { words: options.words } : {}),
    ...(options.ratio !== undefined ? { ratio: options.ratio } : {}),
    explain: options.explain ?? false,
  };
  const readOptions = {
    inputFormat: options.inputFormat ?? 'auto',
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}),
  };

  const out = new Output(io.stdout);
  let failed = 0;
  for (const input of inputs) {
    if (io.signal?.aborted) return EXIT.interrupted;
    if (out.closed) break;
    const name = input === '-' ? 'standard input' : input;
    try {
      const source: Source = await readInput(input, io.stdin, readOptions);
      const brief: Brief = briefSource(source, briefOptions);
      if (!hasArticleText(brief)) {
        throw new NewsbriefError('no-article', `${name}: no article text found (only headings, chrome or too little text)`);
      }
      const header = many && !lines ? (inputs[0] === input ? '' : '\n') + `==> ${name} <==\n` : '';
      await out.write(header + render(brief, command));
    } catch (error) {
      if (!isNewsbriefError(error)) throw error;
      failed++;
      io.stderr.write(`newsbrief: ${error.message}\n`);
      if (lines) await out.write(JSON.stringify({ origin: input, error: { code: error.code, message: error.message } }) + '\n');
    }
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
}
