import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/nlp/index.js';
import { parse } from '../../../src/parse/index.js';
import { sourceFromText } from '../../../src/read/index.js';
import { extract } from '../../../src/extract/index.js';
import { signalledGenre } from '../../../src/extract/genre.js';
import { resolveNames } from '../../../src/extract/coreference.js';
import { claimModel } from '../../../src/extract/claims/check.js';
import { READER_BUCKETS, REPORTED_SPEECH, readerFeatures, readerModel, type ReaderModel } from '../../../src/extract/claims/reader.js';

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
const dropsAll: ReaderModel = { weights: new Float32Array(READER_BUCKETS), bias: -10, thresholds: [0.5, 0.5] };
/** A model that gives every claim a probability of one half: it drops a page's claims only where that page's threshold is above it. */
const even = (ownVoice: number, speech: number): ReaderModel => ({ weights: new Float32Array(READER_BUCKETS), bias: 0, thresholds: [ownVoice, speech] });

describe('readers\' claim check', () => {
  it('reads the pages built of reported speech with a threshold of their own', () => {
    expect(signalledGenre(annotate(parse(sourceFromText(FEATURE, 'test', { inputFormat: 'text' }))))).toBe('feature');
    expect(signalledGenre(annotate(parse(sourceFromText(NEWS, 'test', { inputFormat: 'text' }))))).toBe('hard-news');
    for (const genre of ['feature', 'opinion', 'analysis', 'listicle', 'press-release', 'sports'] as const) expect(REPORTED_SPEECH(genre)).toBe(false);
    for (const genre of ['hard-news', 'live-blog', 'qa'] as const) expect(REPORTED_SPEECH(genre)).toBe(true);
  });

  it('drops the claims it doubts, at the threshold of the page\'s genre', () => {
    const feature = attributed(FEATURE, null);
    expect(feature.length).toBeGreaterThanOrEqual(2);
    expect(attributed(FEATURE, dropsAll)).toEqual([]);
    expect(attributed(FEATURE, even(0.6, 0.2))).toEqual([]);
    expect(attributed(FEATURE, even(0.4, 0.8))).toEqual(feature);
    const news = attributed(NEWS, null);
    expect(news.length).toBeGreaterThanOrEqual(2);
    expect(attributed(NEWS, dropsAll)).toEqual([]);
    expect(attributed(NEWS, even(0.6, 0.2))).toEqual(news);
    expect(attributed(NEWS, even(0.4, 0.8))).toEqual([]);
  });

  it('loads a model whose thresholds are probabilities, the one for reported speech the lower, over hashed features in its buckets', () => {
    const model = readerModel();
    expect(model.weights).toHaveLength(READER_BUCKETS);
    const [ownVoice, speech] = model.thresholds;
    expect(speech).toBeGreaterThan(0);
    expect(speech).toBeLessThan(ownVoice);
    expect(ownVoice).toBeLessThan(1);
    const annotated = annotate(parse(sourceFromText(FEATURE, 'test', { inputFormat: 'text' })));
    const claim = attributed(FEATURE, null)[0]!;
    const features = readerFeatures(claim, { annotated, genre: 'feature', check: claimModel(), coreference: resolveNames(annotated) });
    expect(features.length).toBeGreaterThan(5);
    expect(features.every((f) => Number.isInteger(f) && f >= 0 && f < READER_BUCKETS)).toBe(true);
  });
});
