/**
 * The readers' real pages as entity-recogniser training data (`npm run train:entities -- --pages
 * DIR`): each page outside the reserve fifth, read as the product reads it, becomes one
 * document — its title, headings and blocks, a blank line apart — and every person,
 * organisation or place the reader lists is marked wherever its name or a capitalised alias occurs
 * in it (whole words, longest first), as PER / ORG / LOC. A title before a person's name is left
 * out of the span ("Mr.", "President"), a leading "the" out of any, as CoNLL marks them; a form
 * opening on a lower-case word is no name unless that word is a particle ("al-Tanf", "bin Salman").
 *
 * The labels are the reader's, never newsbrief's. Words the reader lists under no type (a product,
 * an event, a nationality) stay outside every span: the readers' `other`.
 */
import { parse } from '../../src/parse/index.js';
import { readPage } from '../../bench/lib/real-data.js';
import { isReserve } from '../../bench/lib/reserve.js';
import { PERSON_TITLES } from '../../src/data/titles.js';
import type { Article } from '../../src/types.js';
import { realPages } from './real-pages.js';

const TYPES = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

/** Pronouns and other words a reader lists as an alias that name nothing by themselves. */
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'his', 'hers', 'its', 'their', 'our']);

/** Lower-case particles that open names: "bin Laden", "de Blasio", "van der Leyen". */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ben', 'abu']);

/** A document as the recogniser's trainer reads it: CoNLL's JSON Lines records have this shape too. */
export interface NerRecord {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string; text: string }>;
}

/** The article's title, headings and blocks, as one text. */
function articleText(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(article.title.text);
  for (const section of article.sections) {
    if (section.heading) parts.push(section.heading.text);
    for (const block of section.blocks) parts.push(block.text);
  }
  return parts.join('\n\n');
}

/** A surface form as CoNLL would mark it: no leading "the", no title before a person's name; null when no name is left. */
function markable(form: string, type: string): string | null {
  let words = form.trim().split(/\s+/);
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1);
  if (type === 'PER') {
    // "Vice President Harris", "Former President Trump", "then-President Trump": every title word goes.
    const title = (w: string): boolean => PERSON_TITLES.has(w) || PERSON_TITLES.has(w.charAt(0).toUpperCase() + w.slice(1)) || /^(?:former|then-\S+|acting|interim|deputy|vice|ex-\S+)$/i.test(w);
    while (words.length > 1 && (title(words[0]!) || PERSON_TITLES.has(`${words[0]} ${words[1]}`))) words = words.slice(1);
    if (words.length === 1 && title(words[0]!)) return null;
  }
  const out = words.join(' ');
  // "He" is a pronoun, "US" a name; "attorney general of New York", "of Wales" are descriptions, not names.
  const pronoun = NOT_NAMES.has(out.toLowerCase()) && out !== out.toUpperCase();
  // A lower-case particle may open a name ("al-Tanf", "bin Salman", "de Blasio"); another lower-case word may not.
  const opens = /^\p{Lu}/u.test(out) || /^\p{Ll}+['’-]\p{Lu}/u.test(out) || (PARTICLES.has(words[0]!) && words.length > 1 && /^\p{Lu}/u.test(words[1]!));
  if (!opens || !/\p{Lu}/u.test(out) || pronoun || out.length < 2) return null;
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function realRecords(): Promise<NerRecord[]> {
  const out: NerRecord[] = [];
  for (const page of realPages('train:entities')) {
    const gold = page.gold;
    if (gold.partial || isReserve(gold.id)) continue;
    const text = articleText(parse(await readPage(page.page)));
    const forms: Array<{ form: string; type: string }> = [];
    for (const e of gold.entities) {
      const type = TYPES[e.type as keyof typeof TYPES];
      if (!type) continue;
      for (const f of [e.name, ...(e.aliases ?? [])]) {
        // A person's title or description before the name the reader gives ("Prime Minister Rishi
        // Sunak", "Chinese President Xi Jinping") stays outside the span, as CoNLL marks it.
        const named = type === 'PER' && f !== e.name && f.endsWith(` ${e.name}`) ? e.name : f;
        const m = markable(named, type);
        if (m) forms.push({ form: m, type });
      }
    }
    // Longest first, so "Federal Reserve Bank" is marked before "Federal Reserve".
    forms.sort((a, b) => b.form.length - a.form.length);
    const taken = new Uint8Array(text.length);
    const entities: NerRecord['entities'] = [];
    for (const { form, type } of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + form.length;
        if (taken.subarray(start, end).some((x) => x)) continue;
        taken.fill(1, start, end);
        entities.push({ start, end, type, text: form });
      }
    }
    entities.sort((a, b) => a.start - b.start);
    out.push({ id: gold.id, text, entities });
  }
  return out;
}
