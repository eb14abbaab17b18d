import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brief } from '../src/index.js';
import type { Brief } from '../src/types.js';
import { cliOutput } from '../scripts/lib/fixtures.js';
import { expectGrounded, fixtures, readFixture } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
process.chdir(ROOT);

const names = (b: Brief, type: string): string[] => b.entities.filter((e) => e.type === type).map((e) => e.name);
const normalSpace = (s: string): string => s.replace(/\s+/g, ' ');

/** What matters for each fixture, beyond the golden files. */
const CHECKS: Record<string, (b: Brief) => void> = {
  'china-tech-private-sector': (b) => {
    expect(b.title?.text).toBe('China’s Tech Industry Reengages with Private Sector: A Strategic Pivot Towards Innovation');
    expect(b.dropped.map((d) => [d.text, d.reason])).toEqual([
      ['Loading Now', 'chrome'],
      ['China’s Tech Industry Reengages with Private Sector', 'repeated-title'],
      ['Post Comment', 'chrome'],
    ]);
    expect(b.sections.filter((s) => s.heading).map((s) => s.heading!.text)).toEqual([
      'A New Era of Government-Tech Collaboration',
      'Why This Matters for Global Tech Markets',
      'Challenges Ahead for China’s Tech Renaissance',
    ]);
    expect(b.summary).toHaveLength(3);
    const wsj = b.claims.find((c) => c.cue?.toLowerCase() === 'according to')!;
    expect(wsj.speaker).toBe('The Wall Street Journal');
    expect(names(b, 'person')).toEqual(expect.arrayContaining(['Xi Jinping', 'Jack Ma']));
    expect(names(b, 'organization')).toEqual(
      expect.arrayContaining(['Alibaba', 'Huawei', 'Tencent', 'BYD', 'Didi', 'Baidu', 'The Wall Street Journal', 'Financial Times', 'The Times', 'European Union']),
    );
    expect(names(b, 'place')).toEqual(expect.arrayContaining(['China', 'Beijing', 'U.S.']));
    // Heading words are not names.
    const all = b.entities.map((e) => e.name);
    for (const word of ['Tech Industry', 'New Era', 'Era', 'Government-Tech Collaboration', 'Tech Renaissance']) expect(all).not.toContain(word);
    expect(b.implications.filter((i) => i.kind === 'listed').map((i) => i.label)).toEqual([
      'Stronger Market Confidence',
      'Faster AI and Semiconductor Development',
      'Competitive Global Tech Industry',
    ]);
    // The closing plug is article text (it names the sources) but not summary material.
    expect(b.summary.some((s) => s.text.startsWith('For more insights'))).toBe(false);
  },
  'bbc-yukos-lawsuit': (b) => {
    expect(b.title?.text).toBe('Yukos sues four firms for $20bn');
    expect(b.dropped).toEqual([]);
    expect(b.summary[0]!.text).toMatch(/^Russian oil firm Yukos has sued four companies/);
    expect(names(b, 'organization')).toEqual(expect.arrayContaining(['Yukos', 'Gazprom', 'Rosneft']));
    expect(b.entities.find((e) => e.name === 'Yukos')!.mentions.length).toBeGreaterThanOrEqual(10);
    expect(names(b, 'person')).toEqual(expect.arrayContaining(['Mikhail Khodorkovsky', 'Letitia Clark']));
    expect(b.entities.filter((e) => e.type === 'money').map((e) => e.name)).toEqual(expect.arrayContaining(['$20bn']));
  },
  'cnn-kansas-abortion-law': (b) => {
    expect(b.title).toBeNull();
    expect(b.messages.map((m) => m.id)).toContain('no-title');
    expect(b.dateline?.text).toBe('(CNN)');
    expect(names(b, 'person')).toEqual(expect.arrayContaining(['Sam Brownback', 'Carol Tobias', 'Julie Burkhart']));
    expect(b.claims.some((c) => c.kind === 'direct' || c.kind === 'mixed')).toBe(true);
  },
  'polygraph-al-tanf-page': (b) => {
    expect(b.format).toBe('html');
    expect(b.title?.text).toBe('Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return');
    expect(b.meta.siteName).toBe('POLYGRAPH.info');
    expect(b.sections.filter((s) => s.heading).map((s) => s.heading!.text)).toEqual(expect.arrayContaining(['The al-Tanf base', 'The Rukban camp']));
    expect(b.summary[0]!.text).toMatch(/^In a joint statement published Oct\. 25/);
    expect(b.claims.find((c) => c.speaker === 'Pentagon')).toBeTruthy();
  },
  'cbs-browns-pasted-page': (b) => {
    expect(b.format).toBe('text');
    expect(b.title?.text).toBe("Browns player on Mason Rudolph's role in fight with Myles Garrett: He asked for it");
    const body = b.sections.flatMap((s) => s.blocks.map((x) => x.text)).join('\n');
    expect(body.startsWith("The Steelers spent Monday trying to distance themselves")).toBe(true);
    for (const chrome of ['CBS Sports Home', 'Fantasy Football Today', 'Our Latest Stories', 'Privacy']) expect(body).not.toContain(chrome);
    expect(b.dropped.length).toBeGreaterThan(40);
    expect(new Set(b.dropped.map((d) => d.reason))).toEqual(new Set(['chrome', 'navigation', 'outside-article', 'metadata', 'repeated-title', 'promo']));
    // The newsletter box inside the article ("Pick Six Newsletter", "Thanks for signing up!") is no text of it.
    for (const box of ['Pick Six Newsletter', 'opt-in box', 'Thanks for signing up']) expect(body).not.toContain(box);
    expect(b.byline?.text).toBe('by Bryan DeArdo');
    expect(b.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(['Myles Garrett', 'Mason Rudolph']));
  },
  'polygraph-al-tanf': (b) => {
    expect(b.sections.filter((s) => s.heading).map((s) => s.heading!.text)).toEqual(
      expect.arrayContaining(['The al-Tanf base', 'The Rukban camp']),
    );
    expect(b.claims.find((c) => c.speaker === 'Pentagon')).toBeTruthy();
    expect(names(b, 'place')).toEqual(expect.arrayContaining(['Syria']));
  },
};

