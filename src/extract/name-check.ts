/**
 * Is this record a person, organisation or place at all? The recogniser tags each mention and
 * coreference groups them; this classifier looks at the record whole — how often and in what
 * parts of the page it is named, whether its words are ordinary words the article also writes in
 * lower case ("Hybrid", "Bench"), its shape (capitals, digits, inner capitals: "AppleSkin",
 * "GT"), what the name lists say of it, and the words around its mentions — and gives a name it
 * does not trust the type `other`: still listed, but not as a person, organisation or place
 * (a trim level, a game, a product line, a fragment of a longer name).
 *
 * A logistic regression over hashed features, trained by `npm run train:names` on the records of
 * the real pages readers annotated (positive: a reader lists the name with the record's type), a
 * reserve fifth of the pages left out; the weights ship in models/names.bin (hashed buckets only,
 * no text). The threshold is the one cross-validation by page chose.
 */
import { hashString } from '../ml/hash.js';
import { withoutAccents } from '../writing-systems.js';
import { probability, readLinear, type LinearModel } from '../ml/linear.js';
import { modelPath, once } from '../ml/models.js';
import { entityModel, matcherForm, wordsWrittenLower } from '../nlp/ner/index.js';
import { GAZ, WORD } from '../nlp/ner/gazetteer.js';
import { BODY_ROLES } from '../vocabulary.js';
import type { AnnotatedArticle, EntityType, Mention, Token } from '../types.js';
import { firstFrom } from './spans.js';
import { signalledGenre } from './genre.js';

/** Feature buckets (2^14): 64 kB of weights. */
export const NAME_BUCKETS = 1 << 14;
export const NAME_MAGIC = 'NBNAM001';

export interface NameModel extends LinearModel {
  /** [threshold]: a record scoring under this is typed `other`. */
  thresholds: [number];
}

/** The shipped model, loaded on first use. */
export const nameModel = once((): NameModel => readLinear(modelPath('names'), NAME_MAGIC, 1) as NameModel);

/** What the check reads of a record. */
export interface NameRecord {
  name: string;
  type: EntityType;
  mentions: Mention[];
}

/** `compute` of an article, computed once per article (the check reads every record of a page). */
function perArticle<T>(compute: (annotated: AnnotatedArticle) => T): (annotated: AnnotatedArticle) => T {
  const cache = new WeakMap<AnnotatedArticle, T>();
  return (annotated) => {
    if (!cache.has(annotated)) cache.set(annotated, compute(annotated));
    return cache.get(annotated)!;
  };
}

/** The words an article writes in lower case inside its sentences. */
const writtenLower = perArticle((annotated) => wordsWrittenLower(annotated.sentences));

/** The page's signalled genre: a listicle's or a review's names are often products and works. */
const genreOf = perArticle((annotated): string => signalledGenre(annotated));

/** The sentences that hold a price (a currency sign): a mention's sentence is looked up, not scanned. */
const pricedSentences = perArticle((annotated) => new Set(annotated.sentences.filter((s) => s.tokens.some((x) => /^[$£€¥]$/.test(x.text))).map((s) => s.index)));

/** Which of the ranges the edges bound a count falls in (the last: above every edge). */
function bucket(n: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => n <= e);
  return String(i === -1 ? edges.length : i);
}

/** Without accents: the name lists and word clusters are kept in plain letters ("Kraków" is listed as "krakow"). */
const plain = withoutAccents;

/** The coarse word cluster of a lower-cased word, -1 when it has none, -2 for no word. */
function coarse(lower: string | undefined): number {
  return lower === undefined ? -2 : entityModel().clusters.coarse(plain(lower));
}

