import { describe, expect, it } from 'vitest';
import { clean, UNSAFE } from '../../src/render/sanitize.js';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { renderPlain } from '../../src/render/plain.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { renderJson } from '../../src/render/json.js';
import { excerpt, insideQuotation, summaryImplications, view } from '../../src/render/view.js';
import { brief } from '../../src/index.js';
import type { Brief, Implication } from '../../src/types.js';
import { CONTROL, FIXTURES } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { stringWidth as ourWidth } from '../../src/render/wrap.js';

const HOSTILE = [
  'Title \u001b]0;pwned\u0007 With \u001b[31mRed\u001b[0m And \u202eReversed\u202c',
  '',
  'A paragraph with an OSC 8 link \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\ and a C1 CSI \u009b31m here, zero\u200bwidth too. Mr. Evil\u001b[2J Smith said so.',
  '',
].join('\n');

describe('display width', () => {
  it('agrees with string-width on every character of its fast path and on other text', () => {
    const samples = ['', 'word', 'Hello, world!', '“Quoted” — and…', '北京', 'naïve', 'e\u0301', '👍🏽', '\u001b[31mred\u001b[0m', 'tab\there', 'ｆｕｌｌ', 'soft\u00adhyphen', 'zero\u200bwidth', '\u202eabc'];
    for (let c = 0; c < 0x2100; c++) samples.push(`a${String.fromCharCode(c)}b`);
    for (const s of samples) expect(ourWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
  });
});

describe('sanitize', () => {
  it('makes C0 controls visible, replaces C1 and strips bidi and zero-width characters', () => {
    expect(clean('a\u001b[31mb')).toBe('a\u241b[31mb');
    expect(clean('a\u009bb')).toBe('a\ufffdb');
    expect(clean('a\u202eb\u200bc\u2066d')).toBe('abcd');
    expect(clean('keep\nnewlines')).toBe('keep\nnewlines');
  });

  it('keeps the joiners an emoji sequence or a Persian word needs, and drops the ones that only hide', () => {
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466}';
    expect(clean(`the family emoji ${family} is four emoji`)).toBe(`the family emoji ${family} is four emoji`);
    expect(clean('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).toBe('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645');
    expect(clean('pay\u200dpal and \u200c PayPal\u200d')).toBe('paypal and  PayPal');
    expect(`x ${family}`).not.toMatch(UNSAFE);
    expect('pay\u200dpal').toMatch(UNSAFE);
    // (Nor in a script that writes without them, Cyrillic or Han; a Malayalam chillu keeps its joiner at the word's end.)
    expect(clean('\u041f\u0443\u200d\u0442\u0438\u043d and \u4e2d\u200d\u56fd')).toBe('\u041f\u0443\u0442\u0438\u043d and \u4e2d\u56fd');
    expect(clean('\u0d05\u0d35\u0d28\u0d4d\u200d appeared')).toBe('\u0d05\u0d35\u0d28\u0d4d\u200d appeared');
  });

  it.each(['terminal', 'text', 'markdown'] as const)('%s output never carries a control character from the article', async (format) => {
    const b = await brief(HOSTILE);
    for (const command of ['summarize', 'read', 'claims', 'implications', 'entities'] as const) {
      const nodes = view(b, command, { showDropped: true });
      const out =
        format === 'terminal' ? renderTerminal(nodes, { width: 60, colorLevel: 0 }) : format === 'text' ? renderPlain(nodes) : renderMarkdown(nodes);
      expect(out, `${command}`).not.toMatch(CONTROL);
      expect(out).not.toMatch(UNSAFE);
    }
  });

  it('JSON escapes what could drive a terminal and still round-trips exactly', async () => {
    const b = await brief(HOSTILE);
    const json = renderJson(b);
    expect(json).not.toMatch(CONTROL);
    expect(json).not.toMatch(/[\u202e\u200b]/);
    expect(JSON.parse(json).text).toBe(b.text);
  });
});

describe('--show-dropped', () => {
  it("lists a dropped list's items on one line without their bullets, and a paragraph as it reads", async () => {
    const b = await brief(HOSTILE);
    const dropped = { ...b, dropped: [{ text: '- Poker Chip Trays\n- Pizza Peel', start: 10, end: 40, reason: 'related-links' as const }, { text: '- 5 things to know', start: 50, end: 68, reason: 'chrome' as const }, { text: 'Sign up for our\nnewsletter', start: 70, end: 96, reason: 'promo' as const }] };
    const out = renderPlain(view(dropped, 'read', { showDropped: true }));
    expect(out).toContain('- Poker Chip Trays · Pizza Peel [related-links @10]');
    expect(out).toContain('- 5 things to know [chrome @50]');
    expect(out).toContain('- Sign up for our newsletter [promo @70]');
  });
});

describe('markdown', () => {
  it('escapes markup in article text', () => {
    expect(escapeMarkdown('a *b* [c](d) _e_ <f>')).toBe('a \\*b\\* \\[c\\](d) \\_e\\_ \\<f\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('renders the view as Markdown', () => {
    const md = renderMarkdown([
      { kind: 'title', text: 'T' },
      { kind: 'heading', text: 'Summary' },
      { kind: 'list', ordered: true, items: [{ label: 'L', text: 'x', note: 'could' }] },
    ]);
    expect(md).toBe('# T\n\n## Summary\n\n1. **L** – x *(could)*\n');
  });

  it('keeps a list nested in an item under it, in every format, numbering only the top level', async () => {
    const parsed = await brief('<html><head><title>Healthy eating</title></head><body><article><h1>Healthy eating</h1><p>Most people need to eat more foods with dietary fiber and less added sugar every single day.</p><ul><li>Drink water. Add flavor with:<ul><li>100% orange juice.</li><li>A squeeze of lemon juice.</li></ul></li><li>Choose fruit for dessert.</li></ul><ol><li>Cleanser</li><li>Toner<ol><li>Pat it on.</li></ol></li><li>Serum</li></ol><p>Small changes like these add up over weeks and months and make a real difference.</p></article></body></html>', { inputFormat: 'html' });
    const items = parsed.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'list').flatMap((b) => b.items!);
    expect(items.map((i) => i.depth ?? 0)).toEqual([0, 1, 1, 0, 0, 0, 1, 0]);
    for (const i of items) expect(parsed.text.slice(i.start, i.end)).toBe(i.text);
    const nodes = view(parsed, 'read');
    expect(renderPlain(nodes)).toContain('- Drink water. Add flavor with:\n  - 100% orange juice.\n  - A squeeze of lemon juice.\n- Choose fruit for dessert.');
    expect(renderPlain(nodes)).toContain('1. Cleanser\n2. Toner\n  - Pat it on.\n3. Serum');
    expect(renderMarkdown(nodes)).toContain('2. Toner\n   - Pat it on.\n3. Serum');
    expect(renderTerminal(nodes, { width: 80, colorLevel: 0 })).toMatch(/^ {2}2\. Toner\n {7}\* Pat it on\.\n {2}3\. Serum$/m);
    // (Two items nested under an ordered one are not counted among its numbers, and a wrapped line that opens on a year keeps it.)
    const steps = await brief('# How to apply\n\nYou can apply for the exemption online or by mail, and the county says most applications take a month.\n\n1. Gather your documents, including:\n   - Proof of income\n   - A copy of your deed\n2. Fill out the form.\n3. Submit it before the deadline the plan the county drew up in 2019. 2024. Was the year it changed.\n', { inputFormat: 'markdown' });
    const terminal = renderTerminal(view(steps, 'read'), { width: 40, colorLevel: 0 });
    expect(terminal.split('\n').map((l) => l.trimEnd())).toEqual(expect.arrayContaining(['  1. Gather your documents, including:', '       * Proof of income', '       * A copy of your deed', '  2. Fill out the form.']));
    expect(terminal).toMatch(/deed\s*\n {2}2\. Fill/);
    expect(terminal).toContain('2019.');
    expect(terminal).toContain('2024. Was');
    // (An item that holds only a list is no level: its items stay peers of their siblings.)
    const only = await brief('<html><head><title>Park plan</title></head><body><article><h1>Park plan</h1><p>The council approved the new park on Tuesday after a long debate over its cost to the city.</p><ul><li>The plan includes:<ul><li><ul><li>Wider bike lanes</li></ul></li><li>New lighting</li><li>A viewing platform</li></ul></li></ul><p>Work begins in the spring and should take two years, the mayor said on Tuesday.</p></article></body></html>', { inputFormat: 'html' });
    expect(only.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'list').flatMap((b) => b.items!).map((i) => i.depth ?? 0)).toEqual([0, 1, 1, 1]);
    // (A countdown, <ol reversed>, counts down in every format.)
    const countdown = await brief('<html><head><title>Top parks</title></head><body><article><h1>Top parks</h1><p>We ranked the parks by visitors, views and trails, and here is the countdown to the very best.</p><ol reversed><li>Elm Park</li><li>Oak Park</li><li>Pine Park</li></ol><p>All of them are free to visit and open every day of the year, the city said on Tuesday.</p></article></body></html>', { inputFormat: 'html' });
    expect(renderPlain(view(countdown, 'read'))).toContain('3. Elm Park\n2. Oak Park\n1. Pine Park');
    expect(renderTerminal(view(countdown, 'read'), { width: 80, colorLevel: 0 })).toMatch(/ {2}3\. Elm Park\n {2}2\. Oak Park\n {2}1\. Pine Park/);
    // (Markdown's nested lists too.)
    const md = await brief('# Healthy eating\n\nMost people need to eat more foods with dietary fiber and less added sugar every day.\n\n- Drink water\n  - with lemon\n- Choose fruit\n', { inputFormat: 'markdown' });
    expect(md.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'list').flatMap((b) => b.items!).map((i) => i.depth ?? 0)).toEqual([0, 1, 0]);
  });

  it('numbers an ordered list as the article does when it goes on another list’s count, in every format', async () => {
    const parsed = await brief('<html><head><title>Steps</title></head><body><article><h1>Steps</h1><ol><li>Cleanser</li></ol><p>Wash your face with it twice a day, in the morning and at night, before anything else.</p><ol start="2"><li>Toner</li><li>Serum</li></ol><p>Pat a few drops of each onto your face after you wash, and wait a minute between them.</p></article></body></html>', { inputFormat: 'html' });
    const nodes = view(parsed, 'read');
    expect(renderMarkdown(nodes)).toMatch(/^2\. Toner\n3\. Serum$/m);
    expect(renderPlain(nodes)).toMatch(/^2\. Toner\n3\. Serum$/m);
    expect(renderTerminal(nodes, { width: 80, colorLevel: 0 })).toMatch(/^ {2}2\. Toner\n {2}3\. Serum$/m);
    expect(renderTerminal(nodes, { width: 80, colorLevel: 0 })).toMatch(/^ {2}1\. Cleanser$/m);
    // (Or when its first item sets the number: "<li value="2">".)
    const valued = await brief('<html><head><title>Steps</title></head><body><article><h1>Steps</h1><ol><li>Cleanser</li></ol><p>Wash your face with it twice a day, in the morning and at night, before anything else.</p><ol><li value="2">Toner</li><li value="3">Serum</li></ol><p>Pat a few drops of each onto your face after you wash, and wait a minute between them.</p></article></body></html>', { inputFormat: 'html' });
    expect(renderPlain(view(valued, 'read'))).toMatch(/^2\. Toner\n3\. Serum$/m);
  });
});

