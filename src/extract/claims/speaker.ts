/**
 * A speaker's words → the name the claims view prints: a name that heads the phrase as the entity
 * list gives it ("Brownback" → "Sam Brownback"), a personal pronoun as the last person named, "it"
 * or "they" as what its sentence or the ones just before are about or the source just before, "the
 * company" as the one organisation named before, "we" on an organisation's own site as that
 * organisation, a description as written.
 */
import type { Claim, Mention, Sentence, TextSpan } from '../../types.js';
import { tokenAt } from '../spans.js';
import { type Gender, type NameCoreference } from '../coreference.js';
import { describedByRelative, INSTITUTION_DESCRIPTION, NAMED_ROLES, OFFICE_QUALIFIERS, POSTMODIFIER_PREPOSITIONS, ORGANISATION_DESCRIPTION, RELATED_NOUNS, ROLE_GENDER, PERSON_PRONOUNS, PLURAL_NOUNS, PRONOUNS, STANDING_NOUNS, TIE_PARTICIPLES } from '../../data/claims.js';
import { PARTICIPLE, npStart, postmodifiedStart, nameAt, viewHolder } from './phrase.js';
import { PERSON_NOUNS } from '../../data/person-nouns.js';

/** Whether the writer's "I" speaks of the person in a sentence that names them, by article (found once per person). */
const spokenOfByArticle = new WeakMap<readonly Sentence[], Map<string, boolean>>();

/**
 * Whether a sentence that names the person holds the writer's "I" outside quotation marks ("I mean,
 * Eric's a smart guy, right?"): the "I" is someone else. (Her own introduction is no such sentence:
 * "My name is Maria Lopez, and I am a nurse in Dayton".)
 */
function spokenOf(name: string, coreference: NameCoreference, sentences: readonly Sentence[]): boolean {
  let known = spokenOfByArticle.get(sentences);
  if (!known) spokenOfByArticle.set(sentences, (known = new Map()));
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  const found = !!coreference.clusters.find((c) => c.name === name)?.mentions.some((m) => {
    const around = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    return !!around && !SELF_NAMED.test(around.text.slice(0, m.start - around.start)) && FIRST_PERSON_I.test(around.text.replace(QUOTED_WORDS, ' '));
  });
  known.set(name, found);
  return found;
}

