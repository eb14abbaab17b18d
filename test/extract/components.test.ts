import { describe, expect, it } from 'vitest';
import { brief } from '../../src/index.js';
import { needsNames, plan } from '../../src/extract/components.js';
import { COMMAND_PARTS } from '../../src/vocabulary.js';
import { fixtures, readFixture } from '../helpers.js';

const seed = readFixture(fixtures().find((f) => f.name === 'china-tech-private-sector')!.article);

describe('extraction components', () => {
  it('run what a part requires, in order', () => {
    expect(plan(['claims']).map((c) => c.part)).toEqual(['claims']);
    expect(plan(['implications']).map((c) => c.part)).toEqual(['implications']);
    expect(plan([]).map((c) => c.part)).toEqual([]);
    expect(plan().map((c) => c.part)).toEqual(['summary', 'entities', 'claims', 'implications']);
  });

  it('load the name recogniser only for parts that read names', () => {
    expect(needsNames(COMMAND_PARTS.read)).toBe(false);
    expect(needsNames(COMMAND_PARTS.implications)).toBe(false);
    expect(needsNames(COMMAND_PARTS.claims)).toBe(true);
    expect(needsNames()).toBe(true);
  });

  it('give the same parts alone as in the whole brief, and leave the others empty', async () => {
    const whole = await brief(seed);
    const read = await brief(seed, { parts: [] });
    expect(read.sections).toEqual(whole.sections);
    expect(read.stats).toEqual(whole.stats);
    expect(read.sentences.map((s) => s.text)).toEqual(whole.sentences.map((s) => s.text));
    expect([read.summary, read.entities, read.claims, read.implications]).toEqual([[], [], [], []]);

    const claims = await brief(seed, { parts: ['claims'] });
    expect(claims.claims).toEqual(whole.claims);
    expect(claims.implications).toEqual([]);
    const implications = await brief(seed, { parts: ['implications'] });
    expect(implications.implications).toEqual(whole.implications);
    expect(implications.entities).toEqual([]);
  });

  it('check the language before the English-only components', async () => {
    const french =
      "Le gouvernement a annoncé mardi une nouvelle loi sur le logement. Les députés ont voté pour le texte dans la soirée, " +
      "et le ministre a déclaré que les loyers seront plafonnés dans les grandes villes. Les associations ont salué une avancée, " +
      "mais les propriétaires dénoncent une mesure qui, selon eux, réduira l'offre de logements. Le texte sera examiné par le Sénat " +
      'au mois de mars, avant une adoption définitive prévue pour le printemps.';
    const b = await brief(french);
    expect(b.messages.map((m) => m.id)).toContain('not-english');
    expect(b.entities.filter((e) => ['person', 'organization', 'place', 'other'].includes(e.type))).toEqual([]);
    expect(b.claims).toEqual([]);
    expect(b.implications).toEqual([]);
    expect(b.summary.length).toBeGreaterThan(0);
  });
});
