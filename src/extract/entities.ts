import { LEADING_TITLES } from '../data/titles.js';
import { NAME_TYPES } from '../vocabulary.js';
import type { AnnotatedArticle, EntityRecord, EntityType, Mention, NameType } from '../types.js';


/** Salience weights: how often a name is mentioned matters most; early, headline and summary mentions add to it. */
const SALIENCE = {
  mention: 1,
  inTitle: 2,
  inSummary: 1,
  /** Bonus for a first mention in the opening tenth of the text, falling off linearly to nothing at the end. */
  early: 1.5,
  /** Values (dates, money, …) rank below names: a brief lists who and where before how much. */
  valueFactor: 0.35,
} as const;


/** Alias key: "Alibaba’s" → "alibaba", "the U.S." → "us", "U.S." → "us", "Mr Khodorkovsky" → "khodorkovsky". */
export function aliasKey(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/^the\s+/i, '')
    .replace(LEADING_TITLES, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Group {
  key: string;
  type: EntityType;
  mentions: Mention[];
}

/**
 * Mentions → entity records: names merged by alias (a surname joins the full name of the person
 * who bears it), values by their text; each with a canonical name, a type (the most frequent among
 * its mentions), a salience in (0, 1] and every mention's offsets, most salient first.
 */
export function entityRecords(annotated: AnnotatedArticle, summarySentences: ReadonlySet<number>): EntityRecord[] {
  const { mentions, sentences, article } = annotated;
  const length = Math.max(1, article.text.length);
  const groups = new Map<string, Group>();
  const names = mentions.filter((m) => NAME_TYPES.has(m.type));
  const values = mentions.filter((m) => !NAME_TYPES.has(m.type));

  for (const m of names) groupOf(groups, `name:${aliasKey(m.text)}`, m).mentions.push(m);
  mergeSurnames(groups);
  for (const m of values) groupOf(groups, `${m.type}:${m.text.toLowerCase()}`, m).mentions.push(m);

  const records: EntityRecord[] = [];
  for (const g of groups.values()) {
    const type = majorityType(g.mentions);
    const first = g.mentions[0]!;
    let score = g.mentions.length * SALIENCE.mention;
    if (g.mentions.some((m) => sentences[m.sentence]?.role === 'title')) score += SALIENCE.inTitle;
    if (g.mentions.some((m) => summarySentences.has(m.sentence))) score += SALIENCE.inSummary;
    score += SALIENCE.early * Math.max(0, 1 - first.start / length);
    if (!NAME_TYPES.has(type)) score *= SALIENCE.valueFactor;
    records.push({
      name: canonicalName(g.mentions),
      type,
      salience: score,
      mentions: g.mentions.map(({ text, start, end }) => ({ text, start, end })),
    });
  }
  const top = Math.max(...records.map((r) => r.salience), 1e-9);
  for (const r of records) r.salience = Math.round((r.salience / top) * 1000) / 1000;
  return records.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Each name mention's canonical name, by the mention's start: "Brownback" → "Sam Brownback". */
export function canonicalNames(records: EntityRecord[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of records) if (NAME_TYPES.has(r.type)) for (const m of r.mentions) out.set(m.start, r.name);
  return out;
}

function groupOf(groups: Map<string, Group>, key: string, m: Mention): Group {
  let g = groups.get(key);
  if (!g) {
    g = { key, type: m.type, mentions: [] };
    groups.set(key, g);
  }
  return g;
}

/** "Xi" joins "Xi Jinping" when exactly one multi-word person name starts or ends with it. */
function mergeSurnames(groups: Map<string, Group>): void {
  // Full names by their first and last word, so each single word finds its owners directly.
  const byEdgeWord = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (!g.key.includes(' ') || majorityType(g.mentions) !== 'person') continue;
    const parts = g.key.slice('name:'.length).split(' ');
    for (const word of new Set([parts[0]!, parts[parts.length - 1]!])) {
      const list = byEdgeWord.get(word);
      if (list) list.push(g);
      else byEdgeWord.set(word, [g]);
    }
  }
  for (const g of [...groups.values()]) {
    if (g.key.includes(' ') || !groups.has(g.key)) continue;
    const owners = byEdgeWord.get(g.key.slice('name:'.length)) ?? [];
    if (owners.length !== 1 || owners[0] === g) continue;
    const owner = owners[0]!;
    owner.mentions.push(...g.mentions.map((m) => ({ ...m, type: 'person' as NameType })));
    owner.mentions.sort((a, b) => a.start - b.start);
    groups.delete(g.key);
  }
}

function majorityType(mentions: Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The fullest form: most words, then most frequent, then first seen; without a possessive or a leading "the" when a form without one exists. */
function canonicalName(mentions: Mention[]): string {
  const forms = new Map<string, number>();
  for (const m of mentions) {
    const form = m.text.replace(/['’]s$/u, '');
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return [...forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0]![0];
}