/** The writer's "I" in a sentence, and quoted words, which are someone else's. */
const FIRST_PERSON_I = /(?<![\p{L}'’])I(?:['’](?:m|ve|d|ll))?(?![\p{L}'’])/u;
const QUOTED_WORDS = /[“"][^“”"]*[”"]/g;
/** The words before a name that make it the writer's own: "My name is …", "I am …", "I'm …". */
const SELF_NAMED = /\b(?:[Mm]y name is|I am|I['’]m|[Cc]all me)\s+$/;

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
  /** The writer named in the byline, for an "I" outside quotation marks (an interviewer's "I ask"). */
  writer?: string | null;
  /** The writers a byline names when it names several, for a "we" outside quotation marks (a co-written column's "we believe"). */
  writers?: string | null;
  /** Whether an "I" is the writer's even when no byline names them: outside quotation marks and block quotations, in no dialogue. */
  ownVoice?: boolean;
  /** The article's sentences by index, for a "they" that goes on with a group named just before. */
  sentences?: readonly Sentence[];
}

/** A person named this many times is one a first-person account after its introduction can be. */
const OWN_ACCOUNT_MIN_NAMED = 3;

/** A pronoun in lower case without its contraction: "I’m" is "i", "They've" is "they". */
const uncontracted = (word: string): string => word.toLowerCase().replace(/^(i|we|you|they|he|she)['’](?:m|re|ve|d|ll|s)$/, '$1');

/** How many sentences back an earlier source is still the one an "it" or "they" means. */
const EARLIER_SOURCE_SENTENCES = 2;

const EARLIER_SOURCE_CLAIMS = 8;

/**
 * "…, the ministry said. It added that …", "They say the increased selection …" after "industry
 * analysts said": an "it" or "they" goes on with the last source of the sentences just before
 * that is not a person; else it stays unresolved (the one organisation named before is as often
 * wrong as right: "The law … bans what it describes as …" after "(CNN)").
 */
function earlierSource(sentence: Sentence, earlier: readonly Claim[], coreference: NameCoreference, back = EARLIER_SOURCE_SENTENCES): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    if (c.sentence < sentence.index - back) break;
    if (c.kind === 'factual' || !c.speaker || c.sentence > sentence.index) continue;
    // A run-on text is one sentence of thousands of claims: the last few sources are enough.
    if (earlier.length - i > EARLIER_SOURCE_CLAIMS) break;
    if (coreference.isPerson(c.speaker)) continue;
    // (Nor the writers the first person stands for: "We asked the Garmin product manager … They
    // said, “…”" is not the writers going on.)
    if (c.speakerMention && FIRST_PERSON_SOURCE.test(c.speakerMention.text)) continue;
    return c.speaker;
  }
  return null;
}

/** A source in the first person: the writer or writers. */
const FIRST_PERSON_SOURCE = /^(?:i|we|us|our|my)$/i;

/** A sentence that is a quotation up to the pronoun after it: "“…,” " before "he added". */
const QUOTE_THEN_PRONOUN = /^[“"][^“”"]{2,}[,.!?…]?[”"]\s*,?\s*$/u;

/**
 * The person the sentence just before quoted (its last attributed claim with a person speaker), if
 * their gender does not rule them out. A quotation of several sentences that ends in it counts
 * (`previousStart`: where that sentence starts).
 */
function previousSpeaker(sentence: Sentence, earlier: readonly Claim[], coreference: NameCoreference, gender: 'm' | 'f', previousStart = Infinity): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    const reaches = c.sentence < sentence.index - 1 && c.end > previousStart && c.end <= sentence.start;
    if (c.sentence < sentence.index - 1 && !reaches) break;
    // (a verb's subject: "According to Mary Smith, Linda Jones won. She said …" is as likely Linda Jones)
    if ((c.sentence !== sentence.index - 1 && !reaches) || c.kind === 'factual' || !c.speaker || !coreference.isPerson(c.speaker) || /^according/i.test(c.cue ?? '')) continue;
    const known = coreference.genderOf(c.speaker);
    return !known || known === gender ? c.speaker : null;
  }
  return null;
}

/**
 * Heads WordNet's person nouns hold that name a group, not one person: "he" or "she" never goes on
 * with "the international community" ("The international community has not responded … “Despite
 * the many negotiations,” he notes" is the pope's).
 */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  'community public government team committee family crowd audience staff board council panel party union church administration company agency department police military army court jury majority minority population people world nation state press media'.split(' '),
);

/** A person described, not named, as a claim's source: "a doctor from Hebron", "the spokeswoman". */
const DESCRIBED_PERSON = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+?)(?:\s+(?:from|in|at|of|with|for|who|familiar|close|${TIE_PARTICIPLES.join('|')})\s.*)?$`, 'u');

/**
 * The person described (not named) who is the last source of this sentence or the two before it,
 * when no person is named between that source and the pronoun: "“We are not just numbers,”
 * says a doctor from Hebron, whose name has been withheld. During a break from his shift, he
 * explains that …". A "he" or "she" goes on with them rather than with the last person named.
 */
function describedSpeaker(mention: TextSpan, sentence: Sentence, earlier: readonly Claim[], coreference: NameCoreference, gender: Gender | null = null): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    if (c.sentence < sentence.index - EARLIER_SOURCE_SENTENCES) break;
    if (c.kind === 'factual' || !c.speaker || !c.speakerMention || c.speakerMention.start >= mention.start) continue;
    // (or a "he" or "she" that went on with one: "… he explains … He says …")
    // (not "the report": a description's head is a person's)
    const wentOn = PERSON_PRONOUNS.has(c.speakerMention.text.toLowerCase());
    const head = wentOn ? c.speaker : DESCRIBED_PERSON.exec(c.speakerMention.text)?.[1];
    if (!head || coreference.isPerson(c.speaker) || (!wentOn && (/(?<!s)s$/.test(head) || !(PERSON_NOUNS.has(head) || UNNAMED_SOURCE_HEADS.has(head)) || GROUP_NOUNS.has(head)))) return null;
    // (Not one the text gives the other gender right after it: "When one mathematician announced his
    // proof, “…,” she writes."; a "his" after a comma is anyone's: "said a nurse, adding that the
    // governor had joked with his surgeons".)
    const own = gender && !wentOn ? c.text.slice(c.speakerMention.end - c.start, Math.min(c.end, mention.start) - c.start).split(/[,;:“”"]/)[0]! : '';
    if (own && (gender === 'f' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i).test(own)) return null;
    return coreference.personBetween(c.speakerMention.end, mention.start) ? null : c.speaker;
  }
  return null;
}

/** Heads of an unnamed source that WordNet's person nouns leave out: "a source close to the investigation", "a person familiar with the matter". */
const UNNAMED_SOURCE_HEADS: ReadonlySet<string> = new Set(['source', 'person']);

/** How many earlier claims a "the spokesman" looks back over for the one it means. */
const DESCRIBED_BEFORE_CLAIMS = 12;

/**
 * "the spokesman" after "a spokesman with the Municipal Police said …": a bare definite
 * description of a person goes on with the last source described with the same head noun.
 */
function describedBefore(mention: TextSpan, earlier: readonly Claim[]): string | null {
  const head = /^the\s+([\p{Ll}-]+)$/iu.exec(mention.text)?.[1]?.toLowerCase();
  if (!head || !PERSON_NOUNS.has(head)) return null;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - DESCRIBED_BEFORE_CLAIMS); i--) {
    const c = earlier[i]!;
    if (!c.speaker || !c.speakerMention || c.speakerMention.start >= mention.start) continue;
    if (DESCRIBED_PERSON.exec(c.speakerMention.text)?.[1]?.toLowerCase() === head && c.speaker.toLowerCase() !== head) return c.speaker;
  }
  return null;
}

/** A text with its first letter in lower case ("A statement from …" → "a statement from …"). */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A statement as a bare definite description: "the statement", "the joint statement". (Readers
 * keep "the letter", "the report", "the memo" as the source: a document with a life of its own.)
 */
const THE_STATEMENT = /^the\s+(?:(?:written|joint|brief|short|new|latest)\s+)?statement$/i;

/** A statement issued, not only named: "in a statement", "issued a joint statement", "a statement from …". */
const ISSUED_STATEMENT = /\b(?:(?:in|via|through)\s+(?:a|an|the|its|his|her|their)|(?:issued|released|put\s+out|published|sent)\s+(?:a|an|the|its|his|her|their))\s+(?:[\p{L}-]+\s+){0,2}?statement\b|\b(?:a|an)\s+statement\s+(?:from|by|released|issued)\b/iu;

/**
 * "the statement said" after "…, the US military said in a statement": a statement is the words of
 * the source that issued it. It goes on with the last earlier source whose sentence issues a
 * statement, a few sentences back.
 */
function statementIssuer(mention: TextSpan, sentence: Sentence, earlier: readonly Claim[], sentences: readonly Sentence[] | undefined): string | null {
  if (!THE_STATEMENT.test(mention.text)) return null;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - DESCRIBED_BEFORE_CLAIMS); i--) {
    const c = earlier[i]!;
    if (c.sentence < sentence.index - ISSUER_SENTENCES) break;
    if (!c.speaker || !c.speakerMention || c.speakerMention.start >= mention.start || THE_STATEMENT.test(c.speakerMention.text) || c.speaker.toLowerCase().endsWith('statement')) continue;
    if (ISSUED_STATEMENT.test(sentences?.[c.sentence]?.text ?? c.text)) return c.speaker;
  }
  return null;
}

/** How many sentences back the source that issued a statement may be named. */
const ISSUER_SENTENCES = 5;

/** Whether a noun names people ("lawmakers", "doctors", "analysts"): a plural of people or a holder of views. */
function namesPeople(normal: string, lemma: string, singular = normal.replace(/(?<=\p{L}{3})s$/u, '')): boolean {
  return PLURAL_NOUNS.has(normal) || [lemma, singular].some(viewHolder);
}

/** A finding's noun right after the name that made it, ending the phrase or before "of …": "Pew Research estimates (of 2012 data)". */
const FINDING_AFTER = /^(?:['’]s)?\s+(?:(?:new|latest|own|recent|annual|preliminary)\s+)?(?:analysis|analyses|estimates?|polls?|polling|surveys?|study|studies|reports?|data|figures|research|numbers|count|tally|projections?|forecasts?|calculations?|review)(?:\s+of\b.*)?$/u;

/** The publisher's own finding: "our estimates", "Our analysis" (not "our customers"). */
const OUR_FINDING = /^our\s+(?:(?:own|new|latest|annual)\s+)?(?:analysis|analyses|estimates?|data|research|survey|polls?|review|count|tally|totals?|calculations?|reporting|investigation|findings?|figures|numbers|projections?|forecasts?)\b/i;

/** A definite description of a role: "the singer", "the former Bachelor star", "the prime minister". */
const ROLE_DESCRIPTION = /^[Tt]he\s+(?:[\p{L}\d'’.-]+\s+){0,3}?((?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]*))$/u;

/** "the US President", "the Prime Minister": an office written with capitals, in lower case as ROLE_DESCRIPTION reads it. */
function officeInLowerCase(description: string): string {
  const words = description.split(' ');
  const last = words.length - 1;
  // ("the Secretary-General": each part of a hyphenated office capitalised.)
  if (last < 1 || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[last]!) || !NAMED_ROLES.has(words[last]!.toLowerCase())) return description;
  words[last] = words[last]!.toLowerCase();
  if (last >= 2 && OFFICE_QUALIFIER.has(words[last - 1]!.toLowerCase())) words[last - 1] = words[last - 1]!.toLowerCase();
  return words.join(' ');
}

/** Words that make a role another office: "the prime minister", "the vice president" (not "the former president"). */
const OFFICE_QUALIFIER: ReadonlySet<string> = new Set(OFFICE_QUALIFIERS);

/** Words that say when a role was held, which the person's own role need not repeat: "the former president", "the late singer". */
const ROLE_TIME = /^(?:former|ex|late|then|current|now|newly|new)$/i;

/** "the singer" after "pop star Beyoncé …": the person named before whom the role describes (coreference.describedPerson). */
function describedRole(mention: TextSpan, coreference: NameCoreference): string | null {
  const m = ROLE_DESCRIPTION.exec(officeInLowerCase(mention.text));
  // "The club's manager", "the singer's manager": someone else's role.
  if (!m || !NAMED_ROLES.has(m[2]!) || /['’]s\b/.test(mention.text)) return null;
  // "the prime minister" is one office, "the former president" and "the award-winning actor" a president and an actor.
  const words = m[1]!.split(/\s+/);
  const role = words.length === 2 && OFFICE_QUALIFIER.has(words[0]!) ? m[1]! : m[2]!;
  // The description's other words ("Ohio", "pop", "deputy", "Bachelor") must stand in the role the article gives the person.
  const marks = mention.text.split(/\s+/).slice(1, -role.split(' ').length).filter((w) => !ROLE_TIME.test(w));
  return coreference.describedPerson(role, mention.start, ROLE_GENDER[m[2]!] ?? null, /\b(?:former|ex)\b/i.test(mention.text), marks);
}

/** The organisation the article names whose name the site's name holds ("GiveWell" in "The GiveWell Blog"). */
export function publisherOf(siteName: string | null, coreference: NameCoreference, byline: string | null = null): string | null {
  if (!siteName) return null;
  const site = ` ${siteName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // (Or a name that is the site's whole name, whatever type the recogniser gave it: "Morningstar" on "Morningstar, Inc.".)
  const bare = siteName.replace(LEGAL_FORM, '').trim().toLowerCase();
  const named = coreference.clusters.filter((c) => (c.type === 'organization' && site.includes(` ${c.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `)) || c.name.toLowerCase() === bare);
  if (named.length > 0) return named.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name;
  // An unsigned page's "we" is its publisher's even when the text never names it ("We expect
  // inflation to …" on Morningstar's own page): the site's name, without its legal form.
  if (byline) return null;
  const name = siteName.replace(LEGAL_FORM, '').trim();
  return SITE_AS_NAME.test(name) && !/\.\p{L}{2,}/u.test(name) && !GENERIC_SITE.test(name) ? name : null;
}

/** A site name that names no publisher: a section ("News", "Opinion"), a determiner, or a platform whose "we" is its writer's. */
const GENERIC_SITE = /^(?:the|a|an|(?:the\s+)?(?:latest\s+)?(?:news|daily|home|opinion|blog|politics|business|sports?|world|local|medium|substack|wordpress|blogger|tumblr|ghost))$/iu;

/** A company's legal form after its name: "Morningstar, Inc.", "Acme Ltd". */
const LEGAL_FORM = /,?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|plc|PLC|Corp|Corporation|Co|GmbH|AG|SA|NV)\.?$/u;
/** A site name that reads as a name: one to four capitalised words, no separators or web address. */
const SITE_AS_NAME = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u;

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
  // "fears raised by lawmakers who want …": the people "who" describes, not what they did (a
  // description joined by "of" stays whole: "supporters of the measure who …").
  const described = postmodifiedStart(t, first, names);
  // (Not when the head is people themselves: "two doctors employed by the hospital who said …".)
  const by = t.findIndex((x, k) => k >= described && k < first && x.normal === 'by');
  const head = by >= 2 ? t[by - 2] : undefined;
  const doneBy = by !== -1 && !!head && !namesPeople(head.normal, head.lemma.toLowerCase());
  first = doneBy && (last.pos === 'NOUN' || last.pos === 'PROPN') ? first : described;
  // "local officials and customers who …", "Netanyahu and allies who …": a plural group the relative
  // clause describes is everyone coordinated in it.
  if (!named && last.pos === 'NOUN' && /s$/i.test(last.text) && t[first - 1]?.normal === 'and' && first >= 2 && /^(?:NOUN|PROPN)$/.test(t[first - 2]!.pos)) {
    const other = nameAt(names, t[first - 2]!);
    first = npStart(t, other ? tokenAt(t, other.start) : first - 2);
  }
  return s.text.slice(t[first]!.start - s.start, last.end - s.start).replace(/^(?:the|a|an)\s+/i, '');
}

