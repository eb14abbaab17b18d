/**
 * Regenerates each fixture's golden files from the current code:
 *   expected.json  = `newsbrief summarize <article> --format json`
 *   expected.md    = `newsbrief summarize <article> --format markdown`
 * Run on purpose (`npm run fixtures:update`) and review the diff before committing.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from '../src/cli/index.js';
import { fixtures, memoryIO } from '../test/helpers.js';

const ROOT = join(import.meta.dirname, '..');

export async function cliOutput(article: string, format: 'json' | 'markdown'): Promise<string> {
  const io = memoryIO();
  const status = await run(['summarize', relative(ROOT, article), '--format', format], io);
  if (status !== 0) throw new Error(`${article}: exit ${status}: ${io.err()}`);
  return io.out();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.chdir(ROOT);
  for (const f of fixtures()) {
    writeFileSync(join(f.dir, 'expected.json'), await cliOutput(f.article, 'json'));
    writeFileSync(join(f.dir, 'expected.md'), await cliOutput(f.article, 'markdown'));
    console.log(`updated ${relative(ROOT, f.dir)}`);
  }
}