/** Hashed features of a person, organisation or place record in its article. */
export function nameFeatures(record: NameRecord, annotated: AnnotatedArticle): number[] {
  const { gazetteer } = entityModel();
  const type = record.type;
  const name = record.name;
  const words = name.split(/\s+/).filter(Boolean);
  const written = matcherForm(name).split(' ').filter(Boolean);
  const lower = written.map(plain);
  // A listed name's bits, as the page writes it or without its accents.
  const listed = (words: string[], also: string[]): number => gazetteer.bits(words) | (also.join(' ') === words.join(' ') ? 0 : gazetteer.bits(also));
  const lowered = writtenLower(annotated);
  const wordLower = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const ordinary = wordLower.filter((w) => lowered.has(w)).length;
  const f = new Set<string>([
    'bias',
    `t=${type}`,
    `n=${bucket(record.mentions.length, [1, 2, 4])}|${type}`,
    `w=${bucket(words.length, [1, 2, 3])}|${type}`,
    `forms=${new Set(record.mentions.map((m) => m.text)).size > 1}|${type}`,
    `caps=${/\p{L}{2}/u.test(name) && !/\p{Ll}/u.test(name)}|${type}`,
    `digit=${/\d/.test(name)}`,
    `symbol=${/[^\p{L}\p{M}\p{N}\s.'’&-]/u.test(name)}`,
    `camel=${/\p{Ll}\p{Lu}/u.test(name)}|${type}`,
    `dot=${/\.\p{L}{2}/u.test(name)}`,
    `gaz=${listed(written, lower) & 15}|${type}`,
    `gazLast=${listed(written.slice(-1), lower.slice(-1)) & 15}|${type}`,
    `w0=${gazetteer.word(lower[0] ?? '') & (WORD.FIRST_NAME | WORD.PERSON_TITLE)}|${type}`,
    `hand=${(listed(written, lower) & GAZ.HAND) !== 0}`,
    `ordinary=${ordinary === 0 ? 'none' : ordinary === words.length ? 'all' : 'some'}|${type}`,
    `first=${plain(wordLower[0] ?? '')}`,
    `last=${plain(wordLower[wordLower.length - 1] ?? '')}|${type}`,
    `lc=${coarse(wordLower[wordLower.length - 1])}|${type}`,
    `fc=${coarse(wordLower[0])}|${type}`,
    `genre=${genreOf(annotated)}|${type}`,
  ]);
  let body = 0;
  let initial = 0;
  for (const m of record.mentions) {
    const s = annotated.sentences[m.sentence];
    if (!s) continue;
    f.add(`role=${s.role}|${type}`);
    if (BODY_ROLES.has(s.role)) body++;
    const t: Token[] = s.tokens;
    const i = firstFrom(t, m.start);
    const j = firstFrom(t, m.end);
    const prev = t[i - 1];
    const next = t[j];
    if (!prev) initial++;
    f.add(`prev=${prev?.normal ?? '^'}|${type}`);
    f.add(`pc=${coarse(prev?.normal)}|${type}`);
    f.add(`next=${next?.normal ?? '$'}|${type}`);
    f.add(`nc=${coarse(next?.normal)}|${type}`);
    f.add(`np=${next?.pos ?? '$'}|${type}`);
    // A model number after it ("iPhone 15", "RTX 4090", "Apple II") or a price in its sentence: a product.
    f.add(`nextNum=${next?.kind === 'number' || /^(?:[ivx]+|\d+\w*)$/.test(next?.normal ?? '')}|${type}`);
    if (pricedSentences(annotated).has(m.sentence)) f.add(`price|${type}`);
    for (let k = i; k < j && k < t.length; k++) f.add(`pos=${t[k]!.pos}|${type}`);
  }
  f.add(`body=${bucket(body, [0, 1, 2])}|${type}`);
  f.add(`initial=${initial === record.mentions.length ? 'all' : initial > 0 ? 'some' : 'none'}|${type}`);
  return [...f].map((x) => hashString(x) % NAME_BUCKETS);
}

/** The types the check reads: a record of another type (`other`, a value) keeps its own. */
const CHECKED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'organization', 'place']);

/** The type a record is listed with: its own, or `other` when the check does not trust it as a person, organisation or place. */
export function checkedType(model: NameModel, record: NameRecord, annotated: AnnotatedArticle): EntityType {
  if (!CHECKED_TYPES.has(record.type)) return record.type;
  return probability(model, nameFeatures(record, annotated)) < model.thresholds[0] ? 'other' : record.type;
}
