/**
 * Interviews printed as dialogue ("Q: …" / "A: …", or "Gray Brooks: …" / "Ryan Day: …"): each
 * answer is one claim of the person answering, from its label to the next label, over as many
 * sentences and paragraphs as it runs; a question claims nothing.
 *
 * Only an article that reads as a dialogue is read so: at least DIALOGUE_MIN_LABELS paragraphs open
 * with a label, and they are "Q"/"A" labels or at least two different speakers. A single
 * "Trump: “…”" paragraph in a news story is the colon rule's, not a dialogue.
 */
import { EDITORIAL_LABEL, SPEAKER_FIRST_PERSON } from '../../data/claims.js';
import type { AnnotatedArticle, Claim, Mention, Sentence } from '../../types.js';
import type { NameCluster, NameCoreference } from '../coreference.js';
import { asks, sameParagraph, textSpan, trimClause } from '../spans.js';
import { CREDIT_LINE } from '../../data/credits.js';
import { withoutAccents } from '../../writing-systems.js';
import { BODY_ROLES } from '../../vocabulary.js';
import { MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../../data/given-names.js';
import { PERSON_NOUNS } from '../../data/person-nouns.js';
import { FEMALE_FIRST_NAMES, FIRST_NAMES, UNISEX_FIRST_NAMES } from '../../data/gazetteer.js';
import { EITHER_BY_USE, MEN_BY_USE, WOMEN_BY_USE } from '../../data/given-names-use.js';
import { writerOf } from '../byline.js';

/** Paragraphs that open with a label before an article reads as a dialogue. */
const DIALOGUE_MIN_LABELS = 3;
/** Words a speaker label may have: "Q", "Gray Brooks", "Sen. Elizabeth Warren". */
const LABEL_MAX_WORDS = 5;
const LABEL = /^\s*(?:\*\*)?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4})(?:\*\*)?\s*:\s*(?:\*\*)?\s*\S/u;
/** A label that opens on an article or a preposition, or is a note's word: a list's term, not a speaker ("For Businesses", "The Restriction", "Important"). */
const NO_SPEAKER_LABEL = /^(?:(?:the|a|an|for|in|on|at|with|to|by|of|from|our|your|my|this|these|those|its|their)\s|(?:important|tip|bonus|warning|caution|example|summary|verdict|bottom line|tl;?dr|todo|to do|best part|worst part|edit|fun fact|pro tip|pros?|cons?|price|cost|rating|score|result|results|source|sources|step \d+|day \d+)$)/i;
const QUESTION_LABEL = /^(?:q|question|interviewer)$/i;
const ANSWER_LABEL = /^(?:a|answer)$/i;

export interface Label {
  /** The label's words ("Q", "Ryan Day") and where its colon ends (or, for initials with none, the label). */
  name: string;
  end: number;
  kind: 'question' | 'answer' | 'speaker';
  /** For initials that stand for a person the article names ("OW" for Oprah Winfrey), that person. */
  person?: string;
}

/** Initials with no colon that open a paragraph: "OW It's a jaw-dropping thing …", "AD She was all in." */
const INITIALS_LABEL = /^\s*(?:\*\*)?(\p{Lu}{2,3})(?:\*\*)?\s+(?=\S)/u;

/**
 * The people the article names whose initials are unique among them, by their initials ("AD" for
 * Ava DuVernay, "OW" for Oprah Winfrey; first and last name, or all of a name of three words).
 */
function peopleByInitials(coreference: NameCoreference): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const c of coreference.clusters) {
    if (c.type !== 'person') continue;
    const words = c.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const keys = new Set([`${words[0]![0]}${words[words.length - 1]![0]}`, words.length === 3 ? words.map((w) => w[0]).join('') : '']);
    for (const key of keys) if (key) out.set(key, out.has(key) && out.get(key) !== c.name ? null : c.name);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}

/** The longest person the article names (or "other", as the recogniser types some people) that `holds` accepts. */
function personWhere(coreference: NameCoreference, holds: (lowerName: string) => boolean): NameCluster | null {
  return coreference.clusters
    .filter((c) => (c.type === 'person' || c.type === 'other') && holds(c.name.toLowerCase()))
    .reduce<NameCluster | null>((a, c) => (a && a.name.length >= c.name.length ? a : c), null);
}