/** A time phrase that ends a description ("… top court last week"). */
const TRAILING_TIME = /\s+(?:(?:last|this|next|on|early|late)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|year|morning|afternoon|evening|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** A description without the time of its saying ("The European Union's top court last week"), but with the time a participle gives ("A study published last year"). */
function withoutTrailingTime(description: string): string {
  const m = TRAILING_TIME.exec(description);
  if (!m) return description;
  // A lower-case participle: "Manchester United last week" and "The Fed last week" lose the time.
  const before = description.slice(0, m.index).split(/\s+/).pop() ?? '';
  return /^\p{Ll}/u.test(before) && PARTICIPLE.test(before) ? description : description.slice(0, m.index);
}

/**
 * A document or a finding, then who made it, before a name: "data compiled by", "projections from
 * the nonpartisan", "an analysis led by researchers at", "estimates from cryptocurrency tracing
 * firm", "a statement from".
 */
const MADE_BY = /^(?:(?:the|a|an|new|latest|recent|its|their|\d{4})\s+)*(?:data|figures|numbers|statistics|projections|estimates|forecasts?|analysis|analyses|research|report|survey|poll|study|information|review|statement)\s+(?:(?:compiled|published|released|conducted|led|coordinated|commissioned|prepared|gathered|collected)\s+)?(?:by|from)\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}$/u;

