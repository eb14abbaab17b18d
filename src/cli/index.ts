/**
 * The command line: `run(argv, io)` parses the arguments with commander, runs one command and
 * returns the exit status. It imports only commander up front; the pipeline and renderers load
 * when a command runs, so `--help` and `--version` stay fast.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, isNewsbriefError } from '../errors.js';
import { INPUT_FORMAT_OPTIONS, OUTPUT_FORMATS, type Command as CommandName } from '../vocabulary.js';
import type { CommandOptions } from './execute.js';
import type { IO } from './io.js';
import * as value from './values.js';

export type { IO } from './io.js';


const COMMANDS: Array<{ name: CommandName; aliases: string[]; summary: string; examples: string[] }> = [
  {
    name: 'summarize',
    aliases: ['summarise'],
    summary: 'title, lede, summary, key claims, who and where, implications (the default command)',
    examples: [
      'newsbrief summarize article.txt',
      'newsbrief article.txt -n 5',
      'pbpaste | newsbrief summarize --format markdown',
      'newsbrief summarize https://example.com/news/story.html',
      'newsbrief summarize saved-page.html --show-dropped',
      'newsbrief summarize article.txt --format json | jq .summary',
    ],
  },
  {
    name: 'read',
    aliases: [],
    summary: 'the cleaned full text, section by section, without page chrome',
    examples: ['newsbrief read article.txt', 'newsbrief read article.txt --show-dropped', 'newsbrief read page.md --format markdown > clean.md'],
  },
  {
    name: 'claims',
    aliases: [],
    summary: 'attributed claims grouped by who makes them, then unattributed factual claims',
    examples: ['newsbrief claims article.txt', "newsbrief claims article.txt --format json | jq '.claims[] | {speaker, cue}'"],
  },
  {
    name: 'implications',
    aliases: [],
    summary: 'listed implications and sentences that state consequences or look ahead',
    examples: ['newsbrief implications article.txt', "newsbrief implications article.txt --format json | jq '.implications[].label'"],
  },
  {
    name: 'entities',
    aliases: [],
    summary: 'people, organisations, places and other names, then dates, money and figures',
    examples: ['newsbrief entities article.txt', "newsbrief entities article.txt --format json | jq '.entities[] | select(.type==\"person\") | .name'"],
  },
];

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** One line for a commander error: "newsbrief: unknown option '--foo' (did you mean --format?); see 'newsbrief summarize --help'". */
function oneLine(message: string, command: string): string {
  const suggestion = /\(Did you mean ([^)?]*)\??\)/.exec(message)?.[1];
  const first = message
    .replace(/^error: /, '')
    .split('\n')[0]!
    .trim()
    .replace(/ is invalid\. /, ' is invalid: ')
    .replace(/Allowed choices are /, 'choose from ')
    .replace(/\.$/, '');
  return `newsbrief: ${first}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; see 'newsbrief ${command}--help'\n`;
}

export async function run(argv: string[], io: IO): Promise<number> {
  let status: number = EXIT.ok;
  const program = new Command('newsbrief');
  program
    .description('Offline news briefs from an article: summary, claims, people and places, implications, or the cleaned text.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(oneLine(s, '')),
    })
    .addHelpText(
      'after',
      `
Input: file paths, http(s) URLs, or '-' / nothing with a pipe for standard input;
text, Markdown, HTML or pasted page text (detected).
Output: a terminal layout on a TTY, plain text in a pipe; --format json for scripts.

Exit status: 0 brief produced, 1 an input could not be read or holds no article,
2 usage error, 70 internal error, 130 interrupted.

Examples:
  newsbrief article.txt
  curl -s https://example.com/story | newsbrief summarize
  newsbrief claims article.txt --format json`,
    );

  for (const spec of COMMANDS) {
    const cmd = program
      .command(spec.name, { isDefault: spec.name === 'summarize' })
      .aliases(spec.aliases)
      .description(spec.summary)
      .argument('[inputs...]', "article files, directories (their .txt, .md and .html files, recursively), http(s) URLs, or '-' for standard input")
      .configureOutput({
        writeOut: (s) => void io.stdout.write(s),
        writeErr: (s) => void io.stderr.write(s),
        outputError: (s, write) => write(oneLine(s, `${spec.name} `)),
      })
      .addOption(new Option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join(', ')} (default: terminal on a TTY, text in a pipe)`).argParser(value.format))
      .addOption(new Option('-w, --width <columns>', 'wrap output at this width (terminal: the window width)').argParser(value.width))
      .option('--color', 'force colour in the terminal format')
      .option('--no-color', 'no colour (also NO_COLOR=1)')
      .addOption(new Option('--input-format <format>', 'how to read the input (jsonl: one {"id", "text"|"html"|"url"} per line)').choices(INPUT_FORMAT_OPTIONS).default('auto'))
      .addOption(new Option('-j, --jobs <n>', 'worker threads for a batch (default: the number of cores)').argParser(value.positiveInteger))
      .option('--show-dropped', 'also list the page chrome that was removed')
      .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this (default 10MB)').argParser(value.bytes))
      .addOption(new Option('--timeout <seconds>', 'how long to wait for a URL (default 15)').argParser(value.seconds));
    if (spec.name === 'summarize') {
      cmd
        .addOption(new Option('-n, --sentences <n>', 'summary length in sentences').argParser(value.positiveInteger))
        .addOption(new Option('--words <n>', 'summary length as a word budget').argParser(value.positiveInteger).conflicts(['sentences', 'ratio']))
        .addOption(new Option('--ratio <share>', 'summary length as a share of the sentences').argParser(value.ratio).conflicts('sentences'))
        .option('--explain', "show each summary sentence's score by signal");
    }
    cmd.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}`);
    cmd.action(async (inputs: string[], options: CommandOptions) => {
      const { execute } = await import('./execute.js');
      status = await execute(spec.name, inputs, options, io);
    });
  }

  // "newsbrief summary article.txt": a misspelt command would be read as a missing file, and the
  // rest summarised; say what it looks like instead.
  const meant = misspeltCommand(argv[0]);
  if (meant) {
    io.stderr.write(`newsbrief: unknown command '${argv[0]}' (did you mean '${meant}'?); see 'newsbrief --help'\n`);
    return EXIT.usage;
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isNewsbriefError(error)) {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`newsbrief: internal error: ${detail.split('\n')[0]} (this is a bug; NEWSBRIEF_DEBUG=1 shows the trace)\n`);
    if (io.env.NEWSBRIEF_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}

/**
 * The command a first operand seems meant to be: a bare word (no dot, slash or colon), not a file
 * that exists, within two edits of a command or its alias, the start of one ("entit"), or sharing
 * its first five letters ("summary").
 */
function misspeltCommand(word: string | undefined): string | null {
  if (!word || !/^[a-z][a-z-]{2,}$/i.test(word) || existsSync(word)) return null;
  const lower = word.toLowerCase();
  for (const spec of COMMANDS) {
    for (const name of [spec.name, ...spec.aliases]) {
      if (name === lower) return null;
      if (editDistance(lower, name) <= 2 || (lower.length >= 4 && name.startsWith(lower)) || sharedPrefix(lower, name) >= 5) return spec.name;
    }
  }
  return null;
}

/** Levenshtein distance between two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

const sharedPrefix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};
