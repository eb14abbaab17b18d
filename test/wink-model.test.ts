import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCoreModel, winkModel } from '../src/nlp/wink-model.js';

const require = createRequire(import.meta.url);

describe('wink model loader', () => {
  it('builds the same core model as the package’s own loader', () => {
    const packaged = require('wink-eng-lite-web-model') as { core: () => unknown };
    // isDeepStrictEqual compares typed arrays by content and Sets by members, prototypes included.
    expect(isDeepStrictEqual(readCoreModel(), packaged.core())).toBe(true);
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