/** Where what describes an unnamed source begins: "… who supports …", "… familiar with …", "… with knowledge of …", "… involved in …". */
const DESCRIBED_TAIL = new RegExp(String.raw`\s(?:who|familiar with|close to|with (?:${STANDING_NOUNS.join('|')})|(?:${TIE_PARTICIPLES.join('|')})\s(?:in|on|with|at|to|for|of|about|by))\b`);

/** A speaker described only by age: "the 36-year-old", "the 19-year-old". */
const AGE_DESCRIPTION = /^(?:the\s+)?\d{1,3}-year-old$/i;
/** A label that introduces a quotation on a profile or a season review ("Quotable: “…”", "Key quote:"): the words are the person the page is about, last named before it. */
const QUOTE_LABEL = /^(?:quotable|quote|quotes|key quote|money quote|best quote|quote of the (?:day|week|night|game)|in (?:his|her|their) (?:own )?words|what (?:he|she|they) said)$/i;

/** A time that opens a subject phrase: "On Monday night No 10 confirmed …". */
const LEADING_TIME = /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=\S)/i;
/** An abbreviation in parentheses after a name: "the National Police Chiefs’ Council (NPCC)". */
const TRAILING_ABBREVIATION = /\s*\([\p{Lu}\d.&-]{2,12}\)$/u;

/** The speaker phrase without an opening time or a closing abbreviation in parentheses, which name nobody. */
function trimmedMention(mention: TextSpan): TextSpan {
  const lead = LEADING_TIME.exec(mention.text)?.[0].length ?? 0;
  const tail = TRAILING_ABBREVIATION.exec(mention.text)?.[0].length ?? 0;
  if ((lead === 0 && tail === 0) || lead + tail >= mention.text.length) return mention;
  return { text: mention.text.slice(lead, mention.text.length - tail), start: mention.start + lead, end: mention.end - tail };
}

/** How many sentences back a group a "they" goes on with may be named. */
const GROUP_SENTENCES = 2;

