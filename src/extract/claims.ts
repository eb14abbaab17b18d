import { ATTRIBUTION_VERBS, BELIEF_VERBS, COMPARISON, OBJECT_VERBS, SOURCE_PHRASES, WEAK_ATTRIBUTION_VERBS } from '../data/cues.js';
import type { AnnotatedArticle, Claim, ClaimKind, Mention, Sentence, Span, TextSpan, Token } from '../types.js';
import { textSpan, trimClause } from './spans.js';

const CLAIM_ROLES = new Set(['body', 'quote', 'list-item', 'dek', 'title']);
const NAME_TYPES = new Set(['person', 'organization', 'place', 'other']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'who', 'you']);
/** Quotations: “…”, "…" and ‘…’ holding at least a few words. */
const QUOTATION = /[“"]([^“”"]{2,}?)[”"]|‘([^‘’]{8,}?)’(?!\w)/gu;
const QUOTED_MIN_WORDS = 3;
/** How far (in tokens) a subject is looked for before a cue, and after it for inversions ("…,” said Mr Smith). */
const SUBJECT_WINDOW_BEFORE = 8;
const SUBJECT_WINDOW_AFTER = 5;
/** A colon cue ("Trump: …") follows a short subject at the start of a sentence. */
const COLON_SUBJECT_MAX_TOKENS = 6;
/** Words that start a coordinated clause: the attribution after one is a second claim, not part of the first's content. */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', ';']);
/** After these cue verbs a preposition opens the content: "called for …", "asked about …", "commented on …". */
const CONTENT_PREPOSITIONS = new Set(['for', 'about', 'on']);
const PREPOSITION_VERBS = new Set(['call', 'ask', 'comment', 'talk', 'speak', 'write', 'report', 'rail', 'weigh', 'insist', 'push', 'press']);

interface Attribution {
  cue: TextSpan;
  speaker: TextSpan | null;
  content: Span;
  /** Token index of the cue (for ordering), and where the speaker starts (for coordination). */
  at: number;
  speakerToken: number;
}

/**
 * Claims: statements the article attributes to a source — quotes, reported speech, "according
 * to X", beliefs and intentions (X believes / wants / warned …), several per sentence when it
 * coordinates them — and sentences that assert something checkable without a source (a figure,
 * a comparison). A quoted paragraph with no cue of its own continues the quote before it.
 */
export function findClaims(annotated: AnnotatedArticle): Claim[] {
  const { article, sentences, mentions } = annotated;
  const { text } = article;
  // Mentions by sentence, once: looking them up per sentence must not scan them all (long inputs).
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const claims: Claim[] = [];
  let lastPerson: Mention | null = null;
  let lastQuote: Claim | null = null;

  for (const s of sentences) {
    const inSentence = bySentence.get(s.index) ?? [];
    const names = inSentence.filter((m) => NAME_TYPES.has(m.type));
    if (CLAIM_ROLES.has(s.role)) {
      const quotes = quotations(s);
      const found = attribute(text, s, names, quotes);
      for (const a of found) {
        const claim: Claim = {
          ...textSpan(text, s.start, s.end),
          kind: kindOf(a.content, quotes),
          speaker: resolveSpeaker(a.speaker, names, lastPerson),
          speakerMention: a.speaker,
          cue: a.cue.text.toLowerCase(),
          cueSpan: { start: a.cue.start, end: a.cue.end },
          content: a.content,
          basis: factualBasis(s, inSentence),
          sentence: s.index,
        };
        claims.push(claim);
        lastQuote = claim.kind === 'direct' || claim.kind === 'mixed' ? claim : lastQuote;
      }
      if (found.length === 0) {
        if (lastQuote && continuesQuote(text, s, lastQuote)) {
          // “…” on its own after a quote: the same speaker goes on.
          lastQuote.end = s.end;
          lastQuote.text = text.slice(lastQuote.start, lastQuote.end);
          lastQuote.content = { start: lastQuote.content.start, end: trimClause(text, s.start, s.end).end };
        } else {
          lastQuote = null;
          const basis = factualBasis(s, inSentence);
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
    const person = [...names].reverse().find((m) => m.type === 'person');
    if (person) lastPerson = person;
  }
  return claims;
}

/** A sentence that opens with a quotation mark, soon after a quote, in the same or the next block. */
function continuesQuote(text: string, s: Sentence, previous: Claim): boolean {
  if (!/^[“"‘]/.test(s.text)) return false;
  const gap = text.slice(previous.end, s.start);
  return gap.split('\n').length <= 3 && !/[.!?]["”’]?\s*$/.test(gap.trim() === '' ? '' : gap);
}

function quotations(s: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of s.text.matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.split(/\s+/).filter(Boolean).length < QUOTED_MIN_WORDS) continue;
    out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  // An opening quote that runs to the end of the sentence (the quote goes on in the next one):
  // only when the marks do not balance (a closing straight quote looks like an opening one).
  const curlyOpen = (s.text.match(/“/g) ?? []).length > (s.text.match(/”/g) ?? []).length;
  const straightOpen = (s.text.match(/"/g) ?? []).length % 2 === 1;
  const open = curlyOpen || straightOpen ? /[“"]([^“”"]{8,})$/u.exec(s.text) : null;
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

function attribute(text: string, s: Sentence, names: Mention[], quotes: Span[]): Attribution[] {
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
      const tokenIndex = t.findIndex((x) => x.start >= cueStart);
      found.push({ cue: textSpan(text, cueStart, cueEnd), speaker: textSpan(text, speaker.start, speaker.end), content, at: tokenIndex, speakerToken: tokenIndex });
    }
  }

  // "Trump: …" — a short subject and a colon open the sentence.
  const colon = t.findIndex((x) => x.text === ':');
  if (colon > 0 && colon <= COLON_SUBJECT_MAX_TOKENS && colon < t.length - 2 && t.slice(0, colon).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON')) {
    const speaker = textSpan(text, t[0]!.start, t[colon - 1]!.end);
    found.push({ cue: textSpan(text, t[colon]!.start, t[colon]!.end), speaker, content: trimClause(text, t[colon]!.end, s.end), at: colon, speakerToken: 0 });
  }

  for (let v = 0; v < t.length; v++) {
    const tok = t[v]!;
    if (tok.pos !== 'VERB' || inside(quotes, tok.start) || isPassive(t, v)) continue;
    const strong = ATTRIBUTION_VERBS.has(tok.lemma);
    const belief = BELIEF_VERBS.has(tok.lemma);
    if (!strong && !belief && !WEAK_ATTRIBUTION_VERBS.has(tok.lemma)) continue;
    // A belief needs its complement: "thinks that …", "wants to …".
    if (belief && !strong && !/^(?:that|to)$/.test(t[v + 1]?.normal ?? '')) continue;
    const before = subjectBefore(text, s, v, names);
    const after = before ? null : subjectAfter(text, s, v, names);
    const speaker = before ?? after ?? (strong ? coordinatedSubject(text, s, v, names, quotes) : null);
    if (!speaker) continue;
    const named = names.some((m) => m.start >= speaker.start && m.end <= speaker.end) || /\p{Lu}/u.test(speaker.text);
    if (!strong && !named && !(belief && PRONOUNS.has(speaker.text.toLowerCase()))) continue;
    const cue = textSpan(text, tok.start, tok.end);
    let content: Span;
    let from = tok.end;
    const next = t[v + 1];
    if (next && ((CONTENT_PREPOSITIONS.has(next.normal) && PREPOSITION_VERBS.has(tok.lemma)) || next.text === ':' || next.text === ',')) from = next.end;
    // "said that …", "told reporters that …": a "that" right after the verb or its short object (no verb between).
    const thatAt = t.findIndex((x, i) => i > v && i <= v + 4 && x.normal === 'that' && !t.slice(v + 1, i).some((y) => y.pos === 'VERB'));
    if (thatAt !== -1 && before) from = t[thatAt]!.end;
    content = trimClause(text, from, s.end);
    // “…,” Clinton said on Thursday. — a quotation just before the speaker (or the cue) is the content.
    const quoteBefore = quotes.find((q) => q.end <= Math.min(speaker.start, tok.start) && /^[\s,]*$/.test(text.slice(q.end, Math.min(speaker.start, tok.start))));
    if (quoteBefore) content = { start: quoteBefore.start, end: quoteBefore.end };
    // "attacked billionaire Donald Trump, with whom …": an object ends at the first clause boundary.
    if (OBJECT_VERBS.has(tok.lemma)) {
      const boundary = t.findIndex((x, i) => i > v + 1 && x.start >= from && /^[,;:—–(]$/.test(x.text));
      if (boundary !== -1) content = trimClause(text, from, t[boundary]!.start);
    }
    // "As Beijing seeks to rebuild confidence, the collaboration …": inside an opening subordinate
    // clause the content ends with that clause (wink tags "As" ADP; "As she said, …" is not one).
    if ((t[0]?.pos === 'SCONJ' || (!strong && t[0]?.normal === 'as')) && !quoteBefore) {
      const comma = t.findIndex((x, i) => i > v && x.text === ',');
      if (comma !== -1 && t.slice(0, v).every((x) => x.text !== ',')) content = trimClause(text, from, t[comma]!.start);
    }
    // “…,” she said. — nothing after the cue, or the subject comes after it: the content precedes them.
    const speakerFirst = Math.min(speaker.start, tok.start);
    if (!quoteBefore && (after || content.end - content.start < 8)) content = trimClause(text, s.start, speakerFirst);
    if (content.end - content.start < 8) continue;
    const speakerToken = t.findIndex((x) => x.start >= speaker.start);
    found.push({ cue, speaker, content, at: v, speakerToken });
  }

  return separate(text, t, found.sort((a, b) => a.at - b.at));
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
    kept.push(a);
  }
  return kept.filter((a) => a.content.end - a.content.start >= 8);
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
  while (first > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(t[first - 1]!.pos)) first--;
  return first;
}

const nameAt = (names: Mention[], tok: Token): Mention | undefined => names.find((m) => m.start <= tok.start && m.end >= tok.end);

function subjectBefore(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let i = v - 1; i >= Math.max(0, v - SUBJECT_WINDOW_BEFORE); i--) {
    const tok = t[i]!;
    if (tok.text === ')' || tok.text === ',') {
      // "Gov. John Kasich (R-OH), said", "Trump, the front-runner, said": the name that opens the
      // clause, before the aside (a name inside a list — "executives from Huawei, Tencent, and BYD,
      // emphasized" — is not the subject).
      for (let j = i - 1; j >= Math.max(0, i - SUBJECT_WINDOW_BEFORE); j--) {
        const name = nameAt(names, t[j]!);
        if (name && (name.type === 'person' || name.type === 'organization')) {
          const first = t.findIndex((x) => x.start >= name.start);
          const opensClause = t.slice(0, first).every((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'DET' || x.pos === 'ADJ' || x.text === '.');
          const after = t.findIndex((x) => x.start >= name.end);
          if (opensClause && after !== -1 && /^[,(]$/.test(t[after]!.text)) return textSpan(text, name.start, name.end);
        }
        if (t[j]!.pos === 'VERB') break;
      }
      return null;
    }
    if (tok.pos === 'PUNCT' && tok.text !== '’' && tok.text !== "'") return null;
    const name = nameAt(names, tok);
    if (name) return textSpan(text, name.start, name.end);
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return textSpan(text, tok.start, tok.end);
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'NUM') {
      let first = npStart(t, i);
      // "Supporters of the measure": the head is before "of".
      while (first >= 2 && t[first - 1]!.normal === 'of' && (t[first - 2]!.pos === 'NOUN' || t[first - 2]!.pos === 'PROPN')) first = npStart(t, first - 2);
      return textSpan(text, t[first]!.start, tok.end);
    }
    if (tok.pos !== 'ADV' && tok.pos !== 'AUX' && tok.pos !== 'PART') return null;
  }
  return null;
}

function subjectAfter(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  // Inversion only right after a quotation or a reported clause ("…,” said Mr Smith."), and the
  // subject then ends the clause.
  const previous = t[v - 1];
  if (!previous || !/^[,”"’']$/.test(previous.text)) return null;
  const closesClause = (i: number): boolean => i + 1 >= t.length || /^[,.;!?]$/.test(t[i + 1]!.text);
  for (let i = v + 1; i < Math.min(t.length, v + 1 + SUBJECT_WINDOW_AFTER); i++) {
    const tok = t[i]!;
    const name = nameAt(names, tok);
    if (name) {
      const last = t.findIndex((x) => x.end === name.end);
      return closesClause(last) ? textSpan(text, name.start, name.end) : null;
    }
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return closesClause(i) ? textSpan(text, tok.start, tok.end) : null;
    if (tok.pos === 'NOUN') {
      let last = i;
      while (last + 1 < t.length && (t[last + 1]!.pos === 'NOUN' || t[last + 1]!.pos === 'PROPN')) last++;
      if (!closesClause(last)) return null;
      return textSpan(text, t[i - (t[i - 1]?.pos === 'DET' ? 1 : 0)]!.start, t[last]!.end);
    }
    if (tok.pos !== 'DET' && tok.pos !== 'ADJ' && tok.pos !== 'PROPN') return null;
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
  let verb = v - 1;
  while (verb >= 0 && t[verb]!.pos !== 'VERB' && t[verb]!.pos !== 'AUX') verb--;
  if (verb > 0 && /^(?:who|which|that|whom)$/.test(t[verb - 1]!.normal)) return null;
  for (let i = 0; i < v - 1; i++) {
    if (inside(quotes, t[i]!.start) || quotes.some((q) => q.start === t[i]!.start)) continue;
    const name = nameAt(names, t[i]!);
    if (name && (name.type === 'person' || name.type === 'organization')) return textSpan(text, name.start, name.end);
    if (t[i]!.pos === 'PRON' && PRONOUNS.has(t[i]!.normal)) return textSpan(text, t[i]!.start, t[i]!.end);
    if (t[i]!.pos === 'VERB') break;
  }
  return null;
}

/** The speaker's name: a name that ends the mention, or for a pronoun the last person named before. */
function resolveSpeaker(mention: TextSpan | null, names: Mention[], lastPerson: Mention | null): string | null {
  if (!mention) return null;
  // A name that ends the mention is its head: "longtime pollster Pat Caddell" → "Pat Caddell",
  // but "the Chinese government" is not "Chinese".
  const head = names.find((m) => m.start >= mention.start && m.end === mention.end);
  if (head) return head.text;
  if (PRONOUNS.has(mention.text.toLowerCase())) return lastPerson ? lastPerson.text : null;
  return mention.text.replace(/^(?:the|a|an)\s+/i, '');
}

/** Why a sentence without a source is still a checkable claim: it states a figure or a comparison. */
function factualBasis(s: Sentence, mentions: Mention[]): string[] {
  const basis: string[] = [];
  if (mentions.some((m) => m.type === 'money' || m.type === 'percent' || m.type === 'cardinal')) basis.push('figure');
  if (COMPARISON.test(s.text)) basis.push('comparison');
  return basis;
}
