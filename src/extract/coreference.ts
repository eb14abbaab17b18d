/**
 * Which name mentions are the same person, organisation or place, and who a pronoun or a
 * description refers to: one module for the entity list and the claims stage, so both name an
 * entity alike.
 *
 * Mentions are grouped by their alias key ("Mr. Khodorkovsky" and "Khodorkovsky's" are one key);
 * then, each only when exactly one candidate fits:
 * - a shorter person name joins the full name it ends or begins ("Brownback" → "Sam Brownback",
 *   "bin Laden" → "Osama bin Laden", "Nikki R. Haley" → "Nikki Haley"), unless an honorific on it
 *   says another gender than the full name's ("Mr. Trump" never joins "Ivanka Trump");
 * - an acronym joins the name whose initials it spells ("IMF", "MIT", "CREA"), and a conventional
 *   short form its full name ("the Fed" → "Federal Reserve");
 * - a one-word organisation joins the longer organisation name it ends ("Celtics" → "Boston
 *   Celtics");
 * and each group is named by its fullest proper form: not a nickname ("Gucci Grace" when the
 * article calls her "Mugabe"), not an initial ("W. Tillerson").
 */
import { HONORIFIC_BEFORE, HONORIFIC_GENDER, LEADING_TITLES, TITLE_ABBREVIATION } from '../data/titles.js';
import { DEMONYMS, FEMALE_FIRST_NAMES, FIRST_NAMES, LEGAL_FORMS, ORG_SUFFIXES, ORGANIZATIONS, UNISEX_FIRST_NAMES } from '../data/gazetteer.js';
import { MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../data/given-names.js';
import { EITHER_BY_USE, MEN_BY_USE, WOMEN_BY_USE } from '../data/given-names-use.js';
import { ACRONYM_SKIP_WORDS, INSTITUTION_AFTER, INSTITUTION_LOOKAHEAD, INSTITUTION_SPEAKS, INSTITUTION_SPEAKS_LOOKAHEAD, PARTY_NAMES, SEATS_OF_POWER, SHORT_FORMS } from '../data/aliases.js';
import { NAME_TYPES } from '../vocabulary.js';
import { NAMED_ROLES, OFFICE_QUALIFIERS } from '../data/claims.js';
import { firstFrom } from './spans.js';
import { withoutAccents } from '../writing-systems.js';
import { abbreviates, EXCHANGES, NICKNAME } from '../nlp/ner/index.js';
import type { AnnotatedArticle, EntityType, Mention, Sentence, TextSpan } from '../types.js';

/**
 * The zero-width space, word joiner and byte-order mark a page may hide inside a name
 * ("Ankit\u200b Desai"); not the joiners that Persian and Indic names need.
 */
const UNSEEN = /[\u200b\u2060\ufeff]/gu;

export type Gender = 'm' | 'f';

/** A person's mention as pronouns see it: its entity's name, the gender known at that point, and whether it could be its sentence's subject. */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  gender: Gender | null;
  sentence: number;
  /** Not inside a quotation, not after a preposition or a verb. */
  subject: boolean;
}

/** One real-world entity: its mentions in text order, its name, its type and (for people) gender. */
export interface NameCluster {
  name: string;
  type: EntityType;
  mentions: Mention[];
  gender: Gender | null;
}

/** A nickname in quotes inside a person's name: " “Tata” ", " ‘John’ ". */
const QUOTED_NICKNAME = new RegExp(` ${NICKNAME} (?=\\p{Lu})`, 'u');

/** LEGAL_FORMS as a pattern: "Inc", "Inc.", "S.A.", "GmbH", … */
const LEGAL_FORM = [...LEGAL_FORMS].map((f) => f.replace(/\./g, '\\.')).join('|');
/** The comma before a legal form, no part of a name's key (aliasKey lower-cases, and its "." goes first). */
const LEGAL_FORM_COMMA = new RegExp(`,(?=\\s+(?:${[...new Set([...LEGAL_FORMS].map((f) => f.replace(/\./g, '').toLowerCase()))].join('|')})\\b)`, 'gi');
/** A legal form (after a comma, or none) and the space before a bracket: "…, Inc. (OTCMKTS: CRWE)". */
const LEGAL_FORM_BEFORE = new RegExp(`(?:,?\\s+(?:${LEGAL_FORM})(?![\\p{L}]))?\\s*$`, 'u');

/** Words that end many organisations' names, as alias keys. */
const ORG_SUFFIX_KEYS: ReadonlySet<string> = new Set([...ORG_SUFFIXES].map((w) => aliasKey(w)));

/** Kinds of institution that, capitalised alone, stand for the one institution of that kind the article named. */
const INSTITUTION_KIND_KEYS: ReadonlySet<string> = new Set(['committee', 'commission', 'foundation', 'court', 'university', 'college', 'institute', 'association', 'agency', 'ministry', 'council', 'federation', 'league', 'authority', 'bureau', 'parliament', 'assembly', 'administration']);

/**
 * Words that end a company's full name but not its short one ("GateHouse Media", "Fortress
 * Investment Group", "Alden Capital"); only for joining a short name to its full one, not to make
 * a phrase a company (ORG_SUFFIXES do that).
 */
const COMPANY_FORM_KEYS: ReadonlySet<string> = new Set(['media', 'investment', 'investments', 'entertainment', 'communications', 'brands', 'global', 'international', 'interactive', 'studios', 'games', 'labs', 'pharma', 'financial', 'securities', 'management', 'advisors', 'advisers', 'resources', 'solutions', 'enterprises']);

/**
 * Words that end an institution's full name where its short name, already an organisation, leaves
 * them off ("Pew Research" for "Pew Research Center"). Not for a lone person's name: "Kennedy" is
 * no "Kennedy Center".
 */
const INSTITUTION_FORM_KEYS: ReadonlySet<string> = new Set(['center', 'centre']);

const DEMONYM_SET: ReadonlySet<string> = new Set(DEMONYMS);
/** How often an institution ("the Syrian government") must be named to be an entity of its own. */
const INSTITUTION_MIN_MENTIONS = 2;

/** How many of the last people named "she" looks through for a woman before taking anyone of unknown gender. */
const RECENT_PEOPLE = 4;
/** How far before or after a person's name the article may give their role ("Former Bachelor star Abbie Chatfield"). */
const ROLE_CHARS = 80;
/** OFFICE_QUALIFIERS as a pattern, capitalised or not. */
const ROLE_QUALIFIERS = OFFICE_QUALIFIERS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** Capitalised words before a role that leave it the role the description means: a time ("Former President"), a people ("French President", "Israeli Prime Minister"). */
const ROLE_OWNERS = /^(?:Former|Late|Then|Outgoing|Incoming|Ex-|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ek|ai))$/u;
/** Offices of state and candidacies, which a story may mention without naming their holder. */
const PUBLIC_OFFICES: ReadonlySet<string> = new Set(['president', 'vice-president', 'secretary-general', 'senator', 'congressman', 'congresswoman', 'congressmember', 'governor', 'mayor', 'minister', 'premier', 'chancellor', 'candidate', 'nominee', 'lawmaker', 'legislator', 'politician', 'ambassador', 'diplomat', 'monarch', 'king', 'queen', 'pope', 'pontiff']);
/** Roles an organisation's head holds as well as a country's ("Fed President", "Tesla founder"), where the word before may say whose. */
const OFFICES_HELD: ReadonlySet<string> = new Set(['president', 'chairman', 'chairwoman', 'director', 'executive', 'founder', 'cofounder', 'co-founder', 'coach', 'manager', 'governor', 'minister', 'secretary', 'premier', 'chancellor']);
/** How far before a role the words that say whose it is may stand ("Ohio Gov. John Kasich"). */
const ROLE_OWNER_CHARS = 30;
/** How many sentences back an organisation named is still the one a description means. */
const DESCRIPTION_SENTENCES = 3;

interface Group {
  key: string;
  words: string[];
  mentions: Mention[];
}

export class NameCoreference {
  private readonly byStart = new Map<number, NameCluster>();
  /** Person mentions in text order, with the gender known at that point (for pronouns). */
  /** `subject`: could be its sentence's subject (not inside a quotation, not after a preposition or a verb). */
  private readonly people: PersonMention[] = [];
  private readonly organisations: Mention[];
  private readonly places: Mention[];

