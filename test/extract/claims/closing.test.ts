import { describe, expect, it } from 'vitest';
import { brief } from '../../../src/index.js';

/** [speaker, cue, content] of each attributed claim of a one-paragraph story. */
const claims = async (sentence: string) => {
  const b = await brief(`Wire story\n\n${sentence}\n`, { parts: ['claims'] });
  return b.claims.filter((c) => c.kind !== 'factual').map((c) => [c.speaker, c.cue, b.text.slice(c.content.start, c.content.end)]);
};

/** The brief's claims of a story given as its paragraphs, the first its title. */
const claimsBrief = (...paragraphs: string[]) => brief(paragraphs.join('\n\n'), { parts: ['claims'] });

describe('the reporting clause that closes a news sentence', () => {
  it.each([
    ["Russia launched 40 drones at Kyiv overnight, Ukraine's air force said on Saturday.", "Ukraine's air force", 'said', 'Russia launched 40 drones at Kyiv overnight'],
    ['The Senate passed the spending bill on Friday, Majority Leader Chuck Schumer said.', 'Chuck Schumer', 'said', 'The Senate passed the spending bill on Friday'],
    ['Apple will cut prices in China next month, two people familiar with the matter told Reuters.', 'two people familiar with the matter', 'told', 'Apple will cut prices in China next month'],
    ['The measure now goes to the House, which is expected to vote next week, aides said.', 'aides', 'said', 'The measure now goes to the House, which is expected to vote next week'],
    ['Employers added 187,000 jobs in August, the Labor Department reported Friday.', 'Labor Department', 'reported', 'Employers added 187,000 jobs in August'],
    // The source's own source may close the clause.
    ['The deadlock in the Lok Sabha is likely to end on Tuesday with all parties agreeing to a debate, ANI said citing sources.', 'ANI', 'said', 'The deadlock in the Lok Sabha is likely to end on Tuesday with all parties agreeing to a debate'],
  ])('%s', async (sentence, speaker, cue, content) => {
    expect(await claims(sentence)).toEqual([[speaker, cue, content]]);
  });

  it('is read inverted without quotation marks, and with a description set off before the name', async () => {
    expect(await claims('Rwanda has already issued around 30 arrest warrants, but they rarely get support from local authorities, says Justice Minister Johnston Busingye.')).toEqual([
      ['Johnston Busingye', 'says', 'Rwanda has already issued around 30 arrest warrants, but they rarely get support from local authorities'],
    ]);
    expect(await claims('Forensic police found the 10th victim inside the building, the national government delegate in Valencia, Pilar Bernabé, told journalists.')).toEqual([
      ['Pilar Bernabé', 'told', 'Forensic police found the 10th victim inside the building'],
    ]);
    // The cue's subject before the comma is no inverted clause: "…, said the communities visit frequently, competing …".
    const sletten = await claims('Sletten, a caretaker who has lived on the island for 30 years, said the Norwegian and Russian communities visit frequently, competing at soccer in the summer.');
    expect(sletten.map((c) => c[0])).not.toContain('Norwegian and Russian communities visit frequently');
    // Nor is a subject set off by an aside, its verb and object (review): the object is no speaker.
    expect(await claims('Tesla, which makes electric cars, reported a record profit.')).toEqual([['Tesla', 'reported', 'a record profit']]);
    expect((await claims('The firm, founded in 1998, announced 500 job cuts.')).map((c) => c[0])).not.toContain('500 job cuts');
    expect((await claims('He resigned in March, denied any wrongdoing.')).map((c) => c[0])).not.toContain('any wrongdoing');
  });

  it('is read inverted after a cue wink takes for a plural noun, and past a described name', async () => {
    expect(await claims('It may not be surprising that coffee supports short-term cognition, but it is also likely neuroprotective in the long run, states Slayton.')).toEqual([
      ['Slayton', 'states', 'It may not be surprising that coffee supports short-term cognition, but it is also likely neuroprotective in the long run'],
    ]);
    // (A participle before its noun is part of the description: "registered dietitian".)
    expect((await claims('The bulk of these benefits comes from antioxidants called polyphenols, states Lauren Slayton, MS, RD, registered dietitian and founder of Foodtrainers.')).map((c) => [c[0], c[1]])).toEqual([['Lauren Slayton', 'states']]);
  });

  it('is read inside the sentence too, before a clause that goes on from the content', async () => {
    expect(await claims('The jump in employment in May was the second increase in five months, the bank’s chief economist said, which still left the count slightly down.')).toEqual([
      ['bank’s chief economist', 'said', 'The jump in employment in May was the second increase in five months'],
    ]);
    // A participle's phrase set off by commas reports nothing of its own.
    const globe = await claims('Reid recently ordered up a legal analysis of the state election law, first reported by the Boston Globe, which concluded that he could appoint a successor.');
    expect(globe.map((c) => c[1])).not.toContain('reported');
  });

  it('gives the one an agency quotes as the source, and a source placed by "there" its subject', async () => {
    expect(await claims('Yeltsin visited his wife in hospital on Friday evening, Interfax news agency quoted spokesman Sergei Yastrzhembsky as saying.')).toEqual([
      ['Sergei Yastrzhembsky', 'quoted', 'Yeltsin visited his wife in hospital on Friday evening'],
    ]);
    expect(await claims('The army has withdrawn from the town, the agency quoted a local official as saying on Sunday.')).toEqual([['local official', 'quoted', 'The army has withdrawn from the town']]);
    expect(await claims('City officials there said the centre was being erected illegally.')).toEqual([['City officials', 'said', 'the centre was being erected illegally']]);
  });

  it('reads what follows the comma after an opening "As X explained it to me," and no "state Sen." as a cue', async () => {
    expect(await claims('As Enslin explained it to me, Context Grounding is designed to improve the accuracy of models.')).toEqual([['Enslin', 'explained', 'Context Grounding is designed to improve the accuracy of models']]);
    expect((await claims('Last year, Republican state Sen. Keith Regier proposed a study of the reservations.')).map((c) => c[1])).not.toContain('state');
  });

  it('keeps a "that" with a clitic as the content\'s subject ("tells me that\'s not the case")', async () => {
    expect(await claims("Google, however, tells me that's not the case.")).toEqual([['Google', 'tells', "that's not the case"]]);
    expect(await claims("Smith said that's the end of it.")).toEqual([['Smith', 'said', "that's the end of it"]]);
    // A wish with an object and an infinitive is no belief with a clause: "want nothing to do with AI".
    expect(await claims('There remains a large group of readers who want nothing to do with AI from Google.')).toEqual([]);
    // (But a clause whose subject it is: "believes anything to do with crypto is a risk".)
    expect(await claims('The regulator believes anything to do with crypto is a risk to savers.')).toEqual([['regulator', 'believes', 'anything to do with crypto is a risk to savers']]);
  });

  it('leaves a time phrase after the cue and a recipient named in title case out of the content', async () => {
    expect(await claims('Defence Minister Rajnath Singh said Wednesday his government had acted with restraint.')).toEqual([['Rajnath Singh', 'said', 'his government had acted with restraint']]);
    expect(await claims('Graham told The Associated Press he was worried about the vote.')).toEqual([['Graham', 'told', 'he was worried about the vote']]);
    expect(await claims('Smith told reporters on Monday that the plan would fail.')).toEqual([['Smith', 'told', 'the plan would fail']]);
    // A time word that is part of what was said stays: a possessive, a month before its noun.
    expect(await claims("Smith said Tuesday's vote was a disgrace.")).toEqual([['Smith', 'said', "Tuesday's vote was a disgrace"]]);
    expect(await claims('The company said March sales rose 3 percent.')).toEqual([['company', 'said', 'March sales rose 3 percent']]);
    // And a cue inside the content, its subject reaching back over the time phrase, stays the content's.
    expect(await claims('Toyota Motor Co. announced Wednesday the company is recalling 1 million vehicles over a defect.')).toEqual([['Toyota Motor Co.', 'announced', 'the company is recalling 1 million vehicles over a defect']]);
    // A number after the time may be the clause's (review): it stays, with the time.
    expect((await claims('The army said Friday 12 Taliban fighters were killed in the raid.'))[0]![2]).toContain('12 Taliban fighters');
    expect((await claims('The ministry said March 2020 was the worst month for the economy.'))[0]![2]).toContain('March 2020 was');
    // A pronoun is no part of a recipient's name.
    expect((await claims('Smith told The Guardian I was never consulted about the plan.'))[0]![2]).toBe('I was never consulted about the plan');
  });

  it('is no claim when the verb records a step', async () => {
    expect(await claims('Police added charges of attempt to murder against the couple.')).toEqual([]);
    expect((await claims('He added sections of the bridge had already collapsed into the river.')).map((c) => c[1])).toContain('added');
    expect((await claims('The spokesman added two counts were still open in the case.')).map((c) => c[1])).toContain('added');
    // A figure reported is the company's report, as readers take it.
    expect((await claims('McClatchy Co. reported a loss of $304.7 million in the third quarter.')).map((c) => c[1])).toContain('reported');
    expect(await claims('The company announced on Tuesday by email that it would cut jobs.')).toEqual([['company', 'announced', 'it would cut jobs']]);
  });

  it('is read before a dash that sets off an aside on the content', async () => {
    expect(await claims('A massive AI dataset contains at least 1,008 instances of abuse material, a new report from the Stanford Internet Observatory found — with thousands more instances suspected.')).toEqual([
      ['Stanford Internet Observatory', 'found', 'A massive AI dataset contains at least 1,008 instances of abuse material'],
    ]);
  });

  it('is no claim when no source closes the sentence, and a verb that reports nothing is no cue', async () => {
    expect(await claims('Oil prices also declined on Tuesday as traders weighed the outlook.')).toEqual([]);
    // Nor does a refusal to speak.
    expect(await claims('The company declined to comment on the report.')).toEqual([]);
    // A clause, not a speaker, after the comma.
    expect((await claims('Prices rose in March, which analysts said was a surprise.')).map((c) => c[0])).not.toContain('which analysts');
  });
});

