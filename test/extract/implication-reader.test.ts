import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { checkDrops, statedCandidates } from '../../src/extract/implications.js';
import { causalModel } from '../../src/extract/causal.js';
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

  it('drops what it doubts on a feature and on a news article, and leaves a lone sentence or a story with no headline alone', () => {
    const context = (genre: 'feature' | 'hard-news', headline: string[], sentences: number) => ({ genre, headline: new Set(headline), places: new Map([...Array(sentences).keys()].map((i) => [i, i])) });
    expect(checkDrops(context('feature', [], 1))).toBe(true);
    expect(checkDrops(context('hard-news', ['council', 'library', 'winter'], 3))).toBe(true);
    expect(checkDrops(context('hard-news', [], 3))).toBe(false);
    expect(checkDrops(context('hard-news', ['council', 'library', 'winter'], 1))).toBe(false);
    expect(implications(FEATURE, dropsAll)).toEqual([]);
    expect(implications(NEWS, null).length).toBeGreaterThanOrEqual(1);
    expect(implications(NEWS, dropsAll)).toEqual([]);
    // A Causal News Corpus sentence comes alone: what the rules find in it stays.
    const lone = 'Prices fell sharply after the announcement, which led to protests in the capital.';
    const found = implications(lone, null);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(implications(lone, dropsAll)).toEqual(found);
    // A wire story without a headline is read as before too.
    const wire = NEWS.split('\n').slice(2).join('\n');
    expect(implications(wire, dropsAll)).toEqual(implications(wire, null));
  });

  it('states an implication that opens on the dateline from the words after it, grounded', () => {
    const story = 'Israeli tank fired at reporters in Lebanon, report finds\n\nBEIRUT, March 7 (Reuters) - An Israeli tank crew killed a reporter in Lebanon in October, according to a report published on Thursday.\n\nThe report was published on Thursday.\n';
    const added = implications(story, addsAll);
    const text = annotated(story).article.text;
    const lede = added.find((i) => i.text.includes('An Israeli tank crew'))!;
    expect(lede.text.startsWith('An Israeli tank crew')).toBe(true);
    expect(text.slice(lede.start, lede.end)).toBe(lede.text);
  });

  it('drops under its first threshold and adds from its second, and adds no modal the rules turned down', () => {
    // A model with no weights gives every sentence 0.5.
    const even = (drop: number, add: number): ImplicationReader => ({ weights: new Float32Array(IMPLICATION_READER_BUCKETS), bias: 0, thresholds: [drop, add] });
    const strict = implications(FEATURE, even(0.6, 0.4)).map((i) => i.text);
    expect(strict).not.toContain('The council is expected to approve the library budget next month.');
    expect(strict).toContain('The flood destroyed half of the archive.');
    expect(implications(FEATURE, even(0.4, 0.6))).toEqual(implications(FEATURE, null));
    const must = implications('Why the old mill town keeps its library open\n\nOn a cold morning in March, the first visitors shook snow from their boots.\n\nThe ministry must publish its plan by June.\n', addsAll);
    expect(must.find((i) => i.text.startsWith('The ministry'))?.modality).toBeNull();
  });

  it('reads exactly the sentences an implication may be stated in: no question, no list introduction, no teaser, no second copy', () => {
    const text = [
      'Why the old mill town keeps its library open',
      'The flood destroyed half of the archive. Volunteers came from three towns.',
      "What will the readers do? Nobody knows yet. So if you're looking for a quiet place to read, you've come to the right place.",
      'The closure could have big implications, including:',
      '1. Fewer Visits – Schools will lose a reading room.',
      'The flood destroyed half of the archive. The council met on Monday.',
    ].join('\n\n');
    const read = statedCandidates(annotated(text), causalModel()).map((c) => c.sentence.text);
    expect(read).toEqual(['The flood destroyed half of the archive.', 'Volunteers came from three towns.', 'Nobody knows yet.', 'The council met on Monday.']);
  });

  it('is on by default in the extract stage', () => {
    const a = annotated(FEATURE);
    expect(extract(a, {}, ['implications']).implications).toEqual(extract(a, {}, ['implications'], { implicationsReal: implicationReader() }).implications);
    expect(extract(a, {}, ['implications'], { implicationsReal: addsAll }).implications).not.toEqual(extract(a, {}, ['implications']).implications);
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
