import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readUrl } from '../../src/read/url.js';
import { NewsbriefError } from '../../src/errors.js';
import { run } from '../../src/cli/index.js';
import { memoryIO } from '../helpers.js';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test story</title></head><body><article>
<h1>Council approves new park</h1>
<p>The city council approved a plan on Tuesday to build a large park on the old rail yards in the east of the city. ${'More words about the park follow here. '.repeat(12)}</p>
<p>It will cost about $40 million and open in 2027, officials said on Wednesday after the vote. ${'Further detail is given. '.repeat(12)}</p>
</article></body></html>`;

let server: Server;
let base = '';
let closedPort = 0;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/ok') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    if (url === '/latin1') {
      const html = ARTICLE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace('Council approves', 'Café council approves');
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(html, 'latin1'));
    }
    if (url === '/text') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('A Plain Headline Here\n\nThe council approved the plan on Tuesday after a long debate in the chamber.\n');
    if (url === '/missing') return void res.writeHead(404, 'Not Found').end('nope');
    if (url === '/broken') return void res.writeHead(500, 'Internal Server Error').end('oops');
    if (url === '/loop') return void res.writeHead(302, { location: '/loop2' }).end();
    if (url === '/loop2') return void res.writeHead(302, { location: '/loop' }).end();
    if (url.startsWith('/hop')) {
      const n = Number(url.slice(4));
      return void res.writeHead(301, { location: `/hop${n + 1}` }).end();
    }
    if (url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
    if (url === '/huge') {
      // An endless body (a "1 GB" page): the reader must stop at the byte limit.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (res.write(chunk)) if (res.destroyed) return;
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return void pump();
    }
    if (url === '/declared-huge') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1024 ** 3) }).end();
    if (url === '/silent') {
      hanging.add(res);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(path: string, options: Parameters<typeof readUrl>[1] = {}): Promise<NewsbriefError> {
  const error = await readUrl(path.startsWith('http') ? path : base + path, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NewsbriefError);
  expect((error as Error).message).not.toContain('\n');
  return error as NewsbriefError;
}

describe('reading a URL', () => {
  it('fetches an HTML page and remembers its URL', async () => {
    const s = await readUrl(`${base}/ok`);
    expect(s.format).toBe('html');
    expect(s.meta.url).toBe(`${base}/ok`);
  });

  it('decodes a page by its <meta charset>', async () => {
    const s = await readUrl(`${base}/latin1`);
    expect(s.raw).toContain('Café council approves');
  });

  it('reads text/plain by content', async () => {
    expect((await readUrl(`${base}/text`)).format).toBe('text');
  });

  it.each([
    ['/missing', 'http-status', /HTTP 404 Not Found/],
    ['/broken', 'http-status', /HTTP 500 Internal Server Error/],
    ['/loop', 'too-many-redirects', /redirect loop/],
    ['/hop0', 'too-many-redirects', /more than 5 redirects/],
    ['/image', 'unsupported-content-type', /is image\/png, not an HTML or text article/],
    ['/declared-huge', 'too-large', /1024 MB, over the 10 MB limit/],
  ])('%s fails with %s', async (path, code, message) => {
    const e = await failure(path);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('stops reading an endless body at the byte limit', async () => {
    const e = await failure('/huge', { maxBytes: 1024 * 1024 });
    expect(e.code).toBe('too-large');
  });

  it('gives up on a server that never answers', async () => {
    const e = await failure('/silent', { timeoutMs: 300 });
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/no complete answer within 0.3 s; raise it with --timeout/);
  });

  it('reports a refused connection', async () => {
    const e = await failure(`http://127.0.0.1:${closedPort}/`);
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/connection refused/);
  });

  it('names the port when fetch refuses a reserved one', async () => {
    // 6000 (X11) is on the fetch standard's list of blocked ports; nothing is contacted.
    const e = await failure('http://127.0.0.1:6000/');
    expect(e.code).toBe('network');
    expect(e.message).toBe('http://127.0.0.1:6000/: fetch refuses port 6000 (a port reserved for other protocols); serve the page on another port');
  });

  it('summarises a URL from the command line, and fails in one line with exit 1', async () => {
    const ok = memoryIO();
    expect(await run(['summarize', `${base}/ok`], ok)).toBe(0);
    expect(ok.out()).toContain('Council approves new park');
    const bad = memoryIO();
    expect(await run(['summarize', `${base}/missing`], bad)).toBe(1);
    expect(bad.err()).toBe(`newsbrief: ${base}/missing: HTTP 404 Not Found\n`);
  });
});