describe('a quotation in straight marks with another inside it', () => {
  it('runs from its opening mark past the inner quotation to its close', async () => {
    const b = await brief('SaaS\n\nRamy Houssaini is Chief Cyber Solutions Officer at Cloudflare.\n\n"The traditional SaaS model is nearing its end. Enterprises are now demanding AI-native services. 2026 will accelerate the shift from "application consumption" to AI-as-a-Service. Organisations will prioritize domain-tuned models," said Houssaini.\n', { parts: ['claims'] });
    const said = b.claims.find((c) => c.cue === 'said');
    expect(said?.speaker).toBe('Ramy Houssaini');
    expect(b.text.slice(said!.content.start, said!.content.end)).toMatch(/^"The traditional SaaS model is nearing its end\..*"application consumption" to AI-as-a-Service\. Organisations will prioritize domain-tuned models,"?$/);
  });
});

describe('one claim per source in a sentence', () => {
  it('keeps one claim when two cues of one speaker report the same sentence', async () => {
    const b = await brief("Coffee\n\nSylvia Klinger is a dietitian in Chicago.\n\nKlinger agrees: In addition to improving alertness, memory, and cognitive performance, coffee has been connected to a lower risk of depression and may safeguard against neurodegenerative diseases like Parkinson's and Alzheimer's, Klinger cites.\n", { parts: ['claims'] });
    const attributed = b.claims.filter((c) => c.kind !== 'factual');
    expect(attributed).toHaveLength(1);
    expect(attributed[0]!.speaker).toBe('Sylvia Klinger');
  });

  it('gives an amount no voice: "Much has been written and said about …"', async () => {
    const b = await brief('Games\n\nMuch has been written and said about this fascinating experiment, and you can check out my thoughts here.\n', { parts: ['claims'] });
    expect(b.claims.filter((c) => c.kind !== 'factual').map((c) => c.speaker)).not.toContain('Much');
  });
});