/**
 * Things that say something which the lists of sources (`viewHolder`: PolNeAR's source heads,
 * polls and documents, people and groups) lack: what else an "it" may go on with ("It tells
 * people …" after "the brochure").
 */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'brochure', 'clause', 'site', 'guidance', 'indictment', 'order', 'decision', 'agreement', 'treaty', 'constitution',
  'charter', 'resolution', 'amendment', 'proposal', 'guide', 'manual', 'label', 'notice',
]);

/**
 * What a sentence is about: its subject (the noun phrase before its first verb, outside quotation
 * marks), up to offset `before`, when it is what the pronoun can mean: for "they" a group of
 * people or organisations ("researchers", "Manzara and Johnson", "the three companies"); for "it"
 * an organisation or a place named, or a thing that says something ("the report", "the
 * company"); else null.
 */
function subjectOf(s: Sentence, before: number, names: readonly Mention[], coreference: NameCoreference, number: 'plural' | 'singular'): string | null | undefined {
  const t = s.tokens;
  const verb = t.findIndex((x) => (x.pos === 'VERB' || x.pos === 'AUX') && x.start < before);
  if (verb <= 0 || t.slice(0, verb).some((x) => /^[“”"]$/.test(x.text))) return undefined;
  // The head: the last noun or name before the verb, in the clause the verb opens; "The law, signed
  // by …, bans what it describes as …": before an aside set off by a comma, the phrase that opens
  // the sentence.
  let head = verb - 1;
  if (t[head]!.text === ',' && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(t[0]!.pos)) {
    const comma = t.findIndex((x) => x.text === ',');
    if (comma > 0) head = comma - 1;
  }
  while (head >= 0 && t[head]!.pos !== 'NOUN' && t[head]!.pos !== 'PROPN') {
    if (t[head]!.text === ',' || t[head]!.pos === 'ADP') return undefined;
    head--;
  }
  if (head < 0) return undefined;
  const h = t[head]!;
  const name = names.find((m) => m.start <= h.start && h.end <= m.end);
  let first = name ? Math.min(npStart(t, head), t.findIndex((x) => x.start >= name.start)) : npStart(t, head);
  // "Manzara and Johnson", "Egypt and Jordan": two coordinated.
  const coordinated = first >= 2 && t[first - 1]!.normal === 'and' && ['NOUN', 'PROPN'].includes(t[first - 2]!.pos);
  if (coordinated) first = npStart(t, first - 2);
  // "those who study North Korean cyber operations say …": wink tags the bare verb after "who" a
  // noun, so the phrase found opens the relative clause; the group is the head "who" describes.
  const relative = first >= 2 && t[first - 1]!.normal === 'who' && !coordinated && describedByRelative(t[first - 2]!.normal);
  if (relative) first = npStart(t, first - 2);
  if (t.slice(0, first).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || (x.text === ',' && t[0]!.pos !== 'ADV'))) return undefined;
  if (relative) return number === 'plural' ? s.text.slice(t[first]!.start - s.start, h.end - s.start) : null;
  // "Police in Plymouth are …": a name after a preposition is not the subject.
  if (t[first - 1]?.pos === 'ADP') return null;
  const phrase = { text: s.text.slice(t[first]!.start - s.start, h.end - s.start), start: t[first]!.start, end: h.end };
  const lemma = h.lemma.toLowerCase();
  if (number === 'singular') {
    if (coordinated) return null;
    if (name) return name.type === 'organization' || name.type === 'place' ? (coreference.nameAt(name.start) ?? name.text) : null;
    // A name of another sentence, as the entity list knows it: no person.
    for (let k = first; k <= head; k++) {
      const known = coreference.nameAt(t[k]!.start);
      if (known) return coreference.isPerson(known) ? null : known;
    }
    // A brand the recogniser did not know ("Strava is now throwing its weight behind what it calls …").
    if (h.pos === 'PROPN' && /^\p{Lu}/u.test(h.text) && t.slice(first, head + 1).every((x) => x.pos === 'PROPN') && head - first < 3 && !(head === 0 && t[0]!.stop)) return phrase.text;
    const thing = h.pos === 'NOUN' && lemma === h.normal && (DOCUMENT_HEADS.has(lemma) || viewHolder(lemma) || ORGANISATION_DESCRIPTION.test(phrase.text));
    return thing ? phrase.text.replace(/^(?:the|this|that)\s+/i, '') : null;
  }
  // A group of people (or of organisations): not "the heavy winds", "Zephyr's efforts". (A plural
  // that opens its sentence may be tagged as a name: "Soldiers also cut …".)
  const opening = head === 0 && h.pos === 'PROPN' && !name;
  const singular = h.pos === 'NOUN' || opening ? h.normal.replace(/(?<=\p{L}{3})s$/u, '') : '';
  const people = namesPeople(h.normal, lemma, singular);
  const plural = coordinated || ((h.pos === 'NOUN' || opening) && people && (lemma !== h.normal || PLURAL_NOUNS.has(h.normal) || (opening && singular !== h.normal)));
  if (!plural) return null;
  if (coordinated) {
    const a = names.find((m) => m.start === phrase.start);
    const b = names.find((m) => m.end === phrase.end && m.start > phrase.start);
    if (a && b) return `${coreference.nameAt(a.start) ?? a.text} and ${coreference.nameAt(b.start) ?? b.text}`;
  }
  return phrase.text.replace(/^(?:the|these|those)\s+/i, '') || null;
}

/** The subject of the nearest of the sentences just before that has one of the kind a pronoun can mean. */
function subjectBefore(sentence: Sentence, sentences: readonly Sentence[] | undefined, names: readonly Mention[], coreference: NameCoreference, number: 'plural' | 'singular', chain = 0): string | null {
  for (let i = sentence.index - 1; sentences && i >= Math.max(0, sentence.index - GROUP_SENTENCES - chain); i--) {
    const s = sentences[i];
    if (!s || s.role === 'title' || s.role === 'heading') break;
    const group = subjectOf(s, s.end, names, coreference, number);
    if (group) return group;
  }
  return null;
}

/**
 * What a "they" or an "it" goes on with, in order: the subject of its own sentence before it
 * ("Soldiers also cut 500 olive trees that they claimed …", "The law, signed by …, bans what it
 * describes as …"; a subject of the wrong kind there leaves only an earlier source), the source
 * of the sentence before, the subject of one of the sentences before ("Originally, they had
 * applied …" after "Tony Manzara and Doug Johnson began testing …"), an earlier source.
 */
function pronounAntecedent(mention: TextSpan, named: Named, number: 'plural' | 'singular'): string | null {
  const { sentence, sentences, names, coreference, earlier = [] } = named;
  const own = mention.start > sentence.start ? subjectOf(sentence, mention.start, names, coreference, number) : undefined;
  if (own !== undefined) return own ?? earlierSource(sentence, earlier, coreference);
  // (Sentences just before that open on the same "They" go on with the same group, and carry the
  // look back over them: "The researchers note …. The team wove a sweater. They then tested it ….
  // They claim …"; a group named as a subject first wins: "Many farmers … changed their plans. They
  // planted fewer acres. They told us …" are the farmers'.)
  let chain = 0;
  while (number === 'plural' && sentences && chain < THEY_CHAIN && /^They\b/.test(sentences[sentence.index - 1 - chain]?.text ?? '')) chain++;
  // (Not past a sentence whose subject is a plural noun, the group the "They" goes on with: "Many
  // farmers in Iowa have changed their plans. They planted …".)
  const opener = chain > 0 ? sentences?.[sentence.index - 1 - chain] : undefined;
  if (opener && pluralSubject(opener)) chain = 0;
  return earlierSource(sentence, earlier, coreference, 1) ?? subjectBefore(sentence, sentences, names, coreference, number, chain) ?? earlierSource(sentence, earlier, coreference, EARLIER_SOURCE_SENTENCES + chain);
}

/** Whether a sentence's words before its first verb hold a plural common noun: "Many farmers in Iowa have …". */
function pluralSubject(s: Sentence): boolean {
  for (const t of s.tokens) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'NOUN' && /\p{Ll}s$/u.test(t.text) && !/ss$/.test(t.text)) return true;
  }
  return false;
}