describe.each(fixtures())('fixture $name', ({ name, dir, article }) => {
  const text = readFixture(article);

  it('grounds every item in the text', async () => {
    expectGrounded(await brief(text, { explain: true }));
  });

  // Text inputs only: an HTML page's lines are markup, and its text is derived.
  if (!article.endsWith('.html')) it('keeps every line of the input in a block, the title, byline or dropped list (nothing lost)', async () => {
    const b = await brief(text);
    const kept = b.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((x) => x.text)]).join('\n');
    const dropped = b.dropped.map((d) => d.text).join('\n');
    for (const line of text.split('\n').filter((l) => l.trim())) {
      const l = normalSpace(line.trim());
      const bare = l.replace(/^[*•-]\s+/, '');
      const found =
        normalSpace(kept).includes(l) || normalSpace(dropped).includes(l) || normalSpace(dropped).includes(bare) || [b.title?.text, b.byline?.text].includes(bare);
      expect(found, line).toBe(true);
    }
  });

  it('passes its own checks', async () => {
    expect(CHECKS[name], `add checks for fixture ${name}`).toBeTypeOf('function');
    CHECKS[name]!(await brief(text));
  });

  it.each(['json', 'markdown'] as const)('matches expected golden output (%s)', async (format) => {
    const file = join(dir, format === 'json' ? 'expected.json' : 'expected.md');
    expect(existsSync(file), `${relative(ROOT, file)} missing: npm run fixtures:update`).toBe(true);
    expect(await cliOutput(article, format)).toBe(readFileSync(file, 'utf8'));
  });
});
