import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { rank, select, isDependent, share, weightsFor } from '../../src/extract/summary/index.js';
import { computeSignals } from '../../src/extract/summary/signals.js';
import { BRIEF_SHARE, BRIEF_WEIGHTS, FULL_SHARE, FULL_WEIGHTS, OFF_LEAD_WEIGHTS, teaser } from '../../src/data/summary.js';
import { aliasKey } from '../../src/extract/coreference.js';
import { TEXT_GENRES, signalledGenre, type GenreModel } from '../../src/extract/genre.js';
import type { AnnotatedArticle, Brief, BriefOptions } from '../../src/types.js';
import { expectGrounded } from '../helpers.js';

const annotated = (text: string): AnnotatedArticle => annotate(parse(sourceFromText(text, 'test')));
const briefOf = (text: string, options: BriefOptions = {}): Brief => extract(annotated(text), options);

const STORY = [
  'Council Approves New Park Plan',
  '',
  'The city council approved a plan on Tuesday to build a large park on the old rail yards in the east of the city.',
  'It will cost about $40 million and open in 2027, officials said.',
  '',
  'The park will include playgrounds, a lake and six miles of walking trails for residents.',
  'However, some residents said the money should go to schools instead of parks.',
  '',
  'Mayor Jane Porter said the park would "change the east side for a generation" and bring new business.',
  'According to the planning department, construction could begin next year.',
].join('\n');