/** The speaker label that opens a sentence, if any. */
export function labelOf(s: Sentence, initials: ReadonlyMap<string, string> = new Map()): Label | null {
  const m = LABEL.exec(s.text);
  if (!m) {
    const i = INITIALS_LABEL.exec(s.text);
    const person = i ? initials.get(i[1]!) : undefined;
    if (!i || !person) return null;
    const at = s.start + s.text.indexOf(i[1]!);
    return { name: i[1]!, end: at + i[1]!.length, kind: 'speaker', person };
  }
  if (m[1]!.split(/\s+/).length > LABEL_MAX_WORDS) return null;
  const name = m[1]!.replace(/\.$/, '');
  // (A list's or a note's label names no one: "For Businesses:", "The Restriction:", "Important:".)
  // (A transcript's label in capitals names one: "THE PRESIDENT:", "THE COURT:".)
  if ((NO_SPEAKER_LABEL.test(name) && !/^[\p{Lu}\s.'’-]+$/u.test(name)) || EDITORIAL_LABEL.test(name)) return null;
  const colon = s.text.indexOf(':', m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  return {
    name,
    end: s.start + colon + 1,
    kind: QUESTION_LABEL.test(name) ? 'question' : ANSWER_LABEL.test(name) ? 'answer' : 'speaker',
  };
}

export interface Dialogue {
  /** The labels that open paragraphs, by the index of the paragraph's first sentence. */
  labels: Map<number, Label>;
  /** Who answers "A:" — the person the title says the interview is with, or the person named most. */
  answerer: string | null;
  /** The first words of the labels whose turns mostly ask ("Gray" of "Gray Brooks:"): the interviewers. */
  askers: ReadonlySet<string>;
  /** Whether a label is the transcript's reporter or host ("SERGIO MARTINEZ-BELTRAN, BYLINE:", then "MARTINEZ-BELTRAN:"): their turns tell the story, nobody's claim. */
  narrates: (label: string) => boolean;
}

/** A label that names a part in the conversation, not a person: "Host:", "Guest:", "Speaker 2:". */
const ROLE_LABEL = /^(?:(?:co-?)?host|guest|interviewer|interviewee|moderator|caller|reporter|narrator|panell?ist|audience(?: member)?|speaker(?:\s*\d+)?|participant(?:\s*\d+)?)$/i;

/** A radio or television transcript's first turn of its reporter or host: "SERGIO MARTINEZ-BELTRAN, BYLINE:", "SACHA PFEIFFER, HOST:", "JAKE TAPPER, CNN HOST:". */
/** A transcript's role after its reporter's or host's name: "BYLINE", "HOST", a network's "CNN HOST", "ANCHOR", "CORRESPONDENT". */
const NARRATOR_ROLE = String.raw`(?:BYLINE AND HOST|BYLINE|(?:\p{Lu}{2,10}\s+)?(?:HOST|ANCHOR|CORRESPONDENT))`;
/** A name in capitals: "SERGIO MARTINEZ-BELTRAN", "JAKE TAPPER". */
const CAPITALS_NAME = String.raw`(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,3}\p{Lu}[\p{Lu}'’.-]+`;
const NARRATOR_LABEL = new RegExp(String.raw`^\s*(${CAPITALS_NAME}),\s+${NARRATOR_ROLE}\s*:`, 'u');

/** The last word of a label's name, lower-cased, accents off: "MARTINEZ-BELTRAN" and "Sergio Martínez-Beltrán" are one voice. */
export const voiceKey = (name: string): string => withoutAccents(name.split(/\s+/).pop()!.toLowerCase());

/** The article's dialogue, or null when it does not read as one. */
export function findDialogue(annotated: AnnotatedArticle, coreference: NameCoreference): Dialogue | null {
  const labels = new Map<number, Label>();
  const initials = peopleByInitials(coreference);
  let previous: Sentence | null = null;
  for (const s of annotated.sentences) {
    const opens = !previous || !sameParagraph(previous, s);
    previous = s;
    // A short question on a line of its own reads as a heading in plain text ("Q: What surprised you?").
    if (!opens || (s.role !== 'body' && s.role !== 'quote' && s.role !== 'heading')) continue;
    const label = labelOf(s, initials);
    // Only a question does: a live blog's entry headings ("Sunak: not a straightforward thing") are headlines.
    if (label && (s.role !== 'heading' || label.kind === 'question' || asks(s.text))) labels.set(s.index, label);
  }
  // A label in mixed case that names no one the article names is a point's, not a speaker's:
  // "Speed:", "Congestion:", "Enhanced Intimacy:" over a guide's points ("Gray:" is a person the
  // article names; "THE COURT:" a transcript's).
  const personWords = new Set(coreference.clusters.filter((c) => c.type === 'person').flatMap((c) => c.name.split(/\s+/)));
  for (const [i, l] of labels) if (l.kind === 'speaker' && !l.person && /\p{Ll}/u.test(l.name) && !ROLE_LABEL.test(l.name) && !l.name.split(/\s+/).some((w) => personWords.has(w))) labels.delete(i);
  // Initials are labels only as a dialogue's: DIALOGUE_MIN_LABELS of them, of two people at least
  // ("PR people in Washington spin everything" in an answer is no turn of Paul Ryan's).
  const initialled = [...labels].filter(([, l]) => l.person);
  if (initialled.length < DIALOGUE_MIN_LABELS || new Set(initialled.map(([, l]) => l.person)).size < 2) for (const [i] of initialled) labels.delete(i);
  if (labels.size < DIALOGUE_MIN_LABELS) return null;
  const kinds = [...labels.values()];
  const asked = kinds.some((l) => l.kind === 'question') && kinds.some((l) => l.kind === 'answer');
  const speakers = new Set(kinds.filter((l) => l.kind === 'speaker').map((l) => l.name.split(/\s+/)[0]));
  if (!asked && speakers.size < 2) return null;
  // Named speakers speak: most of their paragraphs say "I", "we" or "you". A rundown of candidates
  // ("Trump: The businessman leads the polls …") or of places is about its labels, in the third person.
  const said = [...labels].filter(([, l]) => l.kind === 'speaker');
  const spoken = said.filter(([i]) => FIRST_PERSON.test(paragraphText(annotated, i))).length;
  // (A radio transcript's reporter narrates in the third person, "MARTINEZ-BELTRAN: Curts is getting
  // help from …", between the turns of the people heard, most of whom speak in the first: two of
  // those, each mostly in the first person, are a dialogue too.)
  const voices = new Map<string, { all: number; spoken: number }>();
  for (const [i, l] of said) {
    const who = voiceKey(l.name);
    const n = voices.get(who) ?? { all: 0, spoken: 0 };
    n.all++;
    if (SPEAKER_FIRST_PERSON.test(paragraphText(annotated, i))) n.spoken++;
    voices.set(who, n);
  }
  const firstPersonVoices = [...voices.values()].filter((n) => n.spoken * 2 > n.all).length;
  if (!asked && spoken * 2 < said.length && firstPersonVoices < FIRST_PERSON_VOICES_MIN) return null;
  // The interviewer among named speakers ("Gray Brooks:", then "Gray:"): the one whose turns ask,
  // most of them, while the others' do not. A turn of theirs that opens like a question is one,
  // written with a full stop or not ("What resources … are reusable by other agencies."); a remark
  // before a question ("At GSA, this effort has … support. What advice …?") stays their claim.
  let askers = new Set<string>();
  if (!asked) {
    const turns = new Map<string, { all: number; asking: number }>();
    for (const [i, l] of said) {
      const who = l.name.split(/\s+/)[0]!;
      const n = turns.get(who) ?? { all: 0, asking: 0 };
      n.all++;
      if (/\?/.test(paragraphText(annotated, i))) n.asking++;
      turns.set(who, n);
    }
    const asking = [...turns].filter(([, n]) => n.asking * 2 > n.all);
    askers = new Set(asking.map(([who]) => who));
    const others = [...turns].filter(([, n]) => n.asking * 2 <= n.all);
    if (asking.length === 1 && others.length >= 1 && others.every(([, n]) => n.asking * 4 <= n.all)) {
      const interviewer = asking[0]![0];
      for (const [i, l] of said) {
        const opening = annotated.sentences[i]!.text.slice(annotated.sentences[i]!.text.indexOf(l.name) + l.name.length).replace(/^[*\s:]+/, '');
        if (l.name.split(/\s+/)[0] === interviewer && QUESTION_OPENER.test(opening)) labels.set(i, { ...l, kind: 'question' });
      }
    }
  }
  // The writer the byline names, labelled among others, hosts: a podcast's transcript under "By Jon
  // Hartley" with "Jon Hartley: This is the … Podcast … How did you first get interested …?" and
  // "Myron Scholes: I was born in …". Their turns introduce and ask; the guests' are the claims.
  // (By the whole name, and only when their turns ask, most of them: a reporter the editor interviews
  // answers under their own byline; "Maria Garcia:" is not the writer Ana Garcia.)
  const writer = writerOf(annotated.article.meta.byline ?? annotated.article.byline?.text);
  const whole = (name: string): string => withoutAccents(name.toLowerCase().replace(/\s+/g, ' ').trim());
  const hosted = writer ? said.filter(([, l]) => whole(l.name) === whole(writer)) : [];
  const hostAsks = hosted.filter(([i]) => /\?/.test(paragraphText(annotated, i))).length * 2 >= hosted.length;
  if (hosted.length > 0 && hostAsks && new Set(said.map(([, l]) => voiceKey(l.name))).size >= 2) {
    for (const [i, l] of hosted) {
      labels.set(i, { ...l, kind: 'question' });
      askers = new Set([...askers, l.name.split(/\s+/)[0]!]);
    }
  }
  const narrates = narratorTest(annotated.sentences, [...labels.values()].filter((l) => l.kind === 'speaker').map((l) => l.name));
  return { labels, answerer: answerer(annotated, coreference), askers, narrates };
}

/**
 * Whether a label is the transcript's reporter or host: the narrators by their whole names (from
 * their first turns, "SERGIO MARTINEZ-BELTRAN, BYLINE:"); a surname alone is theirs unless a speaker
 * heard shares it ("MARY LOUISE KELLY, HOST:" interviewing "MARK KELLY:").
 */
function narratorTest(sentences: readonly Sentence[], labels: readonly string[]): (label: string) => boolean {
  const whole = (name: string): string => withoutAccents(name.toLowerCase().replace(/\s+/g, ' ').trim());
  const narrators = new Set(sentences.map((x) => NARRATOR_LABEL.exec(x.text)?.[1]).filter((n): n is string => !!n).map(whole));
  const narratorSurnames = new Set([...narrators].map(voiceKey));
  const heardSurnames = new Set(labels.filter((l) => /\s/.test(l.trim()) && !narrators.has(whole(l))).map(voiceKey));
  return (label: string): boolean => narrators.has(whole(label)) || (!/\s/.test(label.trim()) && narratorSurnames.has(voiceKey(label)) && !heardSurnames.has(voiceKey(label)));
}

/** A radio transcript's turn label, in capitals: "MARTINEZ-BELTRAN:", "ZEPH CAPO:", "UNIDENTIFIED PERSON #1:", "SACHA PFEIFFER, HOST:". */
const CAPITALS_LABEL = new RegExp(String.raw`^\s*(${CAPITALS_NAME}(?:\s+#\d{1,2})?)(?:,\s+${NARRATOR_ROLE})?\s*:\s+(?=\S)`, 'u');

export interface TranscriptTurns {
  /** For each sentence in a labelled turn, by index: whether the turn is the reporter's or host's (true) or a voice heard (false). */
  narrated: Map<number, boolean>;
  /** Where the label ends (after its colon and space), by the index of the sentence it opens. */
  labelEnds: Map<number, number>;
}

/**
 * A radio transcript's turns: only on a page whose reporter or host is labelled as one ("…, BYLINE:",
 * "…, HOST:"), every paragraph from a label in capitals to the next is that voice's turn. The
 * reporter's turns tell the story; the others' are the people heard, as if in quotation marks.
 */
export function transcriptTurns(sentences: readonly Sentence[]): TranscriptTurns | null {
  // (The genre model and the summary both ask: read once per article.)
  if (turnsRead.has(sentences)) return turnsRead.get(sentences)!;
  const turns = readTurns(sentences);
  turnsRead.set(sentences, turns);
  return turns;
}
const turnsRead = new WeakMap<readonly Sentence[], TranscriptTurns | null>();

function readTurns(sentences: readonly Sentence[]): TranscriptTurns | null {
  if (!sentences.some((s) => NARRATOR_LABEL.test(s.text))) return null;
  const opened = new Map<number, { name: string; end: number }>();
  let previous: Sentence | null = null;
  for (const s of sentences) {
    const opens = !previous || !sameParagraph(previous, s);
    previous = s;
    const m = opens ? CAPITALS_LABEL.exec(s.text) : null;
    if (m) opened.set(s.index, { name: m[1]!, end: s.start + m[0].length });
  }
  const narrates = narratorTest(sentences, [...opened.values()].map((l) => l.name));
  const narrated = new Map<number, boolean>();
  const labelEnds = new Map<number, number>();
  let voice: boolean | null = null;
  for (const s of sentences) {
    const label = opened.get(s.index);
    if (label) {
      voice = narrates(label.name);
      labelEnds.set(s.index, label.end);
    }
    if (voice !== null && BODY_ROLES.has(s.role)) narrated.set(s.index, voice);
  }
  return { narrated, labelEnds };
}

/** How a question opens: an interrogative word, or an auxiliary before its subject ("Do you …", "Can we …"), or "Tell me/us". */
const QUESTION_OPENER = /^(?:what|how|why|who|whom|whose|where|when|which|tell (?:me|us)|(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|had)\s+(?:you|we|they|he|she|it|the|your|this|that|there)\b)/i;

/** How many labelled speakers, each speaking mostly in the first person, make a dialogue of a transcript whose narrator does not. */
const FIRST_PERSON_VOICES_MIN = 2;

const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|us|our|you|your)\b/i;

/** The text of the paragraph a sentence opens. */
function paragraphText(annotated: AnnotatedArticle, index: number): string {
  const first = annotated.sentences[index]!;
  let end = first.end;
  for (let i = index + 1; i < annotated.sentences.length; i++) {
    const s = annotated.sentences[i]!;
    if (!sameParagraph(s, first)) break;
    end = s.end;
  }
  return annotated.article.text.slice(first.start, end);
}

/** "A Q&A With Alex Cohen", "An interview with …": the person after "with" in the title; else the person named most. */
export function answerer(annotated: AnnotatedArticle, coreference: NameCoreference): string | null {
  const people = annotated.mentions.filter((m): m is Mention => m.type === 'person');
  const title = annotated.sentences.find((s) => s.role === 'title');
  if (title) {
    const withAt = title.text.search(/\bwith\s/i);
    const named = withAt === -1 ? undefined : people.find((m) => m.sentence === title.index && m.start >= title.start + withAt);
    if (named) return coreference.nameAt(named.start) ?? named.text;
    // A title-case title the recogniser read no name in ("A Q&A With Alex Cohen"): a person the article names, right after "with".
    const after = withAt === -1 ? '' : title.text.slice(withAt).replace(/^with\s+/i, '').toLowerCase();
    const listed = withAt === -1 ? null : personWhere(coreference, (name) => after.startsWith(name));
    if (listed) return listed.name;
  }
  const counts = new Map<string, number>();
  for (const m of people) {
    const name = coreference.nameAt(m.start) ?? m.text;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/**
 * The claim a dialogue label opens: "A: …" is the answerer's, "Ryan Day: …" Ryan Day's (by the
 * entity list's name for them: "Gray:" → "Gray Brooks"); a question ("Q: …", or a label whose
 * sentence asks) is none.
 */
export function labelledClaim(text: string, s: Sentence, label: Label, dialogue: Dialogue, names: Mention[], coreference: NameCoreference): Claim | null {
  if (label.kind === 'question' || asks(s.text)) return null;
  const content = trimClause(text, label.end, s.end);
  if (content.end - content.start < 2) return null;
  const labelStart = s.start + s.text.indexOf(label.name);
  const speakerMention = label.kind === 'speaker' ? textSpan(text, labelStart, labelStart + label.name.length) : null;
  let speaker = label.kind === 'answer' ? dialogue.answerer : null;
  if (label.kind === 'speaker' && label.person) speaker = label.person;
  else if (label.kind === 'speaker') {
    const named = names.find((m) => m.type === 'person' && m.start >= labelStart && m.end <= label.end);
    const words = label.name.toLowerCase().split(/\s+/);
    // A dialogue's label is often the given name alone ("Ryan:" after "Ryan Day:"): the person it is part of.
    const fuller = personWhere(coreference, (name) => words.every((w) => name.split(/\s+/).includes(w)));
    speaker = fuller?.name ?? (named && coreference.nameAt(named.start)) ?? label.name;
  }
  // (Initials with no colon are the cue themselves.)
  const cueSpan = label.person ? { start: label.end - label.name.length, end: label.end } : { start: label.end - 1, end: label.end };
  return {
    ...textSpan(text, s.start, s.end),
    kind: 'direct',
    speaker,
    speakerMention,
    cue: text.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    content,
    basis: [],
    sentence: s.index,
  };
}

/** Words a heading that names the person answering may have ("Burna Boy", "Ayra Starr"). */
const ANSWERER_HEADING_MAX_WORDS = 4;
/** Sentences a question paragraph may have ("We spoke a year ago. It had been 316 days then. Do you think …?"; measured at 5, an advice column’s own questions read as an interview). */
const QUESTION_MAX_SENTENCES = 4;

/**
 * The person a section's heading names, as the whole heading ("Burna Boy"): a person (or a name
 * the recogniser left untyped) covering it, or words that are all proper nouns. "Asake and
 * Olamide", "Early years" or a heading with a full stop names no one person.
 */
function headingPerson(heading: Sentence, mentions: Mention[], coreference: NameCoreference): string | null {
  const words = heading.tokens.filter((t) => t.kind === 'word');
  // "9. Cyberpunk 2077: Phantom Liberty", a listicle's entry: a person's name has no list number and
  // no colon ("50 Cent" may answer), and is no list item (in plain text that entry is one: "Phantom Liberty" under its label).
  if (heading.role === 'list-item' || words.length === 0 || words.length > ANSWERER_HEADING_MAX_WORDS || /[.:?!,;]\s*$|^\s*\d+[.)]|:/.test(heading.text)) return null;
  const whole = mentions.find((m) => m.sentence === heading.index && m.start <= words[0]!.start && m.end >= words[words.length - 1]!.end);
  if (whole) return whole.type === 'person' || whole.type === 'other' ? (coreference.nameAt(whole.start) ?? whole.text) : null;
  return words.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) ? heading.text.trim() : null;
}

/**
 * An interview of several people, a section each, without labels: the section's heading names the
 * person ("Burna Boy"; in plain text a line of its own), and its paragraphs alternate a question
 * and the answer. Each answer paragraph is one claim of that person; a question claims nothing,
 * so the claims the sentence rules found in those paragraphs ("[this category · shows] the world
 * is watching …") give way. A question set as a heading of its own goes on with the person before it.
 */
export function withSectionAnswers(annotated: AnnotatedArticle, claims: Claim[], coreference: NameCoreference, oneGuest = true): Claim[] {
  const bySection = sectionAnswers(annotated, claims, coreference, null);
  if (bySection !== claims || !oneGuest) return bySection;
  // One guest, no labels: a magazine's interview sets its questions apart (in bold on the page)
  // and every answer is the guest's, the person the title names or the article names most.
  const guest = answerer(annotated, coreference);
  return guest ? sectionAnswers(annotated, claims, coreference, guest) : claims;
}

/**
 * A roundup of voices, a section each under the person's name and no questions (The Globe and
 * Mail's four economists, each under "<strong>Julian Jessop</strong>"): in a section whose heading
 * names a person and whose paragraphs mostly speak in the first person and quote no one, a claim
 * whose source is "I" or "we" ("We expect the price of oil to remain low") is that person's.
 */
export function withSectionVoices(annotated: AnnotatedArticle, claims: Claim[], coreference: NameCoreference): Claim[] {
  const { text } = annotated.article;
  const voice = new Map<number, string>();
  const units = paragraphUnits(annotated.sentences);
  let section: { who: string; index: number; paragraphs: number; spoken: number; quoted: boolean; titled: boolean; first: boolean } | null = null;
  // (Only a voice the page introduces by name and title, the title line right under the name: a
  // writer's first person under a name heading — "Zendaya" in a best-dressed list — is the writer's.)
  const close = (): void => {
    if (section && section.titled && section.paragraphs >= 1 && !section.quoted && section.spoken * 2 >= section.paragraphs) voice.set(section.index, section.who);
  };
  for (const p of units) {
    const first = p[0]!;
    if (first.role === 'heading') {
      close();
      const who = p.length === 1 ? headingPerson(first, annotated.mentions, coreference) : null;
      section = who ? { who, index: first.section, paragraphs: 0, spoken: 0, quoted: false, titled: false, first: true } : null;
      continue;
    }
    if (!section || first.section !== section.index) continue;
    const whole = text.slice(first.start, p[p.length - 1]!.end);
    const opening = section.first;
    section.first = false;
    // The person's title under the name, which has no verb: "Chief economist, High Frequency Economics – Valhalla, N.Y.".
    if (!p.some((x) => x.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) {
      if (opening) section.titled = true;
      continue;
    }
    section.paragraphs++;
    if (SPEAKS_FOR_SELF.test(whole)) section.spoken++;
    if (/[“"]/.test(whole)) section.quoted = true;
  }
  close();
  if (voice.size === 0) return claims;
  return claims.map((c) => {
    const who = voice.get(annotated.sentences[c.sentence]?.section ?? -1);
    return who && c.kind !== 'factual' && c.speakerMention && FIRST_PERSON_SOURCE.test(c.speakerMention.text) ? { ...c, speaker: who } : c;
  });
}

/**
 * A speaker's name set as a heading over their quoted words, the heading closing on a colon or
 * giving a title after a comma: "Jeff Lorenz and Kayla Fell of Refugia:", "Uli Lorimer, Director of
 * Horticulture at Native Plant Trust:" (Gardenista's roundup of nine gardeners, each heading over
 * paragraphs in quotation marks), "Lawrence Yun, NAR Chief Economist" (NAR's outlook of five
 * economists). The name is the heading's opening run of capitalised words (two at most, joined by
 * "and"), before a comma, an "of" or the colon.
 */
const SPEAKER_HEADING = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:\s+(?:and|&)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+))?(?=\s*(?:,|\s+of\s|:\s*$))/u;
/** Words a quotation that opens a paragraph must hold before it closes to be speech, not a title ("“The Harbor Inn” sign out front"). */
const SPEECH_MIN_WORDS = 5;
/** A given name the names corpus or the birth records know ("Lawrence", "Danielle"). */
const knownGivenName = (word: string): boolean => [FIRST_NAMES, FEMALE_FIRST_NAMES, UNISEX_FIRST_NAMES, WOMEN_GIVEN_NAMES, MEN_GIVEN_NAMES, WOMEN_BY_USE, MEN_BY_USE, EITHER_BY_USE].some((names) => names.has(word));
/** Words a heading before a colon may open on that name no one: "The Bottom Line:", "Key Takeaways:". */
const NO_SPEAKER_HEADING = /^(?:the|a|an|our|your|my|this|these|key|what|why|how|when|where|who|step|part|chapter|day|week|tip|tips|pros|cons|best|top|final|more|other|related|read|see|also|note|update|editor|bottom)\b/i;

/**
 * Quotations under a speaker's heading (SPEAKER_HEADING): in its section, each paragraph that opens
 * with a quotation mark and whose claims name no speaker is one claim of the person the heading
 * names, from the mark to the paragraph's end; the speakerless claims read in it give way. Only
 * where the section's first paragraph is such a quotation (a heading "Smith, the mayor:" over
 * prose is a label of another kind).
 */
export function withHeadingSpeakers(annotated: AnnotatedArticle, claims: Claim[], coreference: NameCoreference): Claim[] {
  const { text } = annotated.article;
  const units = paragraphUnits(annotated.sentences);
  const added: Claim[] = [];
  const replaced = new Set<number>();
  let speaker: { name: string; mention: { start: number; end: number; text: string }; cue: { start: number; end: number } } | null = null;
  // (Whether the paragraph read next is the first under the heading.)
  let first = false;
  for (const p of units) {
    const head = p[0]!;
    if (head.role === 'heading') {
      speaker = null;
      // (Closing on a colon, or a name and a title after a comma: NAR's "Lawrence Yun, NAR Chief Economist".)
      const m = !NO_SPEAKER_HEADING.test(head.text) ? SPEAKER_HEADING.exec(head.text) : null;
      // (The name must open on a given name the name lists know, or be a person the recogniser found:
      // not "Staff Picks:", "Room Service:". Without the colon, the title must hold a word for a
      // person too: "chief economist"; not "Early Days, Hard Times".)
      const title = m ? head.text.slice(m.index + m[0].length) : '';
      const at = m ? head.start + m.index : -1;
      const person = m !== null && (knownGivenName(m[1]!.split(/\s+/)[0]!) || annotated.mentions.some((n) => n.type === 'person' && n.start === at));
      if (m && (!person || (!/:\s*$/.test(head.text) && (!/^\s*,/.test(title) || !(title.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => PERSON_NOUNS.has(w)))))) continue;
      if (m) {
        const names = [m[1]!, m[2]].filter((x): x is string => !!x).map((x) => {
          const from = head.start + head.text.indexOf(x);
          const known = annotated.mentions.find((n) => n.start === from && n.end === from + x.length);
          // (The recogniser's name for the whole of it; not a place it found inside: "Georgia" of "Georgia Silvera Seamans".)
          return known && known.type !== 'person' ? null : known ? (coreference.nameAt(from) ?? x) : x;
        });
        // (The cue: the heading's closing colon, or the comma between the name and the title.)
        const mark = /:\s*$/.test(head.text) ? head.start + head.text.lastIndexOf(':') : head.start + m.index + m[0].length + head.text.slice(m.index + m[0].length).indexOf(',');
        if (names.every((x) => x !== null)) speaker = { name: names.join(' and '), mention: textSpan(text, head.start + m.index, head.start + m.index + m[0].length), cue: { start: mark, end: mark + 1 } };
      }
      first = true;
      continue;
    }
    if (!speaker || p[0]!.section !== head.section) continue;
    // (A quotation that is speech, not a title in quotation marks: five words or more before it closes, or it goes on.)
    const opening = /^[“"]([^”"]*)(?:[”"]|$)/.exec(head.text);
    const opens = !!opening && opening[1]!.split(/\s+/).filter(Boolean).length >= SPEECH_MIN_WORDS;
    const start = head.start;
    const end = p[p.length - 1]!.end;
    const inside = claims.map((c, i) => [c, i] as const).filter(([c]) => c.start < end && c.end > start);
    // (The section's first paragraph must be such a quotation, with no speaker of its own: "“She never
    // missed a Sunday dinner,” her daughter Rosa said" under "Maria Lopez, grandmother of four" is Rosa's.)
    if (first && (!opens || inside.some(([c]) => c.speaker))) speaker = null;
    first = false;
    if (!speaker || !opens) continue;
    if (inside.some(([c]) => c.speaker)) continue;
    for (const [, i] of inside) replaced.add(i);
    added.push({
      ...textSpan(text, start, end),
      kind: 'direct',
      speaker: speaker.name,
      speakerMention: speaker.mention,
      cue: text.slice(speaker.cue.start, speaker.cue.end),
      cueSpan: speaker.cue,
      content: trimClause(text, start, end),
      basis: [],
      sentence: head.index,
    });
  }
  if (added.length === 0) return claims;
  return [...claims.filter((_, i) => !replaced.has(i)), ...added].sort((a, b) => a.start - b.start);
}

/** A source in the first person. */
const FIRST_PERSON_SOURCE = /^(?:I|we)$/i;

/** Questions a whole article must put to its one guest, unlabelled, before its answers are theirs. */
const GUEST_MIN_QUESTIONS = 3;

/** The section-per-person reading; with `guest`, the whole article's answers are that person's (headings go on with them). */
/** Headings and paragraphs in text order, each as its sentences (a heading is a paragraph of its own). */
function paragraphUnits(sentences: readonly Sentence[]): Sentence[][] {
  const units: Sentence[][] = [];
  let previous: Sentence | null = null;
  for (const s of sentences) {
    if (s.role !== 'heading' && !ANSWER_ROLES.has(s.role)) {
      previous = null;
      continue;
    }
    const same = previous && s.role !== 'heading' && previous.role === s.role && sameParagraph(previous, s);
    if (same) units[units.length - 1]!.push(s);
    else units.push([s]);
    previous = s;
  }
  return units;
}

/**
 * Whether the article is set as an interview without labels: at least GUEST_MIN_QUESTIONS short
 * questions put to someone ("How did you …?"), each answered by a paragraph in the first person
 * that quotes no one, and these are most of its questions (an explainer's "What is Nato?" asks no
 * one). The genre reads it; it needs no names.
 */
export function interviewShape(annotated: AnnotatedArticle): boolean {
  const { text } = annotated.article;
  const units = paragraphUnits(annotated.sentences);
  const whole = (p: Sentence[]): string => text.slice(p[0]!.start, p[p.length - 1]!.end).trimEnd();
  const isQuestion = (p: Sentence[]): boolean => asks(whole(p)) && p.length <= QUESTION_MAX_SENTENCES;
  let questions = 0;
  let answered = 0;
  units.forEach((p, i) => {
    if (!isQuestion(p)) return;
    questions++;
    const next = units[i + 1];
    if (next && next[0]!.role !== 'heading' && !isQuestion(next) && SECOND_PERSON.test(whole(p)) && SPEAKS_FOR_SELF.test(whole(next)) && !/^[“"‘]/.test(whole(next))) answered++;
  });
  return answered >= GUEST_MIN_QUESTIONS && answered * 2 >= questions;
}

function sectionAnswers(annotated: AnnotatedArticle, claims: Claim[], coreference: NameCoreference, guest: string | null): Claim[] {
  const { mentions } = annotated;
  const { text } = annotated.article;
  const units = paragraphUnits(annotated.sentences);
  const answers: Claim[] = [];
  const replaced: Array<{ start: number; end: number }> = [];
  let who: string | null = guest;
  let asked = false;
  let found: Claim[] = [];
  let spans: Array<{ start: number; end: number }> = [];
  let questions: string[] = [];
  // An interview asks its guest ("How did you feel …?") and the guest speaks of themself, unquoted;
  // an explainer's questions ("What is Nato?") under its writer's name do neither, nor does a
  // report quoting its people ("“I like to see it …,” Kelce shared.").
  const close = (): void => {
    const addressed = questions.filter((q) => SECOND_PERSON.test(q)).length;
    const spoken = found.filter((c) => SPEAKS_FOR_SELF.test(c.text)).length;
    const quoted = found.some((c) => /^[“"]/.test(c.text)) || questions.some((q) => /^[“"‘]/.test(q));
    // (A guest answers for themself; advice set as questions to the reader answers the reader: "There's a good chance your colleague's …".)
    const advising = found.filter((c) => (c.text.match(SECOND_PERSON_ALL)?.length ?? 0) > (c.text.match(SPEAKS_FOR_SELF_ALL)?.length ?? 0)).length;
    if (found.length > 0 && !quoted && addressed * 2 >= questions.length && spoken * 2 >= found.length && (!guest || (addressed >= GUEST_MIN_QUESTIONS && advising * 2 < found.length))) {
      answers.push(...found);
      replaced.push(...spans);
    }
    found = [];
    spans = [];
    questions = [];
    asked = false;
  };
  for (const p of units) {
    const first = p[0]!;
    const last = p[p.length - 1]!;
    const whole = text.slice(first.start, last.end).trimEnd();
    const question = asks(whole) && p.length <= QUESTION_MAX_SENTENCES;
    if (question && (who || first.role !== 'heading')) {
      asked = asked || who !== null;
      questions.push(whole);
      spans.push({ start: first.start, end: last.end });
      continue;
    }
    const person = p.length === 1 ? headingPerson(first, mentions, coreference) : null;
    if (first.role === 'heading' || person) {
      // (A guest's interview: its headings are the editor's, and the guest goes on answering.)
      if (guest) continue;
      close();
      who = person;
      continue;
    }
    // A shoot's credits after the last answer ("Lead image: …", "Styling: …") are no one's answer.
    if (!who || !asked || CREDIT_LINE.test(first.text)) continue;
    const end = first.start + whole.length;
    found.push({ ...textSpan(text, first.start, end), kind: 'direct', speaker: who, speakerMention: null, cue: null, cueSpan: null, content: trimClause(text, first.start, end), basis: [], sentence: first.index });
    spans.push({ start: first.start, end: last.end });
  }
  close();
  if (answers.length === 0) return claims;
  const inside = (c: Claim): boolean => replaced.some((r) => c.start >= r.start && c.end <= r.end);
  return [...claims.filter((c) => !inside(c)), ...answers].sort((a, b) => a.start - b.start);
}

/** A question put to the person answering. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;
/** An answer in the first person ("I", "we"; "US" the country is not "us"). */
const SPEAKS_FOR_SELF = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]ur)\b/u;
/** Every such word in an answer, to weigh speaking to the reader against speaking for oneself. */
const SECOND_PERSON_ALL = new RegExp(SECOND_PERSON.source, 'giu');
const SPEAKS_FOR_SELF_ALL = new RegExp(SPEAKS_FOR_SELF.source, 'giu');

/** The roles a question or an answer can have. */
const ANSWER_ROLES: ReadonlySet<string> = new Set(['body', 'quote', 'list-item']);
