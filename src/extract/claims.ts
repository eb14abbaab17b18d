import { ATTRIBUTION_VERBS, BELIEF_VERBS, COMPARISON, OBJECT_VERBS, SOURCE_NOUNS, SOURCE_PHRASES, WEAK_ATTRIBUTION_VERBS } from '../data/cues.js';
import { CLAIM_ROLES, NAME_TYPES } from '../vocabulary.js';
import { HONORIFIC_BEFORE, HONORIFIC_GENDER, TITLE_ABBREVIATION } from '../data/titles.js';
import type { AnnotatedArticle, Claim, ClaimKind, Mention, Sentence, Span, TextSpan, Token } from '../types.js';
import { firstFrom, itemSpan, textSpan, tokenAt, trimClause } from './spans.js';
import { FEMALE_FIRST_NAMES, FIRST_NAMES, UNISEX_FIRST_NAMES } from '../data/gazetteer.js';
import { cueModel, cueProbability, type CueModel } from './cue-model.js';
import { resolveNames, type NameCoreference } from './coreference.js';
import { closingReport } from './claims/closing.js';
import { claimModel, isClaim, type ClaimModel } from './claims/check.js';
import { asks, findDialogue, labelledClaim } from './claims/dialogue.js';
import { COMPLEMENT_VERBS, CONTENT_PREPOSITIONS, COORDINATORS, DOCUMENT_VERBS, EDITORIAL_LABEL, INDEFINITE_SUBJECTS, NOT_REPORTS, POSTMODIFIER_PREPOSITIONS, OBJECT_PRONOUNS, ORGANISATION_DESCRIPTION, PASSIVE_REPORT_VERBS, PERSON_PRONOUNS, PLACE_PREPOSITIONS, PREPOSITION_VERBS, PRONOUNS, QUESTION_PREPOSITIONS, QUESTION_WORDS, RECIPIENT_VERBS, RELATIVE_PRONOUNS, REPORT_OPENERS, SUBORDINATORS, TIME_WORD } from '../data/claims.js';