/** How many sentences opening on "They" just before a "they" may carry an earlier source further back. */
const THEY_CHAIN = 3;

/** An honorific before a surname and the gender it gives: "Mr Simons", "Mrs. Simons", "Ms Persson". */
const HONORIFIC_GENDER = /^(?:(Mr)|(Mrs|Ms|Miss))\.?\s+\S+$/;

/**
 * "Mr Simons said" where the article names both Philip and Ninette Simons: a surname two people of
 * the article share goes to the one of them the honorific's gender fits, when only one does.
 */
function byHonorific(mention: TextSpan, head: Mention, coreference: NameCoreference): string | null {
  const honorific = HONORIFIC_GENDER.exec(mention.text.slice(0, head.end - mention.start).trim());
  if (!honorific || head.text.includes(' ')) return null;
  const gender = honorific[1] ? 'm' : 'f';
  const surname = head.text.toLowerCase();
  const owners = coreference.clusters.filter((c) => c.type === 'person' && c.name.includes(' ') && c.name.toLowerCase().split(/\s+/).pop() === surname);
  if (owners.length < 2) return null;
  // The one whose gender is known to fit, else the one whose gender is not known to differ.
  const fits = owners.filter((c) => c.gender === gender);
  if (fits.length === 1) return fits[0]!.name;
  const open = owners.filter((c) => c.gender === null || c.gender === gender);
  return fits.length === 0 && open.length === 1 ? open[0]!.name : null;
}

/**
 * A description's lower-case head, its preposition and only titles after it before a name: "an
 * aide to President ", "a spokesman for Gov. " (not a title's own "for": "Assistant Secretary for
 * Export Enforcement ").
 */
const JOINED_BY_PREPOSITION = /(?:^|\s)\p{Ll}[\p{L}-]*\s+(?:to|for|with|by)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** …or the person's family, friends or critics: "Critics of President Trump", "the parents of local woman …" (RELATED_NOUNS). */
const RELATED_BY_OF = new RegExp(String.raw`(?:^|\s)(?:${RELATED_NOUNS.source.slice(1, -1)})\s+of\s+(?:[\p{L}.'’-]+\s+)*$`, 'iu');

/** A party and state label after a politician's name: "R-Texas", "D-Calif.", "I-Vt.". */
const PARTY_LABEL = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** The publication's own interview with a person, opening the sentence up to the pronoun that goes on with them: "In our interview with A. D. Sui, " (the person's words captured; not "In a conversation with Bruce Springsteen, he said", the president's). */
const INTERVIEW_OPENING = /^(?:in|during)\s+(?:our|my)\s+(?:[\p{L}’'-]+\s+)?(?:interview|conversation|chat|podcast|Q&A)\s+with\s+((?:\p{Lu}[\p{L}.’'-]*\s*){1,4}),\s*$/iu;

