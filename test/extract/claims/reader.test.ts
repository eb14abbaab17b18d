import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/nlp/index.js';
import { parse } from '../../../src/parse/index.js';
import { sourceFromText } from '../../../src/read/index.js';
import { extract } from '../../../src/extract/index.js';
import { signalledGenre } from '../../../src/extract/genre.js';
import { resolveNames } from '../../../src/extract/coreference.js';
import { claimModel } from '../../../src/extract/claims/check.js';
import { READER_BUCKETS, READS_GENRE, readerFeatures, readerModel, type ReaderModel } from '../../../src/extract/claims/reader.js';

// A feature: its opening sentence shares no word with the headline. A news story: its lede does.
const FEATURE = [
  'Why the old mill town keeps its library open',
  '',
  'On a cold morning in March, the first visitors shook snow from their boots at eight.',
  'The mayor said the council would keep the library open through the winter. Residents say the reading room is the warmest place in town.',
].join('\n');
const NEWS = [
  'Council keeps the town library open through winter',
  '',
  'The town council will keep the library open through the winter, the mayor said on Monday.',
  'The mayor said the council would find the money in the roads budget. Residents say the reading room is the warmest place in town.',
].join('\n');

const attributed = (text: string, claimsReal?: ReaderModel | null) => {
  const annotated = annotate(parse(sourceFromText(text, 'test', { inputFormat: 'text' })));
  return extract(annotated, {}, ['claims'], claimsReal === undefined ? {} : { claimsReal }).claims.filter((c) => c.kind !== 'factual');
};
/** A model that gives every claim a probability near 0: it drops whatever it reads. */
const dropsAll: ReaderModel = { weights: new Float32Array(READER_BUCKETS), bias: -10, thresholds: [0.5] };

describe('readers\' claim check', () => {
  it('reads the pages written in the writer\'s voice, and sports recaps, not those built of reported speech', () => {
    expect(signalledGenre(annotate(parse(sourceFromText(FEATURE, 'test', { inputFormat: 'text' }))))).toBe('feature');
    expect(signalledGenre(annotate(parse(sourceFromText(NEWS, 'test', { inputFormat: 'text' }))))).toBe('hard-news');
    for (const genre of ['feature', 'opinion', 'analysis', 'listicle', 'press-release', 'sports'] as const) expect(READS_GENRE(genre)).toBe(true);
    for (const genre of ['hard-news', 'live-blog', 'qa'] as const) expect(READS_GENRE(genre)).toBe(false);
  });

  it('drops the claims it doubts on a feature and leaves a news story\'s alone', () => {
    expect(attributed(FEATURE, null).length).toBeGreaterThanOrEqual(2);
    expect(attributed(FEATURE, dropsAll)).toEqual([]);
    const news = attributed(NEWS, null);
    expect(news.length).toBeGreaterThanOrEqual(2);
    expect(attributed(NEWS, dropsAll)).toEqual(news);
  });

  it('loads a model whose threshold is a probability, over hashed features in its buckets', () => {
    const model = readerModel();
    expect(model.weights).toHaveLength(READER_BUCKETS);
    expect(model.thresholds[0]).toBeGreaterThan(0);
    expect(model.thresholds[0]).toBeLessThan(1);
    const annotated = annotate(parse(sourceFromText(FEATURE, 'test', { inputFormat: 'text' })));
    const claim = attributed(FEATURE, null)[0]!;
    const features = readerFeatures(claim, { annotated, genre: 'feature', check: claimModel(), coreference: resolveNames(annotated) });
    expect(features.length).toBeGreaterThan(5);
    expect(features.every((f) => Number.isInteger(f) && f >= 0 && f < READER_BUCKETS)).toBe(true);
  });
});
