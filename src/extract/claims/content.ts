/**
 * What a cue attributes: where its content starts (after "that", after the one told: "told
 * reporters the plan …") and ends (before a second cue, at the quotation's close, before a time or
 * a place: "said at a Nov. 6 event at …"), and how two cues in one sentence share it out.
 */
import type { Span, TextSpan, Token } from '../../types.js';
import { tokenAt, trimClause } from '../spans.js';
import { COORDINATORS, MONTH, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, TIME_WORD } from '../../data/claims.js';
import { PARENTHESIS_TOKENS, QUOTE_MARK, MAX_CONTENT_CHARS, type Attribution, inside, isQuoteMark } from './phrase.js';

/** How long the subject of a complement clause without "that" may be. */
const COMPLEMENT_SUBJECT_TOKENS = 6;

/** A time or place after a cue ("on Thursday", "in an interview later") is at most this long. */
const CIRCUMSTANCE_MAX_TOKENS = 6;

/** …and a phrase of place or occasion ("at a Nov. 6 event at the Peterson Institute in Washington"). */
const CIRCUMSTANCE_PLACE_MAX_TOKENS = 12;

/** A phrase naming who was told is short; longer ones are not checked (a run-on text). */
const CIRCUMSTANCE_RECIPIENT_MAX_TOKENS = 40;

/** How far past a recipient's relative clause a "that" is looked for. */
const RELATIVE_CLAUSE_TOKENS = 15;

/** Question words that open an indirect question after the one told ("when" and "where" may tell the occasion instead). */
const TOLD_QUESTION = /^(?:how|why|what|whether)$/;

/** Words that can open the clause a recipient is told: "told reporters the plan …", "told him it …". */
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/**
 * "told Polygraph.info the ministry's allegations are false", "told him it was over": with no
 * "that", what was told starts after the recipient (a pronoun, or a short noun phrase), when a
 * clause with a verb follows it. The offset where it starts, or null.
 */
