/**
 * Scores one brief against one real-article annotation. `printedOf` reduces a Brief to what the
 * benchmark judges; `scoreArticle` compares that with the annotation and returns additive counts
 * (summed per genre, set and overall, so every figure is micro-averaged over items) and the wrong
 * items for error analysis.
 */
import type { Brief } from '../../src/types.js';
import { summaryImplications } from '../../src/render/view.js';
import type { Annotation, GoldType } from './real-data.js';
import {
  CLAIM_OVERLAP,
  IMPLICATION_OVERLAP,
  SUMMARY_OVERLAP,
  cleanText,
  isPronoun,
  nameKeys,
  normaliseName,
  speakerKeys,
  speakerRight,
  textMatches,
  words,
} from './real-match.js';

const NAME_TYPES = new Set<string>(['person', 'organization', 'place']);

/** What the benchmark reads from a brief. */
export interface Printed {
  title: string | null;
  /** The genre the brief says the page is. */
  genre: string | null;
  summary: string[];
  /** Entity records of type person, organization or place, in the brief's order. */
  names: Array<{ name: string; type: string; mentions: string[] }>;
  /** Entity records of other types (values, "other" names): not scored as names. */
  otherNames: Array<{ name: string; type: string }>;
  /** Attributed claims (kind direct, mixed or indirect): speaker as resolved, content text. */
  claims: Array<{ speaker: string | null; content: string; kind: string; cue: string | null }>;
  /** Unattributed "factual" claims: counted, not scored (the annotation has attributions only). */
  factual: number;
  /** Implications, one per distinct text span (a sentence stating two relations is printed once). */
  implications: string[];
  /** The implications the summary view shows (its top few). */
  shownImplications: string[];
}

