import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';

const body = '<p>' + 'The council approved the plan on Tuesday after a long debate about its cost and its timing. '.repeat(6) + '</p>';
const html = (head: string, h1 = 'A headline') => parse(sourceFromText(`<!doctype html><html><head>${head}</head><body><article><h1>${h1}</h1>${body}</article></body></html>`, 't', { inputFormat: 'html' })).genre;
const text = (raw: string) => parse(sourceFromText(raw, 't', { inputFormat: 'text' })).genre;

describe('the genre of a page', () => {
  it("comes from the page's declared type, its headline's label, or its address", () => {
    expect(html('<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"A headline"}</script>')).toBe('live-blog');
    expect(html('<meta property="og:title" content="Opinion | A headline">')).toBe('opinion');
    expect(html('<meta property="og:title" content="Russia-Ukraine war live: talks resume">', 'Russia-Ukraine war live: talks resume')).toBe('live-blog');
    expect(html('<meta property="og:url" content="https://example.com/sport/tennis/2023/a-headline">')).toBe('sports');
    expect(html('<link rel="canonical" href="https://example.com/commentisfree/2019/nov/18/a-headline">')).toBe('opinion');
    // An explainer: a headline that asks what something is or says what we know, or an address under "explainers".
    expect(html('<meta property="og:title" content="What is Nato and which countries are in it?">', 'What is Nato and which countries are in it?')).toBe('analysis');
    expect(html('<meta property="og:title" content="Kamala Harris\' Canadian connections: What we know about her childhood">')).toBe('analysis');
    expect(html('<meta property="og:url" content="https://example.com/news/explainers-63159607">')).toBe('analysis');
    expect(html('<meta property="og:title" content="What is left of the town after the flood is a field of mud">')).toBe('hard-news');
    expect(html('')).toBe('hard-news');
    // A buying guide under "/reviews/" that picks the best of a kind over its picks' subheadings is a list; a review stays opinion.
    const guide = (title: string) =>
      parse(sourceFromText(`<!doctype html><html><head><meta property="og:url" content="https://example.com/wirecutter/reviews/best-earbuds/"><title>${title}</title></head><body><article><h1>${title}</h1>${body}${['Top pick', 'Runner-up', 'Budget pick'].map((h) => `<h2>${h}</h2>${body}`).join('')}</article></body></html>`, 't', { inputFormat: 'html' })).genre;
    expect(guide('The Best Wireless Bluetooth Earbuds')).toBe('listicle');
    expect(guide('Sony LinkBuds Fit: great sound, odd fit')).toBe('opinion');
    expect(guide('Dyson Airwrap review: the best hair styler money can buy')).toBe('opinion');
  });

  it('comes from the shape of the text: entry times, question labels, turns, press-release furniture', () => {
    const entries = ['19.30 GMT', '19.05 GMT', '18.40 GMT'].map((t) => `${t}\n\nThe minister said talks would resume on Friday after a short break in the capital.`).join('\n\n');
    expect(text(`Budget talks\n\n${entries}\n`)).toBe('live-blog');
    // Times run into the entries' first lines, six of them or more (a schedule's three are none).
    const run = (n: number) => Array.from({ length: n }, (_, i) => `${17 - i}.00 The search teams said they would resume at first light after a night at sea.`).join('\n\n');
    expect(text(`Plane found\n\n${run(6)}\n`)).toBe('live-blog');
    expect(text(`Plane found\n\n${run(3)}\n`)).not.toBe('live-blog');
    expect(html('<meta property="og:url" content="http://www.cricket.com.au/news/match-report/third-test-day-five/2014-12-30">')).toBe('sports');
    const qa = ['Q: What problem were you solving?', 'A: We wanted to define what a good API is for every team.', 'Q: What comes next?', 'A: Publishing the standards and helping teams adopt them.'].join('\n\n');
    expect(text(`An interview\n\n${qa}\n`)).toBe('qa');
    expect(text('Acme expands\n\nACME, Ohio -- Acme Corp. said on Monday it would open a new plant, creating 300 jobs in the state.\n\nAbout Acme\n\nAcme makes widgets for the automotive industry.\n')).toBe('press-release');
    // A count in the headline that the page's subheadings make good: a list of that many items.
    const items = ['People are more friendly', 'Her feet have gotten smaller', 'Her voice has changed', 'Her skin is clearer'].map((h) => `## ${h}\n\nShe said the change surprised her more than anything else in the year after the operation.`).join('\n\n');
    expect(parse(sourceFromText(`# A woman who lost weight shares 4 changes she did not expect\n\nShe lost the weight over two years, she said.\n\n${items}\n`, 't', { inputFormat: 'markdown' })).genre).toBe('listicle');
    // The count written as a word, an introduction and a closing section beside the items, or a headline that picks or ranks.
    const policies = ['Private schools', 'Housing', 'Workers', 'The Lords', 'Water'].map((h) => `## ${h}\n\nThe government said the measure would be introduced within the first hundred days of the new parliament.`).join('\n\n');
    expect(parse(sourceFromText(`# Five key policies announced in the King's Speech\n\n## What was announced\n\nThe speech set out the programme.\n\n${policies}\n\n## What happens next\n\nDebate starts on Monday.\n`, 't', { inputFormat: 'markdown' })).genre).toBe('listicle');
    expect(parse(sourceFromText(`# The best heated clothes airers to save money\n\nThey dry clothes gently, our tester said.\n\n${items}\n`, 't', { inputFormat: 'markdown' })).genre).toBe('listicle');
    // (Or paragraphs numbered in order that open its items: "1. Celebrity nude photo leaks. …".)
    const numbered = Array.from({ length: 5 }, (_, k) => `<p>${k + 1}. Moment number ${k + 1}. It was a bummer, and the internet talked of nothing else for a week.</p>`).join('');
    expect(parse(sourceFromText(`<html><head><title>5 Media Moments from 2014 We Could Have Lived Without</title></head><body><article><h1>5 Media Moments from 2014 We Could Have Lived Without</h1><p>Presenting the moments of 2014 that we wish had never happened, to be honest.</p>${numbered}</article></body></html>`, 't', { inputFormat: 'html' })).genre).toBe('listicle');
    const demands = Array.from({ length: 4 }, (_, k) => `<p>${k + 1}. Demand number ${k + 1}. The union wants it met before the strike vote next week, its leader said.</p>`).join('');
    expect(parse(sourceFromText(`<html><head><title>Union sets out 4 demands as strike vote looms</title></head><body><article><h1>Union sets out 4 demands as strike vote looms</h1><p>The union set out its demands on Monday ahead of a strike vote next week.</p>${demands}</article></body></html>`, 't', { inputFormat: 'html' })).genre).toBe('hard-news');
    expect(parse(sourceFromText(`# Man kept six women chained in a basement for months\n\nPolice said the man was arrested on Monday.\n\n${policies}\n`, 't', { inputFormat: 'markdown' })).genre).toBe('hard-news');
    expect(parse(sourceFromText('# The best way to cut inflation, economists say\n\nRates should rise slowly, economists said on Monday.\n\nThe bank meets next week.\n', 't', { inputFormat: 'markdown' })).genre).toBe('hard-news');
    expect(parse(sourceFromText('# Storm kills 4 people in Texas\n\nThe storm hit the coast overnight, officials said on Monday.\n\nRoads were closed across the region.\n', 't', { inputFormat: 'markdown' })).genre).toBe('hard-news');
    // A game's report, by the density of its sports words.
    const recap = 'Zach Parise scored twice in the first period and the Wild beat the Sabres 4-1 on Saturday night. The coach said the team played its best game of the season, and the fans cheered every goal. Buffalo lost its third straight game; its goalie made 30 saves.';
    const more = [
      'Kevin Fiala added a goal and two assists, and the Wild won for the fourth time in five games to climb out of last place in the league standings this season.',
      'Minnesota killed off all three Buffalo power plays. The Sabres, who led the league in points a month ago, have now lost eight of their last nine games and the fans booed them off.',
      'The teams meet again next week. Boudreau said his players were finally getting confidence back after a poor start, and the goalie stopped 28 shots in his best match of the year.',
      'Buffalo’s coach said his team had played well for two periods but could not finish its chances, and that the players would have to respond when they host Boston on Tuesday night.',
    ];
    expect(text(`Wild beat Sabres\n\n${[recap, ...more].join('\n\n')}\n`)).toBe('sports');
    // …of some length: a short item's "won", "beat" and "points" say nothing.
    expect(text(`Wild beat Sabres\n\n${recap}\n`)).toBe('hard-news');
    expect(text('Council approves budget\n\nThe council approved the budget on Tuesday after a long debate. The mayor said the plan would win support from residents, and the vote was 7-2.\n')).toBe('hard-news');
    expect(text('Foundation moves to GitHub\n\nThe Apache Software Foundation said on Monday it has moved its Git service to GitHub.\n\nAbout The Apache Software Foundation (ASF)\n\nEstablished in 1999, the foundation oversees more than 350 projects.\n')).toBe('press-release');
    // A page with an "About …" heading over each of its many entries is a list, not a release's boilerplate.
    const books = ['Grave Empire', 'Obsidian Awakening', 'Hemlock & Silver', 'The Devils', 'The Everlasting'].map((b) => `About ${b}\n\nA reader's pick of the year, reviewed at length by our team this winter.`).join('\n\n');
    expect(text(`Our favourite books of the year\n\nThese are the books we loved most this year.\n\n${books}\n`)).not.toBe('press-release');
    // Nor is an author box's "About the Contributor" a release's boilerplate.
    expect(text('A Beginner’s Guide to Skincare\n\nA routine does not need to be complicated to work well for most people.\n\nAbout the Contributor\n\nJane Doe is a senior at the school and writes for the paper.\n')).not.toBe('press-release');
  });
});

