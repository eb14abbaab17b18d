import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/nlp/index.js';
import { parse } from '../../../src/parse/index.js';
import { sourceFromText } from '../../../src/read/index.js';
import { extract } from '../../../src/extract/index.js';
import { resolveNames } from '../../../src/extract/coreference.js';
import { choosePronounSpeakers, chosenSpeaker, PRONOUN_BUCKETS, pronounCandidates, pronounModel, type PronounModel } from '../../../src/extract/claims/pronoun.js';
import { hashString } from '../../../src/ml/hash.js';

const TEXT = `Festival draws a crowd

Kelly Clarke, who runs the book festival in Durban, welcomed the writers on Friday. The novelist Qarnita Loxton read from her new book on Saturday. "We had a wonderful, engaged crowd," she said. Loxton told the audience that the book took three years.`;

const annotated = annotate(parse(sourceFromText(TEXT, 'festival.txt')));
const coreference = resolveNames(annotated);
const rules = extract(annotated, {}, ['claims'], { pronouns: null }).claims;
const spoken = rules.findIndex((c) => c.speakerMention?.text === 'she');

/** A model that scores one feature only. */
const only = (feature: string, weight: number): PronounModel => {
  const weights = new Float32Array(PRONOUN_BUCKETS);
  weights[hashString(feature) % PRONOUN_BUCKETS] = weight;
  return { weights, bias: 0, thresholds: [0.5] };
};

describe('who a speaking "he" or "she" is', () => {
  it('has the people named before it as candidates, the rules\' answer among them', () => {
    expect(spoken).toBeGreaterThanOrEqual(0);
    const candidates = pronounCandidates(rules[spoken]!, rules, annotated, coreference, spoken)!;
    const names = candidates.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Kelly Clarke', 'Qarnita Loxton']));
    expect(names).toContain(rules[spoken]!.speaker);
    for (const c of candidates) expect(c.features.every((f) => Number.isInteger(f) && f >= 0 && f < PRONOUN_BUCKETS)).toBe(true);
  });

  it('reads how far back and how lately each was named, who spoke just before, and where the pronoun stands', () => {
    const candidates = pronounCandidates(rules[spoken]!, rules, annotated, coreference, spoken)!;
    const words = (name: string) => candidates.find((c) => c.name === name)!.words;
    // Loxton: named in the sentence before, the last person named, the rules' answer; the pronoun follows a quotation.
    expect(words('Qarnita Loxton')).toEqual(expect.arrayContaining(['rule=true', 'dist=1', 'rank=1', 'rule|pos=true|quote', 'spoke=no', 'object=false', 'person=true']));
    // Clarke: named two sentences before, and the speaker of the claim two sentences before.
    expect(words('Kelly Clarke')).toEqual(expect.arrayContaining(['rule=false', 'dist=2', 'rank=2', 'spoke=2', 'last=true']));
  });

  it('marks a person named after a verb of telling as spoken to, and a gender the pronoun rules out', () => {
    const b = annotate(parse(sourceFromText('Talks go on\n\nJohn Smith met the council on Monday. The mayor told Prime Minister Jane Roe about the plan. “We will build it,” he said.', 'talks.txt')));
    const co = resolveNames(b);
    const found = extract(b, {}, ['claims'], { pronouns: null }).claims;
    const i = found.findIndex((c) => c.speakerMention?.text === 'he');
    const candidates = pronounCandidates(found[i]!, found, b, co, i)!;
    const roe = candidates.find((c) => c.name === 'Jane Roe')!;
    expect(roe.words).toEqual(expect.arrayContaining(['object=true', 'fits=clash']));
    expect(roe.clash).toBe(true);
    // A candidate whose gender clashes is never chosen, however the model scores it.
    expect(chosenSpeaker(only('object=true', 9), candidates, found[i]!.speaker)).not.toBe('Jane Roe');
  });

  it('names nobody the rules did not, unless sure: a "she" after only a man is left without a speaker', () => {
    const b = annotate(parse(sourceFromText('Council meets\n\nJohn Smith opened the meeting of the council on Monday evening. "We had a wonderful, engaged crowd," she said.', 'council.txt')));
    const co = resolveNames(b);
    const found = extract(b, {}, ['claims'], { pronouns: null }).claims;
    expect(found.filter((c) => c.kind !== 'factual').map((c) => c.speaker)).toEqual([null]);
    expect(choosePronounSpeakers(found, b, co, pronounModel()).filter((c) => c.kind !== 'factual').map((c) => c.speaker)).toEqual([null]);
  });

  it('learns a gender no given-name list knows from the article\'s own pronouns', () => {
    const text = 'Trial hears evidence\n\nDuduzile Zuma-Sambudla had been flagged because she was an influential social media user and had posted to her followers.\n\nZuma-Sambudla said she had done nothing wrong.\n\nThe state said the minister had warned that he would act.\n\nInvestigator Gopaul Govender told the court the posts were dangerous.\n\nHer posts carried weight, he said.\n';
    const a = annotate(parse(sourceFromText(text, 'trial.txt')));
    expect(resolveNames(a).genderOf('Duduzile Zuma-Sambudla')).toBe('f');
    const claim = extract(a, {}, ['claims']).claims.find((c) => c.cue === 'said' && c.text.startsWith('Her posts'));
    expect(claim?.speaker).toBe('Gopaul Govender');
    // Only a pronoun before anyone else comes in counts: here "she" and "her" are the minister's.
    const other = annotate(parse(sourceFromText('Warning\n\nNtshavheni-Mabuza had warned the minister that she was misleading her followers.\n\nThe posts carried weight, he said.\n', 'w.txt')));
    expect(resolveNames(other).genderOf('Ntshavheni-Mabuza')).toBeNull();
  });

  it('is asked only of "he" and "she": a named speaker has no candidates', () => {
    const named = rules.find((c) => c.kind !== 'factual' && c.speakerMention && !/^(?:he|she)$/i.test(c.speakerMention.text));
    expect(named).toBeDefined();
    expect(pronounCandidates(named!, [], annotated, coreference)).toBeNull();
  });

  it('takes the candidate the model scores highest, and keeps everything else about the claim', () => {
    const rule = rules[spoken]!.speaker;
    // A model that trusts the rules keeps their answer …
    expect(choosePronounSpeakers(rules, annotated, coreference, only('rule=true', 5))).toEqual(rules);
    // … one that distrusts them picks another person named before, and changes nothing else.
    const other = choosePronounSpeakers(rules, annotated, coreference, only('rule=false', 5));
    expect(other[spoken]!.speaker).not.toBe(rule);
    expect(['Kelly Clarke', 'Qarnita Loxton']).toContain(other[spoken]!.speaker);
    expect({ ...other[spoken]!, speaker: rule }).toEqual(rules[spoken]);
    other.forEach((c, i) => i !== spoken && expect(c).toEqual(rules[i]));
  });

  it('ships a model that reads', () => {
    const model = pronounModel();
    expect(model.weights.length).toBe(PRONOUN_BUCKETS);
    expect(model.thresholds.length).toBe(1);
    const chosen = choosePronounSpeakers(rules, annotated, coreference, model);
    expect(chosen[spoken]!.speaker).toBe('Qarnita Loxton');
  });
});
