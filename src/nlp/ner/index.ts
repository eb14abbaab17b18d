import { BRANDS } from '../../data/brands.js';
import { CITIES } from '../../data/cities.js';
import { EVENT_NAME, EVENT_NAME_END, EVENT_NAMES, HOLIDAY_NAME, LAW_NAME_AFTER, MONEY_NAME, NOT_NAME_OPENERS, PRODUCT_NOUNS, THING_ACRONYMS } from '../../data/acronyms.js';
import { TEAM_AFTER, TEAM_BEFORE, TEAM_RECORD } from '../../data/sports.js';
import { CREDIT_LINE } from '../../data/credits.js';
import { CELESTIAL_BODIES, COMPANY_WORDS, DEMONYMS, FEMALE_FIRST_NAMES, FIRST_NAMES, UNISEX_FIRST_NAMES, ORGANIZATIONS, LEGAL_FORMS, INDEX_NAME_AFTER, INDEX_NAME_END, INSTITUTION_HEADS, INDEX_STEMS, INSTRUMENT_CODE, ORG_DESCRIPTORS, PEOPLE, PERSON_NAMED_BRANDS, SPACE_CONTEXT } from '../../data/gazetteer.js';
import { MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../../data/given-names.js';
import { EITHER_BY_USE, MEN_BY_USE, WOMEN_BY_USE } from '../../data/given-names-use.js';
import { PERSON_NOUNS } from '../../data/person-nouns.js';
import { DEGREES, NAME_SUFFIX, PERSON_TITLES } from '../../data/titles.js';
import type { NameType, Sentence, SentenceRole, Token } from '../../types.js';
import { docContext, featurize, isCapitalised, lowerForm, prepare, type DocContext, type SentenceFeatures } from './features.js';
import { GAZ, WORD, type Gazetteer } from './gazetteer.js';
import { decodeSpans, label, partOf, typeOf, CONLL_NAME_TYPES, TYPES, type ConllType } from './labels.js';
import { TITLE_CASE_ROLES } from '../../vocabulary.js';
import { WordClusters } from './clusters.js';
import { EntityModel } from './model.js';
import { modelPath, once } from '../../ml/models.js';

/**
 * Loads the shipped model once, on first use, with the hand list of people added to its name
 * lists. The list is not in the model file: training on it (in every fold) moved other names'
 * types by noise ("Huawei" became a place in the seed article), so the weights stay as trained
 * and a listed person is made one after decoding (listedPeople).
 */
export const entityModel = once((): EntityModel =>
  EntityModel.load(modelPath('entities'))
    .withPhrases(new Map(PEOPLE.map((n) => [matcherForm(n), GAZ.PER | GAZ.HAND])))
    .withClusters(WordClusters.load(modelPath('clusters'))),
);

/** A listed name as the matcher sees it: lower-case tokens as wink splits them ("Jong-un" is "jong - un"; a test checks the list). */
export function matcherForm(name: string): string {
  return lowerForm(name).replace(/-/g, ' - ');
}

/** What tagging needs from a model: its name lists and a decoder. Training passes its weights in progress. */
export interface Tagger {
  gazetteer: Gazetteer;
  clusters: WordClusters;
  decode(features: SentenceFeatures): Uint8Array;
}

export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  sentence: number;
}

export interface TaggedSentence {
  features: SentenceFeatures;
  labels: Uint8Array;
}

/** Adds a sentence's tagged names to the article's history, which later sentences use as evidence. */
export function remember(doc: DocContext, lower: string[], labels: Uint8Array): void {
  for (const [first, last, type] of decodeSpans(labels)) {
    const k = TYPES.indexOf(type);
    for (let i = first; i <= last; i++) {
      let counts = doc.history.get(lower[i]!);
      if (!counts) {
        counts = new Int32Array(5);
        counts[4] = k;
        doc.history.set(lower[i]!, counts);
      }
      counts[k]!++;
    }
  }
}

/**
 * Tags an article's sentences; each sentence sees the names tagged before it ("extended
 * prediction history", Ratinov & Roth 2009). Caseless sentences (all-caps or title-case
 * headlines and headings, where capitals say nothing) go last, so they draw on the body's
 * evidence instead of seeding it with guesses. `visit` lets training update its weights after
 * each sentence; without it (tagging for real), a name the hand lists give only as a person is
 * one whatever the context says, before later sentences learn from it (see listedPeople).
 */
export function tagSentences(
  sentences: Array<{ tokens: Token[]; role: SentenceRole }>,
  tagger: Tagger,
  visit?: (index: number, tagged: TaggedSentence) => Uint8Array | void,
): TaggedSentence[] {
  const prepared = sentences.map((s) => prepare(s.tokens, s.role));
  const doc = docContext(prepared);
  const out = new Array<TaggedSentence>(sentences.length);
  const order = [...sentences.keys()].filter((i) => !prepared[i]!.noCase).concat([...sentences.keys()].filter((i) => prepared[i]!.noCase));
  for (const index of order) {
    const features = featurize(prepared[index]!, doc, tagger.gazetteer, tagger.clusters);
    let labels = tagger.decode(features);
    if (visit) {
      const replaced = visit(index, { features, labels });
      if (replaced) labels = replaced;
    } else {
      listedPeople(labels, features.lower, tagger.gazetteer);
      teamNicknames(labels, features.lower);
      webNames(labels, prepared[index]!.tokens);
    }
    remember(doc, features.lower, labels);
    out[index] = { features, labels };
  }
  return out;
}

/**
 * A span the hand lists know only as a person becomes one: CoNLL's 1996 contexts make "rival
 * Bernie Sanders" a team and "the Obama administration" a place, and the article's history then
 * carries the mistake to every later "Obama". The list (src/data/gazetteer.ts PEOPLE) holds only
 * names that are nothing else.
 */
function listedPeople(labels: Uint8Array, lower: string[], gazetteer: Gazetteer): void {
  for (const [first, last, type] of decodeSpans(labels)) {
    if (type !== 'PER' && gazetteer.bits(lower.slice(first, last + 1)) === (GAZ.PER | GAZ.HAND)) label(labels, first, last, 'PER');
  }
}

/** A team's nickname that starts with its number: "49ers", "76ers" (one token since src/nlp/wink.ts joins it). */
const NUMBER_NICKNAME = /^\d+ers$/;

/**
 * A number's nickname is a team's: with the place or name right before it, the team's full name
 * ("San Francisco 49ers"); alone, the team.
 */
function teamNicknames(labels: Uint8Array, lower: string[]): void {
  for (let i = 0; i < lower.length; i++) {
    if (!NUMBER_NICKNAME.test(lower[i]!)) continue;
    const before = labels[i - 1] ?? 0;
    const span = i > 0 && (partOf(before) === 'L' || partOf(before) === 'U') && (typeOf(before) === 'LOC' || typeOf(before) === 'ORG') ? decodeSpans(labels.subarray(0, i)).pop() : undefined;
    if (span && span[1] === i - 1) label(labels, span[0], i, 'ORG');
    else label(labels, i, i, 'ORG');
  }
}

/** A name that is a web address, one token since src/nlp/wink.ts joins it: "Parse.ly", "Amazon.com", "Wired.co.uk". */
const WEB_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:co\.[a-z]{2}|com|net|org|io|ly|fm|tv|ai|me|info)$/u;

/** Words before a web address that is where to go, not who acts: "visit Example.com". */
const WEB_PLACE_BEFORE = /^(?:visit|visiting|via)$/;
/** …and two ("access to WIRED.com", "topics at BillBrantley.com"); "a vice president at Amazon.com", "according to Salon.com" name the company. */
const WEB_PLACE_BEFORE_TWO = /^(?:access to|go to|head to|over to|log on to|online at|more at|topics at|available at|found at|tips at)$/;

/**
 * A web address written as a name is the organisation behind it ("Parse.ly's CTO", "Bit.ly"), alone
 * or where the tagger took it for a one-word person or place; inside a longer name ("Amazon.com
 * Inc") it stays part of it. Where it is a place to go ("visit Example.com") it names no one.
 */
function webNames(labels: Uint8Array, tokens: readonly Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    // (A dot first: most tokens have none, and the pattern is a unicode one.)
    if (!tokens[i]!.text.includes('.') || !WEB_NAME.test(tokens[i]!.text)) continue;
    const part = partOf(labels[i] ?? 0);
    if (WEB_PLACE_BEFORE.test(tokens[i - 1]?.normal ?? '') || WEB_PLACE_BEFORE_TWO.test(`${tokens[i - 2]?.normal ?? ''} ${tokens[i - 1]?.normal ?? ''}`)) {
      if (part === 'U') labels[i] = 0;
    } else if (labels[i] === 0 || part === 'U') label(labels, i, i, 'ORG');
  }
}

/** Lower-case words that open names: "al-Aqsa", "de Gaulle", "serie A". */
const NAME_PARTICLES = /^(?:al|el|ad|ar|as|at|az|ash|de|del|della|der|di|du|la|le|van|von|bin|ibn|da|dos|das|serie|e|y)$/;

/** Whether the token opening a name is no part of it: a possessive, or a lower-case word that is not a particle ("’s new Office …"). */
function leadingNoise(t: Token[], i: number): boolean {
  const x = t[i]!;
  if (/^['’]s$/i.test(x.text)) return true;
  if (/[\p{Lu}\d]/u.test(x.text) || x.kind !== 'word' || t[i + 1]?.text === '-') return false;
  return !NAME_PARTICLES.test(x.text);
}

/** Honorifics that only ever open a person's name ("Miss" also opens a pageant's: "Miss Universe"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Messrs|Mme|Mlle)\.?$/;

/** Offices and degrees that name no organisation with "of" after them: "Director of …", "Bachelor of Science", "Doctor of Nursing Practice" (not "Queen of the South", "Duke of Norfolk's XI"). */
const OFFICE_OF = /^(?:director|head|chief|secretary|minister|chair|chairman|chairwoman|professor|dean|commissioner|bachelor|master|doctor|associate|manager|coordinator|superintendent)$/;

/** Titles that also open the names of streets, buildings and institutions ("King Street", "Queen Mary University", "St. Louis"). */
/** Stage names a title word opens, which are the whole name: the title stays (lower case). */
const STAGE_NAMES: ReadonlySet<string> = new Set(['lady gaga', 'queen latifah', 'lady antebellum', 'king princess', 'lord huron', 'queen naija', 'princess nokia', 'lady leshurr', 'sir mix-a-lot', 'dame edna']);

const ROYAL_TITLES = /^(?:king|queen|prince|princess|lord|lady|sir|dame|pope|cardinal|bishop|archbishop|st\.?|saint)$/;

/** The hand list of titles, lower-cased (the model's own list is the one it was trained with). */
const TITLE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES].map((t) => t.toLowerCase()));
/**
 * Words the given-names corpus holds that stand before a name as something else: a post or a
 * style ("says Major Cory Seaton", "said Warden Kevin Brooks"), a month, a day or a feast ("in May
 * Johnson's office", "on Tuesday Warnock told reporters").
 */
const NOT_GIVEN_BEFORE = /^(?:Major|Warden|Rabbi|Abbot|Pastor|Deacon|Elder|Father|Brother|Sister|Mother|Bishop|Dean|Prince|Princess|King|Queen|Duke|Earl|Baron|Lord|Lady|Dame|Count|Marshal|Coach|Doctor|Chief|Officer|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas|Noel)$/;
/** A word the given-names corpus knows (as written: "Will"), where the model's lists leave out those that are English words too; places the name lists know ("Georgia", "Florence") are kept out where it is used. */
const corpusGiven = (word: string): boolean => MEN_GIVEN_NAMES.has(word) || WOMEN_GIVEN_NAMES.has(word);

