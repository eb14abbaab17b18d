import { describe, expect, it } from 'vitest';
import { extractionScore, shingleMatch, shingles } from '../../bench/lib/shingles.js';

describe('ScrapingHub shingle metric', () => {
  it('makes 4-token shingles, or one shorter shingle for short texts', () => {
    expect([...shingles('one two three four five').keys()]).toHaveLength(2);
    expect([...shingles('just two').values()]).toEqual([1]);
    expect(shingles('').size).toBe(0);
  });

  it('counts tp/fp/fn over shingles and normalises them by their sum', () => {
    // truth: a b c d e → [abcd, bcde]; prediction: a b c d x → [abcd, bcdx]
    expect(shingleMatch('a b c d e', 'a b c d x')).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shingleMatch('a b c d e', 'a b c d e')).toEqual([1, 0, 0]);
    expect(shingleMatch('a b c d', '')).toEqual([0, 0, 1]);
  });

  it('averages precision and recall over pages, leaving out pages without predictions or truth', () => {
    const s = extractionScore([
      [1, 0, 0],
      [0.5, 0.5, 0],
      [0, 0, 1],
    ]);
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2, 9);
    expect(s.recall).toBeCloseTo((1 + 1 + 0) / 3, 9);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3), 9);
  });

  it('uses Unicode word characters, as Python\u2019s \\w does', () => {
    expect([...shingles('Café Zürich naïve 東京 done').keys()][0]).toBe(['Café', 'Zürich', 'naïve', '東京'].join('\u0000'));
  });
});
