import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { DROPS_GENRE } from '../../src/extract/implications.js';
import { IMPLICATION_READER_BUCKETS, implicationFeatures, implicationReader, readingContext, type ImplicationReader } from '../../src/extract/implication-reader.js';

// A feature: its opening sentence shares no word with the headline. A news story: its lede does.
const FEATURE = [
  'Why the old mill town keeps its library open',
  '',
  'On a cold morning in March, the first visitors shook snow from their boots at eight.',
  'The council is expected to approve the library budget next month. The flood destroyed half of the archive.',
  'What will the readers do?',
].join('\n');
const NEWS = [
  'Council keeps the town library open through winter',
  '',
  'The town council will keep the library open through the winter, the mayor said on Monday.',
  'The council is expected to approve the library budget next month. The flood destroyed half of the archive.',
].join('\n');

const annotated = (text: string) => annotate(parse(sourceFromText(text, 'test', { inputFormat: 'text' })));
const implications = (text: string, implicationsReal?: ImplicationReader | null) => extract(annotated(text), {}, ['implications'], implicationsReal === undefined ? {} : { implicationsReal }).implications;
/** Models that give every sentence a probability near 1 (adds whatever it reads) or near 0 (drops it). */
const addsAll: ImplicationReader = { weights: new Float32Array(IMPLICATION_READER_BUCKETS), bias: 10, thresholds: [0.5, 0.5] };
const dropsAll: ImplicationReader = { weights: new Float32Array(IMPLICATION_READER_BUCKETS), bias: -10, thresholds: [0.5, 0.99] };

describe("readers' implication check", () => {
  it('adds the sentences readers mark that no rule finds, grounded in the text, and never a question', () => {
    const rules = implications(FEATURE, null);
    expect(rules.map((i) => i.text)).toEqual(['The council is expected to approve the library budget next month.']);
    const added = implications(FEATURE, addsAll);
    expect(added.map((i) => i.text)).toContain('The flood destroyed half of the archive.');
    expect(added.some((i) => i.text.endsWith('?'))).toBe(false);
    const text = annotated(FEATURE).article.text;
    for (const i of added) {
      expect(text.slice(i.start, i.end)).toBe(i.text);
      expect(i.kind).toBe('stated');
    }
    const flood = added.find((i) => i.text.startsWith('The flood'))!;
    expect([flood.cause, flood.effect, flood.signal, flood.modality]).toEqual([null, null, null, null]);
  });

  it("drops what it doubts on a feature and leaves a news story's found implications alone", () => {
    expect(DROPS_GENRE('feature')).toBe(true);
    expect(DROPS_GENRE('hard-news')).toBe(false);
    expect(implications(FEATURE, dropsAll)).toEqual([]);
    const news = implications(NEWS, null);
    expect(news.length).toBeGreaterThanOrEqual(1);
    expect(implications(NEWS, dropsAll)).toEqual(news);
  });

  it('loads a model whose thresholds are probabilities, over hashed features in its buckets', () => {
    const model = implicationReader();
    expect(model.weights).toHaveLength(IMPLICATION_READER_BUCKETS);
    const [drop, add] = model.thresholds;
    expect(drop).toBeGreaterThanOrEqual(0);
    expect(add).toBeGreaterThan(drop);
    expect(add).toBeLessThanOrEqual(1.01);
    const a = annotated(FEATURE);
    const s = a.sentences.find((x) => x.text.startsWith('The flood'))!;
    const features = implicationFeatures(s, readingContext(a, 'feature'), 'none');
    expect(features.length).toBeGreaterThan(5);
    expect(features.every((f) => Number.isInteger(f) && f >= 0 && f < IMPLICATION_READER_BUCKETS)).toBe(true);
  });
});
