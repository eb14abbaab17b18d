/**
 * The reporting clause that closes a news sentence: "Russia launched 40 drones at Kyiv overnight,
 * Ukraine's air force said on Saturday." The commonest attribution in news puts the content first
 * and the source last; read from the end of the sentence, it is one attribution whose content is
 * everything before the comma, and nothing inside that content (launched, passed, added) is a cue.
 */
import { CLOSING_REPORT_VERBS, NOT_SPEAKER_OPENERS, TIME_WORD } from '../../data/claims.js';
import { ATTRIBUTION_VERBS } from '../../data/cues.js';
import type { Mention, Sentence, Span, TextSpan, Token } from '../../types.js';
import { textSpan, trimClause } from '../spans.js';
import { timeNotName } from './phrase.js';

/** The longest speaker ("two senior administration officials familiar with the talks"). */
const SPEAKER_MAX_TOKENS = 10;
/** The longest recipient after "told" ("told The Associated Press"). */
const RECIPIENT_MAX_TOKENS = 4;
/** The longest phrase after the cue ("on Saturday", "in a statement late Thursday"). */
const TAIL_MAX_TOKENS = 8;
/** The content holds a clause: at least this many tokens, one of them a verb. */
const CONTENT_MIN_TOKENS = 3;

/** A verb or an auxiliary: what a speaker, a description or a tail after the cue must not hold, and a content must. */
const isVerb = (x: Token): boolean => x.pos === 'VERB' || x.pos === 'AUX';

/** The sentence's tokens up to its closing stops ("said.", "?!"), with `colon` a colon too: the index after the last other token. */
function endBeforeStop(t: Token[], colon = false): number {
  let end = t.length;
  while (end > 0 && (colon ? /^[.!?:]$/ : /^[.!?]$/).test(t[end - 1]!.text)) end--;
  return end;
}

export interface ClosingReport {
  speaker: TextSpan;
  cue: TextSpan;
  content: Span;
  /** Token indexes of the cue and the speaker's first token. */
  at: number;
  speakerToken: number;
}

/**
 * The closing reporting clause of a sentence with no quotation marks, or null: the last comma,
 * then a speaker of a few words with no verb, a reporting verb, for "told" its recipient, and at
 * most a short phrase of time, place or manner with no verb.
 */
