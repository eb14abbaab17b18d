/**
 * The attributions in one sentence: every verb that is a cue (the lexicons in src/data/cues.ts, a
 * verb the cue model scores in context, a passive of expectation, "according to", a colon after a
 * short label, a question reported by "asked"), with its subject (subject.ts) and content
 * (content.ts); several per sentence when it coordinates them.
 */
import { NAME_TYPES } from '../../vocabulary.js';
import { ATTRIBUTION_VERBS, BELIEF_VERBS, OBJECT_VERBS, SOURCE_NOUNS, SOURCE_PHRASES, WEAK_ATTRIBUTION_VERBS } from '../../data/cues.js';
import type { Mention, Sentence, Span, TextSpan, Token } from '../../types.js';
import { asks, firstFrom, textSpan, tokenAt, trimClause } from '../spans.js';
import { cueProbability, type CueModel } from '../cue-model.js';
import { COMPLEMENT_VERBS, CONTENT_PREPOSITIONS, MONTH, TIME_WORD, DOCUMENT_VERBS, EDITORIAL_LABEL, INDEFINITE_SUBJECTS, NOT_REPORTS, THAT_SAID_BEFORE, THAT_SAID_CUE, WRITERS_ASIDE_BEFORE, WRITERS_ASIDE_CUE, PASSIVE_REPORT_VERBS, PREPOSITION_VERBS, PRONOUNS, QUESTION_PREPOSITIONS, QUESTION_WORDS, RECIPIENT_VERBS, REPORT_OPENERS, REPORTS_ANOTHER, SUBORDINATORS } from '../../data/claims.js';
import { SUBJECT_WINDOW_AFTER, QUOTE_MARK, MODIFIER_POS, MAX_CONTENT_CHARS, type Phrase, type Attribution, inside, spanKey, npStart, phraseHead, nameAt, viewHolder, PARTICIPLE, isQuoteMark } from './phrase.js';
import { followsQuotation, quotations } from './quotes.js';
import { quotedAs } from './closing.js';
import { afterRecipient, pastObject, pastTimePhrase, circumstance, reportEnd, openingParticiple, thatAfterAside, thatAfterCue, RELATIVE_CLAUSE, opensComplement, separate, clauseEnd } from './content.js';
import { sharedSubject, mainSubject, subjectBefore, subjectAfter, coordinatedSubject, clauseSubject, asideSubject, controlSubject, subjectPhrase } from './subject.js';

/** How something is announced, after "by": "announced by email", "by video". */
const MEANS = /^(?:e-?mail|phone|telephone|video|letter|text|tweet|statement|post|fax|videolink|video-link|satellite|radio|memo)$/;

/** A colon cue ("Trump: …") follows a short subject at the start of a sentence. */
const COLON_SUBJECT_MAX_TOKENS = 6;

/**
 * Whether a speaker phrase can hold a view: its head (phraseHead: the word before a preposition,
 * participle or relative pronoun after it) is no common noun (a name, a pronoun), is inside a
 * name, or is a head PolNeAR's sources have ("officials", "a new poll") or WordNet calls a person
 * or a group ("the striker", "the automaker"); a part of people is one too ("a large proportion of
 * the population", "three-fourths of voters"). "The MEB's flexibility", "Those facts", "His
 * refusal" are not.
 */
function sourceHead(t: Token[], speaker: Span, names: Mention[]): boolean {
  const words = t.slice(firstFrom(t, speaker.start), tokenAt(t, speaker.end)).filter((x) => x.kind === 'word' && x.end <= speaker.end);
  // "Much has been written and said about …", "Little was said": an amount is what was said, no one
  // who said it (not a person the recogniser names: "Little said the cut would save …", Brad Little).
  if (words.length === 1 && AMOUNT_SUBJECTS.test(words[0]!.normal) && !names.some((m) => m.start <= words[0]!.start && words[0]!.end <= m.end)) return false;
  const head = phraseHead(words);
  if (head?.pos !== 'NOUN') return true;
  const named = (x: Token): boolean => names.some((m) => m.start <= x.start && m.end >= x.end);
  if (named(head) || viewHolder(head.lemma.toLowerCase())) return true;
  const at = words.indexOf(head);
  if (words[at + 1]?.normal !== 'of') return false;
  return words.slice(at + 2).some((x) => (x.pos === 'NOUN' && viewHolder(x.lemma.toLowerCase())) || (x.pos === 'PROPN' && named(x)));
}

/** Subjects that are an amount of what is said, not its source. */
const AMOUNT_SUBJECTS = /^(?:much|little|more|less|enough|plenty|nothing|something|everything|anything|lots)$/;

/** Verbs whose "it" subject stands for a fact coming out, not a source: "It emerged that …". */
const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['emerge', 'transpire']);

/** Words a clause after "…, according to X," needs to be what the source reports (a tagger may miss its verb: "cooking fires account for …"). */
const AFTER_PHRASE_MIN_WORDS = 2;

/** What "according to" goes on with when it names a manner, not a source: "according to plan", "according to schedule". */
const NO_SOURCE_AFTER = /^\s+(?:plan|schedule|script|expectations?|tradition|custom)\b/i;

/** Words after an opening "as" that make it a phrase, not a clause with a subject: "As of Monday", "As a result", "As well". */
const AS_PHRASE = /^(?:of|a|an|well|for|to|part|such|soon|long|much|far|usual|expected|always|ever|yet|if|though|in|with)$/;

/**
 * The head a relative clause describes, when the subject found for a cue lies inside that clause:
 * "A resident who didn't want to be identified out of fear of the law said …" is the resident's,
 * not the law's. Null when the subject stands in no such clause.
 */