export function afterRecipient(t: Token[], v: number): number | null {
  let i = pastObject(t, v) ?? -1;
  if (i === -1) return null;
  // "told them that …" when the speaker comes after the cue.
  if (t[i]?.normal === 'that' && t[i + 1] && !thatIsSubject(t, i)) i++;
  const start = t[i];
  // "told The Sun: “…”": what was told follows the colon after the one told.
  if (start?.text === ':' && t[i + 1]) return t[i + 1]!.start;
  // "told the mayors who gathered in Indianapolis that …": a relative clause describes the
  // recipient; what was told follows the "that" after it, if one comes.
  if (start && RELATIVE_PRONOUNS.has(start.normal)) {
    for (let k = i + 2; k < Math.min(t.length - 1, i + RELATIVE_CLAUSE_TOKENS); k++) {
      if (t[k]!.normal === 'that') return t[k + 1]!.start;
      if (/^[,;:.“”"]$/.test(t[k]!.text)) break;
    }
    return null;
  }
  // "told us how the iPhone … uses titanium", "told reporters why she resigned": a question word opens what was told.
  if (start && TOLD_QUESTION.test(start.normal) && t[i + 1] && t[i + 1]!.pos !== 'PUNCT') return start.start;
  if (!start || !CLAUSE_START_POS.has(start.pos) || OBJECT_PRONOUNS.has(start.normal)) return null;
  for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return start.start;
    if (/^[,;:.]$/.test(t[k]!.text)) return null;
  }
  return null;
}

/**
 * The token after the object of the cue at `v` (an object pronoun, or a short noun phrase: "told
 * Polygraph.info", "told Rest of World", "warned Congress"; with `adjectives`, "warned foreign investors"), or null.
 */
export function pastObject(t: Token[], v: number, adjectives = false): number | null {
  let i = v + 1;
  if (OBJECT_PRONOUNS.has(t[i]?.normal ?? '')) return i + 1;
  if (t[i]?.pos === 'DET') i++;
  const first = i;
  // A name may hold a glued dot: "Polygraph.info" is three tokens.
  const glued = (k: number): boolean => t[k]!.text === '.' && t[k - 1]?.end === t[k]!.start && t[k + 1]?.start === t[k]!.end;
  // So may a name's "of" between capitalised words: "told Rest of World", "told Bank of America".
  // (Not before a possessive: "warned Congress of Iran's efforts" tells what the warning was about.)
  const nameOf = (k: number): boolean => t[k]!.normal === 'of' && t[k - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(t[k + 1]?.text ?? '') && t[k + 1]!.pos === 'PROPN' && !/^['’]s?$/.test(t[k + 2]?.text ?? '');
  // A capitalised word after "the" is the name's, whatever its tag: "told The Associated Press" (not "I": "told The Guardian I was …").
  const titled = (k: number): boolean => first > v + 1 && t[v + 1]!.normal === 'the' && t[k]!.pos !== 'PRON' && /^\p{Lu}/u.test(t[k]!.text) && t.slice(first, k).every((x) => /^\p{Lu}/u.test(x.text));
  while (i < t.length && i - first < 6 && (t[i]!.pos === 'PROPN' || t[i]!.pos === 'NOUN' || (adjectives && t[i]!.pos === 'ADJ') || titled(i) || (i > first && (glued(i) || nameOf(i))))) i++;
  return i === first ? null : i;
}

/**
 * Past a time phrase at token `i` that stands between a cue and what it reports ("said Wednesday
 * his government had …", "told reporters on Monday that …", "said last week the plan …"): the
 * index after it (and after a "that"), or `i` when no clause follows (", he said Monday.", "said
 * March sales rose": a month before a noun is the noun's).
 */
export function pastTimePhrase(t: Token[], i: number): number {
  let k = i;
  if (/^(?:on|late|early|earlier|later)$/i.test(t[k]?.text ?? '')) k++;
  if (/^(?:last|this|next)$/i.test(t[k]?.text ?? '')) k++;
  if (!TIME_WORD.test(t[k]?.text ?? '')) return i;
  k++;
  // ("March 3": a day after a month; not "Friday 12 Taliban fighters", a count after a weekday.)
  const month = MONTH.test(t[k - 1]!.text);
  if (/^(?:night|morning|afternoon|evening)$/i.test(t[k]?.text ?? '') || (month && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t[k]?.text ?? ''))) k++;
  if (t[k]?.normal === 'that' && !thatIsSubject(t, k)) k++;
  // (A number right after the time may be the clause's or the time's: "said March 2020 was the worst month".)
  const next = t[k];
  if (!next || !['DET', 'PRON', 'PROPN'].includes(next.pos) || /^['’]s?$/.test(next.text)) return i;
  return k;
}

/** "… the senator said Thursday.", "…, X said late Saturday", "… he said in an interview later.": after the cue only a time or a phrase of place or manner, no clause (after "told", any phrase without a verb). */
export function circumstance(t: Token[], content: Span, recipient: boolean, reportingClause = false): boolean {
  const first = tokenAt(t, content.start);
  const last = tokenAt(t, content.end);
  if (last - first > CIRCUMSTANCE_RECIPIENT_MAX_TOKENS) return false;
  const words = t.slice(first, last);
  if (words.length === 0 || words.some((x) => QUOTE_MARK.test(x.text))) return false;
  // "…, Cook said while visiting Salesforce's conference", "… said ever since he did an internship":
  // a clause of time or manner after the cue tells when, not what.
  if (/^(?:while|when|whilst|ever|upon|before)$/i.test(words[0]!.normal) && (words[0]!.normal !== 'ever' || words[1]?.normal === 'since')) return true;
  if (words.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  // "…, Ash Carter told a Senate panel Wednesday.": after "tell" a phrase with no verb is who was told.
  if (recipient) return true;
  // "…, he said at a Nov. 6 event at the Peterson Institute in Washington."
  if (/^(?:in|on|at|during)$/i.test(words[0]!.text)) return words.length <= CIRCUMSTANCE_PLACE_MAX_TOKENS;
  if (words.length > CIRCUMSTANCE_MAX_TOKENS) return false;
  if (TIME_WORD.test(words[0]!.text) || /^(?:later|earlier)$/i.test(words[0]!.text)) return true;
  // After a reporting clause that follows its content (", Russian authorities said late Saturday",
  // "… said early this week", "… said late on Saturday", "… said overnight"); not an object that
  // opens so: "Police confirmed overnight arrests", "The company denied last week's report".
  if (!reportingClause) return false;
  const rest = /^(?:late|early)$/i.test(words[0]!.text) ? words.slice(1) : words;
  const k = /^(?:on|this|last|next)$/i.test(rest[0]?.text ?? '') ? 1 : 0;
  return rest !== words || k > 0 ? TIME_WORD.test(rest[k]?.text ?? '') && rest.length === k + 1 : words.length === 1 && /^overnight$/i.test(words[0]!.text);
}

/** Names a closing credit may run to: "Reuters", "the Associated Press", "the New York Times". */
const CREDIT_NAME_MAX_TOKENS = 4;

/**
 * "…, Reuters reports.", "…, the BBC reported.": from token `k`, a name and a verb of reporting
 * close the sentence — a news organisation's credit for the report before it, no part of what the
 * speaker said.
 */
function creditCloses(t: Token[], k: number): boolean {
  let j = k;
  if (t[j]?.normal === 'the') j++;
  const first = j;
  while (j < t.length && t[j]!.pos === 'PROPN' && j - first < CREDIT_NAME_MAX_TOKENS) j++;
  if (j === first || !/^(?:report|say)$/.test(t[j]?.lemma ?? '')) return false;
  return t.slice(j + 1).every((x) => x.kind === 'punctuation');
}

/** What opens a clause the cue reports ("showed that for people …, practicing … was associated"). */
const THAT_CLAUSE = /^that$/;

/** Whether the content from `from` to token `i` is a phrase a preposition opens, with no verb: "for people with these conditions," before its clause's subject. */
function frontedPhrase(t: Token[], v: number, i: number, from: number, end: number): boolean {
  const inContent = t.slice(v + 1, i).filter((y) => y.start >= from);
  // (After "that" only: "did not respond to a series of questions …, including …" is no such clause;
  // and with a finite verb after the comma: "He said that at a rally in Ohio, drawing cheers" has none.)
  const opener = t[t.indexOf(inContent[0]!) - 1];
  const finite = t.slice(i + 2).some((y) => y.start < end && (y.pos === 'AUX' || (y.pos === 'VERB' && !/ing$/i.test(y.text))));
  return inContent[0]?.pos === 'ADP' && THAT_CLAUSE.test(opener?.normal ?? '') && finite && !inContent.some((y) => y.pos === 'VERB' || y.pos === 'AUX');
}

/**
 * Where reported content after a cue ends: at a participle that goes on with the speaker's own
 * doing (", telling Stephanopoulos that …", ", adding that …") or a second verb of the speaker's
 * ("… and called on leaders …", "… but noted that …"), or before a closing credit ("…, Reuters
 * reports"), outside quotation marks.
 */
export function reportEnd(t: Token[], v: number, from: number, end: number, quotes: Span[], speakerMayGoOn = true): number {
  const relative = inRelativeClause(t, v);
  for (let i = v + 2; i < t.length; i++) {
    const x = t[i]!;
    // Content is cut to MAX_CONTENT_CHARS anyway: a run-on text need not be searched further.
    if (x.start > from + MAX_CONTENT_CHARS) break;
    if (x.start < from || inside(quotes, x.start)) continue;
    const next = t[i + 1];
    if (!next) break;
    // (Not before the content has a verb of its own: "showed that for people with these conditions,
    // practicing mindfulness was associated with …" opens on a phrase, and its subject follows the comma.)
    const participle = x.text === ',' && next.pos === 'VERB' && /ing$/i.test(next.text) && !frontedPhrase(t, v, i, from, end);
    const verbAfter = next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (t[i + 2]?.pos === 'VERB' || t[i + 2]?.pos === 'AUX'));
    // (Not when the reporting clause stands inside the sentence, set off by commas: the speaker's own
    // doing does not follow it, "…, he said, one of the men pulled a gun and started shooting".)
    const coordinated = speakerMayGoOn && (x.normal === 'and' || x.normal === 'but') && verbAfter && !/ing$/i.test(next.text);
    // "Obama, who said the attack was terrorism, reiterated …": the relative clause ends at the
    // comma before its sentence's own verb.
    const mainVerb = relative && x.text === ',' && verbAfter;
    if (participle || coordinated || mainVerb || (x.text === ',' && creditCloses(t, i + 1))) return x.start;
  }
  return end;
}

/**
 * The comma that ends an opening participial phrase whose verb is token `v` ("Lashing out, Trump
 * said …", "But downplaying …, Zucker said …"), or -1: `v` opens the sentence (after at most a
 * conjunction or adverb), ends in -ing, and a comma outside quotation marks follows.
 */
/** Prepositions that may open a participial phrase ("After reciting …", "In rejecting …"). */
const OPENING_PREPOSITION = /^(?:after|before|in|while|by|since|upon|on|without|when)$/;

export function openingParticiple(t: Token[], v: number, quotes: Span[]): number {
  let start = t[0]?.pos === 'CCONJ' || t[0]?.pos === 'ADV' ? 1 : 0;
  // "After reciting this passage …, Beck said", "In rejecting a similar challenge …, the commission
  // recognized", "Having announced …, Judge Berman proceeded": the same, after a preposition or "having".
  if (OPENING_PREPOSITION.test(t[start]?.normal ?? '') && v === start + 1) start++;
  const having = t[start]?.normal === 'having' && v === start + 1;
  if (!having && (v !== start || !/ing$/i.test(t[v]!.text))) return -1;
  for (let i = v + 1; i < t.length; i++) if (t[i]!.text === ',' && !inside(quotes, t[i]!.start)) return i + 1 < t.length ? i : -1;
  return -1;
}

/** The cue at token `v` is the verb of a relative clause set off by a comma (", who said …", ", which reported …", ", a nurse who saw …"). */
function inRelativeClause(t: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX' || t[k]!.pos === 'PART')) k--;
  if (k < 1 || !/^(?:who|which)$/.test(t[k]!.normal)) return false;
  // ", who …", or after an appositive's noun phrase: ", a nurse who …", ", 74, a Kyiv resident who …".
  let j = k - 1;
  while (j > 0 && k - j <= RELATIVE_HEAD_MAX_TOKENS && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t[j]!.pos)) j--;
  return t[j]!.text === ',';
}

/** Words an appositive's noun phrase may have before its "who" ("a longtime Kyiv resident"). */
const RELATIVE_HEAD_MAX_TOKENS = 6;

/** A "that" right after a cue or its short object: 4 tokens on, 8 after a verb with a recipient ("told"). */
const THAT_NEAR = 4;
const THAT_NEAR_RECIPIENT = 8;
/** How far after a verb of saying its "that" may stand ("told CBC freelance videographer Mohamed El Saife in Khan Younis that …"). */
const THAT_MAX_DISTANCE = 12;

/**
 * The "that" that opens what the cue at `v` reports (its index, or -1): "said that …", "told
 * reporters that …", "told Business Insider in October 2018 that …", right after the verb or its
 * short object with no verb between. After a verb of saying (`saying`) also further on, past a
 * longer phrase ("said during a Statehouse news conference that he …"), but only a "that" a
 * subject follows and not past a comma, a quotation mark, a subject or an auxiliary ("said he's
 * proud of … on that front" is in its clause already).
 */
/** "tells me that's not the case", "many say that's for the best": a "that" with a verb's clitic is the clause's subject, not its "that". */
export function thatIsSubject(t: Token[], i: number): boolean {
  return /^['’](?:s|re|ll|d|ve)$/i.test(t[i + 1]?.text ?? '');
}

/** What thatAfterCue gives when a "that" after the cue's object opens a relative clause on it: the cue reports nothing. */
export const RELATIVE_CLAUSE = -2;
/** The parts of speech of an object noun phrase: "companies", "a COPA report", "the other two programs". */
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

export function thatAfterCue(t: Token[], v: number, recipient: boolean, saying: boolean, addressed = recipient): number {
  const near = recipient ? THAT_NEAR_RECIPIENT : THAT_NEAR;
  const far = saying ? THAT_MAX_DISTANCE : near;
  for (let i = v + 1; i <= v + far && i < t.length && t[i]!.pos !== 'VERB'; i++) {
    const x = t[i]!;
    if (i > v + near && (x.text === ',' || QUOTE_MARK.test(x.text) || x.pos === 'AUX' || (x.pos === 'PRON' && x.normal !== 'that'))) break;
    if (x.normal === 'that' && thatIsSubject(t, i)) return -1;
    // (A relative clause on the one told is no report at all: "warned companies that have illegally
    // sold …"; "told reporters that was wrong" is what was told.)
    // (Only right after that object, a noun phrase: not a quotation's words after a comma, "… she told me, “and then the outcome that was desired …”".)
    // (After a verb of telling or warning only, `addressed`: after "said" the noun phrase is what was said's subject, "She said the employers that would stand up were …".)
    // (A finite verb after "that", not a gerund opening what was told: "told investors that rising costs would …".)
    if (addressed && x.normal === 'that' && i > v + 1 && t.slice(v + 1, i).every((y) => OBJECT_POS.has(y.pos)) && ((t[i + 1]?.pos === 'VERB' && !/ing$/i.test(t[i + 1]!.text)) || (t[i + 1]?.pos === 'AUX' && /^(?:VERB|ADV)$/.test(t[i + 2]?.pos ?? '')))) return RELATIVE_CLAUSE;
    if (x.normal === 'that' && (i <= v + near || !/^(?:AUX|VERB|ADV)$/.test(t[i + 1]?.pos ?? ''))) return i;
  }
  return -1;
}

/** "He believes, for example, that …": the "that" after a short aside right after the cue (its index, or -1). */
export function thatAfterAside(t: Token[], v: number): number {
  if (t[v + 1]?.text !== ',') return -1;
  for (let k = v + 2; k < t.length && k <= v + 2 + PARENTHESIS_TOKENS; k++) {
    if (t[k]!.text === ',') return t[k + 1]?.normal === 'that' ? k + 1 : -1;
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX' || QUOTE_MARK.test(t[k]!.text)) return -1;
  }
  return -1;
}

/** How far past "nothing to do with …" the verb of a clause it is the subject of is looked for. */
const INFINITIVE_PHRASE_TOKENS = 10;

/** A complement clause without "that" starts at token `i`: a subject, then a verb before the clause ends ("believe bigotry is …"). */
export function opensComplement(t: Token[], i: number): boolean {
  if (!t[i] || !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(t[i]!.pos)) return false;
  // "want nothing to do with AI": an object and an infinitive, no clause (but "believes anything to
  // do with crypto is a risk": the phrase is the subject of a verb after it).
  if (/^(?:nothing|anything|something|everything)$/.test(t[i]!.normal) && t[i + 1]?.normal === 'to') {
    for (let k = i + 3; k < t.length && k <= i + INFINITIVE_PHRASE_TOKENS; k++) {
      if (t[k]!.pos === 'PUNCT') break;
      if ((t[k]!.pos === 'AUX' || t[k]!.pos === 'VERB') && t[k - 1]!.normal !== 'to') return true;
    }
    return false;
  }
  for (let k = i + 1; k < t.length && k <= i + COMPLEMENT_SUBJECT_TOKENS; k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return true;
    // "hopes Clinton and other Democrats do not …", "thought some of the “Neocons For Hillary” buzz was …"
    if ((/^(?:and|or)$/.test(t[k]!.normal) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t[k + 1]?.pos ?? '')) || isQuoteMark(t, k)) continue;
    if (t[k]!.pos === 'PUNCT' || t[k]!.pos === 'CCONJ' || t[k]!.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * Several attributions in one sentence: one whose subject follows a coordinator ("…, while Cruz
 * argued …", "…; Rubio said …") is a claim of its own and ends the content before it; one inside
 * another's content without a coordinator is nested ("X said Y told him …") and belongs to it.
 */
export function separate(text: string, t: Token[], found: Attribution[]): Attribution[] {
  const kept: Attribution[] = [];
  for (const a of found) {
    const previous = kept[kept.length - 1];
    // (A speaker phrase that runs into the content from before it is inside too: "announced Wednesday
    // the company is recalling …" gives "recalling" the subject "Wednesday the company".)
    const timeBefore = (x: TextSpan): boolean => x.start < previous!.content.start && x.end > previous!.content.start && text.slice(x.start, previous!.content.start).trim().split(/\s+/).every((w) => TIME_WORD.test(w) || /^(?:on|last|this|late|early)$/i.test(w));
    if (previous && a.speaker && ((a.speaker.start >= previous.content.start && a.speaker.start < previous.content.end) || timeBefore(a.speaker))) {
      // A coordinator shortly before the speaker's phrase ("…, while Governor Sam Brown argued").
      let k = a.speakerToken - 1;
      while (k > 0 && k >= a.speakerToken - 3 && (t[k]!.pos === 'PROPN' || t[k]!.pos === 'NOUN' || t[k]!.pos === 'DET' || t[k]!.pos === 'ADJ')) k--;
      // (Not "he and Maskhadov agreed": "and" after a pronoun or a name joins two subjects inside the content.)
      const joinsSubjects = t[k]?.normal === 'and' && (t[k - 1]?.pos === 'PRON' || t[k - 1]?.pos === 'PROPN');
      const coordinated = k >= 0 && !joinsSubjects && (COORDINATORS.has(t[k]!.normal) || (t[k]!.text === ',' && COORDINATORS.has(t[k - 1]?.normal ?? '')) || t[k]!.text === ';');
      if (!coordinated) continue;
      const cut = t[k]!.text === ',' || t[k]!.text === ';' ? t[k]!.start : (t[k - 1]?.text === ',' ? t[k - 1]!.start : t[k]!.start);
      previous.content = trimClause(text, previous.content.start, cut);
    }
    if (previous && a.content.start < previous.content.end && a.content.end > previous.content.start && a.at === previous.at) continue;
    // "The Steelers spent Monday trying to distance themselves from …": a cue inside the content of
    // the same speaker's cue before it is part of that claim.
    if (previous && a.speaker && previous.speaker?.start === a.speaker.start && a.cue.start >= previous.content.start && a.cue.end <= previous.content.end) continue;
    kept.push(a);
  }
  // A cue whose source was not found, over mostly the same words as a claim with a speaker, is a
  // second cue for that claim ("A Chinese official responded by saying Japan should be careful …":
  // "saying" repeats what "responded" reports), not a claim of its own.
  const shared = (a: Attribution, b: Attribution): boolean =>
    !!b.speaker &&
    Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start) >=
      Math.min(a.content.end - a.content.start, b.content.end - b.content.start) / 2;
  // Contents lie next to their cues and are at most MAX_CONTENT_CHARS long: only cues that near can share one.
  const near = (i: number, step: number): boolean => {
    for (let j = i + step; j >= 0 && j < kept.length && Math.abs(kept[j]!.cue.start - kept[i]!.cue.start) <= 3 * MAX_CONTENT_CHARS; j += step) {
      if (shared(kept[i]!, kept[j]!)) return true;
    }
    return false;
  };
  return kept.filter((a, i) => a.content.end - a.content.start >= 8 && !(a.sourceNotFound && (near(i, -1) || near(i, 1))));
}

/**
 * End of the source phrase after "according to": the next comma or semicolon, or the sentence end;
 * with `dashes` (the phrase stands in an aside a dash opened) a dash too: "The largest group — at
 * least 3.5 million, according to Pew Research estimates of 2012 data — consists of …".
 */
export function clauseEnd(text: string, from: number, limit: number, dashes = false): number {
  for (let i = from; i < limit; i++) {
    // (A bracket's words belong to the source: "the Office for National Statistics (ONS), unemployment …".)
    if (text[i] === '(') {
      const close = text.indexOf(')', i);
      if (close !== -1 && close < limit) i = close;
      continue;
    }
    if (text[i] === ',' || text[i] === ';' || (dashes && (text[i] === '—' || text[i] === '–' || (text[i] === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')))) return i;
  }
  return limit;
}
