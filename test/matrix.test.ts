/**
 * The bad-input matrix: every case gives a documented exit status and, when it fails, one line
 * on stderr that starts with "newsbrief:"; never a stack trace. (Further cases live beside the
 * code they exercise: read.test.ts, cli.test.ts, url.test.ts, html.test.ts, render.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/cli/index.js';
import { CONTROL, FIXTURES, memoryIO, tempDir } from './helpers.js';

const tmp = tempDir('newsbrief-matrix-');
const BIN = join(import.meta.dirname, '..', 'bin', 'newsbrief.js');
const SEED = join(FIXTURES, 'china-tech-private-sector', 'article.txt');

async function cli(argv: string[], options: Parameters<typeof memoryIO>[0] = {}) {
  const io = memoryIO(options);
  const status = await run(argv, io);
  return { status, out: io.out(), err: io.err() };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const STORY = 'Council Approves Park\n\nThe city council approved a plan on Tuesday to build a park on the old rail yards. Café owners nearby welcomed it.\n';

describe('encodings', () => {
  it('UTF-16 with a BOM is read', async () => {
    const path = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
    const r = await cli([path, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).title.text).toBe('Council Approves Park');
  });

  it.each([
    ['Latin-1', Buffer.from(STORY, 'latin1')],
    ['invalid UTF-8', Buffer.concat([Buffer.from(STORY), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])])],
  ])('%s is decoded as Windows-1252 with a one-line warning', async (name, bytes) => {
    const r = await cli([file(`${name}.txt`, bytes), '--format', 'json']);
    expect(r.status).toBe(0);
    const b = JSON.parse(r.out);
    expect(b.messages.map((m: { id: string }) => m.id)).toContain('decoded-as');
    if (name === 'Latin-1') expect(b.text).toContain('Café');
    expect(r.err).toMatch(/^newsbrief: warning: .*not valid UTF-8; decoded as Windows-1252 \(Latin-1\)\n$/);
  });
});

describe('languages', () => {
  const FRENCH =
    'Le gouvernement annonce une réforme\n\nLe Premier ministre a présenté mardi une réforme des retraites qui doit entrer en vigueur en 2026. ' +
    'Selon le ministre du Travail, cette réforme est nécessaire pour garantir le financement du système. Les syndicats ont annoncé une grève ' +
    'pour jeudi et ont déclaré que le texte était injuste pour les salariés les plus modestes. Le président a affirmé qu’il ne reculerait pas.\n';
  const JAPANESE =
    '政府が新しい政策を発表\n\n政府は火曜日、新しい経済政策を発表した。首相は記者会見で、この政策が国内の投資を促進すると述べた。' +
    '野党はこの計画に反対しており、国会での審議は難航する見通しだ。専門家によると、物価上昇への影響はまだ分からないという。' +
    '東京の株式市場では、発表を受けて株価が上昇した。政府は来月までに詳細を公表する予定だ。\n';

  it.each([
    ['French', FRENCH],
    ['Japanese', JAPANESE],
  ])('%s text gets its structure and summary, no English-model output, and a one-line warning', async (name, text) => {
    const path = file(`${name}.txt`, text);
    const r = await cli([path, '--format', 'json']);
    expect(r.status).toBe(0);
    const b = JSON.parse(r.out);
    expect(b.title.text.length).toBeGreaterThan(5);
    expect(b.summary.length).toBeGreaterThan(0);
    expect([b.claims, b.implications, b.entities.filter((e: { type: string }) => ['person', 'organization', 'place', 'other'].includes(e.type))]).toEqual([[], [], []]);
    expect(b.messages.map((m: { id: string }) => m.id)).toContain('not-english');
    expect(r.err).toBe(`newsbrief: warning: ${path}: the text does not look like English: names, claims and implications are left out (they come from English models)\n`);
  });

  it('English text, and a line too short to judge, are read as English', async () => {
    for (const text of [STORY, 'Sommet à Paris\n\nLe sommet commence demain.\n']) {
      const r = await cli([file('short.txt', text), '--format', 'json']);
      expect(JSON.parse(r.out).messages.map((m: { id: string }) => m.id)).not.toContain('not-english');
      expect(r.err).toBe('');
    }
  });
});

describe('sizes and shapes', () => {
  it('a 50 MB file is refused at once with a clear limit', async () => {
    const path = join(tmp, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await cli([path]);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`newsbrief: ${path}: is 50 MB, over the 10 MB limit; raise it with --max-bytes if this really is one article\n`);
  });

  it('a single 5 MB line finishes', async () => {
    const line = 'The council met again on Tuesday and the plan was approved by a wide margin after debate. '.repeat(58_000);
    const r = await cli([file('line.txt', line), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).summary.length).toBeGreaterThan(0);
  }, 180_000);

  it.each([
    ['no punctuation at all', 'the council met again today and the plan was approved by a wide margin after a long debate about the park and the rail yards and the new homes'],
    ['one sentence', 'The council approved the plan on Tuesday.'],
    ['10,000 tiny paragraphs', Array.from({ length: 10_000 }, (_, i) => `Item ${i} is here.`).join('\n\n')],
  ])('%s gives a brief', async (_name, text) => {
    const r = await cli([file(`${_name}.txt`, text), '--format', 'json']);
    expect(r.status).toBe(0);
    const b = JSON.parse(r.out);
    expect(b.sentences.length).toBeGreaterThan(0);
    if (_name.startsWith('10,000')) expect(b.stats.paragraphs).toBe(10_000);
    else expect(b.summary.length).toBeGreaterThan(0);
  }, 60_000);

  it('HTML that is all script holds no article', async () => {
    const r = await cli([file('script.html', '<!doctype html><html><head><script>var a = 1;</script></head><body><script>document.write("x")</script><style>p{}</style></body></html>')]);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/no article text found/);
  });
});

describe('hostile text never drives the terminal', () => {
  const hostile = file(
    'hostile.txt',
    'Pwned \u001b]0;owned\u0007Title \u202eReversed\u202c\n\nMr. Evil\u001b[2J Smith met \u001b]8;;https://evil.example\u001b\\Acme\u001b]8;;\u001b\\ Corp in Par\u200bis on Monday, \u009b31mofficials said.\n',
  );

  it.each(['text', 'markdown'])('%s output has no control characters', async (format) => {
    for (const command of ['summarize', 'read', 'claims', 'entities', 'implications']) {
      const r = await cli([command, hostile, '--format', format]);
      expect(r.out).not.toMatch(CONTROL);
      expect(r.out).not.toMatch(/[\u202e\u200b]/);
    }
  });

  it('terminal output carries only colour (SGR) sequences, never title, clear-screen or link sequences', async () => {
    const r = await cli([hostile, '--format', 'terminal', '--color']);
    expect(r.out).toContain('␛'); // the ESC of the article, made visible
    const withoutSgr = r.out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutSgr).not.toMatch(CONTROL);
  });
});

describe('interrupting a batch', () => {
  it('SIGINT stops cleanly with status 130 and leaves valid NDJSON', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    const text = (await import('node:fs')).readFileSync(SEED, 'utf8');
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), text);
    const child = spawn(process.execPath, [BIN, dir, '--format', 'ndjson', '--jobs', '1']);
    let out = '';
    let signalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!signalled && out.includes('\n')) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(130);
    const lines = out.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(200);
    for (const line of lines) expect(JSON.parse(line).schemaVersion).toBe(2);
    expect(out.endsWith('\n')).toBe(true);
  }, 120_000);
});
