import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { decode, normaliseText } from '../../src/read/decode.js';
import { brief } from '../../src/index.js';
import { detectFormat } from '../../src/read/detect.js';
import { fsError, readFile, readStream, sourceFromBytes, sourceFromText } from '../../src/read/index.js';
import { NewsbriefError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

describe('decode', () => {
  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'hi', 'utf-8'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), 'hi', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69), 'hi', 'utf-16be'],
    ['plain UTF-8', new TextEncoder().encode('Café – “quoted”'), 'Café – “quoted”', 'utf-8'],
  ])('%s', (_name, input, text, encoding) => {
    const d = decode(input, 'x');
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.messages).toEqual([]);
  });

  it('decodes Latin-1 (invalid UTF-8) as Windows-1252 and says so', () => {
    const d = decode(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35), 'old.txt');
    expect(d.text).toBe('Café €5');
    expect(d.encoding).toBe('windows-1252');
    expect(d.messages[0]!.id).toBe('decoded-as');
    expect(d.messages[0]!.message).toContain('old.txt');
  });

  it('repairs text encoded as UTF-8 twice (UTF-8 read as Latin-1 or Windows-1252, then saved) and says so', () => {
    const right = 'Earth’s systems don’t wait — Café “Müller” in São Paulo.';
    const latin1 = new TextEncoder().encode(Array.from(new TextEncoder().encode(right), (b) => String.fromCharCode(b)).join(''));
    const d = decode(latin1, 'neste.html');
    expect(d.text).toBe(right);
    expect(d.messages.map((m) => m.id)).toEqual(['decoded-as']);
    expect(d.messages[0]!.message).toMatch(/encoded as UTF-8 twice/);
    // The Windows-1252 form ("donâ€™t") too.
    expect(decode(new TextEncoder().encode('donâ€™t, wonâ€™t, canâ€™t'), 'x').text).toBe('don’t, won’t, can’t');
    // One "Ã©" is a name's letters, left alone; so is text that only looks like it.
    expect(decode(new TextEncoder().encode('The ÃO team met Ã© once.'), 'x').messages).toEqual([]);
    // Nor a French text whose few "é»" and "é–" sit among its many accents as written.
    const french = `${'Le café de la rue était fermé, écrit-elle à Genève. '.repeat(5)}${'« Un été»… puis né—» '.repeat(3)}`;
    expect(decode(new TextEncoder().encode(french), 'x').text).toBe(french);
  });

  it('repairs Windows-1252 punctuation stored as control characters ("we\u0092re") and says so', () => {
    const d = decode(new TextEncoder().encode('Because we\u0092re so used to it \u0093power\u0094 \u0096 and the rest.'), 'cost.html');
    expect(d.text).toBe('Because we’re so used to it “power” – and the rest.');
    expect(d.messages.map((m) => m.message)).toEqual(['cost.html: Windows-1252 punctuation stored as control characters (U+0092 for “’”); repaired 4 characters']);
    // A byte Windows-1252 leaves undefined stays what it is; clean text says nothing.
    expect(decode(new TextEncoder().encode('a\u0081b'), 'x').text).toBe('a\u0081b');
    expect(decode(new TextEncoder().encode('Plain text.'), 'x').messages).toEqual([]);
  });

  it('repairs twice-encoded characters a page writes as references ("isn&acirc;&euro;&trade;t") and says so; other references are left as written', () => {
    const page = '<html><body><article><h1>AI search</h1><p>It isn&acirc;&euro;&trade;t new&acirc;&euro;&rdquo;it&acirc;&euro;&trade;s how &acirc;&euro;&oelig;search&acirc;&euro;&#157; works.</p></article></body></html>';
    const source = sourceFromBytes(new TextEncoder().encode(page), 'seo.html');
    expect(source.raw).toContain('It isn’t new—it’s how “search” works.');
    expect(source.messages.map((m) => m.message)).toEqual(['seo.html: text encoded as UTF-8 twice and written as references (“&acirc;&euro;&trade;” for “’”); repaired 5 characters']);
    // A page's own references, and a text that is no page, stay as they are.
    const plain = '<html><body><p>Caf&eacute; &amp; bar &mdash; &copy; 2024 &acirc;&euro;&trade;</p></body></html>';
    expect(sourceFromBytes(new TextEncoder().encode(plain), 'x.html').raw).toBe(plain);
    // Nor a French page's accents before its closing guillemets, though "é", a no-break space and "»" spell a valid sequence.
    const french = `<html><body>${'<p>« C&rsquo;est toute une vie, ce caf&eacute;&nbsp;&raquo;, a-t-il confi&eacute; lundi.</p>'.repeat(4)}</body></html>`;
    expect(sourceFromBytes(new TextEncoder().encode(french), 'fr.html').raw).toBe(french);
    const text = 'It isn&acirc;&euro;&trade;t new&acirc;&euro;&rdquo;it&acirc;&euro;&trade;s here &acirc;&euro;&trade;.';
    expect(sourceFromText(text, 'x.txt', { inputFormat: 'text' }).raw).toBe(text);
  });

  it('refuses binary input (NUL bytes)', () => {
    expect(() => decode(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'a.zip')).toThrow(/binary/);
  });

  it('says how to read a gzip-compressed file', () => {
    expect(() => decode(new Uint8Array(gzipSync('<html><body><p>Hello.</p></body></html>')), 'page.html.gz')).toThrow(/page\.html\.gz: looks like a gzip-compressed file; decompress it first/);
  });

  it('uses a declared charset', () => {
    expect(decode(bytes(0xe9, 0x74, 0xe9), 'x', 'iso-8859-1').text).toBe('été');
  });

  it('drops soft hyphens, raw or written as an HTML entity, so a name is not cut in two', async () => {
    expect(normaliseText('Vladi\u00admir Putin')).toBe('Vladimir Putin');
    const b = await brief('<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Russian President Vladi&shy;mir Putin met Israeli Prime Minister Benjamin Netan&shy;yahu in Moscow on Monday, officials said, and the two men spoke for three hours about the war.</p></article></body></html>', { inputFormat: 'html' });
    expect(b.text).toContain('Vladimir Putin');
    expect(b.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Benjamin Netanyahu']));
  });

  it('normalises CRLF and CR to LF and strips a BOM left in a string', () => {
    expect(normaliseText('\ufeffa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('detectFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['  <html lang="en"><head></head><body></body></html>', 'html'],
    ['<div><p>a</p><p>b</p><p>c</p><p>d</p><span>e</span></div>', 'html'],
    ['# Title\n\nSome text.', 'markdown'],
    ['Title\n\nSome **bold** and a [link](https://x.org).', 'markdown'],
    ['Loading Now\n\nA Headline\n\nBody text here. More text.', 'text'],
    ['1. First – item\n2. Second – item', 'text'],
    ['Use <b> for bold, she said.', 'text'],
    // A static site's source: front matter, then Markdown or HTML.
    ['---\ntitle: A Headline\ndate: 2019-04-29\n---\n<p>One.</p><div>Two.</div>', 'markdown'],
    ['---\n\nA line between rules.\n\n---\n\nMore text.', 'text'],
  ])('%j → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('sources', () => {
  it('refuses empty and whitespace-only input with a clear message', () => {
    expect(() => sourceFromBytes(new Uint8Array(0), 'e.txt')).toThrow(/e\.txt: is empty/);
    expect(() => sourceFromText('  \n\t\n ', 'w.txt')).toThrow(/w\.txt: holds only whitespace/);
  });

  it('names standard input in messages', () => {
    expect(() => sourceFromBytes(new Uint8Array(0), '-')).toThrow(/^standard input: is empty/);
  });

  it('honours a forced input format', () => {
    expect(sourceFromText('# Not a heading', 'x', { inputFormat: 'text' }).format).toBe('text');
    expect(sourceFromText('# A heading', 'x').format).toBe('markdown');
  });

  const dir = tempDir('newsbrief-read-');

  it.each([
    ['missing file', () => join(dir, 'nope.txt'), 'not-found', /no such file/],
    ['directory', () => (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')), 'is-directory', /is a directory/],
    ['over the size limit', () => (writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000)), join(dir, 'big.txt')), 'too-large', /over the 1000 bytes limit; raise it with --max-bytes/],
  ])('a %s is a one-line error', async (_name, make, code, message) => {
    const path = make();
    const error = await readFile(path, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsbriefError);
    expect((error as NewsbriefError).code).toBe(code);
    expect((error as NewsbriefError).message).toMatch(message);
    expect((error as NewsbriefError).message).not.toContain('\n');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is a one-line error', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'text');
    chmodSync(path, 0o000);
    await expect(readFile(path)).rejects.toMatchObject({ code: 'permission-denied' });
  });

  it('maps a permission error to a one-line message (root can read anything, so the real case above may skip)', () => {
    const error = fsError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), 'secret.txt');
    expect(error.code).toBe('permission-denied');
    expect(error.message).toBe('secret.txt: permission denied');
  });

  it('reads a stream and stops at the byte limit', async () => {
    const ok = await readStream(Readable.from([Buffer.from('Hello there.\r\n')]), '-');
    expect(ok.raw).toBe('Hello there.\n');
    expect(ok.origin).toBe('-');
    await expect(readStream(Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]), '-', { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});

describe('data that is not an article', () => {
  it('a JSON document is refused in one line that says how to pass its articles', () => {
    expect(() => sourceFromText('{"status":"ok","items":[{"body":"An article."}]}', 'feed.json')).toThrow(/^feed\.json: is a JSON document, not an article; .*--input-format jsonl/);
    expect(() => sourceFromText('{"id":1,"text":"a"}\n{"id":2,"text":"b"}\n', 'x.jsonl')).toThrow(/is JSON Lines, not an article; read it as a batch with --input-format jsonl/);
  });

  it('is read as text when the user says so, and a bracket that opens prose is no JSON', () => {
    expect(sourceFromText('{"status":"ok"}', 'x', { inputFormat: 'text' }).raw).toBe('{"status":"ok"}');
    expect(sourceFromText('[Updated] The council approved the plan on Tuesday.', 'x').format).toBe('text');
  });
});
