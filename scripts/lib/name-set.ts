/**
 * Writes a generated name list under src/data/: a doc comment, then one exported set of the
 * names joined by "|" (one string literal keeps the file small and quick to load).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module's text: `comment` lines inside a doc comment, then `export const NAME`. */
export function nameSetModule(constName: string, names: readonly string[], comment: readonly string[]): string {
  return ['/**', ...comment.map((line) => (line ? ` * ${line}` : ' *')), ' */', `export const ${constName}: ReadonlySet<string> = new Set(${JSON.stringify(names.join('|'))}.split('|'));`, ''].join('\n');
}

/** Writes src/data/<file> and says so. */
export function writeNameSet(file: string, constName: string, names: readonly string[], comment: readonly string[]): void {
  const out = join(import.meta.dirname, '..', '..', 'src', 'data', file);
  writeFileSync(out, nameSetModule(constName, names, comment));
  console.log(`wrote ${names.length} names to ${out}`);
}
