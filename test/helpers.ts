import { expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable, Readable } from 'node:stream';
import type { Article, Brief, TextSpan } from '../src/types.js';
import type { IO } from '../src/cli/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every fixture folder and its article file. */
export function fixtures(): Array<{ name: string; dir: string; article: string }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const article = readdirSync(dir).find((f) => f.startsWith('article.'))!;
      return { name: d.name, dir, article: join(dir, article) };
    });
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}

/** `text.slice(start, end) === item.text` for every item of a brief that has offsets. */
export function expectGrounded(brief: Brief): void {
  const { text } = brief;
  const check = (item: TextSpan | null | undefined, what: string): void => {
    if (!item) return;
    expect(item.start, `${what} start`).toBeGreaterThanOrEqual(0);
    expect(item.end, `${what} end`).toBeLessThanOrEqual(text.length);
    expect(item.start, `${what} order`).toBeLessThanOrEqual(item.end);
    expect(text.slice(item.start, item.end), what).toBe(item.text);
  };
  check(brief.title, 'title');
  check(brief.dek, 'dek');
  check(brief.byline, 'byline');
  check(brief.dateline, 'dateline');
  for (const section of brief.sections) {
    check(section.heading, 'heading');
    for (const block of section.blocks) {
      check(block, `block ${block.kind}`);
      for (const item of block.items ?? []) {
        check(item, 'list item');
        check(item.label, 'list label');
        check(item.body, 'list body');
      }
    }
  }
  for (const s of brief.sentences) check(s, 'sentence');
  for (const s of brief.summary) check(s, 'summary');
  for (const c of brief.claims) {
    check(c, 'claim');
    check(c.speakerMention, 'claim speaker');
    expect(c.content.start).toBeGreaterThanOrEqual(c.start);
    expect(c.content.end).toBeLessThanOrEqual(c.end);
    if (c.cueSpan) expect(text.slice(c.cueSpan.start, c.cueSpan.end).toLowerCase()).toBe(c.cue);
  }
  for (const e of brief.entities) for (const m of e.mentions) check(m, `mention of ${e.name}`);
  for (const i of brief.implications) {
    check(i, 'implication');
    check(i.cause, 'cause');
    check(i.effect, 'effect');
    check(i.signal, 'signal');
    check(i.horizon, 'horizon');
  }
  for (const d of brief.dropped) check(d, 'dropped');
  for (const m of brief.messages) {
    if (m.start !== null && m.end !== null) expect(m.end).toBeLessThanOrEqual(text.length);
  }
}

/** An in-memory IO for `run(argv, io)`. */
export function memoryIO(options: { stdin?: string | Buffer; stdinTTY?: boolean; stdoutTTY?: boolean; columns?: number; env?: Record<string, string> } = {}): IO & {
  out: () => string;
  err: () => string;
} {
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk, _enc, done) {
        into.push(Buffer.from(chunk));
        done();
      },
    });
  const stdout = Object.assign(sink(chunks), { isTTY: options.stdoutTTY ?? false, columns: options.columns });
  const stderr = Object.assign(sink(errors), { isTTY: false });
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinTTY ?? false,
  });
  return {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    out: () => Buffer.concat(chunks).toString('utf8'),
    err: () => Buffer.concat(errors).toString('utf8'),
  };
}

/** The ANSI/C1 control characters no text output may contain. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every span of a parsed article (title, dek, byline, dateline, dropped chrome, headings, blocks, list items) lies in the text and slices to its text. */
export function expectArticleGrounded(a: Article): void {
  const all = [a.title, a.dek, a.byline, a.dateline, ...a.dropped];
  for (const s of a.sections) {
    all.push(s.heading);
    for (const b of s.blocks) {
      all.push(b);
      for (const i of b.items ?? []) all.push(i, i.label, i.body);
    }
  }
  for (const x of all) {
    if (!x) continue;
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeLessThanOrEqual(a.text.length);
    expect(a.text.slice(x.start, x.end)).toBe(x.text);
  }
}
