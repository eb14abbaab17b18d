/**
 * The real pages readers annotated, for the scripts that fit a model on them (train:names,
 * train:claims-real, train:genre): real-dev in ../shared/bench and our own in bench/real, whose
 * pages come from `--pages DIR` as for bench:real.
 */
import { join } from 'node:path';
import { loadDev, loadOwn, type RealPage } from '../../bench/lib/real-data.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'bench');

/** Every annotated page; exits with a message when one of our own has no page in the folder. */
export function realPages(script: string, argv: readonly string[] = process.argv.slice(2)): RealPage[] {
  const at = argv.indexOf('--pages');
  const dir = at >= 0 && argv[at + 1] ? argv[at + 1]! : join(SHARED, 'real-own', 'pages');
  const own = loadOwn(join(ROOT, 'bench', 'real'), dir);
  // A model fitted on part of the pages would silently replace one fitted on all of them.
  if (own.missing.length > 0) {
    console.error(`${script}: ${own.missing.length} own annotations have no page in ${dir}: give --pages DIR (see bench/real/README.md)`);
    process.exit(1);
  }
  return [...loadDev(SHARED), ...own.pages];
}