  constructor(
    readonly clusters: NameCluster[],
    private readonly text: string,
    mentions: readonly Mention[],
    /** Names inside an institution's mention, by start, with the institution's start: "Defense Ministry" in "Russia’s Defense Ministry". */
    within: ReadonlyMap<number, number> = new Map(),
  ) {
    for (const c of clusters) for (const m of c.mentions) this.byStart.set(m.start, c);
    for (const [inner, outer] of within) {
      const c = this.byStart.get(outer);
      if (c && !this.byStart.has(inner)) this.byStart.set(inner, c);
    }
    // A person's gender as the article has shown it so far: an honorific before this mention, a
    // given name, or what an earlier full name with this surname showed ("Pelosi" after "Nancy Pelosi").
    const bySurname = new Map<string, Gender>();
    const quoted = quotedOffsets(text, mentions.filter((m) => m.type === 'person').map((m) => m.start));
    for (const m of mentions) {
      if (m.type !== 'person') continue;
      const words = m.text.split(/\s+/);
      const surname = words[words.length - 1]!;
      const first = words.length > 1 ? words[0]! : '';
      // The whole record's gender first: "Nuhaa Bardien" is the woman a later "Ms Bardien" shows, for a "she" in between.
      // A bare surname takes what a full name with it showed; another full name does not ("Shaun
      // Bowles", her father, is no woman because "Holly Bowles" was).
      const gender = honorificGender(text, m) ?? this.byStart.get(m.start)?.gender ?? givenNameGender(first) ?? (words.length === 1 ? bySurname.get(surname) : undefined) ?? null;
      if (gender && words.length > 1) bySurname.set(surname, gender);
      this.people.push({ start: m.start, end: m.end, name: this.nameAt(m.start) ?? m.text, gender, sentence: m.sentence, subject: !quoted.has(m.start) && !objectBefore(text, m.start) && !MODIFIES_AFTER.test(text.slice(m.end, m.end + MODIFIES_AFTER_CHARS)) });
    }
    this.organisations = mentions.filter((m) => m.type === 'organization');
    this.places = mentions.filter((m) => m.type === 'place');
  }

  /** The entity a name mention belongs to, by the mention's start. */
  at(start: number): NameCluster | undefined {
    return this.byStart.get(start);
  }

  /** The entity name for a name mention, by its start: "Brownback" → "Sam Brownback". */
  nameAt(start: number): string | undefined {
    return this.byStart.get(start)?.name;
  }

  /** The last `max` person mentions before `offset`, in text order (the pronoun model's candidates and their history). */
  peopleBefore(offset: number, max: number): ReadonlyArray<PersonMention> {
    const end = firstFrom(this.people, offset);
    return this.people.slice(Math.max(0, end - max), end);
  }

  /** Whether a person is named from offset `from` up to `to`. */
  personBetween(from: number, to: number): boolean {
    return (this.people[firstFrom(this.people, from)]?.start ?? Infinity) < to;
  }

  /**
   * The person a pronoun refers to: of the last sentence before `offset` (the start of the
   * pronoun's sentence) that names a person whose gender does not rule them out, the first such
   * person named in it. For "she" a woman named among the
   * last few people comes first: men are often named by surname alone ("Trump"), which leaves
   * their gender unknown.
   */
  /** Whether the article shows a person's gender (a given name, an honorific): a person surely, not a product the recogniser took for one. */
  gendered(name: string): boolean {
    return this.people.some((p) => p.name === name && p.gender !== null);
  }

  /** How many times the article names a person (by any of their names). */
  timesNamed(name: string): number {
    return this.people.filter((p) => p.name === name).length;
  }

  /** The index of the sentence that first names a person, or -1. */
  firstNamedIn(name: string): number {
    return this.people.find((p) => p.name === name)?.sentence ?? -1;
  }

  lastPerson(offset: number, gender: Gender | null): string | null {
    const end = firstFrom(this.people, offset);
    // Of the people that sentence names, the first: the subject, more often than an object, is
    // who the next sentence's pronoun means ("Boulter beat Diane Parry. “…,” she said.").
    const subject = (i: number, fits: (g: Gender | null) => boolean): string => {
      let first = i;
      // A name inside a quotation ("“… the Assad regime …,” Robertson said") or after a preposition
      // or a verb ("After meeting Barack Obama, Donald Trump signed …") is not the subject.
      for (let k = i - 1; k >= Math.max(0, i - SUBJECT_SCAN) && this.people[k]!.sentence === this.people[i]!.sentence; k--) if (fits(this.people[k]!.gender) && this.people[k]!.subject) first = k;
      return this.people[first]!.name;
    };
    if (gender === 'f') {
      for (let i = end - 1; i >= Math.max(0, end - RECENT_PEOPLE); i--) if (this.people[i]!.gender === 'f') return subject(i, (g) => g === 'f');
    }
    for (let i = end - 1; i >= 0; i--) {
      const p = this.people[i]!;
      const fits = (g: Gender | null): boolean => !gender || !g || g === gender;
      if (fits(p.gender)) return subject(i, fits);
    }
    return null;
  }