describe('a live blog', () => {
  it('prints its pinned post once: the copy among the entries is left out, reported, and said out loud', () => {
    const pinned = 'The prime minister said the country would train pilots to fly western jets relatively soon.';
    const entries = ['19.30 GMT', '19.05 GMT', '18.40 GMT'].map((t, i) => `${t}\n\n${i === 1 ? pinned : `The minister said talks would resume on Friday after break number ${i}.`}`).join('\n\n');
    const a = parse(sourceFromText(`Budget talks live\n\n${pinned}\n\n${entries}\n`, 't', { inputFormat: 'text' }));
    expect(a.genre).toBe('live-blog');
    const kept = a.sections.flatMap((x) => x.blocks).filter((b) => a.text.slice(b.start, b.end) === pinned);
    expect(kept).toHaveLength(1);
    expect(a.dropped.filter((d) => d.reason === 'repeated-paragraph').map((d) => d.text)).toEqual([pinned]);
    expect(a.messages.some((m) => m.id === 'dropped-text' && /repeated-paragraph/.test(m.message))).toBe(true);
    // On other pages a paragraph printed twice stays (the extraction benchmark's true bodies keep such repeats).
    const news = parse(sourceFromText(`Budget talks\n\n${pinned}\n\nThe minister said talks would resume on Friday after a short break.\n\n${pinned}\n`, 't', { inputFormat: 'text' }));
    expect(news.dropped.filter((d) => d.reason === 'repeated-paragraph')).toEqual([]);
  });

  it('as any page, prints an article the page holds twice once: a run of its paragraphs printed again in order is a copy', () => {
    const paras = ['The joint elevation of fan culture and nail art has left us with something magical: nail decals of pop stars.', 'Here are our top five picks and recommendations of totally appropriate places to wear them this winter.', 'You can stick a note to your desk that says live in the moment, or you can wear the decals instead.'];
    const a = parse(sourceFromText(`Five nail decals\n\n${paras.join('\n\n')}\n\nNailSpin\n\n${paras.join('\n\n')}\n`, 't', { inputFormat: 'text' }));
    expect(a.sections.flatMap((x) => x.blocks).filter((b) => paras.includes(a.text.slice(b.start, b.end)))).toHaveLength(3);
    expect(a.dropped.filter((d) => d.reason === 'repeated-paragraph')).toHaveLength(3);
    // (Not lines of data a plan repeats day after day, nor a sentence the article quotes again.)
    const plan = ['Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 2 Blue and a teaspoon of oil for the day.', 'Portion Fix Containers: 2 Green, 1 Purple, 1 Red, 1 Yellow, 1 Orange and a teaspoon of oil for lunch.'];
    const meals = parse(sourceFromText(`Meal plan\n\nMonday brings the first of the meals in the plan, and the rest follow.\n\n${plan.join('\n\n')}\n\nTuesday repeats the meals of Monday for the rest of the week.\n\n${plan.join('\n\n')}\n`, 't', { inputFormat: 'text' }));
    expect(meals.dropped.filter((d) => d.reason === 'repeated-paragraph')).toEqual([]);
  });
});
