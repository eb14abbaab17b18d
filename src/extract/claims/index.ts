/**
 * The claims stage: sentence by sentence, a closing reporting clause (closing.ts) or the
 * attributions the rules find (attribute.ts: cue, subject.ts, content.ts; quotations in
 * quotes.ts), each kept by the trained check (check.ts) and given a speaker's name (speaker.ts);
 * an interview printed as dialogue is read by dialogue.ts. Shared phrase helpers are in phrase.ts.
 */
import { BELIEF_VERBS, COMPARISON } from '../../data/cues.js';
import { CLAIM_ROLES, NAME_TYPES } from '../../vocabulary.js';
import { EVENT_HEADS, NEGATED_BEFORE, NOT_ANSWERED, NO_ADMISSION, NOT_STANCES, NOT_TOLD, READER_IMPERATIVE, REFUSES, REPORTS_ANOTHER } from '../../data/claims.js';
import type { AnnotatedArticle, Claim, Mention, Sentence, TextSpan } from '../../types.js';
import { asks, firstFrom, itemSpan, labelledField, sameParagraph, textSpan, trimClause } from '../spans.js';
import { cueModel, type CueModel } from '../cue-model.js';
import { resolveNames, type NameCoreference } from '../coreference.js';
import { closingReport } from './closing.js';
import { claimModel, isClaim, type ClaimModel } from './check.js';
import { answerer, findDialogue, labelledClaim, labelOf, withHeadingSpeakers, withSectionAnswers, withSectionVoices, type Label } from './dialogue.js';
import { type Attribution, inside } from './phrase.js';
import { quotedSentence, closesBeforeCue, continuesQuote, openQuotation, quotedPrefix, quotations, kindOf, closeQuotation, signedQuotation } from './quotes.js';
import { attribute } from './attribute.js';
import { publisherOf, resolveSpeaker } from './speaker.js';
import { writerOf, writersOf } from '../byline.js';


/** A demonstrative pronoun as the whole of a source's words. */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;
/** The cue of no source after a demonstrative: "means", an infinitive ("not to say"), a gerund ("reporting"). */
const NO_SOURCE_CUE = /(?:\bmean(?:s|t)?|\bto\s+\w+|\w+ing)$/i;
/** A section's heading that gives it to the writers: "From the editor", "Author's note", "A note from our reporter". */
const WRITERS_HEADING = /\b(?:editors?|editor['’]s|writers?|writer['’]s|authors?|author['’]s|reporters?|reporter['’]s)\b/i;

/** Verbs of thinking and finding out: with the writer's "I" as their subject, the article's own voice. */
const WRITERS_THOUGHT: ReadonlySet<string> = new Set([
  ...BELIEF_VERBS, 'find', 'realise', 'wonder', 'notice', 'discover', 'learn', 'imagine', 'guess', 'reckon', 'remember', 'recall', 'figure',
]);

/** Groups a place or an organisation names before them: "Tuscaloosa police", "New York voters". */
const GROUP_SPEAKERS: ReadonlySet<string> = new Set(['police', 'officials', 'authorities', 'prosecutors', 'investigators', 'officers', 'deputies', 'firefighters', 'voters', 'residents', 'lawmakers', 'legislators', 'regulators', 'leaders', 'troops', 'forces', 'lawyers', 'attorneys', 'doctors', 'scientists', 'researchers', 'analysts', 'economists', 'fans', 'workers', 'students', 'teachers', 'parents', 'executives', 'managers']);

/** A name a preposition takes ("In Washington officials said …", "at the Ministry of Defence officials said …") is no part of the group after it. */
const AFTER_PREPOSITION = /\b(?:in|at|from|of|on|for|to|with|by|near|across|after|before|inside|outside|the)\s+$/i;

/** A police appeal: "Anyone with information … is asked to call …", "Those who witnessed the crash are urged to contact …". */
const WITNESS_APPEAL = /^(?:anyone|anybody|those|people|residents|witnesses)\b(?:(?!\b(?:say|says|said|tell|tells|told|think|believe)\b)[^.!?]){0,120}?\b(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged|requested|invited)\s+to\s+(?:call|contact|phone|email|reach|come forward|submit|report|get in touch)\b/i;

/** Verbs of advice and opinion: with the site's "we" as their subject, the writers' own voice ("we recommend", "we prefer", "we think … is the best"). A "we found" or "we expect" stays: readers mark some. */
const WRITERS_ADVICE: ReadonlySet<string> = new Set(['recommend', 'suggest', 'advise', 'prefer', 'love', 'like', 'test', 'review', 'rate', 'think']);

/** What is left of a sentence after a cue that introduces the next paragraph: a colon, perhaps after a time ("said on Monday:"). */
/** The text of a paragraph from its sentence `first` to its end (its sentences follow one another). */
function paragraphFrom(text: string, sentences: readonly Sentence[], first: Sentence): string {
  let end = first.end;
  for (let k = first.index + 1; k < sentences.length && sameParagraph(sentences[k]!, first); k++) end = sentences[k]!.end;
  return text.slice(first.start, end);
}

