import type { Genre } from '../../types.js';
import { combine, hashString } from '../../ml/hash.js';
import { readLinear, type LinearModel } from '../../ml/linear.js';
import { modelPath, once } from '../../ml/models.js';
import type { SentenceSignals } from './signals.js';

/**
 * Would a reader of the page pick this sentence for a three-sentence brief? The linear ranker
 * weighs each signal of signals.ts the same on every page with a headline and in a straight line;
 * readers may weigh them by genre and not in proportion, and by how a sentence opens and whose
 * voice it is in (a first-person aside, a "Here's what …" teaser). This check reads each signal in bins,
 * crossed with the page's genre, and the sentence's opening words and grammatical person; its
 * log-odds are added to the linear ranker's score in a brief of a page whose lead is not the story
 * by itself (leadIsStory).
 *
 * A logistic regression over hashed features, trained by `npm run train:summary-real` on the
 * eligible sentences of the real pages readers annotated (positive: the sentence matches one the
 * reader marks as brief-worthy, as bench:real matches them), a reserve fifth of the pages left
 * out; the weights ship in models/summary-real.bin (hashed buckets only, no text).
 */

/** Feature buckets (2^15): 128 kB of weights. */
export const SUMMARY_READER_BUCKETS = 1 << 15;
export const SUMMARY_READER_MAGIC = 'NBSUM001';

export type SummaryReader = LinearModel;

/** The shipped model, loaded on first use. */
export const summaryReader = once((): SummaryReader => readLinear(modelPath('summaryReal'), SUMMARY_READER_MAGIC, 0));

const seed = (name: string): number => hashString(`summary:${name}=`);
const SEED = {
  bias: seed('bias'),
  rank: seed('rank'),
  rankGenre: seed('rank+genre'),
  relative: seed('relative'),
  relativeGenre: seed('relative+genre'),
  lead: seed('paragraphLead'),
  leadRank: seed('paragraphLead+rank'),
  title: seed('title'),
  titleGenre: seed('title+genre'),
  keywords: seed('keywords'),
  centrality: seed('centrality'),
  degree: seed('degree'),
  length: seed('length'),
  lengthGenre: seed('length+genre'),
  names: seed('names'),
  flags: seed('flag'),
  flagGenre: seed('flag+genre'),
  genre: seed('genre'),
  role: seed('role'),
  first: seed('first-word'),
  firstTwo: seed('first-two'),
  person: seed('person'),
  personGenre: seed('person+genre'),
} as const;

/** Rank among the eligible sentences, in bins: 0, 1, 2, 3, 4, 5–6, 7–9, 10–14, 15 on. */
function rankBin(rank: number): number {
  return rank < 5 ? rank : rank < 7 ? 5 : rank < 10 ? 6 : rank < 15 ? 7 : 8;
}

/** A share in [0, 1] in `n` equal bins. */
const bin = (value: number, n: number): number => Math.min(n - 1, Math.max(0, Math.floor(value * n)));

/** Words that say the writer speaks in the first person, or to the reader. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
const PLURAL_PERSON = new Set(['we', 'us', 'our', 'ours']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);

/**
 * Each sentence's hashed feature ids (empty for one that cannot be a summary sentence), as the
 * check reads it on a page of this genre.
 */
export function summaryFeatures(signals: readonly SentenceSignals[], genre: Genre): number[][] {
  const g = hashString(genre);
  let rank = 0;
  return signals.map((s) => {
    if (!s.eligible) return [];
    const v = s.values;
    const out: number[] = [SEED.bias, combine(SEED.genre, g), combine(SEED.role, hashString(s.sentence.role))];
    const r = rankBin(rank++);
    out.push(combine(SEED.rank, r), combine(combine(SEED.rankGenre, g), r));
    const rel = bin(v.relative, 10);
    out.push(combine(SEED.relative, rel), combine(combine(SEED.relativeGenre, g), bin(v.relative, 5)));
    out.push(combine(SEED.lead, v.paragraphLead), combine(combine(SEED.leadRank, v.paragraphLead), r));
    const title = bin(v.title, 5);
    out.push(combine(SEED.title, title), combine(combine(SEED.titleGenre, g), title));
    out.push(combine(SEED.keywords, bin(v.keywords, 5)));
    out.push(combine(SEED.centrality, bin(v.centrality, 10)));
    out.push(combine(SEED.degree, bin(v.degree * 5, 10)));
    const length = s.words < 10 ? 0 : s.words < 15 ? 1 : s.words < 20 ? 2 : s.words < 25 ? 3 : s.words < 30 ? 4 : s.words < 40 ? 5 : 6;
    out.push(combine(SEED.length, length), combine(combine(SEED.lengthGenre, g), length));
    out.push(combine(SEED.names, bin(v.names, 4)));
    for (const flag of ['figures', 'quote', 'opensQuote', 'dependent', 'question'] as const) {
      if (!v[flag]) continue;
      const f = hashString(flag);
      out.push(combine(SEED.flags, f), combine(combine(SEED.flagGenre, g), f));
    }
    // How the sentence opens and whose voice it is in (a bag of its words overfitted: cross-validated 68.4 against 75.2).
    const words = s.sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    const normal = (i: number): string => (words[i] ? (words[i]!.pos === 'PROPN' ? '<name>' : words[i]!.kind === 'number' ? '<num>' : words[i]!.normal) : '');
    out.push(combine(SEED.first, hashString(normal(0))), combine(SEED.firstTwo, hashString(`${normal(0)} ${normal(1)}`)));
    const person = words.some((t) => FIRST_PERSON.has(t.normal)) ? 'i' : words.some((t) => PLURAL_PERSON.has(t.normal)) ? 'we' : words.some((t) => SECOND_PERSON.has(t.normal)) ? 'you' : 'none';
    out.push(combine(SEED.person, hashString(person)), combine(combine(SEED.personGenre, g), hashString(person)));
    return out.map((h) => h % SUMMARY_READER_BUCKETS);
  });
}
