import { NAME_TYPES } from '../vocabulary.js';
import type { AnnotatedArticle, EntityRecord, EntityType, Mention } from '../types.js';
import { majorityType, type NameCoreference } from './coreference.js';
import { checkedType, type NameModel } from './name-check.js';

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

/** A name and a lower-case participle or adjective joined by a hyphen: "Indian-controlled", "Iran-backed", "Philippine-garrisoned". */
const DESCRIBING_COMPOUND = /^\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)*[-‑]\p{Ll}+(?:ed|en|ing|based|run|held|made|born|owned|style)$/u;

interface Group {
  key: string;
  type: EntityType;
  mentions: Mention[];
}

/**
 * Entity records: the name entities coreference found (see coreference.ts), and values grouped
 * by their text; each with a name, a type, a salience in (0, 1] and every mention's offsets, most
 * salient first. A person, organisation or place the name check (name-check.ts) does not trust is
 * typed `other`; null runs no check.
 */
export function entityRecords(annotated: AnnotatedArticle, summarySentences: ReadonlySet<number>, names: NameCoreference, check: NameModel | null = null): EntityRecord[] {
  const { mentions, sentences, article } = annotated;
  const length = Math.max(1, article.text.length);
  const groups = new Map<string, Group>();
  for (const m of mentions) if (!NAME_TYPES.has(m.type)) groupOf(groups, `${m.type}:${m.text.toLowerCase()}`, m).mentions.push(m);
  const all = [
    ...names.clusters.map((c) => ({
      name: c.name,
      type: check ? checkedType(check, c, annotated) : c.type,
      mentions: c.mentions,
    })),
    ...[...groups.values()].map((g) => ({ name: valueName(g.mentions), type: majorityType(g.mentions), mentions: g.mentions })),
  ];

  const records: EntityRecord[] = [];
  for (const g of all) {
    // "Indian-controlled", "Boston-based": a name joined to a participle describes something (the
    // tagger reads it as CoNLL-2003 does, a miscellaneous name); no reader lists it among the names.
    if (g.type === 'other' && g.mentions.every((m) => DESCRIBING_COMPOUND.test(m.text))) continue;
    const type = g.type;
    const first = g.mentions[0]!;
    let score = g.mentions.length * SALIENCE.mention;
    if (g.mentions.some((m) => sentences[m.sentence]?.role === 'title')) score += SALIENCE.inTitle;
    if (g.mentions.some((m) => summarySentences.has(m.sentence))) score += SALIENCE.inSummary;
    score += SALIENCE.early * Math.max(0, 1 - first.start / length);
    if (!NAME_TYPES.has(type)) score *= SALIENCE.valueFactor;
    records.push({
      name: g.name,
      type,
      salience: score,
      mentions: g.mentions.map(({ text, start, end }) => ({ text, start, end })),
    });
  }
  const top = Math.max(...records.map((r) => r.salience), 1e-9);
  for (const r of records) r.salience = Math.round((r.salience / top) * 1000) / 1000;
  return records.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
}

function groupOf(groups: Map<string, Group>, key: string, m: Mention): Group {
  let g = groups.get(key);
  if (!g) {
    g = { key, type: m.type, mentions: [] };
    groups.set(key, g);
  }
  return g;
}

/** A value's name: its fullest form, then its most frequent ("5 percent" over "5%" when longer). */
function valueName(mentions: Mention[]): string {
  const forms = new Map<string, number>();
  for (const m of mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
  return [...forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0]![0];
}

