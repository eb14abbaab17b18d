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
