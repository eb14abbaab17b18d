import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { resolveNames } from '../../src/extract/coreference.js';
import { NAME_BUCKETS, nameFeatures, nameModel, type NameModel } from '../../src/extract/name-check.js';
import { probability } from '../../src/ml/linear.js';

const CAR = [
  'Nissan Unveils the 2025 Sentra',
  '',
  'Nissan showed the new Sentra at the show in Detroit on Monday. The Hybrid model gets 50 miles per gallon, and a hybrid badge sits on the trunk.',
  'Chief executive Makoto Uchida said the car would go on sale in March. Buyers in Ohio can order it from dealers, Uchida said.',
].join('\n');

describe('name check', () => {
  const annotated = annotate(parse(sourceFromText(CAR, 'test')));
  const typeOf = (entities: Array<{ name: string; type: string }>, name: string) => entities.find((e) => e.name === name)?.type;

  it('types a name it does not trust as other, and keeps the ones it does', () => {
    // A model that gives every record 0.5: under a threshold of 0.6 every name is doubted, under 0.4 none.
    const flat = (threshold: number): NameModel => ({ weights: new Float32Array(NAME_BUCKETS), bias: 0, thresholds: [threshold] });
    const doubting = extract(annotated, {}, ['entities'], { names: flat(0.6) }).entities;
    const trusting = extract(annotated, {}, ['entities'], { names: flat(0.4) }).entities;
    const unchecked = extract(annotated, {}, ['entities'], { names: null }).entities;
    for (const [name, type] of [['Nissan', 'organization'], ['Makoto Uchida', 'person'], ['Detroit', 'place'], ['Ohio', 'place']] as const) {
      expect(typeOf(unchecked, name)).toBe(type);
      expect(typeOf(trusting, name)).toBe(type);
      expect(typeOf(doubting, name)).toBe('other');
    }
    // Typed other, a record keeps its mentions and their offsets.
    const nissan = doubting.find((e) => e.name === 'Nissan')!;
    expect(nissan.mentions.length).toBeGreaterThanOrEqual(2);
    for (const m of nissan.mentions) expect(CAR.slice(m.start, m.end)).toBe(m.text);
  });

  it('with the shipped model, keeps the names the article attests and types each record by its probability', () => {
    const model = nameModel();
    const checked = extract(annotated, {}, ['entities']).entities;
    for (const [name, type] of [['Nissan', 'organization'], ['Makoto Uchida', 'person'], ['Detroit', 'place'], ['Ohio', 'place']] as const) {
      expect(typeOf(checked, name)).toBe(type);
    }
    for (const record of resolveNames(annotated).clusters.filter((c) => ['person', 'organization', 'place'].includes(c.type))) {
      const doubted = probability(model, nameFeatures(record, annotated)) < model.thresholds[0];
      expect(typeOf(checked, record.name)).toBe(doubted ? 'other' : record.type);
    }
  });

  it('reads a shipped model with a threshold between 0 and 1, and hashes features into its buckets', () => {
    const model = nameModel();
    expect(model.weights).toHaveLength(NAME_BUCKETS);
    expect(model.thresholds[0]).toBeGreaterThan(0);
    expect(model.thresholds[0]).toBeLessThan(1);
    const cluster = resolveNames(annotated).clusters.find((c) => c.name === 'Nissan')!;
    const features = nameFeatures(cluster, annotated);
    expect(features.length).toBeGreaterThan(10);
    expect(features.every((f) => Number.isInteger(f) && f >= 0 && f < NAME_BUCKETS)).toBe(true);
  });

  it('reads a name with accents as the name lists and word clusters hold it, without them', () => {
    for (const [plain, accented] of [['Krakow', 'Kraków'], ['Bogota', 'Bogotá'], ['Whangarei', 'Whangārei']] as const) {
      const a = annotate(parse(sourceFromText(`Floods close roads in ${plain}\n\nHeavy rain flooded parts of ${plain} on Monday. Residents of ${plain} were told to stay home.\n`, 'test')));
      const record = resolveNames(a).clusters.find((c) => c.name === plain)!;
      expect(nameFeatures({ ...record, name: accented }, a)).toEqual(nameFeatures(record, a));
    }
  });
});