describe('summary', () => {
  it('honours the sentence budget and returns document order', () => {
    const b = briefOf(STORY, { sentences: 2 });
    expect(b.summary).toHaveLength(2);
    expect(b.summary.map((s) => s.start)).toEqual([...b.summary.map((s) => s.start)].sort((x, y) => x - y));
  });

  it('honours a word budget', () => {
    const b = briefOf(STORY, { words: 30 });
    const words = b.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    expect(b.summary.length).toBeGreaterThanOrEqual(1);
    expect(words).toBeLessThanOrEqual(30 + 5);
  });

  it('honours a ratio', () => {
    expect(briefOf(STORY, { ratio: 1 }).summary.length).toBe(briefOf(STORY, { sentences: 100 }).summary.length);
  });

  it('never takes a dependent sentence without the one before it', () => {
    for (let n = 1; n <= 6; n++) {
      const b = briefOf(STORY, { sentences: n });
      const chosen = new Set(b.summary.map((s) => s.index));
      for (const s of b.summary) {
        const sentence = annotated(STORY).sentences[s.index]!;
        if (isDependent(sentence)) expect(chosen.has(s.index - 1), `${n}: ${s.text}`).toBe(true);
      }
    }
  });

  it('reads a pronoun subject after an opening phrase as dependent, and a named one as not', () => {
    const text = 'Story\n\nThe beaches were full on Sunday. Like millions of Chinese, they are making their first trip to the coast. Like millions of Chinese, the Lis are making their first trip. After the storm, she said the town was safe.\n';
    const [, like, named, after] = annotated(text).sentences.filter((s) => s.role === 'body');
    expect(isDependent(like!)).toBe(true);
    expect(isDependent(named!)).toBe(false);
    expect(isDependent(after!)).toBe(true);
  });

  it('in a brief, takes a sentence opening on a pronoun only right after the lede', () => {
    // Wire copy without a headline: the brief is the lead (leadIsStory), and the guard picks within it.
    const lines = [
      'A winter storm closed every port along the northern coast on Monday and stranded dozens of cargo ships.',
      'It brought winds of more than 100 kilometres an hour to the harbour towns.',
      'The coast guard ordered all fishing boats to stay in harbour until Thursday at the earliest.',
      'They will lose about a week of work at the busiest time of the year.',
      ...Array.from({ length: 8 }, (_, k) => `Residents of harbour town number ${k + 1} filled sandbags along the sea wall all afternoon.`),
    ];
    const text = lines.join('\n');
    const sentences = annotated(text).sentences;
    const picked = (n: number): string[] => briefOf(text, { sentences: n }).summary.map((s) => sentences[s.index]!.text.split(' ')[0]!);
    // "It …" right after the lede stays; "They …" after the third sentence is passed over for the next.
    expect(picked(3)).toEqual(['A', 'It', 'The']);
    expect(picked(4)).toEqual(['A', 'It', 'The', 'Residents']);
  });

  it('in a brief, passes over a sentence under ten words for the one after it', () => {
    // Wire copy without a headline: the brief is the lead (leadIsStory), and the guard picks within it.
    const lines = [
      'The retailer raised its full-year profit forecast on Tuesday after sales in its home market beat expectations.',
      'The company now expects earnings of about $3.10 a share, up from $2.90, on revenue of $14 billion.',
      'Analysts welcomed the higher forecast.',
      'Shares in the retailer rose 6 percent in early trading in New York, their biggest one-day gain this year.',
      ...Array.from({ length: 8 }, (_, k) => `Store number ${k + 1} in the northern region reported higher sales of garden furniture this spring.`),
    ];
    const text = lines.join('\n');
    const sentences = annotated(text).sentences;
    expect(briefOf(text, { sentences: 3 }).summary.map((s) => sentences[s.index]!.text.split(' ')[0]!)).toEqual(['The', 'The', 'Shares']);
  });

  it('never picks headings, titles or fragments', () => {
    const b = briefOf(STORY, { sentences: 100 });
    for (const s of b.summary) {
      const role = b.sentences[s.index]!.role;
      expect(['body', 'quote', 'list-item']).toContain(role);
      expect(s.text.split(/\s+/).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('skips closing plugs', () => {
    const ranked = rank(annotated('Some Headline Here\n\nA sentence of the story that matters a lot to readers.\n\nFor more insights on the topic, visit our partner site today.\n'));
    expect(ranked.find((r) => r.sentence.text.startsWith('For more'))!.eligible).toBe(false);
    const more = rank(annotated('Some Headline Here\n\nA sentence of the story that matters a lot to readers.\n\nExplore a larger collection of her animated projects on Instagram and Vimeo.\n\nCheck out the full list of winners on the festival site.\n'));
    expect(more.find((r) => r.sentence.text.startsWith('Explore'))!.eligible).toBe(false);
    expect(more.find((r) => r.sentence.text.startsWith('Check out'))!.eligible).toBe(false);
    expect(more.find((r) => r.sentence.text.startsWith('Check out'))).toBeDefined();
    // A call to read on elsewhere, however it opens; a story's "be sure to" is none.
    const calls = rank(annotated('Some Headline Here\n\nA sentence of the story that matters a lot to readers.\n\nBe sure to check out the rest of the DIY Housewives’ projects below!\n\nIf you liked hearing about my debt-free journey make sure to check out “How to Become a Badass with Your Money!”\n\nBelow you’ll find our in-depth coverage of each of the best workout earbuds.\n\nBe sure to lock your doors at night, police said after the burglaries.\n'));
    expect(calls.filter((r) => r.eligible && /^(?:Be|If|Below)/.test(r.sentence.text)).map((r) => r.sentence.text.slice(0, 12))).toEqual(['Be sure to l']);
    // …and the text announcing itself: "In this API documentation guide, we’ll cover …", "The article provides …".
    const self = rank(annotated('Some Headline Here\n\nIn this API documentation guide, we’ll cover the basics of how to document APIs and the different types of documentation.\n\nIn this blog post, we’re going to highlight some of the key applications of AI in healthcare today.\n\nThe article provides practical steps to create smart strategies for saving money.\n\nHere you’ll discover the 16 best clothing subscription boxes in 2025.\n\nIn this market, we are going to see prices rise by 5% next year, the bank said.\n'));
    expect(self.filter((r) => r.eligible).map((r) => r.sentence.text.slice(0, 14))).toEqual(['In this market']);
    // A spoiler warning is no summary sentence; a sentence about spoilers is.
    const spoilers = rank(annotated('Some Headline Here\n\nWarning: This article contains spoilers from Rebel Moon — Part One: A Child of Fire.\n\nThe director says this article contains spoilers in its title.\n\nThe sequel opens in April, the studio said on Monday.\n'));
    expect(spoilers.find((r) => r.sentence.text.startsWith('Warning'))!.eligible).toBe(false);
    expect(spoilers.find((r) => r.sentence.text.startsWith('The director'))!.eligible).toBe(true);
  });

  it('skips a shoot\u2019s credit lines and a plug to share or subscribe', () => {
    const credits = rank(annotated('Going Gray\n\nThis season, designers updated a classic color for the fall collections in Milan.\n\nBlazer and vest by Ermenegildo Zegna Couture.\n\nGrooming by Martin-Christopher Harper at Platform.\n\nShare this with all of your girlfriends by clicking the Share button below.\n\nFor the full story and more photos, subscribe now and get the digital edition immediately.\n\nThe plan was approved by Congress after a long debate.\n\nProduced by the Congressional Budget Office, the report estimates that the deficit will reach a record.\n'));
    expect(credits.filter((r) => r.eligible).map((r) => r.sentence.text.slice(0, 12))).toEqual(['This season,', 'The plan was', 'Produced by ']);
  });

  it('skips a release\u2019s legal boilerplate', () => {
    const legal = rank(annotated('Crown Equity launches video site\n\nCrown Equity Holdings launched a video-sharing website on Monday for small businesses.\n\nPotential investors should seek independent information and advice before investing.\n\nCrown Equity Holdings, Inc. does not approve or endorse the content of third-party websites.\n\nThe site will add live video next year, the company said.\n'));
    expect(legal.filter((r) => /investors|endorse/.test(r.sentence.text)).map((r) => r.eligible)).toEqual([false, false]);
    expect(legal.find((r) => r.sentence.text.startsWith('The site'))!.eligible).toBe(true);
    // A site's disclaimer of advice or of views, a copyright credit; not a story about advice.
    const disclaimers = rank(annotated('Nonprofit transparency guide\n\nWhole Whale does not publicly offer or claim to offer financial and/or legal advice.\n\nAny opinions expressed do not reflect the views of Dictionary.com.\n\nDefinitions from Dictionary.com Unabridged, based on the Random House Unabridged Dictionary, © Random House, Inc. 2023.\n\nThe charity does not offer legal help to tenants, its director said on Monday.\n'));
    expect(disclaimers.filter((r) => r.eligible).map((r) => r.sentence.text.slice(0, 11))).toEqual(['The charity']);
    // (A story's sentence that reports one is no disclaimer; a copyright sign without a year is no credit.)
    const reported = rank(annotated('Clinic opens\n\nThe clinic does not offer legal advice, the lawyer who runs it said on Monday.\n\nThe views expressed in the leaked memo do not reflect the views of the department, a spokesman said.\n\nThe city logo, marked © Disney in an old mural, was painted over last week.\n'));
    expect(reported.filter((r) => r.sentence.role === 'body').every((r) => r.eligible)).toBe(true);
  });

  it("skips a feed's footer and a notice of the next issue, not a story's watch", () => {
    const feed = rank(annotated('Advanced Guide to Product Reviews\n\nOptimizing review data can enhance credibility and improve search rankings for online stores.\n\nThe post Advanced Guide to Product Reviews Integration and Optimization for eCommerce appeared first on WordLift Blog.\n\nWatch for the Spring 2024 issue of HBK Nonprofit Solutions newsletter, coming soon to your inbox.\n\nWatch for the storm to reach the coast by Friday, forecasters said.\n'));
    expect(feed.filter((r) => r.eligible).map((r) => r.sentence.text.slice(0, 12))).toEqual(['Optimizing r', 'Watch for th']);
    expect(feed.find((r) => r.sentence.text.startsWith('Watch for the storm'))!.eligible).toBe(true);
    const news = rank(annotated('Council notes\n\nThe post office closure appeared first on the council agenda in March, officials said.\n\nWatch for the next issue of the council newsletter, the mayor said on Monday.\n'));
    expect(news.filter((r) => r.sentence.role === 'body').every((r) => r.eligible)).toBe(true);
  });

  it("skips a shopping list's buy line and a data line of labelled fields", () => {
    const buy = rank(annotated('Winter Products\n\nA milk frother turns your boring old coffee into a drink from a coffee shop.\n\nGet it from Amazon for $11.99+ (available in 21 colors).\n\nGet them from Nordstrom (available in sizes 6–11) or Cougar Shoes (available in 12 colors) for $170.\n\nShoppers get it from the store for less than the list price, the retailer said.\n'));
    expect(buy.filter((r) => r.sentence.text.startsWith('Get')).map((r) => r.eligible)).toEqual([false, false]);
    expect(buy.find((r) => r.sentence.text.startsWith('Shoppers'))!.eligible).toBe(true);
    const fields = rank(annotated('Top Boxers\n\nTeofimo Lopez Jr. beat Josh Taylor in June to take the title.\n\nRecord: 19-1, 13 KOs Last fight: June 10 - W, UD12 vs. Josh Taylor Next fight: Feb. 8 vs. Jamaine Ortiz Previous ranking: No. 36\n\nHis promoter said: the next fight will be in Las Vegas.\n'));
    expect(fields.find((r) => r.sentence.text.startsWith('Record'))!.eligible).toBe(false);
    expect(fields.find((r) => r.sentence.text.startsWith('His promoter'))!.eligible).toBe(true);
    // Colons inside a quotation label nothing.
    const quoted = rank(annotated('Shutdown Looms\n\nCongress has until Friday to pass a spending bill.\n\nJones said: "My message to Congress: act now before the shutdown hits families."\n'));
    expect(quoted.find((r) => r.sentence.text.startsWith('Jones'))!.eligible).toBe(true);
  });

  it('skips teasers that announce what follows', () => {
    const ranked = rank(annotated("Jobs Report Beats Forecasts\n\nCanada added 88,000 jobs in May, the first big gain since November.\n\nHere's what economists had to say about the latest data and what it means for rates.\n\nThe following is being released jointly by two departments of the government.\n\nEconomists said the figures ended talk of a recession this year.\n"));
    expect(ranked.find((r) => r.sentence.text.startsWith('Here'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('The following'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('Economists said'))!.eligible).toBe(true);
    const here = rank(annotated('Nominees On Making History\n\nThe academy added a category for African music this year.\n\nHere, each of the nominees discuss the historic new category and what it means.\n\nHere, in the capital, the ceremony was held on Sunday night.\n'));
    expect(here.find((r) => r.sentence.text.startsWith('Here, each'))!.eligible).toBe(false);
    expect(here.find((r) => r.sentence.text.startsWith('Here, in the capital'))!.eligible).toBe(true);
    const lets = rank(annotated("Cardinal Sightings Explained\n\nSeeing a cardinal is a good omen to many bird lovers.\n\nLet's get into this further with animal communicator Ruthy Doolittle.\n\nLet's be honest: the birds are simply hungry in winter.\n"));
    expect(lets.find((r) => r.sentence.text.startsWith("Let's get"))!.eligible).toBe(false);
    expect(lets.find((r) => r.sentence.text.startsWith("Let's be honest"))!.eligible).toBe(true);
    // A signpost to the guide's own steps, whoever will take the reader through them; not a series' game.
    const guide = rank(annotated("Restoring Antique Furniture\n\nIn this guide, the experts at Old Crows Antiques will walk you through the steps of a restoration.\n\nIn this guide, you'll learn how to clean brass hardware.\n\nWe'll break down the essential components of a good finish.\n\nMost dealers agree that a poor refinish halves a piece's value.\n\nIn this series, the Yankees will look to bounce back from two losses.\n"));
    for (const start of ['In this guide, the experts', "In this guide, you'll", "We'll break"]) expect(guide.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(false);
    const more = rank(annotated("Git Basics\n\nGit stores snapshots, not changes.\n\nLet me walk you through the core Git operations you'll use daily.\n\nBefore we dive into Git specifically, let's talk about why version control exists at all.\n\nBy the end of this blog, you will have enough knowledge to use branches.\n\nSo in this video, I talk about just that.\n\nBy the end of this year, most teams will use Git, analysts say.\n"));
    for (const start of ['Let me walk', 'Before we dive', 'By the end of this blog', 'So in this video']) expect(more.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(false);
    expect(more.find((r) => r.sentence.text.startsWith('By the end of this year'))!.eligible).toBe(true);
    // (Someone's reported words are theirs, whatever their shape: "We'll take a closer look …, the minister said".)
    const reported = rank(annotated("Budget talks stall\n\nTalks over the budget stalled on Tuesday.\n\nWe'll take a closer look at the budget next week, the minister said.\n\nLet me walk you through what happened that night, the witness told the court.\n"));
    for (const start of ["We'll take", 'Let me walk']) expect(reported.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(true);
    expect(guide.find((r) => r.sentence.text.startsWith('Most dealers'))!.eligible).toBe(true);
    expect(guide.find((r) => r.sentence.text.startsWith('In this series'))!.eligible).toBe(true);
    // One that goes on to say it, or quotes someone, is no teaser.
    const says = rank(annotated("Jobs Report\n\nThe economy added jobs in May.\n\nLet's look at the numbers: unemployment fell to 3.5 percent in May.\n"));
    expect(says.find((r) => r.sentence.text.startsWith("Let's look"))!.eligible).toBe(true);
    // A list announced below, reasons promised and not given, an appeal for the reader's answer.
    const gifts = rank(annotated("Green Gifts for Gardeners\n\nFear not, for below is a list of green gifts that any gardener will appreciate.\n\nThere are lots of reasons why millennials are struggling financially.\n\nLet me know if there's any gift you would add to this list!\n\nThere are many reasons why the plan failed: costs rose and staff left.\n\nA good weeder lasts for decades if it is kept dry.\n"));
    for (const start of ['Fear not', 'There are lots', 'Let me know']) expect(gifts.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(false);
    const gifts2 = rank(annotated("Green Gifts for Gardeners\n\nFear not, for below is a list of green gifts that any gardener will appreciate.\n\nThere are lots of reasons why millennials are struggling financially.\n\nLet me know if there's any gift you would add to this list!\n\nThere are many reasons why the plan failed: costs rose and staff left.\n\nA good weeder lasts for decades if it is kept dry.\n\nLet me know, she wrote to her lawyer in a text later read out in court, whether the deal will go through.\n"));
    for (const start of ['There are many reasons', 'A good weeder', 'Let me know, she wrote']) expect(gifts2.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(true);
    // A blog's plan and its first step: "In this blog, we'll walk through …", "Let's begin by understanding …".
    const blog = rank(annotated("Introduction to Data Analysis\n\nIn this blog, we'll walk through what data analysis means and the tools it uses.\n\nLet's begin by understanding what data analysis is and how it differs from analytics.\n\nData analysis is the process of cleaning and modelling data to support decisions.\n\nLet's start by looking at the numbers: sales rose five percent.\n"));
    for (const start of ['In this blog', "Let's begin"]) expect(blog.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(false);
    const noting = rank(annotated("Wages and Prices\n\nLet us begin by noting that wages are now rising faster than prices for the first time in two years.\n\nMost households are slowly getting better off in real terms.\n"));
    expect(noting.find((r) => r.sentence.text.startsWith('Let us begin'))!.eligible).toBe(true);
    for (const start of ['Data analysis is', "Let's start by looking"]) expect(blog.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(true);
    // The plan of a guide's next sections, its aim, the help it promises, the example it carries.
    const plan = rank(annotated("Faster Postgres Queries\n\nIn this article, we aim to explore best practices for optimizing PostgreSQL queries.\n\nIn the following sections, we'll dive deeper into each of these strategies.\n\nWe'll also provide guidance on how to choose the right index for you.\n\nWe will follow this example throughout this handout.\n\nWe will provide funding to 40 schools next year, the trust said in March.\n\nIn the following weeks, we will cover the costs of the repairs.\n\nAn index on the filtered column cut the query from 9 seconds to 40 milliseconds.\n"));
    for (const start of ['In this article', 'In the following sections', "We'll also provide", 'We will follow']) expect(plan.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(false);
    for (const start of ['We will provide funding', 'In the following weeks', 'An index']) expect(plan.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(true);
    // (A review's look-alikes: an organisation's promises and plans are no signposts.)
    const promises = rank(annotated('Hospital Rules\n\nThe ministry published new rules for hospitals on Monday.\n\nWe will provide guidance to hospitals on the new rules by Friday.\n\nWe will stay focused throughout the series against India.\n\nIn the next review, we will look at pay for nurses.\n'));
    for (const start of ['We will provide guidance', 'We will stay focused', 'In the next review']) expect(promises.find((r) => r.sentence.text.startsWith(start))!.eligible).toBe(true);
    // The page's welcome: "If so, you've come to the right place!"; not what a speaker tells a crowd.
    const welcome = rank(annotated("Holiday Cleaning Deals\n\nA robot vacuum is on sale this week for half its usual price.\n\nIf you need a little help cleaning up after the holidays, you've come to the right place.\n\nYou have come to the right place, the mayor told the crowd.\n"));
    expect(welcome.find((r) => r.sentence.text.startsWith('If you need'))!.eligible).toBe(false);
    expect(teaser("Either way, you're in the right place because today's guide will help.")).toBe(true);
    expect(welcome.find((r) => r.sentence.text.startsWith('You have come'))!.eligible).toBe(true);
  });

  it("skips a question and a note on the article's making", () => {
    const ranked = rank(annotated('Ecologists Strive to Revive a Moth\n\nThis story was originally published in our Nov/Dec 2023 issue as "Moth to a Flame."\n\nThe entomologist first spotted the endangered moth on a warm night in 2005.\n\nHow did the moth survive the fires of the last decade?\n\nSaving its habitat could help bring the species back from the brink.\n'));
    expect(ranked.find((r) => r.sentence.text.startsWith('This story'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('How did'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('The entomologist'))!.eligible).toBe(true);
    expect(ranked.find((r) => r.sentence.text.startsWith('Saving'))!.eligible).toBe(true);
  });

  it("skips a newsroom's note on a change to the article", () => {
    const ranked = rank(annotated('The US Navy confronts a new Suez crisis\n\nEditor’s note (December 19th 2023): This leader was updated to reflect the growing number of countries that have joined the task force.\n\nFor the world to prosper, ships must reach their ports.\n\nCorrection: An earlier version of this article misstated the size of the fleet.\n\nThis article has been updated with comment from the navy.\n'));
    expect(ranked.find((r) => r.sentence.text.startsWith('Editor’s note'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('Correction'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('This article has been updated'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('For the world'))!.eligible).toBe(true);
    const more = rank(annotated('Prison staff protest\n\nCorrection, Jan. 5: An earlier version misstated the date.\n\nUpdate (Jan. 5, 2024, 3:15 p.m. ET): The protest has ended.\n\nCorrection officers at the state prison said: "We are tired."\n'));
    expect(more.find((r) => r.sentence.text.startsWith('Correction, Jan'))!.eligible).toBe(false);
    expect(more.find((r) => r.sentence.text.startsWith('Update ('))!.eligible).toBe(false);
    expect(more.find((r) => r.sentence.text.startsWith('Correction officers'))!.eligible).toBe(true);
  });

  it('skips a standfirst written as a headline before the story, not a caption line further in', () => {
    const html = '<html><body><article><h1>Two arrested after protest at West End play</h1><p>Hollywood legend escorted off stage after protesters climb up holding sign saying ‘over 1.5 degrees is a global shipwreck’</p><p>Two people have been arrested after protesters disrupted a performance of The Tempest on Monday night.</p><p>The actor was led off stage while the audience booed the two protesters, witnesses said.</p><p>The actor poses for a photo outside the theatre after the show on Monday as the two protesters are led away by police</p><p>Police said both would appear in court next month, and the theatre said the show would go on.</p></article></body></html>';
    const ranked = rank(annotate(parse(sourceFromText(html, 'test', { inputFormat: 'html' }))));
    expect(ranked.find((r) => r.sentence.text.startsWith('Hollywood'))!.eligible).toBe(false);
    expect(ranked.find((r) => r.sentence.text.startsWith('Two people'))!.eligible).toBe(true);
    expect(ranked.find((r) => r.sentence.text.startsWith('The actor poses'))!.eligible).toBe(true);
  });

  it('gives every sentence a score and explains the summary when asked', () => {
    const b = briefOf(STORY, { explain: true });
    expect(b.sentences.every((s) => typeof s.score === 'number')).toBe(true);
    const s = b.summary[0]!;
    const total = Object.values(s.signals!).reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(s.score, 3);
  });

  it("takes no sentence of a paragraph the writer set in parentheses, however many sentences it holds", () => {
    const text = [
      'The lean startup',
      '',
      '(Update April, 2011: In September, 2008 I wrote the following post on the term for the first time. I have left the original post unchanged and unedited. To learn more about the movement since then, click here.)',
      '',
      "I've been thinking for some time about a term that could describe the trends changing the startup landscape.",
      "After some trial and error, I've settled on the Lean Startup, and I like the term because it says what these companies do.",
      'Lean startups use open source, agile software and iterative development to keep their costs down from the first day.',
    ].join('\n');
    const b = briefOf(text, { sentences: 3 });
    expect(b.summary.some((s) => /Update April|unedited|click here/.test(s.text))).toBe(false);
  });

  it('briefs a page that passes on a quoted announcement from the quotation, not from the thanks under it', () => {
    const text = [
      '# Free online data science courses',
      '',
      '> The Sports Analytics Club Program has released the fifth edition of its online coursework catalog, with over 150 courses from top universities.',
      '>',
      '> Every course in the catalog is free to audit and comes with expert instruction, real-world applications and flexible pacing.',
      '',
      'Thanks to M Ahmadian for suggesting this resource to the department.',
    ].join('\n');
    const b = extract(annotate(parse(sourceFromText(text, 'test', { inputFormat: 'markdown' }))), { sentences: 1 });
    expect(b.summary.map((s) => s.text.slice(0, 30))).toEqual(['The Sports Analytics Club Prog']);
    // (A quotation in a story of the writer's own stays out of its brief.)
    expect(briefOf(`${STORY}\n\n> "We will build it," the mayor said.`).summary.some((s) => s.text.includes('We will build it'))).toBe(false);
  });

  it("gives a radio transcript's reporter's sentences without their label, and keeps a voice heard's", () => {
    const text = [
      'Plumbers are training as substitute teachers so teachers can protest a bill',
      '',
      'SERGIO MARTINEZ-BELTRAN, BYLINE: Hundreds of teachers gathered at the Texas Capitol on Saturday to protest a school vouchers bill.',
      '',
      'MARTINEZ-BELTRAN: Plumbers across the state are training as substitute teachers so that full-time teachers can take the day off to protest.',
      '',
      "TRAVIS CANTWELL: Teachers don't get the respect they deserve, and I think that education is the first thing we should fund.",
      '',
      'MARTINEZ-BELTRAN: The union says the coalition of teachers and plumbers will try to defeat the vouchers bill in the special session.',
    ].join('\n');
    const b = briefOf(text, { sentences: 10 });
    expectGrounded(b);
    expect(b.summary.map((s) => s.text.slice(0, 16))).toEqual(['Hundreds of teac', 'Plumbers across ', 'TRAVIS CANTWELL:', 'The union says t']);
    // The page's genre is read without the voices' "I" and "we": a news report, not a column.
    expect(b.genre).not.toBe('opinion');
  });

  it('a brief is the lead, minus captions: the sentence after a caption takes its place', () => {
    const text = [
      'A Storm Hits The Coast',
      '',
      'A storm hit the northern coast on Monday, flooding hundreds of homes and cutting power to thousands.',
      'Rescue teams (pictured) waded through water to reach stranded families in the town of Bay.',
      'Officials said the damage would take months to repair and cost millions of dollars.',
      'The weather service expects more rain this week across the whole region and beyond.',
    ].join('\n');
    const b = briefOf(text, { sentences: 2 });
    expect(b.summary.map((s) => s.text.slice(0, 12))).toEqual(['A storm hit ', 'Officials sa']);
  });

  it('a long summary weighs coverage: blends from brief to fitted weights by the share it keeps', () => {
    expect(weightsFor(0)).toEqual({ ...BRIEF_WEIGHTS });
    expect(weightsFor(1)).toEqual({ ...FULL_WEIGHTS });
    const mid = weightsFor((BRIEF_SHARE + FULL_SHARE) / 2);
    expect(mid.keywords).toBeCloseTo((BRIEF_WEIGHTS.keywords + FULL_WEIGHTS.keywords) / 2, 6);
    expect(FULL_WEIGHTS.keywords).toBeGreaterThan(FULL_WEIGHTS.position);
  });

  it('measures the share a summary keeps by sentences, words or ratio', () => {
    const signals = computeSignals(annotated(STORY));
    const candidates = signals.filter((s) => s.eligible).length;
    expect(share(signals, { sentences: 2 })).toBeCloseTo(2 / candidates, 6);
    expect(share(signals, { ratio: 0.25 })).toBe(0.25);
    expect(share(signals, { words: 100000 })).toBe(1);
  });

  it('returns nothing when there is nothing to summarise', () => {
    expect(select(rank(annotated('Only A Heading Here')), {})).toEqual([]);
  });
});

describe('claims', () => {
  const b = briefOf(STORY);

  it('finds "according to" with its source', () => {
    const c = b.claims.find((x) => x.cue === 'According to')!;
    expect(c.speaker).toBe('planning department');
    expect(b.text.slice(c.content.start, c.content.end)).toBe('construction could begin next year');
  });

  it('finds reported speech with the speaker and a mixed quote', () => {
    const c = b.claims.find((x) => x.text.startsWith('Mayor Jane Porter'))!;
    expect(c.speaker).toBe('Jane Porter');
    expect(c.cue).toBe('said');
    expect(c.kind).toBe('mixed');
  });

  it('finds inverted attribution and resolves a pronoun to the last person named', () => {
    const t = briefOf('Title Of A Story\n\nMayor Jane Porter opened the park. "This is a great day for the city," she said.\n');
    const c = t.claims.find((x) => x.cue === 'said')!;
    expect(c.speakerMention?.text).toBe('she');
    expect(c.speaker).toBe('Jane Porter');
    expect(c.kind).toBe('direct');
  });

  it('marks unattributed figures as factual claims', () => {
    const t = briefOf('Title Of A Story\n\nThe project cost $40 million, more than twice the original budget.\n');
    expect(t.claims[0]!.kind).toBe('factual');
    expect(t.claims[0]!.basis).toEqual(['figure', 'comparison']);
  });

  it('takes no passive with no source as a claim: "is expected to" is a forecast, not an attribution', () => {
    const t = briefOf('Title Of A Story\n\nChina is expected to accelerate its chip programme this year.\n');
    expect(t.claims.filter((c) => c.kind !== 'factual')).toEqual([]);
    expect(t.implications.map((i) => t.text.slice(i.start, i.end))).toEqual(['China is expected to accelerate its chip programme this year.']);
    const other = briefOf('Title Of A Story\n\nThe bridge was built by the city council in the spring of that year.\n');
    expect(other.claims.filter((c) => c.kind !== 'factual')).toEqual([]);
  });

  it('keeps a described source whole: a possessive before it, an organisation after its head noun', () => {
    const t = briefOf('Title Of A Story\n\nA spokesperson for the British Foreign Office said the policy had not changed. Her own research indicates that half of them left.\n');
    const claims = t.claims.filter((c) => c.kind !== 'factual');
    expect(claims.map((c) => c.speakerMention?.text)).toEqual(['A spokesperson for the British Foreign Office', 'Her own research']);
  });

  it('goes on with the source of the sentence before for an "it" or "they" that is no person', () => {
    const t = briefOf('Title Of A Story\n\nThe ministry said on Monday that the border would reopen. It added that trucks would wait.\n\nAnalysts said prices would fall. They say supply is rising.\n');
    const claims = t.claims.filter((c) => c.kind !== 'factual');
    expect(claims.map((c) => [c.speakerMention?.text, c.speaker])).toEqual([
      ['The ministry', 'ministry'],
      ['It', 'ministry'],
      ['Analysts', 'Analysts'],
      ['They', 'Analysts'],
    ]);
  });

  it('reads a "they" with no source before it as the group its sentence, or the one before, is about', () => {
    const t = briefOf('Title Of A Story\n\nSoldiers also cut 500 olive trees that they claimed were planted on state land.\n\nTony Manzara and Doug Johnson tested coated ice on a frozen pond. They found that the coated ice melted more slowly.\n\nThe heavy winds forced the company to scrap the launch. They hope to try again before the end of the year.\n');
    const speakers = new Map(t.claims.filter((c) => c.kind !== 'factual').map((c) => [t.text.slice(c.content.start, c.content.start + 12), c.speaker]));
    expect(speakers.get('were planted')).toBe('Soldiers');
    expect(speakers.get('the coated i')).toBe('Tony Manzara and Doug Johnson');
    // Winds hope for nothing: no speaker rather than a wrong one.
    expect(speakers.get('to try again')).not.toBe('heavy winds');
  });

  it('reads an "it" with no source before it as the organisation, place or document its sentence, or the one before, is about', () => {
    const t = briefOf('Title Of A Story\n\nStrava is now throwing its weight behind what it calls a family plan to entice sign-ups.\n\nSweden sent a brochure to every household this week. It tells people to keep enough cash for one week.\n\nPolice in Plymouth are at the scene, as it promised people will be dealt with robustly.\n');
    const speakers = new Map(t.claims.filter((c) => c.kind !== 'factual').map((c) => [t.text.slice(c.content.start, c.content.start + 12), c.speaker]));
    expect(speakers.get('a family pla')).toBe('Strava');
    expect(speakers.get('people to ke')).toBe('Sweden');
    // A place after a preposition is no subject.
    expect([...speakers.values()]).not.toContain('Plymouth');
    // The subject before an aside is the sentence's; a place named before is not what "it" means.
    const law = briefOf('Title Of A Story\n\nKansas passed a bill on abortion. The law, signed by Kansas Gov. Sam Brownback on Tuesday, bans what it describes as dismemberment abortion.\n');
    expect(law.claims.find((c) => c.cue === 'describes')?.speaker).toBe('law');
    // A person named in the sentence before is no "it".
    const person = briefOf('Title Of A Story\n\nJane Porter met the board on Monday. It vowed to use all legal means to stop the sale of the unit.\n');
    expect(person.claims.find((c) => c.cue === 'vowed')?.speaker ?? null).toBeNull();
  });
});

describe('implications', () => {
  it('takes the items of a list introduced by a cue, with labels and modality', () => {
    const b = briefOf('Title Of A Story\n\nThe shift could have big implications, including:\n\n1. More Trade – Exports could rise.\n2. Fewer Jobs – Some plants will close.\n');
    const listed = b.implications.filter((i) => i.kind === 'listed');
    expect(listed.map((i) => [i.label, i.modality])).toEqual([
      ['More Trade', 'could'],
      ['Fewer Jobs', 'will'],
    ]);
  });

  it('reads no month, noun or wire formula as a forecast or a cause', () => {
    const none = [
      'Inaugural speech, May, 1994.',
      'The country still burns fossil fuels in most of its power stations.',
      'They spoke on condition of anonymity because they were not authorized to talk to the media.',
      'The couple was arrested, produced before a court, and sent to jail.',
    ];
    for (const sentence of none) expect(briefOf(`A Story\n\n${sentence}\n`).implications.map((i) => i.cue), sentence).toEqual([]);
    // The verb still counts: "fueled a disruptive story".
    expect(briefOf('A Story\n\nRising rents fueled anger among young voters across the country.\n').implications.map((i) => i.cue)).toContain('fueled');
  });

  it('ignores a list that nothing introduces as implications', () => {
    const b = briefOf('Title Of A Story\n\nThe shop sells these fruits:\n\n- Apples from the north.\n- Pears from the south.\n');
    expect(b.implications.filter((i) => i.kind === 'listed')).toEqual([]);
    // Nor one whose paragraph names an effect before the sentence that introduces it.
    const planting = briefOf('Title Of A Story\n\nIncompatible vegetable groupings can stunt growth and negatively impact flavor. Some examples of compatible plantings are:\n\n- Tomatoes: Basil and other herbs, carrots, cucumbers, squash\n- Peppers: Basil, onions, okra\n');
    expect(planting.implications.filter((i) => i.kind === 'listed')).toEqual([]);
  });

  it('splits a stated cause and effect at the signal', () => {
    const b = briefOf('Title Of A Story\n\nThe ban on imports led to protests in the capital.\n');
    const i = b.implications[0]!;
    expect([i.cause?.text, i.signal?.text, i.effect?.text]).toEqual(['The ban on imports', 'led to', 'protests in the capital']);
  });

  it('takes a signal word only in its causal sense: not a schedule, "thus far", thanks given, or a place flown over', () => {
    const signals = (line: string): Array<string | undefined> => briefOf(`Title Of A Story\n\n${line}\n`).implications.map((i) => i.signal?.text.trim().toLowerCase());
    expect(signals('The flight was due to land in Singapore at 8.30am on Sunday.')).not.toContain('due to');
    expect(signals('Harris has taken two wickets thus far in the match at the ground.')).not.toContain('thus');
    expect(signals('The minister tweeted his thanks to the rescue teams on Monday night.')).not.toContain('thanks to');
    expect(signals('In the third incident, Malaysia Airlines Flight MH17 was shot down over Ukraine on July 17, killing all 298 people on board.')).not.toContain('over');
    expect(signals('The bank earned $39.7 billion in net income over those same two years.')).not.toContain('over');
    expect(signals('The match was cancelled due to heavy rain at the ground.')).toContain('due to');
    expect(signals('Hundreds of flights were cancelled on Friday due to air traffic control strikes in France.')).toContain('due to');
    expect(signals('Thousands of dock workers went on strike over 500 job cuts announced by the port.')).toContain('over');
  });

  it('records modality and horizon of forward-looking statements', () => {
    const b = briefOf('Title Of A Story\n\nThe company is expected to double its output by 2030.\n');
    expect(b.implications[0]!.modality).toBe('expected');
    expect(b.implications[0]!.horizon?.text).toBe('by 2030');
  });

  it('states a sentence the page prints twice once, at its first place', () => {
    const line = 'The company is expected to double its output by 2030, the chairman said.';
    const b = briefOf(`Title Of A Story\n\n${line}\n\nShares rose on Monday in quiet trading.\n\n${line}\n`);
    expect(b.implications.map((i) => i.start)).toEqual([b.text.indexOf(line)]);
    expect(b.claims.filter((c) => c.cue === 'said').map((c) => c.start)).toEqual([b.text.indexOf(line)]);
  });
});

describe('entities', () => {
  it.each([
    ['Alibaba’s', 'alibaba'],
    ['the U.S.', 'us'],
    ['U.S.', 'us'],
    ['The Wall Street Journal', 'wall street journal'],
  ])('alias key of %j is %j', (name, key) => {
    expect(aliasKey(name)).toBe(key);
  });

  it('lists no name joined to a participle ("Indian-controlled") among the names; the place it holds stays', () => {
    const b = briefOf('Schools close\n\nSchools closed in Indian-controlled Kashmir on Wednesday. A Philippine-garrisoned island was hit, and Iran-backed groups fired missiles.\n');
    const names = b.entities.map((e) => e.name);
    expect(names.filter((n) => /-/.test(n))).toEqual([]);
    expect(names).toContain('Kashmir');
  });

  it('merges a surname into the full name and ranks by salience', () => {
    const b = briefOf('Porter Wins Vote\n\nMayor Jane Porter won the vote in Springfield. Porter thanked voters. Porter said Acme Holdings would build the park.\n');
    const porter = b.entities.find((e) => e.name === 'Jane Porter')!;
    expect(porter.type).toBe('person');
    expect(porter.mentions.map((m) => m.text)).toEqual(['Porter', 'Jane Porter', 'Porter', 'Porter']);
    expect(b.entities[0]!.name).toBe('Jane Porter');
    expect(b.entities.every((e, i, all) => i === 0 || all[i - 1]!.salience >= e.salience)).toBe(true);
  });

  it('keeps every offset grounded', () => expectGrounded(briefOf(STORY)));

  it('keeps listed people and first-name-surname names people where 1996 contexts say otherwise', () => {
    const b = briefOf(
      'Clinton Wins Primary\n\nHillary Clinton won the primary on Tuesday, beating rival Bernie Sanders. ' +
        'He was silent during the Obama administration when the reset failed. Obama declined to send arms to Ukraine. ' +
        'Pepsi gained ground on rival Coca-Cola, and drug maker Novo Nordisk cut its prices.\n',
    );
    const typeOf = (name: string) => b.entities.find((e) => e.name === name)?.type;
    expect([typeOf('Hillary Clinton'), typeOf('Bernie Sanders'), typeOf('Obama')]).toEqual(['person', 'person', 'person']);
    // One listed person's mentions all agree: the history no longer carries a wrong first guess.
    expect(b.entities.find((e) => e.name === 'Obama')!.mentions).toHaveLength(2);
    // A descriptor still makes a single name an organisation.
    expect([typeOf('Coca-Cola'), typeOf('Novo Nordisk')]).toEqual(['organization', 'organization']);
  });

  it('reads names in table rows, which never become summary sentences, claims or implications', () => {
    const md = [
      '# Results of the council vote',
      '',
      'The council voted on the park plan on Tuesday night after a long debate about its cost.',
      '',
      '| Member | Vote | Said |',
      '|---|---|---|',
      '| Jane Porter | Yes | She said the park will change the east side for a generation because of the jobs. |',
      '| Sam Brown | No | He warned that the plan could lead to higher taxes. |',
    ].join('\n');
    const b = extract(annotate(parse(sourceFromText(md, 'vote.md', { inputFormat: 'markdown' }))));
    const rows = b.sections.flatMap((s) => s.blocks).find((x) => x.kind === 'table')!.rows!;
    const inRows = (x: { start: number }): boolean => rows.some((r) => x.start >= r.start && x.start < r.end);
    expect(b.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(['Jane Porter', 'Sam Brown']));
    expect(b.summary.some(inRows)).toBe(false);
    expect(b.claims.some(inRows)).toBe(false);
    expect(b.implications.some(inRows)).toBe(false);
    expectGrounded(b);
  });
});

describe('forecasts', () => {
  const stated = (sentence: string) => briefOf(`Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\n${sentence}\n`).implications.filter((i) => i.modality !== null).map((i) => i.modality);

  it('are not a tutorial narrating its steps, an instruction to the reader, a guess about what was or an idiom', () => {
    expect(stated('Later we’ll look at some of the things you need to think about with the iframe approach.')).toEqual([]);
    expect(stated('You’ll note that there’s no file extension on the image URL.')).toEqual([]);
    expect(stated('There are two models we have not tested, which we will mention at the end.')).toEqual([]);
    // "planning to" as a plan only after its auxiliary or a comma, not the noun.
    expect(stated('The application delivers economics-based planning to households as well as advisers.')).toEqual([]);
    expect(stated('More homeowners are planning to stay put next year.')).toEqual(['expected']);
    expect(stated('Reports suggest the couple is engaged and planning to marry soon.')).toEqual(['expected']);
    expect(stated('Tesla is reportedly planning to build a new plant in Mexico.')).toEqual(['expected']);
    expect(stated('The company cut prices, hoping to win back buyers in the spring.')).toEqual(['expected']);
    expect(stated('We’ll be frank; the thing we love most about the Leaf is that it is affordable.')).toEqual([]);
    expect(stated('Next year we will mention the program in the budget and fund it fully.')).toEqual(['will']);
    expect(stated('We will explain the new rules to provinces before the summer.')).toEqual(['will']);
    expect(stated('For outdoor wreaths, choose a ribbon that is strong, durable, and will make a high impact statement.')).toEqual([]);
    expect(stated('Say what you will about the rise of social, search still brings in more web visits.')).toEqual([]);
    expect(stated('She was likely the quickest packer of the thirty women in the house.')).toEqual([]);
    // Forecasts stay: "we'll go through another winter", a capitalised adjective or a compound before the modal, "was likely to".
    expect(stated('I don’t think we’ll go through a whole other winter without a win.')).toEqual(['will']);
    expect(stated('Live events could take place with restricted numbers and physical distancing.')).toEqual(['could']);
    expect(stated('Take-away outlets will no longer be discouraged from re-opening next month.')).toEqual(['will']);
    expect(stated('Expect prices to rise next year as the new rules will raise costs.')).not.toEqual([]);
    expect(stated('The bill was likely to pass the Senate by a wide margin.')).toEqual(['likely']);
    // A review of the round: a quoted commitment and a statement a discourse imperative frames are forecasts.
    expect(stated('"We will review the decision with our partners and we will cover the cost of any delays," said chief executive Ana Ruiz.')).toContain('will');
    expect(stated('Make no mistake, higher rates will hurt families across the country next year.')).toEqual(['will']);
    expect(stated('Keep in mind that mortgage rates will probably climb again next year.')).not.toEqual([]);
    // "over medium heat" is where a pan stands, no cause.
    expect(briefOf('Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\nCook the eggs over medium heat, without stirring, until the mixture begins to set on the bottom.\n').implications).toEqual([]);
  });

  it('are not past, counterfactual or a past inability', () => {
    expect(stated('The referee should have given a late penalty in the second half.')).toEqual([]);
    expect(stated('The suspect may have fired blanks during the robbery, police said.')).toEqual([]);
    expect(stated('The ministry could not provide details about the contract on Monday.')).toEqual([]);
    expect(stated('These little inconsistencies add up, and could’ve soured me on the game.')).toEqual([]);
    // A belief the article refutes foretells nothing; the article's own forecast after it does.
    expect(stated('One misconception is that intermittent fasting will make you lose too much muscle mass.')).toEqual([]);
    expect(stated('The biggest myth was that the new rules will raise prices for most families.')).toEqual([]);
    expect(stated('The myth that vaccines cause autism could cost lives this winter.')).toEqual(['could']);
    expect(stated('The myth persists, but the new rules will lower prices next year.')).toEqual(['will']);
    // A past modal in a clause a past-tense sentence subordinates: what was possible then.
    expect(stated('She spent the summer consuming everything else she could find online.')).toEqual([]);
    expect(stated('The study began when it could still be conducted in person.')).toEqual([]);
    expect(stated('A graduate who asked not to be named so they could speak freely described the mood.')).toEqual([]);
    expect(stated('Officials warned the bridge could close when it floods next year.')).toEqual(['could']);
    // A way that leads somewhere and the noun "results" are no causes.
    const cues = (sentence: string) => briefOf(`Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\n${sentence}\n`).implications.map((i) => i.cue);
    expect(cues('Once it found the oat flakes, it retreated along the path that led to the oats.')).toEqual([]);
    expect(cues('The effect shows up as longer concentration and better task results in experimental environments.')).toEqual([]);
    expect(cues('The storm led to flooding across the region.')).toEqual(['led to']);
    expect(cues('The change results in lower costs for families.')).toEqual(['results in']);
    expect(cues('Feature-Driven Development focuses on delivering results in small, client-valued pieces.')).toEqual([]);
    expect(cues('A higher yield results in lower prices for existing bonds.')).toEqual(['results in']);
    expect(cues('Another poor showing results in relegation for the club.')).toEqual(['results in']);
    // The noun "forecast" before its verb is no forecast cue; the verb is.
    expect(cues('A wet trail or rainy forecast may incline you to pack a heavier jacket.')).not.toContain('forecast may incline you to');
    expect(cues('Economists forecast unemployment to fall to 4.5% next year.')).toEqual(['forecast unemployment to']);
    // A cause one supports is no causal signal.
    expect(cues('Here are 25 non-profits and social causes you can support this year.')).toEqual([]);
    expect(cues('It links you with non-profits with causes ranging from animals to parks.')).toEqual([]);
    expect(cues('The driver was charged with causing death by dangerous driving.')).toEqual(['causing']);
    expect(cues('Heavy rain causes delays on the line every winter.')).toEqual(['causes']);
  });

  it('are not a release\u2019s legal boilerplate, and look to the deadline, not a year that dates a figure', () => {
    expect(stated('The actual results may differ materially from those stated in this newsletter.')).toEqual([]);
    expect(stated('The company will not be liable for any loss or damage caused by reliance on this information.')).toEqual([]);
    const b = briefOf('Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\nBIA/Kelsey has projected that social media advertising spending will hit close to $10 billion by year 2016 well up from $4.8 billion spent in 2012.\n');
    const i = b.implications.find((x) => x.modality === 'will')!;
    expect(b.text.slice(i.horizon!.start, i.horizon!.end)).toBe('by year 2016');
    // (Not when it was said: "…, the transport ministry said this week".)
    const rail = briefOf('Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\nThe new rail line will open in 2028, the transport ministry said this week.\n');
    const r = rail.implications.find((x) => x.modality === 'will')!;
    expect(rail.text.slice(r.horizon!.start, r.horizon!.end)).toBe('in 2028');
    // Legal news is no boilerplate.
    expect(stated('Under a new state law, carmakers will be held liable for any crash caused by a driver-assistance feature from next year.')).toEqual(['will']);
  });

  it('are not a past modal inside a condition or a modal inside a wish, but one after the condition is', () => {
    expect(stated('If I could ask him three questions, I would probably ask who his favourite kid is.')).toEqual([]);
    expect(stated('I wish that I could express to him how much he means to me.')).toEqual([]);
    expect(stated('If the talks fail, prices could rise by 10 percent next year.')).toEqual(['could']);
    expect(stated('Passengers who wish to travel will need a visa from 2025.')).toEqual(['will']);
    expect(stated("If approved the deal would create the world's largest copper producer by 2027.")).toEqual(['would']);
    // (A question about the future is one readers mark: "whether the 49ers will have anything to play for".)
    expect(stated('Potentially complicating things is whether the 49ers will have anything to play for in that final game.')).toEqual(['will']);
  });

  it('are not what someone once thought or found out ("He decided it could double as …")', () => {
    expect(stated('He decided it could double as a pop-up-ad blocker for the browser.')).toEqual([]);
    expect(stated('Page was convinced that Google could use a chief executive after all.')).toEqual([]);
    // Said, it is a forecast reported; thought now, a forecast too; a finding about the future too.
    expect(stated('The company said the new plant could open as soon as next year.')).toEqual(['could']);
    expect(stated('Analysts think prices could fall further next year.')).toEqual(['could']);
    expect(stated('The report concluded that the policy could cost 10,000 jobs by 2026.')).toEqual(['could']);
    expect(stated('It is understood the company could announce 500 job cuts next week.')).toEqual(['could']);
  });

  it('are not a wish set before its subject ("May he rest in peace.")', () => {
    expect(stated('“May he rest in peace.”')).toEqual([]);
    expect(stated('May God bless the families of the victims.')).toEqual([]);
    expect(stated('The new station may open next year, officials said.')).toEqual(['may']);
  });

  it('are not a project named "Project X", and their cue label ends on a whole word', () => {
    expect(stated('Project NETRA was publicly announced to help protect Indian satellites from debris.')).toEqual([]);
    expect(stated('Analysts project sales to rise next year after the merger.')).toEqual(['expected']);
    const cues = (sentence: string) => briefOf(`Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\n${sentence}\n`).implications.map((i) => i.cue);
    expect(cues('Officials expect traffic to rise sharply next year.')).toEqual(['expect traffic to']);
    expect(cues('I expect the software I experienced to change before launch.')).toEqual(['expect the software I experienced to']);
  });

  it('are not the noun "will" nor the cause in "due to"', () => {
    expect(stated('Many Americans believe they can get ahead through sheer will and hard work, the survey found.')).toEqual([]);
    expect(stated("My mum's will is held at a solicitors and Jon is reluctant to apply for probate.")).toEqual([]);
    expect(stated('Her will was read aloud to the family on Friday after the funeral.')).toEqual([]);
    expect(stated("McDonald's will close 20 stores in Ohio next year.")).toEqual(['will']);
    expect(stated('The decision to fire her will be reviewed by the board next month.')).toEqual(['will']);
    // Plans once made are told in the past; plans stated now look forward.
    expect(stated('In her last weeks, the young mother made plans to help people after she was gone.')).toEqual([]);
    expect(stated('The company plans to open two stores in Ohio next year.')).toEqual(['expected']);
    expect(stated('The low ranking was due to a lack of savings among younger workers.')).toEqual([]);
    // …but the modal before a comma, and "due to" before a verb, are forecasts.
    expect(stated('He said the president will, in his words, do anything the envoy asks next month.')).toEqual(['will']);
    expect(stated('The report is due to be published next month.')).toEqual(['likely']);
  });

  it('include what people expect or forecast to happen', () => {
    expect(stated('Industry experts expect interest rates to remain low through the end of the year.')).toEqual(['expected']);
    expect(stated('The bank forecasts unemployment to fall to 4.5% next year.')).toEqual(['expected']);
  });

  it('are not an ability to perceive, nor the reader addressed', () => {
    expect(stated('Suter could tell the frustration on his friend’s face after the game.')).toEqual([]);
    expect(stated('The players could sense their frustration in the locker room.')).toEqual([]);
    expect(stated('You could think of it as a futuristic wagon, or a condensed SUV.')).toEqual([]);
    // Advice to the reader with "will": "You'll also want to …", "you will need …".
    expect(stated('You’ll also want to look at some cool new features.')).toEqual([]);
    expect(stated('You will need a discrete GPU to run the models.')).toEqual([]);
    // …but a forecast told to "you" is one.
    expect(stated('“In the coming days you will hear some very important decisions,” he said.')).toEqual(['will']);
    expect(stated('The shortage could see prices rise by a fifth next year.')).toEqual(['could']);
  });

  it('are not a hedge on how a thing appears, a month or a name, a past inference, or a question', () => {
    expect(stated('Making a luxury four-door car might seem like an unusual strategy for the brand.')).toEqual([]);
    expect(stated('“It may sound shallow, but we write these songs fast,” she said.')).toEqual([]);
    expect(stated('The researchers observed the moon for 17 nights, from February 2016 through May 2017.')).toEqual([]);
    expect(stated('He boarded a flight on May 15 and reached Mexico via Paris.')).toEqual([]);
    expect(stated('(Reporting by Will Dunham; Editing by Tom Brown)')).toEqual([]);
    expect(stated('But the debate likely failed to answer the question of trust in the campaign.')).toEqual([]);
    expect(stated('An Israeli tank crew then "likely" opened fire on them with a heavy machine gun.')).toEqual([]);
    expect(stated('Life on Titan likely would have evolved in the ocean under its crust.')).toEqual([]);
    expect(stated('What will happen when the senators are trapped in the trial?')).toEqual([]);
    expect(stated('They cannot expect China to do exactly what the developed countries do.')).toEqual([]);
    expect(stated('A growing number of projects and their communities wanted to move to the new host.')).toEqual([]);
    expect(stated('The deal was signed by Theresa May and Will Dunham in the spring.')).toEqual([]);
    // A modal's word capitalised inside a sentence, or before a comma, is a name ("Mark May").
    expect(stated('Holtz has been pro-Ohio State this year while May, a former player at Pittsburgh, has not.')).toEqual([]);
    expect(stated('During the segment, Holtz bantered with May about the Buckeyes.')).toEqual([]);
    expect(stated('May, a former player at Pittsburgh, disagreed with Holtz.')).toEqual([]);
    // …but the modal, lower case or opening a sentence, is one.
    expect(stated('May the talks resume, prices may fall by a tenth in the spring.')).toEqual(['may']);
    expect(stated('The agency projects growth to slow to 2% next year.')).toEqual(['expected']);
    expect(stated('Patients will likely need a treatment plan designed by a doctor.')).toEqual(['likely']);
  });

  it('include what is scheduled, and "would"/"should" with a horizon or a consequence, but not a wish, a refusal or an obligation', () => {
    expect(stated('The Dragonfly probe is scheduled to reach Titan in 2034.')).toEqual(['expected']);
    expect(stated('Sentencing is scheduled for Feb. 14.')).toEqual(['expected']);
    expect(stated('The weather should ease by Thursday morning, allowing crews to begin restoring power next week.')).toEqual(['should']);
    expect(stated('Peace would allow for the eventual withdrawal of US troops.')).toEqual(['would']);
    expect(stated('The company would not disclose the number of jobs it cut.')).toEqual([]);
    expect(stated('We should be humble and give the driver some credit.')).toEqual([]);
    expect(stated('The council should publish its accounts.')).toEqual([]);
    expect(stated('The council should publish its accounts by the end of 2025.')).toEqual([]);
    expect(stated('The new lander should be available for missions starting in 2023.')).toEqual(['should']);
    // An open condition makes "would" a possible consequence; a past one, or "would then have", does not.
    expect(stated('If reports of machine gun fire are confirmed, this would add weight to the theory of a deliberate attack.')).toEqual(['would']);
    expect(stated('If the guards had checked the cell, the inmate would be alive.')).toEqual([]);
    expect(stated('The agency would then have reached its target by 2025.')).toEqual([]);
  });

  it('are the future, negated or not', () => {
    expect(stated('The new company will have national-scale heft across the country.')).toEqual(['will']);
    expect(stated('Rates may not rise again this year, the bank said.')).toEqual(['may']);
  });
});

describe('summary sentences', () => {
  it('never end with a colon that introduces what follows', () => {
    const b = briefOf(
      'Sunak backs jets plan\n\nSpeaking after his talk with the Ukrainian president at Chequers, Sunak said:\n\n' +
        'The UK will help train Ukrainian pilots to fly western fighter jets relatively soon, officials said.\n\n' +
        'The training would begin in the summer, according to the defence ministry.\n\nOther allies are expected to join the coalition.\n',
    );
    expect(b.summary.map((s) => s.text).some((t) => t.endsWith(':'))).toBe(false);
  });

  it('are never a photo caption or an illustration credit', () => {
    const b = briefOf(
      'Car sales slow\n\nIn this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a dealership in Littleton, Colorado.\n\n' +
        'An artist’s illustration of the new factory the company plans to build in Ohio next year.\n\n' +
        'An aerial view of the unsold cars outside the plant in Ohio, seen from a drone, annotated by the company.\n\n' +
        'Sales of new cars fell for a third month in November, the industry group said on Monday.\n\nDealers blamed higher interest rates and rising prices.\n\n' +
        'The group expects sales to recover next spring as rates fall.\n',
    );
    expect(b.summary.map((s) => s.text).some((t) => /^In this|illustration|aerial view/.test(t))).toBe(false);
    expect(b.summary[0]?.text).toMatch(/^Sales of new cars fell/);
  });

  it('are never the interviewer\'s own lines under the byline\'s name', async () => {
    /** The summary of an interview with Starre Vartan's byline, one paragraph per line. */
    const summaryOf = (paragraphs: string[]): string[] => {
      const page =
        '<html><head><title>Why salmon need kelp forests</title><meta name="author" content="Starre Vartan"></head><body><article><h1>Why salmon need kelp forests</h1>' +
        paragraphs.map((p) => `<p>${p}</p>`).join('') +
        '</article></body></html>';
      return extract(annotate(parse(sourceFromText(page, 'test', { inputFormat: 'html' })))).summary.map((x) => x.text);
    };
    const lines = [
      'Starre Vartan: I love a short cold-water swim in Puget Sound in Washington State every single morning.',
      'Shaffer: Salmon are incredibly important in the Pacific Northwest, and the kelp gives their young a place to feed.',
      'Vartan: If I kept swimming another hundred feet out, I could dive down into an underwater forest of kelp.',
      'Shaffer: Our surveys found juvenile salmon feeding in the kelp forests for seven years in a row.',
    ];
    // (Two answers and two of the writer's lines: a three-sentence brief had taken one of the writer's.)
    const b = summaryOf(lines);
    expect(b.length).toBeGreaterThan(0);
    expect(b.some((t) => /^(?:Starre )?Vartan:/.test(t))).toBe(false);
    // A transcript's capitals (the rest of the writer's paragraph sets the scene and stays eligible).
    const t = summaryOf([
      'VARTAN: I swim in Puget Sound every morning. The kelp forests of Puget Sound have shrunk by half in a century of warming water.',
      'SHAFFER: Salmon are incredibly important in the Pacific Northwest, and the kelp gives their young a place to feed.',
      'SHAFFER: Our surveys found juvenile salmon feeding in the kelp forests for seven years in a row.',
    ]);
    expect(t.length).toBeGreaterThan(0);
    expect(t.some((x) => /^VARTAN:/.test(x))).toBe(false);
    // Without others' labelled answers it is no interview: a line that opens with the writer's name stays eligible.
    const essay = summaryOf(lines.map((l) => l.replace(/^Shaffer: /, '')));
    expect(essay.some((x) => /^(?:Starre )?Vartan:/.test(x))).toBe(true);
  });
});

describe('a quotation with no speaker in its sentence', () => {
  it('is never a summary sentence; a quotation with its speaker may be', () => {
    const b = briefOf(
      'Wild beat Sabres\n\n“That goes a long way for the whole team and for the fans.”\n\n' +
        '“The team is playing well now and getting its confidence back,” Boudreau said before the win over the Sabres.\n\n' +
        '“The best way I can describe it is that the whole room felt lighter after the game. We all did.\n\n' +
        'The Wild beat the Sabres 4-1 on Monday night, their third win in a row on the road.\n',
    );
    const texts = b.summary.map((s) => s.text);
    expect(texts.some((t) => t.startsWith('“That goes') || t.startsWith('“The best way'))).toBe(false);
    expect(texts.some((t) => t.startsWith('“The team is playing well'))).toBe(true);
    // An apostrophe opens no quotation.
    const decade = briefOf("Vinyl sales rise\n\n'90s nostalgia is driving record sales of vinyl this year, the industry association said on Monday.\n\nShops expect the rise to go on next year.\n");
    expect(decade.summary[0]?.text).toMatch(/^'90s nostalgia/);
  });
});

describe('a block quotation (an embedded post, a quoted letter)', () => {
  it('is never a summary sentence: a brief speaks in the article’s voice', () => {
    const b = briefOf(
      'State slogan draws mockery\n\nThe state launched a campaign against drug use on Monday with a new slogan.\n\n' +
        '> While we focus on the new ad campaign, we should not forget the failed driving campaign the state ran in 2014.\n\n' +
        'The state has paid the agency nearly $449,000 so far this year, a report says.\n\nThe governor defended the slogan on Tuesday.\n\n' +
        'Officials said the campaign would run on television and billboards until next spring.\n\nThe agency that made it is based in Minneapolis.\n\n' +
        'Lawmakers from both parties asked to see the contract for the campaign.\n\nThe state plans to review the results in June.\n',
      { sentences: 3 },
    );
    expect(b.summary.map((s) => s.text).some((t) => t.includes('While we focus'))).toBe(false);
  });
});

describe('a sentence with a bare web address', () => {
  it('is never a summary sentence (a list of links, a pointer elsewhere)', () => {
    const b = briefOf(
      'Holiday deals for film fans\n\nThe sales start this week, and these are the best deals we found for fans of old films.\n\n' +
        '1) Classic film box set at http://amzn.to/2iJFhRj 2) Polistil racing set at http://amzn.to/2iKx 3) Collection 1-4 at http://amzn.to/2j9.\n\n' +
        'Prices on older sets have fallen by a third since last year.\n\nShops expect the sets to sell out before the holidays.\n\n' +
        'Most of the films have never been released in high definition before.\n\nCollectors say the boxes are worth keeping unopened.\n',
      { sentences: 3 },
    );
    expect(b.summary.some((s) => s.text.includes('amzn.to'))).toBe(false);
    expect(b.summary).toHaveLength(3);
  });
});

describe('a summary sentence in parentheses', () => {
  it('is an aside, never a summary sentence', () => {
    const b = briefOf(
      'Newspaper chains merge\n\n(Alden on Tuesday announced that it had become the largest shareholder of Tribune, the former owner of the paper.)\n\n' +
        'The merger of the two biggest newspaper chains became final on Tuesday, the companies said.\n\nThe new company will own more than 260 daily papers.\n\n' +
        'Analysts expect deep cuts in newsrooms across the country next year.\n',
    );
    expect(b.summary.some((s) => s.text.startsWith('('))).toBe(false);
    expect(b.summary[0]?.text).toMatch(/^The merger/);
  });
});

describe('summaries by genre', () => {
  it("take what real pages' readers keep where the lead is not the story (opinion, live blog, lede off its headline), and the lead elsewhere", async () => {
    const { weightsForGenre } = await import('../../src/extract/summary/index.js');
    expect(weightsForGenre('opinion', 0.1)).toEqual({ ...OFF_LEAD_WEIGHTS });
    expect(weightsForGenre('live-blog', 0.1)).toEqual({ ...OFF_LEAD_WEIGHTS });
    expect(weightsForGenre('hard-news', 0.1, false)).toEqual({ ...OFF_LEAD_WEIGHTS });
    // A condensed summary of an opinion piece weighs coverage, as every condensed summary does.
    expect(weightsForGenre('opinion', 1)).toEqual({ ...FULL_WEIGHTS });
    expect(weightsForGenre('hard-news', 0.1)).toEqual(BRIEF_WEIGHTS);
    expect(weightsForGenre('listicle', 0.1)).toEqual(BRIEF_WEIGHTS);
    expect(weightsForGenre('analysis', 0.1)).toEqual(BRIEF_WEIGHTS);
  });

  const feature = (lede: string) =>
    briefOf(
      `Child care crisis holds back mothers without degrees\n\n${lede}\n\n` +
        'She was a secretary at a state agency, a job that came with her own desk.\n\nShe expected to return to work after having her son in August.\n\n' +
        'But the day care centre near her home had a waiting list of two years, and a nanny cost more than she earned.\n\n' +
        'Across the country, the child care crisis is pushing mothers without college degrees out of work, a study of census data found.\n\n' +
        'Mothers without degrees were twice as likely to quit a job because of child care problems as mothers with one.\n\n' +
        'The cost of child care has risen faster than wages for a decade, economists said.\n\nSome states have begun to pay for places in day care centres.\n',
    ).summary.map((s) => s.text);

  it('brief a page whose lede shares no word with the headline (an anecdote) by the sentences that tell the story', async () => {
    const summary = feature('After a series of lower-paying jobs, Nicole Slemp finally landed one she loved.');
    expect(summary).toContain('Across the country, the child care crisis is pushing mothers without college degrees out of work, a study of census data found.');
    // The anecdote's sequel ("She was a secretary …", "She expected …") is passed over for the story's figures.
    expect(summary).toContain('Mothers without degrees were twice as likely to quit a job because of child care problems as mothers with one.');
    expect(summary.some((s) => s.startsWith('She '))).toBe(false);
    // An opening aside in parentheses, never a summary sentence itself, is still the lede the headline is checked against.
    const { ledeOffHeadline } = await import('../../src/extract/summary/index.js');
    const a = annotated('Child care crisis holds back mothers without degrees\n\n(We never did settle on one slogan, unlike the towns around us.)\n\nThe crisis began for Nicole Slemp in the spring, when her son was born.\n');
    expect(ledeOffHeadline(a)).toBe(true);
    // …a lede on the headline's story is the lead of the brief.
    expect(feature('Mothers without college degrees are leaving work because child care costs too much, a study found.')[0]).toMatch(/^Mothers without college degrees are leaving/);
  });

  it('read a page the parser reads as hard news whose lede is off its headline as a feature, by its signals', () => {
    const body = '\n\nAcross the country, the child care crisis is pushing mothers without college degrees out of work, a study found.\n\nThe cost of child care has risen faster than wages for a decade, economists said.\n';
    const anecdote = annotated(`America's child care crisis is holding back moms without college degrees\n\nAfter a series of lower-paying jobs, Nicole Slemp finally landed one she loved.${body}`);
    expect(signalledGenre(anecdote)).toBe('feature');
    const lead = annotated(`America's child care crisis is holding back moms without college degrees\n\nMothers without college degrees are leaving work because child care costs too much, a study found.${body}`);
    expect(signalledGenre(lead)).toBe('hard-news');
    // The brief reports the text model's reading of such a page, one of the genres it tells apart.
    expect(TEXT_GENRES).toContain(briefOf(`America's child care crisis is holding back moms without college degrees\n\nAfter a series of lower-paying jobs, Nicole Slemp finally landed one she loved.${body}`).genre);
  });

  it("brief a page with a headline by the readers' weights, and keep the lead of a text without one", async () => {
    const { leadIsStory } = await import('../../src/extract/summary/index.js');
    const body = 'Mothers without college degrees are leaving work because child care costs too much, a study found.\n\nThe cost of child care has risen faster than wages for a decade, economists said.\n';
    const headed = annotated(`Child care crisis holds back mothers without degrees\n\n${body}`);
    expect(leadIsStory(headed)).toBe(false);
    // Wire copy or a pasted story with no headline: the lead.
    const bare = annotate(parse(sourceFromText(body, 'test', { inputFormat: 'text' })));
    expect(bare.sentences.some((x) => x.role === 'title')).toBe(false);
    expect(leadIsStory(bare)).toBe(true);
    // A headline too short to check the lede against counts as none.
    expect(leadIsStory(annotated(`Child care\n\n${body}`))).toBe(true);
    // …unless it asks a question: "Why Hasn’t Tutoring Been More Effective?" is a headline.
    expect(leadIsStory(annotated(`Why Child Care?\n\n${body}`))).toBe(false);
  });

  it('read a headline word in the plural as the lede word in the singular', async () => {
    const { ledeOffHeadline } = await import('../../src/extract/summary/index.js');
    const story = (headline: string) =>
      annotated(`${headline}\n\nWASHINGTON -- Declaring the maritime soul of the Marine Corps at stake, the defense secretary has ordered a review of the seaborne service.\n\nThe review will report in the spring.\n`);
    expect(ledeOffHeadline(story('The Few. The Proud. The New Marines?'))).toBe(false);
    expect(ledeOffHeadline(story('The Few. The Proud. The New Recruits?'))).toBe(true);
    // Only a proper noun's plural: "Fox News" is no "new" survey.
    const news = annotated('Fox News hires weekend anchor from rival\n\nA new survey of viewers found that cable audiences shrank for the third year running.\n\nThe survey was taken in May.\n');
    expect(ledeOffHeadline(news)).toBe(true);
  });

  it('keep a later could: "anyone could apply", "until they could be inspected next month", "when it could default", ", so it could take months"', () => {
    const stated = (sentence: string) => briefOf(`Story\n\nThe council met on Tuesday to discuss the budget for next year.\n\n${sentence}\n`).implications.filter((i) => i.modality !== null).map((i) => i.modality);
    expect(stated('Officials said anyone could apply for the relief grants starting Monday.')).toEqual(['could']);
    expect(stated('The jets were grounded until they could be inspected next month.')).toEqual(['could']);
    expect(stated('The United States faces a deadline in June, when it could default on its debt.')).toEqual(['could']);
    expect(stated('Demand weakened in the spring, so it could take months for prices to recover.')).toEqual(['could']);
  });
});

describe('a review of the forty-ninth round’s summary rules', () => {
  it('briefs a wire story whose lede opens on its dateline in brackets, and a text of long sentences only', () => {
    const wire = briefOf(
      'Tesla recalls Model S\n\n(Reuters) - Tesla Inc is recalling more than 120,000 Model S and Model X vehicles over a seat belt fault, the company said. The recall covers cars built between 2016 and 2019. Tesla said no injuries had been reported. (Reporting by David Shepardson; Editing by Chris Reese)\n',
      { sentences: 2 },
    );
    expect(wire.summary.length).toBe(2);
    const words = Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ');
    const runOn = briefOf(`Speech\n\nGood evening everyone and thank you for coming tonight ${words} and that is all.\n`, { sentences: 1 });
    expect(runOn.summary.length).toBe(1);
  });

  it('briefs a post that quotes a flyer to rebut it from the writer’s own words', () => {
    const text = '# The new zoning rules\n\nThe Homeowners Alliance sent this letter to every household in the city last week:\n\n> The City Council is about to abolish single-family zoning. Developers will build towers next to your home without any hearing. Property values will collapse and our schools will be overwhelmed by thousands of new students.\n\nAlmost none of this is true: the ordinance allows duplexes, not towers, and big projects still need a hearing.\n';
    const b = extract(annotate(parse(sourceFromText(text, 'test', { inputFormat: 'markdown' }))), { sentences: 1 });
    expect(b.summary[0]?.text).toMatch(/^Almost none of this is true/);
  });

  it('keeps the count in "a one-year term" and "one-third of teachers"', () => {
    const b = briefOf('Mayor sentenced\n\nA federal judge sentenced the former mayor to a one-year prison term on Monday. Nearly one-third of teachers say they plan to leave the profession.\n');
    expect(b.entities.filter((e) => e.type === 'cardinal').map((e) => e.name.toLowerCase())).toContain('one');
  });
});