export function closingReport(text: string, s: Sentence, names: readonly Mention[]): ClosingReport | null {
  const t = s.tokens;
  if (/[“”"]|''/.test(s.text)) return invertedReport(text, s, true, names);
  const end = endBeforeStop(t);
  let comma = -1;
  for (let i = end - 1; i >= 0; i--) {
    if (t[i]!.text === ',') {
      comma = i;
      break;
    }
  }
  const closing = reportFrom(text, s.start, t, comma, end, names) ?? appositiveReport(text, s.start, t, comma, end, names) ?? invertedReport(text, s, false, names);
  if (closing) return closing;
  // "… contains at least 1,008 instances, a new report from the Stanford Internet Observatory found —
  // with thousands more instances suspected.": a dash after the reporting clause sets off an aside
  // on the content; the clause closes the sentence before it.
  const dash = t.findLastIndex((x, i) => i > comma && /^[—–]$/.test(x.text));
  if (dash > comma && comma !== -1) {
    const beforeDash = reportFrom(text, s.start, t, comma, dash, names);
    if (beforeDash) return beforeDash;
  }
  // "The jump in May was just the second increase in five months, he said, which still left the
  // count down": the reporting clause set off by commas before a clause that goes on from the
  // content (a relative or a subordinate clause, "and", "but"). The content is what comes before it.
  for (let c2 = comma; c2 > 0; c2 = previousComma(t, c2)) {
    if (!CONTINUATION.test(t[c2 + 1]?.normal ?? '')) continue;
    const c1 = previousComma(t, c2);
    if (c1 === -1) break;
    const middle = reportFrom(text, s.start, t, c1, c2, names);
    if (middle) return middle;
  }
  // "A successful launch, he said, requires attention to the smallest of details": the reporting
  // clause set off by commas right after the subject, before its verb. The content is the whole
  // sentence, the clause inside it.
  const c1 = t.findIndex((x) => x.text === ',');
  const c2 = c1 === -1 ? -1 : t.findIndex((x, i) => i > c1 && x.text === ',');
  const predicate = t[c2 + 1];
  if (c2 !== -1 && !t.slice(0, c1).some(isVerb) && predicate && isVerb(predicate) && !/ing$/i.test(predicate.text)) {
    const inside = reportFrom(text, s.start, t, c1, c2, names, true);
    if (inside) return { ...inside, content: trimClause(text, s.start, t[end - 1]!.end) };
  }
  return null;
}

/** What may go on from a content after its parenthetical reporting clause: "…, he said, which …", "…, she said, as …". */
const CONTINUATION = /^(?:which|as|because|while|although|though|since|whereas)$/;

/** The index of the last comma before token `i`, or -1. */
function previousComma(t: Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (t[k]!.text === ',') return k;
  return -1;
}

/**
 * The reporting clause between the comma at `comma` and token `end` (the sentence's closing
 * stops, or the comma that ends a parenthetical one): a speaker of a few words with no verb, a
 * reporting verb, for "told" its recipient, and at most a short phrase of time, place or manner
 * with no verb. The content is everything before the comma, from `from` (the sentence's start).
 */
function reportFrom(text: string, from: number, t: Token[], comma: number, end: number, names: readonly Mention[], subjectOnly = false): ClosingReport | null {
  if (comma < (subjectOnly ? 1 : CONTENT_MIN_TOKENS)) return null;
  // "…,' he said.": a single quotation mark that closes the content goes with it.
  const first = /^['’]$/.test(t[comma + 1]?.text ?? '') ? comma + 2 : comma + 1;
  if (!t[first] || NOT_SPEAKER_OPENERS.has(t[first]!.normal)) return null;
  // The cue: the first verb after the comma, within the speaker's length.
  let v = first;
  while (v < end && v - first <= SPEAKER_MAX_TOKENS && t[v]!.pos !== 'VERB' && t[v]!.pos !== 'AUX') v++;
  if (v >= end || v === first || v - first > SPEAKER_MAX_TOKENS) return null;
  // "…, Interfax news agency quoted spokesman Sergei Yastrzhembsky as saying.": the one quoted is
  // the source, the agency only carries the words.
  const as = !subjectOnly && t[v]!.lemma === 'quote' && t[v]!.pos === 'VERB' ? quotedAs(t, v) : -1;
  if (as !== -1 && cueEnd(t, as + 1, end) !== -1 && t.slice(0, comma).some(isVerb)) {
    return { speaker: textSpan(text, t[v + 1]!.start, t[as - 1]!.end), cue: textSpan(text, t[v]!.start, t[v]!.end), content: trimClause(text, from, t[comma]!.start), at: v, speakerToken: v + 1 };
  }
  if (!CLOSING_REPORT_VERBS.has(t[v]!.lemma) || t[v]!.pos !== 'VERB') return null;
  // (Inside the sentence someone speaks: ", initially estimated at 20 percent," is a participle's phrase.)
  if (subjectOnly && !t.slice(first, v).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON')) return null;
  // ", first reported by the Boston Globe," is a participle's phrase, no reporting clause.
  if (t[v + 1]?.normal === 'by') return null;
  // After the cue: the recipient of "told", then a phrase without a verb.
  if (cueEnd(t, v, end, names) === -1) return null;
  // The content is a clause of its own, and does not end in a name set off by the comma
  // ("…, Smith, a spokesman, said" is an aside the other rules read).
  const content = t.slice(0, comma);
  if (!subjectOnly && (content.length < CONTENT_MIN_TOKENS || !content.some(isVerb))) return null;
  const before = t[comma - 1]!;
  if (names.some((m) => m.type === 'person' && m.end === before.end)) return null;
  // (Not an adverb between the speaker and the cue: "…, Pfannes previously said.")
  // (Only down to a head: "…, the daily said" keeps "daily", which wink reads an adverb.)
  let last = v - 1;
  while (last > first && t[last]!.pos === 'ADV' && ['NOUN', 'PROPN', 'PRON'].includes(t[last - 1]!.pos)) last--;
  return {
    speaker: textSpan(text, t[first]!.start, t[last]!.end),
    cue: textSpan(text, t[v]!.start, t[v]!.end),
    content: trimClause(text, from, t[comma]!.start),
    at: v,
    speakerToken: first,
  };
}

/** How many words a quoted source may run to: "quoted astrologer Majorie Orr as saying". */
const QUOTED_SOURCE_TOKENS = 8;

/** The "as" of "quoted X as saying" after the cue at `v` (the source between them), or -1. */
export function quotedAs(t: Token[], v: number): number {
  for (let k = v + 2; k < t.length && k <= v + 1 + QUOTED_SOURCE_TOKENS; k++) {
    const x = t[k]!;
    if (x.normal === 'as') return /ing$/i.test(t[k + 1]?.text ?? '') && ATTRIBUTION_VERBS.has(t[k + 1]!.lemma) ? k : -1;
    if (x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === 'PUNCT' && x.text !== ',' && x.text !== '.' && x.text !== '-')) return -1;
  }
  return -1;
}

/** The longest description between a closing speaker's name and the cue ("…, John Smith, a spokesman for the union, said"). */
const DESCRIPTION_MAX_TOKENS = 20;

/**
 * "The airline will cut 3,000 jobs next month, John Smith, a spokesman for the union, said on
 * Monday.": the cue right after the last comma, and before it a name set off by commas with a
 * description of no verb. The name is the speaker; the content is what comes before it.
 */
function appositiveReport(text: string, from: number, t: Token[], comma: number, end: number, names: readonly Mention[]): ClosingReport | null {
  if (comma < CONTENT_MIN_TOKENS) return null;
  const v = comma + 1;
  if (v >= end || t[v]!.pos !== 'VERB' || !CLOSING_REPORT_VERBS.has(t[v]!.lemma) || /ing$/i.test(t[v]!.text)) return null;
  if (cueEnd(t, v, end, names) === -1) return null;
  for (let c0 = previousComma(t, comma); c0 >= CONTENT_MIN_TOKENS; c0 = previousComma(t, c0)) {
    const name = names.find((m) => m.start === t[c0 + 1]?.start && (m.type === 'person' || m.type === 'organization'));
    if (name) {
      let after = c0 + 1;
      while (after < comma && t[after]!.end <= name.end) after++;
      // "…, the national government delegate in Valencia, Pilar Bernabé, told journalists": the
      // description before the name, set off by commas, with no verb.
      if (after === comma) {
        const c1 = previousComma(t, c0);
        const description = t.slice(c1 + 1, c0);
        if (c1 < CONTENT_MIN_TOKENS || description.length === 0 || description.length > DESCRIPTION_MAX_TOKENS || !/^(?:DET|ADJ|NOUN)$/.test(description[0]!.pos) || description.some((x) => isVerb(x) || x.text === ';')) return null;
        if (!t.slice(0, c1).some(isVerb)) return null;
        return { speaker: textSpan(text, name.start, name.end), cue: textSpan(text, t[v]!.start, t[v]!.end), content: trimClause(text, from, t[c1]!.start), at: v, speakerToken: c0 + 1 };
      }
      // The name, its comma, then a description with no verb up to the cue's comma.
      if (t[after]?.text !== ',') return null;
      const description = t.slice(after + 1, comma);
      if (description.length === 0 || description.length > DESCRIPTION_MAX_TOKENS || description.some((x) => isVerb(x) || x.text === ';')) return null;
      const content = t.slice(0, c0);
      if (!content.some(isVerb)) return null;
      return {
        speaker: textSpan(text, name.start, name.end),
        cue: textSpan(text, t[v]!.start, t[v]!.end),
        content: trimClause(text, from, t[c0]!.start),
        at: v,
        speakerToken: c0 + 1,
      };
    }
    // Only the description's own commas lie between (a list of titles: "a lawyer, author and activist").
    if (comma - c0 > DESCRIPTION_MAX_TOKENS) return null;
  }
  return null;
}

/**
 * The end of a reporting clause from its cue at `v`: for "told" past its recipient, then a short
 * phrase of time, place or manner with no verb (or "citing" and its source) that must reach
 * `end`; -1 when none does.
 */
function cueEnd(t: Token[], v: number, end: number, names: readonly Mention[] = []): number {
  let after = v + 1;
  if (t[v]!.lemma === 'tell') {
    // (A recipient the recogniser named, whatever wink tags its words: "told Live Science", "Live" a verb.)
    const named = names.find((m) => m.start === t[after]?.start);
    if (named) while (after < end && t[after]!.end <= named.end) after++;
    const stop = Math.min(end, after + RECIPIENT_MAX_TOKENS);
    while (after < stop && (t[after]!.pos === 'PROPN' || t[after]!.pos === 'NOUN' || t[after]!.pos === 'DET' || t[after]!.pos === 'PRON')) after++;
    if (after === v + 1) return -1;
  }
  // "…, ANI said citing sources.": the source's own source may close the clause.
  const citing = t[after]?.normal === 'citing' && end - after > 1;
  if (citing) after++;
  const tail = t.slice(after, end);
  if (tail.length > TAIL_MAX_TOKENS || tail.some((x) => isVerb(x) || x.text === ',')) return -1;
  // ("…, officials said last week, was …": a time phrase that opens on "last", "next" or "this".)
  const timePhrase = /^(?:last|next|this|late|early|earlier)$/i.test(tail[0]?.text ?? '') && TIME_WORD.test(tail[1]?.text ?? '');
  if (tail.length > 0 && !citing && !(tail[0]!.pos === 'ADP' || tail[0]!.pos === 'ADV' || TIME_WORD.test(tail[0]!.text) || tail[0]!.pos === 'PROPN' || timePhrase)) return -1;
  return end;
}

/** The longest appositive after an inverted speaker ("…, says Yao Zhe, a global policy adviser at Greenpeace East Asia in Beijing."). */
const APPOSITIVE_MAX_TOKENS = 30;

/**
 * The inverted closing clause of a sentence: "China's latest targets signal a “very high-level
 * commitment” to tackling climate change, says Belinda Schäpe, a China policy analyst at CREA.",
 * "Rwanda has issued 30 warrants, but they rarely get support, says Justice Minister Busingye."
 * (`quoted`: the sentence holds quotation marks, which must then be closed inside the content.) The content is everything before the comma (its verbs are no
 * cues); the speaker the phrase after the finite cue, up to an appositive. A sentence that opens a
 * quotation it does not close (“…,” said X) is left to the quotation rules.
 */
function invertedReport(text: string, s: Sentence, quoted: boolean, names: readonly Mention[]): ClosingReport | null {
  const t = s.tokens;
  // ("…, explains Muvunyi:" before the quotation it introduces: the colon is no part of the speaker.)
  const end = endBeforeStop(t, true);
  for (let c = end - 2; c >= CONTENT_MIN_TOKENS; c--) {
    if (t[c]!.text !== ',') continue;
    const v = c + 1;
    const cue = t[v]!;
    // A finite cue ("says", "said", "added"); not "told", whose object is who heard it ("…, Ramos, 58, told AFP").
    // ("…, states Slayton.", "…, notes Harden Bradford.": wink reads "states" and "notes" plural
    // nouns; between a comma and a capitalised name they are the verb.)
    const finite = cue.pos === 'VERB' || (cue.pos === 'NOUN' && cue.normal === `${cue.lemma}s` && /^\p{Lu}/u.test(t[v + 1]?.text ?? ''));
    if (!finite || !CLOSING_REPORT_VERBS.has(cue.lemma) || cue.lemma === 'tell' || /ing$/i.test(cue.text) || (cue.normal === cue.lemma && cue.lemma !== 'say')) continue;
    // The speaker: a few words with no verb, to the sentence's end or an appositive's comma.
    // (A capitalised word is a name whatever wink tags it: "notes Harden Bradford".)
    let e = v + 1;
    while (e < end && t[e]!.text !== ',' && e - v <= SPEAKER_MAX_TOKENS) e++;
    if (e === v + 1 || e - v > SPEAKER_MAX_TOKENS || t.slice(v + 1, e).some((x) => (isVerb(x) && !/^\p{Lu}/u.test(x.text)) || /^[“”"]$/.test(x.text))) return null;
    // A name or a described source ("says Yao", "said a spokesman"), not a manner ("said matter-of-factly").
    // (A title opens one: "says Justice Minister Busingye", which wink reads a noun.)
    if (!/^(?:PROPN|DET|NUM)$/.test(t[v + 1]!.pos) && !(t[v + 1]!.pos === 'NOUN' && /^\p{Lu}/u.test(t[v + 1]!.text))) return null;
    // (Not a day or a month: "…,” Rene, 37, said Wednesday." says when, its speaker before the verb.)
    if (timeNotName(t, v + 1)) return null;
    if (e < end && end - e > APPOSITIVE_MAX_TOKENS) return null;
    // Without quotation marks only a speaker that ends the sentence, or a noun phrase after it with
    // no verb ("…, says Yao Zhe, a policy adviser."): "Sletten, a caretaker …, said the communities
    // visit frequently, competing at soccer" has its cue's subject before the comma.
    // (A participle before its noun describes: "…, states Lauren Slayton, MS, RD, registered dietitian".)
    if (!quoted && e < end && (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t[e + 1]?.pos ?? '') || t.slice(e + 1, end).some((x, i) => isVerb(x) && !(/ed$/i.test(x.text) && t[e + 2 + i]?.pos === 'NOUN')))) return null;
    // … and only a named source: "Tesla, which makes electric cars, reported a record profit" has
    // its subject before the comma and its object after the verb.
    if (!quoted && !names.some((m) => (m.type === 'person' || m.type === 'organization') && m.start >= t[v + 1]!.start && m.end <= t[e - 1]!.end)) return null;
    // The content: a clause of its own, its quotation marks closed inside it.
    const content = t.slice(0, c);
    if (!content.some(isVerb)) return null;
    // (Without quotation marks, "…, says Justice Minister Busingye.": the content is the sentence before the comma.)
    const marks = content.filter((x) => /^[“”"]$/.test(x.text));
    if (quoted && (marks.length === 0 || marks.length % 2 !== 0 || marks[0]!.text === '”')) return null;
    // "…, said Chartered Professional Accountants of Canada's chief economist, David-Alexandre
    // Brassard.": a description the person's name follows is that person, the name its head.
    const person = e < end && !names.some((m) => m.type === 'person' && m.end === t[e - 1]!.end) ? names.find((m) => m.type === 'person' && m.start === t[e + 1]?.start) : undefined;
    // (Not the first of a list: "…, said Goldman Sachs economists, Jane Roe, John Doe and Ann Lee.")
    const after = person ? t.findIndex((x) => x.start >= person.end) : -1;
    const closes = !!person && (person.end === t[end - 1]!.end || (t[after]?.text === ',' && !/^(?:\p{Lu}|and$|or$)/u.test(t[after + 1]?.text ?? '')));
    const named = person && closes ? person.end : t[e - 1]!.end;
    return {
      speaker: textSpan(text, t[v + 1]!.start, named),
      cue: textSpan(text, cue.start, cue.end),
      content: trimClause(text, s.start, t[c]!.start),
      at: v,
      speakerToken: v + 1,
    };
  }
  return null;
}
