import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { rank, select } from '../../src/extract/summary/index.js';
import { computeSignals } from '../../src/extract/summary/signals.js';
import { briefGenre } from '../../src/extract/genre.js';
import { SUMMARY_READER_BUCKETS, summaryFeatures, summaryReader, type SummaryReader } from '../../src/extract/summary/reader.js';

const PAGE = [
  'Council keeps the town library open through the winter',
  '',
  'On a cold morning in March, the first visitors shook snow from their boots at the library door.',
  'The council voted on Monday to keep the library open through the winter, after a campaign by readers.',
  'The library lost half of its archive in the flood of 2019, and the town has rebuilt it shelf by shelf.',
  'Its reading room is the only warm public place in the old mill town after dark.',
  'The vote means the library will need another 40,000 pounds from next year’s budget, the treasurer said.',
  'Readers who campaigned for it said they would now raise money for new books.',
  'The library opened in 1887 in a room above the corn exchange, with 300 books given by the mill owners.',
  'It moved to its present building, a former chapel on the market square, in 1951.',
  'Volunteers run its Saturday reading group for children, which has met every week since the flood.',
  'The county closed four other libraries in the valley last year to save money.',
].join('\n');

const annotated = (text: string) => annotate(parse(sourceFromText(text, 'test', { inputFormat: 'text' })));

/** A model that favours what only sentence `target` of the page reads as. */
function favouring(text: string, target: number): SummaryReader {
  const a = annotated(text);
  const features = summaryFeatures(computeSignals(a), briefGenre(a));
  const others = new Set(features.filter((_, i) => i !== target).flat());
  const weights = new Float32Array(SUMMARY_READER_BUCKETS);
  for (const f of features[target]!) if (!others.has(f)) weights[f] = 10;
  return { weights, bias: 0, thresholds: [] };
}

describe("readers' summary check", () => {
  const a = annotated(PAGE);
  const target = a.sentences.findIndex((s) => s.text.startsWith('Readers who campaigned'));

  it('adds its reading to the brief of a page with a headline, and shows it under --explain', () => {
    const model = favouring(PAGE, target);
    expect(select(rank(a, {}, false, null), {})).not.toContain(target);
    const ranked = rank(a, {}, false, model);
    expect(select(ranked, {})).toContain(target);
    expect(ranked[target]!.signals.reader).toBeGreaterThan(0);
    const brief = extract(a, { explain: true });
    expect(brief.summary.every((s) => typeof s.signals?.reader === 'number')).toBe(true);
  });

  it('leaves a story briefed by its lead, and a longer summary, to the linear ranker', () => {
    const model = favouring(PAGE, target);
    expect(rank(a, {}, true, model).map((r) => r.score)).toEqual(rank(a, {}, true, null).map((r) => r.score));
    expect(rank(a, { sentences: 5 }, false, model).map((r) => r.score)).toEqual(rank(a, { sentences: 5 }, false, null).map((r) => r.score));
  });

  it('reads no sentence that cannot be a summary sentence, and ships its weights', () => {
    const features = summaryFeatures(computeSignals(a), briefGenre(a));
    const signals = computeSignals(a);
    signals.forEach((s, i) => expect(features[i]!.length > 0).toBe(s.eligible));
    expect(features.flat().every((f) => f >= 0 && f < SUMMARY_READER_BUCKETS)).toBe(true);
    const shipped = summaryReader();
    expect(shipped.weights.length).toBe(SUMMARY_READER_BUCKETS);
    expect(shipped.weights.some((w) => w !== 0)).toBe(true);
  });
});
