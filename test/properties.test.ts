/**
 * Property tests (fast-check): thousands of generated inputs per stage. Under `npm test` they run
 * with a fixed seed (reproducible CI); `npm run fuzz` runs ten times as many with a fresh seed.
 *
 * Properties: parse, annotate and extract never throw (an input with no text may be refused with
 * a NewsbriefError, never anything else); every offset lies inside the text and slices to the
 * item's text; the JSON output parses and validates against schema/brief.schema.json; no renderer
 * emits a raw control character.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { annotate } from '../src/nlp/index.js';
import { extract } from '../src/extract/index.js';
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
import { NewsbriefError } from '../src/errors.js';
import { renderJson } from '../src/render/json.js';
import { renderPlain } from '../src/render/plain.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';
import { view } from '../src/render/view.js';
import type { Article, Brief, InputFormatOption } from '../src/types.js';
import { CONTROL, expectArticleGrounded, expectGrounded, fixtures, readFixture } from './helpers.js';

const FUZZ = process.env.NEWSBRIEF_FUZZ === '1';
const runs = (n: number): fc.Parameters<unknown> => (FUZZ ? { numRuns: n * 10 } : { numRuns: n, seed: 20261128 });

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'brief.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

// ───────────────────────── generators ──

const HOSTILE = ['\u001b[31m', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\', '\u009b2J', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\0', '\u0007', '\r', '\t', '\u2028'];
const WORDS = [
  'the', 'a', 'said', 'will', 'could', 'according to', 'President', 'Xi Jinping', 'Alibaba', 'China', 'U.S.', "Alibaba's", 'Mr.', 'Dr',
  'led to', 'because', '$20bn', '3.5%', '1996-08-22', 'Loading Now', 'Post Comment', 'Read more', '“quoted”', '"so"', '—', '–', '(CNN)',
  'WASHINGTON', 'By', 'Jane', 'Doe', 'café', 'Zürich', '東京', 'مرحبا', '🙂', 'e.g.', 'Inc.', 'However,', 'This', 'he', 'they', '...',
];
const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).chain((ws) => fc.constantFrom('.', '?', '!', '', ':', '…').map((end) => ws.join(' ') + end));
const block = fc.oneof(
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).chain((items) => fc.constantFrom('- ', '* ', '1. ', '2) ', '• ').map((m) => items.map((i) => m + i).join('\n'))),
  sentence.map((s) => `> ${s}`),
  fc.constantFrom('Loading Now', 'Post Comment', 'Advertisement', 'Related stories', '12 Comments', ' * Home', 'By Jane Doe', 'March 5, 2024 10:00 am'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const article = fc.array(block, { minLength: 1, maxLength: 12 }).chain((blocks) => fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n').map((sep) => blocks.join(sep)));
const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.constantFrom(...HOSTILE, ' ', 'a', '\n'), { maxLength: 60 }).map((xs) => xs.join('')));

const TAGS = ['p', 'div', 'span', 'a', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'article', 'section', 'nav', 'footer', 'figure', 'figcaption', 'script', 'style', 'table', 'tr', 'td', 'br', 'b', 'em', 'pre'];
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean(), fc.constantFrom('', ' class="share"', ' class="caption"', ' id="related"', ' href="/x"')).map(
      ([tag, children, close, attrs]) => `<${tag}${attrs}>${(children as string[]).join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node.map((body) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);

// Real articles to mutate: the repo's own fixtures (CI has no ../shared), cut into 2,000-character windows.
const samples = fixtures().flatMap(({ article }) => {
  const text = readFixture(article);
  const windows: string[] = [];
  for (let at = 0; at < text.length; at += 2000) windows.push(text.slice(at, at + 2000));
  return windows;
});
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, n]) => (s: string) => s.slice(0, at % (s.length + 1)) + s.slice((at % (s.length + 1)) + n)),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE, '\n\n', '\n', ' * ', '1. ', '"', '“'), fc.string({ unit: 'binary', maxLength: 8 }))).map(
    ([at, x]) => (s: string) => s.slice(0, at % (s.length + 1)) + x + s.slice(at % (s.length + 1)),
  ),
);
const mutated = fc.tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 12 })).map(([s, ms]) => ms.reduce((x, m) => m(x), s));

// ───────────────────────── properties ──

/** parse; `null` when the input is refused as empty (the only allowed failure). */
function parsed(text: string, inputFormat: InputFormatOption = 'auto'): Article | null {
  try {
    return parse(sourceFromText(text, 'fuzz', { inputFormat }));
  } catch (error) {
    if (error instanceof NewsbriefError && error.code === 'empty') return null;
    throw error;
  }
}


function briefOf(text: string, inputFormat: InputFormatOption = 'auto'): Brief | null {
  const a = parsed(text, inputFormat);
  return a ? extract(annotate(a), { explain: true }) : null;
}

function checkBrief(b: Brief): void {
  expectGrounded(b);
  const json = renderJson(b);
  const back = JSON.parse(json) as Brief;
  expect(back.text).toBe(b.text);
  if (!validate(back)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  expect(json).not.toMatch(CONTROL);
}

function checkRendering(b: Brief): void {
  for (const command of ['summarize', 'read', 'claims', 'implications', 'entities'] as const) {
    const nodes = view(b, command, { showDropped: true, explain: true });
    for (const out of [renderPlain(nodes), renderPlain(nodes, 30), renderMarkdown(nodes), renderTerminal(nodes, { width: 40, colorLevel: 0 })]) {
      expect(out).not.toMatch(CONTROL);
    }
    const coloured = renderTerminal(nodes, { width: 40, colorLevel: 1 }).replace(/\u001b\[[0-9;]*m/g, '');
    expect(coloured).not.toMatch(CONTROL);
  }
}

describe('properties', () => {
  it('parse: random Unicode and article-shaped text never throws and stays grounded', () => {
    fc.assert(
      fc.property(fc.oneof(unicode, article), (text) => {
        const a = parsed(text);
        if (a) expectArticleGrounded(a);
      }),
      runs(10_000),
    );
  });

  it('annotate and extract: article-shaped text gives grounded, schema-valid briefs', () => {
    fc.assert(
      fc.property(article, (text) => {
        const b = briefOf(text);
        if (b) checkBrief(b);
      }),
      runs(10_000),
    );
  });

  it('render: no format ever prints a control character from the article', () => {
    fc.assert(
      fc.property(fc.oneof(article, unicode), (text) => {
        const b = briefOf(text);
        if (b) checkRendering(b);
      }),
      runs(2_000),
    );
  });

  it('HTML: random, nested and unclosed markup parses and stays grounded', () => {
    fc.assert(
      fc.property(html, (page) => {
        const b = briefOf(page, 'html');
        if (b) checkBrief(b);
      }),
      runs(2_000),
    );
  });

  it('mutated real articles: never throw, always grounded', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const b = briefOf(text);
        if (b) checkBrief(b);
      }),
      runs(1_000),
    );
  });
});
