import { describe, expect, it } from 'vitest';
import {
  CLAIM_OVERLAP,
  IMPLICATION_OVERLAP,
  SUMMARY_OVERLAP,
  isPronoun,
  namesRecord,
  normaliseName,
  overlapShare,
  speakerKeys,
  speakerRight,
  textMatches,
  words,
} from '../../bench/lib/real-match.js';
import { validateAnnotation, type Annotation } from '../../bench/lib/real-data.js';
import { scoreArticle, type Printed } from '../../bench/lib/real-score.js';

describe('real-article name normaliser', () => {
  it('case-folds, collapses whitespace and strips a leading "the"', () => {
    expect(normaliseName('  The   Federal\nReserve ')).toBe('federal reserve');
    expect(normaliseName('THE FED')).toBe('fed');
    // Only a leading article: "Theresa May" is not "resa may".
    expect(normaliseName('Theresa May')).toBe('theresa may');
  });

  it("strips a possessive 's, with a straight or a curly apostrophe", () => {
    expect(normaliseName("Trump's")).toBe('trump');
    expect(normaliseName('Trump’s')).toBe('trump');
    expect(normaliseName('the Fed’s')).toBe('fed');
    expect(normaliseName("Charles'")).toBe('charles');
    // An apostrophe inside a name stays, made straight.
    expect(normaliseName('O’Brien')).toBe("o'brien");
    expect(normaliseName('U.S. Attorney’s Office')).toBe("u.s. attorney's office");
  });

  it('drops soft hyphens that pages put inside words', () => {
    expect(normaliseName('Volks\u00adwagen')).toBe('volkswagen');
    expect(words('pro\u00adposal')).toEqual(['proposal']);
  });

  it('matches a record to a gold name or alias, never to a pronoun alias', () => {
    const gold = { name: 'Donald Trump', aliases: ['Trump', 'President Trump', 'the president', 'he'] };
    expect(namesRecord('Trump’s', gold)).toBe(true);
    expect(namesRecord('donald  trump', gold)).toBe(true);
    expect(namesRecord('The President', gold)).toBe(true);
    expect(namesRecord('He', gold)).toBe(false);
    expect(namesRecord('Melania Trump', gold)).toBe(false);
  });
});

describe('pronoun speakers', () => {
  it('knows pronouns and relative words, whatever the case', () => {
    for (const p of ['he', 'She', 'they', 'it', 'I', 'we', 'You', 'who', 'him', 'themselves']) expect(isPronoun(p)).toBe(true);
    expect(isPronoun('Obama')).toBe(false);
  });

  it('reads an acronym in capitals as a name: "US" is a country, "us" a pronoun', () => {
    expect(isPronoun('US')).toBe(false);
    expect(isPronoun('us')).toBe(true);
    expect(namesRecord('US', { name: 'United States', aliases: ['US'] })).toBe(true);
  });

  it('never counts a pronoun speaker as right, even when the annotation lists it as an alias', () => {
    const keys = speakerKeys({ speaker: 'Heather Hitchens', speaker_aliases: ['Hitchens', 'she'] }, []);
    expect(speakerRight('Hitchens', keys)).toBe(true);
    expect(speakerRight('Heather Hitchens', keys)).toBe(true);
    expect(speakerRight('she', keys)).toBe(false);
    expect(speakerRight('She', keys)).toBe(false);
    expect(speakerRight(null, keys)).toBe(false);
    expect(speakerRight('', keys)).toBe(false);
  });

  it("takes the names of the gold entity the speaker is, and ignores a leading a/an in descriptions", () => {
    const entities = [{ name: 'Donald Trump', aliases: ['Trump', 'President Trump'] }, { name: 'Kentucky', aliases: [] }];
    const keys = speakerKeys({ speaker: 'Donald Trump', speaker_aliases: ['Trump', 'he'] }, entities);
    expect(speakerRight('President Trump', keys)).toBe(true);
    expect(speakerRight('Kentucky', keys)).toBe(false);
    const poll = speakerKeys({ speaker: 'A new ABC News poll', speaker_aliases: [] }, entities);
    expect(speakerRight('new ABC News poll', poll)).toBe(true);
    expect(speakerRight('ABC News', poll)).toBe(false);
  });
});

