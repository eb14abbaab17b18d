/**
 * npm run bench:wire — attribution on short wire stories: Reuters copy from CoNLL-2003's
 * `eng.testa` (../shared/bench/conll-dev.jsonl), 44 news stories (no sports or markets tables)
 * whose every attribution a reader annotated from the text (bench/wire/README.md). The
 * annotation is kept as offsets into that file's texts, so no Reuters text is in the repository.
 *
 * Each story goes through the product's pipeline as pasted text. Printed attributed claims are
 * matched to the annotation as `npm run bench:real` matches them (content words, speaker by name
 * or alias). Figures:
 * - right speakers: of the printed claims whose content is an annotated attribution's, the share
 *   with its speaker (the issue's "≥ 90% right speakers" on the standard wire patterns);
 * - claims right: printed claims right in content and speaker, of all printed;
 * - attributions found (content) and found with the right speaker;
 * - claims from a sentence that reports nothing: printed claims in a sentence that holds no
 *   annotated attribution (the target is none).
 * Rows: the stories outside the reserve fifth (bench/lib/reserve.ts), the reserve, and all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../src/nlp/index.js';
import { extract } from '../src/extract/index.js';
import { parse } from '../src/parse/index.js';
import { sourceFromText } from '../src/read/index.js';
import { isReserve } from './lib/reserve.js';
import { printedOf, scoreArticle } from './lib/real-score.js';
import type { Annotation } from './lib/real-data.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'conll-dev.jsonl');
const ANNOTATION = join(import.meta.dirname, 'wire', 'attributions.json');
const verbose = process.argv.includes('--verbose');

interface WireClaim {
  speaker: string;
  speaker_aliases: string[];
  cue: [number, number];
  content: [number, number];
  kind: 'direct' | 'mixed' | 'indirect';
}
interface WireDoc {
  id: string;
  claims: WireClaim[];
}

const texts = new Map<string, string>();
for (const line of readFileSync(SHARED, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line) as { id: string; text: string };
  texts.set(r.id, r.text);
}
const docs = (JSON.parse(readFileSync(ANNOTATION, 'utf8')) as { docs: WireDoc[] }).docs;

const newRow = () => ({ stories: 0, printed: 0, content: 0, right: 0, attributions: 0, found: 0, foundSpeaker: 0, nothing: 0 });
const rows = { dev: newRow(), reserve: newRow(), all: newRow() };

for (const doc of docs) {
  const text = texts.get(doc.id);
  if (text === undefined) throw new Error(`${doc.id}: not in ${SHARED}`);
  // One source, one set of names: the annotation writes a source's aliases where they occur ("the
  // Xinhua news agency" is "Xinhua" in one attribution, "the agency" in the next), and the wire
  // stories have no entity list to join them, as bench:real's do.
  const aliasesOf = new Map<string, string[]>();
  for (const c of doc.claims) aliasesOf.set(c.speaker, [...new Set([...(aliasesOf.get(c.speaker) ?? []), ...c.speaker_aliases])]);
  const gold: Annotation = {
    id: doc.id,
    genre: 'hard-news',
    title: '',
    summary_ok: [],
    summary_best: [],
    entities: [],
    implications: [],
    claims: doc.claims.map((c) => ({ speaker: c.speaker, speaker_aliases: aliasesOf.get(c.speaker) ?? c.speaker_aliases, cue: text.slice(...c.cue), content: text.slice(...c.content), kind: c.kind })),
  };
  const brief = extract(annotate(parse(sourceFromText(text, doc.id, { inputFormat: 'text' }))), {});
  const printed = printedOf(brief);
  const { counts, errors } = scoreArticle(gold, printed);
  // A sentence reports something when an annotated content starts inside it (found by its text, as
  // the product's text may differ from the input in spacing).
  const starts = gold.claims.map((g) => brief.text.indexOf(g.content.slice(0, 40))).filter((i) => i !== -1);
  const attributed = brief.claims.filter((c) => c.kind !== 'factual');
  const nothing = attributed.filter((c) => !starts.some((i) => i >= c.start && i < c.end) && !starts.some((i) => i >= c.content.start - 2 && i < c.content.end));
  for (const row of [isReserve(doc.id) ? rows.reserve : rows.dev, rows.all]) {
    row.stories++;
    row.printed += counts.claims;
    row.content += counts.claimsContent;
    row.right += counts.claimsRight;
    row.attributions += counts.attributions;
    row.found += counts.attributionsContent;
    row.foundSpeaker += counts.attributionsSpeaker;
    row.nothing += nothing.length;
  }
  if (verbose) {
    console.log(`\n══ ${doc.id}${isReserve(doc.id) ? ' · reserve' : ''}  right ${counts.claimsRight}/${counts.claims}  found ${counts.attributionsContent}/${counts.attributions}`);
    for (const w of errors.wrongSpeakers) console.log(`  wrong speaker: [${w.speaker ?? 'no speaker'} ≠ ${w.gold.join(' / ')}] ${w.content.slice(0, 110)}`);
    for (const c of nothing) console.log(`  reports nothing: [${c.speaker ?? 'no speaker'} · ${c.cue}] ${brief.text.slice(c.start, c.end).slice(0, 110)}`);
    for (const m of errors.missedAttributions) console.log(`  missed: [${m.speaker}] ${m.content.slice(0, 110)}`);
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '    -' : ((100 * a) / b).toFixed(1).padStart(5));
console.log('wire stories (CoNLL-2003 eng.testa, Reuters 1996): attributions a reader annotated');
console.log('set            stories  right-spk  claims-right  found  found+spk  printed  from-nothing');
for (const [name, r] of Object.entries(rows)) {
  console.log(`${name.padEnd(14)} ${String(r.stories).padStart(7)}  ${pct(r.right, r.content).padStart(9)}  ${pct(r.right, r.printed).padStart(12)}  ${pct(r.found, r.attributions)}  ${pct(r.foundSpeaker, r.attributions).padStart(9)}  ${String(r.printed).padStart(7)}  ${String(r.nothing).padStart(12)}`);
}
