import { describe, expect, it } from 'vitest';
import { rouge, tokenize } from '../../bench/lib/rouge.js';

describe('ROUGE (rouge-score semantics)', () => {
  it('scores the example from the issue with stemming', () => {
    const s = rouge('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
    expect(s.rouge1.f).toBeCloseTo(0.7059, 4);
    expect(s.rougeL.f).toBeCloseTo(0.5882, 4);
  });

  it('tokenises as rouge-score does: lower case, non-alphanumerics to spaces, stems only tokens longer than 3', () => {
    expect(tokenize('Running, runs & ran — café at 10:30!')).toEqual(['run', 'run', 'ran', 'caf', 'at', '10', '30']);
    expect(tokenize('Hello-world', false)).toEqual(['hello', 'world']);
  });

  it('is perfect on identical texts and zero on disjoint or empty ones', () => {
    const same = rouge('a b c d.\ne f g.', 'a b c d.\ne f g.');
    for (const k of ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const) expect(same[k].f).toBe(1);
    expect(rouge('x y z', 'a b c').rouge1.f).toBe(0);
    expect(rouge('', 'a b c').rougeLsum.f).toBe(0);
  });

  it('ROUGE-2 counts clipped bigrams', () => {
    // candidate bigrams: "the cat", "cat the", "the cat" ; reference: "the cat", "cat sat"
    const s = rouge('the cat the cat', 'the cat sat');
    expect(s.rouge2.precision).toBeCloseTo(1 / 3, 6);
    expect(s.rouge2.recall).toBeCloseTo(1 / 2, 6);
  });

  it('ROUGE-Lsum takes the union LCS over candidate sentences and ignores their order, unlike ROUGE-L', () => {
    const ref = 'a b c d\ne f g h';
    const inOrder = rouge('a b c d\ne f g h', ref);
    const swapped = rouge('e f g h\na b c d', ref);
    expect(swapped.rougeLsum.f).toBe(1);
    expect(swapped.rougeL.f).toBeLessThan(inOrder.rougeL.f);
    // One reference sentence matched piecewise by two candidate sentences: union of "a b" and "c d".
    expect(rouge('a b x\ny c d', 'a b c d').rougeLsum.recall).toBe(1);
  });
});