export function printedOf(brief: Brief): Printed {
  const seen = new Set<string>();
  const implications: string[] = [];
  for (const i of brief.implications) {
    const k = `${i.start}:${i.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    implications.push(i.text);
  }
  const attributed = brief.claims.filter((c) => c.kind !== 'factual');
  return {
    title: brief.title?.text ?? null,
    genre: brief.genre ?? null,
    summary: brief.summary.map((s) => s.text),
    names: brief.entities.filter((e) => NAME_TYPES.has(e.type)).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => m.text) })),
    otherNames: brief.entities.filter((e) => e.type === 'other').map((e) => ({ name: e.name, type: e.type })),
    claims: attributed.map((c) => ({ speaker: c.speaker, content: brief.text.slice(c.content.start, c.content.end), kind: c.kind, cue: c.cue })),
    factual: brief.claims.length - attributed.length,
    implications,
    shownImplications: summaryImplications(brief.implications, undefined, brief.text).map((i) => i.text),
  };
}

/** An empty brief: what a page newsbrief fails on scores as. */
export const NOTHING: Printed = { title: null, genre: null, summary: [], names: [], otherNames: [], claims: [], factual: 0, implications: [], shownImplications: [] };

export function newCounts() {
  return {
    articles: 0,
    failed: 0,
    // names right
    names: 0,
    namesRight: 0,
    namesTypeError: 0,
    namesJunk: 0,
    /** Right, but a second record for a gold entity an earlier record already names (a split). */
    namesDuplicate: 0,
    // key actors
    keyActors: 0,
    keyActorsFound: 0,
    /** Found by the record's name or by one of its mention texts (the lenient reading). */
    keyActorsFoundByMention: 0,
    // claims right
    claims: 0,
    claimsContent: 0,
    claimsRight: 0,
    /** Content matches a gold attribution, speaker matches none of the matched ones. */
    claimsWrongSpeaker: 0,
    claimsNoSpeaker: 0,
    claimsPronounSpeaker: 0,
    factual: 0,
    // attributions found
    attributions: 0,
    attributionsContent: 0,
    attributionsSpeaker: 0,
    // summary
    summary: 0,
    summaryKept: 0,
    /** Printed summary sentences (not kept) that are not in the article body the annotator read (a dek, a caption, chrome). */
    summaryOutsideBody: 0,
    summaryBest: 0,
    summaryBestFound: 0,
    // implications
    implications: 0,
    implicationsReal: 0,
    implicationsShown: 0,
    implicationsShownReal: 0,
    keyImplications: 0,
    keyImplicationsFound: 0,
    // titles
    titles: 0,
    titlesRight: 0,
    // genre
    genres: 0,
    genresRight: 0,
  };
}
export type Counts = ReturnType<typeof newCounts>;

export function addCounts(into: Counts, from: Counts): void {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += from[k];
}

/** The wrong and missed items of one article, for `--verbose`. */
export interface Errors {
  title: { printed: string | null; gold: string } | null;
  junkNames: string[];
  typeErrors: Array<{ name: string; printed: string; gold: string }>;
  duplicateNames: Array<{ name: string; gold: string; first: string }>;
  missedKeyActors: Array<{ name: string; type: GoldType; printedAs: string | null }>;
  wrongSpeakers: Array<{ speaker: string | null; gold: string[]; content: string }>;
  unmatchedClaims: Array<{ speaker: string | null; cue: string | null; content: string }>;
  missedAttributions: Array<{ speaker: string; content: string }>;
  unmatchedSummary: string[];
  missedBest: string[];
  falseImplications: string[];
  missedKeyImplications: string[];
}

export interface ArticleScore {
  counts: Counts;
  errors: Errors;
}

/**
 * `body`, when known (the dev pages' benchmark articleBody), is the text the annotator read: a
 * printed sentence that is not in it could never be annotated, and is counted apart.
 */
export function scoreArticle(gold: Annotation, printed: Printed, body: string | null = null): ArticleScore {
  const c = newCounts();
  c.articles = 1;
  const errors: Errors = {
    title: null,
    junkNames: [],
    typeErrors: [],
    duplicateNames: [],
    missedKeyActors: [],
    wrongSpeakers: [],
    unmatchedClaims: [],
    missedAttributions: [],
    unmatchedSummary: [],
    missedBest: [],
    falseImplications: [],
    missedKeyImplications: [],
  };

  // ── names right
  const entityKeys = gold.entities.map((e) => nameKeys(e));
  const named = new Map<number, string>();
  for (const r of printed.names) {
    c.names++;
    const k = normaliseName(r.name);
    const hits = gold.entities.map((_, i) => i).filter((i) => entityKeys[i]!.has(k));
    const same = hits.find((i) => gold.entities[i]!.type === r.type);
    if (same !== undefined) {
      c.namesRight++;
      const first = named.get(same);
      if (first !== undefined) {
        c.namesDuplicate++;
        errors.duplicateNames.push({ name: r.name, gold: gold.entities[same]!.name, first });
      } else named.set(same, r.name);
    } else if (hits.length > 0) {
      c.namesTypeError++;
      errors.typeErrors.push({ name: r.name, printed: r.type, gold: gold.entities[hits[0]!]!.type });
    } else {
      c.namesJunk++;
      errors.junkNames.push(`${r.name} (${r.type})`);
    }
  }

  // ── key actors found
  gold.entities.forEach((e, i) => {
    if (!e.key) return;
    c.keyActors++;
    const keys = entityKeys[i]!;
    const sameType = printed.names.filter((r) => r.type === e.type);
    if (sameType.some((r) => keys.has(normaliseName(r.name)))) {
      c.keyActorsFound++;
      c.keyActorsFoundByMention++;
      return;
    }
    if (sameType.some((r) => r.mentions.some((m) => keys.has(normaliseName(m))))) c.keyActorsFoundByMention++;
    const elsewhere = [...printed.names, ...printed.otherNames].find((r) => keys.has(normaliseName(r.name)));
    errors.missedKeyActors.push({ name: e.name, type: e.type, printedAs: elsewhere ? `${elsewhere.name} as ${elsewhere.type}` : null });
  });

  // ── claims right, attributions found
  const goldClaimWords = gold.claims.map((g) => words(g.content));
  const goldSpeakers = gold.claims.map((g) => speakerKeys(g, gold.entities));
  const foundContent = new Set<number>();
  const foundSpeaker = new Set<number>();
  c.factual = printed.factual;
  for (const p of printed.claims) {
    c.claims++;
    const pw = words(p.content);
    const matched = goldClaimWords.map((_, i) => i).filter((i) => textMatches(pw, goldClaimWords[i]!, CLAIM_OVERLAP));
    if (matched.length === 0) {
      errors.unmatchedClaims.push({ speaker: p.speaker, cue: p.cue, content: cleanText(p.content) });
      continue;
    }
    c.claimsContent++;
    for (const i of matched) foundContent.add(i);
    const right = matched.filter((i) => speakerRight(p.speaker, goldSpeakers[i]!));
    if (right.length > 0) {
      c.claimsRight++;
      for (const i of right) foundSpeaker.add(i);
    } else {
      c.claimsWrongSpeaker++;
      if (!p.speaker) c.claimsNoSpeaker++;
      else if (isPronoun(p.speaker)) c.claimsPronounSpeaker++;
      errors.wrongSpeakers.push({ speaker: p.speaker, gold: [...new Set(matched.map((i) => gold.claims[i]!.speaker))], content: cleanText(p.content) });
    }
  }
  c.attributions = gold.claims.length;
  c.attributionsContent = foundContent.size;
  c.attributionsSpeaker = foundSpeaker.size;
  gold.claims.forEach((g, i) => {
    if (!foundContent.has(i)) errors.missedAttributions.push({ speaker: g.speaker, content: g.content });
  });

  // ── summary
  const okWords = gold.summary_ok.map(words);
  const summaryWords = printed.summary.map(words);
  const bodyWords = body === null ? null : ` ${words(body).join(' ')} `;
  for (const [j, sw] of summaryWords.entries()) {
    c.summary++;
    if (okWords.some((ow) => textMatches(sw, ow, SUMMARY_OVERLAP))) c.summaryKept++;
    else {
      const outside = bodyWords !== null && sw.length > 0 && !bodyWords.includes(` ${sw.join(' ')} `);
      if (outside) c.summaryOutsideBody++;
      errors.unmatchedSummary.push(`${outside ? '(not in the annotated body) ' : ''}${cleanText(printed.summary[j]!)}`);
    }
  }
  for (const best of gold.summary_best) {
    c.summaryBest++;
    const bw = words(best);
    if (summaryWords.some((sw) => textMatches(sw, bw, SUMMARY_OVERLAP))) c.summaryBestFound++;
    else errors.missedBest.push(best);
  }

  // ── implications
  const goldImplWords = gold.implications.map((g) => words(g.text));
  const printedImplWords = printed.implications.map(words);
  for (const [j, iw] of printedImplWords.entries()) {
    c.implications++;
    if (goldImplWords.some((gw) => textMatches(iw, gw, IMPLICATION_OVERLAP))) c.implicationsReal++;
    else errors.falseImplications.push(cleanText(printed.implications[j]!));
  }
  for (const shown of printed.shownImplications) {
    c.implicationsShown++;
    if (goldImplWords.some((gw) => textMatches(words(shown), gw, IMPLICATION_OVERLAP))) c.implicationsShownReal++;
  }
  gold.implications.forEach((g, i) => {
    if (!g.key) return;
    c.keyImplications++;
    if (printedImplWords.some((iw) => textMatches(iw, goldImplWords[i]!, IMPLICATION_OVERLAP))) c.keyImplicationsFound++;
    else errors.missedKeyImplications.push(g.text);
  });

  // ── title
  c.genres = 1;
  if (printed.genre === gold.genre) c.genresRight = 1;
  c.titles = 1;
  if (printed.title !== null && normaliseName(printed.title) === normaliseName(gold.title)) c.titlesRight = 1;
  else errors.title = { printed: printed.title, gold: gold.title };

  // A page annotated only in part (a long encyclopedia page: its lead and first sections) says
  // what a reader must find there, not what newsbrief may print from the rest: only its recall
  // figures (key actors, attributions, best sentences, key implications) and its title count.
  if (gold.partial) {
    for (const k of ['names', 'namesRight', 'namesTypeError', 'namesJunk', 'namesDuplicate', 'claims', 'claimsContent', 'claimsRight', 'claimsWrongSpeaker', 'claimsNoSpeaker', 'claimsPronounSpeaker', 'summary', 'summaryKept', 'summaryOutsideBody', 'implications', 'implicationsReal', 'implicationsShown', 'implicationsShownReal'] as const) c[k] = 0;
    errors.junkNames = [];
    errors.typeErrors = [];
    errors.duplicateNames = [];
    errors.wrongSpeakers = [];
    errors.unmatchedClaims = [];
    errors.unmatchedSummary = [];
    errors.falseImplications = [];
  }
  return { counts: c, errors };
}
