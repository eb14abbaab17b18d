/**
 * Regenerates each fixture's golden files from the current code:
 *   expected.json  = `newsbrief summarize <article> --format json`
 *   expected.md    = `newsbrief summarize <article> --format markdown`
 * Run on purpose (`npm run fixtures:update`) and review the diff before committing.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliOutput, fixtures } from './lib/fixtures.js';

const ROOT = join(import.meta.dirname, '..');

process.chdir(ROOT);
for (const f of fixtures()) {
  writeFileSync(join(f.dir, 'expected.json'), await cliOutput(f.article, 'json'));
  writeFileSync(join(f.dir, 'expected.md'), await cliOutput(f.article, 'markdown'));
  console.log(`updated ${relative(ROOT, f.dir)}`);
}
