import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/index.js';
import { memoryIO, tempDir } from '../helpers.js';

describe('warnings in a batch', () => {
  it('name the input they are about', async () => {
    const dir = tempDir('newsbrief-warn-');
    const english = 'The council approved a plan on Tuesday to build a park on the old rail yards, officials said after the vote.\n';
    const french =
      "Le gouvernement a annoncé mardi une nouvelle loi sur le logement. Les députés ont voté pour le texte dans la soirée, et le ministre a déclaré que les loyers seront plafonnés dans les grandes villes. Les associations ont salué une avancée, mais les propriétaires dénoncent une mesure qui réduira l'offre de logements.\n";
    writeFileSync(join(dir, 'a.txt'), english);
    writeFileSync(join(dir, 'b.txt'), french);
    const io = memoryIO();
    expect(await run(['summarize', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'ndjson', '--jobs', '1'], io)).toBe(0);
    const warnings = io.err().split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`newsbrief: warning: ${join(dir, 'b.txt')}: the text does not look like English`);
  });

  it('say that a page holds far more text in its scripts than the article newsbrief found', async () => {
    const dir = tempDir('newsbrief-warn-');
    const item = (n: number) => `{"description":"Item ${n} of the list is the solo record the singer made after the band's long break, with songs about home, friends and the years on the road that fans waited for."}`;
    writeFileSync(join(dir, 'list.html'), `<html><head><title>The solo records</title></head><body><article><h1>The solo records</h1><p>The stars are focusing on personal projects, and their songs give a taste of what is next.</p></article><script>var list = [${Array.from({ length: 24 }, (_, i) => item(i)).join(',')}];</script></body></html>`);
    const io = memoryIO();
    expect(await run(['summarize', join(dir, 'list.html'), '--format', 'text'], io)).toBe(0);
    expect(io.err()).toContain(`newsbrief: warning: ${join(dir, 'list.html')}: only `);
    expect(io.err()).toMatch(/only \d+ words of article text found, though the page's scripts hold about \d+ words of text: the page may build its article with JavaScript/);
  });

  it('say that a page ran other stories after the article, which were left out', async () => {
    const dir = tempDir('newsbrief-warn-');
    const para = (topic: string, n: number) => `<p>Paragraph ${n} of the ${topic} story says what happened, who was there and what they decided to do about it next week.</p>`;
    const story = (topic: string) => `<article><h1>The ${topic} story</h1>${para(topic, 1)}${para(topic, 2)}${para(topic, 3)}</article>`;
    writeFileSync(join(dir, 'page.html'), `<html><head><title>The mill story</title></head><body><article>${story('mill')}${story('bridge')}${story('school')}</article></body></html>`);
    const io = memoryIO();
    expect(await run(['read', join(dir, 'page.html'), '--format', 'text'], io)).toBe(0);
    expect(io.out()).toContain('Paragraph 3 of the mill story');
    expect(io.out()).not.toContain('bridge');
    expect(io.err()).toContain(`newsbrief: warning: ${join(dir, 'page.html')}: left out 2 other stories the page runs after the article, each under its own headline: “The bridge story” and “The school story”`);
  });
});