/** A source and a verb of saying that close a sentence on a colon: "As SRLabs put it:", "SRLabs noted:", "The report concluded:". */
const QUOTATION_LEAD = /(?:^|\s)(?:[Aa]s\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+(?:(?:of|the|and|for)\s+)?){0,3}\p{Lu}[\p{L}&.'’-]*)\s+(put it|noted|notes|said|says|wrote|writes|explained|explains|added|adds|concluded|concludes|observed|observes|stated|states|summed it up|told us)\s*:\s*$/u;
/** A quotation's own reporting clause after its closing mark: "“Relax,” said his deputy", "”, she added". */
const OWN_SPEAKER = /[,!?]["”]\s+(?:(?:said|says|told|asked|added|adds|explained|noted|wrote|replied|insisted)\b|(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|told|asked|added|adds|explained|noted|wrote|replied|insisted)\b)/u;
const INTRODUCES = /^(?:\s+(?:on|in|at|this|last|late|early)\b[^:.!?]{0,30})?\s*:\s*$/;

/** A passive cue: "is expected", "are widely seen", "have been expected", "would be expected". */
const PASSIVE_CUE = /^(?:is|are|was|were|be|been|being|have|has|had|would|will|could|may|might)\b/i;

/**
 * Claims: statements the article attributes to a source — quotes, reported speech, "according
 * to X", beliefs and intentions (X believes / wants / warned …), several per sentence when it
 * coordinates them — and sentences that assert something checkable without a source (a figure,
 * a comparison). A quoted paragraph with no cue of its own continues the quote before it.
 * Speakers are named by the same name coreference as the entity list (coreference.ts), so a
 * speaker named "Brownback" (or "he" after him) is "Sam Brownback" there and here. A closing
 * reporting clause ("…, the ministry said.") is read first (claims/closing.ts).
 */
export function findClaims(
  annotated: AnnotatedArticle,
  coreference: NameCoreference = resolveNames(annotated),
  model: CueModel = cueModel(),
  check: ClaimModel | null = claimModel(),
): Claim[] {
  const { article, sentences, mentions } = annotated;
  const { text } = article;
  // Mentions by sentence, once: looking them up per sentence must not scan them all (long inputs).
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const claims: Claim[] = [];
  let lastQuote: Claim | null = null;
  // A claim whose sentence ends on its cue and a colon ("…, the prime minister said:"), and the
  // block its quotation took (the paragraph or block quotation after it).
  let introducing: Claim | null = null;
  let introduced: string | null = null;
  let previous: Sentence | null = null;
  // Whether a quotation opened earlier in the paragraph is still open: a quoted speech of several
  // sentences ("“… I think they are very rude statements. …,” she said") holds the speaker's
  // words, and "I think" inside it is part of that quote, not a claim of its own.
  let paragraph = '';
  // Where the quotation still open began (an offset into the text), or null.
  let openedAt: number | null = null;
  // An interview printed as dialogue: each answer is one claim of the person answering.
  const dialogue = findDialogue(annotated, coreference);
  // Who "we" are outside quotation marks: the organisation the site is ("The GiveWell Blog").
  const publisher = publisherOf(article.meta.siteName ?? null, coreference, article.meta.byline ?? null);
  // Who "I" is outside quotation marks: the writer the byline names, or the one whose own words the
  // piece says it gives ("Below, in her own words, Olympic boxer Ramla Ali shares …").
  const writer = ownWordsOf(annotated, coreference) ?? writerOf(article.meta.byline);
  const writers = writersOf(article.meta.byline);
  // After an interview's first answer, an "I" outside its turns is the one answering, not the writer
  // (Harvard Chan's Q&A with Courtney Peterson, then her "Quick hits": "I grew up in Arlington, …").
  // (Not in a section the writer heads as theirs: "From the editor".)
  let firstAnswer = Infinity;
  if (dialogue?.answerer && dialogue.answerer !== writer) for (const [i, l] of dialogue.labels) if (l.kind === 'answer' && i < firstAnswer) firstAnswer = i;
  const writersSection = (s: Sentence): boolean => WRITERS_HEADING.test(article.sections[s.section]?.heading?.text ?? '');
  const voiceOf = (s: Sentence): string | null => (s.index > firstAnswer && !writersSection(s) ? dialogue!.answerer : writer);
  // The answer going on (its claim grows by each sentence until the next label), or whether a question is.
  let answer: Claim | null = null;
  let asking = false;
  // The answer a question inside it stopped, and whether its turn is the interviewer's: an answer
  // that goes on after its own question ("… relative to the benchmark? One of the few times …") resumes.
  let paused: Claim | null = null;
  let pausedAsks = false;

  // The narrator's label over the sentence read now, whose colon is then no cue.
  let narrated: Label | null = null;
  for (const whole of sentences) {
    const s = afterDateline(whole, article.dateline);
    const inSentence = bySentence.get(s.index) ?? [];
    const names = inSentence.filter((m) => NAME_TYPES.has(m.type));
    const key = paragraphKey(s);
    if (key !== paragraph) openedAt = null;
    paragraph = key;
    const openAtStart: number | null = openedAt;
    const openHere = openQuotation(s.text, openAtStart !== null);
    openedAt = openHere === null ? null : openHere === -1 ? openAtStart : s.start + openHere;
    if (dialogue) {
      const label = dialogue.labels.get(s.index);
      const section = answer ? sentences[answer.sentence]!.section : s.section;
      if (label || !CLAIM_ROLES.has(s.role) || section !== s.section) {
        answer = null;
        asking = false;
        paused = null;
      }
      // "MARTINEZ-BELTRAN: Capo says he hopes …": a transcript's reporter telling what another said
      // is that person's claim, read as any sentence is.
      // (So is every turn of the transcript's reporter or host: "MARTINEZ-BELTRAN: Most people chanting
      // here are educators, like Rosie Curts." tells the story; its label is no cue.)
      narrated = label?.kind === 'speaker' && dialogue.narrates(label.name) ? label : null;
      if (label?.kind === 'speaker' && (narrated || REPORTS_ANOTHER.test(text.slice(label.end, s.end).trimStart()))) {
        answer = null;
        asking = false;
      } else if (label) {
        const claim = labelledClaim(text, s, label, dialogue, names, coreference);
        asking = claim === null;
        if (claim) claims.push(claim);
        answer = claim;
        pausedAsks = label.kind === 'question' || (label.kind === 'speaker' && dialogue.askers.has(label.name.split(/\s+/)[0]!));
        lastQuote = null;
        previous = s;
        continue;
      }
      // (The answerer's own question, with the answer going on after it: the answer resumes, the question in it.)
      if (asking && paused && !pausedAsks && !asks(s.text)) {
        answer = paused;
        asking = false;
        paused = null;
      }
      if (asking) {
        previous = s;
        continue;
      }
      if (answer) {
        // An interviewer's question after their remark ("Gray: At GSA, …. What advice would you give …?") ends it.
        if (asks(s.text)) {
          paused = answer;
          answer = null;
          asking = true;
        } else {
          answer.end = s.end;
          answer.text = text.slice(answer.start, answer.end);
          answer.content = { start: answer.content.start, end: trimClause(text, s.start, s.end).end };
        }
        previous = s;
        continue;
      }
    }
    // "…, the prime minister said:" then a block quotation or a quoted paragraph: that is what was said.
    if (introducing && CLAIM_ROLES.has(s.role)) {
      const opensQuote = s.role === 'quote' || /^[“"]/.test(s.text);
      const key = paragraphKey(s);
      // Later sentences only while the block quotation goes on or the quotation is still open ("…”
      // Critics said …" after it is a claim of its own).
      // (A block quotation of several paragraphs goes on while its blocks follow one another.)
      const nextBlock = s.role === 'quote' && previous?.role === 'quote' && previous.index === s.index - 1;
      if (introduced === null ? opensQuote && s.index === introducing.sentence + 1 : (introduced === key || nextBlock) && (s.role === 'quote' || openAtStart !== null)) {
        const said = trimClause(text, s.start + (/^>\s*/.exec(s.text)?.[0].length ?? 0), s.end);
        introducing.content = introduced === null ? said : { start: introducing.content.start, end: said.end };
        introducing.kind = 'direct';
        introducing.end = s.end;
        introducing.text = text.slice(introducing.start, introducing.end);
        introduced = key;
        // A quoted paragraph after it, with no cue of its own, goes on with the same speaker.
        lastQuote = introducing;
        previous = s;
        continue;
      }
      introducing = null;
      introduced = null;
    }
    // "“… accelerate growth.” - Jan Fredriks, Managing Partner": a signature line gives the quotation before it its speaker.
    const found = CLAIM_ROLES.has(s.role) ? signedQuotation(text, s, sentences, names) : null;
    // (Not a quotation already given to its speaker: the second paragraph of "“…,” said Tom Baker. “…”".)
    const signed = found && !claims.some((c) => c.speaker && c.start < found.quote.start && c.end > found.quote.start) ? found : null;
    if (signed) {
      // (what was read from the quotation's sentences before its speaker was known gives way)
      while (claims.length > 0 && claims[claims.length - 1]!.start >= signed.quote.start) claims.pop();
      claims.push({
        ...textSpan(text, signed.quote.start, s.end),
        kind: 'direct',
        speaker: resolveSpeaker(signed.speaker, { names, coreference, sentence: s, earlier: claims, sentences }),
        speakerMention: signed.speaker,
        cue: signed.dash?.text ?? null,
        cueSpan: signed.dash ? { start: signed.dash.start, end: signed.dash.end } : null,
        content: signed.quote,
        basis: [],
        sentence: signed.sentence,
      });
      lastQuote = null;
      previous = s;
      continue;
    }
    if (CLAIM_ROLES.has(s.role) && s.role !== 'title') {
      const quotes = quotations(s);
      // A quotation opened sentences earlier runs from its opening mark (“People are talking about
      // …. I think we are sleeping on the Democrats,” Ms. Turner said): the speaker's whole quote.
      if (openAtStart !== null) quotes.unshift({ start: openAtStart, end: s.start + quotedPrefix(s.text) });
      // One that opens here and goes on into the next sentence (also with '' marks).
      if (openHere !== null && openHere !== -1 && !quotes.some((q) => q.end === s.end)) quotes.push({ start: s.start + openHere, end: s.end });
      // Any quoted words make a claim mixed, a scare-quoted "proven failure" too.
      const quoted = quotations(s, 1, true);
      // A closing reporting clause ("…, the ministry said on Monday.") is the sentence's one attribution.
      const closing = closingReport(text, s, names);
      const found: Attribution[] = closing ? [closing] : attribute(text, s, names, quotes, quotedSentence(previous, s), model);
      const basis = factualBasis(s, inSentence);
      let kept = 0;
      // "Anyone who saw the accident is asked to call Patrolman …": a call for witnesses reports nothing
      // (unless a closing clause says who made it: "…, police said").
      if (!closing && WITNESS_APPEAL.test(s.text)) found.length = 0;
      for (const attribution of found) {
        if (narrated && attribution.cue.text === ':' && attribution.cue.end <= narrated.end) continue;
        // "This means that …", "That's not to mention …", "This is precisely why reporting on …":
        // a demonstrative alone that "means", or before an infinitive or a gerund cue, points at a
        // fact, not at anyone who said it ("This shows …", "That suggests …" stay: PolNeAR counts them).
        if (attribution.speaker && DEMONSTRATIVE.test(attribution.speaker.text) && NO_SOURCE_CUE.test(text.slice(attribution.cue.start - 3, attribution.cue.end))) continue;
        // "Note that these tools tend to predict …", "Rest assured we have …": the reader's imperative is no source.
        if (attribution.speaker && attribution.speaker.start === s.start && /^\p{Lu}\p{Ll}+$/u.test(attribution.speaker.text) && READER_IMPERATIVE.test(text.slice(s.start, s.end))) continue;
        // "This tells you how readers spend their time": a figure telling the reader what it shows.
        if (attribution.speaker && DEMONSTRATIVE.test(attribution.speaker.text) && /^tells?\s+(?:you|us|me)\b/i.test(text.slice(attribution.cue.start, attribution.cue.end + 4))) continue;
        // "The staff member who reported the call recalled …": a verb inside another cue's source describes that source.
        if (found.some((b) => b !== attribution && b.speaker && b.speaker.start <= attribution.cue.start && attribution.cue.end <= b.speaker.end)) continue;
        // "…, as Tuscaloosa police said …": a place or an organisation right before a group that
        // speaks (GROUP_SPEAKERS) is part of it (the subject search stopped at "as Tuscaloosa").
        const sp = attribution.speaker;
        const whole = sp && GROUP_SPEAKERS.has(sp.text) ? names.find((m) => (m.type === 'place' || m.type === 'organization') && m.end + 1 === sp.start && text[m.end] === ' ' && !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) : undefined;
        const a = { ...attribution, speaker: whole && sp ? textSpan(text, whole.start, sp.end) : sp, content: closeQuotation(text, attribution.content, s.end) };
        const claim: Claim = {
          ...itemSpan(text, { start: Math.min(s.start, a.content.start), end: s.end }, [a.content, a.cue, a.speaker]),
          // Content before the sentence is the quotation that the sentence reports.
          kind: a.content.start < s.start ? 'direct' : kindOf(a.content, quoted),
          // (Inside quotation marks, "I" and "we" are the quoted speaker's; inside a block quotation, "I" is
          // the quoted writer's, not the byline's: "In itself, I believe an evolutionary story …" quoting Nagel.)
          speaker: resolveSpeaker(a.speaker, { names, coreference, sentence: s, ...(a.speaker && inside(quotes, a.speaker.start) ? {} : { publisher, writer: s.role === 'quote' && !dialogue ? null : voiceOf(s), writers, ownVoice: s.role !== 'quote' && !dialogue }), earlier: claims, sentences }),
          speakerMention: a.speaker,
          cue: a.cue.text,
          cueSpan: { start: a.cue.start, end: a.cue.end },
          content: a.content,
          basis,
          sentence: s.index,
        };
        // "…, the prime minister said:" before a quotation stands without the check (which would judge the words before the cue).
        const next = sentences[s.index + 1];
        const introduces = INTRODUCES.test(text.slice(a.cue.end, s.end)) && next !== undefined && next.block !== s.block && (next.role === 'quote' || /^[“"]/.test(next.text));
        // The closing reporting clause is the one rule sure enough to stand without the check.
        // So is "as reported by" (PolNeAR has too few for the check to learn: "…, as reported by The BBC").
        // (Only where it closes or opens the sentence: "The bill, as reported by the committee, includes …" reports nothing.)
        const sourcePhrase = /^as reported by$/i.test(a.cue.text) && (a.cue.start - s.start < 3 || (a.speaker !== null && /^[\s.!?”"’)]*$/.test(text.slice(a.speaker.end, s.end))));
        if (check && !closing && !introduces && !sourcePhrase && !isClaim(check, s, claim, names)) continue;
        // "The mission is expected to launch around 2027": a passive report with no source named
        // anywhere in its sentence attributes nothing a reader could check (a forecast is an
        // implication); PolNeAR counts them, readers of real pages do not.
        if (!a.speaker && PASSIVE_CUE.test(a.cue.text)) continue;
        // "WeWork declined to comment": a refusal reports nothing (PolNeAR counts it, readers of real
        // pages do not). Dropped after the check, whose training (check off) still sees it as PolNeAR labels it.
        if (check && REFUSES.test(text.slice(a.cue.start, s.end))) continue;
        // "The IDF did not respond to a request for comment", "Reuters could not independently determine if …": nor does a negated answer.
        if (check && NOT_ANSWERED.test(text.slice(a.cue.start, s.end)) && NEGATED_BEFORE.test(text.slice(Math.max(s.start, a.cue.start - 40), a.cue.start))) continue;
        // "He did not say whether water was being provided", "Gates did not say Thursday whether …": a
        // negated telling of an open question attributes nothing (not "Watt doesn't think those
        // challenges are gone", a stance readers count).
        if (check && NOT_TOLD.test(text.slice(a.cue.start, s.end)) && NEGATED_BEFORE.test(text.slice(Math.max(s.start, a.cue.start - 40), a.cue.start))) continue;
        if (check && /^(?:admit|den)/i.test(a.cue.text) && admissionAt(s, a.cue.start)) continue;
        // "The meeting, attended by …, emphasized the government's intent": an event is no source.
        if (check && a.speaker && eventHead(s, a.speaker, names)) continue;
        // "The authorities continue to pour fuel on the fire", "Schiff decided to abort …": no stance reported.
        if (check && NOT_STANCES.test(text.slice(a.cue.start, s.end))) continue;
        // "charged Friday with felony resisting arrest": a phrase a preposition opens names no one who speaks.
        // ("From Bush's Facebook post: …" before a colon is a source; "at least half of the committee" a number of people.)
        if (a.speaker && a.cue.text !== ':' && /^(?:(?:\p{L}+day|today|yesterday|tonight)\s+)?(?:with|of|into|from|for|at(?! (?:least|most)\b))\s/iu.test(a.speaker.text)) continue;
        // "I realised the animation isn't fast enough", "I found": the writer's own thoughts, outside
        // any quotation, are the article speaking, not a source it reports (an interviewer's "I
        // suggest …", "I say" are their part of the exchange, and stay).
        if (a.speaker?.text === 'I' && s.role !== 'quote' && !inside(quotes, a.cue.start) && WRITERS_THOUGHT.has(s.tokens.find((t) => t.start === a.cue.start)?.lemma ?? '')) continue;
        // "We recommend the Celestron NexStar 8SE": the site's "we" advising its readers (not an
        // interview's answer: "A: We recommend that families wait", or any turn of a dialogue).
        if (/^we$/i.test(a.speaker?.text ?? '') && !dialogue && !labelOf(s) && s.role !== 'quote' && !inside(quotes, a.cue.start) && WRITERS_ADVICE.has(s.tokens.find((t) => t.start === a.cue.start)?.lemma ?? '')) continue;
        kept++;
        claims.push(claim);
        lastQuote = claim.kind === 'direct' || claim.kind === 'mixed' ? claim : lastQuote;
        // (Only with the check: its training, check off, sees the candidates as PolNeAR labels them.)
        if (introduces && check) introducing = claim;
      }
      // "As SRLabs put it:", "SRLabs noted:" closing its paragraph before a quotation set apart: a
      // source named and a verb of saying the cue model does not take alone, the quotation after it theirs.
      const lead = kept === 0 && check && !dialogue ? QUOTATION_LEAD.exec(s.text) : null;
      const after = lead ? sentences[s.index + 1] : undefined;
      // (Not a quotation that names its own speaker: "“Relax,” said his deputy, Karen Moss".)
      if (lead && after && after.block !== s.block && (after.role === 'quote' || /^[“"]/.test(after.text)) && !/^(?:it|this|that|he|she|they|we|i|you)$/i.test(lead[1]!) && !OWN_SPEAKER.test(paragraphFrom(text, sentences, after))) {
        const at = s.start + lead.index + lead[0].indexOf(lead[1]!);
        const source = textSpan(text, at, at + lead[1]!.length);
        const verbAt = at + lead[1]!.length + text.slice(at + lead[1]!.length, s.end).search(/\S/);
        const verb = textSpan(text, verbAt, verbAt + lead[2]!.length);
        const claim: Claim = {
          ...textSpan(text, s.start, s.end),
          kind: 'direct',
          speaker: resolveSpeaker(source, { names, coreference, sentence: s, earlier: claims, sentences }),
          speakerMention: source,
          cue: verb.text,
          cueSpan: { start: verb.start, end: verb.end },
          content: { start: s.end, end: s.end },
          basis: [],
          sentence: s.index,
        };
        claims.push(claim);
        introducing = claim;
        introduced = null;
        kept++;
      }
      if (kept === 0) {
        // (or a sentence inside the quotation it opened: “I was following the results. I sat in the changing room. …)
        const insideIt = lastQuote !== null && openAtStart !== null && previous !== null && lastQuote.end === previous.end && openAtStart >= lastQuote.content.start;
        const rest = (): Sentence[] => {
          const out: Sentence[] = [];
          for (let k = s.index + 1; k < sentences.length && paragraphKey(sentences[k]!) === key; k++) out.push(sentences[k]!);
          return out;
        };
        if (lastQuote && (insideIt || (continuesQuote(text, s, lastQuote) && !closesBeforeCue(s, rest())))) {
          // “…” on its own after a quote: the same speaker goes on.
          lastQuote.end = s.end;
          lastQuote.text = text.slice(lastQuote.start, lastQuote.end);
          lastQuote.content = { start: lastQuote.content.start, end: trimClause(text, s.start, s.end).end };
        } else {
          lastQuote = null;
          if (basis.length > 0) {
            claims.push({
              ...textSpan(text, s.start, s.end),
              kind: 'factual',
              speaker: null,
              speakerMention: null,
              cue: null,
              cueSpan: null,
              content: trimClause(text, s.start, s.end),
              basis,
              sentence: s.index,
            });
          }
        }
      }
    }
    previous = s;
  }
  const posts = withEmbeddedPosts(annotated, claims, bySentence, coreference);
  const interview = writer && !dialogue ? withInterviewAnswers(annotated, posts, writer, coreference) : posts;
  // (A labelled dialogue's answers are its labels': no unlabelled guest's.)
  return withoutRepeats(text, apartBySource(text, withHeadingSpeakers(annotated, withSectionVoices(annotated, withSectionAnswers(annotated, interview, coreference, dialogue === null), coreference), coreference), bySentence, coreference));
}

/**
 * The claims with each cue's negation kept in it (see negatedFrom). Applied after every check,
 * which read the verb alone, as their training did.
 */
export function withNegatedCues(claims: readonly Claim[], annotated: AnnotatedArticle): Claim[] {
  const text = annotated.article.text;
  return claims.map((c) => {
    if (!c.cueSpan) return c;
    const s = annotated.sentences[c.sentence];
    const start = s ? negatedFrom(s, c.cueSpan.start) : c.cueSpan.start;
    if (start === c.cueSpan.start) return c;
    const from = Math.min(c.start, start);
    return { ...c, start: from, text: text.slice(from, c.end), cue: text.slice(start, c.cueSpan.end), cueSpan: { start, end: c.cueSpan.end } };
  });
}

/**
 * Where a cue starts with the negation right before it: "was not reporting a large number of
 * delays", "analysts don't think that …", "never said": a claim's cue keeps it, so the claim does
 * not say the opposite of the sentence.
 */
function negatedFrom(s: Sentence, cueStart: number): number {
  const t = s.tokens;
  const k = t.findIndex((x) => x.start === cueStart);
  if (k < 1 || !/^(?:not|n['’]t|never)$/i.test(t[k - 1]!.text)) return cueStart;
  // (With its auxiliary when the two are written as one word: "don't", "didn't".)
  // ("cannot", which wink splits into "can" and "not" with nothing between.)
  const joined = t[k - 2] !== undefined && t[k - 2]!.end === t[k - 1]!.start && /\p{L}$/u.test(t[k - 2]!.text) && /^(?:not|n['’]t)$/i.test(t[k - 1]!.text);
  return joined ? t[k - 2]!.start : t[k - 1]!.start;
}

/** What may stand between names coordinated as one source: "A and B", "A, B and C", "the A and the B". */
const COORDINATION = /^(?:\s*,)?\s+(?:and|&)\s+(?:the\s+)?$|^\s*,\s+(?:the\s+)?$/iu;
/** "… and General Secretary-Treasurer Fred Zuckerman": a title between them belongs to the next name. */
const TITLED_COORDINATION = /^(?:\s*,)?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

/**
 * A claim whose source is several names coordinated ("Teamsters President Sean O’Brien and
 * General Secretary-Treasurer Fred Zuckerman said …", "Egypt and Jordan warned …") is one
 * attribution per source, as readers of real pages count them: one claim each, with the same
 * content and cue and the name as its speaker (so every speaker is a record of the entity list).
 * Only when the source is the names and what joins them ("Braden and Lily Villanueva" is two: the
 * first by the given name the text writes); "Harris and others" stays one claim.
 */
function apartBySource(text: string, claims: Claim[], bySentence: ReadonlyMap<number, Mention[]>, coreference: NameCoreference): Claim[] {
  return claims.flatMap((c) => {
    const sp = c.speakerMention;
    if (!sp) return [c];
    // (Not names a preposition takes: "A lawyer for Smith and Jones said" is the lawyer's; the cue's
    // own is none: "according to Smith and Jones".)
    const cueBefore = c.cueSpan !== null && c.cueSpan.end <= sp.start && /^\s*$/.test(text.slice(c.cueSpan.end, sp.start));
    if (!cueBefore && /\b(?:for|to|of|with|from|at|by|on|in)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, sp.start - 10), sp.start))) return [c];
    const inside = (bySentence.get(c.sentence) ?? []).filter((m) => NAME_TYPES.has(m.type) && m.start >= sp.start && m.end <= sp.end);
    // The last name ends the source, and only coordination lies between the names (a title may
    // open each: "… and General Secretary-Treasurer Fred Zuckerman").
    if (inside.length < 2 || inside[inside.length - 1]!.end !== sp.end) return [c];
    let first = inside.length - 1;
    while (first > 0) {
      const between = text.slice(inside[first - 1]!.end, inside[first]!.start);
      if (!COORDINATION.test(between) && !(TITLED_COORDINATION.test(between) && inside[first]!.type === 'person')) break;
      first--;
    }
    const sources = inside.slice(first);
    // Before the first name, its title, "both" or nothing ("Teamsters President Sean O’Brien", "both Klosterman and Odom").
    if (sources.length < 2 || !/^(?:both\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(sp.start, sources[0]!.start))) return [c];
    return sources.map((m): Claim => ({ ...c, speaker: coreference.nameAt(m.start) ?? m.text, speakerMention: textSpan(text, m.start, m.end) }));
  });
}

/** Whether a speaker's words are a description headed by an event ("The meeting", "This visit"), with no name in them. */
function eventHead(s: Sentence, speaker: TextSpan, names: Mention[]): boolean {
  if (names.some((m) => m.start >= speaker.start && m.end <= speaker.end)) return false;
  const words = s.tokens.filter((t) => t.start >= speaker.start && t.end <= speaker.end && t.kind === 'word');
  const preposition = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = preposition > 0 ? words[preposition - 1] : words[words.length - 1];
  // "The meeting", "this visit": one event the story has told of ("an event billed as …", "other events designed to …" describe, and PolNeAR counts them).
  return !!head && head.pos === 'NOUN' && head.normal === head.lemma.toLowerCase() && EVENT_HEADS.has(head.normal) && /^(?:the|this|that)$/.test(words[0]!.normal);
}

/**
 * One record per claim a page repeats word for word: a live blog's "Key events" box and a page's
 * pull quote print sentences the article also has, and the reader of its claims wants each once.
 * The first occurrence stays (with its offsets). And one record per source for the same words of
 * a sentence that gave it two cues (below): the one whose content reaches furthest stays.
 */
export function withoutRepeats(text: string, claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const words = (a: number, b: number): string => text.slice(a, b).replace(/\s+/gu, ' ').trim();
  const distinct = claims.filter((c) => {
    // The whole sentence and the content: two answers "We have not decided." to two questions stay two.
    const key = `${c.kind}\u0000${c.speaker ?? ''}\u0000${(c.cue ?? '').toLowerCase()}\u0000${words(c.start, c.end)}\u0000${words(c.content.start, c.content.end)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // One sentence, one source, one content, one claim: "Klinger agrees: … , Klinger cites." gave one
  // claim per cue over the same words. The one whose content reaches furthest stays. (Two contents
  // of one source apart, "…,” she said, adding that …", are two attributions, as readers count them.)
  const sourceKey = (c: Claim): string | null => (c.speaker && c.kind !== 'factual' ? `${c.start}\u0000${c.end}\u0000${c.speaker}` : null);
  const bySource = new Map<string, Claim[]>();
  for (const c of distinct) {
    const key = sourceKey(c);
    if (key !== null) bySource.set(key, [...(bySource.get(key) ?? []), c]);
  }
  const length = (c: Claim): number => c.content.end - c.content.start;
  const shared = (a: Claim, b: Claim): number => Math.max(0, Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start));
  const order = new Map(distinct.map((c, i) => [c, i]));
  // (Of two as long, the first stays. Each content is set against those that start before it ends:
  // a run-on sentence's thousands of cues for one source have contents apart.)
  const beaten = new Set<Claim>();
  for (const same of bySource.values()) {
    if (same.length < 2) continue;
    const byStart = [...same].sort((a, b) => a.content.start - b.content.start);
    for (let i = 0; i < byStart.length; i++) {
      const c = byStart[i]!;
      for (let j = i + 1; j < byStart.length && byStart[j]!.content.start < c.content.end; j++) {
        const d = byStart[j]!;
        if (shared(c, d) * 2 <= Math.min(length(c), length(d))) continue;
        const first = length(c) > length(d) || (length(c) === length(d) && order.get(c)! < order.get(d)!);
        beaten.add(first ? d : c);
      }
    }
  }
  return distinct.filter((c) => !beaten.has(c));
}

/**
 * The signature line an embedded post ends with: "— Dianna E. Anderson (@diannaeanderson) November
 * 18, 2019" (an embed code's text, in a page or pasted from one). The name is everything before the
 * handle, less emoji.
 */
const POST_SIGNATURE = /(?:^(?:>\s*)?|\s)[—–]\s*([^()\n—–]{1,80}?)\s*\(@\w{1,30}\)\s*(?:on\s+)?\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$/u;
/** Links a post ends with: "https://t.co/…", "pic.twitter.com/…". */
const POST_LINKS = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/;

/**
 * An embedded post is its author's claim: the paragraph before the signature line (or the
 * sentences before it in its own paragraph), quoted whole, with the name the signature gives as
 * speaker. It replaces what the rules made of those sentences.
 */
function withEmbeddedPosts(annotated: AnnotatedArticle, claims: Claim[], bySentence: Map<number, Mention[]>, coreference: NameCoreference): Claim[] {
  const { sentences } = annotated;
  const { text } = annotated.article;
  const posts: Claim[] = [];
  const covered = new Set<number>();
  for (const s of sentences) {
    const signed = POST_SIGNATURE.exec(s.text);
    if (!signed || !CLAIM_ROLES.has(s.role)) continue;
    // The post: its own paragraph's sentences before the signature (with this sentence's words
    // before it, when the line joined the sentence), else the paragraph before.
    const own = s.text.slice(0, signed.index).trim().length > 0;
    let body = sentences.filter((x) => (x.index < s.index || (own && x.index === s.index)) && paragraphKey(x) === paragraphKey(s));
    if (body.length === 0) {
      const before = sentences[s.index - 1];
      body = before && CLAIM_ROLES.has(before.role) ? sentences.filter((x) => x.index < s.index && paragraphKey(x) === paragraphKey(before)) : [];
    }
    if (body.length === 0 || body.some((x) => covered.has(x.index))) continue;
    const first = body[0]!;
    const last = body[body.length - 1]!;
    const words = text.slice(first.start, last === s ? s.start + signed.index : last.end).replace(POST_LINKS, '');
    const opening = /^>?\s*/.exec(words)![0].length;
    const content = trimClause(text, first.start + opening, first.start + words.length);
    if (content.end - content.start < 2) continue;
    const nameAt = s.start + s.text.indexOf(signed[1]!);
    const name = signed[1]!.replace(/[\s\p{Extended_Pictographic}\u200d\ufe0f]+$/u, '');
    const speakerMention = textSpan(text, nameAt, nameAt + name.length);
    const names = (bySentence.get(s.index) ?? []).filter((m) => NAME_TYPES.has(m.type));
    posts.push({
      ...textSpan(text, first.start, s.end),
      kind: 'direct',
      speaker: resolveSpeaker(speakerMention, { names, coreference, sentence: s }) ?? name,
      speakerMention,
      cue: null,
      cueSpan: null,
      content,
      basis: [],
      sentence: first.index,
    });
    for (const x of body) covered.add(x.index);
    covered.add(s.index);
  }
  if (posts.length === 0) return claims;
  return [...claims.filter((c) => !covered.has(c.sentence)), ...posts].sort((a, b) => a.start - b.start);
}

/** How many times the writer must ask or put something to someone ("I ask", "I suggest") for the article to be an interview. */
const INTERVIEW_MIN_TURNS = 2;

/**
 * An interview written as prose ("I ask if Sir Keir Starmer is good enough …" — then a paragraph
 * that is only a quotation): each paragraph wholly in quotation marks, with no cue of its own and
 * no claim running over it, is the answer of the person interviewed (named after "with" in the
 * title, else the person the article names most), one claim per paragraph.
 */
function withInterviewAnswers(annotated: AnnotatedArticle, claims: Claim[], writer: string, coreference: NameCoreference): Claim[] {
  // "I spoke with Vijay Rajendran, Head of Product for Zoho, about …": the writer says whom the piece interviews.
  const spokeWith = interviewee(annotated, coreference);
  if (!spokeWith && claims.filter((c) => c.kind !== 'factual' && c.speaker === writer).length < INTERVIEW_MIN_TURNS) return claims;
  const who = spokeWith ?? answerer(annotated, coreference);
  if (!who || who === writer) return claims;
  const { text } = annotated.article;
  const spoken = claims.filter((c) => c.kind !== 'factual');
  const paragraphs = new Map<string, Sentence[]>();
  for (const s of annotated.sentences) {
    if (!CLAIM_ROLES.has(s.role)) continue;
    const key = paragraphKey(s);
    const group = paragraphs.get(key);
    if (group) group.push(s);
    else paragraphs.set(key, [s]);
  }
  const answers: Claim[] = [];
  const answered = new Set<number>();
  const groups = [...paragraphs.values()];
  for (const [g, group] of groups.entries()) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const whole = text.slice(first.start, last.end).trimEnd();
    // A quotation that runs on into the next paragraph leaves this one open, as news style does
    // (when that paragraph's quotation has no speaker of its own: “…,” Gomez said closes it for Gomez).
    const following = groups[g + 1];
    const ownSpeaker = (p: Sentence[]): boolean => spoken.some((c) => c.sentence >= p[0]!.index && c.sentence <= p[p.length - 1]!.index);
    const runsOn = following !== undefined && /^[“"]$/.test(text[following[0]!.start] ?? '') && !/[”"]/.test(whole.slice(1)) && !ownSpeaker(following);
    if (!/^[“"]/.test(whole) || !(/[”"]$/.test(whole) || runsOn) || asks(whole)) continue;
    if (spoken.some((c) => c.end > first.start && c.start < last.end)) continue;
    const end = first.start + whole.length;
    const content = trimClause(text, first.start + 1, runsOn ? end : end - 1);
    answers.push({ ...textSpan(text, first.start, end), kind: 'direct', speaker: who, speakerMention: null, cue: null, cueSpan: null, content, basis: [], sentence: first.index });
    for (const s of group) answered.add(s.index);
  }
  const resolved = claims.map((c) => answererForPronoun(annotated, c, who, coreference));
  if (answers.length === 0) return resolved;
  return [...resolved.filter((c) => !(c.kind === 'factual' && answered.has(c.sentence))), ...answers].sort((a, b) => a.start - b.start);
}

/** Whether the cue at `cueStart` is inside a settlement's "neither admitted nor denied wrongdoing" (NO_ADMISSION) in its sentence. */
function admissionAt(s: Sentence, cueStart: number): boolean {
  const m = NO_ADMISSION.exec(s.text);
  return !!m && cueStart >= s.start + m.index && cueStart < s.start + m.index + m[0].length;
}

/**
 * In an interview written as prose, "he" or "she" is the person interviewed unless the paragraph
 * names the person the pronoun was resolved to before it: "… asked him if he’d read Piers Morgan’s
 * diaries. “How on earth …?” he said" is Blair, not Morgan; a quotation under a fact box that
 * names Gordon Brown is Blair's too.
 */
function answererForPronoun(annotated: AnnotatedArticle, c: Claim, who: string, coreference: NameCoreference): Claim {
  const mention = c.speakerMention;
  if (!mention || !/^(?:he|she)$/i.test(mention.text) || !c.speaker || c.speaker === who) return c;
  const { sentences, mentions } = annotated;
  const s = sentences[c.sentence]!;
  const key = paragraphKey(s);
  // Back to the paragraph's first sentence, at most PARAGRAPH_SENTENCES (a long run-on interview has thousands).
  let first = s.index;
  while (first > 0 && s.index - first < PARAGRAPH_SENTENCES && paragraphKey(sentences[first - 1]!) === key) first--;
  const paragraphStart = sentences[first]!.start;
  // A name in the possessive ("Piers Morgan’s diaries") or in the words the claim reports ("“… a
  // book by Piers Morgan?” he said") is not one the pronoun goes on with.
  const { text } = annotated.article;
  for (let i = firstFrom(mentions, paragraphStart); i < mentions.length && mentions[i]!.start < mention.start; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.end > mention.start || /^['’]s?\b/u.test(text.slice(m.end, m.end + 2)) || (m.start >= c.content.start && m.end <= c.content.end)) continue;
    if ((coreference.nameAt(m.start) ?? m.text) === c.speaker) return c;
  }
  return { ...c, speaker: who };
}

/** The writer saying whom they interviewed: "I spoke with …", "I talked to …", "we sat down with …", "I interviewed …". */
const SPOKE_WITH = /\b(?:I|We)\s+(?:(?:recently|also)\s+)?(?:spoke|talked|chatted|sat\s+down)\s+(?:with|to)\s+$|\b(?:I|We)\s+(?:(?:recently|also)\s+)?interviewed\s+$/;

/**
 * The person a writer says they interviewed, in the first body sentences: the person named right
 * after "I spoke with" (or "talked to", "sat down with", "interviewed"), or null.
 */
function interviewee(annotated: AnnotatedArticle, coreference: NameCoreference): string | null {
  const { text } = annotated.article;
  const body = annotated.sentences.filter((s) => CLAIM_ROLES.has(s.role) && s.role !== 'title').slice(0, INTERVIEWEE_SENTENCES);
  const { mentions } = annotated;
  for (const s of body) {
    for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i]!.start < s.end; i++) {
      const m = mentions[i]!;
      if (m.type !== 'person') continue;
      const before = text.slice(s.start, m.start);
      // (The writer's own words: not inside a quotation, “I spoke with Ann Lee last night,” Brown said.)
      const quoted = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
      if (!quoted && SPOKE_WITH.test(before.slice(-40))) return coreference.nameAt(m.start) ?? m.text;
    }
  }
  return null;
}

/** How many of the first body sentences may say whom the writer interviewed. */
const INTERVIEWEE_SENTENCES = 6;

/** How far back (in sentences) a paragraph is searched for the name a pronoun stands for. */
const PARAGRAPH_SENTENCES = 12;

/** The paragraph (or list item) a sentence belongs to, as a key. */
const paragraphKey = (s: Sentence): string => `${s.section}:${s.block}:${s.item}:${s.role}`;

/** An introduction that hands the piece to someone: "in her own words" ("as told to X" names the writer, not the speaker). */
const OWN_WORDS = /\bin (?:his|her|their) own words\b/i;
/** …and hands the piece over: "Below, in her own words, … shares", "Here, in his own words, he recounts". */
const HANDS_OVER = /\b(?:below|here|follows|shares|share|recounts|recalls|explains|tells|writes|describes)\b/i;
/** How far into the article such an introduction stands (sentences). */
const OWN_WORDS_SENTENCES = 8;

/**
 * The person whose first-person account the piece is: the one person named in its early sentence
 * that says it gives their own words ("Below, in her own words, … Ramla Ali shares the story …"),
 * or null. Their "I" is theirs, not the writer's.
 */
function ownWordsOf(annotated: AnnotatedArticle, coreference: NameCoreference): string | null {
  const intro = annotated.sentences.slice(0, OWN_WORDS_SENTENCES).find((s) => OWN_WORDS.test(s.text) && HANDS_OVER.test(s.text));
  if (!intro) return null;
  const people = [...new Set(annotated.mentions.filter((m) => m.sentence === intro.index && m.type === 'person').map((m) => coreference.nameAt(m.start) ?? m.text))];
  return people.length === 1 ? people[0]! : null;
}

/**
 * "one another", "one of", "one-night stands", "no one", "zero in on", "both sides", an item's
 * number ("1. Celebrity nude photo leaks"): a number word that counts nothing to check ("One person
 * was killed" counts).
 */
function noCount(s: Sentence, m: Mention): boolean {
  const after = s.text.slice(m.end - s.start, m.end - s.start + 4);
  const before = s.text.slice(Math.max(0, m.start - s.start - 6), m.start - s.start);
  const one = /^one$/i.test(m.text) && (/^(?:\s+(?:another|of|thing|way|day|time|hand)\b|-)/i.test(s.text.slice(m.end - s.start, m.end - s.start + 10)) || /\b(?:no|any|every|some)\s*$/i.test(before));
  return /^(?:both|single)$/i.test(m.text) || one || (m.start === s.start && /^\d{1,3}$/.test(m.text) && /^[.)]\s/.test(after)) || (/^zero$/i.test(m.text) && /^\s+in\s+on\b/i.test(s.text.slice(m.end - s.start, m.end - s.start + 7)));
}

/** A channel's number in its name, "ABC 7 has …": after an acronym, and no noun after it that it counts ("The GOP 12 senators", "EU 27 countries"). */
function inName(s: Sentence, m: Mention): boolean {
  if (!/^\d{1,2}$/.test(m.text)) return false;
  const before = s.text.slice(Math.max(0, m.start - s.start - 7), m.start - s.start);
  const next = s.tokens.find((t) => t.start >= m.end);
  return /\b\p{Lu}{3,5}\s$/u.test(before) && next?.pos !== 'NOUN';
}

/** Why a sentence without a source is still a checkable claim: it states a figure or a comparison. */
function factualBasis(s: Sentence, mentions: Mention[]): string[] {
  // A field of data set as a line ("Record: 40-0, 31 KOs") states no claim of its own.
  if (labelledField(s)) return [];
  const basis: string[] = [];
  if (mentions.some((m) => m.type === 'money' || m.type === 'percent' || (m.type === 'cardinal' && !noCount(s, m) && !inName(s, m)))) basis.push('figure');
  if (COMPARISON.test(s.text)) basis.push('comparison');
  return basis;
}

/**
 * The sentence without the dateline that opens it ("NAIROBI 1996-08-31 A Rwandan refugee lobby
 * group called …", "WASHINGTON (Reuters) - The Senate …"): no speaker or subject starts in it.
 */
function afterDateline(s: Sentence, dateline: TextSpan | null): Sentence {
  if (!dateline || dateline.start < s.start || dateline.end >= s.end) return s;
  const rest = /^[\s\-–—:]*/.exec(s.text.slice(dateline.end - s.start))![0].length;
  const start = dateline.end + rest;
  if (start >= s.end) return s;
  return { ...s, start, text: s.text.slice(start - s.start), tokens: s.tokens.filter((t) => t.start >= start) };
}
