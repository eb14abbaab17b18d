import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { analyse } from '../../src/nlp/wink.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import type { AnnotatedArticle } from '../../src/types.js';

const annotated = (text: string): AnnotatedArticle => annotate(parse(sourceFromText(text, 'test')));
/** A text's sentences as `analyse` splits it. */
const sentencesOf = (text: string): string[] => analyse(text, 0, text.length).sentences.map((s) => text.slice(s.start, s.end));

describe('wink adapter', () => {
  it('rebuilds exact offsets for tokens and sentences inside a larger text', () => {
    const text = 'xx  He said “it’s $5.2 billion” — about 20% more.  U.S.-China talks (in Beijing) continue. yy';
    const r = analyse(text, 4, text.length - 3);
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'He said “it’s $5.2 billion” — about 20% more.',
      'U.S.-China talks (in Beijing) continue.',
    ]);
    for (const s of r.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(r.entities.map((e) => [text.slice(e.start, e.end), e.type])).toEqual([
      ['$5.2 billion', 'money'],
      ['about 20%', 'percent'],
    ]);
  });

  it('joins what wink splits off after a quotation, a party label or the initials of "U.S."', () => {
    const cases = [
      '“Is she ready to hear questions about it?” he said.',
      'Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord.',
      'Their proximity to the border and Jordanian-U.S. joint military operations protect them.',
      // Market codes: Reuters' " .DJI" and a ticker in parentheses.
      'The Dow Jones Industrial Average .DJI fell 102.2 points and the S&P 500 .SPX lost 1.85 points.',
      'Shares of Apple Inc (AAPL.O) rose 2% on Monday.',
      // A decimal written without its zero.
      'The Steelers lost to teams eight games under .500 through nine or more games.',
      // A degree wink splits after its first part.
      'He is pursuing a Ph.D. in criminology at Washington State University.',
      // A decimal glued to a currency code wink reads as a word.
      'The cost of the trips was RM6.162 million, and the rest RM4.5 million.',
      // A name a full stop joins to a number; an abbreviation a number follows; a dash glued to an exclamation.
      'We ran it on 32 vCPUs (AWS c6i.8xlarge equivalent) with 64 GB of memory.',
      'Company Size: Approx. 290 employees across four offices.',
      'Weight: 4 lbs. 10 oz to 4 lbs. 13 oz for the whole pack.',
      "We'll send you useful—and sassy!—wedding planning emails.",
      // A macro's call in a programming guide.
      'The code calls println!("{}", s) to print the string, so the println!() macro is used everywhere.',
    ];
    for (const text of cases) expect(sentencesOf(text)).toEqual([text]);
    // A possessive typed with an opening mark is a possessive, and its word stays whole.
    const typed = 'Travis Kelce‘s mom confirmed it.';
    const tokens = analyse(typed, 0, typed.length).sentences[0]!.tokens;
    expect(tokens.map((t) => typed.slice(t.start, t.end))).toEqual(['Travis', 'Kelce', '‘s', 'mom', 'confirmed', 'it', '.']);
    // A real boundary stays one.
    const two = 'The talks ended on Friday. He said they would resume.';
    expect(analyse(two, 0, two.length).sentences).toHaveLength(2);
    const initial = 'He met Mr. Lee. D. Smith came later.';
    expect(analyse(initial, 0, initial.length).sentences).toHaveLength(2);
    for (const shout of ['We won! (And then we lost the next game.)', 'We won!(And then we lost the next game.)', 'Thank you!(1) The first note follows.']) expect(analyse(shout, 0, shout.length).sentences, shout).toHaveLength(2);
    const pounds = 'He lost 10 lbs. Then he ran a marathon.';
    expect(analyse(pounds, 0, pounds.length).sentences).toHaveLength(2);
    const weeks = 'She weighed just 5 lbs. 2 weeks later she had doubled it.';
    expect(analyse(weeks, 0, weeks.length).sentences).toHaveLength(2);
    const counted = 'The team finished at 9-8. 500 fans watched.';
    expect(analyse(counted, 0, counted.length).sentences).toHaveLength(2);
    const version = 'They bought 300 of the model B2. 40 more came later.';
    expect(analyse(version, 0, version.length).sentences).toHaveLength(2);
    expect(analyse(counted, 0, counted.length).sentences).toHaveLength(2);
    const closed = 'The index rose (slightly). Traders said little.';
    expect(analyse(closed, 0, closed.length).sentences).toHaveLength(2);
    // A plural title goes with the names after it; a name ending a sentence does not.
    const titled = 'They will cross party lines. Sens. Joe Manchin and Jon Tester agreed. It was a win for Mr. Smith. Then he left.';
    expect(sentencesOf(titled)).toEqual([
      'They will cross party lines.',
      'Sens. Joe Manchin and Jon Tester agreed.',
      'It was a win for Mr. Smith.',
      'Then he left.',
    ]);
    // A word that is also a day's abbreviation ends its sentence in lower case; a name's "!" does not.
    const sun = 'Mars is the fourth planet from the sun. Befitting the red planet, it is cold. The show aired on the E! Network. It was a hit.';
    expect(sentencesOf(sun)).toEqual([
      'Mars is the fourth planet from the sun.',
      'Befitting the red planet, it is cold.',
      'The show aired on the E! Network.',
      'It was a hit.',
    ]);
    // Nor after a title's "!" before a word in lower case, or inside a web address written with capitals.
    const film = 'Deaf President Now! chronicles the 1988 protests. It won praise! Critics agreed. Earth.Org explores how each can help. Fans.A new show opened. It was a blowout! eBay said traffic rose. The firm cut its unit.AI tools will handle calls.';
    expect(sentencesOf(film)).toEqual([
      'Deaf President Now! chronicles the 1988 protests.',
      'It won praise!',
      'Critics agreed.',
      'Earth.Org explores how each can help.',
      'Fans.',
      'A new show opened.',
      'It was a blowout!',
      'eBay said traffic rose.',
      'The firm cut its unit.',
      'AI tools will handle calls.',
    ]);
    // A capital letter ends its sentence before a word that opens one, or glued to a number; an initial
    // does not, nor a short abbreviation before a word in lower case.
    const letters = 'The body makes vitamin D. And too much sun is a risk. Bring designs to life in 3D. Work with audio too. The film stars Michael J. Fox and Lea Thompson. The report gives market sizing, incl. forecasts and shares.';
    expect(sentencesOf(letters)).toEqual([
      'The body makes vitamin D.',
      'And too much sun is a risk.',
      'Bring designs to life in 3D.',
      'Work with audio too.',
      'The film stars Michael J. Fox and Lea Thompson.',
      'The report gives market sizing, incl. forecasts and shares.',
    ]);
    // (A sentence that opens in lower case after one ending on a short word is its own: "eBay", "iRobot"; nor is "In" after an initial.)
    expect(sentencesOf('Investors cheered the news. eBay said it expects more. Rep. Kim J. In of New Jersey spoke.')).toEqual(['Investors cheered the news.', 'eBay said it expects more.', 'Rep. Kim J. In of New Jersey spoke.']);
    // So does a unit glued to its number ("70g."), before a capital.
    const grams = 'The wired ones weigh less than 70g. We broke them down by category. It weighs just 36g. If speed matters, buy it.';
    expect(sentencesOf(grams)).toEqual([
      'The wired ones weigh less than 70g.',
      'We broke them down by category.',
      'It weighs just 36g.',
      'If speed matters, buy it.',
    ]);
    // Nor at an exclamation inside a parenthesis.
    const paren = 'Below are the honorees, from the newcomers (Bridges! Yamada!) to the heavy hitters. It was a big year! Everyone cheered.';
    expect(sentencesOf(paren)).toEqual([
      'Below are the honorees, from the newcomers (Bridges! Yamada!) to the heavy hitters.',
      'It was a big year!',
      'Everyone cheered.',
    ]);
    // (Not before a name: "a 16oz. Starbucks latte"; and a long run of marks in a parenthesis is read once.)
    const latte = 'A 16oz. Starbucks latte now costs more, and a 10lb. Butterball turkey is up 12 percent.';
    expect(analyse(latte, 0, latte.length).sentences).toHaveLength(1);
    const wows = `(${'Wow! '.repeat(20_000)})`;
    const started = Date.now();
    analyse(wows, 0, wows.length);
    expect(Date.now() - started).toBeLessThan(15_000);
    const bang = 'Signs read: Vote yes on Measure B! Polls open at 7am. She sold the company to Yahoo! The deal was worth 30 million dollars.';
    expect(analyse(bang, 0, bang.length).sentences).toHaveLength(4);
    // An abbreviation a number follows goes on ("reg. $1,799"); the sentence after it still starts apart.
    const reg = 'Bring home a MacBook Pro for just $429.99 (reg. $1,799) while supplies last. The deal ends on Friday.';
    expect(sentencesOf(reg)).toEqual([
      'Bring home a MacBook Pro for just $429.99 (reg. $1,799) while supplies last.',
      'The deal ends on Friday.',
    ]);
  });

  it('reads a run of hundreds of characters without a space in pieces, each token still the text at its offsets', () => {
    const text = `The council met on Monday. ${'x'.repeat(2000)} It approved the budget.`;
    const tokens = analyse(text, 0, text.length).sentences.flatMap((s) => s.tokens);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    expect(tokens.filter((t) => /^x+$/.test(t.text)).every((t) => t.text.length <= 64)).toBe(true);
    expect(tokens.some((t) => t.text === 'budget')).toBe(true);
  });

  it('keeps a heading as one sentence when asked', () => {
    const text = 'Dr. Who Returns. A Second Part';
    expect(analyse(text, 0, text.length, true).sentences).toHaveLength(1);
  });
});

