import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Article, Brief, TextSpan } from '../src/types.js';
export { FIXTURES, fixtures, memoryIO } from '../scripts/lib/fixtures.js';

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
    if (c.cueSpan) expect(text.slice(c.cueSpan.start, c.cueSpan.end)).toBe(c.cue);
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

export { tempDir } from './temp.js';