/** An opening clause that puts a question to the speaker: "Asked again whether he would …, ", "Pressed on the gifts, ". */
const ASKED_OPENING = /^(?:when\s+)?(?:asked|pressed|questioned|quizzed|challenged)\b[^“”"]*,\s*$/i;

export function resolveSpeaker(written: TextSpan | null, named: Named): string | null {
  const { names, coreference, sentence, publisher, earlier = [], writer = null, writers = null } = named;
  if (!written) return null;
  const mention = trimmedMention(written);
  // "Sen. Ted Cruz, R-Texas tweeted …": a party label set off after a name is that person's.
  if (PARTY_LABEL.test(mention.text)) {
    const labelled = names.find((m) => m.type === 'person' && m.end <= mention.start && /^,\s*$/.test(sentence.text.slice(m.end - sentence.start, mention.start - sentence.start)));
    if (labelled) return coreference.nameAt(labelled.start) ?? labelled.text;
  }
  // "a voter who supports Joe Biden", "an analyst familiar with Apple": what describes an unnamed
  // source names nobody who speaks (subject.ts keeps it as the readers write the source).
  const described = DESCRIBED_TAIL.exec(mention.text);
  const headEnd = described ? mention.start + described.index : mention.end;
  // "the bank's chief economist, David-Alexandre Brassard", "Assistant Secretary for Export
  // Enforcement Matthew S. Axelrod": the person an appositive or a title ends on is the source
  // (not "a lawyer for Harvey Weinstein": lower case before the name).
  const tailPerson = described ? undefined : names.find((m) => m.type === 'person' && m.end === mention.end && m.start > mention.start);
  // (Not one a preposition joins to a description, titled or not: "an aide to President Biden".)
  const beforeTail = tailPerson ? mention.text.slice(0, tailPerson.start - mention.start) : '';
  if (tailPerson && /(?:,\s*|\p{Lu}[\p{L}.'’-]*\s+)$/u.test(beforeTail) && !JOINED_BY_PREPOSITION.test(beforeTail) && !RELATED_BY_OF.test(beforeTail)) return byHonorific(mention, tailPerson, coreference) ?? coreference.nameAt(tailPerson.start) ?? tailPerson.text;
  // A name that ends the mention is its head: "longtime pollster Pat Caddell" → "Pat Caddell",
  // but "the Chinese government" is not "Chinese".
  // "Mr. Burman of the Tax Policy Center": the head comes before "of".
  const of = mention.text.slice(0, headEnd - mention.start).indexOf(' of ');
  const end = of === -1 ? headEnd : mention.start + of;
  // Not a name after a preposition: "Many in Hong Kong" is not Hong Kong, "a source speaking to Fox News" not Fox News, "an aide to Biden" not Biden.
  const head = names.find((m) => m.start >= mention.start && m.end === end && !mention.text.slice(0, m.start - mention.start).toLowerCase().split(/\s+/).some((w) => POSTMODIFIER_PREPOSITIONS.has(w) || w === 'by' || w === 'to' || w === 'speaking' || w === 'talking'));
  // "data compiled by DataTrek Research", "estimates from cryptocurrency tracing firm Chainalysis":
  // a document's or a finding's source is who made it, when a name ends the phrase.
  const maker = head || described ? undefined : names.find((m) => (m.type === 'organization' || m.type === 'person') && m.end === mention.end && m.start > mention.start && MADE_BY.test(lowerFirst(mention.text.slice(0, m.start - mention.start))));
  if (maker) return coreference.nameAt(maker.start) ?? maker.text;
  // "new Pew Research Center analysis", "a Gallup poll", "Pew Research estimates of 2012 data": a
  // finding a name makes is that name's.
  // (The name opens the phrase, past an article: not "Critics of the Gallup poll".)
  const finding = head ? undefined : names.find((m) => (m.type === 'organization' || m.type === 'person') && m.start >= mention.start && m.end < mention.end && /^(?:(?:a|an|the|new|latest|recent)\s+)*$/i.test(mention.text.slice(0, m.start - mention.start)) && FINDING_AFTER.test(mention.text.slice(m.end - mention.start)));
  if (finding) return coreference.nameAt(finding.start) ?? finding.text;
  if (head) {
    const named = byHonorific(mention, head, coreference) ?? coreference.nameAt(head.start) ?? head.text;
    // "Egypt and Jordan": two names coordinated are named together.
    const other = names.find((m) => m.start >= mention.start && /^\s+and\s+$/.test(mention.text.slice(m.end - mention.start, head.start - mention.start)));
    return other ? `${coreference.nameAt(other.start) ?? other.text} and ${named}` : named;
  }
  // "…,” said the 36-year-old: a person described by age alone is the person last named, as "he" or "she" would be.
  if (AGE_DESCRIPTION.test(mention.text)) return coreference.lastPerson(sentence.start, null) ?? mention.text.replace(/^the\s+/i, '');
  if (QUOTE_LABEL.test(mention.text)) return coreference.lastPerson(sentence.start, null);
  // "according to our estimates", "our analysis found": outside quotation marks, the publisher's own work.
  if (OUR_FINDING.test(mention.text) && publisher) return publisher;
  // A description as written, without its article or a relative pronoun, and without the time of
  // its saying ("The European Union's top court last week").
  const whole = withoutTrailingTime(mention.text.replace(/^(?:which|that)\s+/i, '').replace(/^(?:the|a|an)\s+/i, ''));
  // "Representatives of Epstein's family": a description keeps what follows its head.
  if (!names.some((m) => m.start >= mention.start && m.end <= end)) {
    // "The institute said …" after "Mexico's National Statistics Institute said …": the institution of that name.
    const institution = INSTITUTION_DESCRIPTION.test(mention.text) ? coreference.describedOrganisation(mention, sentence.index, true) : null;
    if (institution && institution !== mention.text.replace(/^the\s+/i, '')) return institution;
    if (!PRONOUNS.has(uncontracted(mention.text)) && !ORGANISATION_DESCRIPTION.test(mention.text)) return describedBefore(mention, earlier) ?? statementIssuer(mention, sentence, earlier, named.sentences) ?? describedRole(mention, coreference) ?? whole;
  }
  // "he", "she", "I" and "who" refer to a person; "it" and "they" to what the sentences are about
  // or an earlier source; "we" and "you" are left unresolved outside the cases above.
  // (Its contraction left off: "I’m impressed with this machine and consider it …" is the writer's.)
  const pronoun = uncontracted(mention.text);
  // "We believe …" on an organisation's own site is that organisation's claim.
  if (pronoun === 'we' && publisher) return publisher;
  // "In our view, …", "we believe …" in a column several people wrote: its writers.
  if (pronoun === 'we' && writers) return writers;
  // "But you've just written a book for him, I say": outside quotation marks, "I" is the writer.
  if (pronoun === 'i' && writer) return writer;
  // With no byline it is the last person named only in a first-person account after its
  // introduction: a person the article shows as one (a given name, an honorific) and is about, named
  // three times or by its first sentence ("Amie Mock …" then "I just hope …"; "Maria Lopez, 42, is a
  // nurse in Dayton"); not the "Miicoffee Apex" the recogniser took for a person, nor Tom Forth,
  // named once in a blog's aside.
  // (Nor one the "I" speaks of in a sentence of its own: "I mean, Eric's a smart guy, right?" is a
  // blog's writer on Eric Wastl.)
  if (pronoun === 'i' && named.ownVoice) {
    const last = coreference.lastPerson(sentence.start, null);
    const opening = named.sentences?.find((x) => x.role === 'body')?.index ?? -1;
    if (!last || !coreference.gendered(last) || !(coreference.timesNamed(last) >= OWN_ACCOUNT_MIN_NAMED || coreference.firstNamedIn(last) === opening)) return null;
    return spokenOf(last, coreference, named.sentences ?? []) ? null : last;
  }
  // A relative "who" means the phrase just before it: "Those who said …", "Parker Eaton, a Republican who …".
  if (pronoun === 'who') {
    const antecedent = relativeAntecedent(sentence, mention, names, coreference);
    if (antecedent) return antecedent;
  }
  if (pronoun === 'they') return pronounAntecedent(mention, named, 'plural');
  if (pronoun === 'it') return pronounAntecedent(mention, named, 'singular');
  if (PRONOUNS.has(pronoun)) {
    if (!PERSON_PRONOUNS.has(pronoun)) return null;
    const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const described = gender ? describedSpeaker(mention, sentence, earlier, coreference, gender) : null;
    if (described) return described;
    // "In our interview with A. D. Sui, she explains, “…”": the person the opening interview is with.
    const interviewed = INTERVIEW_OPENING.exec(sentence.text.slice(0, mention.start - sentence.start));
    const guestAt = interviewed ? sentence.start + interviewed[0].lastIndexOf(interviewed[1]!) : -1;
    const guest = interviewed ? names.find((m) => m.type === 'person' && m.start >= guestAt && m.end <= guestAt + interviewed[1]!.length) : undefined;
    if (guest && (!gender || coreference.genderOf(coreference.nameAt(guest.start) ?? guest.text) !== (gender === 'm' ? 'f' : 'm'))) return coreference.nameAt(guest.start) ?? guest.text;
    // "…, Sadeq Abu Amer told the AP. He noted that …": a "he" or "she" opening its sentence goes on
    // with the person the sentence before quoted, not the first person it named.
    // So does one after an interviewer's question put in a clause: "Asked whether …, he said: “…”".
    const asked = ASKED_OPENING.test(sentence.text.slice(0, mention.start - sentence.start));
    // So does one right after the quotation that opens its sentence: "“Getting input … as a leader,"
    // he added." after "He told NBC News that Trump, “likes …”" is the same speaker going on.
    const quoted = QUOTE_THEN_PRONOUN.test(sentence.text.slice(0, mention.start - sentence.start));
    if (gender && (mention.start === sentence.start || asked || quoted)) {
      const reported = previousSpeaker(sentence, earlier, coreference, gender, named.sentences?.[sentence.index - 1]?.start);
      if (reported) return reported;
    }
    // "he" or "she" after its sentence's subject goes on with that subject; not after a question
    // put to them, whose names are whom it asks about ("Asked what he'd learned from Doudna and
    // Charpentier's paper, he said …" is the one asked, named before).
    return (pronoun !== 'i' && mention.start > sentence.start && !asked ? coreference.subjectBefore(sentence.start, mention.start, gender) : null) ?? coreference.lastPerson(sentence.start, gender);
  }
  if (ORGANISATION_DESCRIPTION.test(mention.text)) return coreference.describedOrganisation(mention, sentence.index);
  // "A London-based spokesman of the Iraqi National Congress": a description keeps what its "of" says
  // ("the former Bachelor star", with a name in it, is still a role).
  return describedRole(mention, coreference) ?? whole;
}
