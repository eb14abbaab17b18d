import { COMPARISON, REPORTING_VERBS, SOURCE_PHRASES } from '../data/cues.js';
import type { AnnotatedArticle, Claim, ClaimKind, Mention, Sentence, Span, TextSpan } from '../types.js';
import { textSpan, trimClause } from './spans.js';

const CLAIM_ROLES = new Set(['body', 'quote', 'list-item', 'dek']);
const NAME_TYPES = new Set(['person', 'organization', 'place', 'other']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'who']);
/** Quotations: “…”, "…" and ‘…’ holding at least a few words. */
const QUOTATION = /[“"]([^“”"]{2,}?)[”"]|‘([^‘’]{8,}?)’(?!\w)/gu;
const QUOTED_MIN_WORDS = 3;
/** Subjects are looked for this many tokens before a reporting verb, and after it for inversions ("…, said Mr Smith"). */
const SUBJECT_WINDOW_BEFORE = 6;
const SUBJECT_WINDOW_AFTER = 4;

interface Attribution {
  cue: TextSpan;
  speaker: TextSpan | null;
  content: Span;
}

/**
 * Claims: sentences that attribute something to a source (a quote, reported speech, "according
 * to X") and sentences that assert something checkable without a source (a figure, a comparison).
 */
export function findClaims(annotated: AnnotatedArticle): Claim[] {
  const { article, sentences, mentions } = annotated;
  const { text } = article;
  // Mentions by sentence, once: looking them up per sentence must not scan them all (long inputs).
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const claims: Claim[] = [];
  let lastPerson: Mention | null = null;

  for (const s of sentences) {
    const inSentence = bySentence.get(s.index) ?? [];
    const own = inSentence.filter((m) => NAME_TYPES.has(m.type));
    if (CLAIM_ROLES.has(s.role)) {
      const attribution = attribute(text, s, own);
      const quotes = quotations(s);
      const basis = factualBasis(s, inSentence);
      if (attribution) {
        const speakerName = resolveSpeaker(attribution.speaker, own, lastPerson);
        claims.push({
          ...textSpan(text, s.start, s.end),
          kind: kindOf(attribution.content, quotes),
          speaker: speakerName,
          speakerMention: attribution.speaker,
          cue: attribution.cue.text.toLowerCase(),
          cueSpan: { start: attribution.cue.start, end: attribution.cue.end },
          content: attribution.content,
          basis,
          sentence: s.index,
        });
      } else if (basis.length > 0) {
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
    const person = [...own].reverse().find((m) => m.type === 'person');
    if (person) lastPerson = person;
  }
  return claims;
}

function quotations(s: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of s.text.matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.split(/\s+/).filter(Boolean).length < QUOTED_MIN_WORDS) continue;
    out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
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

function attribute(text: string, s: Sentence, names: Mention[]): Attribution | null {
  const lower = s.text.toLowerCase();
  for (const phrase of SOURCE_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at === -1 || !/^\W?$/.test(lower[at - 1] ?? '')) continue;
    const cueStart = s.start + at;
    const cueEnd = cueStart + phrase.length;
    const sourceEnd = clauseEnd(text, cueEnd, s.end);
    const speaker = trimClause(text, cueEnd, sourceEnd);
    const content = at < 3 ? trimClause(text, sourceEnd, s.end) : trimClause(text, s.start, cueStart);
    return { cue: textSpan(text, cueStart, cueEnd), speaker: textSpan(text, speaker.start, speaker.end), content };
  }

  const t = s.tokens;
  for (let v = 0; v < t.length; v++) {
    const tok = t[v]!;
    if (tok.pos !== 'VERB' || !REPORTING_VERBS.has(tok.lemma) || isPassive(t, v)) continue;
    const before = subjectBefore(text, s, v, names);
    const after = before ? null : subjectAfter(text, s, v, names);
    const speaker = before ?? after;
    if (!speaker) continue;
    const cue = textSpan(text, tok.start, tok.end);
    let content: Span;
    if (before) {
      let from = tok.end;
      const next = t[v + 1];
      if (next && (next.normal === 'that' || next.pos === 'PUNCT')) from = next.end;
      content = trimClause(text, from, s.end);
      // "X said on Monday that …", "X told reporters that …": start after the "that".
      const that = t.slice(v + 1, v + 6).find((x) => x.normal === 'that');
      if (that) content = trimClause(text, that.end, s.end);
      // “…,” she said. — nothing after the verb: the content is what precedes the speaker.
      if (content.end - content.start < 8) content = trimClause(text, s.start, speaker.start);
    } else {
      content = trimClause(text, s.start, speaker.start < tok.start ? speaker.start : tok.start);
    }
    if (content.end - content.start < 8) continue;
    return { cue, speaker, content };
  }
  return null;
}

/** "is expected to", "was described as": a passive reporting verb has no speaker in subject position. */
function isPassive(t: Sentence['tokens'], v: number): boolean {
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

function subjectBefore(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let i = v - 1; i >= Math.max(0, v - SUBJECT_WINDOW_BEFORE); i--) {
    const tok = t[i]!;
    if (tok.pos === 'PUNCT' && tok.text !== '’' && tok.text !== "'") return null;
    const name = names.find((m) => m.start <= tok.start && m.end >= tok.end);
    if (name) return textSpan(text, name.start, name.end);
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return textSpan(text, tok.start, tok.end);
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
      // A noun phrase subject: "the company", "officials", "the ministry's spokesman".
      let first = npStart(t, i);
      // "Supporters of the measure": the head is before "of".
      while (first >= 2 && t[first - 1]!.normal === 'of' && (t[first - 2]!.pos === 'NOUN' || t[first - 2]!.pos === 'PROPN')) {
        first = npStart(t, first - 2);
      }
      return textSpan(text, t[first]!.start, tok.end);
    }
    if (tok.pos !== 'ADV' && tok.pos !== 'AUX' && tok.pos !== 'PART') return null;
  }
  return null;
}

/** First token of the noun phrase that ends at token `i`. */
function npStart(t: Sentence['tokens'], i: number): number {
  let first = i;
  while (first > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(t[first - 1]!.pos)) first--;
  return first;
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
    const name = names.find((m) => m.start <= tok.start && m.end >= tok.end);
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

/** The speaker's name: the mention itself, or for a pronoun the last person named before. */
function resolveSpeaker(mention: TextSpan | null, names: Mention[], lastPerson: Mention | null): string | null {
  if (!mention) return null;
  // A name that ends the mention is its head: "longtime pollster Pat Caddell" → "Pat Caddell",
  // but "the Chinese government" is not "Chinese".
  const inside = names.find((m) => m.start >= mention.start && m.end === mention.end);
  if (inside) return inside.text;
  if (PRONOUNS.has(mention.text.toLowerCase())) return lastPerson ? lastPerson.text : null;
  return mention.text.replace(/^(?:the|a|an)\s+/i, '');
}

/** Why a sentence without a source is still a checkable claim: it states a figure or a comparison. */
function factualBasis(s: Sentence, mentions: Mention[]): string[] {
  const basis: string[] = [];
  if (mentions.some((m) => m.type === 'money' || m.type === 'percent' || m.type === 'cardinal')) {
    basis.push('figure');
  }
  if (COMPARISON.test(s.text)) basis.push('comparison');
  return basis;
}