function relativeHead(text: string, t: Token[], subject: TextSpan, v: number): TextSpan | null {
  // (A subject right after "who" is the clause's own: "the man who prosecutors say ordered the killing".)
  if (t[tokenAt(t, subject.start) - 1]?.text === 'who') return null;
  for (let k = tokenAt(t, subject.start) - 1; k > 0 && v - k <= RELATIVE_REACH; k--) {
    if (/^[,;:()“”"]$/.test(t[k]!.text)) return null;
    if (t[k]!.text === 'who' && ['NOUN', 'PROPN'].includes(t[k - 1]!.pos)) return textSpan(text, t[npStart(t, k - 1)]!.start, t[k - 1]!.end);
  }
  return null;
}

/** The subject before a short relative clause that ends right at the cue ("… who responded said"), or null. */
function subjectBeforeRelative(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let k = v - 1; k > 0 && v - k <= SHORT_RELATIVE_TOKENS; k--) {
    if (t[k]!.pos === 'PUNCT') return null;
    if (t[k]!.text === 'who') return subjectBefore(text, s, k, names);
  }
  return null;
}

/** The longest relative clause between its subject and the cue ("who responded", "who was there at the time"). */
const SHORT_RELATIVE_TOKENS = 8;

/** How far before a cue a relative clause's "who" is looked for. */
const RELATIVE_REACH = 20;

export function attribute(text: string, s: Sentence, names: Mention[], quotes: Span[], priorQuote: Span | null, model: CueModel): Attribution[] {
  const t = s.tokens;
  const found: Attribution[] = [];
  const lower = s.text.toLowerCase();
  // “Why now?” the mayor asked.: a quotation of one or two words that opens the sentence and ends
  // on its question or exclamation mark is no scare quote (quotations() skips those).
  // (A single word on its comma is a word quoted, not said: '"Woke," critics say, has become a slur'; "“Yes, primarily,” Prelogar said" is said.)
  const shortOpening = quotes.length === 0 || quotes[0]!.start > s.start + 1 ? quotations(s, 1).filter((q) => {
    const quoted = text.slice(q.start, q.end);
    return q.start <= s.start + 1 && (/[?!]\s*[”"’']+$/.test(quoted) || (/,\s*[”"’']+$/.test(quoted) && /\p{L}[\s,;]+\p{L}/u.test(quoted)));
  }) : [];

  for (const phrase of SOURCE_PHRASES) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) {
      if (!/^\W?$/.test(lower[at - 1] ?? '') || inside(quotes, s.start + at)) continue;
      const cueStart = s.start + at;
      // "as reported by" holds "reported by": one source phrase, one attribution.
      if (found.some((a) => a.cue.start <= cueStart && a.cue.end >= cueStart + phrase.length)) continue;
      const cueEnd = cueStart + phrase.length;
      const sourceEnd = clauseEnd(text, cueEnd, s.end, /[—–]|\s-\s/.test(text.slice(s.start, cueStart)));
      // (The source without its bracket: "the Committee to Protect Journalists (CPJ)".)
      const bracket = text.indexOf('(', cueEnd);
      const speaker = trimClause(text, cueEnd, bracket !== -1 && bracket < sourceEnd ? bracket : sourceEnd);
      // "If all goes according to plan", "according to schedule": a manner, no source.
      if (NO_SOURCE_AFTER.test(text.slice(cueEnd, cueEnd + 24))) continue;
      // At the sentence's start, or opening a clause after a colon, semicolon or dash ("Adidas did its
      // research: According to Google Trends, interest is …"), it reports what follows its source.
      // Not when a relative clause follows the source ("…, according to Google Trends, which tracks searches").
      const opensClause = at < 3 || (sourceEnd < s.end && /[:;—–]\s*$|\s-\s*$/.test(lower.slice(Math.max(0, at - 3), at)) && !/^[,;]\s*(?:which|who|whose|where|when)\b/i.test(text.slice(sourceEnd, sourceEnd + 12)));
      // "Of the 360,800 home fires every year, according to the CPSC, cooking fires account for
      // nearly half", "The first step in the campaign, according to a raft of articles, was outreach
      // to …": an aside after an opening phrase with no verb reports the clause after it, as readers
      // mark it (after a clause, "In March, prices rose 3.2 percent, according to …", that clause).
      const phraseOnly = !t.some((x) => x.end <= cueStart && (x.pos === 'VERB' || x.pos === 'AUX'));
      // (For "according to" only: "The bill, as reported by the committee, includes …" is the bill's form.)
      const clauseAfter = t.filter((x) => x.start > sourceEnd && x.kind === 'word').length >= AFTER_PHRASE_MIN_WORDS;
      const afterPhrase = phrase === 'according to' && !opensClause && text[sourceEnd] === ',' && phraseOnly && clauseAfter;
      // An aside inside the sentence, with a clause after it: "…, but, according to Hansen, the
      // tradeoff has been …" reports what follows the joining word; "A growing obsession … has,
      // according to Depasquale, fueled …" and "After the hearing began, according to …, a barrister
      // arrived" report the whole sentence, the aside inside it.
      const before = text.slice(s.start, cueStart);
      const aside = phrase === 'according to' && !opensClause && !afterPhrase && text[sourceEnd] === ',' && /(?:,|,?\s+(?:and|but|yet))\s*$/i.test(before) && !/^,\s*(?:which|who|whose|where|when|and|or|but)\b/i.test(text.slice(sourceEnd, sourceEnd + 12)) && clauseAfter;
      const joined = aside && /(?:^|[\s,])(?:and|but|yet)\s*,?\s*$/i.test(before);
      const after = t.find((x) => x.start > sourceEnd && x.kind === 'word');
      // (Not before a participle: "Prices rose 3 percent, according to the agency, marking …" keeps
      // the clause before; and after an opening subordinate clause only at its comma: "Because …,
      // taxes will rise, according to …, the largest …" keeps the main clause.)
      const firstComma = !/,/.test(before.replace(/,\s*$/, ''));
      const interrupts = aside && !joined && (((after?.pos === 'VERB' || after?.pos === 'AUX') && !/ing$/i.test(after.text)) || (firstComma && (SUBORDINATORS.has(t[0]?.normal ?? '') || t[0]?.pos === 'SCONJ')));
      const content = opensClause || afterPhrase || joined ? trimClause(text, sourceEnd, s.end) : interrupts ? trimClause(text, s.start, s.end) : trimClause(text, s.start, cueStart);
      const tokenIndex = tokenAt(t, cueStart);
      found.push({ cue: textSpan(text, cueStart, cueEnd), speaker: textSpan(text, speaker.start, speaker.end), content, at: tokenIndex, speakerToken: tokenIndex });
    }
  }

  // "Asked whether …, 75 percent said …": an opening question reports what was asked.
  const question = openingQuestion(text, t, quotes);
  if (question) found.push(question);

  // "As iFixit points out in its teardown, the keyboard is …", "As the report states, …": the source
  // of an opening "as" clause reports the main clause after it.
  const asClause = openingAs(text, t, names, quotes);
  if (asClause) found.push(asClause);

  // "Trump: …" — a short subject and a colon open the sentence.
  const colon = t.findIndex((x) => x.text === ':');
  // A place or topic before the colon is a label, not a source ("Russia and Syria: U.S.-backed
  // forces …"), and so are words that name nobody ("Earnings up:", "Today:", "(Graphic:");
  // only a person or organisation speaks (or words the recogniser missed before a quotation:
  // "Trump: “We will win …”"), and in a headline only a person (measured: real pages claims right
  // 52.5 → 53.1, PolNeAR reserve unchanged).
  const colonSubject = colon > 0 ? names.filter((m) => m.end <= t[colon]!.start) : [];
  // A label with a verb ("He tells the crowd:", "Follow X on Twitter:") is read by the verb rules or is no source at all.
  // In a headline the words after the colon must be quoted: "Julian Assange: Sweden drops rape
  // investigation" is a topic label, "Trump: ‘We will win’" a claim.
  const colonSource = s.role === 'title' || s.role === 'heading'
    ? colonSubject.some((m) => m.type === 'person') && /^(?:[“"‘']|'')$/.test(t[colon + 1]?.text ?? '')
    : (colonSubject.some((m) => m.type === 'person') ||
        (colonSubject.length === 0 && QUOTE_MARK.test(t[colon + 1]?.text ?? '')) ||
        // An organisation speaks in quotation marks or in the first person ("Acme: “We regret …”");
        // "Thunder: F Hamidou Diallo missed his third straight game" is a team's notes.
        (colonSubject.some((m) => m.type === 'organization') && (QUOTE_MARK.test(t[colon + 1]?.text ?? '') || t.slice(colon + 1).some((x) => /^(?:we|our|us)$/i.test(x.text))))) &&
      // (nor a greeting to the reader: "All right, Pixel pals: We've talked about …")
      !t.slice(0, colon).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',') &&
      (colon <= 0 || !EDITORIAL_LABEL.test(text.slice(t[0]!.start, t[colon]!.start)));
  // An interviewer's question ("Gray Brooks: What comes next?") asks; it claims nothing.
  const isQuestion = asks(s.text);
  // (Nor a reporter's label over what another said: "MARTINEZ-BELTRAN: Capo says he hopes …".)
  const reportsAnother = colon > 0 && REPORTS_ANOTHER.test(text.slice(t[colon]!.end, s.end).trimStart());
  if (colon > 0 && colon <= COLON_SUBJECT_MAX_TOKENS && colon < t.length - 2 && colonSource && !isQuestion && !asClause && !reportsAnother && t.slice(0, colon).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON')) {
    const speaker = textSpan(text, t[0]!.start, t[colon - 1]!.end);
    found.push({ cue: textSpan(text, t[colon]!.start, t[colon]!.end), speaker, content: trimClause(text, t[colon]!.end, s.end), at: colon, speakerToken: 0 });
  }

  // Contents already taken by a cue (a Set: a run-on text has thousands of cues in one sentence).
  const taken = new Set(found.map((a) => spanKey(a.content)));
  for (let v = 0; v < t.length; v++) {
    const tok = t[v]!;
    if ((tok.pos !== 'VERB' && !reportTaggedNoun(t, v)) || inside(quotes, tok.start) || v === question?.at) continue;
    // (Nor a word of a short title or phrase in curly quotation marks, which quotations() leaves out: the “London Calling” of television.)
    if (inCurlyMarks(s.text, tok.start - s.start)) continue;
    // "according" of an "according to" already read ("But Netanyahu has continued the attack,
    // according to the ministry" gave Netanyahu the cue "according" and the content "to the ministry").
    if (found.some((a) => a.cue.start <= tok.start && tok.end <= a.cue.end)) continue;
    // (or a participle after its noun with its agent: "43 million Americans expected by AAA to travel")
    const reduced = /ed$/i.test(tok.text) && t[v + 1]?.normal === 'by' && /^(?:NOUN|PROPN)$/.test(t[v - 1]?.pos ?? '') && PASSIVE_REPORT_VERBS.has(tok.lemma);
    if (isPassive(t, v) || isSharedPassive(t, v) || reduced) {
      const passive = passiveReport(text, t, v, quotes, names);
      if (passive) {
        found.push(passive);
        taken.add(spanKey(passive.content));
      }
      continue;
    }
    // A list of resources ("DOJ, Title VI LEP Guidance, Written Translation Services, 67 Fed. Reg.",
    // "GSA, Foreign Language Services Ordering Guide"): a capitalised word inside a list item is
    // part of a title, no verb. (Title-case lines in body text can be a related story's headline,
    // which PolNeAR counts: "If Obama Says It, It's True".)
    if (s.role === 'list-item' && v > 0 && /^\p{Lu}\p{Ll}/u.test(tok.text) && !/^[“"‘'(:—–.!?-]$/.test(t[v - 1]!.text)) continue;
    // "the high fives and told-you-sos", "a much-talked-about plan", "self-reported data": a part of a word joined by hyphens is no verb.
    // (Not a dash written as two hyphens: "The company said--in a statement--that …".)
    if ((text[tok.start - 1] === '-' && /\p{L}/u.test(text[tok.start - 2] ?? '')) || (text[tok.end] === '-' && /\p{L}/u.test(text[tok.end + 1] ?? ''))) continue;
    // "the prosecutor’s finding of …", "a finding": after a possessive or an article it is a noun.
    if (/^(?:['’]s|the|a|an|my|your|his|its|our|their)$/i.test(t[v - 1]?.text ?? '')) continue;
    // "TV shows, movies, and games", "award shows": a kind of show is a noun.
    if (/^shows$/i.test(tok.text) && SHOW_KINDS.test(t[v - 1]?.normal ?? '')) continue;
    // "the Oct. 13 attack that killed …", "the 2016 campaign": after a determiner and a date it is a
    // noun too ("The company on Oct. 13 said" keeps its verb: no determiner before the date).
    const datedNoun = t[v - 1]?.pos === 'NUM' && (MONTH.test(t[v - 2]?.text ?? '') ? DETERMINER.test(t[v - 3]?.text ?? '') : DETERMINER.test(t[v - 2]?.text ?? ''));
    if (datedNoun && !ATTRIBUTION_VERBS.has(tok.lemma)) continue;
    // "the Committee for Accuracy in Middle East Reporting", "Honest Reporting": a word of a name of
    // several words is no verb.
    if (names.some((m) => m.start < tok.start && tok.end <= m.end && NAME_TYPES.has(m.type))) continue;
    // "a company called Cambridge Analytica", "a PAC dubbed …": a participle that names a thing
    // (or a person: "A local named Chen Kotler told …", where wink reads "local" an adjective).
    const namedNoun = t[v - 1]?.pos === 'NOUN' || (t[v - 1]?.pos === 'ADJ' && DETERMINER.test(t[v - 2]?.text ?? ''));
    // ("a group called the Operating Committee", "a party called “Club Renaissance”": after "a" and
    // its noun the name may open with an article or a quotation mark; not "The critics called the
    // President a liar", "which one commenter called “chaotic …”".)
    // (Or after "a" and a compound that names a thing, the name closing the clause: "a bus company
    // called the Giant Ibis."; not "A senior official called the Israeli strike a grave mistake".)
    const compound = /^(?:NOUN|PROPN|ADJ)$/.test(t[v - 2]?.pos ?? '') && /^(?:a|an)$/i.test(t[v - 3]?.text ?? '') && nameClosesClause(t, v + 1);
    const indefinite = /^(?:a|an)$/i.test(t[v - 2]?.text ?? '') || compound;
    const nameAfter = /^\p{Lu}/u.test(t[v + 1]?.text ?? '') || (indefinite && ((/^(?:the|a|an)$/i.test(t[v + 1]?.text ?? '') && /^\p{Lu}/u.test(t[v + 2]?.text ?? '')) || (QUOTE_MARK.test(t[v + 1]?.text ?? '') && /^\p{Lu}/u.test(t[v + 2]?.text ?? ''))));
    if (/^(?:called|named|dubbed|titled|nicknamed)$/i.test(tok.text) && namedNoun && nameAfter) continue;
    // "direct traffic (sometimes called “dark social”)": a bracketed gloss gives the thing a name.
    const glossOpens = t[v - 1]?.text === '(' || (t[v - 2]?.text === '(' && t[v - 1]?.pos === 'ADV');
    if (/^(?:called|dubbed|nicknamed|termed)$/i.test(tok.text) && glossOpens) continue;
    // "is often called the 'silent killer'": a name given in the passive, no one's claim.
    const beBefore = (k: number): boolean => /^(?:is|are|was|were|be|been|being|['’]s|['’]re)$/i.test(t[k]?.text ?? '');
    const passive = beBefore(v - 1) || (/^(?:often|commonly|also|sometimes|now|still|usually|widely)$/i.test(t[v - 1]?.text ?? '') && beBefore(v - 2));
    if (/^(?:called|named|dubbed|nicknamed)$/i.test(tok.text) && passive && !/^(?:for|on|upon|off|out)$/.test(t[v + 1]?.normal ?? '') && !t.slice(v + 1, v + 8).some((x) => x.normal === 'by')) continue;
    // "The four companies named in the law suit are …": a participle between a noun and "in"/"by" says where it was named.
    if (/^(?:named|listed|cited|mentioned)$/i.test(tok.text) && /^(?:NOUN|PROPN)$/.test(t[v - 1]?.pos ?? '') && /^(?:in|by)$/.test(t[v + 1]?.normal ?? '')) continue;
    // "militants in Yemen backed by Iran": a participle between a noun and "by" describes the noun;
    // the noun reports nothing ("Xi responded by saying …" is a verb and the means it took, and
    // "Officials estimated by Friday that …" a verb with its clause).
    // So does one of publishing: "Some of the easing measures announced by Ms Sturgeon were …"
    // (not one of its means: "The company announced by email on Tuesday it would cut …").
    const published = /^(?:announced|issued|unveiled|published|released|proposed)$/.test(tok.normal) && !MEANS.test(t[v + 2]?.normal ?? '');
    if ((!ATTRIBUTION_VERBS.has(tok.lemma) || published) && PARTICIPLE.test(tok.normal) && /^(?:NOUN|PROPN)$/.test(t[v - 1]?.pos ?? '') && t[v + 1]?.normal === 'by' && !/ing$/i.test(t[v + 2]?.text ?? '') && !t.slice(v + 2, v + 8).some((x) => x.normal === 'that')) continue;
    if (NOT_REPORTS.test(text.slice(tok.start, t[Math.min(v + 5, t.length - 1)]!.end))) continue;
    // "anything the puppy finds pleasurable": a thing found to be so, its object before the verb, is a taste, no finding.
    // (Its adjective ends the clause; not a finding's "found fewer than 50 counties where …".)
    if (tok.lemma === 'find' && t[v + 1]?.pos === 'ADJ' && (t[v + 2] === undefined || /^[,.;:!?)—–]$/.test(t[v + 2]!.text))) continue;
    // "It's worth noting that …", "Needless to say, …", "That said, …": the writer's aside, no one's claim
    // (a cue after it stays: "Needless to say, the mayor said the plan had failed").
    if (writersAside(text, s, tok.start)) continue;
    // "[I'm hoping that] the magic might …", "The mayor [who said he was tired] left": words an editor
    // sets in square brackets are a gloss inside the text, no report of their own.
    if (inBrackets(text, s.start, tok.start, s.end)) continue;
    // "…met with entrepreneurs, signaling a renewed effort": the writer reads the event; nobody said it.
    if (t[v - 1]?.text === ',' && /ing$/i.test(tok.text) && INTERPRETIVE_PARTICIPLES.has(tok.lemma)) continue;
    // "luncheons with noted speakers", "a noted author": a participle between a preposition or an
    // article and its noun is an adjective.
    // (An article's or a preposition's: "Both denied reports …", "all denied allegations" keep the verb.)
    if (/ed$/i.test(tok.text) && t[v + 1]?.pos === 'NOUN' && /^(?:a|an|the|with|of|by|for|from|among|to)$/.test(t[v - 1]?.normal ?? '') && t[v - 1]?.pos !== 'PART') continue;
    // (So is one after a count, before its noun: "one reported adverse event", "two confirmed cases".)
    if (/ed$/i.test(tok.text) && (t[v + 1]?.pos === 'NOUN' || (t[v + 1]?.pos === 'ADJ' && t[v + 2]?.pos === 'NOUN')) && t[v - 1]?.pos === 'NUM' && !/^\d{4}$/.test(t[v - 1]!.text)) continue;
    // "went on to say …": the cue is the verb after it.
    if (tok.lemma === 'go' && t[v + 1]?.normal === 'on' && t[v + 2]?.normal === 'to') continue;
    // "responded by saying …": the cue before "by" reports this one's content already.
    if (t[v - 1]?.normal === 'by' && found.some((a) => a.at === v - 2)) continue;
    // Right after a quotation any verb reports it: “…,” he continued / quipped / laughed.
    const afterQuote = followsQuotation(t, v, quotes);
    // The cue model, in context: a verb it scores at its threshold is a cue ("took aim at",
    // "pushed for"; a weak one then needs no named subject); a verb of belief still needs its complement.
    // And right before one, after a comma or a colon, with a named or personal subject just before
    // the verb: She shared, “It is so soft …”; She commented, “This cardigan is so warm!” (not a
    // sign "that read, “Closed …”").
    const beforeQuote = tok.pos === 'VERB' && /^[,:]$/.test(t[v + 1]?.text ?? '') && isQuoteMark(t, v + 2) && quotes.some((q) => q.start === t[v + 2]!.start) && /^(?:PRON|PROPN)$/.test(t[v - 1]?.pos ?? '') && !/^(?:that|which|it)$/.test(t[v - 1]!.normal);
    const reporting = ATTRIBUTION_VERBS.has(tok.lemma) || afterQuote || beforeQuote;
    // "Employees need to be shuffled around": a subject that undergoes a passive reports nothing.
    const undergoes = t[v + 1]?.normal === 'to' && t[v + 2]?.normal === 'be' && t[v + 3]?.pos === 'VERB' && /(?:ed|en|wn)$/i.test(t[v + 3]!.text);
    // "GateHouse laid off 60 employees", "shut down the plant": a verb with a particle of doing reports nothing.
    if (!reporting && PARTICLE_OF_DOING.test(t[v + 1]?.normal ?? '') && ['ADP', 'PART', 'ADV'].includes(t[v + 1]!.pos)) continue;
    const learned = !reporting && !undergoes && !BELIEF_VERBS.has(tok.lemma) && tok.pos === 'VERB' && (WEAK_ATTRIBUTION_VERBS.has(tok.lemma) || opensReport(t, v)) && cueProbability(model, t, v, names) >= model.thresholds[0];
    const strong = reporting || learned;
    const belief = BELIEF_VERBS.has(tok.lemma) || (t[v + 1]?.normal === 'that' && t[v + 1]?.pos === 'SCONJ' && !thatIsDeterminer(t, v + 1));
    if (!strong && !belief && !WEAK_ATTRIBUTION_VERBS.has(tok.lemma)) continue;
    // A belief needs its complement: "thinks that …", "wants to …", "believe bigotry is …".
    const asideThat = thatAfterAside(t, v);
    if (belief && !strong && !/^(?:that|to)$/.test(t[v + 1]?.normal ?? '') && !opensComplement(t, v + 1) && asideThat === -1) continue;
    // "hedge funds owning these AAA bonds will find them downgraded": "find" with an object and its
    // state is what will happen to them, no finding reported.
    if (tok.lemma === 'find' && t[v + 1]?.pos === 'PRON' && OBJECT_PRONOUNS_FOUND.test(t[v + 1]!.normal) && t[v + 2]?.pos === 'VERB' && /ed$/i.test(t[v + 2]!.text)) continue;
    // "Downplaying the importance of ratings, Zucker said …": an opening participial phrase is the
    // main clause's subject's doing, and ends at its comma.
    const participleEnd = openingParticiple(t, v, quotes);
    const main = participleEnd === -1 ? null : mainSubject(text, s, participleEnd, names);
    // "Hillary Clinton made it clear to House Democrats that …": the subject of "made", not "it".
    const madeClear = t[v - 1]?.normal === 'it' && t[v - 2]?.lemma === 'make' && v >= 2;
    // "Ingram was quoted as telling the newspaper …": the subject of "was quoted" is the source.
    const quotedPassive = /ing$/i.test(tok.text) && t[v - 1]?.normal === 'as' && t[v - 2]?.lemma === 'quote' && t[v - 3]?.pos === 'AUX';
    const before = main ?? subjectBefore(text, s, madeClear ? v - 2 : quotedPassive ? v - 3 : v, names);
    const after = before ? null : subjectAfter(text, s, v, names);
    // The noun phrase that opens the cue's clause, which the last fallbacks share (found once, on demand).
    let phrase: Phrase | null | undefined;
    const opening = (): Phrase | null => (phrase === undefined ? (phrase = subjectPhrase(t, v, quotes)) : phrase);
    const speaker =
      (before && ATTRIBUTION_VERBS.has(tok.lemma) ? relativeHead(text, t, before, v) : null) ??
      before ??
      // "David Savidge, a former police officer who responded said: …": the subject before the relative clause.
      (ATTRIBUTION_VERBS.has(tok.lemma) ? subjectBeforeRelative(text, s, v, names) : null) ??
      after ??
      (strong ? (coordinatedSubject(text, s, v, names, quotes, found) ?? sharedSubject(t, v, found, opening())) : null) ??
      clauseSubject(text, t, v, opening()) ??
      (reporting ? (asideSubject(text, t, v, opening()) ?? controlSubject(text, t, v, opening())) : null);
    // A reporting verb reports even when the rules cannot find its source ("…,” said a source involved
    // in …"): the claim stands with no speaker. Anything weaker needs one; so does a cue in a
    // compound ("self-described") or a bare "When asked," with nothing after it.
    if (!speaker && (!reporting || text[tok.start - 1] === '-' || (t[v + 1]?.text === ',' && !QUOTE_MARK.test(t[v + 2]?.text ?? '')))) continue;
    // "Expect more along these lines in 2024", "…, so expect to see more EV leases": a verb in its
    // base form opening its clause with no source is the writer telling the reader, not a report.
    if (!speaker && imperative(t, v)) continue;
    // "A resident who didn't want to be identified … said people are afraid": a verb in a relative
    // clause describes its head; the head's own cue comes after the clause.
    // (Only when a reporting verb follows: a relative clause's only cue stands.)
    // (Not a reporting verb of its own: "Donald Trump Jr who wrote on X: ‘…’" is what he wrote.)
    if (speaker && /^(?:who|that|which)$/.test(speaker.text) && !ATTRIBUTION_VERBS.has(tok.lemma) && t.slice(v + 1).some((x) => x.pos === 'VERB' && ATTRIBUTION_VERBS.has(x.lemma))) continue;
    if (speaker) {
      // A source is named, or is a kind of source by its head noun ("a new poll shows", "his supporters believe").
      const named =
        (names[firstFrom(names, speaker.start)]?.end ?? Infinity) <= speaker.end ||
        /\p{Lu}/u.test(speaker.text) ||
        SOURCE_NOUNS.has(t[tokenAt(t, speaker.end) - 1]?.lemma ?? '');
      // A cue needs a source that can hold a view ("The MEB's flexibility allowing VW to …", "Those
      // facts suggest …", "Answers began to roll in" report nothing).
      if (!sourceHead(t, speaker, names)) continue;
      // A weak cue needs a source: a name, a source noun or a pronoun.
      if (!strong && !named && !PRONOUNS.has(speaker.text.toLowerCase())) continue;
      // "If you want to understand …": a generic wish, nobody's claim.
      if (belief && !strong && /^you$/i.test(speaker.text)) continue;
      // "It emerged that …", "it transpired that …": "it" holds no view; the fact came out, nobody said it.
      if (/^it$/i.test(speaker.text) && EXPLETIVE_VERBS.has(tok.lemma)) continue;
    }
    if (COMPLEMENT_VERBS.has(tok.lemma) && !/^(?:that|to)$/.test(t[v + 1]?.normal ?? '')) continue;
    // "pointed out the hypocrisy", "opened up about …", "weighed in on …": what is said starts after
    // the verb's particle (and after the preposition that follows it). The cue stays the verb, as
    // the claim check reads it.
    // ("said up to 300 people …", "out of 100 patients": a quantity, no particle.)
    const particle = t[v + 1] && ['ADP', 'PART', 'ADV'].includes(t[v + 1]!.pos) && !/^(?:to|of)$/.test(t[v + 2]?.normal ?? '') && (/^(?:out|up)$/.test(t[v + 1]!.normal) || (t[v + 1]!.normal === 'in' && /^(?:weigh|chime)$/.test(tok.lemma)));
    const cue = textSpan(text, tok.start, tok.end);
    let content: Span;
    let from = particle ? t[v + 1]!.end : tok.end;
    const next = t[v + (particle ? 2 : 1)];
    if (particle && next && /^(?:about|on|against|for|at)$/.test(next.normal)) from = next.end;
    if (next && ((CONTENT_PREPOSITIONS.has(next.normal) && PREPOSITION_VERBS.has(tok.lemma)) || next.text === ':' || next.text === ',')) from = next.end;
    // "As Enslin explained it to me, Context Grounding is …": after an opening "As X said" and its
    // short tail, what was said is the clause after the comma.
    else if (t[0]?.normal === 'as' && v <= AS_SOURCE_MAX_TOKENS) {
      let comma = v + 1;
      while (comma < t.length && t[comma]!.text !== ',' && comma - v <= AS_TAIL_MAX_TOKENS && !['VERB', 'AUX'].includes(t[comma]!.pos) && t[comma]!.normal !== 'that') comma++;
      if (t[comma]?.text === ',' && comma > v + 1) from = t[comma]!.end;
    }
    // "responded by saying Japan should …": the content is what the second verb reports.
    if (next?.normal === 'by' && t[v + 2] && ATTRIBUTION_VERBS.has(t[v + 2]!.lemma) && /ing$/i.test(t[v + 2]!.text)) from = t[v + (t[v + 3]?.normal === 'that' ? 3 : 2)]!.end;
    const relativeOrThat = thatAfterCue(t, v, RECIPIENT_VERBS.has(tok.lemma), ATTRIBUTION_VERBS.has(tok.lemma), RECIPIENT_VERBS.has(tok.lemma) || WARNED_OF_VERBS.has(tok.lemma));
    // ("FDA has warned companies that have illegally sold …": a relative clause on the one warned, and
    // no quotation before the cue — “…,” Gates told an audience that included retired Marines — reports nothing.)
    if (relativeOrThat === RELATIVE_CLAUSE && !quotes.some((q) => q.start >= s.start && q.end <= tok.start)) continue;
    const thatAt = relativeOrThat === RELATIVE_CLAUSE ? -1 : relativeOrThat;
    if (thatAt !== -1 && (before || thatAt === v + 1)) from = t[thatAt]!.end;
    else if (asideThat !== -1) from = t[asideThat]!.end;
    else if (RECIPIENT_VERBS.has(tok.lemma)) from = afterRecipient(t, v) ?? from;
    // "said Wednesday his government had …", "told reporters on Monday that …": the time is when, not what.
    const timeAt = RECIPIENT_VERBS.has(tok.lemma) ? (pastObject(t, v) ?? v + 1) : tokenAt(t, from);
    const timed = thatAt === -1 && asideThat === -1 ? pastTimePhrase(t, timeAt) : timeAt;
    if (timed !== timeAt && timed > tokenAt(t, from)) from = t[timed]!.start;
    // "wrote on X: ‘…’", "said in a statement: “…”": a short phrase without a verb, then a colon;
    // what was said follows the colon.
    from = pastColonPhrase(t, from);
    // "warned Congress of the threat from climate change": what was said starts at "of" or "about"
    // after the one warned, as in "warned of the threat".
    if (from === tok.end && WARNED_OF_VERBS.has(tok.lemma)) from = aboutAfterAddressee(t, v) ?? from;
    content = trimClause(text, from, participleEnd === -1 ? reportEnd(t, v, from, s.end, quotes) : t[participleEnd]!.start);
    // “…,” Clinton said on Thursday. — a quotation just before the speaker (or the cue) is the content.
    // Between them only the rest of the speaker's phrase may stand (“…,” House Speaker Paul Ryan said).
    const quoteBefore = [...quotes, ...shortOpening].find((q) => {
      const upTo = Math.min(speaker?.start ?? tok.start, tok.start);
      if (q.end > upTo) return false;
      const first = tokenAt(t, q.end);
      const last = tokenAt(t, upTo);
      // (A possessive's bare apostrophe belongs to the phrase: “…,” the Dunnings' daughter Sarah Dunning said.)
      const inPhrase = (x: Token): boolean => x.text === ',' || MODIFIER_POS.has(x.pos) || /^\p{Lu}/u.test(x.text) || (/^['’]$/.test(x.text) && x.start === t[tokenAt(t, x.start) - 1]?.end);
      if (last - first <= SUBJECT_WINDOW_AFTER && t.slice(first, last).every(inPhrase)) return true;
      // (“…,” RetailNext global manager of advanced analytics Joe Shasteen told Axios: a longer title,
      // with its "of" and "at", and no verb or clause of its own; "advanced" before a noun modifies it.)
      const modifies = (k: number): boolean => t[k]!.pos === 'VERB' && /(?:ed|ing)$/i.test(t[k]!.text) && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.pos === 'PROPN');
      // Only a quotation that opens the sentence and closes on its comma (“…,” then who said it),
      // or on a question or exclamation mark (“Why now?” the mayor asked).
      const opensAndCloses = q.start <= t[0]!.start + 1 && /[,?!]\s*[”"’']+$|[”"’']+\s*,$/.test(text.slice(q.start, Math.min(text.length, q.end + 1)).trimEnd());
      return opensAndCloses && last - first <= APPOSITIVE_MAX_TOKENS && t.slice(first, last).every((x, i) => inPhrase(x) || x.pos === 'ADP' || x.pos === 'CCONJ' || modifies(first + i));
    });
    if (quoteBefore) {
      // “The good thing,” Al-Rawahi said, “is that …”: a quotation the cue splits runs on after it,
      // and the content is all of it (the cue inside, as in a quotation that runs over sentences).
      const resumed = quotes.find((q) => q.start > tok.end && /^[\s,]*(?:(?:and|but)\s+)?$/i.test(text.slice(Math.max(tok.end, speaker?.end ?? 0), q.start)) && /,[”"’']?\s*$/.test(text.slice(quoteBefore.start, quoteBefore.end)));
      content = { start: quoteBefore.start, end: resumed ? resumed.end : quoteBefore.end };
    } else if (/^[,”"’]$/.test(t[tokenAt(t, Math.min(speaker?.start ?? tok.start, tok.start)) - 1]?.text ?? '') && /^[\s,]*(?:and|but)\b/i.test(text.slice(from, content.end))) {
      // What Page was doing was “completely ridiculous,” he said, and “totally unprofessional.”: a
      // reporting clause whose words after the cue join more on ("and", "but") sits inside its
      // content, which runs from the sentence's start over the cue (readers mark the whole: "It
      // was tough in the early days, she says, and then when she kicked in her degree …").
      content = trimClause(text, s.start, content.end);
    } else if (content.start >= tok.end && t[v + 1]?.text === ',' && t[tokenAt(t, Math.min(speaker?.start ?? tok.start, tok.start)) - 1]?.text === ',' && participleEnd === -1 && !quotes.some((q) => q.end > s.start && q.start < s.end)) {
      // "A minute or two later, he said, one of the men pulled a gun …", "Mrs Thatcher had not, Mr
      // Addison added, been impressed …": a reporting clause set off by commas inside the sentence
      // reports all of it, the words before it too.
      content = trimClause(text, s.start, reportEnd(t, v, from, s.end, quotes, false));
    }
    // "attacked billionaire Donald Trump, with whom …": an object ends at the first clause boundary.
    if (OBJECT_VERBS.has(tok.lemma)) {
      let boundary = -1;
      for (let i = Math.max(v + 2, tokenAt(t, from)); i < t.length && boundary === -1; i++) if (/^[,;:—–(]$/.test(t[i]!.text)) boundary = i;
      if (boundary !== -1) content = trimClause(text, from, t[boundary]!.start);
    }
    // "As Beijing seeks to rebuild confidence, the collaboration …": inside an opening subordinate
    // clause the content ends with that clause (wink tags "As" ADP; "As she said, …" is not one).
    // ("As SGD 7 predicts that half … by 2030, researcher Dr Kalpana Viswanath writes …": a report
    // with its own "that" is such a clause too.)
    const opener = t[0]?.pos === 'CCONJ' ? t[1] : t[0];
    // (Not a phrase that opens with "as": "As of Monday officials said that …", "As a result the minister admitted that …".)
    const ownThat = opener?.normal === 'as' && t[v + 1]?.normal === 'that' && !AS_PHRASE.test(t[t.indexOf(opener) + 1]?.normal ?? '');
    if ((opener?.pos === 'SCONJ' || ((!reporting || ownThat) && opener?.normal === 'as') || SUBORDINATORS.has(opener?.normal ?? '')) && !quoteBefore) {
      // Only when no comma comes before the cue; the content then ends at the first comma after it.
      const comma = t.findIndex((x) => x.text === ',');
      if (comma > v) content = trimClause(text, from, t[comma]!.start);
    }
    // “…,” she said. — nothing after the cue, or the subject comes after it: the content precedes them.
    const speakerFirst = Math.min(speaker?.start ?? tok.start, tok.start);
    // (A reporting clause after its content: a comma or a quotation's end just before the speaker.)
    const reportingClause = /^[,”"’]$/.test(t[tokenAt(t, speakerFirst) - 1]?.text ?? '');
    if (!quoteBefore && (after || content.end - content.start < 8 || circumstance(t, content, RECIPIENT_VERBS.has(tok.lemma), reportingClause))) {
      // The words before a reporting clause are its content only across a comma, a quotation's end
      // or a dash (“…, he said”); not "… the session that he didn't seek".
      const k = tokenAt(t, speakerFirst);
      if (k > 0 && /^(?:that|which|who|whom)$/i.test(t[k - 1]?.text ?? '')) continue;
      content = trimClause(text, s.start, appositiveStart(t, speakerFirst));
    }
    // A sentence that is only the speaker and the cue reports the quotation just before it.
    if (content.end - content.start < 8 && priorQuote && speakerFirst === t[0]!.start) content = priorQuote;
    if (content.end - content.start < 8) continue;
    // In a run-on "sentence" (text with no full stops) nothing ends the content: it keeps the
    // MAX_CONTENT_CHARS nearest the cue, to a token boundary, which no real sentence reaches.
    if (content.end - content.start > MAX_CONTENT_CHARS) {
      content = content.end <= tok.start
        ? { start: t[tokenAt(t, content.end - MAX_CONTENT_CHARS)]!.start, end: content.end }
        : { start: content.start, end: t[tokenAt(t, content.start + MAX_CONTENT_CHARS) - 1]!.end };
    }
    // "“…,” he said, adding that …": the quotation is the first cue's; a second cue that would
    // take it again reports what follows it, or nothing.
    if (taken.has(spanKey(content))) {
      const own = trimClause(text, from, reportEnd(t, v, from, s.end, quotes));
      if (own.start < tok.end || own.end - own.start < 8) continue;
      content = own;
    }
    // "Interfax quoted Viktor Chernomyrdin as saying …": the one quoted is the source, the agency
    // only carries the words.
    const as = tok.lemma === 'quote' ? quotedAs(t, v) : -1;
    let source = speaker;
    if (as !== -1) {
      source = textSpan(text, t[v + 1]!.start, t[as - 1]!.end);
      if (!quoteBefore) content = trimClause(text, t[as + 1]!.end, reportEnd(t, as + 1, t[as + 1]!.end, s.end, quotes));
      if (content.end - content.start < 8) continue;
    }
    const speakerToken = source ? tokenAt(t, source.start) : v;
    found.push({ cue, speaker: source, content, at: v, speakerToken, sourceNotFound: !source });
    taken.add(spanKey(content));
  }

  return separate(text, t, found.sort((a, b) => a.at - b.at));
}

/** "pushed for …", "made the case that …", "took aim at …": after the verb (and a short object or particle), a clause, quote or stance opens. A plain object ("hit Rudolph", "filed the suit") does not. */
/** "lost that year's elections", "that day": a "that" before a time word or a possessive noun points, it opens no clause. */
function thatIsDeterminer(t: Token[], i: number): boolean {
  if (t[i]?.normal !== 'that') return false;
  return THAT_TIME.test(t[i + 1]?.normal ?? '') || (t[i + 1]?.pos === 'NOUN' && /^['’]s$/.test(t[i + 2]?.text ?? ''));
}
const THAT_TIME = /^(?:year|day|week|month|night|morning|afternoon|evening|time|season|summer|winter|spring|autumn|weekend|decade|century|moment)$/;

function opensReport(t: Token[], v: number): boolean {
  for (let i = v + 1; i < t.length && i <= v + 4; i++) {
    if (REPORT_OPENERS.test(t[i]!.normal) && !thatIsDeterminer(t, i)) return true;
    if (t[i]!.pos === 'VERB' || t[i]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "Sanders is expected to win …", "The DNC, which is seen as aligned with Clinton, …", "Some
 * advisers are said to be urging …": the passive of a verb of expectation or opinion, with "to"
 * or "as" after it, attributes the whole clause to a source left unnamed. The content runs from
 * the clause's subject to where the report ends; there is no speaker.
 */
function passiveReport(text: string, t: Token[], v: number, quotes: Span[], names: Mention[] = []): Attribution | null {
  if (!PASSIVE_REPORT_VERBS.has(t[v]!.lemma) || /ing$/i.test(t[v]!.text)) return null;
  let next = v + 1;
  while (t[next]?.pos === 'ADV') next++;
  // "More than 43 million Americans are expected by AAA to travel …": the agent named is the source.
  let agent: Mention | undefined;
  if (t[next]?.normal === 'by') {
    const named = t[next + 1]?.normal === 'the' ? next + 2 : next + 1;
    agent = t[named] ? nameAt(names, t[named]!) : undefined;
    if (!agent || (agent.type !== 'organization' && agent.type !== 'person') || agent.start !== t[named]!.start) return null;
    next = t.findIndex((x) => x.start >= agent!.end);
  }
  if (t[next]?.normal !== 'to' && t[next]?.normal !== 'as') return null;
  let aux = v - 1;
  // (With no auxiliary, the participle after its noun: "…, with 43 million Americans expected by AAA to travel".)
  if (agent && /^(?:NOUN|PROPN)$/.test(t[v - 1]?.pos ?? '')) aux = v;
  else {
    while (aux > 0 && (t[aux]!.pos === 'ADV' || NEGATION.test(t[aux]!.normal))) aux--;
    while (aux > 0 && t[aux - 1]!.pos === 'AUX') aux--;
  }
  const before = t[aux - 1];
  if (!before) return null;
  const first = before.pos === 'PRON' || /^(?:which|who|that)$/.test(before.normal) ? aux - 1 : /^(?:NOUN|PROPN|NUM)$/.test(before.pos) ? npStart(t, aux - 1) : -1;
  if (first === -1) return null;
  const end = reportEnd(t, v, t[next]!.end, t[t.length - 1]!.end, quotes);
  const content = trimClause(text, t[first]!.start, end);
  if (content.end - content.start < 8) return null;
  return { cue: textSpan(text, t[aux]!.start, t[v]!.end), speaker: agent ? textSpan(text, agent.start, agent.end) : null, content, at: v, speakerToken: v };
}

/** Whether a name opens at `k` (after an article or a quotation mark at most) and runs to the clause's end: "the Giant Ibis." */
function nameClosesClause(t: Token[], k: number): boolean {
  if (/^(?:the|a|an)$/i.test(t[k]?.text ?? '') || QUOTE_MARK.test(t[k]?.text ?? '')) k++;
  if (!/^\p{Lu}/u.test(t[k]?.text ?? '')) return false;
  while (k < t.length && (/^\p{Lu}/u.test(t[k]!.text) || /^(?:of|&|and|de|la)$/.test(t[k]!.text))) k++;
  return k >= t.length || /^[.,;:!?)”"’]$/.test(t[k]!.text);
}

/**
 * A cue verb wink tagged as a noun. "Polls show …", "The reports show …", "…, new filings show.": a
 * source noun, then one of DOCUMENT_VERBS.
 */
function reportTaggedNoun(t: Token[], v: number): boolean {
  const tok = t[v]!;
  const head = t[v - 1];
  // "“…,” reports Corrie Driebusch.": a verb's third person right after a quotation's closing mark, a name after it.
  if (tok.pos === 'NOUN' && /s$/i.test(tok.text) && ATTRIBUTION_VERBS.has(tok.lemma) && head && /^[”"]$/.test(head.text) && t[v + 1]?.pos === 'PROPN') return true;
  // "“…,” Wilgus notes.", "“…,” Wilgus shares. “…”": a name right after a quotation's closing mark, then a plural
  // wink takes for a noun and the clause's end; a verb there, and any verb reports the quotation.
  if (tok.pos === 'NOUN' && /[^s]s$/i.test(tok.text) && head?.pos === 'PROPN' && /^[.,]$/.test(t[v + 1]?.text ?? '')) {
    let k = v - 1;
    while (k > 0 && t[k - 1]!.pos === 'PROPN' && v - k < 4) k--;
    // (The quotation ends on its stop or comma: "“Stop the Steal” Trump banners" is a slogan.)
    if (/^[”"]$/.test(t[k - 1]?.text ?? '') && /^[,.!?]$/.test(t[k - 2]?.text ?? '')) return true;
  }
  // "Viguerie notes that …", "About three-quarters support a ban", "Six in 10 say he’s …": after a
  // name, a number or a plural wink may take a cue verb for a noun; an object or clause after it shows it is the verb.
  if (tok.pos === 'NOUN' && head && (ATTRIBUTION_VERBS.has(tok.lemma) || BELIEF_VERBS.has(tok.lemma) || WEAK_ATTRIBUTION_VERBS.has(tok.lemma))) {
    const subject =
      head.pos === 'PROPN' || head.pos === 'NUM' || head.normal === 'percent' ||
      (head.pos === 'PRON' && /^(?:they|we|who|i|you)$/.test(head.normal)) ||
      INDEFINITE_SUBJECTS.has(head.normal) ||
      (head.pos === 'NOUN' && /s$/.test(head.normal) && !/ss$/.test(head.normal)) ||
      // (or a person or a source described: "One reviewer notes …", "A TikTok representative reports that …";
      // not a verb's object: "denied media reports that …", "rejected employee claims that …")
      (head.pos === 'NOUN' && viewHolder(head.lemma.toLowerCase()) && /s$/i.test(tok.text) && !/^(?:VERB|AUX|ADP)$/.test(t[v - 2]?.pos ?? ''));
    const next = t[v + 1];
    // (Or its particle then "that": "The authors point out that emissions …".)
    const pointsOut = tok.lemma === 'point' && next?.normal === 'out' && t[v + 2]?.normal === 'that';
    // (Not "that" and a plural's verb: "Open Source projects that were relevant", "Select projects
    // that demonstrate …" — a relative clause on the noun; "studies show that exercising …", "many
    // say that's for the best", "Volkswagen estimates that could be …" still report.)
    // (A base form with a verb after it is a noun, the clause's subject: "The survey reports that pay
    // rose …"; "were" before an article a conditional: "The CBO projects that were the tax cuts extended …".)
    const after = t[v + 2];
    const third = t[v + 3];
    const relative =
      next?.normal === 'that' &&
      after !== undefined &&
      ((/^(?:are|were)$/.test(after.normal) && third?.pos !== 'DET') ||
        (after.pos === 'VERB' && !/(?:s|ed|ing)$/.test(after.normal) && !/^(?:can|could|will|would|shall|should|may|might|must)$/.test(after.normal) && third?.pos !== 'VERB' && third?.pos !== 'AUX'));
    if (subject && !relative && (!next || next.normal === 'that' || pointsOut || /^(?:DET|PROPN|NUM|PRON)$/.test(next.pos) || QUOTE_MARK.test(next.text))) return true;
  }
  if (tok.pos !== 'NOUN' || !DOCUMENT_VERBS.has(tok.lemma) || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  if (!SOURCE_NOUNS.has(head.lemma) && !SOURCE_NOUNS.has(head.normal.replace(/s$/, ''))) return false;
  const next = t[v + 1];
  return !next || next.normal === 'that' || /^(?:DET|PROPN|NUM|PRON|ADJ|PUNCT)$/.test(next.pos);
}

/** Tokens allowed for the asker ("by Fox News host Chris Wallace") or a time or place ("on Monday", "during a January debate"). */
const ASKED_PHRASE_MAX_TOKENS = 8;

/**
 * "Asked whether Clinton “has the integrity …,” 75 percent of Democrats said …", "When asked by
 * Stephanopoulos to respond to Trump’s criticism, Carson said …", "…, she said when asked what
 * Mr. Clinton would do", "the actress was asked if she’d ever been …": "asked" opening a
 * sentence, or after "when" or a form of "be", reports a question. Its content runs from the
 * question word to the first comma outside quotation marks (or the end of the sentence); its
 * source is the asker when named ("by X"), else unstated. PolNeAR annotates these as attributions.
 */
function openingQuestion(text: string, t: Token[], quotes: Span[]): Attribution | null {
  const k = t[0]?.normal === 'asked' ? 0 : t.findIndex((x, i) => x.normal === 'asked' && (t[i - 1]?.normal === 'when' || (t[i - 1]?.pos === 'AUX' && t[i - 1]!.lemma === 'be')));
  if (k === -1 || inside(quotes, t[k]!.start)) return null;
  let speaker: TextSpan | null = null;
  let from = k + 1;
  // "Trump was asked, “What’s the most dangerous place …?”": the question is the quotation.
  const quoted = t[from]?.text === ',' || t[from]?.text === ':' ? quotes.find((q) => q.start === t[from + 1]?.start) : undefined;
  if (quoted) return { cue: textSpan(text, t[k]!.start, t[k]!.end), speaker: null, content: quoted, at: k, speakerToken: k };
  // "Asked to respond …", "Asked about his comments …": the question follows at once.
  if (!QUESTION_PREPOSITIONS.has(t[from]?.normal ?? '')) {
    let end = from;
    while (end < t.length && end <= k + ASKED_PHRASE_MAX_TOKENS && !QUESTION_WORDS.has(t[end]!.normal) && t[end]!.text !== ',') end++;
    // Past the asker ("by Stephanopoulos"), "to" or "about" may open the question too.
    const opens = QUESTION_WORDS.has(t[end]?.normal ?? '') || (t[from]?.normal === 'by' && QUESTION_PREPOSITIONS.has(t[end]?.normal ?? ''));
    if (!opens) return null;
    if (t[from]?.normal === 'by' && end > from + 1) speaker = textSpan(text, t[from + 1]!.start, t[end - 1]!.end);
    // "Asked specifically what …": an adverb just before the question word belongs to it.
    from = t[end - 1]?.pos === 'ADV' && end - 1 > k + 1 ? end - 1 : end;
  }
  // The question ends at a comma outside quotation marks, or with a quotation a comma closes
  // (“… president,” 72 percent …), or with the sentence.
  let end = t[t.length - 1]!.end;
  for (let i = from + 1; i < t.length; i++) {
    if (t[i]!.text !== ',') continue;
    if (!inside(quotes, t[i]!.start)) {
      end = t[i]!.start;
      break;
    }
    if (/^[”"]$/.test(t[i + 1]?.text ?? '')) {
      end = t[i + 1]!.end;
      break;
    }
  }
  const content = trimClause(text, t[from]!.start, end);
  if (content.end - content.start < 8) return null;
  return { cue: textSpan(text, t[k]!.start, t[k]!.end), speaker, content, at: k, speakerToken: speaker ? k + 2 : k };
}

/** Particles that make a verb a doing, not a saying: "laid off", "shut down", "gave away". */
const PARTICLE_OF_DOING = /^(?:off|down|away|apart|aside)$/;

/** The object of "find" in "find them downgraded" (not "it": "found it increased school attendance" reports a finding). */
const OBJECT_PRONOUNS_FOUND = /^(?:them|him|us|me|themselves|himself|herself)$/;

/** A determiner before a dated noun: "the Oct. 13 attack", "its 2016 campaign". */
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her)$/i;

/** Words that make "shows" a noun: "TV shows", "talk shows", "award shows" (not "Footage from the game shows …", "ABC News shows …"). */
const SHOW_KINDS = /^(?:tv|television|talk|reality|award|awards|fashion|trade|radio|cooking|comedy|variety|chat|quiz|late-night|streaming)$/;

/** A negation wink may tag a particle: "not", "n't". */
const NEGATION = /^(?:not|n['’]t)$/;

/** "is expected to", "was described as": a passive reporting verb has no speaker in subject position ("is criticizing" is not passive). */
function isPassive(t: Token[], v: number): boolean {
  if (/ing$/i.test(t[v]!.text)) return false;
  // (past adverbs, a negation and a floating quantifier: "is not expected to", "isn't widely seen
  // as", "were all announced on the lineup")
  for (let i = v - 1; i >= 0 && i >= v - 3; i--) {
    if (t[i]!.lemma === 'be' || t[i]!.lemma === 'get') return true;
    if (t[i]!.pos !== 'ADV' && !NEGATION.test(t[i]!.normal) && !/^(?:all|both|each)$/.test(t[i]!.normal)) return false;
  }
  return false;
}

/**
 * "Pritchett was arrested and charged with a misdemeanor": one auxiliary serves two participles,
 * and the second, with its preposition after it, is passive too ("He was stopped and said he …"
 * keeps its speaker: no preposition follows).
 */
function isSharedPassive(t: Token[], v: number): boolean {
  const and = v - 1;
  // ("was asked about the bill and said in an interview …", "was asked about inflation and warned of …":
  // a reporting verb goes on in the active; "was arrested and accused of …" is the one passive.)
  if (!/^(?:and|or)$/.test(t[and]?.normal ?? '') || (ATTRIBUTION_VERBS.has(t[v]!.lemma) && t[v]!.lemma !== 'accuse')) return false;
  // (a time between: "charged Friday with …")
  let after = v + 1;
  while (after < v + 3 && TIME_WORD.test(t[after]?.text ?? '')) after++;
  if (!PASSIVE_PREPOSITION.test(t[after]?.normal ?? '')) return false;
  // The first participle, perhaps with its own short phrase: "was taken into custody and charged".
  for (let k = and - 1; k >= Math.max(0, and - SHARED_PASSIVE_PHRASE_TOKENS); k--) {
    const x = t[k]!;
    if (x.pos === 'VERB' && !/ing$/i.test(x.text)) return isPassive(t, k);
    if (x.pos === 'PUNCT' || x.pos === 'AUX' || x.pos === 'PRON') return false;
  }
  return false;
}
const PASSIVE_PREPOSITION = /^(?:with|as|by|for|of|in|over)$/;
/** How many words may follow the first participle before the "and": "taken into custody". */
const SHARED_PASSIVE_PHRASE_TOKENS = 4;

/** Participles that interpret an event rather than report speech: "…, signaling …", "…, underscoring …". */
const INTERPRETIVE_PARTICIPLES: ReadonlySet<string> = new Set(['signal', 'suggest', 'indicate', 'underscore', 'highlight', 'reflect', 'mark', 'show', 'demonstrate', 'illustrate', 'hint', 'signify']);

/** The longest description set off by commas before a speaker ("the head of the European Commission"). */
const APPOSITIVE_MAX_TOKENS = 12;

/**
 * Where the content before a speaker ends: at the speaker, or before a description of the speaker
 * set off by commas ("…, the head of the European Commission, Ursula von der Leyen has reiterated").
 */
function appositiveStart(t: Token[], speakerFirst: number): number {
  const k = t.findIndex((x) => x.start >= speakerFirst);
  if (k < 2 || t[k - 1]!.text !== ',') return speakerFirst;
  let j = k - 2;
  while (j >= 0 && k - j <= APPOSITIVE_MAX_TOKENS && t[j]!.text !== ',') {
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART'].includes(t[j]!.pos)) return speakerFirst;
    j--;
  }
  return j > 0 && t[j]!.text === ',' && t[j + 1]!.pos === 'DET' ? t[j]!.start : speakerFirst;
}

/** The longest source in an opening "As X says," clause, and the longest phrase after its verb. */
const AS_SOURCE_MAX_TOKENS = 8;
const AS_TAIL_MAX_TOKENS = 6;
/** Verbs of reporting as wink may tag them after a noun ("the report states", "the study notes"). */
const AS_REPORT_FORMS = /^(?:says|said|notes|noted|states|stated|writes|wrote|reports|reported|explains|explained|argues|argued|puts|put|observes|observed|suggests|suggested|shows|showed|found|finds|points|pointed|told|tells|warned|warns|predicted|predicts)$/i;

/**
 * An opening "As X says," ("As iFixit points out in its teardown, …", "As the report states, …"):
 * X is the source and the main clause after the comma the content. Not "As Beijing seeks to …"
 * (no verb of reporting) and not when the verb already has a clause of its own before the comma.
 */
function openingAs(text: string, t: Token[], names: Mention[], quotes: Span[]): Attribution | null {
  if (t[0]?.normal !== 'as' || inside(quotes, t[0].start)) return null;
  let v = 1;
  while (v < t.length && v <= AS_SOURCE_MAX_TOKENS && !AS_REPORT_FORMS.test(t[v]!.text) && t[v]!.pos !== 'VERB' && t[v]!.text !== ',') v++;
  if (v === 1 || v > AS_SOURCE_MAX_TOKENS || !t[v] || !AS_REPORT_FORMS.test(t[v]!.text)) return null;
  // "As Smith noted, …" the verb rules read already; this is for the verbs they miss.
  if (t[v]!.pos === 'VERB' && ATTRIBUTION_VERBS.has(t[v]!.lemma) && t[v]!.normal !== 'points') return null;
  const subject = t.slice(1, v);
  if (!subject.some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || nameAt(names, x)) || subject.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
  // After the verb: "out", "it", a short phrase ("in its teardown", "last week"), then the comma.
  let comma = v + 1;
  // ("As the report states: “…”": a colon too.)
  while (comma < t.length && !/^[,:]$/.test(t[comma]!.text) && comma - v <= AS_TAIL_MAX_TOKENS && t[comma]!.pos !== 'VERB' && t[comma]!.pos !== 'AUX' && t[comma]!.normal !== 'that') comma++;
  if (!/^[,:]$/.test(t[comma]?.text ?? '')) return null;
  const content = trimClause(text, t[comma]!.end, t[t.length - 1]!.end);
  if (content.end - content.start < 8) return null;
  return {
    cue: textSpan(text, t[v]!.start, t[v]!.end),
    speaker: textSpan(text, t[1]!.start, t[v - 1]!.end),
    content,
    at: v,
    speakerToken: 1,
  };
}

/** Verbs that name the one told before what about: "warned Congress of …", "cautioned investors about …". */
const WARNED_OF_VERBS: ReadonlySet<string> = new Set(['warn', 'caution', 'alert', 'remind', 'advise', 'notify']);

/** After a cue at `v` and its object (a pronoun, or a short noun phrase), the start of an "of" or "about" phrase, or null. */
function aboutAfterAddressee(t: Token[], v: number): number | null {
  const i = pastObject(t, v, true);
  return i !== null && /^(?:of|about)$/.test(t[i]?.normal ?? '') ? t[i]!.start : null;
}


/** How many tokens a phrase between the cue and a colon may have ("on X", "in a statement on Monday"). */
const COLON_PHRASE_MAX_TOKENS = 6;

/**
 * Where what was said starts when the content at `from` opens with a short phrase that has no
 * verb and ends on a colon ("X: ‘This budget is …’" after "wrote on"): after the colon, with
 * something after it. Otherwise `from`.
 */
function pastColonPhrase(t: Token[], from: number): number {
  const first = tokenAt(t, from);
  for (let k = first; k < Math.min(t.length - 1, first + COLON_PHRASE_MAX_TOKENS + 1); k++) {
    const x = t[k]!;
    if (x.text === ':') return k > first ? t[k + 1]!.start : from;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || x.normal === 'that') return from;
  }
  return from;
}
/**
 * A verb in its base form that opens its sentence, the main clause after an opening subordinate
 * one ("As businesses look ahead to 2024, expect …") or a clause after ", so": "Expect …", "…, so
 * expect …". Not after a comma otherwise, where a plural subject's verb looks the same ("His
 * critics, many of them conservative Catholics, argue …"), nor after "and" ("Democrats who cringe
 * … and say").
 */
function imperative(t: readonly Token[], v: number): boolean {
  const tok = t[v]!;
  const opening = t[0] && (SUBORDINATORS.has(t[0].normal) || t[0].normal === 'as') && !t.slice(1, v - 1).some((x) => x.text === ',');
  const opens = v === 0 || (t[v - 1]!.text === ',' && opening) || (t[v - 1]!.normal === 'so' && t[v - 2]?.text === ',');
  return opens && tok.normal === tok.lemma.toLowerCase() && !/(?:ed|ing|s)$/i.test(tok.normal);
}

/** The writer's aside a cue at `cueStart` is part of ("worth noting", "Needless to say", "That said,"). */
function writersAside(text: string, s: Sentence, cueStart: number): boolean {
  const from = text.slice(cueStart, s.end);
  if (WRITERS_ASIDE_CUE.test(from) && WRITERS_ASIDE_BEFORE.test(text.slice(Math.max(s.start, cueStart - 40), cueStart))) return true;
  // "That said," opens its sentence (or its clause): read from the sentence's start, when near.
  return cueStart - s.start <= 30 && THAT_SAID_CUE.test(from) && THAT_SAID_BEFORE.test(text.slice(s.start, cueStart));
}

/** Whether `at` stands inside square brackets opened since `from` and closed before `to` (an editor's gloss). */
function inBrackets(text: string, from: number, at: number, to: number): boolean {
  const before = text.slice(from, at);
  const open = before.lastIndexOf('[');
  const close = text.indexOf(']', at);
  return open !== -1 && before.indexOf(']', open) === -1 && close !== -1 && close < to;
}

/** How far around a word its curly quotation marks are looked for, and how many words they may hold. */
const CURLY_REACH = 60;
const CURLY_MAX_WORDS = 6;

/**
 * Whether the offset `at` in a sentence stands inside a short title or phrase in curly quotation
 * marks (“London Calling”): between an opening “ and its closing ”, none and no straight mark
 * between (“Forty-five years …," he said, "has convinced me …” mixes them), at most CURLY_MAX_WORDS words.
 */
function inCurlyMarks(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('“', at);
  if (open === -1 || at - open > CURLY_REACH) return false;
  const close = sentence.indexOf('”', at);
  if (close === -1 || close - at > CURLY_REACH) return false;
  const inside = sentence.slice(open + 1, close);
  return !/[“”"]/.test(inside) && inside.trim().split(/\s+/).length <= CURLY_MAX_WORDS;
}
