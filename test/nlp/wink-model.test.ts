import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCoreModel, winkModel } from '../../src/nlp/wink-model.js';

const require = createRequire(import.meta.url);
interface Core {
  features: { lexeme: { list: string[]; hash: Record<string, number> } };
}

describe('wink model loader', () => {
  it('builds the same core model as the package’s own loader', () => {
    const packaged = require('wink-eng-lite-web-model') as { core: () => Core };
    const theirs = packaged.core();
    const ours = readCoreModel() as Core;
    // The lexeme index is a Map behind a Proxy here: same answers for every lexeme, and for a miss.
    const list = theirs.features.lexeme.list;
    expect(list.every((word, i) => ours.features.lexeme.hash[word] === theirs.features.lexeme.hash[word] && theirs.features.lexeme.hash[word] === i)).toBe(true);
    expect(ours.features.lexeme.hash['no-such-lexeme-xyz']).toBeUndefined();
    ours.features.lexeme.hash['new-word'] = 99;
    expect(ours.features.lexeme.hash['new-word']).toBe(99);
    expect('new-word' in ours.features.lexeme.hash).toBe(true);
    ours.features.lexeme.hash = theirs.features.lexeme.hash = {};
    // isDeepStrictEqual compares typed arrays by content and Sets by members, prototypes included.
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
  });

  it('offers wink every part the package’s model offers', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const ours = winkModel();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const key of Object.keys(packaged)) {
      if (key === 'core' || key === 'addons') continue;
      expect(ours[key], key).toBe(packaged[key]);
    }
    expect(Object.keys(ours.addons as object).sort()).toEqual(Object.keys(packaged.addons as object).sort());
  });
});