describe('annotate', () => {
  const a = annotated(
    'A Headline About Mr. Smith\n\nThe first paragraph has two sentences. It ends here.\n\nA Section Heading\n\n1. Label One – The item body says something. And more.\n',
  );

  it('gives headings, labels and list bodies their own sentences and roles', () => {
    expect(a.sentences.map((s) => [s.role, s.text])).toEqual([
      ['title', 'A Headline About Mr. Smith'],
      ['body', 'The first paragraph has two sentences.'],
      ['body', 'It ends here.'],
      ['heading', 'A Section Heading'],
      ['list-label', 'Label One'],
      ['list-item', 'The item body says something.'],
      ['list-item', 'And more.'],
    ]);
    expect(a.sentences.map((s) => s.inBlock)).toEqual([0, 0, 1, 0, 0, 0, 1]);
  });

  it('keeps a quoted question and the name and reporting verb after it in one sentence', () => {
    const q = annotated('Afghanistan\n\n“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he steers his car. “Is it true?” Asked Smith, nobody answered. “Go!” The crowd ran.\n');
    const texts = q.sentences.map((s) => s.text);
    expect(texts).toContain('“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he steers his car.');
    // (Not a capital that opens a sentence of its own, with no reporting verb after the name.)
    expect(texts).toContain('“Go!”');
    expect(texts).toContain('The crowd ran.');
    // (Not after a sentence that holds the question with its own speaker.)
    const asked = annotated('Budget\n\nSpeaking to the crowd, Mayor Paul White asked, “Where did the money go?” Police Chief John Smith said the money was never found.\n');
    expect(asked.sentences.map((s) => s.text)).toContain('Police Chief John Smith said the money was never found.');
  });

  it('points every sentence, token and mention into the text', () => {
    const { text } = a.article;
    for (const s of a.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('figures', () => {
  it('takes no number inside a capitalised code ("5G", "COP30") for a figure, and keeps money and counts', () => {
    const a = annotated('A Headline About Phones\n\nThe firm builds 5G networks, sold $20bn of bonds and 3 million phones, and will speak at COP30.\n');
    const values = a.mentions.filter((m) => m.type === 'cardinal' || m.type === 'money').map((m) => [m.text, m.type]);
    expect(values).toEqual([
      ['$20bn', 'money'],
      ['3 million', 'cardinal'],
    ]);
    // A number before a unit is a figure.
    const units = annotated('A Headline About Power\n\nThe firm built a 500MW solar farm and sold 4GB phones.\n');
    expect(units.mentions.filter((m) => m.type === 'cardinal').map((m) => m.text)).toEqual(['500', '4']);
  });

  it('takes no unit of time set in capitals inside a name for a duration ("Memorial Day", "Person of the Year"), and keeps the days', () => {
    const a = annotated('Trip\n\nPack for your Memorial Day weekend. Time named her Person of the Year. On Monday the council met again.\n');
    expect(a.mentions.filter((m) => m.type === 'duration' || m.type === 'date').map((m) => m.text)).toEqual(['Monday']);
  });

  it('takes the verb "may" and a bare "fall" for no date, and keeps the month', () => {
    const a = annotated('Coffee\n\nResearchers believe this may be connected to insulin. Babies fall asleep faster. The law passed in May 2025.\n');
    expect(a.mentions.filter((m) => m.type === 'date').map((m) => m.text)).toEqual(['May 2025']);
    // (A season that says when stays a date.)
    const seasons = annotated('Stadium\n\nThe stadium will open in spring 2027, and the army may resume its offensive in spring.\n');
    expect(seasons.mentions.filter((m) => m.type === 'date').map((m) => m.text)).toEqual(expect.arrayContaining([expect.stringContaining('spring 2027'), 'spring']));    // (Nor a day's abbreviation in lower case, the word it is: "better than sun."; "Sun. 5 May" stays.)
    const sun = annotated('Plants\n\nThe prayer plant tolerates low light better than sun. We met on Sun. 5 May to plan the garden.\n');
    expect(sun.mentions.filter((m) => m.type === 'date').map((m) => m.text)).not.toContain('sun.');
  });

  it('takes no "zero" or "one" joined to a word by a hyphen for a figure ("zero-waste", "one-time"), and keeps a count so joined', () => {
    const a = annotated('Waste at home\n\nA zero-waste home starts with a one-time audit after a four-game streak of bad habits.\n');
    expect(a.mentions.filter((m) => m.type === 'cardinal').map((m) => m.text)).toEqual(['four']);
  });

  it('reads a magnitude after a hyphen as part of the figure ("$670-billion"), not a cardinal of its own', () => {
    const a = annotated('Russia debt\n\nRussia owes $670-billion to foreigners, and the fund has sold €180-billion in bonds.\n');
    expect(a.mentions.filter((m) => m.type === 'cardinal' || m.type === 'money').map((m) => [m.text, m.type])).toEqual([
      ['$670-billion', 'money'],
      ['€180-billion', 'money'],
    ]);
  });
});

describe('names (trained recogniser)', () => {
  const names = (text: string): string[][] =>
    annotated(text)
      .mentions.filter((m) => ['person', 'organization', 'place', 'other'].includes(m.type))
      .map((m) => [m.text, m.type]);

  it.each([
    ['Chinese President Xi Jinping met Jack Ma in Beijing on Monday.', [['Xi Jinping', 'person'], ['Jack Ma', 'person'], ['Beijing', 'place']]],
    ['According to The Wall Street Journal, Alibaba’s shares rose.', [['The Wall Street Journal', 'organization'], ['Alibaba', 'organization']]],
    ['Tensions with the U.S. and European Union remain.', [['U.S.', 'place'], ['European Union', 'organization']]],
    ['Russian oil firm Yukos has sued gas giant Gazprom.', [['Russian', 'other'], ['Yukos', 'organization'], ['Gazprom', 'organization']]],
    ['In Houston, bankruptcy Judge Letitia Clark will start a hearing.', [['Houston', 'place'], ['Letitia Clark', 'person']]],
    ['Lady Gaga took 50 selfies for the new campaign, and Lady Smith said so.', [['Lady Gaga', 'person'], ['Smith', 'person']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not tag title-case heading words that are not names', () => {
    const found = names('A New Era of Tech Industry Growth\n\nThe sector grew fast last year, officials in Beijing said.\n');
    expect(found).toEqual([['Beijing', 'place']]);
  });

  it('keeps a heading name that the body names too', () => {
    const found = names('Why Alibaba Matters\n\nAlibaba is one of the largest companies in China.\n');
    expect(found.filter(([n]) => n === 'Alibaba')).toHaveLength(2);
  });
});
