/**
 * What the parts of the claims stage share: an attribution as the rules find it (cue, speaker
 * words, content), noun-phrase bounds over wink's tokens ("the two leading Republicans",
 * "Supporters of the measure", "A person familiar with the matter"), the name covering a token,
 * and the few token windows more than one part reads.
 */
import type { Mention, Span, TextSpan, Token } from '../../types.js';
import { firstFrom } from '../spans.js';
import { INDEFINITE_SUBJECTS, POSTMODIFIER_PREPOSITIONS, TIME_WORD } from '../../data/claims.js';
import { SOURCE_NOUNS } from '../../data/cues.js';
import { PERSON_NOUNS } from '../../data/person-nouns.js';
import { SOURCE_HEADS } from '../../data/source-heads.js';

/** A head that can hold a view: a source PolNeAR's annotators marked, or a person or group noun. */
export function viewHolder(lemma: string): boolean {
  return SOURCE_HEADS.has(lemma) || SOURCE_NOUNS.has(lemma) || PERSON_NOUNS.has(lemma);
}

/** How far (in tokens) a quotation may stand before a cue's subject, or a cue after a quotation ("“…,” he continued"). */
export const SUBJECT_WINDOW_AFTER = 5;

/** The longest parenthesis after a name ("(R-Fla.)", "(D-MA)") in tokens. */
export const PARENTHESIS_TOKENS = 8;