describe('word-overlap matcher', () => {
  it('tokenises lower-case words, stripping quotes and punctuation', () => {
    expect(words('“The people of this country aren’t buying,” he said.')).toEqual(['the', 'people', 'of', 'this', 'country', 'arent', 'buying', 'he', 'said']);
    expect(words("aren't")).toEqual(words('aren’t'));
    expect(words('— … !')).toEqual([]);
  });

  it("measures the share of the shorter text's words found in the other, each word as often as both have it", () => {
    expect(overlapShare('a b c d e', 'x a b c d e y z')).toBe(1);
    expect(overlapShare('the the the', 'the cat')).toBe(1 / 2);
    expect(overlapShare('', 'anything')).toBe(0);
  });

  it('matches at the claim threshold and not just below it', () => {
    expect(CLAIM_OVERLAP).toBe(0.6);
    // Shorter has 5 words; 3 of them in the other = 60% → match.
    expect(textMatches('alpha beta gamma delta epsilon', 'alpha beta gamma zeta eta theta iota', CLAIM_OVERLAP)).toBe(true);
    // 2 of 5 = 40% → no match; the threshold is measured on the shorter side whichever comes first.
    expect(textMatches('alpha beta omega delta epsilon', 'alpha beta gamma zeta eta theta iota', CLAIM_OVERLAP)).toBe(false);
    expect(textMatches('alpha beta gamma zeta eta theta iota', 'alpha beta gamma delta epsilon', CLAIM_OVERLAP)).toBe(true);
    // 5 of 9 = 55.6% → just below 60%.
    expect(textMatches('a b c d e f g h i', 'a b c d e x y z w v u', CLAIM_OVERLAP)).toBe(false);
    expect(IMPLICATION_OVERLAP).toBe(0.6);
  });

  it('is stricter for summary sentences: 80% of the shorter one', () => {
    expect(SUMMARY_OVERLAP).toBe(0.8);
    // 4 of 5 = 80% → match; 3 of 5 = 60% → a claim match but not a summary match.
    expect(textMatches('one two three four five', 'one two three four six seven', SUMMARY_OVERLAP)).toBe(true);
    expect(textMatches('one two three nine five', 'one two three four six seven', SUMMARY_OVERLAP)).toBe(false);
    expect(textMatches('one two three nine five', 'one two three four six seven', CLAIM_OVERLAP)).toBe(true);
  });
});

describe('scoring one article', () => {
  const gold: Annotation = {
    id: 't',
    genre: 'hard-news',
    title: 'Obama’s guns plan',
    summary_ok: ['Obama announced new gun rules on Monday.', 'The rules take effect next year.'],
    summary_best: ['Obama announced new gun rules on Monday.'],
    entities: [
      { name: 'Barack Obama', type: 'person', aliases: ['Obama'], key: true },
      { name: 'White House', type: 'organization', aliases: [], key: true },
      { name: 'Texas', type: 'place', aliases: [], key: false },
    ],
    claims: [
      { speaker: 'Barack Obama', speaker_aliases: ['Obama', 'he'], cue: 'said', content: 'we will not wait for Congress to act', kind: 'direct' },
      { speaker: 'a spokesman', speaker_aliases: [], cue: 'said', content: 'the rules were legal', kind: 'indirect' },
    ],
    implications: [{ text: 'The rules take effect next year.', kind: 'forecast', key: true }],
  };
  const printed: Printed = {
    title: "Obama's Guns Plan",
    genre: 'hard-news',
    summary: ['Obama announced new gun rules on Monday.', 'Click here to subscribe.'],
    names: [
      { name: 'Obama', type: 'person', mentions: ['Obama'] },
      { name: 'Barack Obama', type: 'person', mentions: ['Barack Obama'] },
      { name: 'White House', type: 'place', mentions: ['White House'] },
      { name: 'Monday', type: 'person', mentions: ['Monday'] },
    ],
    otherNames: [],
    claims: [
      { speaker: 'Obama', content: '“We will not wait for Congress to act,”', kind: 'direct', cue: 'said' },
      { speaker: 'he', content: 'the rules were legal', kind: 'indirect', cue: 'said' },
      { speaker: 'Texas', content: 'something nobody annotated at all', kind: 'indirect', cue: 'said' },
    ],
    factual: 2,
    implications: ['The rules take effect next year.', 'Obama could not say more.'],
    shownImplications: ['Obama could not say more.'],
  };
  const { counts: c, errors } = scoreArticle(gold, printed, 'Obama announced new gun rules on Monday. The rules take effect next year.');

  it('counts right names, second records, type errors and junk', () => {
    expect([c.names, c.namesRight, c.namesDuplicate, c.namesTypeError, c.namesJunk]).toEqual([4, 2, 1, 1, 1]);
    expect(errors.typeErrors).toEqual([{ name: 'White House', printed: 'place', gold: 'organization' }]);
    expect([c.keyActors, c.keyActorsFound]).toEqual([2, 1]);
  });

  it('scores claims by content and speaker; a pronoun speaker is wrong', () => {
    expect([c.claims, c.claimsContent, c.claimsRight, c.claimsWrongSpeaker, c.claimsPronounSpeaker]).toEqual([3, 2, 1, 1, 1]);
    expect([c.attributions, c.attributionsContent, c.attributionsSpeaker]).toEqual([2, 2, 1]);
    expect(c.factual).toBe(2);
  });

  it('scores summary, implications and title', () => {
    expect([c.summary, c.summaryKept, c.summaryOutsideBody, c.summaryBest, c.summaryBestFound]).toEqual([2, 1, 1, 1, 1]);
    expect([c.implications, c.implicationsReal, c.keyImplications, c.keyImplicationsFound]).toEqual([2, 1, 1, 1]);
    // The summary view's few, scored on their own.
    expect([c.implicationsShown, c.implicationsShownReal]).toEqual([1, 0]);
    expect(c.titlesRight).toBe(1);
  });
});

describe('annotation files', () => {
  it('names what is missing or malformed', () => {
    expect(validateAnnotation({}, 'dev')).toContain('"id" must be a non-empty string');
    const own = validateAnnotation({ id: 'x', genre: 'feature', title: 'T', summary_ok: [], summary_best: [], entities: [{ name: 'A', type: 'company', aliases: [], key: true }], claims: [], implications: [] }, 'own');
    expect(own).toContain('"page" must be a non-empty string');
    expect(own.some((p) => p.startsWith('entities[0].type'))).toBe(true);
  });
});
