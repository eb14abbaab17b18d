/**
 * Bundles the CLI (and the batch worker) into dist/cli/, which bin/newsbrief.js runs. Measured:
 * fewer module loads shorten the cold start, and marked-terminal's unused dependencies
 * (highlight.js, cli-table3, node-emoji) are replaced by stubs in src/cli/stubs/, so the terminal
 * format no longer pays ~300 ms to load them. wink-nlp and its model stay external: they are
 * data, not code worth bundling. Modules newsbrief requires lazily (linkedom, Readability,
 * iconv-lite, marked, string-width) resolve from node_modules at run time, as before.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const stub = (name) => new URL(`../src/cli/stubs/${name}.ts`, import.meta.url).pathname;

rmSync(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { newsbrief: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  alias: {
    'cli-highlight': stub('cli-highlight'),
    'cli-table3': stub('cli-table3'),
    'node-emoji': stub('node-emoji'),
    'supports-hyperlinks': stub('supports-hyperlinks'),
  },
  // CommonJS dependencies inside the bundle call require(); give ES modules one.
  banner: { js: "import { createRequire as __newsbriefRequire } from 'node:module'; const require = __newsbriefRequire(import.meta.url);" },
  minifySyntax: true,
  logLevel: 'warning',
});
