/**
 * Matching rules of the real-article benchmark (`npm run bench:real`), with their own unit tests
 * (test/bench/real-match.test.ts). Annotations are verbatim article text; newsbrief's output is
 * article text too, so two strings are compared by their words, never by offsets.
 */
import { commonCount } from './overlap.js';

/** A printed claim's content matches a gold attribution's content at this share of the shorter one's words. */
export const CLAIM_OVERLAP = 0.6;
/** A summary sentence matches an annotated sentence at this share: stricter, as both are whole sentences. */
export const SUMMARY_OVERLAP = 0.8;
/** A printed implication matches a gold implication sentence at this share. */
export const IMPLICATION_OVERLAP = 0.6;

/** Soft hyphens (U+00AD) and other invisible format characters that pages put inside words. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** Curly and modifier apostrophes, and the prime some pages use, all read as `'`. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u0060\u00b4]/gu;

/** Text as the annotation and the comparison see it: invisibles gone, apostrophes straight, whitespace collapsed. */
export function cleanText(s: string): string {
  return s.replace(INVISIBLE, '').replace(APOSTROPHES, "'").replace(/\s+/gu, ' ').trim();
}

/**
 * A name's comparison key: case-folded, whitespace collapsed, curly → straight apostrophes,
 * a possessive 's (or the bare ' after an s) stripped, a leading "the " stripped.
 * "The Fed’s" → "fed"; "Charles' " → "charles".
 */
export function normaliseName(name: string): string {
  let s = cleanText(name).toLowerCase();
  s = s.replace(/'s$/u, '').replace(/(?<=s)'$/u, '');
  s = s.replace(/^the /u, '');
  return s.trim();
}

/** A gold record that can be named in several ways (an entity and its aliases, a speaker and theirs). */
export interface Named {
  name: string;
  aliases: string[];
}

/** The comparison keys of a gold record's name and aliases; pronouns among them never count. */
export function nameKeys(gold: Named): Set<string> {
  const keys = new Set<string>();
  for (const n of [gold.name, ...gold.aliases]) {
    const k = normaliseName(n);
    if (k && !isPronoun(n)) keys.add(k);
  }
  return keys;
}

/** `name` is the gold record's name or one of its aliases, after normalisation. */
export function namesRecord(name: string, gold: Named): boolean {
  const k = normaliseName(name);
  return k !== '' && !isPronoun(name) && nameKeys(gold).has(k);
}

/**
 * Pronouns and relative/demonstrative words that can stand as a cue's subject. An annotation
 * lists "he" among a speaker's aliases where the cue's subject is "he"; a tool that prints "he"
 * as the speaker has not said who spoke, so these never count as a right speaker.
 */
const PRONOUNS = new Set([
  'i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves', 'you', 'your', 'yourself', 'yourselves',
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'themselves', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those',
  'one', 'someone', 'somebody', 'anyone', 'everyone', 'everybody', 'nobody', 'some', 'others', 'another',
]);

/** A pronoun as written: an acronym in capitals is a name, not a pronoun ("US", "IT"; "I" stays a pronoun). */
export function isPronoun(s: string): boolean {
  const clean = cleanText(s);
  if (/^\p{Lu}{2,}$/u.test(clean)) return false;
  return PRONOUNS.has(normaliseName(clean));
}

/** Lower-case word tokens: letters and digits; an apostrophe inside a word is dropped ("aren’t" → "arent"), other punctuation and quotes split. */
export function words(s: string): string[] {
  const out: string[] = [];
  for (const m of cleanText(s).toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu)) out.push(m[0].replace(/'/gu, ''));
  return out;
}

/**
 * The share of the shorter text's words that the other text has, counting each word as often as
 * both have it (multiset intersection ÷ the shorter one's word count). 0 when either has no words.
 */
export function overlapShare(a: string | string[], b: string | string[]): number {
  const wa = typeof a === 'string' ? words(a) : a;
  const wb = typeof b === 'string' ? words(b) : b;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0) return 0;
  return commonCount(short, long) / short.length;
}

/** Two texts match when at least `threshold` of the shorter one's words are in the other. */
export function textMatches(a: string | string[], b: string | string[], threshold: number): boolean {
  return overlapShare(a, b) >= threshold;
}

/**
 * A speaker's comparison key: the name key, and a leading "a "/"an " dropped too, as unnamed
 * sources are descriptions ("A new ABC News poll" = "new ABC News poll").
 */
export function normaliseSpeaker(s: string): string {
  return normaliseName(s).replace(/^an? /u, '').replace(/^the /u, '');
}

/** The speaker keys of a name and its aliases; pronouns never count. */
function speakerNameKeys(gold: Named): Set<string> {
  const keys = new Set<string>();
  for (const n of [gold.name, ...gold.aliases]) {
    const k = normaliseSpeaker(n);
    if (k && !isPronoun(n)) keys.add(k);
  }
  return keys;
}

/** A gold attribution as the annotation gives it. */
export interface GoldSpeaker {
  speaker: string;
  speaker_aliases: string[];
}

/**
 * The names that count as a right speaker for a gold attribution: its speaker and speaker_aliases,
 * plus the name and aliases of every gold entity that one of those names (the annotation lists
 * "Trump" for a speaker the entity list knows as "Donald Trump", "President Trump", …). Pronouns
 * never count.
 */
export function speakerKeys(claim: GoldSpeaker, entities: Named[]): Set<string> {
  const own = speakerNameKeys({ name: claim.speaker, aliases: claim.speaker_aliases });
  const keys = new Set(own);
  for (const e of entities) {
    const ek = speakerNameKeys(e);
    // One step only: an entity joins when it shares a name with the attribution's own names.
    if ([...own].some((k) => ek.has(k))) for (const x of ek) keys.add(x);
  }
  return keys;
}

/** The printed speaker names the gold source: its speaker key is one of `keys` (from `speakerKeys`) and it is not a pronoun. */
export function speakerRight(predicted: string | null | undefined, keys: Set<string>): boolean {
  if (!predicted) return false;
  const k = normaliseSpeaker(predicted);
  return k !== '' && !isPronoun(predicted) && keys.has(k);
}
