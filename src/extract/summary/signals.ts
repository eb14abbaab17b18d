import { BODY_ROLES, NAME_TYPES } from '../../vocabulary.js';
import type { AnnotatedArticle, Sentence, SentenceRole } from '../../types.js';
import { add, dot, idf, terms, tfidf, unit, type Vector } from './vectors.js';
import { DEPENDENT_OPENERS } from '../../data/cues.js';
import { hasWideScript, wideWords } from '../../writing-systems.js';
import { BUY_LINE, CAPTION, DATA_LINE_MIN_LABELS, FIELD_LABEL, LEGAL_BOILERPLATE, OPENING_LABEL, SITE_DISCLAIMER, PLUG, SHOOT_CREDIT, teaser } from '../../data/summary.js';
import { asks, labelledField, sameParagraph } from '../spans.js';
import { writerOf } from '../byline.js';

/**
 * The signals a summary sentence is scored on, each in [0, 1] (or a 0/1 flag). Their weights are
 * fitted data (src/data/summary.ts, `npm run fit:summary`); what each measures and why it may
 * matter is said here, once.
 */
export const SIGNALS = {
  position: 'inverse square root of the rank among body sentences: news puts the key facts first (Lead-3 is the baseline)',
  first: 'the first body sentence: the lede is the single most summary-worthy sentence of a news story',
  relative: 'place in the article from 1 (start) to 0 (end), a gentler position signal than rank',
  paragraphLead: "a paragraph's first sentence, which carries its topic",
  centrality: "TF-IDF cosine with the whole article: shares the article's vocabulary",
  degree: 'mean TF-IDF cosine with the other sentences (TextRank-style centrality without the graph walk)',
  title: "share of the headline's content words the sentence repeats",
  keywords: "share of the article's ten most frequent content words the sentence contains",
  length: 'words / 40, capped at 1: longer sentences carry more content',
  short: 'under 10 words: fragments and captions',
  long: 'over 40 words: run-ons and lists glued into one sentence',
  names: 'people, organisations and places per 10 words, capped at 1',
  figures: 'states money, a percentage or a count',
  quote: 'holds a quotation',
  opensQuote: 'opens with a quotation mark: a quote lifted out of its attribution',
  dependent: 'opens with a pronoun or connective that needs the sentence before it',
  question: 'ends with a question mark',
} as const;

export type Signal = keyof typeof SIGNALS;
export const SIGNAL_NAMES = Object.keys(SIGNALS) as Signal[];

/** Value types that make a sentence hold a figure. */
const FIGURE_TYPES = new Set(['money', 'percent', 'cardinal']);

/** Sentences shorter than this (in words) are never summary sentences. */
export const MIN_SUMMARY_WORDS = 5;
/** The most words of a summary sentence where shorter ones stand: longer is a list or a run-on text, not a sentence a brief can print. */
export const MAX_SUMMARY_WORDS = 150;
/** How many of the article's most frequent terms the keywords signal looks for. */
const KEYWORDS = 10;

export interface SentenceSignals {
  sentence: Sentence;
  /** Can be a summary sentence at all: body text, long enough, has a verb, not a plug. */
  eligible: boolean;
  words: number;
  vector: Vector;
  values: Record<Signal, number>;
}

/** Clitics wink splits off ("did|n't", "it|'s") are parts of words, not words. */
const CLITIC = /^(?:n['’]t|['’]\p{L}{0,2})$/iu;

export function wordsIn(s: Sentence): number {
  let n = 0;
  for (const t of s.tokens) {
    if ((t.kind === 'word' || t.kind === 'number') && !CLITIC.test(t.text)) n++;
    // wink leaves a run of Chinese or Japanese as one 'unk' token: it counts as parse counts it.
    else if (t.kind === 'unk') n += Math.max(1, wideWords(t.text));
  }
  return n;
}

