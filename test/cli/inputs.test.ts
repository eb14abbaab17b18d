import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers.js';

// A folder that cannot be listed: as root nothing is unreadable, so readdir is made to refuse one.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, options: never) => {
    if (String(path).endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return fs.readdir(path, options);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const { expandInputs } = await import('../../src/cli/inputs.js');

describe('expanding a directory', () => {
  it('reports a folder it cannot list as an error record in its place and goes on with the rest', async () => {
    const dir = tempDir('newsbrief-walk-');
    for (const sub of ['a', 'locked', 'z']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'a', 'one.txt'), 'x');
    writeFileSync(join(dir, 'z', 'two.md'), 'x');
    const out = [];
    for await (const e of expandInputs([dir], false, Readable.from([]), async () => '')) out.push(e);
    expect(out).toEqual([
      { id: join(dir, 'a', 'one.txt'), input: { kind: 'path', value: join(dir, 'a', 'one.txt') } },
      { id: join(dir, 'locked'), invalid: { code: 'permission-denied', message: `${join(dir, 'locked')}: permission denied` } },
      { id: join(dir, 'z', 'two.md'), input: { kind: 'path', value: join(dir, 'z', 'two.md') } },
    ]);
  });

  it('reads a link to an article file as the file, and reports a broken link in its place', async () => {
    const dir = tempDir('newsbrief-links-');
    writeFileSync(join(dir, 'a.txt'), 'x');
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'b.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'c.txt'));
    const out = [];
    for await (const e of expandInputs([dir], false, Readable.from([]), async () => '')) out.push(e);
    expect(out).toEqual([
      { id: join(dir, 'a.txt'), input: { kind: 'path', value: join(dir, 'a.txt') } },
      { id: join(dir, 'b.txt'), invalid: { code: 'not-found', message: `${join(dir, 'b.txt')}: no such file` } },
      { id: join(dir, 'c.txt'), input: { kind: 'path', value: join(dir, 'c.txt') } },
    ]);
  });
});
