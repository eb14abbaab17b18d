/** Short forms of names that the words themselves do not spell (used by src/extract/coreference.ts). */

/** A short form's alias key → the alias keys of the full names it stands for. */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  fed: ['federal reserve', 'federal reserve board', 'federal reserve system', 'federal reserve bank'],
  ecb: ['european central bank'],
  boe: ['bank of england'],
  boj: ['bank of japan'],
  nato: ['north atlantic treaty organization'],
  opec: ['organization of the petroleum exporting countries'],
  uk: ['united kingdom'],
  us: ['united states', 'united states of america'],
  eu: ['european union'],
  un: ['united nations'],
};

/** Words an acronym skips: "Massachusetts Institute of Technology" is MIT, "Bank of America" BofA aside. */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * Names the tagger, after CoNLL-2003, calls `other` (an affiliation: "Democrats", "the GOP") that a
 * reader counts as an organisation: their alias keys.
 */
export const PARTY_NAMES: ReadonlySet<string> = new Set(['democrats', 'republicans', 'gop', 'tories', 'taliban', 'hamas', 'hezbollah']);

/**
 * Buildings whose name stands for the government that sits in them ("the White House said", "the
 * Kremlin denied"): the tagger, after CoNLL-2003, calls them places; a reader of news, an
 * organisation. Their alias keys.
 */
export const SEATS_OF_POWER: ReadonlySet<string> = new Set(['white house', 'kremlin', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'blue house', 'zhongnanhai']);

/**
 * An institution's noun right after a nationality, place or person ("Syrian government", "Trump
 * administration", "Russia's foreign ministry", "US military"), as a whole word, and not as the
 * modifier of a thing ("government bonds", "army contracts").
 */
export const INSTITUTION_AFTER =
  /^(?:['’]s)?[ \u00a0](?:(?:defen[cs]e|foreign|interior|finance|health|justice|home|economy|education|trade|war)[ \u00a0])?(?:government|administration|military|army|navy|air force|regime|embassy|consulate|police|parliament|cabinet|ministry|armed forces|coast guard|campaign)(?![\p{L}\p{N}-])(?![ \u00a0](?:bonds?|debt|spending|data|figures|contracts?|jobs?|shutdown|funding|documents?)\b)/iu;
/** How many characters after the modifier INSTITUTION_AFTER reads. */
export const INSTITUTION_LOOKAHEAD = 40;
/**
 * A verb of saying straight after an institution named once, past an appositive ("The Malaysian
 * government said …", "the Thai police, who arrested him, said …"): it is an actor of the story.
 */
export const INSTITUTION_SPEAKS = /^\s*(?:,[^,]{1,60},\s*)?(?:said|says|told|announced|added|warned|stated|confirmed|denied|insisted|argued|claimed)\b/;
/** How many characters after the institution INSTITUTION_SPEAKS reads. */
export const INSTITUTION_SPEAKS_LOOKAHEAD = 80;