describe('an interview set as turns', () => {
  it('keeps a guest who shares the host’s surname, and a podcast’s role labels', async () => {
    const b = await claimsBrief('Senator on the border bill', 'MARY LOUISE KELLY, HOST: Senator Mark Kelly of Arizona joins us now. Welcome.', 'MARK KELLY: Thanks for having me.', 'MARY LOUISE KELLY: Why back this bill?', 'MARK KELLY: I represent a border state, and I have been to Yuma a dozen times this year.', 'MARY LOUISE KELLY: Thank you, senator.');
    expect(b.claims.filter((c) => c.cue === ':').map((c) => c.speaker)).toContain('Mark Kelly');
    const podcast = await claimsBrief('Transit Talk', 'Host: Today I am joined by a transport planner who has studied buses for 15 years.', 'Guest: Thanks for having me. I love talking about buses.', 'Host: What would you change first?', 'Guest: I would give buses their own lanes on the ten worst corridors.');
    expect(podcast.claims.filter((c) => c.cue === ':').map((c) => c.speaker)).toContain('Guest');
  });

  it("reads no speaker in a buying guide's labelled points", async () => {
    const b = await claimsBrief(
      'Smart home hubs',
      'Carl Prouty, a technical expert at Abt Electronics, helped us pick these hubs.',
      'Compatibility: Some smart home devices do not connect over Wi-Fi, and we think you should check yours first.',
      'Speed: Sub-networks like Thread can be faster than Wi-Fi, says Prouty. My smart lights respond in a blink.',
      'Congestion: If you have an older router, dozens of devices on your Wi-Fi can slow your internet, and our tests showed it.',
    );
    expect(b.claims.map((c) => c.speaker)).not.toEqual(expect.arrayContaining(['Speed']));
    expect(b.claims.map((c) => c.speaker)).not.toEqual(expect.arrayContaining(['Compatibility']));
    expect(b.claims.find((c) => c.text.includes('Sub-networks like Thread'))?.speaker).toBe('Carl Prouty');
  });

  it("reads a radio transcript's turns as claims, and its reporter's narration as no one's", async () => {
    const b = await claimsBrief(
      'Plumbers as substitute teachers',
      'SERGIO MARTINEZ-BELTRAN, BYLINE: It is a Saturday afternoon in Austin, and hundreds are gathered at the Capitol.',
      'MARTINEZ-BELTRAN: Most people chanting here are educators, like Rosie Curts.',
      "ROSIE CURTS: If vouchers pass, it would obviously take money away from our public schools.",
      'MARTINEZ-BELTRAN: To protest at the Texas Capitol, Curts is getting help from her friend, Travis Cantwell.',
      "TRAVIS CANTWELL: Teachers don't get the respect they deserve, and I think that education is No. 1.",
      'MARTINEZ-BELTRAN: The idea of getting plumbers involved came from the American Federation of Teachers.',
      "ZEPH CAPO: They do believe in public education enough.",
    );
    const turns = b.claims.filter((c) => c.cue === ':');
    expect(turns.map((c) => c.speaker)).toEqual(['Rosie Curts', 'Travis Cantwell', 'ZEPH CAPO']);
    expect(turns.every((c) => c.kind === 'direct')).toBe(true);
    // A television host whose label names the network asks; the guest answers.
    const tv = await claimsBrief(
      'State of the Union: Interview with Senator Amy Klobuchar',
      'JAKE TAPPER, CNN HOST: Welcome back to STATE OF THE UNION. Joining me now is Democratic Senator Amy Klobuchar of Minnesota. Senator, thanks for joining us.',
      'SEN. AMY KLOBUCHAR (D-MN): Thanks, Jake.',
      'TAPPER: The House passed the border bill on Thursday. Will the Senate take it up?',
      'KLOBUCHAR: I think we have to. I have talked to my colleagues on both sides, and we believe there is a path.',
      'TAPPER: The vote is set for next week in the Senate.',
      'KLOBUCHAR: I understand that, but I think we need to act. We cannot wait another year.',
    );
    expect(tv.claims.filter((c) => c.cue === ':').map((c) => c.speaker)).not.toContain('TAPPER');
  });

  it("gives the answer to the one answering, and the interviewer's question is no claim", async () => {
    const b = await brief(
      'An interview\n\nGray Brooks recently chatted with Ryan Day, who leads the agency\'s API strategy, about the new standards.\n\nGray Brooks: What problem were you solving with this initiative?\n\nRyan Day: We wanted to define what a high quality API is for every team at the agency.\n',
      { parts: ['claims'] },
    );
    const attributed = b.claims.filter((c) => c.kind !== 'factual');
    expect(attributed.filter((c) => c.cue === ':').map((c) => c.speaker)).toEqual(['Ryan Day']);
  });
});