/** How many sentences back an organisation named is still the one a description means. */
const DESCRIPTION_SENTENCES = 3;
/** Quotations: “…”, "…", ‘…’ and the New York Times' ''…'' holding at least a few words. */
const QUOTATION = /[“"]([^“”"]{2,}?)[”"]|‘([^‘’]{8,}?)’(?!\w)|''(.{2,}?)''/gu;
const QUOTED_MIN_WORDS = 3;
/** How far (in tokens) a subject is looked for before a cue; and how far a quotation may stand before a cue's subject, or a cue after a quotation ("“…,” he continued"). */
const SUBJECT_WINDOW_BEFORE = 8;
const SUBJECT_WINDOW_AFTER = 5;
/** An inverted subject after its cue ("…,” said Robert Antonacci of the New York delegation.") runs to this many tokens. */
const INVERTED_SUBJECT_TOKENS = 8;
/** How far back (in tokens) the name before an aside is looked for ("Sanders, a senator from …, said"). */
const APPOSITIVE_WINDOW = 40;
/** How far into a sentence a cue may stand and still take the sentence's opening noun phrase for subject. */
const SUBJECT_DISTANCE = 80;
/** The longest parenthesis after a name ("(R-Fla.)", "(D-MA)") in tokens. */
const PARENTHESIS_TOKENS = 8;
const QUOTE_MARK = /^(?:[“”"]|'')$/;
const MODIFIER_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PART', 'NUM']);
/** Words that may follow an inverted subject: "said Mr Smith in an interview", "said Mr Smith on Monday". */
const TRAILING_POS = new Set(['ADP', 'SCONJ']);
/** How long the subject of a complement clause without "that" may be. */
const COMPLEMENT_SUBJECT_TOKENS = 6;
const MAX_CONTENT_CHARS = 1500;
/** A passive cue: "is expected", "are widely seen", "have been expected", "would be expected". */
const PASSIVE_CUE = /^(?:is|are|was|were|be|been|being|have|has|had|would|will|could|may|might)\b/i;
/** A colon cue ("Trump: …") follows a short subject at the start of a sentence. */
const COLON_SUBJECT_MAX_TOKENS = 6;

/** A noun phrase as token indexes (end exclusive). */
interface Phrase {
  start: number;
  end: number;
}

interface Attribution {
  cue: TextSpan;
  speaker: TextSpan | null;
  content: Span;
  /** Token index of the cue (for ordering), and where the speaker starts (for coordination). */
  at: number;
  speakerToken: number;
  /** A reporting verb whose source the rules did not find (as opposed to a source left unnamed: "is expected to"). */
  sourceNotFound?: boolean;
}

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
  const publisher = publisherOf(article.meta.siteName ?? null, coreference);
  // The answer going on (its claim grows by each sentence until the next label), or whether a question is.
  let answer: Claim | null = null;
  let asking = false;

  for (const s of sentences) {
    const inSentence = bySentence.get(s.index) ?? [];
    const names = inSentence.filter((m) => NAME_TYPES.has(m.type));
    const key = `${s.section}:${s.block}:${s.item}:${s.role}`;
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
      }
      if (label) {
        const claim = labelledClaim(text, s, label, dialogue, names, coreference);
        asking = claim === null;
        if (claim) claims.push(claim);
        answer = claim;
        lastQuote = null;
        previous = s;
        continue;
      }
      if (asking) {
        previous = s;
        continue;
      }
      if (answer) {
        // An interviewer's question after their remark ("Gray: At GSA, …. What advice would you give …?") ends it.
        if (asks(s.text)) {
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
    if (CLAIM_ROLES.has(s.role)) {
      const quotes = quotations(s);
      // A quotation opened sentences earlier runs from its opening mark (“People are talking about
      // …. I think we are sleeping on the Democrats,” Ms. Turner said): the speaker's whole quote.
      if (openAtStart !== null) quotes.unshift({ start: openAtStart, end: s.start + quotedPrefix(s.text) });
      // One that opens here and goes on into the next sentence (also with '' marks).
      if (openHere !== null && openHere !== -1 && !quotes.some((q) => q.end === s.end)) quotes.push({ start: s.start + openHere, end: s.end });
      // Any quoted words make a claim mixed, a scare-quoted "proven failure" too.
      const quoted = quotations(s, 1);
      // A closing reporting clause ("…, the ministry said on Monday.") is the sentence's one attribution.
      const closing = closingReport(text, s, names);
      const found: Attribution[] = closing ? [closing] : attribute(text, s, names, quotes, quotedSentence(previous, s), model);
      const basis = factualBasis(s, inSentence);
      let kept = 0;
      for (const attribution of found) {
        const a = { ...attribution, content: closeQuotation(text, attribution.content, s.end) };
        const claim: Claim = {
          ...itemSpan(text, { start: Math.min(s.start, a.content.start), end: s.end }, [a.content, a.cue, a.speaker]),
          // Content before the sentence is the quotation that the sentence reports.
          kind: a.content.start < s.start ? 'direct' : kindOf(a.content, quoted),
          speaker: resolveSpeaker(a.speaker, { names, coreference, sentence: s, publisher: a.speaker && inside(quotes, a.speaker.start) ? null : publisher, earlier: claims }),
          speakerMention: a.speaker,
          cue: a.cue.text.toLowerCase(),
          cueSpan: { start: a.cue.start, end: a.cue.end },
          content: a.content,
          basis,
          sentence: s.index,
        };
        // The closing reporting clause is the one rule sure enough to stand without the check.
        if (check && !closing && !isClaim(check, s, claim, names)) continue;
        // "The mission is expected to launch around 2027": a passive report with no source named
        // anywhere in its sentence attributes nothing a reader could check (a forecast is an
        // implication); PolNeAR counts them, readers of real pages do not.
        if (!a.speaker && PASSIVE_CUE.test(a.cue.text)) continue;
        kept++;
        claims.push(claim);
        lastQuote = claim.kind === 'direct' || claim.kind === 'mixed' ? claim : lastQuote;
      }
      if (kept === 0) {
        if (lastQuote && continuesQuote(text, s, lastQuote)) {
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
  return claims;
}

/** The sentence before `s` in the same block when it is all one quotation (“Does anybody know …?” Graham asked.). */
function quotedSentence(previous: Sentence | null, s: Sentence): Span | null {
  if (!previous || previous.block !== s.block || previous.section !== s.section || previous.item !== s.item) return null;
  return /^(?:[“"]|'')/.test(previous.text) && /(?:[”"]|'')$/.test(previous.text) ? { start: previous.start, end: previous.end } : null;
}

/** A sentence that opens with a quotation mark, soon after a quote, in the same or the next block, and reads as a sentence. */
function continuesQuote(text: string, s: Sentence, previous: Claim): boolean {
  if (!/^(?:[“"‘]|'')/.test(s.text)) return false;
  // A pull quote set between paragraphs ("“… prevent the evacuation of the civilians”") is an
  // excerpt of someone else's words: it opens with an ellipsis or ends without a sentence's end.
  if (/^[“"‘]\s*(?:…|\.\.\.)/.test(s.text) || !/[.!?,…]\s*["”’]?\s*$/.test(s.text)) return false;
  const gap = text.slice(previous.end, s.start);
  return gap.split('\n').length <= 3 && !/[.!?]["”’]?\s*$/.test(gap.trim() === '' ? '' : gap);
}

/**
 * Where the quotation still open at the end of `text` opened: its index, -1 when it opened before
 * `text` (`open`), or null when none is open (“ opens, ” closes, " and '' toggle).
 */
function openQuotation(text: string, open: boolean): number | null {
  let at: number | null = open ? -1 : null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') at = i;
    else if (c === '”') at = null;
    else if (c === '"') at = at === null ? i : null;
    else if (c === "'" && text[i + 1] === "'") {
      at = at === null ? i : null;
      i++;
    }
  }
  return at;
}

/** How much of a sentence that starts inside an open quotation is still quoted: up to its first closing mark, or all of it. */
function quotedPrefix(text: string): number {
  const close = /”|"|''/.exec(text);
  return close ? close.index + close[0].length : text.length;
}

function quotations(s: Sentence, minWords = QUOTED_MIN_WORDS): Span[] {
  const out: Span[] = [];
  for (const m of s.text.matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.split(/\s+/).filter(Boolean).length < minWords) continue;
    out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  // A closing mark before any opening one: the quote began in an earlier sentence (“I love Oreos.
  // I will never eat them again,” Trump said). It runs from this sentence's start.
  const straight = (s.text.match(/"/g) ?? []).length;
  const curly = (s.text.match(/“/g) ?? []).length - (s.text.match(/”/g) ?? []).length;
  const close = /^[^“"]{8,}?(?:”|(?<=[\p{L}\p{N}.,!?])")/u.exec(s.text);
  const closesEarlier = close !== null && (close[0].endsWith('"') ? straight % 2 === 1 : curly < 0);
  if (closesEarlier) out.unshift({ start: s.start, end: s.start + close[0].length });
  // An opening quote that runs to the end of the sentence (the quote goes on in the next one):
  // only when the marks do not balance and the odd mark is not that closing one.
  const open = curly > 0 || (straight % 2 === 1 && !closesEarlier) ? /[“"]([^“”"]{8,})$/u.exec(s.text) : null;
  if (open && !out.some((q) => q.end === s.end)) out.push({ start: s.start + open.index, end: s.end });
  return out;
}

/** direct: the content is all quotation; mixed: partly; indirect: none. */
function kindOf(content: Span, quotes: Span[]): ClaimKind {
  const length = content.end - content.start;
  if (length <= 0) return 'indirect';
  let quoted = 0;
  for (const q of quotes) quoted += Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start));
  if (quoted === 0) return 'indirect';
  return quoted >= 0.8 * length ? 'direct' : 'mixed';
}

const inside = (spans: Span[], at: number): boolean => spans.some((q) => at > q.start && at < q.end);
const spanKey = (span: Span): string => `${span.start}:${span.end}`;

function attribute(text: string, s: Sentence, names: Mention[], quotes: Span[], priorQuote: Span | null, model: CueModel): Attribution[] {
  const t = s.tokens;
  const found: Attribution[] = [];
  const lower = s.text.toLowerCase();

  for (const phrase of SOURCE_PHRASES) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) {
      if (!/^\W?$/.test(lower[at - 1] ?? '') || inside(quotes, s.start + at)) continue;
      const cueStart = s.start + at;
      const cueEnd = cueStart + phrase.length;
      const sourceEnd = clauseEnd(text, cueEnd, s.end);
      const speaker = trimClause(text, cueEnd, sourceEnd);
      const content = at < 3 ? trimClause(text, sourceEnd, s.end) : trimClause(text, s.start, cueStart);
      const tokenIndex = tokenAt(t, cueStart);
      found.push({ cue: textSpan(text, cueStart, cueEnd), speaker: textSpan(text, speaker.start, speaker.end), content, at: tokenIndex, speakerToken: tokenIndex });
    }
  }

  // "Asked whether …, 75 percent said …": an opening question reports what was asked.
  const question = openingQuestion(text, t, quotes);
  if (question) found.push(question);

  // "Trump: …" — a short subject and a colon open the sentence.
  const colon = t.findIndex((x) => x.text === ':');
  // A place or topic before the colon is a label, not a source ("Russia and Syria: U.S.-backed
  // forces …"), and so are words that name nobody ("Earnings up:", "Today:", "(Graphic:");
  // only a person or organisation speaks (or words the recogniser missed before a quotation:
  // "Trump: “We will win …”"), and in a headline only a person (measured: real pages claims right
  // 52.5 → 53.1, PolNeAR reserve unchanged).
  const colonSubject = colon > 0 ? names.filter((m) => m.end <= t[colon]!.start) : [];
  // A label with a verb ("He tells the crowd:", "Follow X on Twitter:") is read by the verb rules or is no source at all.
  const colonSource = s.role === 'title' || s.role === 'heading'
    ? colonSubject.some((m) => m.type === 'person')
    : (colonSubject.some((m) => m.type === 'person') ||
        (colonSubject.length === 0 && QUOTE_MARK.test(t[colon + 1]?.text ?? '')) ||
        // An organisation speaks in quotation marks or in the first person ("Acme: “We regret …”");
        // "Thunder: F Hamidou Diallo missed his third straight game" is a team's notes.
        (colonSubject.some((m) => m.type === 'organization') && (QUOTE_MARK.test(t[colon + 1]?.text ?? '') || t.slice(colon + 1).some((x) => /^(?:we|our|us)$/i.test(x.text))))) &&
      !t.slice(0, colon).some((x) => x.pos === 'VERB' || x.pos === 'AUX') &&
      (colon <= 0 || !EDITORIAL_LABEL.test(text.slice(t[0]!.start, t[colon]!.start)));
  // An interviewer's question ("Gray Brooks: What comes next?") asks; it claims nothing.
  const isQuestion = asks(s.text);
  if (colon > 0 && colon <= COLON_SUBJECT_MAX_TOKENS && colon < t.length - 2 && colonSource && !isQuestion && t.slice(0, colon).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON')) {
    const speaker = textSpan(text, t[0]!.start, t[colon - 1]!.end);
    found.push({ cue: textSpan(text, t[colon]!.start, t[colon]!.end), speaker, content: trimClause(text, t[colon]!.end, s.end), at: colon, speakerToken: 0 });
  }

  // Contents already taken by a cue (a Set: a run-on text has thousands of cues in one sentence).
  const taken = new Set(found.map((a) => spanKey(a.content)));
  for (let v = 0; v < t.length; v++) {
    const tok = t[v]!;
    if ((tok.pos !== 'VERB' && !reportTaggedNoun(t, v)) || inside(quotes, tok.start) || v === question?.at) continue;
    if (isPassive(t, v)) {
      const passive = passiveReport(text, t, v, quotes);
      if (passive) {
        found.push(passive);
        taken.add(spanKey(passive.content));
      }
      continue;
    }
    // "the prosecutor’s finding of …", "a finding": after a possessive or an article it is a noun.
    if (/^(?:['’]s|the|a|an|my|your|his|its|our|their)$/i.test(t[v - 1]?.text ?? '')) continue;
    // "a company called Cambridge Analytica", "a PAC dubbed …": a participle that names a thing.
    if (/^(?:called|named|dubbed|titled|nicknamed)$/i.test(tok.text) && t[v - 1]?.pos === 'NOUN' && /^\p{Lu}/u.test(t[v + 1]?.text ?? '')) continue;
    if (NOT_REPORTS.test(text.slice(tok.start, t[Math.min(v + 5, t.length - 1)]!.end))) continue;
    // "…met with entrepreneurs, signaling a renewed effort": the writer reads the event; nobody said it.
    if (t[v - 1]?.text === ',' && /ing$/i.test(tok.text) && INTERPRETIVE_PARTICIPLES.has(tok.lemma)) continue;
    // Right after a quotation any verb reports it: “…,” he continued / quipped / laughed.
    const afterQuote = followsQuotation(t, v, quotes);
    // The cue model, in context: a verb it scores at its threshold is a cue ("took aim at",
    // "pushed for"; a weak one then needs no named subject); a verb of belief still needs its complement.
    const reporting = ATTRIBUTION_VERBS.has(tok.lemma) || afterQuote;
    const learned = !reporting && !BELIEF_VERBS.has(tok.lemma) && tok.pos === 'VERB' && (WEAK_ATTRIBUTION_VERBS.has(tok.lemma) || opensReport(t, v)) && cueProbability(model, t, v, names) >= model.thresholds[0];
    const strong = reporting || learned;
    const belief = BELIEF_VERBS.has(tok.lemma) || (t[v + 1]?.normal === 'that' && t[v + 1]?.pos === 'SCONJ');
    if (!strong && !belief && !WEAK_ATTRIBUTION_VERBS.has(tok.lemma)) continue;
    // A belief needs its complement: "thinks that …", "wants to …", "believe bigotry is …".
    const asideThat = thatAfterAside(t, v);
    if (belief && !strong && !/^(?:that|to)$/.test(t[v + 1]?.normal ?? '') && !opensComplement(t, v + 1) && asideThat === -1) continue;
    // "Downplaying the importance of ratings, Zucker said …": an opening participial phrase is the
    // main clause's subject's doing, and ends at its comma.
    const participleEnd = openingParticiple(t, v, quotes);
    const main = participleEnd === -1 ? null : mainSubject(text, s, participleEnd, names);
    const before = main ?? subjectBefore(text, s, v, names);
    const after = before ? null : subjectAfter(text, s, v, names);
    // The noun phrase that opens the cue's clause, which the last fallbacks share (found once, on demand).
    let phrase: Phrase | null | undefined;
    const opening = (): Phrase | null => (phrase === undefined ? (phrase = subjectPhrase(t, v, quotes)) : phrase);
    const speaker =
      before ??
      after ??
      (strong ? (coordinatedSubject(text, s, v, names, quotes) ?? sharedSubject(t, v, found, opening())) : null) ??
      clauseSubject(text, t, v, opening()) ??
      (reporting ? (asideSubject(text, t, v, opening()) ?? controlSubject(text, t, v, opening())) : null);
    // A reporting verb reports even when the rules cannot find its source ("…,” said a source involved
    // in …"): the claim stands with no speaker. Anything weaker needs one; so does a cue in a
    // compound ("self-described") or a bare "When asked," with nothing after it.
    if (!speaker && (!reporting || text[tok.start - 1] === '-' || (t[v + 1]?.text === ',' && !QUOTE_MARK.test(t[v + 2]?.text ?? '')))) continue;
    if (speaker) {
      // A source is named, or is a kind of source by its head noun ("a new poll shows", "his supporters believe").
      const named =
        (names[firstFrom(names, speaker.start)]?.end ?? Infinity) <= speaker.end ||
        /\p{Lu}/u.test(speaker.text) ||
        SOURCE_NOUNS.has(t[tokenAt(t, speaker.end) - 1]?.lemma ?? '');
      // A weak cue needs a source: a name, a source noun or a pronoun.
      if (!strong && !named && !PRONOUNS.has(speaker.text.toLowerCase())) continue;
      // "If you want to understand …": a generic wish, nobody's claim.
      if (belief && !strong && /^you$/i.test(speaker.text)) continue;
    }
    if (COMPLEMENT_VERBS.has(tok.lemma) && !/^(?:that|to)$/.test(t[v + 1]?.normal ?? '')) continue;
    const cue = textSpan(text, tok.start, tok.end);
    let content: Span;
    let from = tok.end;
    const next = t[v + 1];
    if (next && ((CONTENT_PREPOSITIONS.has(next.normal) && PREPOSITION_VERBS.has(tok.lemma)) || next.text === ':' || next.text === ',')) from = next.end;
    // "responded by saying Japan should …": the content is what the second verb reports.
    if (next?.normal === 'by' && t[v + 2] && ATTRIBUTION_VERBS.has(t[v + 2]!.lemma) && /ing$/i.test(t[v + 2]!.text)) from = t[v + (t[v + 3]?.normal === 'that' ? 3 : 2)]!.end;
    // "said that …", "told reporters that …", "told Business Insider in October 2018 that …": a "that"
    // right after the verb or its short object (no verb between).
    let thatAt = -1;
    for (let i = v + 1; i <= v + (RECIPIENT_VERBS.has(tok.lemma) ? 8 : 4) && i < t.length && t[i]!.pos !== 'VERB'; i++) {
      if (t[i]!.normal === 'that') {
        thatAt = i;
        break;
      }
    }
    if (thatAt !== -1 && (before || thatAt === v + 1)) from = t[thatAt]!.end;
    else if (asideThat !== -1) from = t[asideThat]!.end;
    else if (RECIPIENT_VERBS.has(tok.lemma)) from = afterRecipient(t, v) ?? from;
    content = trimClause(text, from, participleEnd === -1 ? reportEnd(t, v, from, s.end, quotes) : t[participleEnd]!.start);
    // “…,” Clinton said on Thursday. — a quotation just before the speaker (or the cue) is the content.
    // Between them only the rest of the speaker's phrase may stand (“…,” House Speaker Paul Ryan said).
    const quoteBefore = quotes.find((q) => {
      const upTo = Math.min(speaker?.start ?? tok.start, tok.start);
      if (q.end > upTo) return false;
      const first = tokenAt(t, q.end);
      const last = tokenAt(t, upTo);
      if (last - first > SUBJECT_WINDOW_AFTER) return false;
      return t.slice(first, last).every((x) => x.text === ',' || MODIFIER_POS.has(x.pos) || /^\p{Lu}/u.test(x.text));
    });
    if (quoteBefore) content = { start: quoteBefore.start, end: quoteBefore.end };
    // "attacked billionaire Donald Trump, with whom …": an object ends at the first clause boundary.
    if (OBJECT_VERBS.has(tok.lemma)) {
      let boundary = -1;
      for (let i = Math.max(v + 2, tokenAt(t, from)); i < t.length && boundary === -1; i++) if (/^[,;:—–(]$/.test(t[i]!.text)) boundary = i;
      if (boundary !== -1) content = trimClause(text, from, t[boundary]!.start);
    }
    // "As Beijing seeks to rebuild confidence, the collaboration …": inside an opening subordinate
    // clause the content ends with that clause (wink tags "As" ADP; "As she said, …" is not one).
    const opener = t[0]?.pos === 'CCONJ' ? t[1] : t[0];
    if ((opener?.pos === 'SCONJ' || (!reporting && opener?.normal === 'as') || SUBORDINATORS.has(opener?.normal ?? '')) && !quoteBefore) {
      // Only when no comma comes before the cue; the content then ends at the first comma after it.
      const comma = t.findIndex((x) => x.text === ',');
      if (comma > v) content = trimClause(text, from, t[comma]!.start);
    }
    // “…,” she said. — nothing after the cue, or the subject comes after it: the content precedes them.
    const speakerFirst = Math.min(speaker?.start ?? tok.start, tok.start);
    if (!quoteBefore && (after || content.end - content.start < 8 || circumstance(t, content, RECIPIENT_VERBS.has(tok.lemma)))) content = trimClause(text, s.start, speakerFirst);
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
    const speakerToken = speaker ? tokenAt(t, speaker.start) : v;
    found.push({ cue, speaker, content, at: v, speakerToken, sourceNotFound: !speaker });
    taken.add(spanKey(content));
  }

  return separate(text, t, found.sort((a, b) => a.at - b.at));
}

/** "pushed for …", "made the case that …", "took aim at …": after the verb (and a short object or particle), a clause, quote or stance opens. A plain object ("hit Rudolph", "filed the suit") does not. */
function opensReport(t: Token[], v: number): boolean {
  for (let i = v + 1; i < t.length && i <= v + 4; i++) {
    if (REPORT_OPENERS.test(t[i]!.normal)) return true;
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
function passiveReport(text: string, t: Token[], v: number, quotes: Span[]): Attribution | null {
  if (!PASSIVE_REPORT_VERBS.has(t[v]!.lemma) || /ing$/i.test(t[v]!.text)) return null;
  let next = v + 1;
  while (t[next]?.pos === 'ADV') next++;
  if (t[next]?.normal !== 'to' && t[next]?.normal !== 'as') return null;
  let aux = v - 1;
  while (aux > 0 && t[aux]!.pos === 'ADV') aux--;
  while (aux > 0 && t[aux - 1]!.pos === 'AUX') aux--;
  const before = t[aux - 1];
  if (!before) return null;
  const first = before.pos === 'PRON' || /^(?:which|who|that)$/.test(before.normal) ? aux - 1 : /^(?:NOUN|PROPN|NUM)$/.test(before.pos) ? npStart(t, aux - 1) : -1;
  if (first === -1) return null;
  const end = reportEnd(t, v, t[next]!.end, t[t.length - 1]!.end, quotes);
  const content = trimClause(text, t[first]!.start, end);
  if (content.end - content.start < 8) return null;
  return { cue: textSpan(text, t[aux]!.start, t[v]!.end), speaker: null, content, at: v, speakerToken: v };
}

/**
 * "The spokesman refused to answer questions on who … but said there was no call": a cue right after
 * "and" or "but" shares the subject of an attribution before it that opens the clause.
 */
function sharedSubject(t: Token[], v: number, found: Attribution[], opening: Phrase | null): TextSpan | null {
  let k = v - 1;
  while (k > 0 && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX')) k--;
  if (!/^(?:and|but)$/.test(t[k]?.normal ?? '')) return null;
  // Only the subject that opens the clause is shared ("The law bans what it describes as … and defines …": not "it").
  if (!opening) return null;
  return found.find((a) => a.at < v && a.speaker && a.speakerToken === opening.start)?.speaker ?? null;
}

/**
 * A cue verb wink tagged as a noun. "Polls show …", "The reports show …", "…, new filings show.": a
 * source noun, then one of DOCUMENT_VERBS.
 */
function reportTaggedNoun(t: Token[], v: number): boolean {
  const tok = t[v]!;
  const head = t[v - 1];
  // "Viguerie notes that …", "About three-quarters support a ban", "Six in 10 say he’s …": after a
  // name, a number or a plural wink may take a cue verb for a noun; an object or clause after it shows it is the verb.
  if (tok.pos === 'NOUN' && head && (ATTRIBUTION_VERBS.has(tok.lemma) || BELIEF_VERBS.has(tok.lemma) || WEAK_ATTRIBUTION_VERBS.has(tok.lemma))) {
    const subject =
      head.pos === 'PROPN' || head.pos === 'NUM' || head.normal === 'percent' ||
      (head.pos === 'PRON' && /^(?:they|we|who|i|you)$/.test(head.normal)) ||
      INDEFINITE_SUBJECTS.has(head.normal) ||
      (head.pos === 'NOUN' && /s$/.test(head.normal) && !/ss$/.test(head.normal));
    const next = t[v + 1];
    if (subject && (!next || next.normal === 'that' || /^(?:DET|PROPN|NUM|PRON)$/.test(next.pos) || QUOTE_MARK.test(next.text))) return true;
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

/** A time or place after a cue ("on Thursday", "in an interview later") is at most this long. */
const CIRCUMSTANCE_MAX_TOKENS = 6;
/** …and a phrase of place or occasion ("at a Nov. 6 event at the Peterson Institute in Washington"). */
const CIRCUMSTANCE_PLACE_MAX_TOKENS = 12;
/** A phrase naming who was told is short; longer ones are not checked (a run-on text). */
const CIRCUMSTANCE_RECIPIENT_MAX_TOKENS = 40;
/** How far past a recipient's relative clause a "that" is looked for. */
const RELATIVE_CLAUSE_TOKENS = 15;
/** Words that can open the clause a recipient is told: "told reporters the plan …", "told him it …". */
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/**
 * "told Polygraph.info the ministry's allegations are false", "told him it was over": with no
 * "that", what was told starts after the recipient (a pronoun, or a short noun phrase), when a
 * clause with a verb follows it. The offset where it starts, or null.
 */
function afterRecipient(t: Token[], v: number): number | null {
  let i = v + 1;
  if (OBJECT_PRONOUNS.has(t[i]?.normal ?? '')) i++;
  else {
    if (t[i]?.pos === 'DET') i++;
    const first = i;
    // A name may hold a glued dot: "Polygraph.info" is three tokens.
    const glued = (k: number): boolean => t[k]!.text === '.' && t[k - 1]?.end === t[k]!.start && t[k + 1]?.start === t[k]!.end;
    while (i < t.length && i - first < 6 && (t[i]!.pos === 'PROPN' || t[i]!.pos === 'NOUN' || (i > first && glued(i)))) i++;
    if (i === first) return null;
  }
  // "told them that …" when the speaker comes after the cue.
  if (t[i]?.normal === 'that' && t[i + 1]) i++;
  const start = t[i];
  // "told the mayors who gathered in Indianapolis that …": a relative clause describes the
  // recipient; what was told follows the "that" after it, if one comes.
  if (start && RELATIVE_PRONOUNS.has(start.normal)) {
    for (let k = i + 2; k < Math.min(t.length - 1, i + RELATIVE_CLAUSE_TOKENS); k++) {
      if (t[k]!.normal === 'that') return t[k + 1]!.start;
      if (/^[,;:.“”"]$/.test(t[k]!.text)) break;
    }
    return null;
  }
  if (!start || !CLAUSE_START_POS.has(start.pos) || OBJECT_PRONOUNS.has(start.normal)) return null;
  for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return start.start;
    if (/^[,;:.]$/.test(t[k]!.text)) return null;
  }
  return null;
}
/** "… the senator said Thursday.", "… he said in an interview later.": after the cue only a time or a phrase of place or manner, no clause (after "told", any phrase without a verb). */
function circumstance(t: Token[], content: Span, recipient: boolean): boolean {
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
  return words.length <= CIRCUMSTANCE_MAX_TOKENS && (TIME_WORD.test(words[0]!.text) || /^(?:later|earlier)$/i.test(words[0]!.text));
}

/** “…,” he continued — a verb after a closing quotation mark and at most a short subject, with nothing after but a clause end or a phrase. */
function followsQuotation(t: Token[], v: number, quotes: Span[]): boolean {
  let k = v - 1;
  while (k >= 0 && v - k <= SUBJECT_WINDOW_AFTER && (MODIFIER_POS.has(t[k]!.pos) || t[k]!.pos === 'PRON' || t[k]!.text === '.')) k--;
  if (k < 0 || !isQuoteMark(t, k)) return false;
  if (!quotes.some((q) => q.end === t[k]!.end)) return false;
  const next = t[v + 1];
  return !next || /^[,.;!?]$/.test(next.text) || QUOTE_MARK.test(next.text) || TRAILING_POS.has(next.pos);
}

/**
 * Where reported content after a cue ends: at a participle that goes on with the speaker's own
 * doing (", telling Stephanopoulos that …", ", adding that …") or a second verb of the speaker's
 * ("… and called on leaders …", "… but noted that …"), outside quotation marks.
 */
function reportEnd(t: Token[], v: number, from: number, end: number, quotes: Span[]): number {
  const relative = inRelativeClause(t, v);
  for (let i = v + 2; i < t.length; i++) {
    const x = t[i]!;
    // Content is cut to MAX_CONTENT_CHARS anyway: a run-on text need not be searched further.
    if (x.start > from + MAX_CONTENT_CHARS) break;
    if (x.start < from || inside(quotes, x.start)) continue;
    const next = t[i + 1];
    if (!next) break;
    const participle = x.text === ',' && next.pos === 'VERB' && /ing$/i.test(next.text);
    const verbAfter = next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (t[i + 2]?.pos === 'VERB' || t[i + 2]?.pos === 'AUX'));
    const coordinated = (x.normal === 'and' || x.normal === 'but') && verbAfter && !/ing$/i.test(next.text);
    // "Obama, who said the attack was terrorism, reiterated …": the relative clause ends at the
    // comma before its sentence's own verb.
    const mainVerb = relative && x.text === ',' && verbAfter;
    if (participle || coordinated || mainVerb) return x.start;
  }
  return end;
}

/**
 * The comma that ends an opening participial phrase whose verb is token `v` ("Lashing out, Trump
 * said …", "But downplaying …, Zucker said …"), or -1: `v` opens the sentence (after at most a
 * conjunction or adverb), ends in -ing, and a comma outside quotation marks follows.
 */
function openingParticiple(t: Token[], v: number, quotes: Span[]): number {
  const start = t[0]?.pos === 'CCONJ' || t[0]?.pos === 'ADV' ? 1 : 0;
  if (v !== start || !/ing$/i.test(t[v]!.text)) return -1;
  for (let i = v + 1; i < t.length; i++) if (t[i]!.text === ',' && !inside(quotes, t[i]!.start)) return i + 1 < t.length ? i : -1;
  return -1;
}

/** The subject of the main clause after an opening phrase that ends at token `comma`: the noun phrase before its first verb. */
function mainSubject(text: string, s: Sentence, comma: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let i = comma + 2; i < t.length && i <= comma + 1 + SUBJECT_WINDOW_BEFORE; i++) {
    if (isQuoteMark(t, i) || t[i]!.text === ',') return null;
    if ((t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') && !nameAt(names, t[i]!)) return subjectBefore(text, s, i, names);
  }
  return null;
}

/** The cue at token `v` is the verb of a relative clause set off by a comma (", who said …", ", which reported …"). */
function inRelativeClause(t: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX' || t[k]!.pos === 'PART')) k--;
  return k >= 1 && /^(?:who|which)$/.test(t[k]!.normal) && t[k - 1]!.text === ',';
}

/** "He believes, for example, that …": the "that" after a short aside right after the cue (its index, or -1). */
function thatAfterAside(t: Token[], v: number): number {
  if (t[v + 1]?.text !== ',') return -1;
  for (let k = v + 2; k < t.length && k <= v + 2 + PARENTHESIS_TOKENS; k++) {
    if (t[k]!.text === ',') return t[k + 1]?.normal === 'that' ? k + 1 : -1;
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX' || QUOTE_MARK.test(t[k]!.text)) return -1;
  }
  return -1;
}

/** A complement clause without "that" starts at token `i`: a subject, then a verb before the clause ends ("believe bigotry is …"). */
function opensComplement(t: Token[], i: number): boolean {
  if (!t[i] || !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(t[i]!.pos)) return false;
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
function separate(text: string, t: Token[], found: Attribution[]): Attribution[] {
  const kept: Attribution[] = [];
  for (const a of found) {
    const previous = kept[kept.length - 1];
    if (previous && a.speaker && a.speaker.start >= previous.content.start && a.speaker.start < previous.content.end) {
      // A coordinator shortly before the speaker's phrase ("…, while Governor Sam Brown argued").
      let k = a.speakerToken - 1;
      while (k > 0 && k >= a.speakerToken - 3 && (t[k]!.pos === 'PROPN' || t[k]!.pos === 'NOUN' || t[k]!.pos === 'DET' || t[k]!.pos === 'ADJ')) k--;
      const coordinated = k >= 0 && (COORDINATORS.has(t[k]!.normal) || (t[k]!.text === ',' && COORDINATORS.has(t[k - 1]?.normal ?? '')) || t[k]!.text === ';');
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

/** "is expected to", "was described as": a passive reporting verb has no speaker in subject position ("is criticizing" is not passive). */
function isPassive(t: Token[], v: number): boolean {
  if (/ing$/i.test(t[v]!.text)) return false;
  for (let i = v - 1; i >= 0 && i >= v - 3; i--) {
    if (t[i]!.lemma === 'be' || t[i]!.lemma === 'get') return true;
    if (t[i]!.pos !== 'ADV') return false;
  }
  return false;
}

/** End of the source phrase after "according to": the next comma or sentence end. */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text[i] === ',' || text[i] === ';') return i;
  return limit;
}

/** First token of the noun phrase that ends at token `i`. */
function npStart(t: Token[], i: number): number {
  let first = i;
  for (;;) {
    if (first > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(t[first - 1]!.pos)) first--;
    // "One small, 2-month study": a hyphenated modifier is one word.
    else if (first > 1 && t[first - 1]!.text === '-' && t[first - 1]!.start === t[first - 2]!.end && t[first - 1]!.end === t[first]!.start) first -= 2;
    else break;
  }
  // "Her own research", "its government": a possessive pronoun opens the phrase (not "told her the plan").
  const possessive = t[first - 1];
  if (possessive && t[first]!.pos !== 'DET' && (/^(?:his|its|their|our|my|your)$/.test(possessive.normal) || (possessive.normal === 'her' && !['VERB', 'ADP', 'AUX'].includes(t[first - 2]?.pos ?? '')))) first--;
  return first;
}

/** Participles that interpret an event rather than report speech: "…, signaling …", "…, underscoring …". */
const INTERPRETIVE_PARTICIPLES: ReadonlySet<string> = new Set(['signal', 'suggest', 'indicate', 'underscore', 'highlight', 'reflect', 'mark', 'show', 'demonstrate', 'illustrate', 'hint', 'signify']);


/**
 * Where a description that ends in the noun phrase at token `first` starts, past prepositional
 * phrases back to the head they modify: "Supporters of the measure", "Those in favor of
 * punishment", "A person familiar with the matter", "Executives across the world". The head is a
 * common noun, a number, "those"/"many"/"some", or "familiar"/"close"; never a name ("Mr. Burman
 * of the Tax Policy Center" is Mr. Burman's own phrase).
 */
function postmodifiedStart(t: Token[], first: number, names: Mention[]): number {
  while (first >= 2 && POSTMODIFIER_PREPOSITIONS.has(t[first - 1]!.normal)) {
    const head = t[first - 2]!;
    if (head.pos === 'NOUN' || head.pos === 'NUM' || (head.pos === 'PROPN' && !nameAt(names, head)) || /^(?:familiar|close)$/.test(head.normal)) first = npStart(t, first - 2);
    else if (INDEFINITE_SUBJECTS.has(head.normal) || /^(?:those|these)$/.test(head.normal)) first -= 2;
    else break;
  }
  return first;
}

/** The name that covers a token. Names are in text order and never overlap, so a binary search finds it (a run-on text has thousands). */
function nameAt(names: Mention[], tok: Token): Mention | undefined {
  const i = firstFrom(names, tok.start + 1) - 1;
  const m = names[i];
  return m && m.start <= tok.start && m.end >= tok.end ? m : undefined;
}

function subjectBefore(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let i = v - 1; i >= Math.max(0, v - SUBJECT_WINDOW_BEFORE); i--) {
    const tok = t[i]!;
    if (tok.text === ')' || tok.text === ',') return appositiveSubject(text, t, i, names);
    if (tok.pos === 'PUNCT' && tok.text !== '’' && tok.text !== "'") return null;
    const name = nameAt(names, tok);
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return textSpan(text, tok.start, tok.end);
    // "Those close to him say": a described source that ends in an object pronoun.
    if (tok.pos === 'PRON' && OBJECT_PRONOUNS.has(tok.normal) && t[i - 1]?.normal === 'to' && t[i - 2]?.normal === 'close' && i >= 3) {
      const head = t[i - 3]!;
      if (INDEFINITE_SUBJECTS.has(head.normal) || /^(?:those|these)$/.test(head.normal) || head.pos === 'NOUN') return textSpan(text, t[head.pos === 'NOUN' ? npStart(t, i - 3) : i - 3]!.start, tok.end);
    }
    // "The Republican incumbent said": a noun wink tags as an adjective, right before the cue after a determiner or a name.
    const nominal = tok.pos === 'ADJ' && i === v - 1 && i > 0 && ['DET', 'PROPN', 'ADJ'].includes(t[i - 1]!.pos) && t[npStart(t, i)]!.pos === 'DET';
    if (name || nominal || tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'NUM') {
      let first = name ? tokenAt(t, name.start) : npStart(t, i);
      // "(I-Vt.) on Saturday criticized": a time phrase is not the subject.
      // "sources in the Rukban camp told": nor is the place a source is in.
      const place = !name && PLACE_PREPOSITIONS.has(t[first - 1]?.normal ?? '') && first >= 2 && (t[first - 2]!.pos === 'NOUN' || t[first - 2]!.pos === 'PROPN');
      // "The Steelers spent Monday trying to …": a day or a month is never the one speaking.
      // …but the source before it is described by it: "sources in the Rukban camp", "one study in 496 girls".
      if (place && !TIME_WORD.test(tok.text)) {
        const from = postmodifiedStart(t, first, names);
        if (from < first) return textSpan(text, t[from]!.start, tok.end);
      }
      if ((!name && TIME_WORD.test(tok.text)) || (t[first - 1]?.pos === 'ADP' && TIME_WORD.test(tok.text)) || place) {
        i = first - 1;
        continue;
      }
      // "Mr. Reid said", "Defense Secretary Ash Carter told": the title and the words before the
      // name in its noun phrase go with it, so the content before it does not end in "Mr" or "Defense Secretary".
      // "70 percent of Americans", "Many in Hong Kong": a name after a preposition is not the head.
      // "A spokesperson for the British Foreign Office": so is an organisation after a common noun.
      if (name && name.type !== 'person') {
        const phrase = npStart(t, first);
        const from = postmodifiedStart(t, phrase, names);
        if (from < phrase) return textSpan(text, t[from]!.start, name.end);
      }
      // "Mr. Burman of the Tax Policy Center said": the person is the source, the organisation theirs.
      const before = npStart(t, first);
      const person = before >= 2 && /^(?:of|at|for|from|with)$/.test(t[before - 1]!.normal) ? nameAt(names, t[before - 2]!) : undefined;
      if (name && person?.type === 'person') {
        let from = npStart(t, tokenAt(t, person.start));
        if (TITLE_ABBREVIATION.test(t[from - 1]?.text ?? '')) from = npStart(t, from - 1);
        return textSpan(text, t[from]!.start, person.end);
      }
      if (name) {
        let from = npStart(t, first);
        if (TITLE_ABBREVIATION.test(t[from - 1]?.text ?? '')) from = npStart(t, from - 1);
        return textSpan(text, t[from]!.start, name.end);
      }
      // "Supporters of the measure", "Those in favor of punishment", "A person familiar with the
      // matter", "Experts on jail suicide": the head is before the prepositions.
      first = postmodifiedStart(t, first, names);
      // "The European Union's top court last week ruled": the time is not the source.
      let last = i;
      while (last > first && TIME_WORD.test(t[last]!.text) && /^(?:last|this|next|on|early|late)$/i.test(t[last - 1]!.text)) last -= 2;
      return textSpan(text, t[first]!.start, t[last]!.end);
    }
    if (tok.pos !== 'ADV' && tok.pos !== 'AUX' && tok.pos !== 'PART') return null;
  }
  return null;
}

/**
 * The subject before an aside that ends at token `i` (a comma or a closing parenthesis): the name
 * that opens the clause and is followed by the aside. "Gov. John Kasich (R-OH) said", "Sanders, a
 * senator from Vermont and self-described socialist, said", "Mr. Reid, who represents Nevada,
 * said", "“…,” Trump, the front-runner, said". A name inside a list ("executives from Huawei,
 * Tencent, and BYD, emphasized") opens no clause and is not the subject.
 */
function appositiveSubject(text: string, t: Token[], i: number, names: Mention[]): TextSpan | null {
  // "Sen. Elizabeth Warren (D-MA) said": a parenthesis right after a name, right before the cue.
  if (t[i]!.text === ')') {
    let open = i - 1;
    while (open >= 0 && i - open <= PARENTHESIS_TOKENS && t[open]!.text !== '(') open--;
    const name = open > 0 && t[open]!.text === '(' ? nameAt(names, t[open - 1]!) : undefined;
    if (name && (name.type === 'person' || name.type === 'organization')) return textSpan(text, name.start, name.end);
  }
  for (let j = i - 1; j >= Math.max(0, i - APPOSITIVE_WINDOW); j--) {
    if (t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) return null;
    // A person or organisation, or capitalised words the recogniser did not type ("Sanders, a senator …").
    const name = nameAt(names, t[j]!);
    let first = j;
    if (name) {
      if (name.type !== 'person' && name.type !== 'organization') continue;
      first = tokenAt(t, name.start);
    } else if (t[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[j]!.text)) {
      while (first > 0 && t[first - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[first - 1]!.text) && !nameAt(names, t[first - 1]!)) first--;
    } else continue;
    const after = name ? tokenAt(t, name.end) : j + 1;
    if (after <= i && /^[,(]$/.test(t[after]?.text ?? '') && opensClause(t, first)) return textSpan(text, t[first]!.start, t[after - 1]!.end);
    j = first;
  }
  return null;
}

/**
 * Whether the noun phrase at token `first` opens its clause: only titles and modifiers before it
 * ("Trump’s GOP rival Sen. Marco Rubio"), after the sentence start, a quotation ("“…,” Trump,
 * …") or an introductory phrase without a verb ("On Tuesday, Sanders, …").
 */
function opensClause(t: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (MODIFIER_POS.has(t[k]!.pos) || t[k]!.text === '.')) k--;
  // "But Megan Hester, …, said": a conjunction or adverb may open the sentence.
  if (k < 0 || (k === 0 && (t[0]!.pos === 'CCONJ' || t[0]!.pos === 'ADV'))) return true;
  if (isQuoteMark(t, k)) return true;
  if (t[k]!.text !== ',') return false;
  if (isQuoteMark(t, k - 1)) return true;
  for (let i = 0; i < k; i++) if (t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') return false;
  return true;
}

/** A quotation mark token: “ ” " or the second half of the New York Times' '' (wink splits it in two). */
function isQuoteMark(t: Token[], k: number): boolean {
  const x = t[k];
  return x !== undefined && (QUOTE_MARK.test(x.text) || (x.text === "'" && t[k - 1]?.text === "'"));
}

function subjectAfter(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  // Inversion only right after a quotation or a reported clause ("…,” said Mr Smith."), and the
  // subject then ends the clause.
  const previous = t[v - 1];
  if (!previous || !/^[,”"’']$/.test(previous.text)) return null;
  // A participle does not invert: in "…,” Sanders said, invoking the 2008 race" the race is its object.
  if (/ing$/i.test(t[v]!.text)) return null;
  // The subject ends the clause, or a phrase that says when or where follows it ("said Atlantic
  // City Mayor Don Guardian in a telephone interview", "said Rep. Gwen Moore (D-Wis.)").
  const closesClause = (i: number): boolean => {
    const next = t[i + 1];
    return !next || /^[,.;!?(]$/.test(next.text) || QUOTE_MARK.test(next.text) || (TRAILING_POS.has(next.pos) && next.normal !== 'of');
  };
  let first = -1;
  for (let i = v + 1; i < Math.min(t.length, v + 1 + INVERTED_SUBJECT_TOKENS); i++) {
    const tok = t[i]!;
    if (first === -1 && tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return closesClause(i) ? textSpan(text, tok.start, tok.end) : null;
    const name = nameAt(names, tok);
    // "the 46-year-old": a hyphen inside a compound word (wink splits it off).
    const hyphen = tok.text === '-' && t[i - 1]?.end === tok.start && t[i + 1]?.start === tok.end;
    const modifier = MODIFIER_POS.has(tok.pos) || /^\p{Lu}/u.test(tok.text) || tok.text === '.' || hyphen;
    if (!name && !modifier && !(first !== -1 && tok.normal === 'of')) return null;
    if (first === -1) first = i;
    // A name or a noun ends the phrase when the clause ends after it; a longer phrase goes on.
    const last = name ? tokenAt(t, name.end) - 1 : i;
    if (last === -1) return null;
    const compound = t[i - 1]?.text === '-' && t[i - 1]!.end === tok.start;
    if ((name || tok.pos === 'NOUN' || tok.pos === 'PROPN' || compound) && closesClause(last)) return textSpan(text, t[first]!.start, t[last]!.end);
    i = last;
  }
  return null;
}

/**
 * "Trump rushed in and said …", "…, he continued, citing …": a cue after a coordinator, or a
 * participle after a comma, shares the clause's subject (the first name or pronoun).
 */
function coordinatedSubject(text: string, s: Sentence, v: number, names: Mention[], quotes: Span[]): TextSpan | null {
  const t = s.tokens;
  const coordinated = t[v - 1]?.normal === 'and' || t[v - 2]?.normal === 'and';
  const participle = t[v - 1]?.text === ',' && /ing$/i.test(t[v]!.text);
  if (!coordinated && !participle) return null;
  // "a refugee who feared retaliation and asked not to be identified": inside a relative clause the
  // subject is the clause's antecedent, not the first name of the sentence.
  // (A participle after a comma follows the main clause, so a relative clause before it is closed.)
  let verb = v - 1;
  while (verb >= 0 && t[verb]!.pos !== 'VERB' && t[verb]!.pos !== 'AUX') verb--;
  if (coordinated && verb > 0 && /^(?:who|which|that|whom)$/.test(t[verb - 1]!.normal)) return null;
  // The clause opens at most APPOSITIVE_WINDOW tokens back (a run-on text has no sentence start to speak of).
  for (let i = Math.max(0, v - APPOSITIVE_WINDOW); i < v - 1; i++) {
    if (inside(quotes, t[i]!.start) || quotes.some((q) => q.start === t[i]!.start)) continue;
    const name = nameAt(names, t[i]!);
    if (name && (name.type === 'person' || name.type === 'organization')) return textSpan(text, name.start, name.end);
    if (t[i]!.pos === 'PRON' && PRONOUNS.has(t[i]!.normal)) return textSpan(text, t[i]!.start, t[i]!.end);
    // "The billionaire businessman began …, saying": a noun phrase that opens the sentence.
    if (t[i]!.pos === 'NOUN' && npStart(t, i) === 0 && t[i + 1]?.pos === 'VERB') return textSpan(text, t[0]!.start, t[i]!.end);
    if (t[i]!.pos === 'VERB') break;
  }
  return null;
}

/** Noun-phrase parts of a subject ("the two leading Republicans", "RNC members and officials", "Senator John Cornyn of Texas"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
/** Words between a subject and its verb: "have", "both", "also", "even", "in fact". */
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
/** Tokens an aside between commas or in parentheses may hold ("…, the No. 2 Republican in the Senate, said"). */
const ASIDE_MAX_TOKENS = 16;
/** What may stand between a subject and an infinitive cue that it controls: verbs, their short objects, "to", "went on to". */
const CONTROL_POS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP']);

/**
 * The subject of the clause a cue belongs to, when the nearer rules found none: the noun phrase
 * that opens the sentence (after an opening phrase up to its comma: "In a statement released
 * Thursday, …", "Addressing the committee, …"), followed, before the cue, only by asides between
 * commas or parentheses, adverbs and auxiliaries ("Senator John Cornyn of Texas, the No. 2
 * Republican in the Senate, said", "RNC members and officials, in fact, even insist"), or by one
 * verb phrase the cue is coordinated with ("The Arizona Republican survived … and says …",
 * "… reacted to the news, saying …").
 */
function clauseSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  if (!phrase) return null;
  const { start, end } = phrase;
  const head = t[end - 1]!;
  // From the subject to the cue: asides, adverbs and auxiliaries, or one coordinated verb phrase.
  let i = end;
  while (i < v) {
    const x = t[i]!;
    if (x.text === ',' || x.text === '(') {
      const close = x.text === ',' ? ',' : ')';
      let j = i + 1;
      while (j < v && j - i <= ASIDE_MAX_TOKENS && t[j]!.text !== close && !QUOTE_MARK.test(t[j]!.text)) j++;
      if (j === v && close === ',' && /ing$/i.test(t[v]!.text)) return null;
      if (j >= v || t[j]!.text !== close) break;
      i = j + 1;
      continue;
    }
    if (BETWEEN_POS.has(x.pos) || x.normal === 'both' || x.normal === 'all') {
      i++;
      continue;
    }
    // "A Syrian refugee who feared retaliation and asked not to be identified told …": a relative clause right after the subject.
    if (i === end && /^(?:who|which|that)$/.test(x.normal) && v - i <= ASIDE_MAX_TOKENS && !t.slice(i, v).some((y) => y.text === ';' || y.text === ',' || QUOTE_MARK.test(y.text))) {
      i = v;
      break;
    }
    break;
  }
  if (i < v) {
    // One verb phrase, then "and"/"but" (or a comma before a participle) right before the cue.
    if (t[i]!.pos !== 'VERB') return null;
    let k = v - 1;
    while (k > i && BETWEEN_POS.has(t[k]!.pos)) k--;
    const joined = t[k]!.normal === 'and' || t[k]!.normal === 'but' || (t[k]!.text === ',' && /ing$/i.test(t[v]!.text));
    if (!joined) return null;
    for (let j = i + 1; j < k; j++) if (t[j]!.pos === 'VERB' || t[j]!.pos === 'SCONJ' || t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) return null;
  }
  return textSpan(text, t[start]!.start, head.end);
}

/**
 * "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at …, said": a finite cue
 * after the comma that closes an aside of any length has the clause's opening noun phrase for subject.
 */
function asideSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  const cue = t[v]!;
  if (!phrase || t[v - 1]?.text !== ',' || cue.normal === cue.lemma || /ing$/.test(cue.normal)) return null;
  // "… Nisan Ahmado's source inside the Rukban camp, a Syrian refugee …": prepositional phrases may follow the head.
  let after = phrase.end;
  while (t[after]?.pos === 'ADP' && after < v) {
    after++;
    while (after < v && SUBJECT_POS.has(t[after]!.pos)) after++;
  }
  if (!/^(?:,|\(|who|which)$/.test(t[after]?.normal ?? '')) return null;
  return textSpan(text, t[phrase.start]!.start, t[phrase.end - 1]!.end);
}

/**
 * "The Steelers spent Monday trying to distance themselves from …": a cue in an infinitive after
 * the clause's own verbs (no comma or conjunction between) has the clause's subject.
 */
function controlSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  if (t[v - 1]?.normal !== 'to') return null;
  if (!phrase || (t[phrase.end]?.pos !== 'VERB' && t[phrase.end]?.pos !== 'AUX')) return null;
  for (let i = phrase.end; i < v; i++) if (!CONTROL_POS.has(t[i]!.pos)) return null;
  return textSpan(text, t[phrase.start]!.start, t[phrase.end - 1]!.end);
}

/**
 * The noun phrase that opens the clause of the cue at `v`, past an
 * opening phrase and adverbs; none when the clause opens more than SUBJECT_DISTANCE tokens back
 * (a run-on text has no clause start to speak of, and its claims would span it all).
 */
function subjectPhrase(t: Token[], v: number, quotes: Span[]): Phrase | null {
  if (v > SUBJECT_DISTANCE) return null;
  let start = 0;
  if (t[0]?.pos === 'CCONJ') start = 1;
  const opener = t[start];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || (opener.pos === 'VERB' && /ing$/i.test(opener.text)))) {
    const comma = t.findIndex((x, i) => i > start && i < v && x.text === ',' && !inside(quotes, x.start));
    if (comma === -1) return null;
    start = comma + 1;
  }
  // "Most believe that …": wink tags "most" an adverb; as a subject it stays.
  while (t[start]?.pos === 'ADV' && !INDEFINITE_SUBJECTS.has(t[start]!.normal)) start++;
  // The noun phrase: modifiers and nouns, "of" and "and" joining two of them; a pronoun alone.
  let end = start;
  const alone = t[start] && t[start + 1]?.normal !== 'and' && ((t[start]!.pos === 'PRON' && PRONOUNS.has(t[start]!.normal)) || INDEFINITE_SUBJECTS.has(t[start]!.normal));
  if (alone && (t[start + 1]?.pos === 'AUX' || t[start + 1]?.pos === 'VERB' || t[start + 1]?.pos === 'ADV')) end = start + 1;
  else {
    while (end < v) {
      const x = t[end]!;
      if (SUBJECT_POS.has(x.pos) || (x.pos === 'PRON' && end === start)) end++;
      else if ((x.normal === 'of' || x.normal === 'and') && end > start && SUBJECT_POS.has(t[end + 1]?.pos ?? '')) end++;
      else break;
    }
  }
  const head = t[end - 1];
  if (end === start || !head || (!/^(?:NOUN|PROPN|PRON)$/.test(head.pos) && !(alone && end === start + 1)) || end > v) return null;
  return { start, end };
}

/**
 * A content that opens a quotation and stops just short of its closing mark (“… as “patently
 * false,” and …” cut at the comma) takes the mark, if it is in the sentence: a claim shows the
 * quotation whole.
 */
function closeQuotation(text: string, content: Span, sentenceEnd: number): Span {
  const inside = text.slice(content.start, content.end);
  const curly = (inside.match(/“/g)?.length ?? 0) > (inside.match(/”/g)?.length ?? 0);
  const straight = (inside.match(/"/g)?.length ?? 0) % 2 === 1;
  if (!curly && !straight) return content;
  const close = (curly ? /^[,.;:!?]?”/ : /^[,.;:!?]?"/).exec(text.slice(content.end, Math.min(content.end + 2, sentenceEnd)));
  return close ? { start: content.start, end: content.end + close[0].length } : content;
}

/** What a speaker's mention is resolved against. */
interface Named {
  /** Names in the claim's sentence. */
  names: Mention[];
  coreference: NameCoreference;
  /** The claim's sentence. */
  sentence: Sentence;
  /** The organisation that publishes the page, for a "we" outside quotation marks (none inside them). */
  publisher?: string | null;
  /** The claims found before this one, for an "it" or "they" that goes on with an earlier source. */
  earlier?: readonly Claim[];
}

/** How many sentences back an earlier source is still the one an "it" or "they" means. */
const EARLIER_SOURCE_SENTENCES = 2;
const EARLIER_SOURCE_CLAIMS = 8;

/**
 * "…, the ministry said. It added that …", "They say the increased selection …" after "industry
 * analysts said": an "it" or "they" goes on with the last source of the sentences just before
 * that is not a person; else it stays unresolved (the one organisation named before is as often
 * wrong as right: "The law … bans what it describes as …" after "(CNN)").
 */
function earlierSource(sentence: Sentence, earlier: readonly Claim[], coreference: NameCoreference): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    if (c.sentence < sentence.index - EARLIER_SOURCE_SENTENCES) break;
    if (c.kind === 'factual' || !c.speaker || c.sentence > sentence.index) continue;
    // A run-on text is one sentence of thousands of claims: the last few sources are enough.
    if (earlier.length - i > EARLIER_SOURCE_CLAIMS) break;
    if (coreference.isPerson(c.speaker)) continue;
    return c.speaker;
  }
  return null;
}

/** The organisation the article names whose name the site's name holds ("GiveWell" in "The GiveWell Blog"). */
function publisherOf(siteName: string | null, coreference: NameCoreference): string | null {
  if (!siteName) return null;
  const site = ` ${siteName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = coreference.clusters.filter((c) => c.type === 'organization' && site.includes(` ${c.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
  return named.length > 0 ? named.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name : null;
}

/**
 * The speaker's name: a name that ends the mention, for a pronoun the last person named before,
 * for "the company" the one organisation named just before; names as the entity list gives them.
 */
/**
 * What a relative "who" stands for: the name or noun phrase right before it (or before its comma),
 * past an appositive ("81-year-old Parker Eaton, a nominal Republican who …" → Parker Eaton); none
 * when "who" opens the sentence or follows no noun.
 */
function relativeAntecedent(s: Sentence, who: TextSpan, names: Mention[], coreference: NameCoreference): string | null {
  const t = s.tokens;
  let at = t.findIndex((x) => x.start === who.start);
  // "Trump, who has relied on …, has said": a relative clause set off by commas.
  if (t[at - 1]?.text === ',') at--;
  if (at < 1) return null;
  const last = t[at - 1]!;
  const named = nameAt(names, last);
  if (named && (named.type === 'person' || named.type === 'organization')) return coreference.nameAt(named.start) ?? named.text;
  // "Representative Peter T. King of New York, who …": the person the place describes.
  if (named?.type === 'place') {
    const from = tokenAt(t, named.start);
    const person = from >= 2 && /^(?:of|from)$/.test(t[from - 1]!.normal) ? nameAt(names, t[from - 2]!) : undefined;
    if (person?.type === 'person') return coreference.nameAt(person.start) ?? person.text;
  }
  if (!named && last.pos !== 'NOUN' && last.pos !== 'PRON' && last.pos !== 'PROPN' && last.pos !== 'NUM') return null;
  let first = named ? npStart(t, tokenAt(t, named.start)) : npStart(t, at - 1);
  // "a Republican who": an appositive names someone named before its comma.
  if (t[first - 1]?.text === ',' && first >= 2) {
    const before = nameAt(names, t[first - 2]!);
    if (before && before.type === 'person') return coreference.nameAt(before.start) ?? before.text;
  }
  first = postmodifiedStart(t, first, names);
  return s.text.slice(t[first]!.start - s.start, last.end - s.start).replace(/^(?:the|a|an)\s+/i, '');
}

/** A time phrase that ends a description ("… top court last week"). */
const TRAILING_TIME = /\s+(?:last|this|next|on|early|late)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|year|morning|afternoon|evening|night)$/i;

function resolveSpeaker(mention: TextSpan | null, { names, coreference, sentence, publisher, earlier = [] }: Named): string | null {
  if (!mention) return null;
  // A name that ends the mention is its head: "longtime pollster Pat Caddell" → "Pat Caddell",
  // but "the Chinese government" is not "Chinese".
  // "Mr. Burman of the Tax Policy Center": the head comes before "of".
  const of = mention.text.indexOf(' of ');
  const end = of === -1 ? mention.end : mention.start + of;
  // Not a name after a preposition: "Many in Hong Kong" is not Hong Kong.
  const head = names.find((m) => m.start >= mention.start && m.end === end && !mention.text.slice(0, m.start - mention.start).toLowerCase().split(/\s+/).some((w) => POSTMODIFIER_PREPOSITIONS.has(w)));
  if (head) return coreference.nameAt(head.start) ?? head.text;
  // "Representatives of Epstein's family": a description keeps what follows its head.
  if (!names.some((m) => m.start >= mention.start && m.end <= end)) {
    // "The European Union's top court last week": the time is not the source's.
    const whole = mention.text.replace(/^(?:which|that)\s+/i, '').replace(/^(?:the|a|an)\s+/i, '').replace(TRAILING_TIME, '');
    if (!PRONOUNS.has(mention.text.toLowerCase()) && !ORGANISATION_DESCRIPTION.test(mention.text)) return whole;
  }
  // "he", "she", "I" and "who" refer to a person; "it", "they", "we" and "you" are left unresolved.
  const pronoun = mention.text.toLowerCase();
  // "We believe …" on an organisation's own site is that organisation's claim.
  if (pronoun === 'we' && publisher) return publisher;
  // A relative "who" means the phrase just before it: "Those who said …", "Parker Eaton, a Republican who …".
  if (pronoun === 'who') {
    const antecedent = relativeAntecedent(sentence, mention, names, coreference);
    if (antecedent) return antecedent;
  }
  if (pronoun === 'it' || pronoun === 'they') return earlierSource(sentence, earlier, coreference);
  if (PRONOUNS.has(pronoun)) return PERSON_PRONOUNS.has(pronoun) ? coreference.lastPerson(sentence.start, pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null) : null;
  if (ORGANISATION_DESCRIPTION.test(mention.text)) return coreference.describedOrganisation(mention, sentence.index);
  return mention.text.slice(0, end - mention.start).replace(/^(?:which|that)\s+/i, '').replace(/^(?:the|a|an)\s+/i, '').replace(TRAILING_TIME, '');
}

/** Why a sentence without a source is still a checkable claim: it states a figure or a comparison. */
function factualBasis(s: Sentence, mentions: Mention[]): string[] {
  const basis: string[] = [];
  if (mentions.some((m) => m.type === 'money' || m.type === 'percent' || m.type === 'cardinal')) basis.push('figure');
  if (COMPARISON.test(s.text)) basis.push('comparison');
  return basis;
}