/** Opens with a pronoun or connective that needs the sentence before it. */
export function isDependent(s: Sentence): boolean {
  const first = s.tokens.find((t) => t.kind === 'word');
  if (!first) return false;
  if (DEPENDENT_OPENERS.has(first.normal)) return true;
  // "Like millions of Chinese, they are making their first trip …", "In 2019, he …": a pronoun
  // subject right after an opening phrase with no verb of its own needs the sentence before too.
  const comma = s.tokens.findIndex((t) => t.text === ',');
  if (comma <= 0 || comma > OPENING_PHRASE_MAX_TOKENS || !SUBJECT_PRONOUNS.has(s.tokens[comma + 1]?.normal ?? '')) return false;
  return !s.tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Tokens an opening phrase before a pronoun subject may have. */
const OPENING_PHRASE_MAX_TOKENS = 8;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/**
 * A sentence the writer labels as the piece's summary: "TL;DR:", "TLDR -" (set in a quotation box
 * too). ("In short:" is no such label: a feature's "In short: Offices are still sitting empty most
 * of the time." sums up one paragraph; taken first, a real page's readers' best sentences went 2 → 1.)
 */
export const OWN_SUMMARY = /^\W{0,3}tl;?\s?dr\b\W{0,3}[:—–-]\s*\S/i;

function isEligible(s: Sentence, words: number, quotedStory = false): boolean {
  if (!BODY_ROLES.has(s.role) || (s.role === 'quote' && !quotedStory && !OWN_SUMMARY.test(s.text)) || words < MIN_SUMMARY_WORDS) return false;
  // wink tags no verbs in Chinese or Japanese runs; such a sentence stays eligible.
  if (!s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.kind === 'unk' && hasWideScript(t.text)))) return false;
  // "…, Sunak said:" introduces what follows and says nothing on its own.
  if (/[:：]\s*$/u.test(s.text)) return false;
  // "(Alden on Tuesday announced …)": an aside the writer set in parentheses.
  if (/^\(/.test(s.text.trim()) && /\)[.!?]?["”’']?$/.test(s.text.trim())) return false;
  // "“That goes a long way.”": a quotation with no speaker in the sentence, which a brief would print unattributed.
  if (speakerless(s.text.trim())) return false;
  // "1) Lego Star Wars 75188 … http://amzn.to/2iJFhRj", "[also see … https://s.apache.org/Wkyw ]": a bare address is a link list or a pointer, not a statement.
  if (BARE_URL.test(s.text)) return false;
  // "How did you feel when you heard about the new category?": a brief states, it does not ask.
  if (asks(s.text)) return false;
  // "Get it from Amazon for $11.99+", "Record: 19-1 … Next fight: TBA": where to buy, fields of data.
  if (BUY_LINE.test(s.text) || dataLine(s.text) || labelledField(s)) return false;
  // (Past the emoji or other symbols a newsletter sets before its plugs: "👁️ Register for our new online course …".)
  const bare = s.text.replace(/^[^\p{L}\p{N}"“‘'(]+/u, '');
  return !PLUG.test(bare) && !teaser(bare) && !CAPTION.test(s.text) && !(SHOOT_CREDIT.test(s.text.trim()) && words <= SHOOT_CREDIT_MAX_WORDS) && !LEGAL_BOILERPLATE.test(s.text) && !SITE_DISCLAIMER.test(s.text);
}

/** The share of a page's body words in quotations (block quotes, quoted paragraphs) from which the quotation is the story it passes on, and the most words of the writer's own around it. */
const QUOTED_STORY_SHARE = 0.75;
const QUOTED_STORY_OWN_MAX_WORDS = 20;

/** Whether a paragraph is one aside in brackets: it opens on "(" that closes only at its end. */
function wholeAside(text: string): boolean {
  if (!/^\(/.test(text) || !/\)[.!?]?["”’']?$/.test(text)) return false;
  const close = text.lastIndexOf(')');
  let depth = 0;
  for (let i = 0; i < close; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return false;
  }
  return true;
}

/** The sentences of each paragraph (or list item), in order. */
function paragraphRuns(sentences: readonly Sentence[]): Sentence[][] {
  const runs: Sentence[][] = [];
  let previous: Sentence | null = null;
  for (const s of sentences) {
    const same = previous !== null && sameParagraph(previous, s);
    if (same) runs[runs.length - 1]!.push(s);
    else runs.push([s]);
    previous = s;
  }
  return runs;
}

/** A credit line is short: "Produced by the Congressional Budget Office, the report estimates …" is a sentence. */
const SHOOT_CREDIT_MAX_WORDS = 12;

/** Labelled fields (FIELD_LABEL) from the line's start, counted outside quotation marks. */
function dataLine(text: string): boolean {
  if (!OPENING_LABEL.test(text)) return false;
  const unquoted = text.replace(/[“"][^”"]*[”"]/g, ' ');
  return (unquoted.match(FIELD_LABEL) ?? []).length >= DATA_LINE_MIN_LABELS;
}

/** How a sentence ends: a full stop, a question or exclamation mark or an ellipsis, then any closing quotation marks or brackets. */
const SENTENCE_END = /[.!?…:;。！？](?:["”’')\]」』]*|\s*\[\d+\])$/u;

/** An address written out in the text. */
const BARE_URL = /\bhttps?:\/\/\S|\bwww\.[a-z0-9-]+\.[a-z]/i;

/** Opens a quotation that runs to the sentence's end (or on past it) with nothing of the writer's outside it. */
function speakerless(text: string): boolean {
  // Not a plain apostrophe: "'90s nostalgia" opens no quotation.
  const open = /^(["“‘])/.exec(text);
  if (!open) return false;
  const close = open[1] === '“' ? '”' : open[1] === '‘' ? '’' : open[1]!;
  const at = text.indexOf(close, 1);
  return at === -1 || /^[\s.!?,…]*$/u.test(text.slice(at + 1));
}

/** A speaker's label opening a line of dialogue, captured: "Shaffer: …", "Starre Vartan: …", "VARTAN: …". */
const TURN_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s/u;
/** Lines labelled by others that make a page an interview printed as dialogue. */
const DIALOGUE_MIN_TURNS = 2;

/**
 * The writer's own labelled lines in an interview printed as dialogue: those whose label is the
 * writer's name or surname, in any case ("Vartan: …", "STARRE VARTAN: …"). None unless others
 * answer in at least DIALOGUE_MIN_TURNS labelled lines. The rest of the writer's paragraph stays
 * eligible: there the writer sets the scene, and readers keep those sentences ("But just like
 * forests on land, lately these underwater forests have come under threat …" after "Starre
 * Vartan: I love a short cold-water swim …").
 */
function interviewerLines(sentences: readonly Sentence[], writer: string | null): number[] {
  if (!writer) return [];
  const own = new Set([writer, writer.split(/\s+/).pop()!].map((n) => n.toLowerCase()));
  const labels = sentences.map((s) => TURN_LABEL.exec(s.text)?.[1]!.toLowerCase() ?? null);
  if (labels.filter((l) => l !== null && !own.has(l)).length < DIALOGUE_MIN_TURNS) return [];
  return sentences.filter((_, i) => own.has(labels[i] ?? '')).map((s) => s.index);
}

/** Every sentence's signals, in time linear in the article's length. */
export function computeSignals(annotated: AnnotatedArticle): SentenceSignals[] {
  const { sentences, mentions } = annotated;
  const termLists = sentences.map(terms);
  const weights = idf(termLists);
  const vectors = termLists.map((list) => tfidf(list, weights));
  const words = sentences.map(wordsIn);
  // A page that quotes the story it passes on (a blog's post of an announcement in a block quote,
  // with a line of thanks under it) is briefed from the quotation: it holds QUOTED_STORY_SHARE of the
  // body's words.
  let quoted = 0, body = 0;
  sentences.forEach((s, i) => {
    if (s.role === 'quote') quoted += words[i]!;
    else if (BODY_ROLES.has(s.role)) body += words[i]!;
  });
  // (The writer's own words a line or two at most: a post that quotes a flyer to rebut it is the writer's.)
  const quotedStory = quoted > QUOTED_STORY_SHARE * (quoted + body) && body < QUOTED_STORY_OWN_MAX_WORDS;
  const eligible = sentences.map((s, i) => isEligible(s, words[i]!, quotedStory));
  // (Nor a run-on of more than MAX_SUMMARY_WORDS, where shorter sentences stand: Lit Hub's list of
  // the 49 outlets it read, set as one paragraph; an unpunctuated transcript keeps its own.)
  const long = eligible.map((e, i) => e && words[i]! > MAX_SUMMARY_WORDS);
  if (long.some(Boolean) && eligible.some((e, i) => e && !long[i])) long.forEach((l, i) => l && (eligible[i] = false));
  // "(Update April, 2011: In September, 2008 I wrote the following post … click here.)": a paragraph
  // the writer set in parentheses, over several sentences, is an aside as a sentence in them is.
  // (Its opening bracket closes at its end only: "(Reuters) - Tesla is recalling …" opens on a dateline.)
  for (const run of paragraphRuns(sentences)) {
    if (run.length > 1 && wholeAside(run.map((s) => s.text.trim()).join(' '))) for (const s of run) eligible[s.index] = false;
  }
  // "Hollywood legend escorted off stage after protesters climb up holding sign …": a line written
  // as a headline, with no full stop, before the story's first sentence is a standfirst, not the
  // story. (Further in, such a line is most often a caption that the Daily Mail's highlights
  // draw on: CNN/DM ROUGE-1 fell 42.14 → 41.79 when every one was passed over.)
  // (A text with no full stop anywhere keeps them all.)
  const story = sentences.findIndex((s) => s.role === 'body' && SENTENCE_END.test(s.text.trim()));
  for (let i = 0; i < story; i++) if (sentences[i]!.role === 'body') eligible[i] = false;
  // "Vartan: If I kept swimming …" under "By Starre Vartan": in an interview the writer's own lines
  // ask and set the scene; a brief gives the answers.
  for (const i of interviewerLines(sentences, writerOf(annotated.article.meta.byline))) eligible[i] = false;
  const eligibleIndexes = sentences.map((_, i) => i).filter((i) => eligible[i]);

  const doc: Vector = new Map();
  const frequency = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (!BODY_ROLES.has(s.role)) return;
    add(doc, vectors[i]!);
    for (const t of termLists[i]!) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  });
  const keywords = new Set(
    [...frequency.entries()]
      .filter(([, n]) => n > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, KEYWORDS)
      .map(([t]) => t),
  );
  const titleSentence = sentences.find((s) => s.role === 'title');
  const titleTerms = new Set(titleSentence ? termLists[titleSentence.index] : []);

  const names = new Array<number>(sentences.length).fill(0);
  const figures = new Array<number>(sentences.length).fill(0);
  for (const m of mentions) {
    if (NAME_TYPES.has(m.type)) names[m.sentence] = (names[m.sentence] ?? 0) + 1;
    if (FIGURE_TYPES.has(m.type)) figures[m.sentence] = 1;
  }

  const total = Math.max(1, eligibleIndexes.length);
  // Mean cosine with the other eligible sentences, without comparing every pair: with unit
  // vectors u, mean_j≠i cos(i, j) = (u_i · Σ_j u_j − u_i · u_i) / (m − 1).
  const units = vectors.map(unit);
  // The article vector's length, once (recomputing it per sentence made long inputs quadratic).
  const docNorm = Math.sqrt(dot(doc, doc));
  const sum: Vector = new Map();
  for (const j of eligibleIndexes) add(sum, units[j]!);
  let rankInBody = 0;
  return sentences.map((s, i) => {
    const n = words[i]!;
    const own = termLists[i]!;
    const p = eligible[i] ? rankInBody++ : rankInBody;
    let degree = 0;
    if (eligible[i] && eligibleIndexes.length > 1) {
      const u = units[i]!;
      degree = u.size === 0 ? 0 : Math.max(0, (dot(u, sum) - dot(u, u)) / (eligibleIndexes.length - 1));
    }
    const text = s.text.trim();
    const values: Record<Signal, number> = {
      position: 1 / Math.sqrt(1 + p),
      first: p === 0 ? 1 : 0,
      relative: 1 - p / total,
      paragraphLead: s.inBlock === 0 ? 1 : 0,
      centrality: docNorm === 0 || units[i]!.size === 0 ? 0 : dot(units[i]!, doc) / docNorm,
      degree,
      title: titleTerms.size === 0 ? 0 : new Set(own.filter((t) => titleTerms.has(t))).size / titleTerms.size,
      keywords: keywords.size === 0 ? 0 : new Set(own.filter((t) => keywords.has(t))).size / keywords.size,
      length: Math.min(1, n / 40),
      short: n < 10 ? 1 : 0,
      long: n > 40 ? 1 : 0,
      names: Math.min(1, ((names[i] ?? 0) * 10) / Math.max(1, n)),
      figures: figures[i] ?? 0,
      quote: /["“”]/.test(text) ? 1 : 0,
      opensQuote: /^["“‘']/.test(text) ? 1 : 0,
      dependent: isDependent(s) ? 1 : 0,
      question: /\?["”’']?$/.test(text) ? 1 : 0,
    };
    return { sentence: s, eligible: eligible[i]!, words: n, vector: vectors[i]!, values };
  });
}
