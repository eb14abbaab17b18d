/**
 * Prints the attribution cue verbs of PolNeAR dev with their counts and the share of their
 * occurrences that are annotated cues (`npx tsx scripts/cue-lexicon.ts`); src/data/cues.ts keeps
 * those at 0.5 and above (ATTRIBUTION_VERBS) and 0.35–0.5 (WEAK_ATTRIBUTION_VERBS).
 */
import { readFileSync } from 'node:fs';
import { readSentences } from '../src/nlp/index.js';
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
const total = new Map<string, number>(); const cue = new Map<string, number>();
for (const line of readFileSync(new URL('../../shared/bench/quotes-dev.jsonl', import.meta.url), 'utf8').split('\n')) {
  if (!line) continue; const r = JSON.parse(line);
  const spans: [number, number][] = r.quotes.filter((q: any) => q.cue_span).map((q: any) => q.cue_span);
  const { sentences } = readSentences(parse(sourceFromText(r.text, r.id, { inputFormat: 'text' })));
  for (const s of sentences) for (const t of s.tokens) {
    if (t.pos !== 'VERB') continue;
    total.set(t.lemma, (total.get(t.lemma) ?? 0) + 1);
    if (spans.some(([a, b]) => t.start >= a && t.end <= b)) cue.set(t.lemma, (cue.get(t.lemma) ?? 0) + 1);
  }
}
const rows = [...cue.entries()].map(([l, c]) => [l, c, total.get(l)!, c / total.get(l)!] as const).filter(([, c, , p]) => c >= 4 && p >= 0.35).sort((a, b) => b[1] - a[1]);
console.log(rows.length); console.log(rows.map(([l, c, n, p]) => `${l}:${c}/${n}=${p.toFixed(2)}`).join(' '));
