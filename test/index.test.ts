import { describe, expect, it } from 'vitest';
import { brief, NewsbriefError } from '../src/index.js';
import { fixtures, readFixture } from './helpers.js';

const seed = readFixture(fixtures().find((f) => f.name === 'china-tech-private-sector')!.article);

describe('the library entry, brief()', () => {
  it('names an empty string as the text given, not standard input', async () => {
    await expect(brief('')).rejects.toThrow(/^\(text\): holds only whitespace/);
    await expect(brief('  \n', { origin: 'a.txt' })).rejects.toThrow(/^a\.txt: holds only whitespace/);
    await expect(brief('')).rejects.toBeInstanceOf(NewsbriefError);
  });

  it('reads bytes as a file is read, and refuses other types in one line', async () => {
    const fromBytes = await brief(Buffer.from(seed, 'utf8'));
    const fromString = await brief(seed);
    expect(fromBytes.summary).toEqual(fromString.summary);
    expect(fromBytes.origin).toBe('(text)');
    const latin1 = await brief(Buffer.from('Caf\xe9 owners in Paris said on Monday that rents had doubled since 2019, and that many would close.', 'latin1'));
    expect(latin1.text).toContain('Café');
    expect(latin1.messages.map((m) => m.id)).toContain('decoded-as');
    await expect(brief(42 as never)).rejects.toThrow('brief() takes the article as a string or bytes (a Buffer or Uint8Array), not a number');
    await expect(brief(null as never)).rejects.toThrow(/not null$/);
  });

  it('holds summary lengths to the rules of the CLI flags', async () => {
    for (const options of [{ sentences: 0 }, { sentences: 1.5 }, { words: -3 }, { ratio: 0 }, { ratio: 1.2 }, { sentences: 2, ratio: 0.5 }]) {
      await expect(brief(seed, options)).rejects.toMatchObject({ code: 'usage', exitCode: 2 });
    }
    expect((await brief(seed, { sentences: 1 })).summary).toHaveLength(1);
  });

  it("gives a message's wording as `message`: `text` is article text wherever it appears", async () => {
    const b = await brief(Buffer.from('Caf\xe9 owners in Paris said on Monday that rents had doubled since 2019, and that many would close.', 'latin1'));
    const m = b.messages.find((x) => x.id === 'decoded-as')!;
    expect(m.message).toMatch(/windows-1252/i);
    expect(m).not.toHaveProperty('text');
    expect(b.schemaVersion).toBe(2);
  });
});