describe('tables', () => {
  const rows = [
    ['Pos', 'Player', 'Stats'],
    ['DL', 'Larry Ogunjobi', '1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.'],
    ['DL', 'Myles Garrett', '3 QH | 1 FF'],
  ];

  it('Markdown writes a GFM table with the first row as header and pipes escaped', () => {
    expect(renderMarkdown([{ kind: 'table', rows }])).toBe(
      '| Pos | Player | Stats |\n| --- | --- | --- |\n| DL | Larry Ogunjobi | 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH. |\n| DL | Myles Garrett | 3 QH \\| 1 FF |\n',
    );
  });

  it('plain text aligns the columns when they fit, and separates cells with " | " when not', () => {
    expect(renderPlain([{ kind: 'table', rows }]).split('\n').slice(1, 3)).toEqual(['Pos  Player          Stats', 'DL   Larry Ogunjobi  1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.']);
    const narrow = renderPlain([{ kind: 'table', rows }], 30).split('\n').filter(Boolean);
    expect(narrow[0]).toBe('Pos | Player | Stats');
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(30);
  });

  it.each([30, 100])('the terminal lays a table out as text within width %i, without a table renderer', (width) => {
    const out = renderTerminal([{ kind: 'table', rows }], { width, colorLevel: 1 });
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toContain('Larry Ogunjobi');
    for (const line of out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });
});

describe('terminal', () => {
  const nodes = [
    { kind: 'title' as const, text: 'A title that is long enough to need wrapping at a narrow width' },
    { kind: 'paragraph' as const, text: 'Supercalifragilisticexpialidociousnessandmoreandmorewithoutspaces is one word. ' + 'word '.repeat(30) },
    { kind: 'list' as const, ordered: false, items: [{ label: 'Label', text: 'a list item long enough to wrap several times at this width, surely', note: 'note' }] },
  ];

  it.each([20, 40, 100])('fits width %i with colours on, and styles text', (width) => {
    const out = renderTerminal(nodes, { width, colorLevel: 1 });
    expect(out).toContain('\u001b[1m');
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of plain.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('has no escape codes at colour level 0', () => {
    expect(renderTerminal(nodes, { width: 40, colorLevel: 0 })).not.toMatch(CONTROL);
  });

  it('never leaves a note\'s opening parenthesis at the end of a line', () => {
    // Widths at which the break falls between the text and its note.
    const item = { text: 'These kinds of errors are extraordinarily revealing.', note: 'will' };
    for (let width = 30; width <= 70; width++) {
      const out = renderTerminal([{ kind: 'list' as const, ordered: false, items: [item] }], { width, colorLevel: 0 });
      expect(out, `width ${width}`).not.toMatch(/\($/m);
      expect(out.replace(/\s+/g, ' ')).toContain('revealing. (will)');
    }
  });
});

describe('plain', () => {
  it('wraps only when given a width', () => {
    const nodes = [{ kind: 'paragraph' as const, text: 'word '.repeat(40).trim() }];
    expect(renderPlain(nodes).split('\n').filter(Boolean)).toHaveLength(1);
    for (const line of renderPlain(nodes, 30).split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe('the lede line', () => {
  /** The first line under the meta line: the lede, or the summary's first sentence where the lede is one of them. */
  const opening = (b: Brief): string | null => {
    const nodes = view(b, 'summarize');
    const lede = nodes.find((n) => n.kind === 'lede');
    if (lede && 'text' in lede) return lede.text;
    const list = nodes[nodes.findIndex((n) => n.kind === 'heading' && n.text === 'Summary') + 1];
    return list && list.kind === 'list' ? list.items[0]!.text : null;
  };

  it('is the first body sentence that reads as one: not a timestamp, credit or caption', async () => {
    const b = await brief(
      'Budget talks resume\n\n19.30 GMT\n\nPhotograph: Jane Roe/Reuters\n\nThe minister said talks would resume on Friday after a short break in the capital.\n\nOpposition leaders said they would not support the plan unless it was changed.\n',
    );
    expect(opening(b)).toBe('The minister said talks would resume on Friday after a short break in the capital.');
    // (Nor the page's welcome, a teaser: "If so, you came to the right place!")
    const welcome = await brief('Japan Travel Guide\n\nAre you traveling to Japan for the first time? If so, you came to the right place! I created this guide for first-time travelers after having all of these questions myself.\n\nI am a planner and a worrier, so I read every article I could find before my first trip to Japan.\n\nJapan is a welcoming country with every modern convenience a first-time visitor may need.\n');
    expect(opening(welcome)).not.toMatch(/right place/);
  });

  it('names the site once when the byline already names it', async () => {
    const page = (by: string) =>
      `<html><head><meta property="og:site_name" content="Associated Press"><title>Mexico grows again</title></head><body><article><h1>Mexico grows again</h1><p class="byline">${by}</p><p>Mexico's economy grew for the sixth consecutive quarter, the statistics agency said on Monday.</p><p>Analysts had expected slower growth after a long run of interest rate rises.</p></article></body></html>`;
    const metaOf = async (by: string) => {
      const meta = view(await brief(page(by), { inputFormat: 'html' }), 'summarize').find((n) => n.kind === 'meta');
      return meta && 'text' in meta ? meta.text : '';
    };
    expect((await metaOf('By Associated Press')).match(/Associated Press/g)).toHaveLength(1);
    expect(await metaOf('By Jane Roe')).toMatch(/Jane Roe · Associated Press/);
    // A site's name inside a writer's name is not the site named.
    const ap = view(await brief(page('By Alex Kaplan').replace('content="Associated Press"', 'content="AP"'), { inputFormat: 'html' }), 'summarize').find((n) => n.kind === 'meta');
    expect(ap && 'text' in ap ? ap.text : '').toMatch(/Alex Kaplan · AP ·/);
  });

  it('counts one word as one word in the meta line', async () => {
    const b = await brief('Title\n\nHello.\n');
    const meta = view(b, 'summarize').find((n) => n.kind === 'meta');
    expect(meta && 'text' in meta ? meta.text : '').toMatch(/(?:^|· )1 word ·/);
  });

  it('is no question and no aside in parentheses', async () => {
    const b = await brief(
      'A slogan for the state\n\nRemember the epic quest to find a state slogan for New Jersey at last?\n\n(We never did settle on one, unlike our 565 towns, which are packed with them.)\n\nThe new slogan for an anti-drug campaign drew a lot of attention on social media on Monday.\n\nThe governor said the campaign would run all year.\n',
    );
    expect(opening(b)).toBe('The new slogan for an anti-drug campaign drew a lot of attention on social media on Monday.');
  });

  it('is printed once: where it is a summary sentence the summary lists it, so the summary holds as many sentences as asked', async () => {
    const story = 'Council approves park\n\nThe council approved the new riverside park on Tuesday after a long debate.\n\nThe park will cost $4 million and open next spring, officials said.\n\nResidents had asked for a park on the site for a decade.\n\nThe vote was 7 to 2.\n';
    for (const sentences of [2, 3]) {
      const b = await brief(story, { sentences });
      expect(b.summary.map((s) => s.text)).toContain('The council approved the new riverside park on Tuesday after a long debate.');
      const nodes = view(b, 'summarize');
      expect(nodes.some((n) => n.kind === 'lede')).toBe(false);
      const list = nodes[nodes.findIndex((n) => n.kind === 'heading' && n.text === 'Summary') + 1];
      expect(list?.kind === 'list' ? list.items.length : 0).toBe(sentences);
    }
    // A dek is no summary sentence: it stays the line above the summary, which still lists all it holds.
    const b = await brief(`---\ntitle: Council approves park\ndeck: A decade of asking ends in a vote.\n---\n\n${story.slice(story.indexOf('The council'))}`, { inputFormat: 'markdown' });
    const nodes = view(b, 'summarize');
    expect(nodes.find((n) => n.kind === 'lede')).toMatchObject({ text: 'A decade of asking ends in a vote.' });
    const list = nodes[nodes.findIndex((n) => n.kind === 'heading' && n.text === 'Summary') + 1];
    expect(list?.kind === 'list' ? list.items.length : 0).toBe(b.summary.length);
  });

  it('is no spoiler warning', async () => {
    const b = await brief('Director calls the sequel a war movie\n\nWarning: This article contains spoilers from Rebel Moon — Part One: A Child of Fire.\n\nZack Snyder has assembled his team of heroes for the second film.\n');
    expect(opening(b)).toBe('Zack Snyder has assembled his team of heroes for the second film.');
  });
});

describe('the read view', () => {
  it("keeps a list item's own separator between its label and its text", async () => {
    const b = await brief('Works\n\nHe wrote several books in English about his travels and his country.\n\n- The United States of America: A Hindu’s Impression, 1916.\n- Young India – An Interpretation, 1916.\n');
    const nodes = view(b, 'read');
    expect(renderPlain(nodes)).toContain('- The United States of America: A Hindu’s Impression, 1916.');
    expect(renderPlain(nodes)).toContain('- Young India – An Interpretation, 1916.');
    expect(renderMarkdown(nodes)).toContain('**The United States of America**: A Hindu’s Impression');
  });
});

describe('key claims in the summary view', () => {
  it('show a long answer by its opening sentences and an ellipsis; the claims view and JSON keep it whole', async () => {
    const answer = Array.from({ length: 8 }, (_, i) => `Our teams built the standards in stage ${i + 1} of the project with many agencies.`).join(' ');
    const b = await brief(`A Q&A With Ryan Day\n\nGray Brooks talked with Ryan Day.\n\nQ: What did you build?\n\nA: ${answer}\n\nQ: What comes next?\n\nA: We will publish the standards.\n\nQ: Who helped?\n\nA: Many agencies helped us write them.\n`);
    const claims = view(b, 'summarize').find((n) => n.kind === 'list' && n.items.some((i) => i.label === 'Ryan Day'));
    const shown = claims && claims.kind === 'list' ? claims.items.find((i) => i.label === 'Ryan Day')!.text : '';
    expect(shown.length).toBeLessThanOrEqual(282);
    expect(shown).toMatch(/^Our teams built the standards in stage 1 .*agencies\. …$/);
    const full = b.claims.find((c) => c.speaker === 'Ryan Day')!;
    expect(b.text.slice(full.content.start, full.content.end)).toContain('stage 8');
  });

  it('keep the verb of a content that cannot stand without it, but never a colon label', async () => {
    const b = await brief(
      'Talks with GSA\n\nThe ministry issued a statement on Monday. Chinese officials vowed to cut prices in China next month.\n\nGray Brooks: At GSA, this effort has the support of the agency CTO and CIO.\n\nRyan Day: We built it.\n',
    );
    const plain = renderPlain(view(b, 'summarize'));
    expect(plain).toMatch(/– vowed to cut prices in China next month/);
    expect(plain).toMatch(/Gray Brooks – At GSA, this effort/);
    expect(plain).not.toMatch(/– : /);
  });

  it('cut a text with no sentence end at a word', () => {
    expect(excerpt('word '.repeat(100).trim(), 40)).toBe('word word word word word word word word …');
    expect(excerpt('short claim')).toBe('short claim');
  });
});

describe('the summary view', () => {
  it('does not repeat the lede line when the article prints that sentence twice', async () => {
    const lead = 'The prime minister said the country will train pilots to fly western fighter jets relatively soon.';
    const b = await brief(`Pilots to be trained\n\n${lead}\n\nOfficials said the training would begin in the summer at bases in England.\n\n${lead}\n\nAllies are expected to join the coalition later this year, the ministry said.\n`);
    const nodes = view(b, 'summarize');
    const summary = nodes[nodes.findIndex((n) => n.kind === 'heading' && n.text === 'Summary') + 1];
    const texts = [...nodes.filter((n) => n.kind === 'lede').map((n) => ('text' in n ? n.text : '')), ...(summary?.kind === 'list' ? summary.items.map((i) => i.text) : [])];
    expect(texts.filter((t) => t === lead)).toHaveLength(1);
    expect(texts.length).toBeGreaterThan(1);
  });
});

describe('implications in the summary view', () => {
  it('show the firmest three, and a relation a short word marks as "cause and effect", not the word', async () => {
    const text = readFileSync(join(FIXTURES, 'bbc-yukos-lawsuit', 'article.txt'), 'utf8');
    const plain = renderPlain(view(await brief(text), 'summarize'));
    const shown = plain.slice(plain.indexOf('Implications')).split('\n').filter((l) => l.startsWith('- '));
    expect(shown).toHaveLength(3);
    // A firm forecast is shown before a relation only "to" marks ("gave control of the company to …").
    expect(shown.some((l) => l.includes('will start a two-day hearing'))).toBe(true);
    expect(shown.some((l) => l.includes('Baikal gave control'))).toBe(false);
    expect(plain).not.toMatch(/\[“(?:after|over|to|so)”\]/);
  });
});

describe('key claims in the summary view', () => {
  it('leave out what the headline says (the body says it in full)', async () => {
    const b = await brief('Sunak says the UK will train Ukrainian pilots\n\nRishi Sunak told Volodymyr Zelenskiy on Monday that Britain would train Ukrainian pilots to fly western jets, officials said.\n');
    expect(b.claims.some((c) => b.sentences[c.sentence]!.role === 'title' && c.kind !== 'factual')).toBe(false);
    const plain = renderPlain(view(b, 'summarize'));
    const keyClaims = plain.slice(plain.indexOf('\nClaims\n'), plain.indexOf('\nWho and where\n'));
    expect(keyClaims).not.toMatch(/Rishi Sunak – the UK will train/);
    expect(keyClaims).toMatch(/officials – /);
  });

  it('leave out a source that only declined to comment or did not answer', async () => {
    const b = await brief(
      'Tank fired on reporters\n\nAn Israeli tank killed a reporter in October, a report found on Thursday.\n\n' +
        'The Israel Defense Forces did not respond to requests for comment about the attack.\n\n' +
        '“We condemn the attack in the strongest terms,” Reuters editor Alessandra Galloni said.\n',
    );
    // A negated answer is no claim at all (claims/index.ts); the view's own filter keeps any other silence out.
    expect(b.claims.some((c) => /requests for comment/.test(b.text.slice(c.content.start, c.content.end)))).toBe(false);
    const plain = renderPlain(view(b, 'summarize'));
    const keyClaims = plain.slice(plain.indexOf('\nClaims\n'), plain.indexOf('\nWho and where\n'));
    expect(keyClaims).not.toMatch(/Israel Defense Forces|requests for comment/);
    expect(keyClaims).toMatch(/Alessandra Galloni – /);
  });

  it('show the words of sources named together once, under all their names', async () => {
    const b = await brief(
      'Teamsters weigh a strike\n\nTeamsters President Sean O’Brien and General Secretary-Treasurer Fred Zuckerman said they are willing to strike.\n\n' +
        'The company said it would keep talking.\n',
    );
    expect(b.claims.filter((c) => c.cue === 'said' && /willing/.test(b.text.slice(c.content.start, c.content.end))).map((c) => c.speaker)).toEqual(['Sean O’Brien', 'Fred Zuckerman']);
    const plain = renderPlain(view(b, 'summarize'));
    const keyClaims = plain.slice(plain.indexOf('\nClaims\n'), plain.indexOf('\nWho and where\n'));
    expect(keyClaims).toMatch(/Sean O’Brien and Fred Zuckerman – they are willing to strike/);
    expect(keyClaims.match(/willing to strike/g)).toHaveLength(1);
    // The claims view lists them once, under both names.
    const listing = renderPlain(view(b, 'claims'));
    expect(listing).toContain('\nSean O’Brien and Fred Zuckerman\n');
    expect(listing.match(/willing to strike/g)).toHaveLength(1);
  });
});

describe('the lede in the summary view', () => {
  it('goes on after a dateline the meta line already shows', async () => {
    const text = readFileSync(join(FIXTURES, 'cnn-kansas-abortion-law', 'article.txt'), 'utf8');
    const b = await brief(text);
    expect(b.dateline?.text).toBe('(CNN)');
    const plain = renderPlain(view(b, 'summarize'));
    expect(plain.split('\n')[1]).toMatch(/^\(CNN\) · /);
    expect(plain).toContain('\n- A new Kansas law banning');
    expect(plain).not.toContain('(CNN)A new');
  });

  it('and so does a summary sentence that opens on it (a dek took the lede line); places joined by a slash are one dateline', async () => {
    const story = 'BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a reporter in Lebanon in October, according to a report published on Thursday.';
    const b = await brief(`---\ntitle: Tank fired at reporters, report finds\ndeck: A report into the attack says a tank fired at a group of journalists that was clearly marked.\n---\n\n${story}\n\nThe report was published on Thursday.\n`, { inputFormat: 'markdown' });
    expect(b.dateline?.text).toBe('BEIRUT/THE HAGUE, March 7 (Reuters)');
    const plain = renderPlain(view(b, 'summarize'));
    expect(plain).toContain('\n- An Israeli tank crew killed');
    expect(plain).not.toContain('- BEIRUT');
  });

  it('and after a dateline whose state abbreviation ends on a full stop: the sentence does not end inside it', async () => {
    const b = await brief('Campaigns brace for a sprint\n\nLA CROSSE, Wis. (AP) — After a summer of historic tumult, the path to the presidency is becoming much clearer.\n\nThe candidates will debate in one week.\n');
    expect(b.dateline?.text).toBe('LA CROSSE, Wis. (AP)');
    const plain = renderPlain(view(b, 'summarize'));
    expect(plain).toContain('\n- After a summer of historic tumult');
    expect(plain).not.toContain('(AP) —');
  });

  it('and right after a dateline that ends on an abbreviation\'s full stop: "GREEN BAY, Wis. -- Here we go again." is one sentence', async () => {
    const b = await brief('Suh faces review after stepping on Rodgers\n\nGREEN BAY, Wis. -- Here we go again.\n\nStar defensive tackle Ndamukong Suh drew the ire of the Green Bay Packers on Sunday.\n');
    expect(b.dateline?.text).toBe('GREEN BAY, Wis.');
    expect(b.sentences.map((s) => s.text)).toContain('GREEN BAY, Wis. -- Here we go again.');
    expect(b.sentences.map((s) => s.text)).not.toContain('GREEN BAY, Wis.');
  });

  it('and after a reporter\'s name run into the dateline, which the meta line shows as the byline', async () => {
    const b = await brief('Top Belarus politician blasts president.\nLarisa Sayenko MINSK 1996-08-30 A senior Belarus politician accused the president on Friday of attempting to set up a dictatorship.\nThe speaker of the parliament, Semyon Sharetsky, told Reuters the draft would increase the powers of the ruler.\n');
    const plain = renderPlain(view(b, 'summarize'));
    expect(plain.split('\n')[1]).toMatch(/^Larisa Sayenko · MINSK 1996-08-30 · /);
    expect(plain).toContain('\n- A senior Belarus politician accused');
    expect(plain.slice(0, plain.indexOf('\nClaims\n'))).not.toContain('Sayenko MINSK');
  });
});

describe('the meta line', () => {
  it('shows the day a page was published, and the JSON the whole timestamp', async () => {
    const html = '<html><head><title>Council approves park</title><meta property="article:published_time" content="2024-03-07T07:55:25Z"></head><body><article><p>' + 'The council approved the new park on Tuesday after a long debate about its cost. '.repeat(6) + '</p></article></body></html>';
    const b = await brief(html, { inputFormat: 'html' });
    expect(b.meta.published).toBe('2024-03-07T07:55:25Z');
    const line = renderPlain(view(b, 'summarize')).split('\n')[1]!;
    expect(line).toContain('2024-03-07 · ');
    expect(line).not.toContain('07:55');
  });
});

describe('implications the summary view shows', () => {
  it("puts the writer's own before a quoted one of equal strength, also inside a quotation its paragraph opened", () => {
    const text = 'Title\n\n“New rules will not end the war. They will not bring the hostages home,” the envoy said.\n\nThe court will give its opinion in June, and the rules will take effect next year.\n';
    const at = (s: string) => text.indexOf(s);
    expect(insideQuotation(text, at('They will not bring'))).toBe(true);
    expect(insideQuotation(text, at('The court will'))).toBe(false);
    // An inch mark opens nothing; a straight quotation counts beside curly marks.
    const inch = 'The 65" screen costs more. Prices will rise.';
    expect(insideQuotation(inch, inch.indexOf('Prices'))).toBe(false);
    const mixed = 'The “Squad” said: "Prices will rise. Rents will rise too."';
    expect(insideQuotation(mixed, mixed.indexOf('Rents'))).toBe(true);
    const implication = (s: string): Implication => ({ kind: 'stated', label: null, text: s, start: at(s), end: at(s) + s.length, cause: null, effect: null, signal: null, cue: 'will', modality: 'will', horizon: null });
    const all = [implication('They will not bring the hostages home,”'), implication('The court will give its opinion in June, and the rules will take effect next year.')];
    expect(summaryImplications(all, 1, text).map((i) => i.text)).toEqual(['The court will give its opinion in June, and the rules will take effect next year.']);
  });
});