/** The "Seri" (or "Sri") of Malaysia's "Datuk Seri" and "Dato' Sri" at token `k` of these lower-cased words: part of the title, not of a name. */
function datukSeri(lower: readonly string[], k: number): boolean {
  return /^s(?:e)?ri$/.test(lower[k] ?? '') && /^(?:datuk|dato|dato['’])$/.test(lower[k - 1] ?? '');
}

/** Letters after a person's name: a parliament's members ("MP", "MSP", "MLA", "MEP", "TD") and honours. */
const POST_NOMINALS = /^(?:MP|MSP|MLA|MPP|MEP|MHA|TD|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD|MD)$/;
/** A player's position before the name, as rosters and sports notes write it ("DL Sheldon Richardson", "QB Joe Burrow"): no part of the name, and only before a given name and a surname. */
const POSITIONS: ReadonlySet<string> = new Set(['QB', 'RB', 'WR', 'TE', 'OL', 'DL', 'LB', 'CB', 'DE', 'DT', 'OT', 'OG', 'LHP', 'RHP', 'SP', 'RP', 'GK']);

/** Two tokens written together, with no space between. */
const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/**
 * A name's span widened over what wink splits off it: hyphenated parts written without spaces
 * ("Kim Jong-un", "Tsai Ing-wen", "Eva-Marie Persson", "Kentavious Caldwell-Pope", "Take-Two")
 * and a generational suffix ("James P. Kennedy Jr."). Only people's and organisations' names:
 * places and other names joined by a hyphen are two ("U.S.-China", "Jordanian-U.S."). A
 * lower-case part joins only a person's name and only when short, so "Kim Jong-un" but not
 * "Smith-led".
 */
/**
 * A bracket left open inside a decoded span parts two names: a cast list's "Kevin (Zac Efron)" had
 * been one person, "Kevin (Zac Efron". Each run of tokens between brackets is a span of its own.
 */
function apartAtBrackets<T extends string>(spans: Iterable<[number, number, T]>, t: Token[]): Array<[number, number, T]> {
  const out: Array<[number, number, T]> = [];
  for (const [start, end, type] of spans) {
    // A bracket closed inside the span is part of the name: CoNLL's "Proleter (Z)", a club and its town.
    const count = (mark: string): number => t.slice(start, end + 1).filter((x) => x.text === mark).length;
    if (count('(') === count(')') && count('[') === count(']')) {
      out.push([start, end, type]);
      continue;
    }
    let from = start;
    for (let k = start; k <= end + 1; k++) {
      if (k <= end && !/^[()[\]]$/.test(t[k]!.text)) continue;
      if (k - 1 >= from) out.push([from, k - 1, type]);
      from = k + 1;
    }
  }
  return out;
}

export function widen(t: Token[], first: number, last: number, type: string): [number, number] {
  if (type !== 'PER' && type !== 'ORG') return [first, last];
  const part = (x: Token | undefined): boolean =>
    x !== undefined && x.kind === 'word' && (isCapitalised(x.text) || (type === 'PER' && /^\p{Ll}{1,3}$/u.test(x.text)));
  while (t[last + 1]?.text === '-' && touching(t[last], t[last + 1]) && touching(t[last + 1], t[last + 2]) && part(t[last + 2])) last += 2;
  while (first >= 2 && t[first - 1]!.text === '-' && touching(t[first - 2], t[first - 1]) && touching(t[first - 1], t[first]) && isCapitalised(t[first - 2]!.text) && t[first - 2]!.kind === 'word') first -= 2;
  if (type === 'PER' && t[last + 1] && NAME_SUFFIX.test(t[last + 1]!.text)) {
    last++;
    if (t[last + 1]?.text === '.' && touching(t[last], t[last + 1])) last++;
  }
  return [first, last];
}

/** Common nouns that a number after them makes a label, not a name: "Phase 1", "Level 3", "Stage 4", "Interstate 80". */
const DESIGNATOR = /^(?:phase|level|stage|category|tier|grade|class|step|part|section|article|chapter|clause|figure|table|type|version|season|episode|volume|issue|round|week|game|gate|room|floor|terminal|platform|zone|sector|unit|block|exit|route|highway|interstate|proposition|amendment|item|lot|number|no)$/;

/** A label of that kind ("a “historic” Phase 1 trade agreement", "a Level 3 out of 5 risk"): `other`, this mention only. */
function designatorsAreOther(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  for (const f of found) {
    if (f.type === 'other' || !DESIGNATOR.test(f.key)) continue;
    if (/^\s(?:\d|[IVX]+\b|[A-Z]\b)/.test(textAfter(byIndex.get(f.sentence)!, f.end, 4))) f.type = 'other';
  }
}

/** A compass word that opens a region's name: "North Tyneside", "South Lanarkshire", "West Bengal". */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/;

/**
 * A name the model read as a person's that opens on a compass word is a place ("from Tynemouth,
 * North Tyneside"): no one's given name is "North" or "Western".
 */
function compassPlaces(found: Array<NameSpan & { key: string }>): void {
  for (const f of found) {
    const words = f.key.split(' ');
    if (f.type === 'person' && words.length >= 2 && COMPASS.test(words[0]!)) f.type = 'place';
  }
}

/** Words that head the name of a feature of the land or the sea: "Strait of Hormuz", "Kangaroo Island", "Arabian Sea", "Kalahari Desert". */
const LANDFORM = /^(?:strait|straits|gulf|bay|sea|ocean|lake|river|peninsula|desert|canal|island|islands|mountains|mountain|glacier|canyon|valley|forest|reef|creek|basin|plateau|coast|archipelago|delta)$/;
/**
 * Words that head the name of a structure or a public place ("Charles Bridge", "Palach Square",
 * "Prague Castle"): a place when the tagger read a thing, or a person the text places something
 * at ("on Charles Bridge"); not an organisation ("Coombe Castle" the cheese exporter) nor a person
 * it does not (John Tower, Mike Castle, Frankie Bridge).
 */
const STRUCTURE = /^(?:bridge|square|castle|tower|harbour|harbor|beach|falls)$/;
/**
 * Words that head a venue's name ("Bill Graham Civic Auditorium", "Yankee Stadium"): a place
 * whatever the tagger read, as the annotated pages type them (not an airport, which speaks as an
 * organisation: "a statement from Taiwan Taoyuan International Airport said"); a person's name of
 * two words keeps its type ("owner Mark Stadium said").
 */
const VENUE = /^(?:stadium|auditorium|cathedral|basilica|mosque|amphitheatre|amphitheater)$/;
const STRUCTURE_PLACED = /\b(?:on|onto|across|over|under|at|in|near|outside|inside|around|from|to)\s+(?:the\s+)?$/i;
/** Words that open such a name before the feature's own name ("Lake Pukaki", "Mount Kenya", "Tropic of Cancer", "Cape Horn"), lower-cased. */
const LANDFORM_FIRST: ReadonlySet<string> = new Set(['lake', 'mount', 'mt.', 'tropic', 'gulf', 'isle', 'cape', 'strait', 'bay']);
/** What a name such a word opens may still be: an event ("Gulf War") or a body ("Bay Co Building Authority"). */
const NOT_LANDFORM_LAST: ReadonlySet<string> = new Set(['war', 'wars', 'crisis', 'authority', 'auth', 'games', 'cup']);
/**
 * The Arabic and Hebrew words that open a village's or a town's name ("Khirbet Susya", "Beit
 * Hanoun", "Deir el-Balah", "Kafr Aqab", "Wadi Ara", "Tel Aviv"), which the model, trained on
 * 1996 Reuters, reads as people's first names.
 */
const SETTLEMENT_FIRST: ReadonlySet<string> = new Set(['khirbet', 'khirbat', 'beit', 'bayt', 'deir', 'dayr', 'kafr', 'kfar', 'wadi', 'tel', 'tell', 'jabal', 'jebel', 'ein', 'ayn', "ma'ale", 'givat', 'kiryat']);

/**
 * A name headed by a landform noun or a venue's (VENUE) is a place, whatever the tagger read
 * ("Strait of Hormuz" as an organisation, "Kangaroo Island" as a person): its last word, or its
 * first before "of". A name
 * that goes on past the landform ("Island Records", "Bay Area Rapid Transit") has another head.
 * So is one a landform's word opens ("Lake Pukaki" read as other, "Tropic of Cancer" as an
 * organisation) unless a company's, an institution's, an event's or a body's word closes it, and a
 * name read as a person's that a village's word opens.
 */
function landformPlaces(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  // Names a preposition of place stands before somewhere ("across Charles Bridge"; not "John Tower said").
  const placed = new Set(found.filter((f) => STRUCTURE_PLACED.test(textBefore(byIndex.get(f.sentence)!, f.start, 12))).map((f) => f.key));
  for (const f of found) {
    if (f.type === 'place') continue;
    const words = f.key.split(' ');
    if (words.length < 2) continue;
    const [first, last] = [words[0]!, words[words.length - 1]!];
    if (
      LANDFORM.test(last) ||
      (VENUE.test(last) && (f.type !== 'person' || words.length > 2)) ||
      (STRUCTURE.test(last) && (f.type === 'other' || (f.type === 'person' && placed.has(f.key)))) ||
      (LANDFORM.test(first) && words[1] === 'of') ||
      (LANDFORM_FIRST.has(first) && !NOT_LANDFORM_LAST.has(last) && !COMPANY_WORDS.has(last) && !INSTITUTION_HEADS.has(last)) ||
      (f.type === 'person' && SETTLEMENT_FIRST.has(first))
    )
      f.type = 'place';
  }
}

/** A named storm, lower-cased: "storm pia", "hurricane ian", "tropical storm hilary", "super typhoon haiyan". */
const NAMED_STORM = /^(?:(?:tropical|super|post-tropical|subtropical)\s+)?(?:storm|hurricane|typhoon|cyclone)\s+\p{L}/u;

/** A named storm ("Storm Pia", "Hurricane Ian") is a weather event, no person, place or body. */
function namedStorms(found: Array<NameSpan & { key: string }>): void {
  for (const f of found) if (f.key.includes(' ') && NAMED_STORM.test(f.key)) f.type = 'other';
}

/**
 * "He Lifeng", "He Jianxiong": the Chinese surname He, which wink reads as the pronoun. A pronoun
 * is never followed straight by a name in running prose, so a capitalised "He" just before a
 * one-word name is a surname when it stands inside the sentence ("Vice Premier He Lifeng") or
 * when the name is followed by a lower-case word or a comma ("He Jianxiong, the former …") — not
 * in a title-case line ("He Wants Out").
 */
function surnameHe(s: Sentence, first: number, last: number): boolean {
  if (first !== last || first === 0 || s.tokens[first - 1]!.text !== 'He' || TITLE_CASE_ROLES.has(s.role)) return false;
  if (s.tokens[first - 1]!.end + 1 !== s.tokens[first]!.start || !/^\p{Lu}\p{Ll}+$/u.test(s.tokens[first]!.text)) return false;
  const next = s.tokens[last + 1];
  const inside = first - 1 > 0 && !/^[“"‘':]$/.test(s.tokens[first - 2]!.text);
  return inside || (next !== undefined && (next.text === ',' || /^\p{Ll}/u.test(next.text)));
}

/**
 * The token before `first` is a capitalised word after a title, or a listed given name after a
 * lower-case word or nothing, or (`corpus`) a given name that is also an English word, after a
 * lower-case word: "The showrunner … is Will Tracy", where the model left "Will" out.
 */
function givenNameBefore(t: Token[], first: number, given: (k: number) => boolean, title: (k: number) => boolean, corpus: (k: number) => boolean): boolean {
  const k = first - 1;
  const name = t[k]!;
  if (name.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || touching(name, t[first]) || title(k)) return false;
  const before = t[k - 1];
  // After a title any such word is the name's ("Judge Jacqueline"); else only a listed given name.
  if (before !== undefined && title(k - 1)) return true;
  if (given(k) && (before === undefined || /^\p{Ll}/u.test(before.text))) return true;
  if (before !== undefined && /^\p{Ll}/u.test(before.text) && before.kind === 'word' && corpus(k)) return true;
  return false;
}

/**
 * Whether the word before a middle initial that opens a person's span ("Sterling" of "Sterling K.
 * Brown") is the given name: a capitalised word no list knows, opening the sentence or after a
 * lower-case word or a comma.
 */
function middleInitialAfter(t: Token[], first: number, nameLike: (k: number) => boolean): boolean {
  const k = first - 1;
  const name = t[k]!;
  const before = t[k - 1];
  return name.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(name.text) && !touching(name, t[first]) && nameLike(k) && (before === undefined || /^\p{Ll}/u.test(before.text) || /^[,(;“"]$/.test(before.text));
}

/** Whether "the" stands just before a name ("the Amazon", "in the Kremlin"). */
const theBefore = (s: Sentence, f: NameSpan): boolean => /\bthe\s+$/i.test(textBefore(s, f.start, 5));

/** A sentence's text between two offsets into the article. */
const textOf = (s: Sentence, a: number, b: number): string => s.text.slice(Math.max(0, a - s.start), b - s.start);
/** Up to `n` characters of a sentence before an offset, and after one. */
const textBefore = (s: Sentence, at: number, n: number): string => textOf(s, at - n, at);
/** A span's key as the passes build keys: its tokens' lower forms joined by spaces. */
const keyOf = (s: Sentence, a: number, b: number): string =>
  s.tokens
    .filter((t) => t.start >= a && t.end <= b)
    .map((t) => lowerForm(t.text))
    .join(' ');
const textAfter = (s: Sentence, at: number, n: number): string => textOf(s, at, at + n);

/** Names in a list of at least this many take the list's type. */
const LIST_MIN_NAMES = 4;
/** …when at least this share of them has it (0.5 to 0.75 score the same on CoNLL dev and the real pages). */
const LIST_MAJORITY = 2 / 3;

/** Plural nouns for organisations that introduce a list of them: "companies such as", "sponsors including", "brands like" (not "clients", "customers" or "partners", who are often people). */
const COMPANY_LIST_BEFORE = /\b(?:companies|firms|corporations|sponsors|brands|retailers|banks|lenders|insurers|automakers|carmakers|airlines|startups|start-ups|publishers|broadcasters|newspapers|universities|charities|organi[sz]ations)\s+(?:including|include|included|such as|like)\s+/i;

/**
 * "corporate sponsors including Aetna, Anonymous, Capital One, Cerner, Cloudera …": the plural noun
 * that introduces a list says what it names, up to the end of the list's clause, whatever else the
 * list holds between its names: a "person" there is an organisation. (Places stay: "partners such
 * as Germany and France" retyped cost CoNLL dev two names.)
 */
function introducedLists(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  const companies = listRegions(byIndex, COMPANY_LIST_BEFORE);
  const inside = (regions: ReadonlyMap<number, [number, number]>, f: NameSpan): boolean => {
    const r = regions.get(f.sentence);
    return !!r && f.start >= r[0] && f.end <= r[1];
  };
  for (const f of found) if (f.type === 'person' && inside(companies, f)) f.type = 'organization';
  // "franchises such as Assassin's Creed, Tomb Raider, Red Dead Redemption": works and products,
  // no names of a reader's. Only the list itself: names one after another from the introducer on,
  // with commas, "and", "or" or a possessive's "'s" between them ("…, Destiny and more, Google said").
  const works = listRegions(byIndex, WORK_LIST_BEFORE);
  let previous: NameSpan | null = null;
  for (const f of found) {
    const region = works.get(f.sentence);
    const s = byIndex.get(f.sentence)!;
    const opens = region !== undefined && /^\s*(?:the\s+)?$/i.test(textOf(s, region[0], f.start));
    const continues = previous !== null && previous.type === 'other' && previous.sentence === f.sentence && /^(?:['’]s\s+|\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(textOf(s, previous.end, f.start));
    if (inside(works, f) && (opens || continues)) f.type = 'other';
    previous = f;
  }
}

/** Plural nouns for works and products that introduce a list of them: "games like", "franchises such as", "models including". */
const WORK_LIST_BEFORE = /\b(?:games|franchises|titles|films|movies|shows|series|albums|songs|books|novels|apps|models|vehicles|cars|phones|smartphones|products|devices|consoles|drugs|medications)\s+(?:including|include|included|such as|like)\s+/i;

/** The stretch of each sentence a list introducer opens, up to the end of the list's clause, by sentence index. */
function listRegions(byIndex: ReadonlyMap<number, Sentence>, introducer: RegExp): Map<number, [number, number]> {
  const regions = new Map<number, [number, number]>();
  for (const s of byIndex.values()) {
    const m = introducer.exec(s.text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const stop = /[;:—–()]|\.\s|\b(?:which|who|that|and (?:is|are|was|were|has|have))\b/.exec(s.text.slice(from));
    regions.set(s.index, [s.start + from, s.start + from + (stop ? stop.index : s.text.length - from)]);
  }
  return regions;
}

/**
 * A list of names ("Aetna, Alibaba Cloud Computing, Cerner, Cloudera, Facebook, Google and IBM")
 * names things of one kind: a one-word name the model typed otherwise takes the type most of the
 * list has (unknown company names read as people).
 */
function listsAgree(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  let i = 0;
  while (i < found.length) {
    let j = i;
    const s = byIndex.get(found[i]!.sentence)!;
    while (j + 1 < found.length && found[j + 1]!.sentence === found[i]!.sentence && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(textOf(s, found[j]!.end, found[j + 1]!.start))) j++;
    const list = found.slice(i, j + 1);
    if (list.length >= LIST_MIN_NAMES) {
      const counts = new Map<NameType, number>();
      for (const f of list) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
      const [type, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
      if (n >= LIST_MAJORITY * list.length) for (const f of list) if (!f.key.includes(' ')) f.type = type;
    }
    i = j + 1;
  }
}

/** What follows a company's name and never a person's: "Apple's shares", "WeWork, which", "Salesforce said it". */
const COMPANY_AFTER =
  /^(?:['’]s?\s+(?:(?:\w+\s+)?(?:shares?|stock|ceo|chief executive|executives|board|employees|workforce|headquarters|products?|revenue|profits?|earnings|sales|stores?|app|platform|customers|users|subscribers|investors|founders?|co-founder|spokes(?:man|woman|person)|website|brand|valuation|ipo|stake|subsidiary|parent company|acquisition|market value|share price|servers|services|devices|software))\b|,?\s+which\b|\s+(?:said|says|announced|reported|added)\s+(?:it|its)\b|\s+(?:inc|corp|ltd|llc|plc|co)\b\.?)/i;
/** Nouns that set a name in apposition to a company ("Apple, a giant industrial producer"): never a person's ("a film producer", "a member"). */
const COMPANY_APPOSITION = 'firm|company|conglomerate|giant|manufacturer|retailer|carrier|airline|bank|lender|insurer|startup|start-up|chipmaker|automaker|carmaker|industrial producer|brand';

/** …more of what follows a company's: its staff ("GitHub management"), its products ("Apple's smartphone"), an apposition ("Apple, a giant industrial producer"). */
const COMPANY_AFTER_MORE = new RegExp(
  String.raw`^(?:\s+(?:management|executives|employees|engineers|shareholders)\b|['’]s?\s+(?:\w+\s+)?(?:smartphones?|chips?|search engine|operating system|repositor(?:y|ies)|tooling|ability to innovate)\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:${COMPANY_APPOSITION})\b)`,
  'i',
);
/** …and what comes before a company's: its officers and staff ("Chief Executive Officer of GitHub", "shareholders of …"). */
const COMPANY_BEFORE = /\b(?:chief executive(?: officer)?|ceo|cfo|cto|coo|president|founder|co-founder|chairman|chairwoman|spokes(?:man|woman|person)|employees?|shareholders?) (?:of|at) (?:the )?$/i;
/** …and what follows a person's: "Smith said he", "Smith, who". */
const PERSON_AFTER = /^(?:\s+(?:said|says|told|added)\s+(?:he|she|his|her)\b|,\s+who\b|['’]s\s+(?:wife|husband|son|daughter|mother|father|family|career|death))/i;

/** After a name that ends its noun phrase (not "the Trump administration"): punctuation, a conjunction or a verb. */
const NOT_MODIFIER_AFTER = /^(?:\s*[,.;:!?)"”’'-]|\s*$|\s+(?:and|or|but|is|are|was|were|has|have|had|will|would|could|can|did|do|does|won|lost|beat|scored|played|play|face|faced|host|hosted|visit|said|says|in|at|on)\b)/;

/**
 * A one-word name the model read as a person that the article treats as a company or a team
 * ("Apple's shares", "WeWork, which …", "Salesforce said it …", "the Sabres won") more often
 * than as a person is an organisation, in every mention.
 */
function companiesByContext(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  const votes = new Map<string, number>();
  for (const f of found) {
    if (f.type !== 'person' && f.type !== 'organization') continue;
    if (f.key.includes(' ')) continue;
    const s = byIndex.get(f.sentence)!;
    const after = textAfter(s, f.end, 60);
    const before = textBefore(s, f.start, 40);
    // "the Sabres", "the Thunder": no person's name takes "the" (but "the Trump administration" is Trump's).
    const the = /\bthe\s+$/.test(before) && NOT_MODIFIER_AFTER.test(after);
    const vote = COMPANY_AFTER.test(after) || COMPANY_AFTER_MORE.test(after) || COMPANY_BEFORE.test(before) || the ? 1 : PERSON_AFTER.test(after) ? -1 : 0;
    if (vote !== 0) votes.set(f.key, (votes.get(f.key) ?? 0) + vote);
  }
  for (const f of found) if (f.type === 'person' && (votes.get(f.key) ?? 0) > 0) f.type = 'organization';
}

/** An age in apposition: ", 58,". */
const AGE_AFTER = /^,\s*(\d{2,3}),/;

/** Whether the word right before a name is a title ("Senator Tom Cotton", "Ms. Burch"), as `isTitle` reads titles. */
function titledBefore(s: Sentence, start: number, isTitle: (word: string) => boolean): boolean {
  const title = /([\p{L}.]+)\s+$/u.exec(textBefore(s, start, 30))?.[1];
  return title !== undefined && isTitle(title.toLowerCase());
}

/** The listed brands named for people, lower-cased as span keys are. */
const BRAND_KEYS: ReadonlySet<string> = new Set(PERSON_NAMED_BRANDS.map((n) => n.toLowerCase()));
/** Words for people in fashion and music before a name ("designer Tory Burch"), beside the titles and honorifics. */
const MAKER_BEFORE = /\b(?:designer|creator|rapper|model|stylist|frontman|guitarist|drummer)\s+$/i;
/** A person's doing right after a name: "Tory Burch said", "Burch, who", "Burch, the designer". */
const PERSON_DOING_AFTER = /^(?:\s+(?:said|says|told|added|explained|recalled|wrote|founded|launched|started|designed|married|was born|grew up|wore|wears|is wearing|was wearing)\b|,\s+(?:who|the|a|an)\b)/i;

/**
 * A listed house, brand or band named like a person (PERSON_NAMED_BRANDS) that the recogniser read
 * as a person is the organisation, unless the article writes of a person by that name anywhere:
 * after a title, an honorific or a maker's word ("designer Tory Burch", "Ms. Burch"), saying or
 * doing what people do ("Burch said", "Burch, who", "Burch, the designer"), or with an age
 * ("Burch, 57,"), by the whole name or its last word.
 */
function brandsNamedForPeople(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isTitle: (word: string) => boolean): void {
  const brands = new Set(found.filter((f) => f.type === 'person' && BRAND_KEYS.has(f.key)).map((f) => f.key));
  if (brands.size === 0) return;
  const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);
  for (const f of found) {
    const brand = [...brands].find((b) => f.key === b || f.key === lastWord(b));
    if (!brand) continue;
    const s = byIndex.get(f.sentence)!;
    if (titledBefore(s, f.start, isTitle) || MAKER_BEFORE.test(textBefore(s, f.start, 20)) || PERSON_DOING_AFTER.test(textAfter(s, f.end, 30)) || AGE_AFTER.test(textAfter(s, f.end, 12))) brands.delete(brand);
  }
  for (const f of found) if (f.type === 'person' && brands.has(f.key)) f.type = 'organization';
}

/**
 * A name of two or three capitalised words right after a person's title is a person in every
 * mention: "Wikileaks editor-in-chief Kristinn Hrafnsson said", "Reuters Editor-in-Chief Alessandra
 * Galloni" (the model, meeting given names it never saw, had read them as organisations). Not a
 * name the recogniser's lists know as something else ("coach Manchester United"). So is a name of
 * up to three words an age follows in apposition ("“…,” Ramos, 58, told AFP": Ramos had been a place),
 * and one that ends in "Jr." or "Sr." ("Walter Clayton Jr.", read as a team on a sports page).
 */
/** Titles a person's name may open with, which no organisation's or place's name of one or two words after them does. */
const PEER_OR_OFFICE = /^(?:lord|lady|sir|dame|baroness|baron|governor|senator|congressman|congresswoman|mayor)$/;

function peopleByTitleOrAge(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isTitle: (word: string) => boolean, listed: (words: string[]) => boolean): void {
  const people = new Set<string>();
  for (const f of found) {
    if (f.type === 'person') continue;
    const words = f.key.split(' ');
    const s = byIndex.get(f.sentence)!;
    // "Ramos, 58, told AFP": an age set off after a name (CoNLL-2003's wires write "Smith, 34,").
    const age = AGE_AFTER.exec(textAfter(s, f.end, 12));
    if (age && Number(age[1]) >= 15 && Number(age[1]) <= 110 && words.length <= 3) {
      people.add(f.key);
      continue;
    }
    if (words.length < 2 || words.length > 4) continue;
    // "Walter Clayton Jr.", "RFK Jr.": "Jr." or "Sr." ends only a person's name (a numeral may end a game's: "Quake II").
    if (/^(?:Jr|Sr)\.?$/.test(textOf(s, f.start, f.end).split(/\s+/).pop()!) && /^\p{Lu}/u.test(textOf(s, f.start, f.end))) {
      people.add(f.key);
      continue;
    }
    if (words.length > 3) continue;
    // "from Lord Alli", "said Governor Hochul": a title that opens the name itself, before one or
    // two capitalised words (a listed name, "Lord Howe Island", is left alone).
    if (PEER_OR_OFFICE.test(words[0]!) && /^\S+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(textOf(s, f.start, f.end)) && !listed(words)) {
      people.add(f.key);
      continue;
    }
    const text = textOf(s, f.start, f.end);
    if (!titledBefore(s, f.start, isTitle) || !/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(text) || listed(words)) continue;
    people.add(f.key);
  }
  for (const f of found) if (people.has(f.key)) f.type = 'person';
}

/** The endings of a noun for one who does something ("pollster", "chairman", "director", "economist"): not a group ("leadership", "village"). */
const AGENT_NOUN = /(?:er|or|ist|ian|man|woman|person|ant|ent|ee|ess|ster|ive|ic)$/;
/** Roles a team, a company or a brand holds as often as a person: "Kent State, the winner of …", "Jordan Brand, the sponsor of …". */
const ROLES_OF_BODIES = /^(?:winner|loser|sponsor|leader|owner|partner|provider|member|buyer|seller|holder|champion|contender|competitor|rival|challenger|investor|backer|bidder|supplier|defender|favorite|favourite|runner-up|host|opponent)$/;
/** A person described in apposition: ", a Democratic pollster", ", the former party chairman" (the head a person noun). */
const DESCRIBED_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*(?:[,;.)]|$)|\s+(?:for|of|at|in|with|who|from|on|to|and|since|based)\b)/u;

/**
 * "Celinda Lake, a Democratic pollster", "Francis Ford Coppola … Coppola was 84": a name of two or
 * three words that opens on a given name is a person, whatever its last word made of it (a
 * landform's "Lake", a maker's "Ford"), when the article also names its last word alone as a
 * person, or describes it in apposition as a person ("…, a pollster", "…, the former chairman").
 * Not a name the lists know as something else.
 */
function peopleBySurname(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isGiven: (word: string) => boolean, listed: (words: string[]) => boolean): void {
  const surnames = new Set(found.filter((f) => f.type === 'person' && !f.key.includes(' ')).map((f) => f.key));
  const people = new Set<string>();
  for (const f of found) {
    if (f.type === 'person' || f.type === 'other') continue;
    const words = f.key.split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{L}+$/u.test(w)) || !isGiven(words[0]!) || listed(words)) continue;
    const described = DESCRIBED_AFTER.exec(textAfter(byIndex.get(f.sentence)!, f.end, 60))?.[1];
    const person = described !== undefined && AGENT_NOUN.test(described) && PERSON_NOUNS.has(described) && !ROLES_OF_BODIES.test(described) && !ORG_DESCRIPTORS.has(described) && !INSTITUTION_HEADS.has(described) && !COMPANY_WORDS.has(described);
    if (surnames.has(words[words.length - 1]!) || person) people.add(f.key);
  }
  for (const f of found) if (people.has(f.key)) f.type = 'person';
}

/**
 * In a sports report a place that plays is a team: "Spain beat Russia 2-1", "lost to Canada",
 * "Australia's goalkeeper", "Minnesota 24, Wisconsin 17". Such a name is an organisation in every
 * mention (a national or college team; the reader's guideline, where CoNLL-2003 keeps a place).
 * Only on pages that say they are sports: in a news story "Spain" is the country.
 */
function teamsInSports(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isPlace: (words: string[]) => boolean, givenName: (word: string) => boolean): void {
  const teams = new Set<string>();
  // The last words of names the text writes after "the": "the Pistons", "the Brooklyn Nets".
  const afterThe = new Set<string>();
  for (const f of found) if (theBefore(byIndex.get(f.sentence)!, f)) afterThe.add(f.key.split(' ').pop()!);
  for (const f of found) {
    if (f.type !== 'place' && f.type !== 'person') continue;
    const s = byIndex.get(f.sentence)!;
    const after = textAfter(s, f.end, 40);
    const before = textBefore(s, f.start, 30);
    // A person's name is a team's only with the team's record after it ("the Gophers (9-1, 6-1)"),
    // or when it is a place and a plural the text also writes after "the" ("Detroit Pistons" and
    // "the Pistons"; not "Chris Evans" or "Austin Reaves"), or a place that is no given name
    // ("Denver", not "Austin").
    const words = f.key.split(' ');
    const nickname = words[words.length - 1]!;
    const plural = words.length >= 2 && /^[a-z]+[^s]s$/.test(nickname) && isPlace(words.slice(0, -1)) && !givenName(words[0]!) && afterThe.has(nickname);
    const city = f.type === 'person' && words.length === 1 && isPlace(words) && !givenName(words[0]!);
    if (plural) teams.add(nickname);
    // "Appalachian State", "Florida State": on a sports page, a college's team.
    const college = words.length >= 2 && nickname === 'state';
    if (TEAM_RECORD.test(after) || plural || city || college || (f.type === 'place' && (TEAM_AFTER.test(after) || TEAM_BEFORE.test(before)))) teams.add(f.key);
  }
  // "James Madison vs. Air Force": a name set against a team is a team ("Nadal vs. Federer", two people, stays).
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.sentence !== b.sentence || !/^\s+(?:vs?\.?|versus)\s+$/i.test(textOf(byIndex.get(a.sentence)!, a.end, b.start))) continue;
    const team = (f: NameSpan & { key: string }): boolean => f.type === 'organization' || teams.has(f.key);
    if (team(a) && !team(b)) teams.add(b.key);
    else if (team(b) && !team(a)) teams.add(a.key);
  }
  for (const f of found) if ((f.type === 'place' || f.type === 'person') && teams.has(f.key)) f.type = 'organization';
}

/** Prepositions that say where: "violence erupted in Plymouth", "a bang at Plymouth", "protests across Leeds". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|across|outside|around|throughout|inside)\s+(?:the\s+)?$/i;

/**
 * Outside a sports page, a name the lists know as a place (the model's, or GeoNames' cities of
 * 100,000 people or more) that the model read as an organisation (CoNLL-2003's football results
 * made clubs of English towns) is a place where a preposition of place stands before it, and so
 * is each name of a list it opens ("in Belfast, Hull, Rotherham, Bristol and Middlesbrough"). Only
 * those mentions: "Liverpool signed a striker" keeps the club.
 */
function placesByPreposition(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isPlace: (words: string[]) => boolean): void {
  let previous: (NameSpan & { key: string }) | null = null;
  let previousPlaced = false;
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const listed: boolean = previousPlaced && previous!.sentence === f.sentence && /^\s*,\s*(?:and\s+|or\s+)?$|^\s+(?:and|or)\s+$/.test(textOf(s, previous!.end, f.start));
    const placed: boolean = LOCATIVE_BEFORE.test(textBefore(s, f.start, 20)) || listed;
    if (placed && f.type === 'organization' && isPlace(f.key.split(' ')) && !(LISTED_ORGANISATIONS.has(textOf(s, f.start, f.end)) && !theBefore(s, f))) f.type = 'place';
    previousPlaced = placed && f.type === 'place';
    previous = f;
  }
}

/** A speech verb within three words after a quotation: “…,” the analyst said. */
const SPEECH_AFTER = /^\s*(?:[\p{L}.'’-]+\s+){0,3}(?:said|says|added|asked|told|wrote|explained|noted|recalled)\b/u;

/** A work's noun right before a quoted title: "the film “Nashville”", "films including “Wall Street”". */
const WORK_BEFORE = /\b(?:films?|movies?|shows?|series|sitcoms?|dramas?|albums?|songs?|singles?|books?|novels?|memoirs?|plays?|musicals?|documentar(?:y|ies)|podcasts?|episodes?|games?)\b(?:\s+(?:including|such as|like|called|titled|named))?\s*[“"]$/i;

/**
 * A name that fills a quotation by itself is the title of a work: “Wild Rose”, “Musicophilia”,
 * “Nashville” (a film, a book, a show), `other` in every mention. A name the recogniser's own
 * lists know (“India”, a country) keeps its type.
 */
function quotedTitlesAreOther(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, listed: (key: string) => boolean): void {
  const titles = new Set<string>();
  for (const f of found) {
    if (f.type === 'other') continue;
    const s = byIndex.get(f.sentence)!;
    // Not a name shouted or asked (“Bernie!”), nor an abbreviation a release defines in parentheses ("Bureau of Industry and Security (“BIS”)").
    if (!/[“"]$/.test(textBefore(s, f.start, 1)) || !/^[,.]?[”"]/.test(textAfter(s, f.end, 2)) || /\(\s*[“"]$/.test(textBefore(s, f.start, 3))) continue;
    // Nor speech a verb of saying interrupts: “Vantorix,” the analyst said, “is overvalued.”
    if (SPEECH_AFTER.test(textAfter(s, f.end, 42).replace(/^[,.]?[”"]/, ''))) continue;
    // A listed name too, when a work's noun introduces it or it stands in a list of quoted titles:
    // “Wall Street” in 'films including “Wall Street,” “The Three Musketeers” and “Major League.”'.
    // (Only that mention: "banned the words “Israel,” “Palestine” and “Gaza”" leaves Gaza a place elsewhere.)
    if (!listed(f.key)) titles.add(f.key);
    else if (WORK_BEFORE.test(textBefore(s, f.start, 40)) || /^[,.]?[”"]\s*(?:(?:,|and|or)\s*)?[“"]/.test(textAfter(s, f.end, 8)) || /[”"]\s*(?:(?:,|and|or)\s*)?[“"]$/.test(textBefore(s, f.start, 8))) f.type = 'other';
  }
  // A quotation the recogniser read no name in that a name elsewhere fills: “Wild Rose,” the film, and then Wild Rose.
  const quoted = new Set<string>();
  for (const s of byIndex.values()) {
    for (const m of s.text.matchAll(/(?<!\(\s*)[“"](\p{Lu}[^”"“]{1,60}?)[,.]?[”"]/gu)) {
      // Not speech: a quotation that opens the sentence or that a speech verb interrupts (“Vantorix,” the analyst said, …).
      if (m.index === 0 || SPEECH_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      quoted.add(m[1]!.toLowerCase());
    }
  }
  for (const f of found) if (f.type !== 'other' && !listed(f.key) && quoted.has(f.key)) titles.add(f.key);
  for (const f of found) if (titles.has(f.key)) f.type = 'other';
}

/** The last word of a newspaper's name after its place (those that also end other names, "Times", "Post", are company words). */
const NAMEPLATE_WORDS: ReadonlySet<string> = new Set(['bee', 'star', 'globe', 'chronicle', 'inquirer', 'examiner', 'courier', 'dispatch', 'observer', 'enquirer', 'courant', 'sentinel', 'advocate', 'statesman', 'tennessean', 'oklahoman', 'sun-times', 'star-ledger', 'star-tribune', 'post-dispatch', 'union-tribune', 'review-journal', 'times-picayune', 'journal-constitution']);

/**
 * A name of two words or more that ends in a company or institution word ("Ceres Robotics",
 * "Wren Kitchens", "Greenpeace East Asia" aside) is an organisation, whatever the tagger said; so
 * is a zoo, a school or a hospital the tagger read as the place it stands.
 */
function companiesBySuffix(found: Array<NameSpan & { key: string }>, isPlace: (words: string[]) => boolean): void {
  for (const f of found) {
    const words = f.key.split(' ');
    const last = words[words.length - 1]!;
    // "the Sacramento Bee", "Kansas City Star", "Houston Chronicle": a place and a newspaper's word are the newspaper.
    if (words.length >= 2 && f.type !== 'organization' && NAMEPLATE_WORDS.has(last) && isPlace(words.slice(0, -1)) && !COMPASS.test(words[0]!)) {
      f.type = 'organization';
      continue;
    }
    // "Denver Zoo", "Westmount High School": the institution, not the site.
    if (words.length >= 2 && f.type === 'place' && FACILITY_ORGANIZATIONS.has(last)) {
      f.type = 'organization';
      continue;
    }
    if (f.type !== 'person' && f.type !== 'place') continue;
    if (words.length >= 2 && COMPANY_WORDS.has(last)) f.type = 'organization';
    // "Nana Backpacker Hostel", "Jewish General Hospital": no person's name ends in an institution's word.
    else if (words.length >= 2 && f.type === 'person' && (INSTITUTION_HEADS.has(last) || SITED_INSTITUTION.has(last) || BODY_WORDS.has(last))) f.type = 'organization';
  }
}

/** What opens the name of a sporting or other event called "… Games": "Olympic Games", "Commonwealth Games", "Hunger Games". */
const GAMES_EVENT = /^(?:olympic|olympics|paralympic|commonwealth|asian|pan|winter|summer|youth|world|invictus|special|highland|hunger|x|video|war|mind|gay|island|arctic|european|african|pacific|mediterranean|arab|bolivarian|central|south|southeast|east|west|national|state|university|maccabiah|goodwill)$/;

/**
 * "Rockstar Games", "Insomniac Games", "Epic Games": a name ending in "Games" without "the" before
 * it is a game studio, an organisation ("the Commonwealth Games", "the 2019 Military World Games",
 * "last year's … Games", the Olympic Games and a place's or a nation's games are events, which keep
 * their type).
 */
function gameStudios(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isPlace: (words: string[]) => boolean): void {
  for (const f of found) {
    const words = f.key.split(' ');
    if (words.length < 2 || words[words.length - 1] !== 'games' || f.type === 'organization') continue;
    if (GAMES_EVENT.test(words[0]!) || isPlace(words.slice(0, -1)) || /\bthe\s+(?:\d{4}\s+|\d+(?:st|nd|rd|th)\s+)?$|['’]s\s+$/i.test(textBefore(byIndex.get(f.sentence)!, f.start, 20))) continue;
    f.type = 'organization';
  }
}

/** A street's kind after its name, as addresses write it: "Ave.", "St.", "Road", "Blvd". */
const STREET_SUFFIX = /^\s+(?:(?:Ave|St|Blvd|Rd|Dr|Ln|Pl|Pkwy|Ct|Hwy)\b\.?|(?:Avenue|Street|Boulevard|Road|Drive|Lane|Way|Place|Parkway|Court|Terrace|Highway)\b)/;
/** A compass point before a street's name: "N. ", "W ". */
const STREET_COMPASS = /(?:^|\s)([NSEW]\.?\s+)$/;

/**
 * "1357 N. Elston Ave.", "9501 Skokie Blvd", "3635 N. Broadway": after a house number, a name with
 * a street's kind after it (or a compass point before it) is the street, a place, with both taken
 * in ("N. Elston" alone read as a person).
 */
function streetAddresses(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const before = textBefore(s, f.start, 12);
    const compass = STREET_COMPASS.exec(before);
    const house = /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?$/.test(before);
    const text = textOf(s, f.start, f.end);
    const ownCompass = /^[NSEW]\.?\s/.test(text) && /\b\d{1,6}\s+$/.test(before);
    const suffix = STREET_SUFFIX.exec(textAfter(s, f.end, 14));
    const ownSuffix = STREET_SUFFIX.test(` ${text.split(/\s+/).pop()}`) && text.includes(' ');
    if (!house && !ownCompass) continue;
    // A compass point alone ("3635 N. Broadway") only after a house number of three digits or
    // more: "50 M. Slater run out 9 S. Law" is a scorecard's runs and initials.
    if (!suffix && !ownSuffix && !(/\b\d{3,6}\s+(?:[NSEW]\.?\s+)?$/.test(before) && (compass || ownCompass))) continue;
    if (compass) f.start -= compass[1]!.length;
    if (suffix) f.end += suffix[0].length;
    f.type = 'place';
    f.key = textOf(s, f.start, f.end).toLowerCase().replace(/\s+/g, ' ');
  }
}

/** One word with a capital inside it after lower-case letters ("WestJet", "TechNewsWorld"), not a surname's prefix ("McCarthy", "DeSantis", "LaMarcus"). */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|Le|La|Van|Von|Du|Da|Del|Des|Ja|Ke|Da)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * "WestJet" read as a person, "TechNewsWorld" as a place: a name written as one word with a
 * capital inside it is a company's or a product's, never a person's or a place's.
 */
function camelCaseCompanies(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  for (const f of found) {
    if ((f.type === 'person' || f.type === 'place') && !f.key.includes(' ') && CAMEL_CASE.test(textOf(byIndex.get(f.sentence)!, f.start, f.end))) f.type = 'organization';
  }
}

/** Words that close the name of an institution a reader counts as an organisation, not a place ("Denver Zoo", "Jewish General Hospital"). */
const FACILITY_ORGANIZATIONS: ReadonlySet<string> = new Set(['zoo', 'school', 'hospital', 'museum', 'university', 'college', 'academy']);

/** Words that end a body's or a venue's name, besides the institutions' (INSTITUTION_HEADS, SITED_INSTITUTION): never a person's. */
const BODY_WORDS: ReadonlySet<string> = new Set(['hostel', 'hotel', 'party', 'union', 'club', 'team', 'band', 'orchestra', 'choir', 'theatre', 'theater']);

/**
 * In an article about space, the planets and moons it names are places ("Titan", "Europa",
 * "Mars"), as a reader counts them; the model, trained on 1996 news, makes them people or
 * companies. Elsewhere "Mercury" or "Titan" may be anything, and is left to the model.
 */
function celestialPlaces(found: Array<NameSpan & { key: string }>, sentences: Sentence[]): void {
  if (!found.some((f) => CELESTIAL_BODIES.has(f.key))) return;
  if (!sentences.some((s) => SPACE_CONTEXT.test(s.text))) return;
  for (const f of found) if (CELESTIAL_BODIES.has(f.key)) f.type = 'place';
}

/** The last word of a state's formal name before "of": "Democratic Republic of the Congo", "United Kingdom of …". */
const STATE_HEADS = new Set(['republic', 'kingdom', 'federation', 'emirates', 'states', 'islands', 'principality', 'commonwealth']);

/**
 * "Democratic Republic" + "of the" + "Congo", as the model reads it apart: a state's formal name
 * that goes on with "of" and a place is one place.
 */
function statesWhole(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  return joinedAcross(found, byIndex, (prev, f, between) => prev.type === 'place' && f.type === 'place' && STATE_HEADS.has(prev.key.split(' ').pop()!) && /^ of (?:the )?$/.test(between));
}

/**
 * An office named for its holder, with the holder's title in the possessive: "United States
 * Attorney’s Office", "Fayette County Sheriff’s Office", "Cook County State’s Attorney’s Office",
 * "U.S. Attorney’s Office for the Western District of New York", "Westminster Magistrate's Court".
 * The capitalised words before the title are the office's from the first that is part of a name
 * the model read; an "of" or "for the" with a capitalised name after the head is the office's
 * too, up to a person's name or a day. The office replaces whatever the model read inside it.
 */
const HOLDER_OFFICE = new RegExp(
  String.raw`(?<![\p{L}.])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)(?<lead>(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}?)` +
    String.raw`(?:(?:District|State|County|Chief|Deputy|U\.S\.|Federal)\s+)?(?:Attorney(?:\s+General)?|Sheriff|Governor|Mayor|Comptroller|Coroner|Prosecutor|Marshal|Magistrate|Magistrates|Inspector\s+General|Medical\s+Examiner|Public\s+Defender|Solicitor\s+General|Auditor|Treasurer|Controller|Chancellor|Premier|President)['’]s\s+` +
    String.raw`(?:(?:Attorney|Sheriff)['’]s\s+)?(?:Office|Court|Department|Bureau)\b` +
    String.raw`(?:\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'’-]*)*)?`,
  'gu',
);

function officesWhole(found: Array<NameSpan & { key: string }>, sentences: readonly Sentence[]): Array<NameSpan & { key: string }> {
  const offices: Array<NameSpan & { key: string }> = [];
  for (const s of sentences) {
    if (!/['’]s\s+(?:Office|Court|Department|Bureau)\b/.test(s.text)) continue;
    for (const m of s.text.matchAll(HOLDER_OFFICE)) {
      let start = s.start + m.index;
      let end = start + m[0].length;
      // The words before the holder's title belong to the office only from the first that is part
      // of a name the model read ("Fayette County", "United States"): "Yesterday Fayette County
      // Sheriff's Office" opens at "Fayette".
      const leadEnd = start + m.groups!.lead!.length;
      const named = s.tokens.find((t) => t.start >= start && t.end <= leadEnd && found.some((f) => f.sentence === s.index && f.start <= t.start && t.end <= f.end));
      start = named ? named.start : leadEnd;
      // Nor what follows its "of"/"for" name: a day ("… of Harris County Tuesday") or a person's name.
      const head = /(?:Office|Court|Department|Bureau)\b/u.exec(s.text.slice(start - s.start, end - s.start))!;
      const headEnd = start + head.index + head[0].length;
      const person = found.find((f) => f.sentence === s.index && f.type === 'person' && f.start >= headEnd && f.start < end);
      if (person) end = person.start;
      const tail = /(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))+\s*$|\s+$/u.exec(s.text.slice(headEnd - s.start, end - s.start));
      if (tail) end -= tail[0].length;
      end = Math.max(end, headEnd);
      offices.push({ start, end, type: 'organization', sentence: s.index, key: keyOf(s, start, end) });
    }
  }
  if (offices.length === 0) return found;
  const kept = found.filter((f) => !offices.some((o) => o.sentence === f.sentence && f.start < o.end && o.start < f.end));
  return [...kept, ...offices].sort((a, b) => a.start - b.start);
}

/** Two names of one sentence with only `between` between them, made one (of the type `typeOf` gives, the first's by default) where `joins` says so. */
function joinedAcross(
  found: Array<NameSpan & { key: string }>,
  byIndex: ReadonlyMap<number, Sentence>,
  joins: (prev: NameSpan & { key: string }, f: NameSpan & { key: string }, between: string) => boolean,
  typeOf: (prev: NameSpan, f: NameSpan) => NameSpan['type'] = (prev) => prev.type,
): Array<NameSpan & { key: string }> {
  const out: Array<NameSpan & { key: string }> = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const between = prev && prev.sentence === f.sentence ? textOf(byIndex.get(f.sentence)!, prev.end, f.start) : null;
    if (prev && between !== null && joins(prev, f, between)) out[out.length - 1] = { ...prev, end: f.end, type: typeOf(prev, f), key: `${prev.key}${between.toLowerCase()}${f.key}` };
    else out.push(f);
  }
  return out;
}

/**
 * One or two particles between two parts of a Romance, Arabic, Dutch or German name: "Petróleos
 * de Venezuela", "Maghawir al Thawra", "Ursula von der Leyen" (not NAME_PARTICLES' "at", "as",
 * "la": English words and articles stand between two names too).
 */
const PARTICLES_BETWEEN = /^ (?:(?:de|do|da|dos|das|del|della|di|du|des|al|el|bin|ibn|van|von|der|den|ter) ){1,2}$/;

/** A nickname in quotes, one to three capitalised words: “Tata”, 'Babe', “Lil Chris” (coreference keys a name without it). */
export const NICKNAME = String.raw`[“"‘'][\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2}[”"’']`;
/** Between a given name and a surname, a nickname: " “Tata” ". */
const NICKNAME_BETWEEN = new RegExp(`^ ${NICKNAME} $`, 'u');

/**
 * A person's name with a nickname in quotes inside it ("Gerardo “Tata” Martino", "Samson ‘John’
 * Tollet") is one person, as written: the model reads the given name, the quoted word (a title,
 * by its quotes) and the surname as three names. The first part must be a person or open with a
 * given name, the last no given name ("called Biden “Sleepy” Joe" joins nothing); the nickname
 * may have been read as a name or not. Coreference keys the name without its nickname, so
 * "Martino" and "Gerardo Martino" join it.
 */
function nicknamesJoined(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isGiven: (word: string) => boolean): Array<NameSpan & { key: string }> {
  const out: Array<NameSpan & { key: string }> = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    let joined = false;
    if (isGiven(f.key.split(' ')[0]!) || f.type === 'person') {
      // The surname right after the nickname, or after the nickname's own name; not a given name
      // ("called Biden “Sleepy” Joe": a surname, a taunt, a given name).
      for (const at of [i + 1, i + 2]) {
        const last = found[at];
        if (!last || last.sentence !== f.sentence || (last.key.includes(' ') && last.type !== 'person') || isGiven(last.key.split(' ')[0]!)) continue;
        const between = textOf(byIndex.get(f.sentence)!, f.end, last.start);
        if (!NICKNAME_BETWEEN.test(between)) continue;
        out.push({ ...f, end: last.end, type: 'person', key: `${f.key}${between.toLowerCase()}${last.key}` });
        i = at;
        joined = true;
        break;
      }
    }
    if (!joined) {
      // The nickname read as a name, its given name not ("Avin", "Somjeet"): a proper noun right
      // before the quote opens the person's name when a person's surname follows the quote.
      const s = byIndex.get(f.sentence)!;
      const last = found[i + 1];
      const given = /(\p{Lu}[\p{L}'’-]+) [“"‘']$/u.exec(textBefore(s, f.start, 40));
      const start = given ? f.start - given[0].length : -1;
      const word = given ? s.tokens.find((t) => t.start === start) : undefined;
      const prev = out[out.length - 1];
      if (given && word?.pos === 'PROPN' && (!prev || prev.sentence !== f.sentence || prev.end < start) && last && last.sentence === f.sentence && last.type !== 'place' && !last.key.includes(' ') && /^[”"’'] $/.test(textOf(s, f.end, last.start))) {
        const between = textOf(s, start + given[1]!.length, last.start);
        out.push({ ...f, start, end: last.end, type: 'person', key: `${given[1]!.toLowerCase()}${between.toLowerCase()}${last.key}` });
        i++;
        joined = true;
      } else if (given && word?.pos === 'PROPN' && (!prev || prev.sentence !== f.sentence || prev.end < start) && /^\p{Lu}[\p{L}.'’-]*[”"’'] \p{Lu}[\p{L}'’-]+$/u.test(textOf(s, f.start, f.end))) {
        // The nickname and the surname read as one name across the closing quote ('Chris" Singh').
        out.push({ ...f, start, type: 'person', key: `${given[1]!.toLowerCase()}${textOf(s, start + given[1]!.length, f.end).toLowerCase()}` });
        joined = true;
      } else if (f.type === 'person' && !f.key.includes(' ')) {
        // Only the surname read as a person: a given name and a one-word quoted nickname before it
        // open it ('Ron "Meatball" DeSantis'; not 'Bill "Safe Streets" Abbott'). The given name is
        // a listed one, or one the model read as a name of its own ('Jonny “JonnyCakes”
        // Manganello', "Jonny" a place), which the person then takes in.
        const opened = /(\p{Lu}[\p{L}'’-]+) [“"‘']\p{Lu}[\p{L}.'’-]*[”"’'] $/u.exec(textBefore(s, f.start, 60));
        const from = opened ? f.start - opened[0].length : -1;
        const readAlone = opened !== null && prev !== undefined && prev.sentence === f.sentence && prev.start === from && prev.end === from + opened[1]!.length && !prev.key.includes(' ');
        if (opened && (isGiven(opened[1]!.toLowerCase()) || readAlone) && (readAlone || !prev || prev.sentence !== f.sentence || prev.end < from)) {
          if (readAlone) out.pop();
          out.push({ ...f, start: from, key: `${opened[0].toLowerCase()}${f.key}` });
          joined = true;
        }
      }
    }
    if (!joined) out.push(f);
  }
  return out;
}

/** The plural people nouns an institution's name holds in the possessive: "Women's Center", "Children's Hospital". */
const POSSESSIVE_PEOPLE = new Set(['women', 'children', 'men', 'people']);

/**
 * "South Wind Women" + "'s Center": a name that ends in a people noun, its possessive and an
 * institution's word ("Boston Children's Hospital", "the People's Bank") is one organisation's
 * name, whatever the model read after the possessive.
 */
function possessiveInstitutions(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const out: Array<NameSpan & { key: string }> = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const words = f.key.split(' ');
    if (!POSSESSIVE_PEOPLE.has(words[words.length - 1]!)) {
      out.push(f);
      continue;
    }
    const s = byIndex.get(f.sentence)!;
    const tail = /^['’]s((?: \p{Lu}[\p{L}-]*){1,3})/u.exec(textAfter(s, f.end, 60));
    const last = tail ? tail[1]!.trim().split(' ').pop()!.toLowerCase() : '';
    if (!tail || !(INSTITUTION_HEADS.has(last) || SITED_INSTITUTION.has(last) || COMPANY_WORDS.has(last))) {
      out.push(f);
      continue;
    }
    let end = f.end + tail[0].length;
    // A name the model read from the institution's word on goes with it: "Women" + "'s" + "Center for Reproductive Health".
    while (found[i + 1] && found[i + 1]!.sentence === f.sentence && found[i + 1]!.start < end) end = Math.max(end, found[++i]!.end);
    out.push({ ...f, end, type: 'organization', key: `${f.key}${textOf(s, f.end, end).toLowerCase()}` });
  }
  return out;
}

/** "Devon" + "and" + "Cornwall Police": the two places of one body the model read apart are its name. */
function sharedHeadsJoined(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  return joinedAcross(
    found,
    byIndex,
    (prev, f, between) => between === ' and ' && !prev.key.includes(' ') && f.type === 'organization' && SHARED_HEAD.test(`${textOf(byIndex.get(prev.sentence)!, prev.start, prev.end)} and ${textOf(byIndex.get(f.sentence)!, f.start, f.end)}`),
    () => 'organization',
  );
}

/**
 * Two names the model read apart across a name's particle ("Observatório" + "do" + "Clima",
 * "Maghawir" + "al" + "Thawra") are one name: an organisation if either part was read as one.
 */
function particlesJoined(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  return joinedAcross(
    found,
    byIndex,
    (prev, f, between) => prev.type !== 'other' && f.type !== 'other' && PARTICLES_BETWEEN.test(between),
    (prev, f) => (prev.type === 'organization' || f.type === 'organization' ? 'organization' : prev.type),
  );
}

/**
 * "Jordan Montgomery is now a free agent": a listed given name and a capitalised word right after
 * it, which the model read as two names (here a country and a city: B-LOC B-LOC), are one
 * person's name. Two places touching with only a space between are not written so ("Austin,
 * Texas") except as a noun's modifier ("the Jordan Syria border": not before a noun); a pair the
 * model read as two people is left alone, and so is one whose second name is no place or person
 * ("Virginia Democrats").
 */
export function givenNamesJoined(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isGiven: (word: string) => boolean): Array<NameSpan & { key: string }> {
  return joinedAcross(
    found,
    byIndex,
    (prev, f, between) =>
      between === ' ' && !prev.key.includes(' ') && !f.key.includes(' ') && !(prev.type === 'person' && f.type === 'person') && prev.type !== 'organization' && (f.type === 'place' || f.type === 'person') && isGiven(prev.key) && !isGiven(f.key) &&
      byIndex.get(f.sentence)!.tokens.find((x) => x.start >= f.end)?.pos !== 'NOUN' &&
      /^\p{Lu}\p{Ll}+$/u.test(textOf(byIndex.get(prev.sentence)!, prev.start, prev.end)) && /^\p{Lu}\p{Ll}+$/u.test(textOf(byIndex.get(f.sentence)!, f.start, f.end)),
    () => 'person',
  );
}

/** Institutions that stand in a place: "… Institute … in Munich", "the U.S. Embassy in Moscow". (Not a university or a college: "American University in Cairo" is the name.) */
const SITED_INSTITUTION = new Set(['institute', 'school', 'hospital', 'museum', 'center', 'centre', 'embassy', 'consulate', 'library', 'laboratory', 'observatory', 'academy', 'clinic', 'church', 'cathedral', 'mosque', 'prison']);

/**
 * "Max Planck Institute for Astrophysics in Munich": an institution's name does not go on with
 * "in" and a place the lists know; the place is a name of its own. ("Organisation for Security and
 * Cooperation in Europe", "Human Rights in China", "U.N. Interim Force in Lebanon" name no
 * institution that stands somewhere, and stay whole.)
 */
function placeAfterIn(found: Array<NameSpan & { key: string }>, isPlace: (words: string[]) => boolean): Array<NameSpan & { key: string }> {
  const out: Array<NameSpan & { key: string }> = [];
  for (const f of found) {
    const words = f.key.split(' ');
    const at = words.lastIndexOf('in');
    if (f.type !== 'organization' || at < 1 || at === words.length - 1 || !words.slice(0, at).some((w) => SITED_INSTITUTION.has(w)) || !isPlace(words.slice(at + 1))) {
      out.push(f);
      continue;
    }
    // Offsets from the key's words: the span's text is its words joined by single spaces, or the split is skipped.
    const marker = f.key.indexOf(' in ', words.slice(0, at).join(' ').length - 1);
    const length = f.end - f.start;
    if (marker < 0 || length !== f.key.length) {
      out.push(f);
      continue;
    }
    out.push({ ...f, end: f.start + marker, key: words.slice(0, at).join(' ') });
    out.push({ ...f, start: f.start + marker + 4, type: 'place', key: words.slice(at + 1).join(' ') });
  }
  return out;
}

/**
 * An institution's name that goes on with "for" or "of" and a name the model read apart
 * ("Washington Institute" + "for" + "Near East Policy") is one organisation: the two spans become one.
 */
function institutionsWhole(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const joined = joinedAcross(found, byIndex, (prev, f, between) => prev.type === 'organization' && INSTITUTION_HEADS.has(prev.key.split(' ').pop()!) && f.type !== 'person' && /^ (?:for|of) (?:the )?$/.test(between));
  // "Committee for a Responsible Federal Budget", "Institute for the Study of War": the model read
  // only what follows "for (a|the)"; the institution's word before it, unread, opens the name.
  for (const [i, f] of joined.entries()) {
    if (f.type === 'person' || f.type === 'place') continue;
    const s = byIndex.get(f.sentence)!;
    const head = INSTITUTION_BEFORE.exec(textBefore(s, f.start, 80));
    const prev = joined[i - 1];
    if (!head || !INSTITUTION_HEADS.has(head[2]!.toLowerCase())) continue;
    const start = f.start - head[0].length + head[0].indexOf(head[1] || head[2]!);
    if (prev && prev.sentence === f.sentence && prev.end > start) continue;
    f.start = start;
    f.key = keyOf(s, f.start, f.end);
    f.type = 'organization';
  }
  return joined;
}

/** The word that ends a public body's name after the name the model read: "Dallas Independent School" + "District". */
const BODY_TAIL = /^ (District|Authority|Commission|Committee|Council|Corporation|Foundation|Institute|Association|Society|Department|Agency)\b(?![\p{L}'’-])/u;

/**
 * An organisation whose last word the model left out, a body's own head word after it: "Austin
 * Independent School District", not "Austin Independent School" (only where no name follows).
 */
function bodiesWhole(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  found.forEach((f, i) => {
    if (f.type !== 'organization') return;
    const s = byIndex.get(f.sentence)!;
    const tail = BODY_TAIL.exec(textAfter(s, f.end, 20));
    const next = found[i + 1];
    if (!tail || (next && next.sentence === f.sentence && next.start < f.end + tail[0].length)) return;
    f.end += tail[0].length;
    f.key = keyOf(s, f.start, f.end);
  });
}

/** Capitalised words that open a clause or a phrase, not a name: "But", "Meanwhile", "At". */
const CLAUSE_OPENERS = 'The|A|An|But|And|Or|So|Yet|Nor|Meanwhile|However|Now|Then|Also|Still|Instead|Plus|When|While|After|Before|If|As|At|In|On|For|With|By|From|Of|To|Last|This|That|These|Those|Its|Their|His|Her|Our|My|Your|Even|Only|Both|Since|Under|Over|Like|Unlike|Amid|Despite';

/** An institution's word and "for" before a name, with up to two capitalised words before it that open no clause: "National Center for the ", "Committee for a " (not "But Committee for a "). */
const INSTITUTION_BEFORE = new RegExp(String.raw`(?:^|[\s(“"‘'])((?:(?!(?:${CLAUSE_OPENERS})\b)\p{Lu}[\p{L}'’-]*\s+){0,2})(\p{Lu}\p{Ll}+)\s+for\s+(?:(?:a|an|the)\s+)?$`, 'u');

/**
 * The first words of an institution's own name: "… and Department of Veterans Affairs" begins another
 * organisation ("… of College and University Business Officers" does not).
 */
const INSTITUTION_OPENER = /^(?:Department|Ministry|Office|Bureau|Agency|Commission|Council|Committee|Institute|University|Centers?|Centres?) (?:of|for|on)\b/;

/**
 * Two organisations the model read as one across "and" ("McClatchy and Tribune", "International
 * Tennis Federation and Kosmos", "Centers for Medicare and Medicaid Services and Department of
 * Veterans Affairs") come apart where a part is named on its own elsewhere in the article or
 * opens with an institution's word; "Marks and Spencer" or "Rock and Roll Hall of Fame", whose
 * parts the article never names alone, stay whole.
 */
/** Two one-word places and the head word of the body they share: "Devon and Cornwall Police". */
const SHARED_HEAD = /^\p{Lu}[\p{L}'’-]+ and \p{Lu}[\p{L}'’-]+ (?:Police|Constabulary|Council|Trust|Authority|Service|Board|Commission|Partnership)$/u;

export function coordinatedApart(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const keys = new Set(found.map((f) => f.key));
  const out: Array<NameSpan & { key: string }> = [];
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const text = textOf(s, f.start, f.end);
    // "Devon and Cornwall Police", "Avon and Somerset Constabulary": two places sharing one body's head word.
    if (f.type !== 'organization' || !/ and \p{Lu}/u.test(text) || SHARED_HEAD.test(text)) {
      out.push(f);
      continue;
    }
    // Split points: every " and " before a capital; a part is kept apart only on evidence.
    const parts: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const m of text.matchAll(/ and (?=\p{Lu})/gu)) {
      const rest = text.slice(m.index + m[0].length);
      const nextEnd = rest.search(/ and (?=\p{Lu})/u);
      const right = nextEnd === -1 ? rest : rest.slice(0, nextEnd);
      const leftKey = keyOf(s, f.start + from, f.start + m.index);
      const rightKey = keyOf(s, f.start + m.index + m[0].length, f.start + m.index + m[0].length + right.length);
      const known = (k: string): boolean => keys.has(k) && k !== f.key;
      if (leftKey !== rightKey && (known(leftKey) || known(rightKey) || INSTITUTION_OPENER.test(right))) {
        parts.push({ start: from, end: m.index });
        from = m.index + m[0].length;
      }
    }
    if (parts.length === 0) {
      out.push(f);
      continue;
    }
    parts.push({ start: from, end: text.length });
    for (const p of parts) out.push({ ...f, start: f.start + p.start, end: f.start + p.end, key: keyOf(s, f.start + p.start, f.start + p.end) });
  }
  return out;
}

/** A web address's ending touching a name ("Polygraph.info"), and the rest of a company's name over "&" ("Pacific" + " Gas & Electric Co."). */
const ADDRESS_END = /^\.(?:com|org|net|info|io|co|gov|news)(?:\.[a-z]{2})?\b/;
const AMPERSAND_COMPANY = /^(?:\s+\p{Lu}[\p{L}'’-]*)*\s+&\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:Co\.|Company|Corp\.?|Corporation|Inc\.?|LLC|Ltd\.?|Group)/u;

/** Names widened over what the model cut off: a web address's ending, and a company's name with "&" in it. */
function namesWidened(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  found.forEach((f, i) => {
    const s = byIndex.get(f.sentence)!;
    const after = textAfter(s, f.end, 120);
    const address = ADDRESS_END.exec(after);
    const company = address ? null : AMPERSAND_COMPANY.exec(after);
    const grow = address ?? company;
    if (!grow) return;
    // The company's name must not run into the next name found (names are in text order).
    const next = found[i + 1];
    if (next && next.sentence === f.sentence && next.start < f.end + grow[0].length) return;
    f.end += grow[0].length;
    f.key = textOf(s, f.start, f.end).toLowerCase();
    f.type = 'organization';
  });
}

/** "Crown Equity Holdings, Inc.": a legal form after a comma is the company's, no name of its own. */
function legalForms(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const absorbed = new Set<number>();
  found.forEach((f, i) => {
    const prev = found[i - 1];
    if (!prev || absorbed.has(i - 1) || prev.sentence !== f.sentence) return;
    const s = byIndex.get(f.sentence)!;
    if (!LEGAL_FORMS.has(textOf(s, f.start, f.end)) || !/^,?\s+$/.test(textOf(s, prev.end, f.start))) return;
    prev.end = f.end;
    prev.key = keyOf(s, prev.start, prev.end);
    prev.type = 'organization';
    absorbed.add(i);
  });
  return found.filter((_, i) => !absorbed.has(i));
}

/** A partnership's name ending its list of partners: "Meagher & Flom LLP". */
const PARTNERSHIP = /&.*\b(?:LLP|LLC|L\.L\.P\.|LLP\.)$/u;

/**
 * "Skadden, Arps, Slate, Meagher & Flom LLP": the partners' names a comma sets apart before a
 * partnership's last ones are one firm, not a name each.
 */
function partnerships(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const absorbed = new Set<number>();
  found.forEach((f, i) => {
    const s = byIndex.get(f.sentence)!;
    if (!PARTNERSHIP.test(textOf(s, f.start, f.end))) return;
    // (Two surnames or more, after a lower-case word or the sentence's start: not "Mary Chen, Latham &
    // Watkins LLP", nor a list of firms, "Deloitte, KPMG, Ernst & Young LLP".)
    const before = textBefore(s, f.start, 120);
    const partners = /(?:\p{Lu}\p{Ll}[\p{L}'’-]*,\s+){2,6}$/u.exec(before);
    if (!partners || !/(?:^|\s\p{Ll}[\p{L}'’-]*\s+|[(“"]\s*)$/u.test(before.slice(0, partners.index))) return;
    const start = f.start - partners[0].length;
    for (let j = i - 1; j >= 0 && found[j]!.sentence === f.sentence && found[j]!.start >= start; j--) absorbed.add(j);
    f.start = start;
    f.key = keyOf(s, f.start, f.end);
    f.type = 'organization';
  });
  return found.filter((_, i) => !absorbed.has(i));
}

/**
 * "Rock and Roll Hall of Fame", "Food and Drug Administration": a capitalised word and "and" just
 * before an organisation's name the model read from the second word on open the name, when the
 * name is an institution's ("… of …", or ending in an institution's word) and the word is no name
 * the lists know or nationality ("Russian and Syrian defense ministry") and opens no sentence.
 */
function coordinatedOpeners(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, isPlace: (words: string[]) => boolean, known: (word: string) => boolean): Array<NameSpan & { key: string }> {
  const absorbed = new Set<number>();
  found.forEach((f, i) => {
    if (f.type !== 'organization' && f.type !== 'other') return;
    const words = f.key.split(' ');
    if (!words.includes('of') && !INSTITUTION_HEADS.has(words[words.length - 1]!) && words[words.length - 1] !== 'administration') return;
    const s = byIndex.get(f.sentence)!;
    const before = /(?<=[\p{Ll},;]\s)(\p{Lu}\p{Ll}+) and $/u.exec(textBefore(s, f.start, 40));
    if (!before || STOP_OPENERS.test(before[1]!) || known(before[1]!.toLowerCase())) return;
    const start = f.start - before[0].length;
    // The word read alone as a thing or a place no list knows ("Rock") goes into the name; any other name stays.
    const prev = found[i - 1];
    if (prev && prev.sentence === f.sentence && prev.end > start) {
      const loose = prev.type === 'other' || (prev.type === 'place' && !isPlace([prev.key]));
      if (!loose || prev.start !== start || prev.end !== start + before[1]!.length) return;
      absorbed.add(i - 1);
    }
    f.start = start;
    f.key = keyOf(s, f.start, f.end);
    f.type = 'organization';
  });
  return found.filter((_, i) => !absorbed.has(i));
}
const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS.map((d) => d.toLowerCase()));
const STOP_OPENERS = new RegExp(`^(?:${CLAUSE_OPENERS})$`);

/** What a photo credit in parentheses says before the names it credits: "(Image: ", "(Photo: Jane Roe / ". */
const CREDIT_BEFORE = /\((?:image|photo|photograph|picture|pictures|credit|images)s?\s*:[^()]*$/i;

/**
 * Names that are things: an event or policy ("Brexit", "COP30"), a product by its model ("MacBook
 * Pro"), and the acronym of a lower-case
 * phrase just before it ("binge eating disorder (BED)", "medium-term expenditure framework (MTEF)")
 * with every later use of it. `other`.
 */
/** An adjective's ending: "Tribal", "Federal", "Historic", "Legislative". */
const ADJECTIVE_FORM = /^\p{Lu}\p{Ll}+(?:al|ic|ary|ive|ous)$/u;

/**
 * A one-word "name" shaped like an adjective that the article only ever writes before a common noun
 * ("Tribal nations", "Tribal leaders") or "and" and a capital is a capitalised adjective, no name:
 * its mentions are dropped ("Portugal beat …" is a name: a verb follows).
 */
export function adjectivesApart(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>, listed: (key: string) => boolean): Array<NameSpan & { key: string }> {
  const standalone = new Set<string>();
  const candidates = new Set<string>();
  for (const f of found) {
    // A name the lists know ("Hungary", "Portugal") is one whatever follows it.
    if (f.key.includes(' ') || f.type === 'other' || listed(f.key)) continue;
    const s = byIndex.get(f.sentence)!;
    if (!ADJECTIVE_FORM.test(textOf(s, f.start, f.end))) continue;
    candidates.add(f.key);
    // Before a common noun ("Tribal nations") or "and" and a capital ("Tribal and Native Affairs"), it modifies.
    const next = s.tokens.find((t) => t.start >= f.end);
    const modifies = next !== undefined && ((next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || (next.normal === 'and' && /^\s+and\s+\p{Lu}/u.test(textAfter(s, f.end, 12))));
    if (!modifies) standalone.add(f.key);
  }
  return found.filter((f) => !candidates.has(f.key) || standalone.has(f.key));
}

/** A thing's kind and a participle that names it, right before the name: "thing called", "an app named". */
// (Not an app, a site or a service: "an app called Uber", "a website called WikiLeaks" name companies.)
const THING_CALLED = /\b(?:thing|product|game|show|series|book|novel|film|movie|play|podcast|song|album|device|gadget|drug|pill)\s+(?:called|named|dubbed)\s+["“]?$/i;

/** A product's model after its name: "MacBook Pro", "Chromecast Ultra", "Resident Evil 2 Remake", "iPhone 15 Pro Max". */
const PRODUCT_MODEL = /\S\s+(?:\d{1,2}\s+)?(?:Pro|Max|Ultra|Mini|Plus|Remake|Remastered|Deluxe Edition|Special Edition)s?$/;

function thingsAreOther(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  const things = new Set<string>();
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const name = textOf(s, f.start, f.end);
    if (EVENT_NAMES.has(f.key) || EVENT_NAME.test(name) || HOLIDAY_NAME.test(name) || EVENT_NAME_END.test(name) || PRODUCT_MODEL.test(name)) things.add(f.key);
    // "this thing called Tinder", "an app called Calm": a thing the article names, every mention of it.
    if (f.type !== 'other' && THING_CALLED.test(textBefore(s, f.start, 30))) things.add(f.key);
    // Only this mention: "Paris" in "the Paris Agreement" is part of it, Paris elsewhere a place.
    if (LAW_NAME_AFTER.test(textAfter(s, f.end, 16))) f.type = 'other';
    if (!/^[A-Z]{2,6}$/.test(name) || s.text[f.end - s.start] !== ')') continue;
    // The phrase may open the sentence ("Binge eating disorder (BED) is …"); its other words are lower case.
    // (A bounded slice: a run-on text may hold thousands of acronyms.)
    const before = /((?:^|(?<=\s))[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){1,6})\s*\($/.exec(textBefore(s, f.start, 120));
    if (!before) continue;
    const initials = before[1]!.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
    if (initials.endsWith(name)) things.add(f.key);
  }
  for (const f of found) if (things.has(f.key)) f.type = 'other';
}

/** An airline's flight number: "QZ8501", "MH17", "AF447", "U2 8124". */
const FLIGHT_NUMBER = /\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}\b/;

/**
 * A flight is `other`, like a vehicle: a name that holds a flight number and says it is one
 * ("AirAsia Flight QZ8501", "flight QZ8501", "AirAsia QZ8501" once the page has said "flight QZ8501").
 * It had been a person, a place and an organisation on one page, and a person spoke for it.
 */
function flightsAreOther(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  const numbers = new Set<string>();
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const name = textOf(s, f.start, f.end);
    const number = FLIGHT_NUMBER.exec(name)?.[0];
    if (number && (/\bflight\b/i.test(name) || /\bflight\s+$/i.test(textBefore(s, f.start, 10)))) numbers.add(number.replace(/\s/g, ''));
  }
  if (numbers.size === 0) return;
  for (const f of found) {
    const number = FLIGHT_NUMBER.exec(textOf(byIndex.get(f.sentence)!, f.start, f.end))?.[0];
    if (number && numbers.has(number.replace(/\s/g, ''))) f.type = 'other';
  }
}

/**
 * "S&P" where the tagger found no name (it splits the ampersand off and reads the letters as
 * nothing): the rating agency, an organisation, and with its number after it the index ("S&P
 * 500"), which `marketIndexes` then makes whole.
 */
function standardAndPoors(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const added: Array<NameSpan & { key: string }> = [];
  for (const s of byIndex.values()) {
    for (const m of s.text.matchAll(/\bS&P\b/g)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.sentence === s.index && f.start < end && f.end > start)) continue;
      added.push({ start, end, type: 'organization', sentence: s.index, key: 's&p' });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A stock market index is `other`, like a product: a name that ends as one ("Kospi Index",
 * "Shanghai Composite", "Dow Jones Industrial Average"), an index stem its number follows ("S&P
 * 500", "Nikkei 225"), and a code in parentheses just after one ("Kospi Index (KOSPI)").
 */
function marketIndexes(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  let previous: (NameSpan & { key: string }) | null = null;
  const indexes = new Set<NameSpan>();
  for (const f of found) {
    const s = byIndex.get(f.sentence)!;
    const name = textOf(s, f.start, f.end);
    const after = textAfter(s, f.end, 24);
    const indexName = INDEX_NAME_END.test(name) || INDEX_NAME_AFTER.test(after);
    const numbered = INDEX_STEMS.has(f.key) ? /^\s\d{2,4}\b(?![.,]\d|\s*%)/.exec(after) : null;
    if (indexName || numbered) {
      f.type = 'other';
      if (indexName) indexes.add(f);
      // The index's whole name: "Nasdaq" + " Composite", "S&P" + " 500" (the next name must not start inside it).
      const rest = numbered?.[0] ?? INDEX_NAME_AFTER.exec(after)?.[0] ?? '';
      const next = found[found.indexOf(f) + 1];
      if (rest && !(next && next.sentence === f.sentence && next.start < f.end + rest.length)) {
        f.end += rest.length;
        f.key = keyOf(s, f.start, f.end);
      }
    } else if (previous && indexes.has(previous) && previous.sentence === f.sentence && /^\s*(?:\p{Lu}\p{L}*\s*)?\($/u.test(textOf(s, previous.end, f.start)) && after.startsWith(')') && /^[A-Z0-9.]+$/.test(name)) f.type = 'other';
    previous = f;
  }
}

/**
 * The words of GOODS a company's or a party's own name may end on: a model's edition or a show's
 * kind ("Emma Hybrid", "Saatva Classic", "iPhone 15 Pro", "Lex Fridman Podcast"; but "Freedom Front
 * Plus", "The Joe Rogan Podcast"), and a few goods.
 */
const EDITIONS: ReadonlySet<string> = new Set('hybrid classic elite pro plus ultra mini podcast mattress headphones earbuds bows'.split(' '));
/** What a product named like a person is, as the last word of its name (no surname is written so): a thing to wear or put on, or its model's edition (EDITIONS). */
const GOODS: ReadonlySet<string> = new Set([
  ...('dress minidress midi-dress maxi-dress mini-dress shirt t-shirt blouse camisole cami slingback slingbacks jacket blazer skirt ' +
    'jeans sweater cardigan bodysuit romper jumpsuit trousers sandal sandals sneaker sneakers loafer loafers pumps boots ' +
    'earrings necklace bracelet hoodie leggings bikini swimsuit bralette tote handbag backpack satchel sunglasses ' +
    'moisturizer moisturiser serum lipstick mascara cleanser shampoo perfume tunic anorak parka liner remover concealer').split(' '),
  ...EDITIONS,
]);

/**
 * A one-word "person" or a "place" a product noun follows is a product ("the Cassini spacecraft",
 * "a Sentra sedan"): `other`. An organisation stays one ("the Boeing airliner" is Boeing's).
 */
function productsAreOther(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): void {
  for (const f of found) {
    if (f.type === 'other') continue;
    // A shopping list's item named for a person or a place ends in what it is: "Julia Camisole", "Candice Minidress", "Zara Slingback".
    // (Or for a company, when the last word is a thing to wear or put on: "Original Pink Hoodie",
    // "Benefit Cosmetics Volumizing Mascara"; not a model's edition, which a company may end on.)
    const last = f.key.slice(f.key.lastIndexOf(' ') + 1);
    if (f.key.includes(' ') && GOODS.has(last) && (f.type !== 'organization' || !EDITIONS.has(last))) {
      f.type = 'other';
      continue;
    }
    const s = byIndex.get(f.sentence)!;
    const after = /^[-\s]*([a-z][a-z-]*)/.exec(s.text.slice(f.end - s.start));
    if (after && PRODUCT_NOUNS.has(after[1]!) && (f.type === 'place' || (f.type === 'person' && !f.key.includes(' ')))) f.type = 'other';
  }
}

/** Legal forms that are other things' abbreviations too: "SA" (South Africa), "AG" (an attorney general), "NV" (Nevada). */
const AMBIGUOUS_LEGAL_FORMS: ReadonlySet<string> = new Set(['Co', 'Co.', 'LP', 'AG', 'SA', 'S.A.', 'NV', 'N.V.']);

/** Listed organisations that a reader counts and CoNLL-2003 tags otherwise (parties as MISC): not recovered. */
const NOT_RECOVERED = new Set(['democrats', 'republicans', 'labour', 'conservatives', 'tories', 'congress', 'senate', 'parliament', 'fed']);
/**
 * The one-word organisations of the hand-made list, as written. Read from the list itself: the
 * shipped model's copy lacks the ones a line of page chrome also is ("Facebook", "Twitter",
 * "Reuters"), which its training script read through the page reader and lost.
 */
const LISTED_ORGANISATIONS: ReadonlySet<string> = new Set(ORGANIZATIONS.filter((n) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(n)));

/**
 * "Facebook said on Monday …", "people on Twitter": a one-word organisation of the hand-made list
 * (companies and institutions of today) that the tagger left untagged, as it leaves names its 1996
 * training text never had. Only a capitalised word, not inside another name.
 */
function listedCompanies(found: Array<NameSpan & { key: string }>, sentences: Sentence[], tagged: TaggedSentence[]): Array<NameSpan & { key: string }> {
  const out = [...found];
  let added = false;
  tagged.forEach(({ labels, features }, i) => {
    const s = sentences[i]!;
    if (TITLE_CASE_ROLES.has(s.role)) return;
    for (let k = 0; k < labels.length; k++) {
      const lower = features.lower[k]!;
      const tok = s.tokens[k]!;
      if (labels[k] !== 0 || !/^\p{Lu}/u.test(tok.text) || NOT_RECOVERED.has(lower)) continue;
      // Beside another capitalised word it may be part of a name the tagger missed ("Facebook Live",
      // "Scuderia Ferrari"); not beside a function word that opens the sentence ("On Twitter, …").
      const before = s.tokens[k - 1];
      if ((before && /^\p{Lu}/u.test(before.text) && !(k === 1 && before.stop)) || /^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? '')) continue;
      if (!LISTED_ORGANISATIONS.has(tok.text)) continue;
      out.push({ start: tok.start, end: tok.end, type: 'organization', sentence: s.index, key: lower });
      added = true;
    }
  });
  return added ? out.sort((a, b) => a.start - b.start) : found;
}

/** An abbreviation defined in parentheses right after a name: "South African Revenue Service (Sars)", "(TERI)", a release's "(“BIS”)". */
const DEFINED_ABBREVIATION = /^\s*\(\s*[“"‘']?(\p{Lu}[\p{L}&.]{1,9})[”"’']?\s*\)/u;

/**
 * Whether `short` abbreviates `long`: its letters are the initials of the long form's words, in
 * order, with at most one letter matched by none, and its first letter one of the first two
 * words' ("TERI" for "The Energy and Resources Institute", "Sars", "UN" for "the United Nations").
 */
export function abbreviates(short: string, long: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  const initials = long.toLowerCase().split(/[\s-]+/).map((w) => w[0] ?? '');
  // "GDRs", "ETFs": a plural of capitals names things, not one organisation.
  if (letters.length < 2 || letters.length > 6 || /^\p{Lu}{2,}s$/u.test(short)) return false;
  // Each letter the initial of a word, in order, at most one letter skipped: "Sars", "TERI", not "Armenia".
  const spelt = (from: number): number => {
    let k = 0;
    let missed = 0;
    for (const c of letters.slice(from)) {
      const at = initials.indexOf(c, k);
      if (at === -1) missed++;
      else k = at + 1;
    }
    return missed;
  };
  if (spelt(0) <= 1 && initials.slice(0, 2).includes(letters[0]!)) return true;
  // A "The" the name was read without: "TERI" for "(The) Energy and Resources Institute".
  return letters.length >= 3 && letters[0] === 't' && initials[0] === letters[1] && spelt(1) === 0;
}

/**
 * "The South African Revenue Service (Sars) said …. Sars expects …": an abbreviation the article
 * defines in parentheses after a name is that name's kind wherever it stands alone (the tagger
 * may not know "Sars" at all, or read it as a place).
 */
function definedAbbreviations(found: Array<NameSpan & { key: string }>, byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const defined = new Map<string, NameType>();
  for (const f of found) {
    if ((f.type !== 'organization' && f.type !== 'place') || !f.key.includes(' ')) continue;
    const s = byIndex.get(f.sentence)!;
    const m = DEFINED_ABBREVIATION.exec(textAfter(s, f.end, 16));
    if (m && abbreviates(m[1]!, textOf(s, f.start, f.end))) defined.set(m[1]!, f.type);
  }
  if (defined.size === 0) return found;
  const out = [...found];
  // The names found, by sentence (a long article has thousands).
  const bySentence = new Map<number, Array<NameSpan & { key: string }>>();
  for (const f of out) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const covered = (s: Sentence, start: number): boolean => (bySentence.get(s.index) ?? []).some((f) => f.start <= start && f.end > start);
  for (const f of out) {
    const type = defined.get(textOf(byIndex.get(f.sentence)!, f.start, f.end));
    if (type) f.type = type;
  }
  for (const s of byIndex.values()) {
    for (const t of s.tokens) {
      const type = defined.get(t.text);
      if (!type || covered(s, t.start)) continue;
      out.push({ start: t.start, end: t.end, type, sentence: s.index, key: t.text.toLowerCase() });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The last words of the people a page names with more than one word ("Harrison Ford": "ford"). */
function surnamesNamed(found: ReadonlyArray<NameSpan & { key: string }>): Set<string> {
  return new Set(found.filter((f) => f.type === 'person' && f.key.includes(' ')).map((f) => f.key.slice(f.key.lastIndexOf(' ') + 1)));
}

/** A given name of any list the recogniser reads, or of the birth records' (lower-cased, as span keys are). */
function anyGivenName(gazetteer: Gazetteer, word: string): boolean {
  const written = word.charAt(0).toUpperCase() + word.slice(1);
  return (gazetteer.word(word) & WORD.FIRST_NAME) !== 0 || [FIRST_NAMES, FEMALE_FIRST_NAMES, UNISEX_FIRST_NAMES, MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES, MEN_BY_USE, WOMEN_BY_USE, EITHER_BY_USE].some((names) => names.has(written));
}

/**
 * "Docker said", "photos from Unsplash", "Miro and Figma": a one-word brand of today (BRANDS:
 * companies, services and software the 1996 model never saw) read as a person, or as a place no
 * list knows, is an organisation; so is a "person" it opens when the brand is a company the lists
 * know or is not written as a name is ("Subaru Ascent", "iCloud Keychain", "Cisco Webex").
 * Unless the page gives it as a person's or a town's: a given name, a surname the lists know, the
 * last word of a person the page names in full ("Harrison Ford" … "Ford"), a word the page also
 * writes in lower case ("notion", "box"), a later word of the name that is a person's ("Apple
 * Martin", "Ted Cruz"), or a place the page puts something in ("streets in Oshkosh").
 */
function brandsAreNotPeople(found: Array<NameSpan & { key: string }>, sentences: readonly Sentence[], byIndex: ReadonlyMap<number, Sentence>, gazetteer: Gazetteer, surnames: ReadonlySet<string>): void {
  const brand = (f: NameSpan & { key: string }): string => f.key.split(' ')[0]!;
  const opens = (f: NameSpan & { key: string }): boolean => {
    const first = textOf(byIndex.get(f.sentence)!, f.start, f.end).split(/\s+/)[0]!;
    const known = (gazetteer.bits([brand(f)]) & GAZ.ORG) !== 0 || /\p{Ll}\p{Lu}|^\p{Lu}{2,}$|^\p{Ll}/u.test(first);
    return known && !f.key.split(' ').slice(1).some((w) => anyGivenName(gazetteer, w) || gazetteer.bits([w]) & GAZ.PER);
  };
  const placed = new Set(
    found
      .filter((f) => {
        const s = byIndex.get(f.sentence)!;
        return f.type === 'place' && /\b(?:in|near|outside|across|around)\s*$/i.test(s.text.slice(0, f.start - s.start));
      })
      .map((f) => f.key),
  );
  const candidates = found.filter((f) => BRANDS.has(brand(f)) && (f.type === 'person' ? !f.key.includes(' ') || opens(f) : f.type === 'place' && !f.key.includes(' ') && !placed.has(f.key) && !(gazetteer.bits([f.key]) & GAZ.LOC) && !CITIES.has(f.key)));
  if (candidates.length === 0) return;
  const lower = wordsWrittenLower(sentences);
  const brands = new Set(candidates.map(brand).filter((k) => !lower.has(k) && !surnames.has(k) && !anyGivenName(gazetteer, k) && !(gazetteer.bits([k]) & GAZ.PER)));
  for (const f of candidates) if (brands.has(brand(f))) f.type = 'organization';
}

/**
 * The words an article writes in lower case inside its sentences (not at a sentence's start):
 * "deepfakes", "yoga", "hybrid". Capitalised only by opening a sentence or following a label,
 * such a word is no name.
 */
export function wordsWrittenLower(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const x of sentences) for (const tok of x.tokens.slice(1)) if (tok.kind === 'word' && /^\p{Ll}[\p{Ll}-]+$/u.test(tok.text)) words.add(tok.text);
  return words;
}

/**
 * People, organisations, places and other names (CoNLL's MISC) in an article's sentences. In a
 * title or heading, where every word is capitalised, a name is kept only when the body names it
 * too or the hand-made lists know it (CoNLL's own names include common words such as "Era"):
 * "A New Era of Tech Collaboration" holds no names.
 */
export function recogniseNames(sentences: Sentence[], tagger: Tagger = entityModel(), options: { sports?: boolean } = {}): NameSpan[] {
  const tagged = tagSentences(sentences, tagger);
  const inBody = new Set<string>();
  tagged.forEach(({ labels, features }, i) => {
    if (TITLE_CASE_ROLES.has(sentences[i]!.role)) return;
    for (const [first, last] of decodeSpans(labels)) inBody.add(features.lower.slice(first, last + 1).join(' '));
  });
  const lowerWords = wordsWrittenLower(sentences);
  /** A title or honorific, lower-cased: from the hand list or the list the model was trained with. */
  const titleWord = (w: string): boolean => TITLE_WORDS.has(w) || (tagger.gazetteer.word(w) & WORD.PERSON_TITLE) !== 0;
  let found: Array<NameSpan & { key: string }> = [];
  // Names an organisation descriptor introduces ("oil firm Yukos"): organisations throughout.
  const organisations = new Set<string>();
  // A paragraph a credit opens is credits throughout: "Lead image: Lee Top. Levi's Jeans. Omega Watch."
  const creditBlocks = new Set(sentences.filter((s) => s.inBlock === 0 && s.block >= 0 && CREDIT_LINE.test(s.text)).map((s) => `${s.section}:${s.block}:${s.item}`));
  tagged.forEach(({ labels, features }, i) => {
    const s = sentences[i]!;
    if (CREDIT_LINE.test(s.text) || (s.block >= 0 && creditBlocks.has(`${s.section}:${s.block}:${s.item}`))) return;
    for (const [start, end, decoded] of apartAtBrackets(decodeSpans(labels), s.tokens)) {
      // "Mr. Trump", "Mrs. Clinton": a name an honorific opens is a person's, whatever the tagger read.
      let type = start < end && HONORIFIC.test(s.tokens[start]!.text) ? 'PER' : decoded;
      // CoNLL practice: a person's title is not part of the name ("Judge Letitia Clark" → "Letitia Clark").
      let [first, last] = widen(s.tokens, start, end, type);
      if (surnameHe(s, first, last)) [first, type] = [first - 1, 'PER'];
      // (Not a stage name a title word opens: "Lady Gaga", "Queen Latifah", where the tagger left the title out too.)
      if (first > 0 && /^\p{Lu}/u.test(s.tokens[first - 1]!.text) && STAGE_NAMES.has(features.lower.slice(first - 1, last + 1).join(' '))) [first, type] = [first - 1, 'PER'];
      while (type === 'PER' && first < last && !STAGE_NAMES.has(features.lower.slice(first, last + 1).join(' ')) && (titleWord(features.lower[first]!) || (POSITIONS.has(s.tokens[first]!.text) && first + 1 < last) || (s.tokens[first]!.text === '-' && first > start))) first++;
      // "Oceanographer Pattiaratchi said …": a person noun capitalised only by opening the sentence,
      // which the article writes in lower case elsewhere ("a physical oceanographer"), is a title
      // (not a given name: "Christian Bale", though "christian" is a person noun too).
      if (type === 'PER' && first === 0 && first < last && PERSON_NOUNS.has(features.lower[0]!) && lowerWords.has(features.lower[0]!) && (tagger.gazetteer.word(features.lower[0]!) & WORD.FIRST_NAME) === 0) first++;
      // "the Secretary-General said": a span of titles alone names no one.
      if (type === 'PER' && first === last && first > start && titleWord(features.lower[first]!)) continue;
      // "Luke Pollard MP", "Jane Smith OBE": letters after a name are no part of it.
      while (type === 'PER' && first < last && POST_NOMINALS.test(s.tokens[last]!.text)) last--;
      // A capital "The" inside a sentence before a name of two words or more is the organisation's
      // own: "according to The Wall Street Journal" (not "by The BBC").
      if (type === 'ORG' && first > 1 && last - first >= 1 && s.tokens[first - 1]!.text === 'The' && /^\p{Ll}/u.test(s.tokens[first - 2]!.text)) first--;
      // "District Judge Jacqueline Scott Corley": a middle name that is also a given name opens the
      // tagger's span ("Scott Corley"); the given name just before it, after a title (or a listed
      // given name after a lower-case word), belongs to it.
      if (type === 'PER' && first > 0 && givenNameBefore(s.tokens, first, (k) => (tagger.gazetteer.word(features.lower[k]!) & WORD.FIRST_NAME) !== 0, (k) => titleWord(features.lower[k]!), (k) => !TITLE_CASE_ROLES.has(s.role) && !NOT_GIVEN_BEFORE.test(s.tokens[k]!.text) && !(tagger.gazetteer.bits([features.lower[k]!]) & GAZ.LOC) && corpusGiven(s.tokens[k]!.text))) first--;
      // "Sterling K. Brown": a middle initial that opens the tagger's span follows the given name.
      else if (type === 'PER' && first > 0 && first < last && /^\p{Lu}\.$/u.test(s.tokens[first]!.text) && middleInitialAfter(s.tokens, first, (k) => !s.tokens[k]!.stop && !titleWord(features.lower[k]!) && !NOT_NAME_OPENERS.has(features.lower[k]!) && !tagger.gazetteer.knows([features.lower[k]!]))) first--;
      // Titles of two words or none alone, which stand alone for other things: Malaysia's "Tan Sri" and
      // "Puan Sri" (the surname Tan: "Tan Wei Ming"), the "Seri" after a "Datuk" (the places Bandar Seri
      // Begawan, Seri Kembangan), and South Africa's "Adv" for an advocate (the company ADV).
      if (type === 'PER' && last - first >= 2 && /^(?:tan|puan)$/.test(features.lower[first]!) && features.lower[first + 1] === 'sri') first += 2;
      if (type === 'PER' && last > first && datukSeri(features.lower, first)) first++;
      if (type === 'PER' && last > first && /^Adv\.?$/.test(s.tokens[first]!.text) && /^\p{Lu}\p{Ll}/u.test(s.tokens[first + 1]!.text)) first++;
      // A name starts with a capital (or holds one: "eBay"): "’s new Office of …" is "Office of …"
      // ("al-Aqsa", "serie A" keep their particle).
      while (type !== 'PER' && first < last && leadingNoise(s.tokens, first)) first++;
      // "Former National Security Council official …", "Hey Twitter": such a word where a name starts is no part of it.
      while (first < last && NOT_NAME_OPENERS.has(features.lower[first]!)) first++;
      // A hall of fame is an institution, whatever word opens its name ("Pro Football Hall of Fame");
      // the "Baseball Hall" of a "Baseball Hall of Famer" is none.
      if (last - first >= 2 && features.lower.slice(last - 2, last + 1).join(' ') === 'hall of fame') {
        type = 'ORG';
        while (first > 0 && /^\p{Lu}\p{Ll}+$/u.test(s.tokens[first - 1]!.text) && !s.tokens[first - 1]!.stop && !NOT_NAME_OPENERS.has(features.lower[first - 1]!)) first--;
      } else if (features.lower[last] === 'hall' && /^\s+of\s+famers?\b/i.test(textAfter(s, s.tokens[last]!.end, 12))) continue;
      const isTitle = (k: number): boolean => titleWord(features.lower[k]!) && features.lower[k] !== 'general';
      if (type === 'ORG') {
        // "the U.K.’s Competition and Markets Authority": a place's possessive before an institution is no part of its name.
        const possessive = features.lower.slice(first + 1, last).findIndex((w) => /^['’]s$/.test(w)) + first + 1;
        if (possessive > first && tagger.gazetteer.bits(features.lower.slice(first, possessive)) & GAZ.LOC && /^\p{Lu}/u.test(s.tokens[possessive + 1]!.text)) first = possessive + 1;
        // A job title is no organisation: "Treasury Secretary", "ASF Infrastructure Administrator".
        if (isTitle(last)) continue;
        // Nor is a title or a degree "of" a field ("Director of Health and Human Services",
        // "Bachelor of Science"); the institution after "at" stays one ("Doctor of Nursing Practice at Yale University").
        if (OFFICE_OF.test(features.lower[first]!) && features.lower[first + 1] === 'of') {
          const at = features.lower.slice(first + 2, last).indexOf('at') + first + 2;
          if (at < first + 2) continue;
          first = at + 1;
        }
        // "… Board Chairwoman Gabrielle Perret": an organisation, then a titled person; "Speaker Om
        // Birla": a title, then a name of two capitalised words, is a person alone.
        // (Not a royal or church title, which also opens the names of streets and buildings: "King Road Residence".)
        const opensName = (k: number): boolean =>
          isTitle(k) && !ROYAL_TITLES.test(features.lower[k]!) && !(tagger.gazetteer.word(features.lower[last]!) & WORD.ORG_SUFFIX) && s.tokens.slice(k + 1, last + 1).every((x) => /^\p{Lu}/u.test(x.text));
        let k = first + 1;
        while (k < last && !(isTitle(k) && /^\p{Lu}/u.test(s.tokens[k + 1]!.text))) k++;
        // "CNBC's Advisor Council": a title before an institution's word opens no person's name.
        if (INSTITUTION_HEADS.has(features.lower[last]!)) k = last;
        if (k >= last && last - first >= 2 && opensName(first)) k = first;
        // "Minister of Health Christine Elliott", "Fox News Sean Hannity": a listed given name and a
        // surname that end a longer span are a person after an organisation (not "British Simon
        // Commission", whose last word heads an organisation).
        const word = (i: number): number => tagger.gazetteer.word(features.lower[i]!);
        if (k >= last && last - first >= 2 && word(last - 1) & WORD.FIRST_NAME && !(word(last) & WORD.ORG_SUFFIX) && /^\p{Lu}\p{Ll}/u.test(s.tokens[last]!.text)) k = last - 2;
        if (k < last) {
          // "New York State Attorney General": the words after the title are a title too, no person.
          if (!features.lower.slice(k + 1, last + 1).every(titleWord)) found.push({ start: s.tokens[k + 1]!.start, end: s.tokens[last]!.end, type: 'person', sentence: s.index, key: features.lower.slice(k + 1, last + 1).join(' ') });
          last = k - 1;
          if (last < first) continue;
        }
      }
      const lower = features.lower.slice(first, last + 1);
      // A name holds a capital ("deepfakes" is none; a team's "49ers" is one) and is no sum of money ("R50bn", "US$2.3m").
      const from = s.tokens[first]!.start;
      const spanText = textOf(s, from, s.tokens[last]!.end);
      if ((!/\p{Lu}/u.test(spanText) && !NUMBER_NICKNAME.test(spanText)) || MONEY_NAME.test(spanText)) continue;
      // Nor a pronoun ("I’m") or a function word capitalised only by opening a sentence or a quotation ("Or just photos?").
      const opening = first === 0 || /^[“"‘':]$/.test(s.tokens[first - 1]!.text);
      if (/^I['’]/.test(spanText) || (first === last && opening && s.tokens[first]!.stop && /^\p{Lu}\p{Ll}+$/u.test(spanText) && !tagger.gazetteer.knows(features.lower.slice(first, first + 1), true))) continue;
      if (first === last && opening && /^\p{Lu}\p{Ll}+$/u.test(spanText) && lowerWords.has(spanText.toLowerCase())) continue;
      // Nor an opening word alone ("Oh, no.", "Hey"), which a longer span only loses from its front.
      if (first === last && opening && NOT_NAME_OPENERS.has(lower[0]!)) continue;
      // Nor what a photo credit names inside a sentence: "(Image: Getty)", "(Photo: STF / Associated Press)".
      if (CREDIT_BEFORE.test(textBefore(s, from, 60))) continue;
      // Nor a party label's state ("Rep. Ilhan Omar, D-Minn."), nor an initial left alone by a split ("Jordanian-U.S." → "S.").
      // (Or the label whole: "Stacey Plaskett, D-Virgin Islands.")
      if (/^[DRI]-$/.test(textBefore(s, from, 2)) || /^[DRI]-\p{Lu}/u.test(spanText) || /^\p{Lu}\.$/u.test(spanText)) continue;
      // Nor a market code: "XAU=", "CLc1", Reuters' ".DJI" (a full stop after a space, the code touching it).
      const dot = s.tokens[first - 1];
      if (INSTRUMENT_CODE.test(spanText) || (dot?.text === '.' && touching(dot, s.tokens[first]) && !touching(s.tokens[first - 2], dot))) continue;
      // A title or a degree alone ("Ms.", "MD", "PhD") is no name, nor the acronym of a thing ("SUV", "IPO").
      // (Nor the "Seri" of a "Datuk Seri".)
      // (A degree wink splits into "Ph", ".", "D." is one all the same.)
      if (DEGREES.has(spanText.toLowerCase().replace(/\s+/g, '')) || lower.every((w, i) => DEGREES.has(w) || THING_ACRONYMS.has(w) || titleWord(w) || datukSeri(features.lower, first + i))) continue;
      if (TITLE_CASE_ROLES.has(s.role) && !inBody.has(lower.join(' ')) && !tagger.gazetteer.knows(lower, true)) continue;
      // …but not "rival Bernie Sanders": a first name and a surname, or a listed person, stay a person.
      const person = type === 'PER' && ((first < last && tagger.gazetteer.word(lower[0]!) & WORD.FIRST_NAME) || tagger.gazetteer.bits(lower) === (GAZ.PER | GAZ.HAND));
      const described = first > 0 && ORG_DESCRIPTORS.has(s.tokens[first - 1]!.normal) && type !== 'LOC' && !person;
      if (described) organisations.add(lower.join(' '));
      found.push({ start: s.tokens[first]!.start, end: s.tokens[last]!.end, type: CONLL_NAME_TYPES[type as ConllType], sentence: s.index, key: lower.join(' ') });
    }
  });
  for (const f of found) if ((f.type === 'person' || f.type === 'other') && organisations.has(f.key)) f.type = 'organization';
  found = listedCompanies(found, sentences, tagged);
  // Type passes over the whole article's names, in this order (sentences by index, built once).
  const byIndex = new Map(sentences.map((x) => [x.index, x]));
  // "Then, Google is now on record saying …" read as a person spreads to every "Google": a company
  // the hand list names, written alone, is no person; nor a place ("Find us at Twitter and
  // Facebook"), unless the name lists also know it as one.
  // A listed company that is a place too ("Amazon") is the place only with "the" before it ("the Amazon").
  // (Not a surname the page gives a person in full: "Harrison Ford" … "Ford said".)
  const surnames = surnamesNamed(found);
  for (const f of found) if ((f.type === 'person' || (f.type === 'place' && (!(tagger.gazetteer.bits([f.key]) & GAZ.LOC) || !theBefore(byIndex.get(f.sentence)!, f)))) && !f.key.includes(' ') && !surnames.has(f.key) && LISTED_ORGANISATIONS.has(textOf(byIndex.get(f.sentence)!, f.start, f.end))) f.type = 'organization';
  brandsAreNotPeople(found, sentences, byIndex, tagger.gazetteer, surnames);
  const isPlace = (words: string[]): boolean => (tagger.gazetteer.bits(words) & GAZ.LOC) !== 0 || CITIES.has(words.join(' '));
  namesWidened(found, byIndex);
  found = partnerships(legalForms(found, byIndex), byIndex);
  // A legal form the company's name did not take ("What Runs You, LLC") is no name of its own.
  found = found.filter((f) => !textOf(byIndex.get(f.sentence)!, f.start, f.end).split(/\s+/).every((w) => LEGAL_FORMS.has(w) && !AMBIGUOUS_LEGAL_FORMS.has(w)));
  found = coordinatedOpeners(found, byIndex, isPlace, (word) => tagger.gazetteer.bits([word]) !== 0 || DEMONYM_WORDS.has(word));
  found = institutionsWhole(found, byIndex);
  bodiesWhole(found, byIndex);
  found = possessiveInstitutions(found, byIndex);
  found = officesWhole(found, sentences);
  found = statesWhole(found, byIndex);
  found = particlesJoined(found, byIndex);
  found = nicknamesJoined(found, byIndex, (word) => (tagger.gazetteer.word(word) & WORD.FIRST_NAME) !== 0);
  // A given name the recogniser's lists know (lower-cased, as span keys are).
  const listedGiven = (word: string): boolean => (tagger.gazetteer.word(word) & WORD.FIRST_NAME) !== 0 || [FIRST_NAMES, FEMALE_FIRST_NAMES, UNISEX_FIRST_NAMES].some((names) => names.has(word.charAt(0).toUpperCase() + word.slice(1)));
  found = givenNamesJoined(found, byIndex, listedGiven);
  found = sharedHeadsJoined(found, byIndex);
  found = placeAfterIn(found, (words) => (tagger.gazetteer.bits(words) & GAZ.LOC) !== 0);
  found = coordinatedApart(found, byIndex);
  found = adjectivesApart(found, byIndex, (key) => tagger.gazetteer.knows([key]));
  found = definedAbbreviations(found, byIndex);
  listsAgree(found, byIndex);
  introducedLists(found, byIndex);
  productsAreOther(found, byIndex);
  found = standardAndPoors(found, byIndex);
  marketIndexes(found, byIndex);
  thingsAreOther(found, byIndex);
  flightsAreOther(found, byIndex);
  designatorsAreOther(found, byIndex);
  companiesByContext(found, byIndex);
  brandsNamedForPeople(found, byIndex, titleWord);
  peopleByTitleOrAge(found, byIndex, (w) => w !== 'general' && titleWord(w), (words) => tagger.gazetteer.knows(words, true));
  if (options.sports) teamsInSports(found, byIndex, isPlace, (word) => (tagger.gazetteer.word(word) & WORD.FIRST_NAME) !== 0);
  else placesByPreposition(found, byIndex, isPlace);
  quotedTitlesAreOther(found, byIndex, (key) => tagger.gazetteer.knows(key.split(' '), true));
  celestialPlaces(found, sentences);
  compassPlaces(found);
  landformPlaces(found, byIndex);
  streetAddresses(found, byIndex);
  companiesBySuffix(found, isPlace);
  gameStudios(found, byIndex, isPlace);
  namedStorms(found);
  camelCaseCompanies(found, byIndex);
  // (…or one the given-names corpus knows.)
  const given = (word: string): boolean => listedGiven(word) || [WOMEN_GIVEN_NAMES, MEN_GIVEN_NAMES].some((names) => names.has(word.charAt(0).toUpperCase() + word.slice(1)));
  peopleBySurname(found, byIndex, given, (words) => tagger.gazetteer.knows(words, true));
  // No general one-type-per-name pass: the history features already share evidence, and forcing
  // the first mention's type (92.18) or the majority type (92.20) scored below leaving the
  // model's decisions alone (92.65) on CoNLL dev, where "Japan" is both a place and a team. The
  // passes above force a type on every mention of a name only on evidence of their own (a list,
  // a company context, a sports page, a quotation, a company word).
  found = surnamesAgain(found, sentences, byIndex);
  // A ticker after its exchange ("Qualcomm (NASDAQ: QCOM)") is the company's code, no name of its own.
  return found.filter((f) => !tickerAt(byIndex.get(f.sentence)!, f)).map(({ start, end, type, sentence }) => ({ start, end, type, sentence }));
}

/** Words before a month that say it is the month ("in May", "last May", "since May"). */
const MONTH_BEFORE = /^(?:in|on|since|until|till|by|from|through|of|for|last|next|this|that|every|each|early|late|mid|during|before|after|between|and|or|to|the|a|an)$/i;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The surname of a person the article names in full, alone where the tagger left it: a surname
 * that is also a month or a modal ("Mark May … while May, a former player at Pittsburgh, …",
 * "Holtz bantered with May") is read as the word, not the name. Only a capitalised word inside a
 * sentence (or opening it before a comma), with no capitalised word beside it, and a month only
 * where no date or preposition of time makes it the month.
 */
function surnamesAgain(found: Array<NameSpan & { key: string }>, sentences: readonly Sentence[], byIndex: ReadonlyMap<number, Sentence>): Array<NameSpan & { key: string }> {
  const surnames = new Set<string>();
  for (const f of found) {
    if (f.type !== 'person' || !f.key.includes(' ')) continue;
    const last = /(?:^|\s)(\p{Lu}\p{Ll}{2,})$/u.exec(textOf(byIndex.get(f.sentence)!, f.start, f.end));
    if (last) surnames.add(last[1]!);
  }
  if (surnames.size === 0) return found;
  // The names' spans in text order, searched by halves (a long page has thousands).
  const spans = [...found].sort((a, b) => a.start - b.start);
  const covered = (start: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = spans[mid]!;
      if (f.end <= start) lo = mid + 1;
      else if (f.start > start) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const added: Array<NameSpan & { key: string }> = [];
  for (const s of sentences) {
    if (TITLE_CASE_ROLES.has(s.role)) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const word = t[i]!.text;
      if (!surnames.has(word) || covered(t[i]!.start)) continue;
      const before = t[i - 1];
      const after = t[i + 1];
      if (i === 0 ? after?.text !== ',' : /^\p{Lu}/u.test(before!.text) || /^[“"‘':]$/.test(before!.text)) continue;
      // (Nor the end of a name a hyphen joins: "Noel-Schure captioned the post".)
      if ((before && /^[-‐–]$/.test(before.text) && before.end === t[i]!.start) || (after && /^[-‐–]$/.test(after.text) && after.start === t[i]!.end)) continue;
      if (after && /^\p{Lu}/u.test(after.text)) continue;
      // (A month's name: never opening the sentence, nor before a number or a noun ("the May jobs report"), nor after a word of time.)
      if (MONTHS.test(word) && (i === 0 || (after && (/^\d/.test(after.text) || after.pos === 'NOUN')) || (before && MONTH_BEFORE.test(before.text)))) continue;
      added.push({ start: t[i]!.start, end: t[i]!.end, type: 'person', sentence: s.index, key: word.toLowerCase() });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** The stock exchanges a ticker is given with: "NASDAQ", "NYSE", "OTCMKTS". */
export const EXCHANGES = /(?:NASDAQ(?:GS|GM|CM)?|NYSE(?:\s?(?:MKT|American|Arca))?|AMEX|LSE|TSX(?:-?V)?|ASX|OTC(?:QX|QB|BB|MKTS|PK)?|NSE|BSE|HKEX|SGX|TSE|FRA|XETRA|Euronext|CSE)/;
/** An exchange and its colon before a ticker: "(NASDAQ: ", "(NYSE:", "(LSE: ". */
const EXCHANGE_BEFORE = new RegExp(`\\(${EXCHANGES.source}\\s*:\\s*$`, 'i');

function tickerAt(s: Sentence, f: NameSpan): boolean {
  if (/^[A-Z][A-Z.]{0,6}$/.test(textOf(s, f.start, f.end)) && EXCHANGE_BEFORE.test(textBefore(s, f.start, 16))) return true;
  // Or a part of a Reuters instrument code in brackets: "Larsen and Toubro (LART.NS)", "(AAPL.O)".
  const around = textBefore(s, f.start, 12) + textOf(s, f.start, f.end) + textAfter(s, f.end, 12);
  const at = textBefore(s, f.start, 12).length;
  for (const m of around.matchAll(RIC)) if (m.index! <= at && at + (f.end - f.start) <= m.index! + m[0].length) return true;
  return false;
}

/** A Reuters instrument code in brackets: "(LART.NS)", "(RELI.NS)", "(AAPL.O)", "(VOD.L)". */
const RIC = /\([A-Z0-9]{1,7}\.[A-Z]{1,3}\)/g;