  /**
   * The person a pronoun in the middle of a sentence refers to when that sentence names one before
   * it as its subject ("Marco Rubio spoke over boos as he congratulated …", "Actor Clint Howard
   * admits … a person he can admire"): the first such person between `from` (the sentence's start)
   * and `to` (the pronoun) whose gender fits, or null.
   */
  subjectBefore(from: number, to: number, gender: Gender | null): string | null {
    for (let i = firstFrom(this.people, from); i < this.people.length && this.people[i]!.start < to; i++) {
      const p = this.people[i]!;
      // Not across a colon, a semicolon or a quotation mark ("… on Mason Rudolph's role: He asked for it" is another's words).
      if (p.subject && (!gender || !p.gender || p.gender === gender) && !/[:;“”"]/.test(this.text.slice(p.start, to))) return p.name;
    }
    return null;
  }

  /**
   * The person a definite description of a role means ("the singer", "the former Bachelor star",
   * "the pope"), among the people named before `offset`: the last one the article gives that role
   * beside the name ("pop star Beyoncé", "Pope Francis", "Sen. Tom Cotton", "Abbie Chatfield, a
   * former Bachelor star"), with every word of `marks` in that role ("the Ohio governor"); else the
   * only person named so far, when the role's gender does not rule them out and the description
   * is bare, no public office, and not another role the article gave them; else null. (The
   * person named most often is as often someone else: "the musician" in a piece about Kourtney
   * Kardashian is Travis Barker.)
   */
  describedPerson(role: string, offset: number, gender: Gender | null, former = false, marks: readonly string[] = []): string | null {
    const end = firstFrom(this.people, offset);
    const words = role.split(' ');
    const last = words.pop()!;
    const forms = [last, ...Object.keys(TITLE_FORMS).filter((a) => TITLE_FORMS[a] === last).map((a) => `${a}\\.?`)];
    // (Each part of a hyphenated office in either case: "Secretary-General", "secretary-general".)
    const word = (w: string): string => w.split('-').map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`).join('[\\s-]');
    const phrase = [...words.map((w) => `${word(w)}[\\s-]+`), `(?:${forms.map(word).join('|')})`].join('');
    // Not another office the role's word ends ("Vice President", "Prime Minister" for "the president", "the minister").
    // "the former president" is not the president, nor "the president" a former one.
    const unqualified = former ? String.raw`(?:[Ff]ormer\s+|[Ee]x-)(?:\p{Lu}[\p{L}&'’-]*\s+){0,2}` : String.raw`(?<!(?:${ROLE_QUALIFIERS}|[Ff]ormer|[Ee]x)[\s-])`;
    const before = new RegExp(String.raw`(?:^|[^\p{L}-])${unqualified}${phrase}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, 'u');
    // (Modifiers only: "Karine Jean-Pierre, a spokeswoman for the president" is not the president.)
    const appositive = String.raw`^,?\s+(?:(?:who\s+is|is)\s+)?(?:the|a|an)\s+(?:(?!(?:for|of|to|the|a|an|with|at|by|on|in|from)\s)[\p{L}\d'’-]+\s+){0,4}?`;
    // An appositive ends at its punctuation ("Abbie Chatfield, a former Bachelor star, said"; not
    // "… Mika Brzezinski, the Democratic presidential candidate stated", which is a new subject).
    const after = new RegExp(String.raw`${appositive}${unqualified}${phrase}(?=\s*(?:[,.;:)–—]|$))`, 'u');
    // The role held elsewhere: "John Williams, the president of the New York Fed", "Vice President Kamala Harris".
    const heldElsewhere = new RegExp(String.raw`${appositive}${phrase}\s+(?:of|at|for|with)\b`, 'u');
    const qualified = new RegExp(String.raw`(?:${ROLE_QUALIFIERS}|[Ff]ormer|[Ee]x)[\s-]+${phrase}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, 'u');
    let otherOffice = false;
    for (let i = end - 1; i >= 0; i--) {
      const p = this.people[i]!;
      const from = Math.max(0, p.start - ROLE_CHARS);
      const titled = before.exec(this.text.slice(from, p.start));
      // "New York Fed President John Williams" is the Fed's president, not "the president"; a
      // place or a people may say whose ("French President Emmanuel Macron", "U.S. Sen. Tom
      // Cotton"), and anything what kind of star or singer ("R&B singer", "Marvel star").
      const roleAt = titled ? from + titled.index + (/^[^\p{L}-]/u.test(titled[0]) ? 1 : 0) : -1;
      const owner = titled ? /(?:^|[ \t])([^\s.!?]+)[ \t]+$/u.exec(this.text.slice(Math.max(0, roleAt - ROLE_CHARS), roleAt))?.[1] : undefined;
      const anothers = owner !== undefined && OFFICES_HELD.has(last) && /^\p{Lu}/u.test(owner) && !ROLE_OWNERS.test(owner) && !this.places.some((m) => m.end <= roleAt && roleAt - m.end <= 1);
      const following = this.text.slice(p.end, p.end + ROLE_CHARS);
      const apposed = after.exec(following)?.[0];
      // "the CIA director" is not a Secret Service director, nor "the French president" President
      // Obama: the names the description gives stand in the role the article gives the person.
      const given = `${titled && !anothers ? this.text.slice(Math.max(0, roleAt - ROLE_OWNER_CHARS), p.start) : ''} ${apposed ?? ''}`;
      if (((titled && !anothers) || apposed) && marks.every((m) => given.toLowerCase().includes(m.toLowerCase()))) return p.name;
      // ("Coach Jurgen Klopp" is not "the striker", even when no one else is named.)
      const titleWord = /([\p{L}-]+)[ \t]+$/u.exec(this.text.slice(from, p.start))?.[1]?.toLowerCase();
      const otherRole = titleWord !== undefined && titleWord !== last && NAMED_ROLES.has(titleWord);
      otherOffice ||= (titled !== null && anothers) || heldElsewhere.test(following) || (!former && qualified.test(this.text.slice(from, p.start))) || otherRole;
    }
    // The only person named so far, unless the article gave them the role somewhere else; not for
    // an office, which the article may mean of someone it has not named ("the president" in a
    // story quoting only Michelle Obama).
    const named = new Set(this.people.slice(0, end).map((p) => p.name));
    if (named.size !== 1 || otherOffice || PUBLIC_OFFICES.has(last) || marks.length > 0) return null;
    const [only] = named;
    const known = this.genderOf(only!);
    return gender && known && known !== gender ? null : only!;
  }

  /**
   * "the company" → the organisation it means: the one organisation named in its sentence before
   * it or in the few sentences before, or of several the one whose name ends in its noun ("the
   * institute" → "National Statistics Institute"); with `byNounOnly`, only the latter. Else the
   * description as written ("company"): a wrong name is worse than none.
   */
  describedOrganisation(mention: TextSpan, sentence: number, byNounOnly = false): string {
    const named = new Set<string>();
    for (let i = firstFrom(this.organisations, mention.start) - 1; i >= 0 && this.organisations[i]!.sentence >= sentence - DESCRIPTION_SENTENCES; i--) {
      named.add(this.nameAt(this.organisations[i]!.start) ?? this.organisations[i]!.text);
    }
    // "the ministry", "the department" name one only: not the agency or company named before.
    const head = /\b(ministry|department)$/i.exec(mention.text)?.[1]?.toLowerCase();
    const fits = head ? [...named].filter((n) => n.toLowerCase().includes(head)) : [...named];
    if (!byNounOnly && named.size === 1 && fits.length === 1) return fits[0]!;
    // Among several, the one whose name ends in the description's noun: "the institute" after "AP"
    // and "Mexico's National Statistics Institute".
    const noun = /([\p{L}]+)$/u.exec(mention.text)?.[1]?.toLowerCase();
    const ending = noun ? [...named].filter((n) => n.toLowerCase().split(/\s+/).pop() === noun) : [];
    return ending.length === 1 ? ending[0]! : mention.text.replace(/^the\s+/i, '');
  }

  /** Whether an entity name is a person's. */
  isPerson(name: string): boolean {
    return this.personGenders().has(name);
  }

  /** A person's gender as their record gives it (honorifics, given name), or null. */
  genderOf(name: string): Gender | null {
    return this.personGenders().get(name) ?? null;
  }

  private personGenders(): Map<string, Gender | null> {
    this.personNames ??= new Map(this.clusters.filter((c) => c.type === 'person').map((c) => [c.name, c.gender]));
    return this.personNames;
  }
  private personNames: Map<string, Gender | null> | undefined;
}

/**
 * Which of these offsets (ascending) stand inside a quotation opened earlier in their paragraph
 * (curly, straight or doubled-apostrophe marks), in one pass over the text.
 */
function quotedOffsets(text: string, offsets: number[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  let i = 0;
  for (const at of offsets) {
    for (; i < at; i++) {
      const c = text[i];
      if (c === '\n') open = false;
      else if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '"') open = !open;
      else if (c === "'" && text[i + 1] === "'") {
        open = !open;
        i++;
      }
    }
    if (open) inside.add(at);
  }
  return inside;
}

/** How many people named before it in its sentence a pronoun's subject search looks back over (a run-on text's one "sentence" names thousands). */
const SUBJECT_SCAN = 40;

/** Words before a name that make it an object, not a subject: a preposition or an "-ing" verb ("According to Mary Smith", "After meeting Barack Obama"). */
const OBJECT_BEFORE = /\b(?:to|of|by|with|for|from|at|in|on|over|against|about|after|before|than|beat|\w+ing)\s+(?:the\s+)?$/i;
const OBJECT_BEFORE_CHARS = 48;
/** A noun after a person's name that the name only modifies: "the previous Trump administration", "the Obama years". */
const MODIFIES_AFTER = /^[ \t]+(?:administration|government|campaign|era|presidency|years|family|foundation|White House)\b/;
const MODIFIES_AFTER_CHARS = 16;

/** A capitalised word before a name, with the space after it (a title or an honorific: "Lord", "Secretary", "Gen."). */
const TITLE_BEFORE = /(\p{Lu}[\p{L}'’-]*)(\.?)[ \t]+$/u;
const TITLES_BEFORE_MAX = 3;

/**
 * Whether a preposition or an "-ing" verb stands right before the name at `start`, with only titles
 * between: "gifts from Lord Alli", "a meeting with Nato Secretary General Mark Rutte" (a word with
 * a full stop only when it is an abbreviated title: "… with President Donald Trump. Sondland" is a new sentence).
 */
function objectBefore(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - OBJECT_BEFORE_CHARS), start);
  if (OBJECT_BEFORE.test(before)) return true;
  let titles = 0;
  for (let k = 0; k < TITLES_BEFORE_MAX; k++) {
    const title = TITLE_BEFORE.exec(before);
    if (!title || (title[2] && !TITLE_ABBREVIATION.test(`${title[1]}.`))) return false;
    // A title ("Lord", "Secretary", "General"), or after one the body whose it is ("Nato"): not a
    // day, a place or a name ("On Monday Donald Trump …", "At the White House Joe Biden …").
    const isTitle = LEADING_TITLES.test(`${title[1]} `);
    if (!isTitle && titles === 0) return false;
    before = before.slice(0, title.index);
    if (OBJECT_BEFORE.test(before)) return true;
    if (!isTitle) return false;
    titles++;
  }
  return false;
}

/** Alias key: "Alibaba’s" → "alibaba", "the U.S." → "us", "U.S." → "us", "Mr Khodorkovsky" → "khodorkovsky". */
export function aliasKey(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    // "Ron “Meatball” DeSantis" is Ron DeSantis: a nickname in quotes inside a name is no part of its key.
    .replace(QUOTED_NICKNAME, ' ')
    .replace(/^the\s+/i, '')
    .replace(LEADING_TITLES, '')
    .replace(/[.®™©]/gu, '')
    // "Crown Equity Holdings, Inc." and "Crown Equity Holdings Inc.": the comma before a legal form is no part of the key.
    .replace(LEGAL_FORM_COMMA, '')
    .replace(UNSEEN, '')
    .toLowerCase()
    // "O’Leary" and "O'Leary": one name whichever apostrophe the page types.
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name mentions of an article grouped into entities. */
export function resolveNames(annotated: AnnotatedArticle): NameCoreference {
  const { article } = annotated;
  const text = article.text;
  const within = new Map<number, number>();
  const mentions = withInstitutions(annotated.mentions, text, annotated.sentences, within);
  const names = mentions.filter((m) => NAME_TYPES.has(m.type));
  const groups = new Map<string, Group>();
  for (const m of names) {
    const key = aliasKey(m.text) || m.text.toLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, words: key.split(' '), mentions: [] }));
    g.mentions.push(m);
  }
  const merge = (from: Group, into: Group, retype: boolean): void => {
    const type = majorityType(into.mentions);
    into.mentions.push(...from.mentions.map((m) => (retype ? { ...m, type } : m)));
    into.mentions.sort((a, b) => a.start - b.start);
    groups.delete(from.key);
  };

  mergeUnaccented(groups, merge);
  mergeKnownAs(groups, merge, text);
  mergePeople(groups, text, merge);
  mergeSpellings(groups, merge);
  mergeHyphenations(groups, merge);
  mergeAcronyms(groups, merge, text);
  mergeOrganisations(groups, merge);
  mergePlaces(groups, merge);
  partiesAreOrganisations(groups);

  const clusters = [...groups.values()].map((g): NameCluster => {
    const type = majorityType(g.mentions);
    const name = canonicalName(g.mentions, type, possessiveName(text, g.mentions));
    return { name: type === 'person' ? regnalName(text, g.mentions, name) : name, type, mentions: g.mentions, gender: type === 'person' ? clusterGender(text, g.mentions) : null };
  });
  return new NameCoreference(clusters, text, names, within);
}

/**
 * A name written without its accents and the one name the article writes with them: a transcript's
 * "SERGIO MARTINEZ-BELTRAN" and "Sergio Martínez-Beltrán", "Baltasar Garzon" and "Baltasar Garzón".
 * Two names written with different accents stay two people ("Hùng" and "Hưng").
 */
function mergeUnaccented(groups: Map<string, Group>, merge: Merge): void {
  const accented = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const plainKey = withoutAccents(g.key);
    if (plainKey !== g.key) accented.set(plainKey, [...(accented.get(plainKey) ?? []), g]);
  }
  for (const g of [...groups.values()]) {
    const into = accented.get(g.key);
    if (withoutAccents(g.key) === g.key && into?.length === 1 && groups.has(into[0]!.key)) merge(g, into[0]!, false);
  }
}

/**
 * "the Syrian government", "the Trump administration", "the US military", "Russia's foreign
 * ministry": a nationality, a place or a person before an institution's noun is that institution,
 * an organisation of the story (readers of real pages list them, often among the key actors).
 * The name tagger keeps CoNLL's reading (a MISC "Syrian", a LOC "US"); the entity list and the
 * claims' speakers take the institution, whose mention replaces the modifier's, when the article
 * names it at least twice, or once as the subject of a verb (of saying or of doing): one named in passing
 * ("under the Obama administration") is background, and the readers of real pages left half of
 * those out.
 */
function withInstitutions(mentions: readonly Mention[], text: string, sentences: readonly Sentence[], within: Map<number, number>): Mention[] {
  const found = mentions.map((m): Mention | null => {
    const modifier = m.type === 'place' || m.type === 'person' || (m.type === 'other' && DEMONYM_SET.has(m.text));
    const head = modifier ? INSTITUTION_AFTER.exec(text.slice(m.end, m.end + INSTITUTION_LOOKAHEAD)) : null;
    if (!head) return null;
    const end = m.end + head[0].length;
    return { ...m, type: 'organization', text: text.slice(m.start, end), end };
  });
  const times = new Map<string, number>();
  for (const m of found) if (m) times.set(institutionKey(m.text), (times.get(institutionKey(m.text)) ?? 0) + 1);
  const speaks = (m: Mention): boolean => INSTITUTION_SPEAKS.test(text.slice(m.end, m.end + INSTITUTION_SPEAKS_LOOKAHEAD));
  // "Ukraine’s Defense Ministry" where the tagger read "Defense Ministry" as a name: whose ministry
  // it is is part of it, however often it is named ("Defense Ministry" alone had joined Russia’s).
  const named = (institution: Mention): Mention | undefined => mentions.find((o) => o.type === 'organization' && o.start > institution.start && o.end === institution.end);
  const inside = new Set<Mention>();
  // (The name inside an institution is no second mention of it; its start finds the institution: `within`.)
  const out = mentions.flatMap((m, i) => {
    const institution = found[i];
    const head = institution ? named(institution) : undefined;
    if (!institution || !(head || times.get(institutionKey(institution.text))! >= INSTITUTION_MIN_MENTIONS || speaks(institution) || acts(institution, sentences))) return [m];
    if (head) {
      inside.add(head);
      within.set(head.start, institution.start);
    }
    // "Liz Truss's government": the person named in full stays a person of the story too, whom a
    // later "Truss" names (a surname alone, as in "the Trump administration", is only the modifier).
    return m.type === 'person' && m.text.includes(' ') ? [institution, m] : [institution];
  });
  return inside.size === 0 ? out : out.filter((m) => !inside.has(m));
}

/** Words the tagger reads as prepositions that open a clause ("It comes as Thai police have …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'after', 'before', 'since', 'until', 'because', 'while', 'although', 'though', 'if', 'once']);

/**
 * Whether an institution is the subject of a verb ("The Swedish government has released …",
 * "It comes as Thai police have detained …"): a verb or an auxiliary follows it (adverbs
 * between), and no preposition governs it ("under the Obama administration"; "as" and other
 * words that open a clause do not count).
 */
function acts(m: Mention, sentences: readonly Sentence[]): boolean {
  const s = sentences[m.sentence];
  if (!s || s.start > m.start || m.end > s.end) return false;
  let after = s.tokens.findIndex((t) => t.start >= m.end);
  while (after >= 0 && after < s.tokens.length && s.tokens[after]!.pos === 'ADV') after++;
  const next = after >= 0 ? s.tokens[after] : undefined;
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  let before = s.tokens.findIndex((t) => t.start >= m.start) - 1;
  while (before >= 0 && s.tokens[before]!.pos === 'DET') before--;
  return before < 0 || s.tokens[before]!.pos !== 'ADP' || CLAUSE_OPENERS.has(s.tokens[before]!.normal);
}

const institutionKey = (s: string): string => s.toLowerCase().replace(/['’]s\b/g, '').replace(/\s+/g, ' ');

type Merge = (from: Group, into: Group, retype: boolean) => void;

/** Between a person's name and the other name they go by: ", known by his stage name", ", better known as", ", aka". */
const KNOWN_AS = /^\s*,?\s*(?:(?:who\s+(?:is|was)\s+)?(?:better\s+|also\s+|professionally\s+|popularly\s+|widely\s+)?known\s+(?:professionally\s+|popularly\s+|widely\s+)?(?:as|by\s+(?:his|her|their|the)\s+(?:stage|ring|pen|professional)\s+name)|aka|a\.k\.a\.|(?:whose|with\s+the)\s+(?:stage|ring|pen|professional)\s+name(?:\s+is)?)\s+$/i;
/** Between the name a person goes by and their own: "Bnxn (real name Daniel Benson)", "Lady Gaga (born Stefani Germanotta)". */
const REAL_NAME = /^\s*\(\s*(?:real\s+name|born|birth\s+name|n[ée]e)\s+$/i;

/**
 * One person under two names the article ties together: "Daniel Benson, known by his stage name
 * Bnxn", "Bnxn (real name Daniel Benson)". The other name joins the person's record as a person,
 * whatever the recogniser made of it alone (a stage name it has never seen reads as an
 * organisation or a place), so the name the article goes on using is the person's.
 */
function mergeKnownAs(groups: Map<string, Group>, merge: Merge, text: string): void {
  const owner = new Map<Mention, Group>();
  for (const g of groups.values()) for (const m of g.mentions) owner.set(m, g);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const between = text.slice(a.end, b.start);
    // The other name closes the phrase ("known by his stage name Bnxn, is …"): "known as
    // Chicago's most notorious gangster" names no one.
    const [own, other] = KNOWN_AS.test(between) && /^\s*(?:[,.;:!?)]|$)/.test(text.slice(b.end, b.end + 2)) ? [a, b] : REAL_NAME.test(between) && /^\s*\)/.test(text.slice(b.end)) ? [b, a] : [null, null];
    if (!own || !other) continue;
    const into = owner.get(own)!;
    const from = owner.get(other)!;
    if (from === into || !groups.has(into.key) || !groups.has(from.key) || majorityType(into.mentions) !== 'person') continue;
    merge(from, into, true);
    for (const m of from.mentions) owner.set(m, into);
  }
}

/**
 * A shorter person name joins the one full name it ends or begins, or that has its first and last
 * word ("Nikki Haley" for "Nikki R. Haley"); not when an honorific on it says another gender.
 */
function mergePeople(groups: Map<string, Group>, text: string, merge: Merge): void {
  const people = [...groups.values()].filter((g) => g.words.length > 1 && majorityType(g.mentions) === 'person');
  splitByHonorific(groups, text, people);
  // Longest first, so "Nikki R. Haley" joins "Nikki Haley" before "Haley" looks for its owner.
  for (const g of [...groups.values()].sort((a, b) => a.words.length - b.words.length).reverse()) {
    if (!groups.has(g.key)) continue;
    // "The Bill would require …", "amending this Bill": a given name a determiner always precedes is
    // a thing, not Bill Shorten. A surname read as a person's there is still the person's:
    // "policies that Trump is likely to roll back" ("that" opens a clause as often as it points).
    const determined = g.mentions.every((m) => DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)));
    // A given name alone names a person only when it is read as a person's: "Israel", a place the
    // article names throughout, is not the minister Israel Katz.
    const person = majorityType(g.mentions) === 'person';
    if (determined && !person) continue;
    // "at McDonald's": a company whose name keeps its possessive is no surname of Ronald McDonald's.
    if (g.mentions.every((m) => m.type === 'organization') && possessiveName(text, g.mentions)) continue;
    const candidates = people.filter((h) => h !== g && groups.has(h.key) && owns(h.words, g.words, person && !determined));
    let owners = candidates.length > 1 ? telling(text, g, candidates) : candidates;
    if (owners.length > 1) owners = firstIntroduced(g, owners);
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    const said = groupHonorific(text, g.mentions);
    const known = clusterGender(text, owner.mentions);
    if (said && known && said !== known) continue;
    merge(g, owner, true);
  }
}

/**
 * A surname two people of the article share, written with honorifics of both genders ("Mr.
 * Lassiter" and "Ms. Lassiter" beside Scott and Jamie Liles Lassiter): each mention whose honorific
 * says a gender goes to the one of them that gender fits (their known gender, or the only one whose
 * gender is unknown); the bare surname stays for mergePeople to read. With one person of that
 * surname named in full, the mentions whose honorific says the other gender become a record of
 * their own ("Lady Starmer").
 */
function splitByHonorific(groups: Map<string, Group>, text: string, people: readonly Group[]): void {
  for (const g of [...groups.values()]) {
    if (g.words.length !== 1 || majorityType(g.mentions) !== 'person') continue;
    const said = new Set(g.mentions.map((m) => honorificGender(text, m)).filter((x): x is Gender => x !== null));
    if (said.size === 0) continue;
    const owners = people.filter((h) => h !== g && groups.has(h.key) && h.words[h.words.length - 1] === g.words[0]);
    // One owner, and an honorific of the other gender ("Lady Starmer" beside Sir Keir Starmer): those
    // mentions are another person, whom the article never names in full; the bare surname stays his.
    if (owners.length === 1) {
      const known = clusterGender(text, owners[0]!.mentions);
      const other = g.mentions.filter((m) => { const h = honorificGender(text, m); return h !== null && known !== null && h !== known; });
      if (other.length === 0 || other.length === g.mentions.length) continue;
      const key = `${g.key} (${honorificGender(text, other[0]!)})`;
      groups.set(key, { key, words: g.words, mentions: other });
      g.mentions = g.mentions.filter((m) => !other.includes(m));
      continue;
    }
    if (said.size < 2 || owners.length < 2) continue;
    const genders = new Map(owners.map((o) => [o, clusterGender(text, o.mentions)]));
    const ownerOf = (gender: Gender): Group | null => {
      const fits = owners.filter((o) => genders.get(o) === gender);
      if (fits.length === 1) return fits[0]!;
      const open = owners.filter((o) => genders.get(o) === null);
      return fits.length === 0 && open.length === 1 ? open[0]! : null;
    };
    for (const gender of said) {
      const owner = ownerOf(gender);
      if (!owner) continue;
      const moved = g.mentions.filter((m) => honorificGender(text, m) === gender);
      owner.mentions.push(...moved.map((m) => ({ ...m, type: 'person' as const })));
      owner.mentions.sort((a, b) => a.start - b.start);
      g.mentions = g.mentions.filter((m) => !moved.includes(m));
    }
    if (g.mentions.length === 0) groups.delete(g.key);
  }
}

/**
 * Whether two words differ by one letter added, dropped or changed inside them ("Garett",
 * "Garrett"; "Hanson", "Hansen"), or by a last letter doubled ("Zelenskyy", "Zelensky"); a letter
 * added or changed at the end makes another name ("Martine", "Martinez"; "Geingos", "Geingob").
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  // At the end: only a doubled last letter ("Geingos" is not "Geingob").
  if (x === '' || y === '') return (x || y).length === 1 && (x || y) === a[i - 1];
  if (x.length === 1 && y.length === 1) return false;
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/** Shortest word a spelling variant is looked for in (short names differ by a letter: "Kim", "Lim"). */
const SPELLING_MIN = 6;

/**
 * A person's short name the article spells another way ("Zelenskyy" beside "Volodymyr Zelensky",
 * "Garett" beside "Wendy Garrett") is that person's: a group whose words end exactly one longer
 * person's name, one word of at least six letters a letter apart, joins it. Not when another
 * person's name has the word as written; two full names are two people however alike ("Daniel
 * Gonzalez", "Daniela Gonzalez").
 */
function mergeSpellings(groups: Map<string, Group>, merge: Merge): void {
  const people = [...groups.values()].filter((g) => majorityType(g.mentions) === 'person');
  // Indexes, so a long page's thousands of names are not compared pairwise: the names each word
  // is in, and the longer names by their last word with each letter left out in turn (two words a
  // letter apart share one of those keys).
  const byWord = new Map<string, Group[]>();
  const byNearLast = new Map<string, Group[]>();
  const add = (index: Map<string, Group[]>, key: string, g: Group): void => {
    const list = index.get(key);
    if (list) list.push(g);
    else index.set(key, [g]);
  };
  const near = (w: string): Set<string> => new Set([w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))]);
  for (const h of people) {
    for (const w of new Set(h.words)) add(byWord, w, h);
    if (h.words.length > 1) for (const k of near(h.words[h.words.length - 1]!)) add(byNearLast, k, h);
  }
  for (const g of people) {
    if (!groups.has(g.key)) continue;
    const last = g.words[g.words.length - 1]!;
    if ((byWord.get(last) ?? []).some((h) => h !== g && groups.has(h.key) && g.words.every((w) => h.words.includes(w)))) continue;
    // A variant of the last word (found by its near keys), or of an earlier one (the last word the same).
    const candidates = new Set([...[...near(last)].flatMap((k) => byNearLast.get(k) ?? []), ...(byWord.get(last) ?? [])]);
    const variants = [...candidates].filter((h) => {
      if (h === g || !groups.has(h.key) || h.words.length <= g.words.length) return false;
      // The words of the shorter name stand at the end of the longer one's ("Zelenskyy" → "… Zelensky").
      const tail = h.words.slice(h.words.length - g.words.length);
      const differ = g.words.filter((w, i) => w !== tail[i]);
      if (differ.length !== 1) return false;
      return differ[0]!.length >= SPELLING_MIN && oneEditApart(differ[0]!, tail[g.words.indexOf(differ[0]!)]!);
    });
    if (variants.length !== 1) continue;
    merge(g, variants[0]!, true);
  }
}

/**
 * A person's name written with a hyphen and with a space ("Linda Thomas-Greenfield", "Linda Thomas
 * Greenfield"; "Kim Jong-un", "Kim Jong Un") is one name.
 */
function mergeHyphenations(groups: Map<string, Group>, merge: Merge): void {
  const byKey = new Map<string, Group>();
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key) || majorityType(g.mentions) !== 'person') continue;
    const key = g.key.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
    const other = byKey.get(key);
    if (!other || !groups.has(other.key)) {
      byKey.set(key, g);
      continue;
    }
    // (Into the hyphenated name, the spelling a page chooses on purpose: "Thomas-Greenfield".)
    const [from, into] = g.key.includes('-') ? [other, g] : [g, other];
    merge(from, into, false);
    byKey.set(key, into);
  }
}

/**
 * Of several people a short name could be, the one the article had named in full before it first
 * used the short name, when no other had been named yet: "Wilson" after "Zach Wilson" in a story
 * that brings in his mother Lisa Wilson later (news style names a second bearer of the surname in
 * full, or by a role). Else all of them.
 */
function firstIntroduced(g: Group, owners: Group[]): Group[] {
  const firstOf = (h: Group): number => Math.min(...h.mentions.map((m) => m.start));
  const first = firstOf(g);
  const before = owners.filter((h) => firstOf(h) < first);
  return before.length === 1 ? before : owners;
}

/** One title's written forms: "Sen." and "Senator" are one title. */
const TITLE_FORMS: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senator', gov: 'governor', govs: 'governor', rep: 'representative', reps: 'representative',
  gen: 'general', pres: 'president', prof: 'professor', capt: 'captain', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant',
};
/** Honorifics, which say a gender rather than a title. */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(Object.keys(HONORIFIC_GENDER).map((h) => h.toLowerCase()));

/**
 * The title right before a mention in its sentence ("President" in "Israeli President Isaac Herzog"),
 * lower-cased and in its full form, or null. A word with a full stop is a title only when it is
 * an abbreviated one ("Sen. Collins"): "… met the president. Herzog said" has none.
 */
function titleBefore(text: string, m: Mention): string | null {
  const found = /(\p{L}+)(\.?)\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!found) return null;
  const word = found[1]!;
  if (found[2] && !TITLE_ABBREVIATION.test(`${word}.`)) return null;
  const lower = word.toLowerCase();
  if (HONORIFIC_WORDS.has(lower) || !LEADING_TITLES.test(`${lower} `)) return null;
  return TITLE_FORMS[lower] ?? lower;
}

/**
 * Of several people a short name could be ("Herzog": Isaac Herzog and Michal Herzog; "Mr. Trump":
 * Donald and Ivanka Trump), the one its mentions' one sign tells: the full name written after the
 * same title ("President Herzog" after "Israeli President Isaac Herzog"), or the one person of the
 * gender its honorific gives. Mentions with two signs ("President Herzog" and "Mrs. Herzog") may be
 * two people, so they join none; nor do mentions with no sign.
 */
function telling(text: string, g: Group, owners: Group[]): Group[] {
  const titles = new Set(g.mentions.map((m) => titleBefore(text, m)).filter((t): t is string => t !== null));
  const genders = new Set(g.mentions.map((m) => honorificGender(text, m)).filter((x): x is Gender => x !== null));
  if (titles.size + genders.size !== 1) return owners;
  if (titles.size === 1) {
    const title = [...titles][0]!;
    const titled = owners.filter((h) => h.mentions.some((m) => titleBefore(text, m) === title));
    return titled.length === 1 ? titled : owners;
  }
  const said = [...genders][0]!;
  const same = owners.filter((h) => clusterGender(text, h.mentions) === said);
  return same.length === 1 ? same : owners;
}

/**
 * Whether the full name `full` is the one `part` names: its last word(s), the same first and last
 * word, or (when `given` allows it) its first word.
 */
function owns(full: string[], part: string[], given = true): boolean {
  if (part.length >= full.length) {
    // "nikki r haley" and "nikki haley": the shorter owns the longer one's middle initial.
    return part.length === full.length + 1 && part[0] === full[0] && part[part.length - 1] === full[full.length - 1] && /^\p{L}$/u.test(part[1]!);
  }
  const tail = full.slice(full.length - part.length);
  const head = full.slice(0, part.length);
  if (tail.join(' ') === part.join(' ')) return true;
  // "Carlineo" names "Patrick W. Carlineo Jr.": the surname is the word before the suffix; "T.S.
  // Ellis" names "T.S. Ellis III".
  if (SUFFIX_KEY.test(full[full.length - 1]!)) {
    const bare = full.slice(0, -1);
    if (bare.join(' ') === part.join(' ') || (bare.length > part.length && owns(bare, part, given))) return true;
  }
  // A given name alone ("Xi") names the person whose name begins with it; a surname suffix ("Jr") never does.
  return given && part.length === 1 && head[0] === part[0] && !SUFFIX_KEY.test(part[0]!);
}

/**
 * Whether names its mentions write with a possessive have it as their own ("at McDonald's.",
 * "McDonald's said"): every mention ends in "'s" and one stands where no noun it owns follows
 * (not "CNBC's Advisor Council"), or one is a company the hand list writes so.
 */
function possessiveName(text: string, mentions: readonly Mention[]): boolean {
  return (
    mentions.every((m) => /['’]s$/u.test(m.text)) &&
    mentions.some((m) => LISTED_POSSESSIVES.has(m.text.replace(/’/g, "'")) || OWNS_NOTHING_AFTER.test(text.slice(m.end, m.end + 12)))
  );
}
const OWNS_NOTHING_AFTER = /^(?:\s*(?:[.,;:!?)"”’]|$)|\s+(?:in|at|on|for|since|until|after|before|from|to|with|as|and|or|is|was|were|has|had|have|said|says|will|would)\b)/u;
/** Organisations the hand list names with a possessive of their own: "McDonald's". */
const LISTED_POSSESSIVES: ReadonlySet<string> = new Set(ORGANIZATIONS.filter((n) => /'s$/.test(n)));

/** A determiner right before a mention: "the", "this", "that", "a", "an". */
const DETERMINER_BEFORE = /\b(?:the|this|that|a|an)\s+$/i;

/** NAME_SUFFIX as an alias-key word ("jr", "iii"). */
const SUFFIX_KEY = /^(?:jr|sr|ii|iii|iv)$/;

/** The US states' postal codes, which a place's comma may set after it ("Miami, FL"). */
const US_STATE_CODES: ReadonlySet<string> = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));

/** An acronym joins the one name whose initials it spells; a conventional short form its full name. */
function mergeAcronyms(groups: Map<string, Group>, merge: Merge, text: string): void {
  const long = [...groups.values()].filter((g) => g.words.length > 1);
  // "The Energy and Resources Institute (TERI)", "South African Revenue Service (Sars)": defined in
  // parentheses right after the long name (mixed case, or spelling "The" too), when its letters
  // are that name's word initials (abbreviates, as the recogniser checks them).
  const endingAt = new Map<number, { group: Group; mention: Mention }>();
  for (const h of long) for (const m of h.mentions) endingAt.set(m.end, { group: h, mention: m });
  for (const g of [...groups.values()]) {
    if (g.words.length !== 1 || !groups.has(g.key)) continue;
    let owner: { group: Group; mention: Mention } | undefined;
    for (const m of g.mentions) {
      const open = text[m.end] === ')' ? /\s*\(\s*$/.exec(text.slice(Math.max(0, m.start - 4), m.start)) : null;
      const long = open ? endingAt.get(m.start - open[0].length) : undefined;
      // (An organisation's capitals there define it whatever language they abbreviate: "the
      // Kurdish Worker’s Party (PKK)", "the People’s Protection Units (YPG)".)
      if (long && (abbreviates(m.text, long.mention.text) || (/^\p{Lu}{2,6}$/u.test(m.text) && majorityType(long.group.mentions) === 'organization'))) owner = long;
    }
    // A ticker given in brackets after the company ("Crown Equity Holdings, Inc. (OTCMKTS: CRWE)") is its name too.
    const code = g.mentions[0]!.text;
    if (!owner && /^[A-Z]{2,6}$/.test(code)) {
      const given = new RegExp(`\\(${EXCHANGES.source}\\s*:\\s*${code}\\)`, 'i').exec(text);
      const before = given ? LEGAL_FORM_BEFORE.exec(text.slice(Math.max(0, given.index - 12), given.index)) : null;
      // (The name may hold its legal form, "Crown Equity Holdings Inc.", or stop before it.)
      if (given && before) owner = endingAt.get(given.index - before[0].length) ?? endingAt.get(given.index - (/\s*$/.exec(text.slice(0, given.index))?.[0].length ?? 0));
    }
    if (owner && groups.has(owner.group.key)) {
      merge(g, owner.group, false);
      continue;
    }
    const short = SHORT_FORMS[g.key];
    const acronym = g.mentions.some((m) => /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}[\p{Lu}&]{1,5}$|^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?\p{Lu}?$/u.test(m.text.replace(/['’]s$/u, '')));
    if (!short && !acronym) continue;
    // ("West Palm Beach, FL", "Miami, FL": a state's code after a place and its comma is no acronym of "Fort Lauderdale".)
    // (Only a state's postal code: "US", "UN", "UK" after a comma are the country's and the body's acronyms.)
    if (g.mentions.every((m) => US_STATE_CODES.has(m.text) && /\p{L}\s*,\s*$/u.test(text.slice(Math.max(0, m.start - 4), m.start)))) continue;
    // The looser spellings only between organisations: "USA" is no "US Army", "DC" no "US District Court".
    const organisation = majorityType(g.mentions) === 'organization';
    const spells = (h: Group): boolean => initials(h.words) === g.key || (organisation && majorityType(h.mentions) === 'organization' && spellsInitials(g.key, h));
    // ("U.S." spells the initials of "U.S. Senate" only as a word of it: the country is no senate.)
    const owners = long.filter((h) => groups.has(h.key) && (short?.includes(h.key) || (acronym && !h.words.includes(g.key) && spells(h))));
    if (owners.length === 1) merge(g, owners[0]!, false);
  }
}

/** The initials of a name's words, without "of", "the", "and": "massachusetts institute of technology" → "mit". */
function initials(words: string[]): string {
  return words
    .filter((w) => !ACRONYM_SKIP_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** A country's short form that opens an agency's name and that its acronym leaves out ("U.S. Food and Drug Administration", FDA). */
const COUNTRY_PREFIX = /^(?:us|uk|eu|un)$/;

/**
 * Whether an acronym's key spells the initials of one of a group's names, as agencies and
 * companies make them: without or with "of" and "and" ("FDA"; "DOE" for "Department of Energy",
 * "MoD" for "Ministry of Defence", "MaT" for "Maghawir al Thawra"), without a country's short
 * form before ("EPA" for "U.S. Environmental Protection Agency"), each part of a hyphened word
 * ("ADL" for "Anti-Defamation League"), and a short word in capitals whole ("UCSB" for "UC Santa
 * Barbara").
 */
function spellsInitials(key: string, group: Group): boolean {
  for (const form of new Set(group.mentions.map((m) => m.text))) {
    const words = form.replace(/['’]s$/u, '').replace(/^the\s+/i, '').replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
    const initial = (w: string): string => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0]!).toLowerCase();
    const bare = COUNTRY_PREFIX.test(words[0]!.toLowerCase()) && words.length > 2 ? words.slice(1) : words;
    for (const ws of [words, bare]) {
      if (ws.filter((w) => !ACRONYM_SKIP_WORDS.has(w.toLowerCase())).map(initial).join('') === key) return true;
      if (ws.map(initial).join('') === key) return true;
    }
  }
  return false;
}

/**
 * A one-word organisation joins the one longer organisation name it ends ("Celtics" → "Boston
 * Celtics") when the article gave the longer name first,
 * as news style names an organisation in full before it shortens it ("Pentagon" does not join a
 * later "VOA Pentagon"). Not one it begins: "Alibaba" is not "Alibaba Cloud".
 */
function mergeOrganisations(groups: Map<string, Group>, merge: Merge): void {
  const organisations = [...groups.values()].filter((g) => g.words.length > 1 && majorityType(g.mentions) === 'organization');
  // Shortest first, so "Council" looks for its owner after "Security Council" has joined "UN Security Council".
  for (const g of [...groups.values()].sort((a, b) => a.words.length - b.words.length)) {
    if (!groups.has(g.key)) continue;
    const type = majorityType(g.mentions);
    // A lone word the tagger called a person ("Alden") that begins a company's name ("Alden Capital") is that company.
    const lone = type === 'person' && g.words.length === 1;
    if (type !== 'organization' && !lone) continue;
    // "Bank", "Group", "Times" alone say which of several organisations only by context ("The Times" is
    // not the Financial Times); "the Committee", "the Foundation", "the Court" after the one
    // "Federal Open Market Committee", "Apache Software Foundation", "Supreme Court" are that one.
    if (g.words.length === 1 && ORG_SUFFIX_KEYS.has(g.key) && !INSTITUTION_KIND_KEYS.has(g.key)) continue;
    // A team's name in the plural may come first ("the Dodgers … the Los Angeles Dodgers"): sports
    // writing names the team by its nickname, then in full (a party's members are not its wing:
    // "Democrats" is no "House Democrats").
    const nickname = g.words.length === 1 && /\p{Ll}s$/u.test(g.key) && !PARTY_NAMES.has(g.key);
    const endsWith = (h: Group): boolean => h.words.length > g.words.length && h.words.slice(-g.words.length).join(' ') === g.key;
    const before = (h: Group): boolean => h.mentions[0]!.start < g.mentions[0]!.start;
    const namedLater = nickname && !organisations.some((h) => h !== g && groups.has(h.key) && endsWith(h) && before(h));
    const ends = (h: Group): boolean => endsWith(h) && (before(h) || namedLater);
    // "Harvard" for "Harvard University", "McClatchy" for "McClatchy Co.": the rest is a company form or an institution's kind.
    const begins = (h: Group): boolean =>
      h.words.length > g.words.length && h.words.slice(0, g.words.length).join(' ') === g.key && h.words.slice(g.words.length).every((w) => ORG_SUFFIX_KEYS.has(w) || COMPANY_FORM_KEYS.has(w) || (!lone && INSTITUTION_FORM_KEYS.has(w)));
    const owners = organisations.filter((h) => h !== g && groups.has(h.key) && (lone ? begins(h) : ends(h) || begins(h)));
    if (owners.length === 1) merge(g, owners[0]!, lone);
  }
}

/**
 * Words in lower case after a place's name that say what kind of place it is, and leave it the
 * same place: "the Khartoum region", "Lindi town", "the Rukban camp", "the al-Tanf base", "the
 * Houston area". Capitalised, the word makes another name ("Lindi Region", an administrative
 * region apart from the town; "Mexico City"), and so does a name that spells it so.
 */
const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(['region', 'area', 'town', 'camp', 'base', 'province', 'district']);

/** A place's name and the same name with a kind of place after it in lower case are one place, named by its name. */
function mergePlaces(groups: Map<string, Group>, merge: Merge): void {
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key) || g.words.length < 2 || majorityType(g.mentions) !== 'place') continue;
    const kinds = g.mentions.map((m) => /\s+(\p{Ll}+)$/u.exec(m.text));
    if (!kinds.every((k) => k && PLACE_KIND_WORDS.has(k[1]!))) continue;
    const owner = groups.get(g.words.slice(0, -1).join(' '));
    if (!owner || owner === g || majorityType(owner.mentions) !== 'place') continue;
    g.mentions = g.mentions.map((m, i) => ({ ...m, text: m.text.slice(0, kinds[i]!.index), end: m.end - kinds[i]![0].length }));
    merge(g, owner, true);
  }
}

/**
 * "Democrats", "the GOP", "the Taliban" (`other` to the tagger, after CoNLL-2003) are an
 * organisation to a reader, and so are "the White House" and "the Kremlin" (places to the tagger). They keep their own record, so a claim's speaker stays as the article
 * names it ("Democrats said", not "Democratic Party").
 */
function partiesAreOrganisations(groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (PARTY_NAMES.has(g.key)) g.mentions = g.mentions.map((m) => (m.type === 'other' ? { ...m, type: 'organization' } : m));
    // "The White House said", "the Kremlin denied": the government that sits there.
    if (SEATS_OF_POWER.has(g.key)) g.mentions = g.mentions.map((m) => (m.type === 'place' ? { ...m, type: 'organization' } : m));
  }
}

/** The type most of a group's mentions have; on a tie a person, organisation or place over `other`, then the first seen. */
export function majorityType(mentions: Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(a[0] === 'other') - Number(b[0] === 'other'))[0]![0];
}

function honorificGender(text: string, m: Mention): Gender | null {
  const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
  return honorific ? HONORIFIC_GENDER[honorific as keyof typeof HONORIFIC_GENDER] : null;
}

/**
 * The gender a given name tells: the hand lists first (src/data/gazetteer.ts: a name common to
 * women and men tells none), then US birth records of the last decades (src/data/given-names-use.ts:
 * "Avery" is now a woman's as often as a man's), then the older names corpus
 * (src/data/given-names.ts) for the names those records hold too few of.
 */
function givenNameGender(first: string): Gender | null {
  if (!first) return null;
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  if (UNISEX_FIRST_NAMES.has(first)) return null;
  if (FIRST_NAMES.has(first)) return 'm';
  if (WOMEN_BY_USE.has(first)) return 'f';
  if (MEN_BY_USE.has(first)) return 'm';
  if (EITHER_BY_USE.has(first)) return null;
  if (MEN_GIVEN_NAMES.has(first)) return 'm';
  return WOMEN_GIVEN_NAMES.has(first) ? 'f' : null;
}

/** The gender the honorifics on a group's mentions give, if they agree. */
function groupHonorific(text: string, mentions: Mention[]): Gender | null {
  const said = new Set(mentions.map((m) => honorificGender(text, m)).filter((g): g is Gender => g !== null));
  return said.size === 1 ? [...said][0]! : null;
}

/** A person's gender from honorifics on their mentions, else from their given name. */
function clusterGender(text: string, mentions: Mention[]): Gender | null {
  const said = groupHonorific(text, mentions);
  if (said) return said;
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (words.length > 1) {
      const g = givenNameGender(words[0]!);
      if (g) return g;
    }
  }
  return pronounGender(text, mentions);
}

/** Where another person may come in after a mention: a determiner and its noun, or a capitalised word. */
const OTHER_PERSON = /\b(?:the|a|an|this|that|these|those|another)\s+\p{L}|\s\p{Lu}/u;
/** How many mentions a pronoun of one gender must follow (and none of the other). */
const PRONOUN_GENDER_MIN = 2;

/**
 * A gender the article's own pronouns give: "Zuma-Sambudla had been flagged because she was …":
 * at least PRONOUN_GENDER_MIN of the person's mentions have a pronoun of one gender after them in
 * their sentence, before anyone else comes in and outside quotation marks, and none the other.
 * (A given name the lists do not know, "Duduzile", leaves it unknown otherwise, and a later "he"
 * took her as its speaker.)
 */
function pronounGender(text: string, mentions: readonly Mention[]): Gender | null {
  let she = 0;
  let he = 0;
  for (const m of mentions) {
    const rest = text.slice(m.end, m.end + SENTENCE_AFTER_CHARS);
    const end = rest.search(/[.!?](?=\s|$)|[“”"]/);
    // Only the first pronoun, and only before anyone else is named or described ("had warned the
    // minister that she was …": the minister's).
    const window = (end === -1 ? rest : rest.slice(0, end)).split(OTHER_PERSON)[0]!;
    const first = /\b(?:(she|her|hers|herself)|(he|him|his|himself))\b/i.exec(window);
    if (first?.[1]) she++;
    else if (first?.[2]) he++;
  }
  if (she >= PRONOUN_GENDER_MIN && he === 0) return 'f';
  if (he >= PRONOUN_GENDER_MIN && she === 0) return 'm';
  return null;
}
/** How far after a mention its sentence is read for pronouns. */
const SENTENCE_AFTER_CHARS = 200;

/** Titles a monarch, a royal or a pope goes by with the name, as Wikipedia and readers write them ("Pope Francis", "King Charles III", "Prince Harry"). */
const REGNAL_TITLE = /(\p{Lu}\p{Ll}+)\s+$/u;
const REGNAL_TITLES: ReadonlySet<string> = new Set(['Pope', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress']);
const REGNAL_NUMBER = /^(?:[IVX]+|\d+)$/;

/**
 * A person's name with the royal or papal title the article writes before it: the recogniser
 * leaves titles out of a name (CoNLL's practice, "Pope" is no part of "Francis"), but a monarch
 * or a pope is known by the title and a given name ("Pope Francis", "King Charles III"), never by
 * the given name alone. Only a given name (two at most, "John Paul II"), with a regnal number or
 * none: "Prince Mohammed bin Salman" and "Sir Keir Starmer" keep their names.
 */
function regnalName(text: string, mentions: readonly Mention[], name: string): string {
  const words = name.split(' ');
  const given = words.filter((w) => !REGNAL_NUMBER.test(w));
  if (given.length === 0 || given.length > 2 || (given.length === 2 && !given.every((w) => FIRST_NAMES.has(w) || MEN_GIVEN_NAMES.has(w) || WOMEN_GIVEN_NAMES.has(w)))) return name;
  for (const m of mentions) {
    if (!m.text.startsWith(words[0]!)) continue;
    const title = REGNAL_TITLE.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    if (title && REGNAL_TITLES.has(title)) return `${title} ${name}`;
  }
  return name;
}

/**
 * The name a group goes by: of its forms (possessive dropped), the fullest one that (for a person)
 * ends or begins with the name the article uses alone (the surname: "Grace Mugabe", not the
 * nickname "Gucci Grace"; "Xi Jinping" for "Xi") and does not open with an initial ("Rex Tillerson", not "W. Tillerson"); then the most frequent, then
 * the first seen.
 */
function canonicalName(mentions: Mention[], type: EntityType, possessive = false): string {
  const forms = new Map<string, { count: number; first: number }>();
  const owned = type === 'organization' && possessive;
  for (const m of mentions) {
    // "Apache® Software Foundation" is named without its trademark sign, and "Ankit Desai" without what UNSEEN hides in it.
    const form = (owned ? m.text : m.text.replace(/['’]s$/u, '')).replace(/[®™]/gu, '').replace(UNSEEN, '');
    const f = forms.get(form);
    if (f) f.count++;
    else forms.set(form, { count: 1, first: m.start });
  }
  const alone = new Map<string, number>();
  for (const form of forms.keys()) if (!form.includes(' ')) alone.set(form, (alone.get(form) ?? 0) + forms.get(form)!.count);
  const surname = type === 'person' ? [...alone.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
  // (or spelled a letter apart: "Volodymyr Zelensky" beside "Zelenskyy", mergeSpellings)
  // (or the last part of a hyphenated one: "Thomas-Greenfield" beside "Greenfield")
  const sameSurname = (x: string | undefined): boolean =>
    x !== undefined && surname !== undefined && (x === surname || x.split('-').pop() === surname || (x.length >= SPELLING_MIN && oneEditApart(x.toLowerCase(), surname.toLowerCase())));
  const words = (f: string): string[] => f.split(/\s+/);
  // "LONDON", "FLUSHING MEADOWS": a dateline's capitals, when the article also writes the name in mixed case.
  // (Its accents too: a transcript's "SERGIO MARTINEZ-BELTRAN" beside "Sergio Martínez-Beltrán".)
  const fold = (f: string): string => withoutAccents(f.toLowerCase());
  const mixed = new Set([...forms.keys()].filter((f) => /\p{Ll}/u.test(f)).map(fold));
  // (Or a part of one: a transcript's "TRAVIS:" beside "Travis Cantwell"; not "JANET YELLEN:" beside "Yellen".)
  const mixedWords = [...mixed].map((m) => new Set(m.split(/\s+/)));
  const shouted = (f: string): boolean => /\p{Lu}{4}/u.test(f) && !/\p{Ll}/u.test(f) && (mixed.has(fold(f)) || mixedWords.some((w) => fold(f).split(/\s+/).every((x) => w.has(x))));
  const score = (f: string): number[] => {
    const w = words(f);
    return [
      shouted(f) ? 0 : 1,
      /^\p{Lu}\.$/u.test(w[0]!) && w.length > 1 ? 0 : 1,
      !surname || w.length === 1 || sameSurname(w.findLast((x) => !SUFFIX_KEY.test(aliasKey(x)))) || w[0] === surname ? 1 : 0,
      // Middle initials add nothing: "Nikki Haley" is as full as "Nikki R. Haley".
      // (A hyphen joins two words of a name: "Linda Thomas-Greenfield" is as full as "Linda Thomas
      // Greenfield", and the hyphenated spelling, chosen on purpose, is the name.)
      w.flatMap((x) => x.split(/(?<=\p{L})-(?=\p{L})/u)).filter((x) => !/^\p{Lu}\.?$/u.test(x)).length,
      /\p{L}-\p{L}/u.test(f) ? 1 : 0,
      forms.get(f)!.count,
      -forms.get(f)!.first,
    ];
  };
  const better = (a: number[], b: number[]): boolean => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
    return false;
  };
  let best = [...forms.keys()][0]!;
  for (const f of forms.keys()) if (better(score(f), score(best))) best = f;
  // "British Simon Commission" when the article also says "Simon Commission": the nationality describes it.
  const bare = best.replace(/^\S+\s+/, '');
  if (type === 'organization' && DEMONYM_SET.has(words(best)[0]!) && forms.has(bare) && bare.includes(' ')) return bare;
  return best;
}