/** A quotation mark token: “ ” " or the New York Times' ''. */
export const QUOTE_MARK = /^(?:[“”"]|'')$/;

/** What may stand before a name in its noun phrase: titles and modifiers. */
export const MODIFIER_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PART', 'NUM']);

/** Words that may follow an inverted subject: "said Mr Smith in an interview", "said Mr Smith on Monday". */
export const TRAILING_POS = new Set(['ADP', 'SCONJ']);

/** The longest content a cue takes (a run-on text has no sentence end to speak of). */
export const MAX_CONTENT_CHARS = 1500;

/** A noun phrase as token indexes (end exclusive). */
export interface Phrase {
  start: number;
  end: number;
}

/** One attribution as the rules find it, before its speaker is resolved to a name. */
export interface Attribution {
  cue: TextSpan;
  speaker: TextSpan | null;
  content: Span;
  /** Token index of the cue (for ordering), and where the speaker starts (for coordination). */
  at: number;
  speakerToken: number;
  /** A reporting verb whose source the rules did not find (as opposed to a source left unnamed: "is expected to"). */
  sourceNotFound?: boolean;
}

export const inside = (spans: Span[], at: number): boolean => spans.some((q) => at > q.start && at < q.end);

export const spanKey = (span: Span): string => `${span.start}:${span.end}`;

/** First token of the noun phrase that ends at token `i`. */
export function npStart(t: Token[], i: number): number {
  let first = i;
  for (;;) {
    if (first > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(t[first - 1]!.pos)) first--;
    // "One small, 2-month study": a hyphenated modifier is one word; so is a name a slash or a dot
    // joins with no space ("A G/O spokesperson", "an Investing.com spokesperson").
    else if (first > 1 && /^[-/.]$/.test(t[first - 1]!.text) && t[first - 1]!.start === t[first - 2]!.end && t[first - 1]!.end === t[first]!.start) first -= 2;
    // "Washington-based analysts": so is one that ends in a participle.
    else if (first > 2 && (t[first - 1]!.pos === 'VERB' || t[first - 1]!.pos === 'ADJ') && t[first - 2]!.text === '-' && t[first - 2]!.end === t[first - 1]!.start && t[first - 3]!.end === t[first - 2]!.start) first -= 3;
    else break;
  }
  // "Her own research", "its government": a possessive pronoun opens the phrase (not "told her the plan").
  const possessive = t[first - 1];
  if (possessive && t[first]!.pos !== 'DET' && (/^(?:his|its|their|our|my|your)$/.test(possessive.normal) || (possessive.normal === 'her' && !['VERB', 'ADP', 'AUX'].includes(t[first - 2]?.pos ?? '')))) first--;
  return pastLeadingTime(t, first, i);
}

/** A day or a month at token `i` that says when, not a name it opens ("Wednesday", not "April Ryan", "Sunday Times", "May Day"). */
export function timeNotName(t: readonly Token[], i: number): boolean {
  return TIME_WORD.test(t[i]?.text ?? '') && !/^\p{Lu}/u.test(t[i + 1]?.text ?? '');
}

/**
 * The phrase's start past a time phrase that opens it: "(In) 2004 scientists found", "This past
 * May an NNSA investigation found", "In October the company revealed". A year counts after a preposition of time ("In 2004", not
 * "About 2000 protesters" or "2000 workers", which count); a month, day or "week"/"year" after
 * "this", "last" or "next" ("This May", "last week"). The head at `head` always stays.
 */
function pastLeadingTime(t: Token[], first: number, head: number): number {
  let k = first;
  if (/^(?:this|last|next)$/.test(t[k]!.normal)) {
    k++;
    if (t[k]?.normal === 'past') k++;
    if (!TIME_WORD.test(t[k]?.text ?? '')) return first;
    k++;
  } else if (/^(?:19|20)\d\d$/.test(t[k]!.text) && /^(?:in|since|during|until|by)$/.test(t[k - 1]?.normal ?? '')) k++;
  // ("In October the company revealed": a month or a day after a preposition that opens the sentence or a clause; not "Protesters in May Day marches".)
  else if (timeNotName(t, k) && /^(?:in|since|during|until|by|on)$/.test(t[k - 1]?.normal ?? '') && (k === 1 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(t[k - 2]!.pos))) k++;
  // ("This week's report": a time that owns the phrase stays.)
  return k > first && k <= head && t[k]!.pos !== 'NUM' && !/^['’]s$/.test(t[k]!.text) ? k : first;
}

/**
 * Where a description that ends in the noun phrase at token `first` starts, past prepositional
 * phrases back to the head they modify: "Supporters of the measure", "Those in favor of
 * punishment", "A person familiar with the matter", "Executives across the world". The head is a
 * common noun, a number, "those"/"many"/"some", or "familiar"/"close"; never a name ("Mr. Burman
 * of the Tax Policy Center" is Mr. Burman's own phrase).
 */
export function postmodifiedStart(t: Token[], first: number, names: Mention[]): number {
  // "Friends close to the Duchess": "close to" joins a description as the prepositions do.
  // "Another intelligence source speaking to Fox News": so does a participle of speaking and its "to".
  const speaking = (k: number): boolean => /^(?:speaking|talking)$/.test(t[k]?.normal ?? '') && unnamedNoun(t[k - 1], names);
  const joins = (k: number): boolean => POSTMODIFIER_PREPOSITIONS.has(t[k]!.normal) || t[k]!.normal === 'by' || (t[k]!.normal === 'to' && (t[k - 1]?.normal === 'close' || speaking(k - 1)));
  while (first >= 2) {
    // "places like Los Angeles", "tools such as functional MRI", "groups including the ACLU": an
    // example after a common noun belongs to its description.
    const example = /^(?:like|including)$/.test(t[first - 1]!.normal) ? first - 2 : t[first - 1]!.normal === 'as' && t[first - 2]?.normal === 'such' ? first - 3 : -1;
    if (example >= 0 && unnamedNoun(t[example], names)) {
      first = npStart(t, example);
      continue;
    }
    if (!joins(first - 1)) break;
    const head = t[first - 2]!;
    // "executives working with large organisations", "customers that spoke with 7 On Your Side":
    // a participle or a short relative clause and its preposition describe the noun before them.
    if (head.pos === 'VERB' && /ing$/.test(head.normal) && unnamedNoun(t[first - 3], names)) {
      first = npStart(t, first - 3);
      continue;
    }
    if (head.pos === 'VERB' && /^(?:that|who)$/.test(t[first - 3]?.normal ?? '') && unnamedNoun(t[first - 4], names)) {
      first = npStart(t, first - 4);
      continue;
    }
    if (t[first - 1]!.normal === 'to' && speaking(first - 2)) {
      first = npStart(t, first - 3);
      continue;
    }
    // "A study published in the Turkish Journal of Surgery", "economists polled by Reuters": a
    // participle after a common noun describes it, and the source is the whole description.
    if (describingParticiple(t, first - 2, names)) first = npStart(t, first - 3);
    else if (t[first - 1]!.normal === 'by') break;
    else if (head.pos === 'NOUN' || head.pos === 'NUM' || (head.pos === 'PROPN' && !nameAt(names, head)) || /^(?:familiar|close)$/.test(head.normal)) first = npStart(t, first - 2);
    else if (INDEFINITE_SUBJECTS.has(head.normal) || /^(?:those|these)$/.test(head.normal)) first -= 2;
    else break;
  }
  return first;
}

/** Past participles that describe a source: "published", "polled", "led", "done", "carried out". */
export const PARTICIPLE = /^(?:\p{L}+ed|led|done|made|run|held|written|given|taken|drawn|shown|seen|put|set|built|paid|sent|known)$/u;

/**
 * Whether token `i` is a past participle that goes on describing the common noun right before it
 * ("a study published …", "a poll conducted …", "researchers surveyed …"), a reduced relative
 * clause, not the noun's own verb. The noun names no person, organisation or place ("Mr. Trump
 * led …" is no description; "Palestinians interviewed in Gaza" is).
 */
export function describingParticiple(t: Token[], i: number, names: Mention[]): boolean {
  const verb = t[i];
  const noun = t[i - 1];
  // A capitalised noun opening the sentence is tagged a proper noun ("Economists polled by Reuters").
  return verb !== undefined && noun !== undefined && verb.pos === 'VERB' && PARTICIPLE.test(verb.normal) && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && (nameAt(names, noun)?.type ?? 'other') === 'other';
}

/** A common noun, or a capitalised word the recogniser named nothing in (wink tags a sentence's first noun a proper noun: "Economists polled …"). */
export const unnamedNoun = (tok: Token | undefined, names: Mention[]): boolean => !!tok && (tok.pos === 'NOUN' || (tok.pos === 'PROPN' && !nameAt(names, tok)));

/** The name that covers a token. Names are in text order and never overlap, so a binary search finds it (a run-on text has thousands). */
export function nameAt(names: Mention[], tok: Token): Mention | undefined {
  const i = firstFrom(names, tok.start + 1) - 1;
  const m = names[i];
  return m && m.start <= tok.start && m.end >= tok.end ? m : undefined;
}

/** Words that open a subordinate clause of time, reason or concession. */
const SUBORDINATOR = /^(?:as|when|while|after|before|because|since|although|though|whereas|until|once)$/;

/**
 * Whether the noun phrase at token `first` opens its clause: only titles and modifiers before it
 * ("Trump’s GOP rival Sen. Marco Rubio"), after the sentence start, a quotation ("“…,” Trump,
 * …") or an introductory phrase without a verb ("On Tuesday, Sanders, …").
 */
export function opensClause(t: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (MODIFIER_POS.has(t[k]!.pos) || t[k]!.text === '.')) k--;
  // "But Megan Hester, …, said": a conjunction or adverb may open the sentence.
  if (k < 0 || (k === 0 && (t[0]!.pos === 'CCONJ' || t[0]!.pos === 'ADV'))) return true;
  if (isQuoteMark(t, k)) return true;
  // "…, as Peña Nieto, contradicting Trump, said": a subordinator opens a clause of its own.
  if (SUBORDINATOR.test(t[k]!.normal)) return true;
  // "…, but General Mark Milley, chairman of …, told": a conjunction after a comma opens a new clause.
  if (t[k]!.pos === 'CCONJ' && t[k - 1]?.text === ',' && /^(?:but|yet)$/.test(t[k]!.normal)) return true;
  if (t[k]!.text !== ',') return false;
  if (isQuoteMark(t, k - 1)) return true;
  // "But almost immediately after she did, David Axelrod, …, tweeted", "At Boca West, where it
  // costs …, Jay DiPietro, …, suggested": the comma closes an opening subordinate clause or
  // prepositional phrase (not a list of names: no proper noun before the comma).
  let open = 0;
  while (open < k && (t[open]!.pos === 'CCONJ' || t[open]!.pos === 'ADV')) open++;
  const opener = t[open];
  if (opener && open < k && (SUBORDINATOR.test(opener.normal) || opener.pos === 'ADP' || opener.pos === 'SCONJ') && t[k - 1]!.pos !== 'PROPN' && !t.slice(open, k).some((x) => x.text === ';' || QUOTE_MARK.test(x.text))) return true;
  // "Alarmed by the unrest in Nevada, Senator Harry Reid, …": an opening participle phrase has no other verb.
  const participle = t[0]?.pos === 'VERB' && /(?:ed|ing|en)$/i.test(t[0].text) ? 0 : -1;
  for (let i = 0; i < k; i++) if ((t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') && i !== participle) return false;
  return true;
}

/** A quotation mark token: “ ” " or the second half of the New York Times' '' (wink splits it in two). */
export function isQuoteMark(t: Token[], k: number): boolean {
  const x = t[k];
  return x !== undefined && (QUOTE_MARK.test(x.text) || (x.text === "'" && t[k - 1]?.text === "'"));
}

/**
 * The head of a noun phrase's words: the word before what first modifies it from behind — a
 * preposition ("people familiar with …"), a participle ("A study published last year") or a
 * relative pronoun ("analysts who …") — else its last word.
 */
export function phraseHead(words: Token[]): Token | undefined {
  const post = words.findIndex((x, i) => i > 0 && (x.pos === 'ADP' || x.pos === 'VERB' || /^(?:who|whom|which|that)$/i.test(x.text)));
  return post > 0 ? words[post - 1] : words[words.length - 1];
}
