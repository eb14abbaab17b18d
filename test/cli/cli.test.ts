import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/index.js';
import { CONTROL, FIXTURES, memoryIO, tempDir } from '../helpers.js';

const SEED = join(FIXTURES, 'china-tech-private-sector', 'article.txt');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'newsbrief.js');
const tmp = tempDir('newsbrief-cli-');

async function cli(argv: string[], options: Parameters<typeof memoryIO>[0] = {}) {
  const io = memoryIO(options);
  const status = await run(argv, io);
  return { status, out: io.out(), err: io.err() };
}

describe('commands and formats', () => {
  it('summarizes the seed as plain text when piped (no ANSI at all)', async () => {
    const r = await cli(['summarize', SEED]);
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out.split('\n')[0]).toBe('China’s Tech Industry Reengages with Private Sector: A Strategic Pivot Towards Innovation');
    expect(r.out).toContain('Xi Jinping');
    expect(r.out).toContain('1. Stronger Market Confidence – ');
  });

  it("prints what the README's example shows for the seed article", async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const example = /```console\n\$ npx newsbrief summarize fixtures\/china-tech-private-sector\/article\.txt --format text\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    expect((await cli(['summarize', SEED, '--format', 'text'])).out).toBe(example![1]);
  });

  it('suggests a mistyped option once, with one question mark', async () => {
    const r = await cli(['--formt', 'json', SEED]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('(did you mean --format?)');
    expect(r.err).not.toContain('??');
  });

  it('summarize is the default command', async () => {
    expect((await cli([SEED])).out).toBe((await cli(['summarize', SEED])).out);
  });

  it('uses the terminal format on a TTY, with colour, at the terminal width', async () => {
    const r = await cli([SEED], { stdoutTTY: true, columns: 50, env: { TERM: 'xterm-256color' } });
    expect(r.out).toContain('\u001b[');
    for (const line of r.out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
  });

  it.each([
    [{ NO_COLOR: '1' }, [], false],
    [{ TERM: 'dumb' }, [], false],
    [{}, ['--no-color'], false],
    [{ NO_COLOR: '1' }, ['--color'], true],
    [{ FORCE_COLOR: '3' }, [], true],
  ])('colour with env %j and flags %j: %s', async (env, flags, coloured) => {
    const r = await cli([SEED, '--format', 'terminal', ...flags], { stdoutTTY: !('FORCE_COLOR' in env), env: env as Record<string, string> });
    expect(r.out.includes('\u001b[')).toBe(coloured);
  });

  it('gives colour into a pipe when --color asks for it, and says why not with a format that has none', async () => {
    const piped = await cli([SEED, '--color'], { env: { TERM: 'xterm-256color' } });
    expect(piped.out).toContain('\u001b[');
    expect(piped.err).toBe('');
    const json = await cli([SEED, '--color', '--format', 'json'], { env: { TERM: 'xterm-256color' } });
    expect(json.out.includes('\u001b[')).toBe(false);
    expect(json.err).toContain('--color has no effect with --format json');
  });

  it('prints one JSON object with schemaVersion 2', async () => {
    const r = await cli([SEED, '--format', 'json']);
    const b = JSON.parse(r.out);
    expect(b.schemaVersion).toBe(2);
    expect(b.summary).toHaveLength(3);
    expect(b.text.slice(b.title.start, b.title.end)).toBe(b.title.text);
  });

  it.each(['read', 'claims', 'implications', 'entities'])('%s runs on the seed', async (command) => {
    const r = await cli([command, SEED, '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.out.startsWith('# China’s Tech Industry')).toBe(true);
  });

  it('takes the short names users type for a format: md, jsonl, txt', async () => {
    const md = await cli([SEED, '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.out).toBe((await cli([SEED, '--format', 'markdown'])).out);
    expect(JSON.parse((await cli([SEED, '--format', 'jsonl'])).out.trim()).schemaVersion).toBe(2);
    expect((await cli([SEED, '--format', 'TXT'])).out).toBe((await cli([SEED, '--format', 'text'])).out);
  });

  it('read prints every section heading and drops chrome; --show-dropped lists it', async () => {
    const r = await cli(['read', SEED]);
    expect(r.out).toContain('A New Era of Government-Tech Collaboration');
    expect(r.out).not.toContain('Loading Now');
    expect((await cli(['read', SEED, '--show-dropped'])).out).toMatch(/Loading Now \[chrome @0\]/);
  });

  it('honours -n, --words and --ratio', async () => {
    const count = async (flags: string[]) => JSON.parse((await cli([SEED, '--format', 'json', ...flags])).out).summary.length;
    expect(await count(['-n', '5'])).toBe(5);
    expect(await count(['-n', '1'])).toBe(1);
    expect(await count(['--words', '40'])).toBeGreaterThanOrEqual(1);
    expect(await count(['--ratio', '0.5'])).toBeGreaterThan(3);
  });

  it('--explain shows the score breakdown', async () => {
    expect((await cli([SEED, '--explain'])).out).toMatch(/score [\d.]+ = position/);
  });

  it('reads standard input', async () => {
    const r = await cli(['summarize', '-', '--format', 'json'], { stdin: 'A Short Headline Here\n\nThe council approved the plan on Tuesday after a long debate.\n' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).origin).toBe('-');
  });

  it('reads a pipe named as a path (/dev/stdin, a FIFO) without peeking into it first', async () => {
    const fifo = join(tmp, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end('A Short Headline Here\n\nThe council approved the plan on Tuesday after a long debate.\n');
    const r = await cli(['summarize', fifo, '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).text).toContain('The council approved the plan');
  });

  it('reads Markdown input', async () => {
    const r = await cli(['read', '-'], { stdin: '# Title Here\n\nSome **bold** text in a paragraph that is long enough.\n' });
    expect(r.out).toContain('Some bold text');
  });
});

describe('several inputs', () => {
  const bad = join(tmp, 'missing.txt');
  it('prints NDJSON, one line per input, with an error record for the one that failed', async () => {
    const r = await cli([SEED, bad, SEED, '--format', 'json']);
    expect(r.status).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].schemaVersion).toBe(2);
    expect(lines[0].id).toBe(SEED);
    expect(lines[1]).toEqual({ id: bad, error: { code: 'not-found', message: `${bad}: no such file` } });
    expect(lines[2].schemaVersion).toBe(2);
    expect(r.err).toBe(`newsbrief: ${bad}: no such file\n`);
  });

  it('heads each brief with its name in text formats', async () => {
    const r = await cli([SEED, SEED]);
    expect(r.out.match(/^==> .*article\.txt <==$/gm)).toHaveLength(2);
  });

  it('opens the batch on its first brief when the first input failed (no blank line)', async () => {
    const r = await cli(['read', bad, SEED, SEED]);
    expect(r.status).toBe(1);
    expect(r.out.startsWith('==> ')).toBe(true);
    expect(r.out.match(/\n\n==> /g)).toHaveLength(1);
  });

  it('says a misspelt command is one instead of reading it as a missing file', async () => {
    const r = await cli(['summary', SEED]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("newsbrief: unknown command 'summary' (did you mean 'summarize'?); see 'newsbrief --help'\n");
    expect((await cli(['entit', SEED])).err).toMatch(/did you mean 'entities'/);
    // A word that is no command's is still an input.
    expect((await cli(['nosuchthing'])).err).toBe('newsbrief: nosuchthing: no such file\n');
  });
});

describe('failures: one line, documented exit status, never a stack trace', () => {
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const blank = join(tmp, 'blank.txt');
  writeFileSync(blank, ' \n\n\t\n');
  const binary = join(tmp, 'data.bin');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const headings = join(tmp, 'headings.txt');
  writeFileSync(headings, 'Just A Title\n\nAnd A Heading\n');
  const jobs = join(tmp, 'jobs.html');
  writeFileSync(jobs, '<html><head><title>450 jobs cut at Millbrook paper mill</title></head><body><h1>450 jobs cut at Millbrook paper mill</h1><p>The Millbrook paper mill will cut 450 jobs by March, its owner said on Monday. The mill employs 1,200 people.</p></body></html>');
  const forbidden = join(tmp, 'forbidden.html');
  writeFileSync(forbidden, '<html><head><title>Forbidden</title></head><body><h2>Forbidden URL</h2><hr><p>HTTP Error 403. The request URL is forbidden.</p></body></html>');
  // A site's own error page, the error before its name.
  const siteError = join(tmp, 'site-error.html');
  writeFileSync(siteError, '<html><head><title>404 Not Found | The Springfield Ledger</title></head><body><h2>Page not found</h2><p>Error 404. The page you requested was not found.</p></body></html>');
  // …or one that says it in other words.
  const plainError = join(tmp, 'plain-error.html');
  writeFileSync(plainError, '<html><head><title>404 Not Found | The Ledger</title></head><body><h1>404 Not Found</h1><p>The page you requested could not be found.</p></body></html>');

  it.each([
    ['missing file', [join(tmp, 'nope.txt')], 1, /no such file/],
    ['directory without articles', [tempDir('newsbrief-empty-')], 1, /a directory with no \.txt, \.md or \.html files/],
    ['empty file', [empty], 1, /is empty/],
    ['whitespace only', [blank], 1, /only whitespace/],
    ['binary file', [binary], 1, /binary/],
    ['only headings', [headings], 1, /no article text found/],
    ['a server error page', [forbidden], 1, /a web server's error page \(“Forbidden”\), not an article/],
    ['a site\'s error page', [siteError], 1, /a web server's error page \(“404 Not Found \| The Springfield Ledger”\), not an article/],
    ['an error page in other words', [plainError], 1, /a web server's error page \(“404 Not Found”\), not an article/],
    ['unknown flag', [SEED, '--bogus'], 2, /unknown option '--bogus'/],
    ['-n 0', [SEED, '-n', '0'], 2, /whole number of 1 or more/],
    ['-n abc', [SEED, '-n', 'abc'], 2, /whole number of 1 or more/],
    ['--width -3', [SEED, '--width', '-3'], 2, /width in columns/],
    ['bad format', [SEED, '--format', 'xml'], 2, /choose from terminal, text/],
    ['--words with -n', [SEED, '--words', '10', '-n', '2'], 2, /cannot be used with/],
    ['stdin twice', ['-', '-'], 2, /only once/],
  ])('%s', async (_name, argv, status, message) => {
    const r = await cli(argv as string[]);
    expect(r.status).toBe(status);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^newsbrief: /);
    expect(r.out).toBe('');
  });

  it('briefs a short story whose headline opens with a number like an error code', async () => {
    const r = await cli([jobs, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).title.text).toBe('450 jobs cut at Millbrook paper mill');
  });

  it('a TTY on stdin with no file says how to pipe instead of waiting', async () => {
    const r = await cli(['summarize'], { stdinTTY: true });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/pipe an article in/);
  });

  it('stdin closed at once is an empty input', async () => {
    const r = await cli(['summarize']);
    expect(r.status).toBe(1);
    expect(r.err).toBe('newsbrief: standard input: is empty; give it an article\'s text\n');
  });

  it('--help and --version exit 0', async () => {
    expect((await cli(['--help'])).status).toBe(0);
    expect((await cli(['summarize', '--help'])).out).toMatch(/Examples:\n {2}newsbrief summarize article\.txt/);
    expect((await cli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the package', () => {
  it('is importable by name, and brief() returns the JSON the CLI prints', async () => {
    const script = `import('newsbrief').then(async (m) => { const b = await m.brief('A Headline For Testing\\n\\nThe council approved the plan on Tuesday after a debate.'); console.log(JSON.stringify([b.schemaVersion, b.title.text, b.summary.length])); })`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '..', '..') });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([2, 'A Headline For Testing', 1]);
  });
});

describe('batch inputs', () => {
  it('recurses into a directory for .txt, .md and .html files, in name order', async () => {
    const dir = tempDir('newsbrief-dir-');
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a.txt'), 'First Story Here\n\nThe council approved the plan on Tuesday after a long debate.\n');
    writeFileSync(join(dir, 'b', 'c.md'), '# Second Story\n\nThe bridge reopened on Friday after two years of repairs to it.\n');
    writeFileSync(join(dir, 'b', 'notes.json'), '{}');
    const r = await cli([dir, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id.slice(dir.length), l.format])).toEqual([['/a.txt', 'text'], ['/b/c.md', 'markdown']]);
  });

  it('passes over hidden folders and files and node_modules when recursing, but reads them when named', async () => {
    const dir = tempDir('newsbrief-dir-');
    for (const sub of ['.git', 'node_modules', 'news']) mkdirSync(join(dir, sub));
    const story = 'Story Title Here\n\nThe council approved the plan on Tuesday after a long debate.\n';
    for (const file of ['.git/HEAD.txt', 'node_modules/README.md', '.draft.txt', 'news/a.txt']) writeFileSync(join(dir, file), story);
    const r = await cli([dir, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id.slice(dir.length))).toEqual(['/news/a.txt']);
    const named = await cli([join(dir, '.draft.txt'), join(dir, 'node_modules'), '--format', 'ndjson']);
    expect(named.out.trim().split('\n').map((l) => JSON.parse(l).id.slice(dir.length))).toEqual(['/.draft.txt', '/node_modules/README.md']);
  });

  it('reads JSON Lines from a file and defaults to NDJSON output', async () => {
    const file = join(tmp, 'feed.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 7, text: 'Story Seven Here\n\nThe museum opened a new wing on Sunday with many paintings.' }), '', '{"id": "x"}'].join('\n'));
    const r = await cli(['summarize', file, '--input-format', 'jsonl']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].id).toBe('7');
    expect(lines[1]).toEqual({ id: 'x', error: { code: 'bad-jsonl', message: `${file} line 3: expected an object with "text", "html" or "url"` } });
    expect(r.status).toBe(1);
  });

  it('draws a progress bar on stderr only for a batch and when stderr is a terminal', async () => {
    const io = memoryIO();
    Object.assign(io.stderr, { isTTY: true });
    await run([SEED, SEED, '--format', 'ndjson'], io);
    expect(io.err()).toMatch(/\r\[=+ *\] 2\/2 · [\d.]+\/s · ETA \d+s/);
    expect(io.err().endsWith('\r\u001b[K')).toBe(true);
    const quiet = await cli([SEED, SEED, '--format', 'ndjson']);
    expect(quiet.err).toBe('');
    // One article's brief draws none.
    const one = memoryIO();
    Object.assign(one.stderr, { isTTY: true });
    await run([SEED, '--format', 'json'], one);
    expect(one.err()).not.toMatch(/\/s/);
  });

  it('rejects --jobs 0', async () => {
    const r = await cli([SEED, '--jobs', '0']);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/--jobs <n>' argument '0' is invalid/);
  });
});

describe('batch through worker threads (the real bin)', () => {
  it('streams JSON Lines through two workers in input order, with error records in place', () => {
    const good = (id: string, text: string) => JSON.stringify({ id, text });
    const input = [
      good('a', 'First Headline Here\n\nThe council approved the plan on Tuesday after a long debate in the chamber.'),
      'this is not json',
      JSON.stringify({ id: 'c', url: 'http://127.0.0.1:9/none' }),
      good('d', 'Fourth Headline Here\n\nThe bridge reopened on Friday after two years of repairs to its deck.'),
      JSON.stringify({ id: 'e', html: '<html><body><article><h1>HTML Story</h1><p>The museum opened a new wing on Sunday with three hundred paintings on show.</p></article></body></html>' }),
    ].join('\n');
    const r = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '2'], { input, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'stdin line 2', 'c', 'd', 'e']);
    expect(lines[1].error.code).toBe('bad-jsonl');
    expect(lines[2].error.code).toBe('network');
    expect(lines[3].title.text).toBe('Fourth Headline Here');
    expect(lines[4].format).toBe('html');
    const errors = r.stderr.trim().split('\n').filter((l) => !l.startsWith('newsbrief: warning:'));
    expect(errors).toHaveLength(2);
  });
});

describe('the real bin', () => {
  it('runs end to end and ends quietly when the reader closes the pipe', () => {
    const ok = spawnSync(process.execPath, [BIN, 'summarize', SEED, '--format', 'text'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Stronger Market Confidence');
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" read "${SEED}" | head -1`], { encoding: 'utf8' });
    expect(piped.stdout.trim()).toBe('China’s Tech Industry Reengages with Private Sector: A Strategic Pivot Towards Innovation');
    expect(piped.stderr).toBe('');
    const missing = spawnSync(process.execPath, [BIN, join(tmp, 'nope.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`newsbrief: ${join(tmp, 'nope.txt')}: no such file\n`);
  });
});
