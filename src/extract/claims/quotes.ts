/**
 * Quotations: where they are in a sentence (curly, straight and single marks, the New York Times'
 * ''…''), whether one opened in an earlier sentence of the paragraph is still open, whether a
 * claim is `direct`, `mixed` or `indirect`, and when a quoted sentence with no cue of its own goes
 * on with the quote before it.
 */
import type { Claim, ClaimKind, Mention, Sentence, Span, TextSpan, Token } from '../../types.js';
import { ATTRIBUTION_VERBS } from '../../data/cues.js';
import { MONTH, SPEAKER_FIRST_PERSON } from '../../data/claims.js';
import { MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../../data/given-names.js';
import { SUBJECT_WINDOW_AFTER, QUOTE_MARK, MODIFIER_POS, TRAILING_POS, isQuoteMark } from './phrase.js';

/** Quotations: “…”, "…", ‘…’ and the New York Times' ''…'' holding at least a few words. */
const QUOTATION = /[“"]([^“”"]{2,}?)[”"]|‘([^‘’]{8,}?)’(?!\w)|''(.{2,}?)''/gu;
/**
 * A quotation in straight single marks, as British pages set one ("'I am begging you to give
 * recklessly,' said Mulligan"; an apostrophe inside a word, "don't", stays in it). It tells a
 * claim's kind only: as a content span it would take a quoted title for what was said ("author of
 * the new book 'Live Free or Die,' tells Mark Levin").
 */
const SINGLE_QUOTATION = /(?<![\p{L}\p{N}'])'(\p{L}(?:[^'\n]|'(?=\p{L})){6,400}?[,.!?])'(?![\p{L}'])/gu;

const QUOTED_MIN_WORDS = 3;

/** The sentence before `s` in the same block when it is all one quotation (“Does anybody know …?” Graham asked.). */
export function quotedSentence(previous: Sentence | null, s: Sentence): Span | null {
  if (!previous || previous.block !== s.block || previous.section !== s.section || previous.item !== s.item) return null;
  return /^(?:[“"]|'')/.test(previous.text) && /(?:[”"]|'')$/.test(previous.text) ? { start: previous.start, end: previous.end } : null;
}

/** A sentence that opens with a quotation mark, soon after a quote, in the same or the next block, and reads as a sentence. */
export function continuesQuote(text: string, s: Sentence, previous: Claim): boolean {
  if (!/^(?:[“"‘]|'')/.test(s.text)) return false;
  // A pull quote set between paragraphs ("“… prevent the evacuation of the civilians”") is an
  // excerpt of someone else's words: it opens with an ellipsis or ends without a sentence's end.
  if (/^[“"‘]\s*(?:…|\.\.\.)/.test(s.text) || !/[.!?,…]\s*["”’]?\s*$/.test(s.text)) return false;
  const gap = text.slice(previous.end, s.start);
  return gap.split('\n').length <= 3 && !/[.!?]["”’]?\s*$/.test(gap.trim() === '' ? '' : gap);
}

/**
 * Whether the quotation that opens sentence `s` closes, in it or in a later sentence of its
 * paragraph (`rest`), before a reporting verb of its own: "“Sure,” Matie says.", "“It looks good.
 * It looks very good,” he said.". That quotation is its own speaker's claim, not more of the
 * quote before it.
 */
export function closesBeforeCue(s: Sentence, rest: readonly Sentence[]): boolean {
  // The mark that opened it, and the one that closes it: a curly opening closes on a curly mark
  // (a straight pair inside it is a quotation within: "“People called it a "miracle" and told me so.").
  let opening: string | null = null;
  for (const n of [s, ...rest]) {
    const t = n.tokens;
    for (let i = 0; i < t.length; i++) {
      const mark = t[i]!.text;
      if (!/^[“”"]$/.test(mark)) continue;
      if (opening === null) {
        opening = mark;
        continue;
      }
      if (opening === '“' ? mark !== '”' : mark !== '"') continue;
      return t.slice(i + 1, i + 2 + SUBJECT_WINDOW_AFTER).some((x) => ATTRIBUTION_VERBS.has(x.lemma));
    }
  }
  return false;
}

/**
 * Where the quotation still open at the end of `text` opened: its index, -1 when it opened before
 * `text` (`open`), or null when none is open (“ opens, ” closes, " and '' toggle).
 */
export function openQuotation(text: string, open: boolean): number | null {
  let at: number | null = open ? -1 : null;
  // Straight marks opened inside the open quotation and not yet closed.
  let nested = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') at = i;
    else if (c === '”') at = null;
    else if (c === '"' && at !== null && opensInside(text, i)) nested++;
    else if (c === '"' && nested > 0) nested--;
    else if (c === '"') at = at === null ? i : null;
    else if (c === "'" && text[i + 1] === "'") {
      at = at === null ? i : null;
      i++;
    }
  }
  return at;
}

/**
 * A straight mark that opens a quotation inside another: a space or an opening bracket before it, a
 * word after it ("… 2026 will accelerate the shift from "application consumption" to AI-as-a-Service.").
 */
function opensInside(text: string, i: number): boolean {
  return (i === 0 || /[\s(\[—–]/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** How much of a sentence that starts inside an open quotation is still quoted: up to its first closing mark (past a quotation inside it), or all of it. */
export function quotedPrefix(text: string): number {
  let nested = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '”' || (c === "'" && text[i + 1] === "'")) return i + (c === '”' ? 1 : 2);
    if (c !== '"') continue;
    if (opensInside(text, i)) nested++;
    else if (nested > 0) nested--;
    else return i + 1;
  }
  return text.length;
}

export function quotations(s: Sentence, minWords = QUOTED_MIN_WORDS, singles = false): Span[] {
  const out: Span[] = [];
  // A closing mark before any opening one: the quote began in an earlier sentence (“I love Oreos.
  // I will never eat them again,” Trump said). It runs from this sentence's start.
  const straight = (s.text.match(/"/g) ?? []).length;
  const curly = (s.text.match(/“/g) ?? []).length - (s.text.match(/”/g) ?? []).length;
  // (A quotation inside it may close with it: "… government retirement,'" he said.)
  const close = /^[^“"]{8,}?(?:”|(?<=[\p{L}\p{N}.,!?'’])")/u.exec(s.text);
  const closesEarlier = close !== null && (close[0].endsWith('"') ? straight % 2 === 1 : curly < 0);
  // (Marks are paired after that closing one: '… such a competition?" said Thomas Ricks, author of
  // "Making the Corps," …' holds one quotation after the cue, not one from the closing mark to it.)
  const from = closesEarlier ? close[0].length : 0;
  for (const m of s.text.slice(from).matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.split(/\s+/).filter(Boolean).length < minWords) continue;
    out.push({ start: s.start + from + m.index!, end: s.start + from + m.index! + m[0].length });
  }
  if (singles && !/[“"‘]/.test(s.text)) {
    for (const m of s.text.matchAll(SINGLE_QUOTATION)) {
      // (Not a title in single marks, its words capitalised: "his new film, 'Killers of the Flower Moon,' was …".)
      const words = m[1]!.split(/\s+/);
      const title = words.filter((w) => /^\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
      if (words.length >= minWords && !title) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
    }
  }
  if (closesEarlier) out.unshift({ start: s.start, end: s.start + close[0].length });
  // An opening quote that runs to the end of the sentence (the quote goes on in the next one):
  // only when the marks do not balance and the odd mark is not that closing one.
  // (Marks read in order, so a curly opening closed by a straight mark is closed: "“Getting input … as a leader," he added.")
  const openAt = openQuotation(s.text, closesEarlier);
  const open = openAt !== null && openAt >= 0 && /^[“"][^“”"]{8,}$/u.test(s.text.slice(openAt)) ? openAt : null;
  if (open !== null && !out.some((q) => q.end === s.end)) out.push({ start: s.start + open, end: s.end });
  return out;
}

/** direct: the content is all quotation; mixed: partly; indirect: none. */
export function kindOf(content: Span, quotes: Span[]): ClaimKind {
  const length = content.end - content.start;
  if (length <= 0) return 'indirect';
  let quoted = 0;
  for (const q of quotes) quoted += Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start));
  if (quoted === 0) return 'indirect';
  return quoted >= 0.8 * length ? 'direct' : 'mixed';
}

/** “…,” he continued — a verb after a closing quotation mark and at most a short subject, with nothing after but a clause end or a phrase. */
export function followsQuotation(t: Token[], v: number, quotes: Span[]): boolean {
  let k = v - 1;
  while (k >= 0 && v - k <= SUBJECT_WINDOW_AFTER && (MODIFIER_POS.has(t[k]!.pos) || t[k]!.pos === 'PRON' || t[k]!.text === '.')) k--;
  if (k < 0 || !isQuoteMark(t, k)) return false;
  if (!quotes.some((q) => q.end === t[k]!.end)) return false;
  const next = t[v + 1];
  return !next || /^[,.;!?]$/.test(next.text) || QUOTE_MARK.test(next.text) || TRAILING_POS.has(next.pos);
}

/**
 * A content that opens a quotation and stops just short of its closing mark (“… as “patently
 * false,” and …” cut at the comma) takes the mark, if it is in the sentence: a claim shows the
 * quotation whole.
 */
export function closeQuotation(text: string, content: Span, sentenceEnd: number): Span {
  const inside = text.slice(content.start, content.end);
  const curly = (inside.match(/“/g)?.length ?? 0) > (inside.match(/”/g)?.length ?? 0);
  const straight = (inside.match(/"/g)?.length ?? 0) % 2 === 1;
  if (!curly && !straight) return content;
  const close = (curly ? /^[,.;:!?]?”/ : /^[,.;:!?]?"/).exec(text.slice(content.end, Math.min(content.end + 2, sentenceEnd)));
  return close ? { start: content.start, end: content.end + close[0].length } : content;
}

/** A credit or a staff writer's sign-off after a dash: "With files from …", "With assistance from …", "Staff Writer Mary Smith", "Mary Smith, Staff Writer". */
const CREDIT_SIGNATURE = /^(?:with|by|from|reporting|additional|editing|edited|compiled|written|photos?|sources?|via|staff|contributing)\b|\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist)\s*\.?$/i;

/** A dash that opens a signature line, and the name after it: "- Jan Fredriks, Managing Partner", "— Chialin Yu". */
const SIGNATURE_DASH = /^([-–—―]{1,2})\s*(?=\p{Lu})/u;
/** …or a description of the speaker, the whole line, in words: "-- Senior software engineer working in automotive embedded systems" (not a desk's phone number: "-- Wellington newsroom 64 4 473-4746"). */
const SIGNED_DESCRIPTION = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&/-]+,?){1,14}$/u;
/**
 * A name of two to four capitalised words that ends the line or a comma before the description,
 * or one word before a description ("—Gail, a New York City-based housecleaner").
 */
const SIGNED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?=\s*(?:,|$))|(?=,\s+(?:an?|the)\s))/u;

/**
 * A given name alone before a comma and a description of two words or more: "Crystal, Move.org
 * Moving Grant recipient". A name the given-name lists know, and no date in the description: "—
 * Millbrook, Vermont, July 2024", "— Statement, Federal Open Market Committee, March 20" sign
 * nothing.
 */
function signedGivenName(rest: string): RegExpExecArray | null {
  const m = /^\p{Lu}\p{Ll}+(?=,\s+\S+\s+\S)/u.exec(rest);
  if (!m || !(WOMEN_GIVEN_NAMES.has(m[0]) || MEN_GIVEN_NAMES.has(m[0]))) return null;
  // (A month and a day, or a year: the claims' own month names.)
  const words = rest.slice(m[0].length).split(/[\s,]+/).filter(Boolean);
  return words.some((w, i) => (MONTH.test(w) && /^\d/.test(words[i + 1] ?? '')) || /^(?:1[89]|20)\d\d$/.test(w)) ? null : m;
}

export interface SignedQuotation {
  /** The quotation the line signs: from its opening mark in an earlier sentence to its closing one. */
  quote: Span;
  /** The index of the sentence the quotation opens. */
  sentence: number;
  /** The dash that opens the signature, or null for a line of its own with none ("Doug McMillon, CEO of Walmart"). */
  dash: TextSpan | null;
  speaker: TextSpan;
}

/**
 * A signature line after a quotation, as pull quotes, testimonials and newsletters set them:
 * "“… accelerate growth.” - Jan Fredriks, Managing Partner AIXTerra Ventures". The line is the
 * sentence `s`: a dash or two hyphens, then a person the recogniser found, a name (SIGNED_NAME) or
 * a description in words (SIGNED_DESCRIPTION), and no credit or sign-off (CREDIT_SIGNATURE). The
 * quotation ends with the sentence before it and opens in its block, at most
 * SIGNED_QUOTE_MAX_SENTENCES back, or in paragraphs before that each open with a curly mark and
 * leave it open. Or a first-person paragraph with no quotation marks that ends on its signature
 * (inlineSignature). Else null.
 */
export function signedQuotation(text: string, s: Sentence, sentences: readonly Sentence[], names: readonly Mention[]): SignedQuotation | null {
  const inline = inlineSignature(text, s, sentences, names);
  if (inline) return inline;
  // (Or no dash: a line of its own under a quotation's block that is a name, a comma and the post,
  // with no verb and no stop: "Doug McMillon, CEO of Walmart (during Walmart’s Q2 2025 earnings call …)".)
  const line = SIGNATURE_DASH.test(s.text) ? false : ownLine(s, sentences, names);
  const undashed = line !== false && !/[.!?]["”’]?$/.test(s.text) && !s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // A line in a paragraph of its own signs only as a person the recogniser found, with no address
  // or phone number in it (a press release's contact line), under a quotation that asks nothing.
  if (line === 'paragraph' && undashed && (!names.some((m) => m.start === s.start && m.type === 'person') || /@|https?:|\d{3}[\s.-]\d{4}/.test(s.text) || /\?["”]$/.test(sentences[s.index - 1]!.text))) return null;
  const dash = SIGNATURE_DASH.exec(s.text) ?? (undashed ? (/^(?:>\s*)?/.exec(s.text) as RegExpExecArray) : null);
  // (Not a story's credit or sign-off: "—With files from The Canadian Press", "— Mary Smith, Staff Writer".)
  if (!dash || CREDIT_SIGNATURE.test(s.text.slice(dash[0].length))) return null;
  const from = s.start + dash[0].length;
  const person = names.find((m) => m.start === from && m.type === 'person');
  const rest = s.text.slice(dash[0].length);
  // (A dashed line may sign with a given name alone before its description: Move.org's "—Crystal, Move.org Moving Grant recipient".)
  const written = person ? null : (SIGNED_NAME.exec(rest) ?? (undashed ? null : (signedGivenName(rest) ?? SIGNED_DESCRIPTION.exec(rest.trimEnd()))));
  if (!person && !written) return null;
  // (The post after a comma, or after a dash: Yoast's "Alex Moss – Principal SEO at Yoast".)
  if (undashed && !/^(?:,|\s+[–—-])\s*\S/.test(rest.slice(person ? person.end - from : written![0].length))) return null;
  const signature: TextSpan | null = undashed ? null : { text: dash[1]!, start: s.start, end: s.start + dash[1]!.length };
  const speaker = person ? { text: person.text, start: person.start, end: person.end } : { text: written![0], start: from, end: from + written![0].length };
  // The quotation: the sentence before closes it, and it opened at most SIGNED_QUOTE_MAX_SENTENCES
  // back, in its block, or in a paragraph before whose quotation runs on into the next (each such
  // paragraph opening with a curly mark, only the last closing).
  const last = sentences[s.index - 1];
  if (!last || last.section !== s.section) return null;
  // A block quotation with no marks, signed in a block quotation of its own below it (Yoast's
  // definition by Alex Moss): the whole block is the quotation.
  if (!/[”"]$/.test(last.text)) {
    if (s.role !== 'quote' || last.role !== 'quote' || sameBlock(last, s)) return null;
    let k = last.index;
    while (k > 0 && sameBlock(sentences[k - 1]!, last)) k--;
    if (s.index - k > SIGNED_QUOTE_MAX_SENTENCES || /[“”"]/.test(text.slice(sentences[k]!.start, last.end))) return null;
    return { quote: { start: sentences[k]!.start, end: last.end }, sentence: k, dash: signature, speaker };
  }

  let i = last.index;
  while (i > 0 && sameBlock(sentences[i - 1]!, last) && !/^[“"]/.test(sentences[i]!.text)) i--;
  let opened = sentences[i]!;
  // (Or a quotation of several paragraphs that only the first opens and the last closes, a quotation
  // inside them balanced: Prusa's "“Dealing with patent trolls …" … "… for their work.”" then "– Soozafone, creator of Dummy 13".)
  if (!/^[“"]/.test(opened.text)) {
    const run = runningQuotation(text, sentences, opened, last);
    if (!run || s.index - run.index > SIGNED_RUN_MAX_SENTENCES) return null;
    return { quote: { start: run.start, end: last.end }, sentence: run.index, dash: signature, speaker };
  }
  if (s.index - i > SIGNED_QUOTE_MAX_SENTENCES) return null;
  const inside = text.slice(opened.start + 1, last.end - 1);
  if (/”/.test(inside) || (opened.text[0] === '"' && (inside.match(/"/g) ?? []).length % 2 === 1)) return null;
  while (opened.text[0] === '“' && opened.inBlock === 0) {
    const before = sentences[opened.index - 1];
    if (!before || before.section !== opened.section || before.role !== opened.role || /[”"]$/.test(before.text)) break;
    let k = before.index;
    while (k > 0 && sameBlock(sentences[k - 1]!, before)) k--;
    const first = sentences[k]!;
    if (first.text[0] !== '“' || s.index - k > SIGNED_QUOTE_MAX_SENTENCES * 2 || /”/.test(text.slice(first.start, before.end))) break;
    opened = first;
  }
  return { quote: { start: opened.start, end: last.end }, sentence: opened.index, dash: signature, speaker };
}

/**
 * A sentence that ends its block and either is a line of a block quotation of its own (a report's
 * key quote signed on the line below) or follows a quotation closing in its own paragraph; not a
 * writer's credit line under an essay that ends on a quoted saying.
 */
function ownLine(s: Sentence, sentences: readonly Sentence[], names: readonly Mention[]): 'block' | 'paragraph' | false {
  const before = sentences[s.index - 1];
  const after = sentences[s.index + 1];
  if (after && sameBlock(after, s)) return false;
  if (before === undefined) return false;
  if (sameBlock(before, s)) return /[”"]$/.test(before.text) && 'block';
  if (s.role === 'quote' && before.role === 'quote') return 'block';
  // Or a paragraph of its own under a paragraph that is one quotation, with the article going on
  // after it (pasted pull quotes: "“… demand is rising.”" / "Jayshree Ullal, CEO of Arista Networks").
  // The paragraph before the quotation ends on a stop: not a lead that names its speaker ("… told
  // reporters:"), not a name line of its own (a round-up that names each speaker above the quotation),
  // and not the page's opening (an epigraph).
  if (!after || after.section !== s.section || before.role !== s.role || !/[”"]$/.test(before.text)) return false;
  let k = before.index;
  while (k > 0 && sameBlock(sentences[k - 1]!, before)) k--;
  const lead = sentences[k - 1];
  if (!/^[“"]/.test(sentences[k]!.text) || lead === undefined) return false;
  // (A subheading over it names no person: "Key adopter quote". A line signing the quotation before
  // is a lead too: the report's next quote and its own signature.)
  const heading = lead.role === 'heading' && !/:\s*$/.test(lead.text) && !names.some((m) => m.type === 'person' && m.start >= lead.start && m.end <= lead.end);
  const prose = lead.section === s.section && lead.role === s.role && /[.!]["”’)]?$/.test(lead.text);
  return (heading || prose || ownLine(lead, sentences, names) === 'paragraph') && 'paragraph';
}

/** Two sentences of one paragraph (or list item) in one role. */
const sameBlock = (a: Sentence, b: Sentence): boolean => a.section === b.section && a.block === b.block && a.item === b.item && a.role === b.role;

/** A signature after a sentence's stop, at the paragraph's end: "… potential attacks. – Joe Weider, CIO, …". */
const INLINE_SIGNATURE = /[.!?]\s+([–—―]|--)\s*(?=\p{Lu})/gu;

/**
 * A testimonial signed at the end of its own paragraph, with no quotation marks: "Lately, I’ve been
 * enjoying Darknet Diaries, … potential attacks. – Joe Weider, CIO, global risk solutions, Liberty
 * Mutual Insurance". The paragraph before the signature, in the first person, is the signer's.
 */
function inlineSignature(text: string, s: Sentence, sentences: readonly Sentence[], names: readonly Mention[]): SignedQuotation | null {
  const next = sentences[s.index + 1];
  if ((next && sameBlock(next, s)) || !/[–—―]|--/.test(s.text)) return null;
  const dash = [...s.text.matchAll(INLINE_SIGNATURE)].pop();
  if (!dash) return null;
  const at = dash.index! + dash[0].length;
  const rest = s.text.slice(at);
  if (CREDIT_SIGNATURE.test(rest)) return null;
  const from = s.start + at;
  const person = names.find((m) => m.start === from && m.type === 'person');
  const written = person ? null : SIGNED_NAME.exec(rest);
  if (!person && !written) return null;
  // (With the signer's post or company after a comma: a bare name, WIRED's "… — Matt Jancer" under
  // a pick of a gear list, signs the writers' own text.)
  const nameEnd = person ? person.end - from : written![0].length;
  if (!/^,\s*\S/.test(rest.slice(nameEnd))) return null;
  let k = s.index;
  while (k > 0 && sameBlock(sentences[k - 1]!, s)) k--;
  const opened = sentences[k]!;
  const end = s.start + dash.index! + 1;
  const said = text.slice(opened.start, end);
  if (s.index - k > SIGNED_QUOTE_MAX_SENTENCES || /[“”"]/.test(said) || !SPEAKER_FIRST_PERSON.test(said)) return null;
  const speaker = person ? { text: person.text, start: person.start, end: person.end } : { text: written![0], start: from, end: from + written![0].length };
  const dashStart = s.start + dash.index! + dash[0].indexOf(dash[1]!);
  return { quote: { start: opened.start, end }, sentence: opened.index, dash: { text: dash[1]!, start: dashStart, end: dashStart + dash[1]!.length }, speaker };
}

/** The most paragraphs, and sentences, a signed quotation that only its first paragraph opens runs over. */
const SIGNED_RUN_MAX_BLOCKS = 6;
const SIGNED_RUN_MAX_SENTENCES = 40;

/**
 * The sentence that opens a quotation of several paragraphs ending with `last`, when only the
 * first paragraph opens it: the last paragraph (from `blockStart`) closes one more curly mark than
 * it opens, the ones before it open and close as many, and the first opens with a mark and one more
 * than it closes; at most SIGNED_RUN_MAX_BLOCKS paragraphs. Null when the marks do not add up so.
 */
function runningQuotation(text: string, sentences: readonly Sentence[], blockStart: Sentence, last: Sentence): Sentence | null {
  const marks = (from: number, to: number): number => {
    const part = text.slice(from, to);
    return (part.match(/“/g) ?? []).length - (part.match(/”/g) ?? []).length;
  };
  if (marks(blockStart.start, last.end) !== -1) return null;
  let first = blockStart;
  for (let blocks = 1; blocks < SIGNED_RUN_MAX_BLOCKS; blocks++) {
    const end = sentences[first.index - 1];
    if (!end || end.section !== last.section || end.role !== last.role) return null;
    let k = end.index;
    while (k > 0 && sameBlock(sentences[k - 1]!, end)) k--;
    first = sentences[k]!;
    const open = marks(first.start, end.end);
    if (open === 1 && first.text.startsWith('“')) return first;
    if (open !== 0) return null;
  }
  return null;
}

/** The most sentences a signed quotation holds. */
const SIGNED_QUOTE_MAX_SENTENCES = 8;
