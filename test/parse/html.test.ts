import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { parse } from '../../src/parse/index.js';
import { followingStories, insertAfterKept, keyPoints, missedAfter, missedBetween, proseLeftOut, missedEmbeds, missedEntries, missedKeyPoints, missedLede, otherPosts, quoteList } from '../../src/parse/html/index.js';
import { captionTexts, walk, type DomNode } from '../../src/parse/html/walk.js';
import { TextBuilder } from '../../src/parse/builder.js';
import { sourceFromText } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { chromeReason } from '../../src/parse/chrome.js';
import { expectArticleGrounded } from '../helpers.js';

const parseHtml = (html: string): Article => parse(sourceFromText(html, 'page.html', { inputFormat: 'html' }));
const words = (n: number, w = 'word'): string => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
/** An article's headings and blocks as read, one to a line (its text also holds what was dropped, for their offsets). */
const bodyText = (a: Article): string => a.sections.flatMap((x) => [x.heading?.text ?? '', ...x.blocks.map((b) => b.text)]).join('\n');

const PAGE = `<!doctype html><html lang="en"><head>
<title>Council approves park | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new park on old rail yards","author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Council approves new park on old rail yards</h1>
<p>The city council approved a plan on Tuesday to build a large park on the old rail yards in the east of the city, officials said after a long debate that ran late into the night. ${words(30)}</p>
<figure><img src="a.jpg"><figcaption>The rail yards today. Photo: City archive</figcaption></figure>
<h2>What the plan includes</h2>
<p>The park will include playgrounds, a lake and six miles of walking trails for residents of the neighbourhoods around it, according to the plan. ${words(30)}</p>
<ul><li>A lake of four acres with a boardwalk around it.</li><li>Six miles of trails through the old yards.</li></ul>
<h3>Costs</h3>
<p>It will cost about $40 million and open in 2027, the council said in a statement released after the vote was taken on Tuesday night. ${words(30)}</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p><a href="/a">Related: Mayor opens library</a> <a href="/b">Bus routes change</a></p>
</article>
<footer>© 2024 The Daily Example</footer>
</body></html>`;

describe('HTML extraction', () => {
  const a = parseHtml(PAGE);

  it('brings back the standfirst under the headline that the page declares as its description, as the dek', () => {
    const dek = 'With the US government absent from the COP30 global climate summit, it will be up to others to avert catastrophe.';
    const body = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k + 1} of the article tells of the nations meeting in Belém to lock down new commitments on emissions, and of what each can do.</p>`).join('');
    const page = (visible: boolean) =>
      `<html><head><title>How to fight climate change without the US</title><meta name="description" content="${dek}"></head><body>` +
      `<header><h1>How to fight climate change without the US</h1>${visible ? `<div class="c-article-teaser-text">${dek}</div>` : ''}</header>` +
      `<article>${body}</article></body></html>`;
    const withDek = parseHtml(page(true));
    expect(withDek.dek?.text).toBe(dek);
    expect(withDek.text.slice(withDek.dek!.start, withDek.dek!.end)).toBe(dek);
    // Not part of the body the extraction benchmark scores, and nothing is made up when the page shows none.
    expect(withDek.sections.flatMap((x) => x.blocks.map((b) => b.text)).some((t) => t.includes('avert catastrophe'))).toBe(false);
    expect(parseHtml(page(false)).dek).toBeNull();
  });

  it('keeps a long standfirst the page declares as the dek when a byline follows it (not dropped as metadata)', () => {
    const dek = `From the honky-tonks of Nashville to the rock venues of Memphis, the state has long been known for its music, but it is not only about the big names. ${words(50, 'w')}.`;
    const body = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k + 1} of the article tells of the clubs and halls across the state where music is played every night, and of who runs them.</p>`).join('');
    const page = `<html><head><title>Music adventures in Tennessee</title><meta name="description" content="${dek}"><meta name="author" content="Jane Doe"></head><body>` +
      `<header><h1>Music adventures in Tennessee</h1><div class="standfirst">${dek}</div></header><article>${body}</article></body></html>`;
    const a = parseHtml(page);
    expect(a.byline?.text).toBe('By Jane Doe');
    expect(a.dek?.text).toBe(dek);
    expect(a.dropped.some((d) => d.text.includes('honky-tonks'))).toBe(false);
  });

  it('reads metadata from JSON-LD, OpenGraph and <html lang>', () => {
    expect(a.format).toBe('html');
    expect(a.meta).toMatchObject({ title: 'Council approves new park on old rail yards', byline: 'Jane Doe', siteName: 'The Daily Example', published: '2024-03-05T10:00:00Z', lang: 'en' });
  });

  it(`takes a content system's empty date (0001-01-01T00:00:00Z) for no date, and the page's real one when it has one`, () => {
    const empty = PAGE.replace('"datePublished": "2024-03-05T10:00:00Z"', '"datePublished": "0001-01-01T00:00:00Z"').replace('content="2024-03-05T10:00:00Z"', 'content="0001-01-01T00:00:00Z"');
    expect(empty).not.toBe(PAGE);
    expect(parseHtml(empty).meta.published ?? null).toBeNull();
    const epoch = PAGE.replace('"datePublished": "2024-03-05T10:00:00Z"', '"datePublished": "1970-01-01T00:00:00Z"');
    expect(parseHtml(epoch).meta.published).toBe('2024-03-05T10:00:00Z');
  });

  it('takes the date a post of a dated address was published, og:published_time, and the day a <time pubdate> prints when its datetime is none', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const page = (head: string, top = '') => parseHtml(`<html><head><title>Council approves new park</title>${head}</head><body><article><h1>Council approves new park</h1>${top}${story}</article></body></html>`);
    // GQ's blog declares its own start on every post; the address and the Parse.ly data give the post's.
    const gq = page(`<meta property="og:url" content="http://www.gq.com/style/blogs/the-gq-eye/2014/05/how-to-pack.html"><meta property="article:published_time" content="2009-09-02T00:00:00-04:00"><meta name='parsely-page' content='{"title":"Council approves new park","pub_date":"2014-05-23T17:30:00.000Z"}'>`);
    expect(gq.meta.published).toBe('2014-05-23T17:30:00.000Z');
    expect(page('<meta property="og:published_time" content="2015-01-14T14:07:00-05:00">').meta.published).toBe('2015-01-14T14:07:00-05:00');
    const globe = page('', '<div class="dateline"><p>Published <time datetime="2014-00-29T23:12:27Z" pubdate>Monday, Dec. 29 2014, 6:00 PM EST</time></p></div>');
    expect(globe.meta.published).toBe('2014-12-29');
    // The <time> hAtom marks published, as WordPress themes print it under the headline.
    const wp = page('', '<div class="entry-meta"><span class="posted-on"><a href="/2025/11/08/x/" rel="bookmark"><time class="entry-date published updated" datetime="2025-11-08T22:03:19+00:00">November 8, 2025</time></a></span></div>');
    expect(wp.meta.published).toBe('2025-11-08T22:03:19+00:00');
    // Written without separators, or with a two-digit year.
    expect(page('<meta property="article:published_time" content="20141229 18:22:00">').meta.published).toBe('2014-12-29T18:22:00');
    // (A two-digit year is left as written: "29-12-14" could be either way round.)
    expect(page('<meta name="date" content="29-12-14">').meta.published).toBe('29-12-14');
  });

  it('takes a JSON-LD creator and creation date where the data name no author or publication date, and keeps an opening of two short sentences with a link in it', () => {
    const ld = JSON.stringify({ '@context': 'http://schema.org', '@type': 'NewsArticle', headline: 'Rihanna leaves pants at home', creator: 'Lisa Be', dateCreated: '2014-09-07T14:55:00.000Z' });
    const a = parseHtml(`<html><head><title>Rihanna leaves pants at home</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Rihanna leaves pants at home</h1><p>Oh, RiRi. <a href="/icon">You truly are an icon.</a></p><p>When Rihanna walks into a fashion show, even editors, publicists and other celebrities gasp at what she wears.</p><p>Gasp they did on Friday and Saturday as she sashayed into her costume designer's show in New York.</p></article></body></html>`);
    expect(a.byline?.text).toBe('By Lisa Be');
    expect(a.meta.published).toBe('2014-09-07T14:55:00.000Z');
    expect(a.sections.flatMap((x) => x.blocks)[0]?.text).toBe('Oh, RiRi. You truly are an icon.');
    // So is a sentence that gives an address as its link's words (LMSYS), unlike a bare link.
    const source = parseHtml(`<html><head><title>Mini-SGLang</title></head><body><article><h1>Mini-SGLang</h1><p>When Rihanna walks into a fashion show, even editors, publicists and other celebrities gasp at what she wears.</p><p>The source code is available at <a href="https://github.com/sgl-project/mini-sglang">https://github.com/sgl-project/mini-sglang</a>.</p><p>Gasp they did on Friday and Saturday as she sashayed into her costume designer's show in New York.</p></article></body></html>`);
    expect(source.sections.flatMap((x) => x.blocks).map((b) => b.text)).toContain('The source code is available at https://github.com/sgl-project/mini-sglang.');
    const follow = parseHtml(`<html><head><title>Mini-SGLang</title></head><body><article><h1>Mini-SGLang</h1><p>When Rihanna walks into a fashion show, even editors, publicists and other celebrities gasp at what she wears.</p><p>Follow our coverage on <a href="https://twitter.com/ledgernews">https://twitter.com/ledgernews</a>.</p><p>Gasp they did on Friday and Saturday as she sashayed into her costume designer's show in New York.</p></article></body></html>`);
    expect(follow.sections.flatMap((x) => x.blocks).map((b) => b.text)).not.toContain('Follow our coverage on https://twitter.com/ledgernews.');
    // (Only as a last resort: an author and a publication date the page declares otherwise win, and a publisher as creator is no byline.)
    const declared = parseHtml(`<html><head><title>Council approves budget</title><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-14T09:00:00Z"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Council approves budget', creator: { '@type': 'Organization', name: 'Springfield Gazette' }, dateCreated: '2024-03-11T16:20:00Z' })}</script></head><body><article><h1>Council approves budget</h1><p>The city council approved a budget on Monday after a long debate about the cost of the new library.</p><p>Work on the library starts in spring, the mayor said at a meeting with residents on Tuesday.</p></article></body></html>`);
    expect([declared.byline?.text, declared.meta.published]).toEqual(['By Jane Doe', '2024-03-14T09:00:00Z']);
  });

  it('takes the site\u2019s parts a title sets after colons off the headline, not a colon of its own', () => {
    const title = (t: string) => parseHtml(`<html><head><title>${t}</title><meta property="og:site_name" content="GQ"></head><body><article><p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p></article></body></html>`).title?.text;
    expect(title('How To Pack Everything for Your 3-Day Weekend Trip: The GQ Eye: GQ on Style: GQ')).toBe('How To Pack Everything for Your 3-Day Weekend Trip');
    expect(title('Oil prices and interest rates: What to watch in 2015')).toBe('Oil prices and interest rates: What to watch in 2015');
    expect(title('Campaign of conspiracy theories: GQ’s 2023 Lie of the Year and the rest')).toBe('Campaign of conspiracy theories: GQ’s 2023 Lie of the Year and the rest');
    // With no site name declared, the address's own name stands for it.
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const backstage = parseHtml(`<html><head><title>'Coney Island' Scripted TV &amp; Video | Backstage</title><meta property="og:url" content="http://www.backstage.com/casting/coney-island-55854/"></head><body><article>${story}</article></body></html>`);
    expect(backstage.title?.text).toBe("'Coney Island' Scripted TV & Video");
    // (Not a headline's own part that only holds the site's name, nor a subdomain for the site.)
    expect(parseHtml(`<html><head><title>Hurricane Lee: Eye on the Atlantic</title><meta property="og:site_name" content="The Atlantic"></head><body><article>${story}</article></body></html>`).title?.text).toBe('Hurricane Lee: Eye on the Atlantic');
    expect(parseHtml(`<html><head><title>Gold hits record high: Smart money</title><meta property="og:url" content="https://money.cnn.com/2024/gold.html"></head><body><article>${story}</article></body></html>`).title?.text).toBe('Gold hits record high: Smart money');
  });

  it('writes the title and byline into the text, with offsets', () => {
    expect(a.title?.text).toBe('Council approves new park on old rail yards');
    expect(a.byline?.text).toBe('By Jane Doe');
    expect(a.text.slice(a.title!.start, a.title!.end)).toBe(a.title!.text);
  });

  it("reads the byline the page prints when its data names no reporter (a system user's name)", () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'Council approves new park', author: { '@type': 'Person', name: '新間' } });
    const page = parseHtml(`<html><head><title>Council approves new park</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Council approves new park</h1><p class="byline"><i class="fas fa-pen-nib"></i>By Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers</p><p class="postdate">17:41 JST, October 13, 2024</p><p>The council approved the new park on the old rail yards on Monday, after a year of debate. ${words(30)}.</p><p>Work starts in spring and the park opens in 2026, the mayor said. ${words(30)}.</p></article></body></html>`);
    expect(page.byline?.text).toBe('By Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers');
    // Not a related story's card further down, when the article's own byline does not read as one.
    const card = parseHtml(`<html><head><title>Council approves new park</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Council approves new park</h1><p class="byline">By Sam Byford on June 29, 2014 08:08 pm</p><p>The council approved the new park on the old rail yards on Monday, after a year of debate. ${words(30)}.</p><p>Work starts in spring and the park opens in 2026, the mayor said. ${words(30)}.</p></article><section class="more-stories"><div class="card"><p class="byline">By Ellis Hamburger</p></div></section></body></html>`);
    expect(card.byline?.text ?? null).not.toBe('By Ellis Hamburger');
    // The writers' links when the box runs text together, past a dialog's own <h1> at the top.
    const nation = parseHtml(`<html><head><title>Council approves new park</title></head><body><div class="modal"><h1>Log In</h1>${'<div><span>Email</span></div>'.repeat(30)}</div><article><h1>Council approves new park</h1><div class="byline"><h2 class="author_name">By <a class="author" href="https://example.com/authors/sarah-lazare/">Sarah Lazare</a><a class="author-twitter" href="https://twitter.com/sarahlazare"><span>Twitter</span></a></h2><h4>Today 5:00 am</h4></div><p>The council approved the new park on the old rail yards on Monday, after a year of debate. ${words(30)}.</p><p>Work starts in spring and the park opens in 2026, the mayor said. ${words(30)}.</p></article></body></html>`);
    expect(nation.byline?.text).toBe('By Sarah Lazare');
    expect(page.sections.some((x) => x.heading?.text.includes('JST'))).toBe(false);
    expectArticleGrounded(page);
  });

  it('reads the byline the page prints when the data disagree on the writer or name the site (the Daily Star, UPROXX)', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const parsely = (author: string) => `<meta name='parsely-page' content='{"title":"Council approves new park","author":"${author}"}'>`;
    const star = (meta: string, shown: string, data: string) =>
      parseHtml(`<html><head><title>Council approves new park</title><meta property="og:site_name" content="Dailystar.co.uk"><meta name="author" content="${meta}">${parsely(data)}</head><body><article><h1>Council approves new park</h1><div class="byline publication-date">By <a class="author" href="/journalists/x">${shown}</a> <span class="sep">&#47;</span> <time>Published 29th December 2014</time></div>${story}</article></body></html>`);
    expect(star('Nadia Mendoza', 'Helen Wood', 'Helen Wood').byline?.text).toBe('By Helen Wood');
    expect(star('Cyrus  Engineer', 'Cyrus Engineer &amp; Sophie Alexander', 'Cyrus Engineer & Sophie Alexander').byline?.text).toBe('By Cyrus Engineer & Sophie Alexander');
    // (When the data agree, they stand.)
    expect(star('Nadia Mendoza', 'Helen Wood', 'Nadia Mendoza').byline?.text).toBe('By Nadia Mendoza');
    const uproxx = parseHtml(`<html><head><title>Council approves new park</title><meta property="og:site_name" content="UPROXX"><meta name="author" content="UPROXX Media"></head><body><article><h1>Council approves new park</h1><span class="author">By <span class="authorname"><a href="/author/jason-tabrys/" rel="author">Jason Tabrys</a></span> &bullet; <span class="date">12.29.14</span></span>${story}</article></body></html>`);
    expect(uproxx.byline?.text).toBe('By Jason Tabrys');
    expectArticleGrounded(uproxx);
    // A page that prints another writer than its author <meta> names, with no other data: the one it prints (the <meta> may name the editor who posted it).
    const printed = (shown: string) => parseHtml(`<html><head><title>Council approves new park</title><meta name="author" content="Josh Katzowitz"></head><body><article><h1>Council approves new park</h1><div class="post-meta"><div class="author d-block"><h3>By <a href="/charles-patterson/">${shown}</a>, <span>WCI Columnist</span></h3> <time>August 19, 2025</time> | 33 Comments</div></div>${story}</article></body></html>`);
    expect(printed('Charles Patterson').byline?.text).toBe('By Charles Patterson, WCI Columnist');
    expect(printed('Josh Katzowitz').byline?.text).toBe('By Josh Katzowitz');
    // (Not a line that names no person, nor a byline in a box about a book.)
    expect(printed('Staff Reports').byline?.text).toBe('By Josh Katzowitz');
    const book = parseHtml(`<html><head><title>Council approves new park</title><meta name="author" content="Jane Roe"></head><body><article><h1>Council approves new park</h1><div class="book-meta"><span class="byline">By Michael Lewis</span> <span>W. W. Norton, 320 pages</span></div>${story}</article></body></html>`);
    expect(book.byline?.text).toBe('By Jane Roe');
  });

  it('keeps heading levels and lists', () => {
    expect(a.sections.map((s) => s.heading && [s.heading.text, s.heading.level])).toEqual([null, ['What the plan includes', 2], ['Costs', 3]]);
    const list = a.sections[1]!.blocks.find((b) => b.kind === 'list')!;
    expect(list.items!.map((i) => i.body.text)).toEqual(['A lake of four acres with a boardwalk around it.', 'Six miles of trails through the old yards.']);
  });

  it('reads a subheading that is a whole paragraph of prose (a lede set in an <h3>) as a paragraph', () => {
    const lede = 'New research from the Federation of Master Builders shows less than half of homeowners are offering their builder a hot drink, despite mounting pressure on building companies to get jobs finished for homeowners in time for Christmas.';
    const p = (n: number) => `<p>Paragraph ${n} says that 42% of homeowners do not offer their builder a brew, as the research found in a survey this autumn.</p>`;
    const b = parseHtml(`<html><head><title>Trouble brewing</title></head><body><article><h1>Trouble brewing</h1><div class="subheading"><h3><p>${lede}</p></h3></div>${p(1)}${p(2)}<h3>What builders said about the survey</h3>${p(3)}</article></body></html>`);
    expect(b.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'What builders said about the survey']);
    expect(b.sections.flatMap((s) => s.blocks).map((x) => x.text).join('\n')).toContain(lede);
    expectArticleGrounded(b);
  });

  it('reads a list whose items are sections (a heading and paragraphs each) as sections, not one run-on item each', () => {
    const item = (title: string, n: number) => `<li><h4>${title}</h4><div class="summary"><p>Paragraph ${n} of the roundup says what happens in ${title} and why it is worth reading this winter.</p><p>Another paragraph about ${title} says who wrote it and which readers will like it.</p></div></li>`;
    const b = parseHtml(`<html><head><title>Book Beat</title></head><body><article><h1>Book Beat</h1><p>Book Beat highlights other books that we may hear about through friends, social media or other sources each week.</p><ul class="books">${item('A Far Better Thing', 1)}${item('House of Rayne', 2)}</ul></article></body></html>`);
    expect(b.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'A Far Better Thing', 'House of Rayne']);
    expect(b.sections[1]!.blocks.map((x) => x.kind)).toEqual(['paragraph', 'paragraph']);
    expectArticleGrounded(b);
    // Only when each item is one: a list with one such item among plain ones stays a list.
    const mixed = parseHtml(`<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>Book Beat highlights other books that we may hear about through friends, social media or other sources each week.</p><ul><li><h4>Police</h4><p>Forty new officers will be hired this year.</p></li><li>Roads: $12 million for repairs.</li><li>Libraries: one new branch.</li></ul><p>The mayor is expected to sign the budget on Friday after the final vote.</p></article></body></html>`);
    expect(mixed.sections.map((s) => s.heading?.text ?? null)).toEqual([null]);
  });

  it('reads a bold line and a line break that open a paragraph as a heading run into it', () => {
    const entry = (bold: string) =>
      parseHtml(
        `<html><head><title>Pitcher rumors</title></head><body><article><h1>Pitcher rumors</h1><p>The market has been slow this winter for the best pitchers, and clubs have waited to see who blinks first. ${words(30)}</p>` +
          `<p><strong>${bold}</strong><br>The free agent market has been moving slowly this offseason, but we may have some action soon, according to two reporters.</p></article></body></html>`,
      ).sections.flatMap((x) => [...(x.heading ? [['heading', x.heading.text]] : []), ...x.blocks.map((b) => [b.kind, b.text])]);
    expect(entry("Feb. 8: Montgomery 'most likely' will sign by next week")).toContainEqual(['heading', "Feb. 8: Montgomery 'most likely' will sign by next week"]);
    expect(entry("Feb. 8: Montgomery 'most likely' will sign by next week")).toContainEqual(['paragraph', 'The free agent market has been moving slowly this offseason, but we may have some action soon, according to two reporters.']);
    // A bold sentence is the paragraph's own first line.
    expect(entry('Montgomery will sign by next week.').filter(([kind]) => kind === 'heading')).toEqual([]);
    // Nor a byline or a dateline in bold.
    expect(entry('By Jane Roe').filter(([kind]) => kind === 'heading')).toEqual([]);
    expect(entry('LONDON (Reuters)').filter(([kind]) => kind === 'heading')).toEqual([]);
  });


  it('breaks paragraphs at the empty elements a site styles as line breaks', () => {
    const br = '<span class="id-r-component br"></span>';
    const page = parseHtml(
      `<html><head><title>Newborns abandoned</title></head><body><article><h1>Newborns abandoned</h1><div class="story">` +
        `In Rajgarh district, a newborn girl was found in a dustbin shortly after birth, and passersby alerted the police at once. ${words(20)}.${br}` +
        `After recovering, she was handed over to a shelter home with permission from the Child Welfare Committee.${br}` +
        `<span class="strong">Newborn Girl’s Body Found Inside Hospital Toilet</span>${br}${br}` +
        `In a deeply disturbing case from Parasia, the body of a newborn girl was found inside a toilet at a civil hospital. ${words(20)}.</div></article></body></html>`,
    );
    const blocks = page.sections.flatMap((s) => [...(s.heading ? [s.heading.text] : []), ...s.blocks.map((b) => b.text)]);
    expect(blocks).toContain('After recovering, she was handed over to a shelter home with permission from the Child Welfare Committee.');
    expect(blocks.some((b) => b.startsWith('Newborn Girl’s Body Found Inside Hospital Toilet'))).toBe(true);
    expect(blocks.some((b) => b.includes('ToiletIn'))).toBe(false);
    // One such span is a styling hook (Tachyons' "br" draws a right border), and a <br> with that class is one break.
    const hook = parseHtml(`<html><body><article><h1>Rates</h1><p>The bank's rate <span class="br"></span> is now 5 percent and will stay there for a year, the governor said. ${words(30)}</p><p>10 Downing Street<br class="br">London, where the cabinet met on Monday to agree the plan. ${words(30)}</p></article></body></html>`);
    const texts = hook.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.some((t) => t.startsWith("The bank's rate is now 5 percent"))).toBe(true);
    expect(hook.sections.some((s) => s.heading?.text === '10 Downing Street')).toBe(false);
  });
  it('puts a subheading the extractor dropped after the list a kept paragraph introduces, where the page has it', () => {
    const html = `<html><head><title>Youth mental health</title></head><body><article><h1>Youth mental health</h1><p>In light of growing mental health concerns among adolescents, this brief examines the latest data on how young people are doing.</p><p>Data on youth mental health is limited, and when it is available it often lags behind by a year or two.</p><p>Key takeaways include:</p><ul><li>In 2021 and 2022, 21% of adolescents reported experiencing symptoms of anxiety in the past two weeks.</li><li>Deaths due to drug overdose among adolescents more than doubled from 2018 to 2022.</li></ul><div class="extra-wrapper"><h2>What share of adolescents experience poor mental health?</h2></div><p>Approximately one in five adolescents reported experiencing symptoms of anxiety or depression in 2021 and 2022.</p><p>Female adolescents were more likely than their male peers to report symptoms of anxiety and depression.</p></article></body></html>`;
    const a = parseHtml(html);
    expect(a.sections[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list']);
    expect(a.sections[1]!.heading?.text).toBe('What share of adolescents experience poor mental health?');
  });

  it('reads the page again without the extractor cleaning when it cleaned most of the prose away as widgets, and says so; not for one box', () => {
    const intro = (n: number) => `<p>Paragraph ${n} of the introduction says how the editors tested every appliance in their lab this year, what they found, and why a reader shopping for a new one should care about the results.</p>`;
    const award = (n: number) => `<div data-product-widget class="c-product-widget c-product-widget--big" id="model-${n}-review"><div class="c-product-widget__product"><div class="c-product-widget__text-container--big"><div class="classification-label">Best pick ${n}</div><div class="u3 c-product-widget__name">Appliance model ${n}</div><div class="c-product-widget__content"><p>Appliance ${n} cleaned every stain in our tests, and it did so faster than any other model we tried this year.</p><p>It also stays quiet while it runs, which our testers noticed on every cycle they ran with it.</p><p><a href="https://example.com/review-${n}"><strong>Read our full review.</strong></a></p></div></div></div><div class="where-to-buy"><div class="where-to-buy__offers"><a class="btn buy-btn" href="https://shop.example/${n}">Buy now at the shop</a></div></div></div>`;
    const html = (awards: number[]) => `<html><head><title>The best appliances of the year</title></head><body><nav><a href="/">Home</a></nav><div class="feature"><h1>The best appliances of the year</h1><div class="feature__content-block">${intro(1)}${intro(2)}${intro(3)}${awards.map(award).join('')}</div></div><footer><p>Copyright 2025 the site.</p></footer></body></html>`;
    const a = parseHtml(html([1, 2, 3, 4, 5]));
    expect(bodyText(a)).toMatch(/Paragraph 3 of the introduction[^]*Best pick 1[^]*Appliance 1 cleaned every stain[^]*Appliance 5 cleaned every stain/);
    expect(a.messages.some((m) => m.id === 'restored-text' && /took for page furniture/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // (And a rerun of the extractor without another post the page shows keeps to the same reading.)
    const teaser = `<article class="teaser"><h2><a href="https://example.com/best-fridges">The best fridges</a></h2><p>Our guide to the best fridges of the year tells you which one to buy, and why the testers liked it so much.</p></article>`;
    const withPost = parseHtml(html([1, 2, 3, 4, 5]).replace('<title>', '<link rel="canonical" href="https://example.com/best-appliances"><title>').replace('</div></div><footer>', `${teaser}</div></div><footer>`));
    expect(bodyText(withPost)).toMatch(/Appliance 5 cleaned every stain/);
    const one = parseHtml(html([1]));
    expect(bodyText(one)).not.toMatch(/Appliance 1 cleaned/);
    expect(one.messages.some((m) => /took for page furniture/.test(m.message))).toBe(false);
  });

  it('reads the whole article body the page marks when the extractor chose a part of it, and says so', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the roundup says which book club picked which novel this month and why the members liked it.</p>`;
    const box = (n: number) => `<div class="bookblurb"><h3>Book ${n} by A. Writer</h3><div class="bookblurb__description">${para(10 + n)}${para(20 + n)}</div></div>`;
    const html = `<html><head><title>Book club picks</title></head><body><header><h1>Book club picks</h1></header><div class="content-area" itemprop="articleBody"><div class="bubblewrap-extra">${para(1)}${para(2)}</div><div id="promo"></div><div class="bubblewrap"><h2>The first club</h2>${box(1)}<h2>The second club</h2>${box(2)}<h2>The third club</h2>${box(3)}</div></div><footer><p>Copyright 2025 the site. All rights reserved.</p></footer></body></html>`;
    const a = parseHtml(html);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 1 of the roundup[^]*Paragraph 2 of the roundup[^]*Paragraph 11/);
    expectArticleGrounded(a);
  });

  it("reads the page's JSON-LD articleBody when the extracted article holds under 60% of its paragraphs, and says so", () => {
    const paras = [1, 2, 3, 4, 5].map((n) => `Paragraph ${n} of the story tells what the council decided about the old mill, and why residents objected to the plan.`);
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council decides on the mill', articleBody: paras.join('\n\n') });
    const html = (kept: string[]) => `<html><head><title>Council decides on the mill</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Council decides on the mill</h1>${kept.map((p) => `<p>${p} ${words(20)}</p>`).join('')}</article></body></html>`;
    const short = parseHtml(html(paras.slice(3)));
    expect(short.sections.flatMap((x) => x.blocks.map((b) => b.text))).toEqual(paras);
    expect(short.messages.some((m) => m.id === 'restored-text' && /JSON-LD articleBody/.test(m.message))).toBe(true);
    expectArticleGrounded(short);
    // A publisher's own markup in it is no text: "+++dropcap", "{: .small}", Markdown links and emphasis.
    const marked = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council decides on the mill', articleBody: ['+++dropcap', paras[0], `In 2015, she gave a talk at *NASA*{: .small}’s Ames Research Center and published [a paper](https://example.org/wiki/Paper_(mill)) about the *mill* and its future, which the council read.`, '{: legacyType="feature-small"}', ...paras.slice(1)].join('\n\n') });
    const md = parseHtml(html(paras.slice(3)).replace(ld, marked));
    const mdText = md.sections.flatMap((x) => x.blocks.map((b) => b.text));
    expect(mdText).toContain('In 2015, she gave a talk at NASA’s Ames Research Center and published a paper about the mill and its future, which the council read.');
    expect(mdText.join('\n')).not.toMatch(/\+\+\+|\{:|\]\(/);
    // Nor are HTML character references or a video player's message for old browsers (Metro's).
    const encoded = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council decides on the mill', articleBody: [paras[0]!.replace("the council", "the council&#8217;s members"), 'To view this video please enable JavaScript, and consider upgrading to a web\nbrowser that\nsupports HTML5\nvideo\n\nUp Next', ...paras.slice(1)].join('\n\n') });
    const metro = parseHtml(html(paras.slice(3)).replace(ld, encoded)).sections.flatMap((x) => x.blocks.map((b) => b.text)).join('\n');
    expect(metro).toContain('the council’s members');
    expect(metro).not.toMatch(/&#|enable JavaScript|supports HTML5/);
    // An extracted article that holds most of it is read as extracted.
    const most = parseHtml(html(paras.slice(1)));
    expect(most.messages.some((m) => /JSON-LD/.test(m.message))).toBe(false);
  });

  it('leaves out captions, navigation and footer, and reports share bars and link rows as dropped', () => {
    expect(a.text).not.toContain('The rail yards today');
    expect(a.text).not.toContain('Home');
    expect(a.text).not.toContain('© 2024');
    const dropped = a.dropped.map((d) => d.reason);
    expect(dropped).toContain('related-links');
    for (const d of a.dropped) expect(a.text.slice(d.start, d.end)).toBe(d.text);
    const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ');
    expect(body).not.toMatch(/Share on Facebook|Related: Mayor/);
  });

  it('leaves out a file’s download box inside the article (Substack’s attachment, WordPress’s file block) and a members’ block logged out', () => {
    const para = (k: number) => `<p>Part ${k} of the post tells readers what the new book covers and when its first chapter reaches their inbox.</p>`;
    const boxes = [
      '<div class="file-embed-wrapper"><div class="file-embed-container-top"><div class="file-embed-details"><div class="file-embed-details-h1">Chapter 1 Economics Based Personal Finance 2026</div><div class="file-embed-details-h2">6.66MB ∙ PDF file</div></div><a class="file-embed-button" href="/f.pdf">Download</a></div></div>',
      '<div class="wp-block-file"><a href="/report.pdf">Annual report 2025 full text</a><a class="wp-block-file__button" href="/report.pdf">Download</a></div>',
      // (And a members' block as a reader who is not logged in sees it.)
      '<div class="wp-block-premium-content-logged-out-view entry-content"><h3>Annual report 2025 full text for members</h3><p>Become a member to read the Annual report 2025 today.</p></div>',
    ];
    for (const box of boxes) {
      const a = parseHtml(`<html><head><title>Sneak peek</title></head><body><article><h1>Sneak peek</h1>${para(1)}${para(2)}${box}${para(3)}</article></body></html>`);
      const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ');
      expect(body).toContain('Part 3 of the post');
      expect(body).not.toMatch(/PDF file|Annual report 2025|Download/);
    }
  });

  it('goes on after a box of other stories set between two parts of the story, and still ends at one after it', () => {
    const para = (k: number) => `<p>Part ${k} of the story tells how the council met on Monday to decide the future of the old mill, and what each member said about it.</p>`;
    const page = (middle: string, after: string) =>
      `<html><head><title>Council decides on the mill</title></head><body><article><h1>Council decides on the mill</h1>${para(1)}${para(2)}<div><h3>You might like</h3></div>${middle}</article>${after}</body></html>`;
    const inside = parseHtml(page(`${para(3)}${para(4)}<h3>Top Gear Newsletter</h3><p>Get all the latest news, reviews and exclusives, direct to your inbox.</p>`, ''));
    const body = (a: Article) => a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).filter(Boolean).join(' ');
    expect(body(inside)).toContain('Part 4 of the story');
    expect(body(inside)).not.toMatch(/You might like|Newsletter|direct to your inbox/);
    // A story's sentence about an inbox is no newsletter's plug.
    const story = parseHtml(page(`${para(3)}<p>Scammers can now send fake invoices right to your inbox, police warned.</p>${para(4)}`, ''));
    expect(body(story)).toContain('right to your inbox, police warned');
    expect(inside.dropped.find((d) => d.text === 'You might like')?.reason).toBe('related-links');
    // Teasers after the story: a headline and a one-line blurb each, and the story ends at the label.
    const teasers = [1, 2].map((k) => `<h4>Another story number ${k}</h4><p>A short blurb about the other story ${k}.</p>`).join('');
    const after = parseHtml(page(teasers, ''));
    expect(body(after)).not.toMatch(/Another story|short blurb/);
    expect(after.dropped.find((d) => d.text === 'You might like')?.reason).toBe('outside-article');
    // (Searchlight's "ALSO IN THE NEWS" over its teasers is such a label.)
    const also = parseHtml(page(teasers, '').replace('You might like', 'ALSO IN THE NEWS'));
    expect(body(also)).not.toMatch(/Another story|short blurb|ALSO IN THE NEWS/);
  });

  it('keeps a linked source that introduces a quotation, unlike a row of links', () => {
    const body = '<p>Zelensky is considering firing his top general, as he tries to quell the biggest military crisis of his presidency, reports say.</p>';
    const page = `<html><body><article><h1>Zelensky weighs firing general</h1>${body}<p><a href="https://ft.com/x">Financial Times</a> reported:</p><p>“The general’s leadership has become a lightning rod for protests that have grown since the minister was fired,” the paper wrote in its report on Saturday.</p><p><a href="/a">Kyiv news</a> <a href="/b">More stories</a></p>${body.replace('reports say', 'aides said')}</article></body></html>`;
    const a = parseHtml(page);
    const blocks = a.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toContain('Financial Times reported:');
    expect(a.dropped.map((d) => d.text)).not.toContain('Financial Times reported:');
    expect(a.dropped.map((d) => d.text)).toContain('Kyiv news More stories');
  });

  it('reads the whole page, without its navigation, when the extractor finds no article', () => {
    const b = parseHtml('<html><body><nav>Home World</nav><div>Short note for readers of this page.</div></body></html>');
    expect(b.messages.map((m) => m.id)).toContain('extractor-fallback');
    expect(b.sections.flatMap((s) => s.blocks.map((x) => x.text))).toEqual(['Short note for readers of this page.']);
  });

  it('reads the block the page marks as the article body, not the whole page, when the extractor cannot', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the column says what the council decided on Tuesday, and why the mayor thinks it matters.</p>`;
    const page = `<div class="promo"><p>Sign up for our morning newsletter to get the day's news in your inbox before breakfast.</p></div>
      <div itemprop="articleBody">${para(1)}${para(2)}<div class="subscriber-offers"><p>You are logged in</p></div>${para(3)}</div>`;
    const b = parseHtml(`<html><body>${'<div>'.repeat(200)}${page}${'</div>'.repeat(200)}</body></html>`);
    const texts = b.sections.flatMap((s) => s.blocks.map((x) => x.text));
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/Sign up|logged in/);
    expect(b.messages.map((m) => m.message).join(' ')).toMatch(/marks as the article's body/);
  });

  it("reads a page inside a filing's SGML envelope, with the headline in capitals and not the exhibit label", () => {
    const para = (s: string): string => `<P STYLE="margin-top:12pt">${s}</P>`;
    const page = [
      '<DOCUMENT>', '<TYPE>EX-99.1', '<SEQUENCE>2', '<FILENAME>d1dex991.htm', '<DESCRIPTION>EX-99.1', '<TEXT>',
      '<HTML><HEAD><TITLE>EX-99.1</TITLE></HEAD><BODY>',
      '<P ALIGN="right"><B>Exhibit 99.1 </B></P>',
      '<P ALIGN="center"><B>ACME PHARMACEUTICALS ANNOUNCES AGREEMENT TO ACQUIRE RIGHTS TO WIDGETOL IN THE AMERICAS FROM EXAMPLE PHARMACEUTICALS, INC.</B></P>',
      para('DUBLIN, July 2, 2014 — Acme Pharmaceuticals plc today announced that the company has signed a definitive agreement with Example Pharmaceuticals, Inc. under which a subsidiary will acquire rights to widgetol in the Americas.'),
      para('As part of the agreement, Example would receive an upfront payment of $75 million upon closing of the transaction, and milestone payments after that.'),
      para('“The acquisition is a strong strategic fit with our specialty focus,” said Jane Roe, chief executive officer of Acme Pharmaceuticals plc, in a statement.'),
      '</BODY></HTML>', '</TEXT>', '</DOCUMENT>',
    ].join('\n');
    const b = parse(sourceFromText(page, 'ex991.htm'));
    expectArticleGrounded(b);
    expect(b.title?.text).toBe('ACME PHARMACEUTICALS ANNOUNCES AGREEMENT TO ACQUIRE RIGHTS TO WIDGETOL IN THE AMERICAS FROM EXAMPLE PHARMACEUTICALS, INC.');
    const texts = b.sections.flatMap((s) => s.blocks.map((x) => x.text));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^DUBLIN, July 2, 2014/);
    expect(texts.join(' ')).not.toMatch(/EX-99|d1dex991/);
    expect(b.dropped.map((d) => [d.text, d.reason])).toContainEqual(['Exhibit 99.1', 'metadata']);
  });

  it('keeps markup above the <html> tag from taking the page body with it', () => {
    const b = parseHtml(`<b>Warning</b>: cache miss\n<html><body><p>The council approved the plan on Tuesday after a long debate, officials said in a statement.</p></body></html>`);
    expect(b.sections.flatMap((s) => s.blocks.map((x) => x.text))).toEqual(['The council approved the plan on Tuesday after a long debate, officials said in a statement.']);
  });

  it("reads a page whose <html> tags for old browsers stand in conditional comments before the real one", () => {
    const b = parseHtml(`<!DOCTYPE html>\n<!--[if lt IE 7 ]>\n<html class="ie6">\n<![endif]-->\n<!--[if (gt IE 9)|!(IE)]><!-->\n<html>\n<!--<![endif]-->\n<body><p>The council approved the plan on Tuesday after a long debate, officials said in a statement.</p></body></html>`);
    expect(b.sections.flatMap((s) => s.blocks.map((x) => x.text))).toEqual(['The council approved the plan on Tuesday after a long debate, officials said in a statement.']);
  });

  it('survives deeply nested and unclosed markup', () => {
    const deep = '<div>'.repeat(3000) + '<p>Deep text that is still an article sentence.' + '</div>'.repeat(10);
    const b = parseHtml(`<html><body>${deep}</body></html>`);
    expect(b.messages.map((m) => m.message).join(' ')).toMatch(/nests more than 150 levels/);
    expect(b.sections.flatMap((s) => s.blocks.map((x) => x.text)).join(' ')).toContain('Deep text that is still an article sentence.');
  });
});

describe('HTML tables', () => {
  const STATS = `<table><caption>Defensive snaps</caption><thead><tr><th>Pos</th><th>Player</th><th>Stats</th></tr></thead>
<tbody><tr><td>DL</td><td><a href="/p/1">Larry Ogunjobi</a></td><td>1 tackle, 1 sack.</td></tr><tr><td>DL</td><td>Myles Garrett</td><td>3 QH.</td></tr></tbody>
<tfoot><tr><th>Pos</th><th>Player</th><th>Stats</th></tr></tfoot></table>`;
  const page = (body: string): Article =>
    parseHtml(`<html><head><title>Browns snap counts</title></head><body><article><h1>Browns snap counts</h1><p>The Browns played their defensive line hard on Thursday night in Pittsburgh, and the snap counts show it clearly. ${words(30)}</p>${body}<p>Another paragraph of analysis follows the table here with more words. ${words(30)}</p></article></body></html>`);

  it('keeps a data table as rows of cells, with offsets, without its repeated footer header', () => {
    const a = page(STATS);
    const blocks = a.sections.flatMap((s) => s.blocks);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Pos', 'Player', 'Stats'],
      ['DL', 'Larry Ogunjobi', '1 tackle, 1 sack.'],
      ['DL', 'Myles Garrett', '3 QH.'],
    ]);
    expect(table.rows![1]!.text).toBe('DL | Larry Ogunjobi | 1 tackle, 1 sack.');
    // The caption stands alone before the table, as a heading does.
    expect(a.sections.map((s) => s.heading?.text)).toContain('Defensive snaps');
    expectArticleGrounded(a);
    for (const row of table.rows!) for (const cell of row.cells) expect(a.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('keeps a table of one row of column headings (its rows filled in by a script) as one row, not a paragraph per cell', () => {
    const a = page('<table><thead><tr><th>Battery-Electric Model</th><th>All-EV Range (Miles)</th><th>Winter Range (Miles)</th></tr></thead><tbody></tbody></table>');
    const table = a.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.text)).toEqual(['Battery-Electric Model | All-EV Range (Miles) | Winter Range (Miles)']);
    expectArticleGrounded(a);
    // A row of linked headings is a menu, no table.
    const menu = page('<table><tr><th><a href="/news">News</a></th><th><a href="/politics">Politics</a></th><th><a href="/budget">Budget 2025</a></th></tr></table>');
    expect(menu.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'table')).toBe(false);
    // A row of ordinary cells alone is no table of data.
    const one = page('<table><tr><td>Battery-Electric Model</td><td>All-EV Range (Miles)</td></tr></table>');
    expect(one.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'table')).toBe(false);
  });

  it('walks a layout table (paragraphs in its cells, or a table inside) like any container', () => {
    const layout = page(`<table><tr><td><p>${words(90, 'long')}</p></td><td>Side</td></tr><tr><td>a</td><td>b</td></tr></table>`);
    expect(layout.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'table')).toBe(false);
    const nested = page(`<table><tr><td><table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table></td><td>Side</td></tr><tr><td>a</td><td>b</td></tr></table>`);
    const kinds = nested.sections.flatMap((s) => s.blocks).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'table')).toHaveLength(1);
  });

  it('reads a GFM table in Markdown the same way', () => {
    const a = parse(sourceFromText('# Results\n\nThe count ended late on Sunday night in the capital.\n\n| Name | Votes |\n|---|---|\n| Smith | 120 |\n| Jones | 80 |\n', 'r.md', { inputFormat: 'markdown' }));
    const table = a.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.text)).toEqual(['Name | Votes', 'Smith | 120', 'Jones | 80']);
  });
});

describe('pasted page text', () => {
  const page = [
    ' * Home',
    ' * World',
    ' * Business',
    ' * Sport',
    ' * Log In',
    '',
    'Council approves new park on old rail yards',
    '',
    'By Jane Doe',
    '',
    'March 5, 2024 10:00 am',
    '',
    'The city council approved a plan on Tuesday to build a large park on the old rail yards in the east of the city.',
    '',
    'The park will include playgrounds, a lake and six miles of walking trails for residents, according to the plan.',
    '',
    'What it costs',
    '',
    'It will cost about $40 million and open in 2027, the council said in a statement after the vote.',
    '',
    'Related stories',
    '',
    ' * Mayor opens new library in the north of the city with a ceremony.',
    ' * Bus routes change next month.',
    '',
    '3 Comments',
    '',
    'Sam on March 5, 2024 at 11:02 am said:',
    '',
    'Great news for the neighbourhood, we have waited for this park for a very long time now.',
    '',
    ' * About Us',
    ' * Privacy Policy',
  ].join('\n');
  const a = parse(sourceFromText(page, 'pasted.txt'));

  it('finds the article body between the menus and the related stories and comments', () => {
    expect(a.title?.text).toBe('Council approves new park on old rail yards');
    expect(a.byline?.text).toBe('By Jane Doe');
    const body = a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).filter(Boolean);
    expect(body).toEqual([
      'The city council approved a plan on Tuesday to build a large park on the old rail yards in the east of the city.',
      'The park will include playgrounds, a lake and six miles of walking trails for residents, according to the plan.',
      'What it costs',
      'It will cost about $40 million and open in 2027, the council said in a statement after the vote.',
    ]);
  });

  it('reports what it dropped, with offsets', () => {
    const reasons = new Set(a.dropped.map((d) => d.reason));
    expect(reasons).toEqual(new Set(['chrome', 'navigation', 'metadata', 'outside-article']));
    for (const d of a.dropped) expect(a.text.slice(d.start, d.end)).toBe(d.text);
    expect(a.dropped.find((d) => d.text.startsWith('Great news'))?.reason).toBe('outside-article');
  });

  it('drops a short caption but never a paragraph that merely mentions "left" or "Photo:"', () => {
    const text = `Storm Hits Coast\n\nRescuers, left, and residents wade through water.\n\n${'The storm hit the coast on Monday and flooded homes, officials said. '.repeat(6)}Mayor Jane Porter, left, and her deputy toured the area. Photo: City.\n`;
    const a = parse(sourceFromText(text, 'story.txt'));
    expect(a.dropped.map((d) => [d.reason, d.text.slice(0, 9)])).toEqual([['caption', 'Rescuers,']]);
    expect(a.sections.flatMap((s) => s.blocks).some((b) => b.text.includes('Mayor Jane Porter, left,'))).toBe(true);
    const page = parse(sourceFromText(` * Home\n * World\n * Sport\n * News\n * Log In\n * Sign up\n\nStorm Hits Coast\n\n${text.split('\n\n').slice(1).join('\n\n')}\nRelated stories\n\n * Other news\n`, 'page.txt'));
    const body = page.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(body.some((b) => b.startsWith('The storm hit'))).toBe(true);
    expect(body.some((b) => b.startsWith('Rescuers, left'))).toBe(false);
  });

  it('keeps a short post above long comments or a long "you may also like", and no form label ends the article', () => {
    const menu = ' * Home\n * World\n * Sport\n * News\n * Log In\n * Sign up\n\n';
    const post =
      'Our goal with these open threads is to let readers raise questions about our work in public, in the comments below. ' +
      'You are also welcome to email us or to ask for a call with our staff if you would rather discuss a question in private. We will try to answer promptly.';
    const long = (s: string): string => `${s} `.repeat(12).trim();
    const bodyOf = (text: string): string[] => parse(sourceFromText(text, 'page.txt')).sections.flatMap((s) => s.blocks.map((b) => b.text));
    const comments = `${menu}September open thread\n\n${post}\n\nComments\n\n * Alex on September 17, 2018 at 6:34 am said:\n\n${long('I read the report and I am not sure the buses are really safer at those speeds.')}\n`;
    expect(bodyOf(comments)).toEqual([post]);
    const more = `${menu}September open thread\n\n${post}\n\nYou may also like\n\n${long('Another story runs here with many more words than the post above has in it.')}\n`;
    expect(bodyOf(more)).toEqual([post]);
    // A comment form's field above the article ends nothing.
    const popular = "1 Old photo sparks new theories online, again 2 Aides left notes for the new staff, report says 3 Two guards to be charged over a death in jail 4 Video shows a possible setup, fans say";
    const form = `${menu}${popular}\n\nName(required)\n\nComment(required)\n\nSubmit\n\n${'The storm hit the coast on Monday and flooded homes across the county, officials said. '.repeat(8).trim()}\n`;
    expect(bodyOf(form)[0]).toMatch(/^The storm hit/);
  });

  it('goes on after a "Read More" with prose on both sides, and keeps a ranked list whose items carry links', () => {
    const menu = ' * Home\n * World\n * Sport\n * News\n * Log In\n * Sign up\n\n';
    const bodyOf = (text: string): string[] => parse(sourceFromText(text, 'page.txt')).sections.flatMap((s) => s.blocks.map((b) => b.text));
    const lede = 'Asian markets were mixed in early trading on Tuesday after reports that talks in Beijing had stalled again.';
    const rest = 'US stock futures were slightly higher during Asian trading hours after small losses earlier in the session.';
    const inline = `${menu}Markets mixed in Asia\n\n${lede}\n\nRead More\n\n${rest}\n\n${rest.replace('US', 'European')}\n\nRelated stories\n\n * Other news\n`;
    expect(bodyOf(inline)).toEqual([lede, rest, rest.replace('US', 'European')]);
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}) Classic film box set number ${i + 1} (Blu-Ray)\nhttp://amzn.to/x${i}`).join('\n\n');
    const ranked = `${menu}Black Friday picks for nostalgics\n\n${'The sales start this week and these are the best deals we found for fans of old films and games. '.repeat(2).trim()}\n\n${items}\n\nLeave a Reply\n`;
    const body = bodyOf(ranked);
    expect(body.some((b) => b.includes('box set number 12'))).toBe(true);
    // After "Related stories", teasers written as sentences are no continuation.
    const teasers = `${menu}Markets mixed in Asia\n\n${lede}\n\nRelated stories\n\nBus routes change next month across the city, officials said on Monday.\n`;
    expect(bodyOf(teasers)).toEqual([lede]);
  });

  it('keeps a clean article whole', () => {
    const clean = parse(sourceFromText('A Headline Here\n\nFirst paragraph of the story is here.\n\n- short item\n- another one\n\nLast paragraph closes the story.\n', 'clean.txt'));
    expect(clean.dropped).toEqual([]);
    expect(clean.sections.flatMap((s) => s.blocks)).toHaveLength(3);
  });
});

describe('the headline of an HTML page', () => {
  const titleOf = (head: string, body: string): string | undefined =>
    parse(sourceFromText(`<!doctype html><html><head>${head}</head><body>${body}<article><p>${'The council approved the plan on Tuesday after a long debate about its cost. '.repeat(8)}</p></article></body></html>`, 't', { inputFormat: 'html' })).title?.text;

  it('reads the author from Parse.ly’s page data or the one element marked as the author, over a teaser’s byline, and never a link', () => {
    const bylineOf = (head: string, body: string): string | undefined =>
      parse(sourceFromText(`<!doctype html><html><head><title>Cracking the Sitcom Code</title>${head}</head><body><ul><li><h2>What's Wrong With Georgia?</h2><div class="byline">By Alana Semuels</div></li></ul><article><h1>Cracking the Sitcom Code</h1>${body}<p>${'Sitcoms follow a simple formula that writers learn early in their careers. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' })).byline?.text;
    expect(bylineOf(`<meta name='parsely-page' content='{"author":"Noah Charney","section":"Entertainment"}'>`, '')).toBe('By Noah Charney');
    expect(bylineOf('', '<span class="authors"><a href="/noah-charney/" class="author" itemprop="author" rel="author">Noah Charney</a></span>')).toBe('By Noah Charney');
    expect(bylineOf('<meta property="article:author" content="http://www.example.com/contributors/barbie-nadeau"><meta name="authors" content="Barbie Latza Nadeau">', '')).toBe('By Barbie Latza Nadeau');
    expect(bylineOf('', '<div itemprop="author" itemscope><span itemprop="name">Noah Charney</span> <span itemprop="jobTitle">Contributing Editor</span></div>')).toBe('By Noah Charney');
  });

  it('takes no site logo set as an <h1> for the headline (Georgia Tech’s h1#gt-logo)', () => {
    expect(titleOf('<title>The Agency: a student club for machine learning | ML at Georgia Tech</title>', '<header><h1 id="gt-logo"><a href="/">Georgia Institute of Technology</a></h1></header><h2 class="title">The Agency: a student club for machine learning</h2>')).toMatch(/^The Agency: a student club for machine learning/);
  });

  it('takes no post without a name for the byline, and no separator at the site name’s end (Parenting OC)', () => {
    const a = parse(sourceFromText(`<!doctype html><html><head><title>Balance for Working Moms</title><meta name="author" content="Marketing and Event Coordinator"><meta property="og:site_name" content="Parenting OC |"></head><body><article><h1>Balance for Working Moms</h1><p>${'When I became a mom, everything in my world shifted, and balance came to mean something new. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(a.byline ?? null).toBeNull();
    expect(a.meta.siteName).toBe('Parenting OC');
    // (Nor a site's account: "NOC Admin".)
    const account = parse(sourceFromText(`<!doctype html><html><head><title>Tech Conferences</title><meta name="author" content="NOC Admin"></head><body><article><h1>Tech Conferences</h1><p>${'Atlanta hosts a growing number of technology conferences every spring and autumn. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(account.byline ?? null).toBeNull();
    expect(account.meta.byline ?? null).toBeNull();
  });

  it('reads a line break between the <h1>’s words as a space (thefocus.ai’s "WEEKEND<br>CODING<br> AGENT")', () => {
    expect(titleOf('<title>Building a weekend coding agent</title>', '<h1>WEEKEND<br>CODING<br> <span>AGENT</span></h1>')).toBe('WEEKEND CODING AGENT');
    // (In the case the <title> writes the same words, when it does.)
    expect(titleOf('<title>Weekend Coding Agent</title>', '<h1>WEEKEND<br>CODING<br> <span>AGENT</span></h1>')).toBe('Weekend Coding Agent');
    expect(titleOf('<title>Long-awaited budget passes</title>', '<h1>Long-<br>awaited budget passes</h1>')).toBe('Long-awaited budget passes');
  });

  it("is the article's <h1> over a carousel's that shares only function words or a word's other form with the <title>", () => {
    const carousel = ['Next in Your Guide to Being Outside in Houston', 'Houston’s Group Bike Rides Are the Ultimate Form of Protest'].map((t) => `<div class="widget"><h1 class="item__title">${t}</h1></div>`).join('');
    const head = '<title>Where to Bike in Houston | Houstonia Magazine</title><meta property="og:site_name" content="Houstonia Magazine"><meta property="og:title" content="Our Favorite Biking Spots in Houston">';
    const page = `<!doctype html><html><head>${head}</head><body><article class="story"><header><h1 class="v2-headline">The Best Trails and Neighborhoods in Houston for Biking</h1><div class="v2-subhed">Despite what you might have heard, there’s never been a better time to be a cyclist in the Bayou City.</div><p class="page-header__meta"><span class="inline-list__item">By <a href="/people/daniel-renfrow">Daniel Renfrow</a></span> <span>April 12, 2024</span></p></header><p>${'Houston is more bikeable than you think, and new lanes open every year. '.repeat(8)}</p></article>${carousel}</body></html>`;
    const a = parse(sourceFromText(page, 't', { inputFormat: 'html' }));
    expect(a.title?.text).toBe('The Best Trails and Neighborhoods in Houston for Biking');
    // …with the linked name after "By" as its byline.
    expect(a.byline?.text).toBe('By Daniel Renfrow');
    // A paragraph of "by:", a name and a date under the headline is one too (LMSYS).
    const dated = parse(sourceFromText(`<!doctype html><html><head><title>Mini-SGLang</title></head><body><article><h1>Mini-SGLang: Efficient Inference Engine in a Nutshell</h1><p class="text-xl">by: <!-- -->Ziyi Xu<!-- -->,<!-- --> <!-- -->Dec 17, 2025</p><hr><p>${'We are excited to introduce a compact inference engine for large language models today. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(dated.byline?.text).toBe('By Ziyi Xu');
    // Or an element of only "Written by" and a name (Wine Folly).
    const written = parse(sourceFromText(`<!doctype html><html><head><title>Types of wine</title></head><body><article><h1>The Many Different Types of Wine</h1><div class="text-sm">Written by Madeline Puckette</div><p>${'This infographic organizes almost 200 types of wine by taste and by style for readers. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(written.byline?.text).toBe('By Madeline Puckette');
    const text = parse(sourceFromText(`<!doctype html><html><head><title>Coffee</title></head><body><article><h1>A Treatise on Coffee</h1><div>Text by Hunter Dukes</div><p>${'The treatise argues that coffee would improve the diet of the poor in Britain today. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(text.byline?.text).toBe('By Hunter Dukes');
    // A time stamp the author's element ran on with is no part of the name (Neste).
    const stamped = parse(sourceFromText(`<!doctype html><html><head><title>Five solutions</title></head><body><article><h1>Five solutions</h1><div class="Author_content"><p class="Author_author">Nick van Mead</p><p><span>2022-11-23T08:10+02:00</span></p></div><p>${'The last decade was the warmest on record, disrupting the natural systems of the planet. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(stamped.byline?.text ?? null).not.toMatch(/\d/);
    // (Nor a month and day run on to it: "By Scott MattonMarch 2, 2026".)
    const runOn = parse(sourceFromText(`<!doctype html><html><head><title>Five solutions</title></head><body><article><h1>Five solutions</h1><div class="Author_content"><p class="Author_author">By Scott Matton<span>March 2, 2026</span></p></div><p>${'The last decade was the warmest on record, disrupting the natural systems of the planet. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(runOn.byline?.text).toMatch(/^(?:By )?Scott Matton$/);
    // (A surname that opens like a month stays whole: "By Anthony DeMarco 3rd".)
    const marco = parse(sourceFromText(`<!doctype html><html><head><title>Five solutions</title></head><body><article><h1>Five solutions</h1><div class="Author_content"><p class="Author_author">By Anthony DeMarco 3rd</p></div><p>${'The last decade was the warmest on record, disrupting the natural systems of the planet. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(marco.byline?.text ?? '').not.toMatch(/De$/);
    // (Nor a date in figures and a share bar run on to it: "Yucy3/4/2025000000Sharesfacebooktwitter".)
    const shares = parse(sourceFromText(`<!doctype html><html><head><title>Five solutions</title></head><body><article><h1>Five solutions</h1><div class="author_wrap"><div class="author"><strong class="name"><a class="name" href="/author/yucy/">Yucy</a></strong><span class="time">3/4/2025</span></div><div class="share"><span>0</span><span>Shares</span><span>facebook</span><span>twitter</span></div></div><p>${'The last decade was the warmest on record, disrupting the natural systems of the planet. '.repeat(6)}</p></article></body></html>`, 't', { inputFormat: 'html' }));
    expect(shares.byline?.text).toMatch(/^(?:By )?Yucy$/);
  });

  it('leaves out what the <h1> sets beside the headline: a dek in a span, a button link', () => {
    expect(titleOf('<meta property="og:title" content="Final manoeuvre of AirAsia flight raises questions">', '<h1 class="entry-title">Final manoeuvre of AirAsia flight raises questions <a href="#" class="addtowatchlist">Add to ...</a></h1>')).toBe('Final manoeuvre of AirAsia flight raises questions');
    expect(titleOf('<meta property="og:title" content="I Wish Someone Had Told Me This">', '<h1 class="title"><span class="headline">I Wish Someone Had Told Me This</span> <span class="caption">A letter to a young liberal</span></h1>')).toBe('I Wish Someone Had Told Me This');
  });

  it('takes the site and section names off the metadata headline, and decodes what the page left encoded', () => {
    expect(titleOf('<meta property="og:title" content="Nadal keeps Spain alive - Sportsnet.ca"><meta property="og:site_name" content="Sportsnet.ca">', '')).toBe('Nadal keeps Spain alive');
    expect(titleOf('<meta property="og:title" content="Opinion | Republicans Are Following Trump to Nowhere">', '')).toBe('Republicans Are Following Trump to Nowhere');
    expect(titleOf('<meta property="og:title" content="A grant to prototype programs - The GiveWell Blog"><meta property="og:site_name" content="The GiveWell Blog">', '')).toBe('A grant to prototype programs');
    expect(titleOf('<meta property="og:title" content="Fallen Order review &amp;#8211; shoots for the moon">', '')).toBe('Fallen Order review – shoots for the moon');
  });

  it("takes a media label and the columnist's name its author metadata gives off the headline, and nothing else", () => {
    expect(titleOf('<meta property="og:title" content="Dan + Shay Bring ‘Bigger Houses’ to Show Finale [Watch]">', '<h1>Dan + Shay Bring ‘Bigger Houses’ to Show Finale [Watch]</h1>')).toBe('Dan + Shay Bring ‘Bigger Houses’ to Show Finale');
    expect(titleOf('<meta property="og:title" content="Storm floods the coast [VIDEO]">', '')).toBe('Storm floods the coast');
    expect(titleOf('<meta property="og:title" content="NASA beams a cat video to Earth (video)">', '')).toBe('NASA beams a cat video to Earth (video)');
    expect(titleOf('<meta property="og:title" content="Welcome to the first Christmas — Terry Pluto"><meta name="byline" content="Terry Pluto, cleveland.com">', '<h1>Welcome to the first Christmas — Terry Pluto</h1>')).toBe('Welcome to the first Christmas');
    // A name the page does not give as its author is part of the headline; so is a bracket that labels nothing embedded.
    expect(titleOf('<meta property="og:title" content="The long goodbye — Terry Pluto"><meta name="byline" content="Jane Roe">', '')).toBe('The long goodbye — Terry Pluto');
    expect(titleOf('<meta property="og:title" content="Obituary | Mary Smith"><meta name="author" content="Mary Smithson">', '')).toBe('Obituary | Mary Smith');
    expect(titleOf('<meta property="og:title" content="Ten things we learned [Part 2]">', '')).toBe('Ten things we learned [Part 2]');
  });

  it("prefers the visible <h1> that agrees with the metadata, and the article's declared headline over a section's <h1>", () => {
    expect(titleOf('<meta property="og:title" content="Impeachment hearings: Key moments from the testimony">', '<h1>Key moments from the impeachment hearing testimony</h1>')).toBe('Key moments from the impeachment hearing testimony');
    expect(titleOf('<meta property="og:title" content="Pollen allergy: what helps in spring">', '<h1>Allergies Health Center</h1>')).toBe('Pollen allergy: what helps in spring');
    expect(titleOf('<title>Test story</title>', '<h1>Council approves new park</h1>')).toBe('Council approves new park');
  });

  it('takes the section label off an <h1> that carries it, and matches an <h1> to the headline the page declares for sharing', () => {
    expect(titleOf('<meta property="og:title" content="Gov. Hochul vetoes N.Y. ban on noncompete agreements">', '<h1><div><a href="/politics/">Politics | </a></div> <span>Gov. Hochul vetoes N.Y. ban on noncompete agreements</span></h1>')).toBe(
      'Gov. Hochul vetoes N.Y. ban on noncompete agreements',
    );
    expect(titleOf('<meta property="og:title" content="Let kids be kids and leave child labor laws alone | Editorial">', '<h1><div><a href="/opinion/">Opinion | </a></div> <span>Let kids be kids and leave child labor laws alone | Editorial</span></h1>')).toBe(
      'Let kids be kids and leave child labor laws alone',
    );
    // JSON-LD gives search engines one headline, OpenGraph and the <h1> the one readers see.
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Grammys Best African Music Performance Nominees on the New Category"}</script>' +
      '<meta property="og:title" content="Conversations With Every Best African Music Performance Nominee on Making History Together">';
    expect(titleOf(head, '<h1>Conversations With Every Best African Music Performance Nominee on Making History&nbsp;Together</h1><h1>Burna Boy</h1><h1>Davido</h1>')).toBe(
      'Conversations With Every Best African Music Performance Nominee on Making History Together',
    );
  });

  it('prefers the only, sentence-long <h1> on the same story to a headline written for search', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Woman who lost 130lb: seven unexpected changes of weight loss">',
        '<h1>A woman who lost 130 pounds shares 7 changes she wasn’t expecting</h1>',
      ),
    ).toBe('A woman who lost 130 pounds shares 7 changes she wasn’t expecting');
    // A section's <h1> on another subject is still no headline.
    expect(titleOf('<meta property="og:title" content="Pollen allergy: what helps in spring">', '<h1>Welcome to the Allergies and Asthma Health Center</h1>')).toBe('Pollen allergy: what helps in spring');
  });

  it("takes no blog's name in its banner <h1> for the headline the <title> and the metadata give after it", () => {
    const head = '<title>Silicon Exposed: Open Verilog flow for GreenPak4 logic devices</title><meta property="og:title" content="Open Verilog flow for GreenPak4 logic devices">';
    expect(titleOf(head, '<h1 class="title"><a href="/">Silicon Exposed</a></h1>')).toBe('Open Verilog flow for GreenPak4 logic devices');
    // A page's own <h1> at one end of its <title> is still the headline ("Mozilla - Wikipedia", "… - BBC News").
    expect(titleOf('<title>Mozilla - Wikipedia</title>', '<h1>Mozilla</h1>')).toBe('Mozilla');
    // …nor a blog's name that ends the <title> once the site's name is off.
    const blog = '<title>Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing - The Accelerators - WSJ</title><meta property="og:site_name" content="WSJ"><meta property="og:title" content="Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing">';
    expect(titleOf(blog, '<h1 class="blogtitle"><a href="/accelerators">The Accelerators</a></h1><h1 class="post-title">Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing</h1>')).toBe(
      'Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing',
    );
    expect(titleOf('<title>Julian Assange: Sweden drops rape investigation - BBC News</title><meta property="og:title" content="Sweden drops Assange rape investigation">', '<h1>Julian Assange: Sweden drops rape investigation</h1>')).toBe('Julian Assange: Sweden drops rape investigation');
  });

  it("takes a site's or blog's name that is one part of the <title> for no headline, and a kicker the <h1> sets apart by markup off it", () => {
    // The blog's name in the middle of the <title>, as the page's first <h1>.
    const blog = "<title>10 Things You May Not Know About 'Happy Valley' | Anglophenia | BBC America</title>";
    expect(titleOf(blog, "<h1>Anglophenia</h1><h1 class=\"article-title\">10 Things You May Not Know About 'Happy Valley'</h1>")).toBe("10 Things You May Not Know About 'Happy Valley'");
    // A headline that names the site is no site name to take off.
    const named = '<title>PolitiFact | Robert F. Kennedy Jr.’s campaign of conspiracy theories: PolitiFact’s 2023 Lie of the Year</title><meta property="og:site_name" content="@politifact">';
    expect(titleOf(named, '')).toBe('Robert F. Kennedy Jr.’s campaign of conspiracy theories: PolitiFact’s 2023 Lie of the Year');
    // "Opinion" in its own <span>, the separator a <div>: the <h1>'s text runs them together.
    const opinion = '<meta property="og:title" content="Opinion | The cartoons that will get you to Christmas">';
    expect(titleOf(opinion, '<h1><span>Opinion<span role="separator"> <div></div></span> </span><span>The cartoons that will get you to Christmas</span></h1>')).toBe('The cartoons that will get you to Christmas');
    const section = '<meta property="og:title" content="Five Hurricanes prospects who may be underrated after signing Wednesday">';
    expect(titleOf(section, '<h1 class="entry-title"><a href="/sports/college">College Sports</a> | Five Hurricanes prospects who may be underrated after signing Wednesday</h1>')).toBe(
      'Five Hurricanes prospects who may be underrated after signing Wednesday',
    );
    // A short headline that is one part of a <title> stays when nothing else says the longer part is the headline.
    expect(titleOf('<title>Fed holds rates | Markets live: stocks rise as Powell signals cuts in 2024 | Reuters</title>', '<h1>Fed holds rates</h1>')).toBe('Fed holds rates');
    // A headline's own first words are no kicker.
    expect(titleOf('<meta property="og:title" content="Swift Breaks Spotify Record">', '<h1>Taylor Swift Breaks Spotify Record</h1>')).toBe('Taylor Swift Breaks Spotify Record');
    // An <h1> that is the whole declared headline keeps its first words.
    expect(titleOf('<meta property="og:title" content="Opinion polls tighten in the final week">', '<h1>Opinion polls tighten in the final week</h1>')).toBe('Opinion polls tighten in the final week');
    // A headline the <title> and the sharing metadata word differently is no site name either.
    expect(titleOf('<title>Sports Illustrated, G/O Media and the Future of News Media and AI</title><meta property="og:title" content="AI is Already in the Newsroom">', '<h1>AI is Already in the Newsroom</h1>')).toBe('AI is Already in the Newsroom');
  });

  it('prefers the one <h1> marked as the article title to a metadata headline an update left behind', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Strong China Earthquake Kills More Than 120"}</script><meta property="og:title" content="China Earthquake Kills Over 130; Deadliest In 9 Years | Weather.com">';
    expect(titleOf(head, '<h1 class="ArticleHeader--articleTitle--1Sxqt">China\'s Earthquake Survivors Endure Frigid Temperatures And Mourn The Dead</h1>')).toBe(
      "China's Earthquake Survivors Endure Frigid Temperatures And Mourn The Dead",
    );
    // Unmarked, or on another subject altogether, the declared headline stands.
    expect(titleOf(head, '<h1>China\'s Earthquake Survivors Endure Frigid Temperatures And Mourn The Dead</h1>')).toBe('Strong China Earthquake Kills More Than 120');
    expect(titleOf(head, '<h1 class="entry-title">Welcome to our weather and travel health centre</h1>')).toBe('Strong China Earthquake Kills More Than 120');
    // One common word shared is no subject shared.
    expect(titleOf('<meta property="og:title" content="Fed holds rates steady with inflation still high">', '<h1 class="page-title">Stay informed with our morning newsletter today</h1>')).toBe('Fed holds rates steady with inflation still high');
    // Microdata marks it too (`itemprop="headline"`), and a newsroom's "hed" class does.
    const slate = '<meta property="og:title" content="The NFL Season’s Most Astonishing Collapse">';
    expect(titleOf(slate, '<h1 itemprop="headline">The Astonishing Collapse of the Pittsburgh Steelers</h1><h1>Most read this week</h1>')).toBe('The Astonishing Collapse of the Pittsburgh Steelers');
    expect(titleOf(slate, '<h1 class="article__hed">The Astonishing Collapse of the Pittsburgh Steelers</h1><h1>Most read this week</h1>')).toBe('The Astonishing Collapse of the Pittsburgh Steelers');
    // A class outranks microdata a theme also puts on its site name.
    expect(titleOf(slate, '<h1 class="site-title" itemprop="headline">The Sports Blog</h1><h1 class="entry-title" itemprop="headline">The Astonishing Collapse of the Pittsburgh Steelers</h1>')).toBe('The Astonishing Collapse of the Pittsburgh Steelers');
    expect(titleOf(slate, '<h1 class="hedge-fund-banner">The Astonishing Collapse of the Pittsburgh Steelers</h1><h1>Most read this week</h1>')).toBe('The NFL Season’s Most Astonishing Collapse');
  });

  it('reads an older blog\'s post title from its hAtom mark when the page declares no headline', () => {
    const post = '<h1 class="title"><a href="/">Lost in JIT</a></h1><h3 class="post-title entry-title">PyPy and the road towards SciPy</h3>';
    expect(titleOf('<title>Lost in JIT: PyPy and the road towards SciPy</title>', post)).toBe('PyPy and the road towards SciPy');
    // A page of several posts has no one post title.
    const index = '<h1 class="title"><a href="/">Lost in JIT</a></h1><h3 class="entry-title">First post</h3><h3 class="entry-title">Second post</h3>';
    expect(titleOf('<title>Lost in JIT</title>', index)).toBe('Lost in JIT');
  });
});

describe('a lede the extractor left out', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const lede = 'The national space agency said on Monday it would launch its first crewed mission next year, officials said.';
  const second = 'Formerly the agency was known as a committee for space research, set up in 1962 by the then prime minister.';
  const third = 'It was renamed in 1969 and moved into the department of atomic energy, which funded its early rockets.';

  it('comes back when it stands just before the first kept paragraph, in the same container', () => {
    const page = doc(`<div><table><tr><td>Infobox</td></tr></table><p>${lede}</p><p>${second}</p><p>${third}</p></div>`);
    const extracted = doc(`<div><p>${second}</p><p>${third}</p></div>`);
    expect(missedLede(page, extracted).map((p) => p.textContent)).toEqual([lede]);
  });

  it('comes back when each paragraph stands alone in a plain box of the same container', () => {
    const page = doc(`<div id="body"><div class="firstPar"><p>${lede}</p></div><div class="secondPar"><p>${second}</p></div><div class="thirdPar"><p>${third}</p></div></div>`);
    const extracted = doc(`<div><p>${second}</p><p>${third}</p></div>`);
    expect(missedLede(page, extracted).map((p) => p.textContent)).toEqual([lede]);
  });

  it("comes back from the box the page marks as the article's introduction, across a table of contents", () => {
    // Wirecutter: div#intro, then an empty box and the contents' heading, then the sections the extractor kept.
    const page = doc(`<div id="intro"><section><p>${lede}</p><p>${second}</p></section></div><div></div><section id="table-of-contents"><h2>The research</h2></section><section><h2>Choosing</h2><p>${third}</p></section>`);
    expect(missedLede(page, doc(`<section><p>${third}</p></section>`)).map((p) => p.textContent)).toEqual([lede, second]);
    // Not when other prose stands between that box and the kept paragraph, nor from a box of another name.
    const between = doc(`<div id="intro"><p>${lede}</p></div><div class="bio"><p>Kimber Streams is a writer who has been covering laptops at the site for more than a decade.</p></div><section><p>${third}</p></section>`);
    expect(missedLede(between, doc(`<p>${third}</p>`))).toEqual([]);
    const other = doc(`<div id="promo"><p>${lede}</p></div><div></div><section><p>${third}</p></section>`);
    expect(missedLede(other, doc(`<p>${third}</p>`))).toEqual([]);
    // A ranking's introduction: Road & Track's div.listicle-intro.
    const listicle = doc(`<section class="listicle-header"><div class="listicle-intro"><p>${lede}</p></div></section><div class="ad"></div><div><p>1</p><h2>2026 Hyundai Ioniq 5</h2><p>${third}</p></div>`);
    expect(missedLede(listicle, doc(`<div><p>${third}</p></div>`)).map((p) => p.textContent)).toEqual([lede]);
  });

  it('does not come back from another container, or when it is page chrome', () => {
    const boxed = doc(`<div class="dek"><p>${lede}</p></div><div><p>${second}</p><p>${third}</p></div>`);
    expect(missedLede(boxed, doc(`<p>${second}</p><p>${third}</p>`))).toEqual([]);
    const chrome = doc(`<div><p>Sign up for our newsletter to get the latest news delivered to your inbox every morning.</p><p>${second}</p></div>`);
    expect(missedLede(chrome, doc(`<p>${second}</p>`))).toEqual([]);
  });

  it('comes back from a box of its own between the headline and the first kept paragraph, when the box holds nothing else', () => {
    // The CFPB's callout under its <h1>, the extractor keeping the sections below.
    const page = (box: string, h1 = '<h1>Guide to filing your taxes</h1>') => doc(`<main>${h1}<div class="block">${box}</div><div class="block"><div class="group"><h2>Deadlines</h2><p>${second}</p><p>${third}</p></div></div></main>`);
    const kept = doc(`<div><h2>Deadlines</h2><p>${second}</p><p>${third}</p></div>`);
    expect(missedLede(page(`<div class="o-well"><p>${lede}</p></div>`), kept).map((p) => p.textContent)).toEqual([lede]);
    // Not a promo's, a dek's or a newsletter's box, a box with more in it, nor one above the headline.
    for (const box of [`<div class="promo-box"><p>${lede}</p></div>`, `<div class="support-banner"><p>${lede}</p></div>`, `<div class="fb-send-to-messenger-container"><div class="messenger-content"><p>${lede}</p></div></div>`, `<div id="newsletter"><p>${lede}</p></div>`, `<div class="dek"><p>${lede}</p></div>`, `<div class="o-well"><p>${lede}</p><p>Read the agency's full guide to every way of filing for free this year.</p></div>`]) expect(missedLede(page(box), kept)).toEqual([]);
    expect(missedLede(page(`<div class="o-well"><p>${lede}</p></div>`, ''), kept)).toEqual([]);
    // Or two paragraphs under a label for the article's short version, in a box whatever its class (Silverback's div.summary, "TL;DR:"); not under another label.
    const tldr = (label: string) => page(`<div class="summary"><p><strong>${label}</strong></p><p>${lede}</p><p>These are the services most families should try first, ranked by cost.</p></div>`, '<h1>Space agency plans its first crewed mission</h1>');
    expect(missedLede(tldr('TL;DR:'), kept).map((p) => p.textContent)).toEqual([lede, 'These are the services most families should try first, ranked by cost.']);
    expect(missedLede(tldr('Sponsored:'), kept)).toEqual([]);
    // (Nor a digest of other news under "In brief", nor a short version on another subject.)
    expect(missedLede(tldr('In brief'), kept)).toEqual([]);
    const digest = page('<div class="summary"><p>TL;DR:</p><p>Harbour City Council approved a rise in bus spending on Monday night after a long debate.</p><p>The harbour promenade stays closed for repairs until the end of the month.</p></div>', '<h1>Space agency plans its first crewed mission</h1>');
    expect(missedLede(digest, kept)).toEqual([]);
    // Or an introduction of three paragraphs or more set so (TechGearLab's div.summary_larger), an editor's note beside them.
    const intro = [lede, 'Our team has tested every filing service for eight years, measuring how long each takes and what it costs a family.', 'After many hours with each, the best service for most people is the free one the agency runs itself.'];
    const boxed = `<div class="summary_larger"><div class="articletext">${intro.map((t) => `<p>${t}</p>`).join('')}<div><em>Editor's note: we updated this guide in May.</em></div></div></div>`;
    // (Here the box's wrapper is a block of the kept body's own class, brought back whole: the split body's rule.)
    expect(missedLede(page(boxed), kept).map((p) => p.textContent).join(' ')).toMatch(new RegExp(intro.map((t) => t.slice(0, 20)).join('[^]*')));
    // (Found from the first kept paragraph the page sets as one, when the body opens on bare text.)
    const bare = doc(`<main><h1>Guide to filing your taxes</h1><div class="block">${boxed}</div><div class="block"><div class="group">Full results of every test are in the table at the end of this guide, with notes.<h2>Deadlines</h2><p>${second}</p><p>${third}</p></div></div></main>`);
    expect(missedLede(bare, doc(`<div><p>Full results of every test are in the table at the end of this guide, with notes.</p><h2>Deadlines</h2><p>${second}</p><p>${third}</p></div>`)).map((p) => p.textContent).join(' ')).toMatch(new RegExp(intro.map((t) => t.slice(0, 20)).join('[^]*')));
    // (Boxed apart from a body of another class: its paragraphs, one by one.)
    const apart = doc(`<main><h1>Guide to filing your taxes</h1><div class="lead-area">${boxed}</div><div class="block"><div class="group"><h2>Deadlines</h2><p>${second}</p><p>${third}</p></div></div></main>`);
    expect(missedLede(apart, kept).map((p) => p.textContent)).toEqual(intro);
    // A body the page splits over two blocks of one class, a banner between: the block before the kept one comes back whole; not a teasers' block.
    const split = (cls: string, body = 'copy-block') => doc(`<main><div class="header-block"><h1>Guide to filing your taxes</h1></div><div class="${cls}"><h2>Key takeaways</h2>${intro.map((t) => `<p>${t}</p>`).join('')}</div><div class="banner"><p>Plan now and retire five years earlier, our planners say.</p></div><div class="${body}"><h2>Deadlines</h2><p>${second}</p><p>${third}</p></div></main>`);
    expect(missedLede(split('copy-block'), kept).map((el) => (el as unknown as { tagName: string }).tagName)).toEqual(['DIV']);
    expect(missedLede(split('copy-block'), kept)[0]!.textContent).toMatch(/^Key takeaways/);
    expect(missedLede(split('related-stories'), kept)).toEqual([]);
    // (Nor a layout's generic block, which may hold anything: an appeal for gifts.)
    expect(missedLede(split('section', 'section'), kept)).toEqual([]);
    // (Blocks of one kind whose classes differ only by each one's id: Elementor's "elementor-element-98fbbca".)
    expect(missedLede(split('elementor-element elementor-element-98fbbca e-con e-parent', 'elementor-element elementor-element-fb50472 e-con e-parent'), kept).map((el) => (el as unknown as { tagName: string }).tagName)).toEqual(['DIV']);
    expect(missedLede(split('elementor-element elementor-element-98fbbca e-con', 'elementor-element elementor-element-fb50472 e-con e-parent'), kept)).toEqual([]);
  });
});

describe('posts the page embeds', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const para = (n: number) => `<p>Paragraph ${n} of the story tells what the state did about its campaign and what people made of it on Monday.</p>`;
  const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Yes this is real and yes the state spent nearly half a million dollars on it</p>— Dianna E. Anderson (@diannaeanderson) <a href="https://twitter.com/x">November 18, 2019</a></blockquote></div>';

  it('come back after the paragraph they followed when the extractor left them out, and a message says so', () => {
    const page = `<html><head><title>State slogan draws mockery</title></head><body><article><h1>State slogan draws mockery</h1>${para(1)}${para(2)}${tweet}${para(3)}${para(4)}${para(5)}</article></body></html>`;
    const a = parseHtml(page);
    const blocks = a.sections.flatMap((s) => s.blocks);
    const at = blocks.findIndex((b) => b.text.startsWith('Yes this is real'));
    expect(at).toBeGreaterThan(0);
    expect(blocks[at]!.kind).toBe('quote');
    expect(blocks[at - 1]!.text).toMatch(/^Paragraph 2 /);
    expect(a.messages.some((m) => /embedded post/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
  });

  it('are read when the extractor keeps them in a figure (WordPress’s embed block), not dropped with the figure', () => {
    const figure = tweet.replace('<div class="social-media-embed">', '<figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">').replace(/<\/div>$/, '</div></figure>');
    const a = parseHtml(`<html><head><title>State slogan draws mockery</title></head><body><article><h1>State slogan draws mockery</h1>${para(1)}${para(2)}${figure}${para(3)}${para(4)}<figure><img src="a.jpg"><figcaption>The slogan on a billboard by the highway.</figcaption></figure>${para(5)}</article></body></html>`);
    const blocks = a.sections.flatMap((s) => s.blocks);
    expect(blocks.find((b) => b.text.startsWith('Yes this is real'))?.kind).toBe('quote');
    expect(blocks.some((b) => b.text.includes('billboard by the highway'))).toBe(false);
    expectArticleGrounded(a);
  });

  it('stay out after a paragraph the extractor did not keep', () => {
    const page = doc(`<div class="promo"><p>Teaser for another story that runs elsewhere on the site with its own words.</p>${tweet}</div><div>${para(1)}${para(2)}</div>`);
    expect(missedEmbeds(page, doc(`${para(1)}${para(2)}`))).toEqual([]);
    const kept = doc(`<div>${para(1)}${tweet}${para(2)}</div>`);
    expect(missedEmbeds(kept, doc(`${para(1)}${para(2)}`)).map((e) => e.after)).toEqual(['Paragraph 1 of the story tells what the state did about its ']);
  });
});

describe('entries of a list the page sets alike', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const blurb = (name: string) => `<p>${name} makes clothes from recycled cotton in a factory that pays a living wage, and visits its suppliers every year.</p>`;
  const entry = (name: string, extra = '') => `<div class="article__block"><h2><a href="https://${name.toLowerCase()}.example">${name}</a></h2><div class="aside">Rated: Good</div>${blurb(name)}<p><a href="/r">See the rating</a>.</p>${extra}</div>`;
  const names = ['Proclaim', 'Svala', 'Katla', 'Harvest', 'Miakoda'];

  it('come back before the next entry the extractor kept, by their headings, when it kept most of them (Good On You)', () => {
    const page = doc(`<article class="article">${names.map((n) => entry(n)).join('')}</article>`);
    // (The extractor's choice: every entry but Svala, each with the line every entry repeats.)
    const kept = doc(names.filter((n) => n !== 'Svala').map((n) => `<h2>${n}</h2>${blurb(n)}<p>See the rating.</p>`).join(''));
    const found = missedEntries(page, kept);
    expect(found).toHaveLength(1);
    // (After the paragraph just above Katla's blurb: Proclaim's last.)
    expect(found[0]!.after).toBe('See the rating.');
    expect(found[0]!.index).toBe(1);
    expect(found[0]!.html).toContain('Svala makes clothes');
  });

  it('stay out when the extractor kept too few of them, when they have no heading, or when they are boxes of links', () => {
    const page = doc(`<article class="article">${names.map((n) => entry(n)).join('')}</article>`);
    expect(missedEntries(page, doc(['Proclaim', 'Katla'].map((n) => `<h2>${n}</h2>${blurb(n)}`).join('')))).toEqual([]);
    const unheaded = doc(`<article>${names.map((n) => `<div class="para">${blurb(n)}</div>`).join('')}</article>`);
    expect(missedEntries(unheaded, doc(names.filter((n) => n !== 'Svala').map(blurb).join('')))).toEqual([]);
    const links = '<ul><li><a href="/a">Members of the council share their strategies for a volatile year</a></li><li><a href="/b">Here are three key tips for investing when markets fall</a></li><li><a href="/c">How the fifty-thirty-twenty rule helps people build their wealth</a></li></ul>';
    const linked = doc(`<article class="article">${names.map((n) => entry(n, n === 'Svala' ? links : '')).join('')}</article>`);
    expect(missedEntries(linked, doc(names.filter((n) => n !== 'Svala').map((n) => `<h2>${n}</h2>${blurb(n)}`).join('')))).toEqual([]);
  });
});

describe('a table in a figure', () => {
  it('is read as the table it is (WordPress’s table block), its caption left out as a figure’s', () => {
    const story = '<p>State Farm once again topped the list of the largest property and casualty insurers, with more than $107bn in premiums written last year.</p><p>The top ten insurers command almost half of the market, and the top twenty-five two thirds of it, the ranking shows.</p>';
    const table = '<figure class="wp-block-table is-style-stripes"><table><thead><tr><td>Rank</td><td>Company</td><td>Premiums</td></tr></thead><tbody><tr><td>1</td><td>State Farm Group</td><td>107,764,591</td></tr><tr><td>2</td><td>Berkshire Hathaway Ins</td><td>80,324,255</td></tr></tbody></table><figcaption>Source: AM Best</figcaption></figure>';
    const a = parseHtml(`<html><head><title>Largest insurers</title></head><body><article><h1>Largest insurers</h1>${story}<h2>The top 100</h2>${table}${story.replace('State Farm once again', 'Once again State Farm')}</article></body></html>`);
    const blocks = a.sections.flatMap((s) => s.blocks);
    const t = blocks.find((b) => b.kind === 'table');
    expect(t?.text).toContain('Berkshire Hathaway Ins');
    expect(blocks.some((b) => b.text.includes('Source: AM Best'))).toBe(false);
    expectArticleGrounded(a);
  });
});

describe('a list whose items the page wraps in boxes', () => {
  it('keeps every item, whether a <div> or the extractor’s <p> holds it (AAA’s itineraries)', () => {
    const story = '<p>Embark on a journey across the United States with vacation packages, whether it is a new region of the country or a place you have visited before.</p><p>Experience island life with the Hawaiian Adventure package, visiting several islands, each with its own local culture and history.</p>';
    const list = '<ul class="List_module_List"><div class="Spacing"><li><span><strong>Itinerary Highlights: </strong>Discover Honolulu, Waikiki, Hilo and Maui.</span></li></div><div class="Spacing"><li><span><strong>Trip Details: </strong>A 10-day journey featuring 13 meals and 9 nights of accommodations.</span></li></div><div class="Spacing"><li><span><strong>Included Services: </strong>Hotel-to-hotel baggage handling and a tour manager.</span></li></div></ul>';
    const a = parseHtml(`<html><head><title>Vacation packages</title></head><body><article><h1>Vacation packages</h1>${story}<h2>1. Hawaiian Adventure</h2>${list}${story.replace('Embark on', 'Set out on')}</article></body></html>`);
    const items = a.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'list').flatMap((b) => b.items!.map((i) => i.body.text));
    // (Each item's bold label is its label, the rest its body.)
    expect(items).toEqual(['Discover Honolulu, Waikiki, Hilo and Maui.', 'A 10-day journey featuring 13 meals and 9 nights of accommodations.', 'Hotel-to-hotel baggage handling and a tour manager.']);
    expectArticleGrounded(a);
  });
});

describe('other posts the page shows beside the article', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const story = (n: number) => `<p>Paragraph ${n} of the story says what the town council decided about the old mill and why residents objected to it.</p>`;
  const teaser = (slug: string) =>
    `<article class="post"><h2><a href="https://example.org/${slug}" rel="bookmark">Another story ${slug}</a></h2><p>The teaser of ${slug} runs on for a while, as excerpts do, with commas, clauses, asides and more, so that the reader, curious, will click through to the whole story, which is longer, and read it to the end …</p></article>`;
  const page = (teasers: string) => `<html><head><title>Council saves the old mill</title><link rel="canonical" href="https://example.org/old-mill/"></head><body><div id="main">
<article class="post"><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}</article>
<article class="post"><h3>You may also like</h3>${teasers}</article></div></body></html>`;

  it('are left out when the extractor took them in, and a message says so', () => {
    const a = parseHtml(page(teaser('bridge') + teaser('school') + teaser('market')));
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 3 of the story/);
    expect(text).not.toMatch(/teaser of/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /3 other posts/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
  });

  it("are told by links to other addresses: the page's own article and a live blog's linkless entries stay", () => {
    const first = 'Paragraph 1 of the story says what the town council decided';
    const posts = doc(`<article><h1><a href="/old-mill">Council saves the old mill</a></h1>${story(1)}</article>${teaser('bridge')}<article><h2><a href="#entry-2">12.05</a></h2>${story(2)}</article><article>${story(3)}</article>`);
    expect(otherPosts(posts, 'https://www.example.org/old-mill/', first).map((el) => el.textContent)).toEqual([expect.stringContaining('teaser of bridge')]);
    // The article that holds the first kept paragraph is the page's own, whatever it links to.
    const byAuthor = doc(`<article><h3><a href="/author/jane">Jane Doe</a></h3>${story(1)}</article>`);
    expect(otherPosts(byAuthor, 'https://example.org/old-mill', first)).toEqual([]);
    // Nor an article beside it whose linked heading is the page's own headline (a recipe's steps linking to the blog post on it).
    const steps = doc(`<article>${story(1)}</article><article class="recipe__instructions"><h3><a href="/blog/how-to-save-the-mill">Council saves the old mill</a></h3>${story(2)}</article>`);
    expect(otherPosts(steps, 'https://example.org/old-mill', first, 'Council Saves the Old Mill')).toEqual([]);
    expect(otherPosts(steps, 'https://example.org/old-mill', first, 'Bridge reopens')).toHaveLength(1);
    // (Another site's post under the same headline is another post.)
    const response = doc(`<article>${story(1)}</article><article><h3><a href="https://otherblog.example.net/old-mill">Council saves the old mill</a></h3>${story(2)}</article>`);
    expect(otherPosts(response, 'https://example.org/old-mill', first, 'Council saves the old mill')).toHaveLength(1);
  });

  it("do not take the page's own article when an affiliate notice stands above it and its headings link to shops", () => {
    const notice = '<p>The products discussed here were independently chosen by our editors. The Daily Example may get a share of the revenue if you buy anything featured on our site.</p>';
    const about = [1, 2, 3].map((n) => `<p>About the site, part ${n}: we have covered games, films and the towns we live in for twenty years, and we read every letter.</p>`).join('');
    const shop = (n: number) => `<h2><a href="https://shop.example.com/item-${n}">Buy the mill book, edition ${n}</a></h2>${story(n)}`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title><link rel="canonical" href="https://example.org/old-mill/"><meta property="og:url" content="https://example.org/old-mill/"></head><body><div id="main">${notice}<article class="post">${shop(1)}${shop(2)}${shop(3)}${shop(4)}</article>${about}</div></body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 4 of the story/);
    expect(a.messages.some((m) => /other post/.test(m.message))).toBe(false);
  });
});

describe('the next stories of an endless page', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const para = (topic: string, n: number) => `<p>Paragraph ${n} of the ${topic} story says what happened, who was there and what they decided to do about it next week.</p>`;
  const story = (topic: string, headline = 'h1') =>
    `<article class="post"><${headline} class="article-headline">The ${topic} story</${headline}>${para(topic, 1)}${para(topic, 2)}${para(topic, 3)}</article>`;
  const page = (body: string, title = 'The mill story') => `<html><head><title>${title}</title></head><body><div id="main"><article class="article">${body}</article></div></body></html>`;
  const text = (a: Article) => a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
  const left = (a: Article) => a.messages.filter((x) => x.id === 'dropped-text' && /stor(?:y|ies) the page runs/.test(x.message)).map((x) => x.message);

  it('are left out, and the message names their headlines', () => {
    const a = parseHtml(page(story('mill') + story('bridge') + story('school') + story('market') + story('harbour') + story('quarry')));
    expect(text(a)).toMatch(/Paragraph 3 of the mill story/);
    expect(text(a)).not.toMatch(/bridge|school|market|harbour|quarry/);
    expect(left(a)).toEqual(['left out 5 other stories the page runs after the article, each under its own headline: “The bridge story”, “The school story”, “The market story” and 2 more']);
    expectArticleGrounded(a);
    const one = parseHtml(page(story('mill') + story('bridge')));
    expect(left(one)).toEqual(['left out another story the page runs after the article, under its own headline: “The bridge story”']);
  });

  it("are judged only under the page's own headline, and only after it", () => {
    // A briefing or a long read: entries under headlines of their own below the page's.
    const briefing = parseHtml(page(`<h1>Morning briefing</h1>${story('rates')}${story('storm')}${story('harbour')}`, 'Morning briefing'));
    expect(text(briefing)).toMatch(/Paragraph 3 of the storm story/);
    expect(left(briefing)).toEqual([]);
    // A live blog whose entries carry schema.org headlines on <h2>s.
    const entry = (n: string) => `<article itemprop="liveBlogUpdate"><h2 itemprop="headline">${n} update</h2>${para(n, 1)}${para(n, 2)}${para(n, 3)}</article>`;
    const live = parseHtml(`<html><head><title>Live: the storm</title></head><body><article itemtype="https://schema.org/LiveBlogPosting"><h1 itemprop="headline">Live: the storm</h1>${entry('first')}${entry('second')}${entry('third')}${entry('fourth')}</article></body></html>`);
    expect(text(live)).toMatch(/Paragraph 3 of the fourth story/);
    expect(left(live)).toEqual([]);
    // A story before the page's own is not one "after" it, and the page's own stays.
    const first = 'Paragraph 1 of the mill story says what happened';
    const d = doc(story('bridge') + story('mill') + story('mall'));
    expect(followingStories(d, first, 'The mill story').map((el) => el.textContent?.slice(0, 14))).toEqual(['The mall story']);
  });

  it('are stories under a headline of their own, beside an article under its own: not entries, teasers or the article itself', () => {
    const first = 'Paragraph 1 of the mill story says what happened';
    const title = 'The mill story';
    expect(followingStories(doc(story('mill') + story('entry one', 'h2') + story('entry two', 'h3')), first, title)).toEqual([]);
    // Only when the article itself stands in an <article> under its own headline, and that is the page's.
    expect(followingStories(doc(`<article>${para('mill', 1)}</article>${story('bridge')}`), first, title)).toEqual([]);
    expect(followingStories(doc(`<div><h1>The mill story</h1>${para('mill', 1)}</div>${story('bridge')}`), first, title)).toEqual([]);
    expect(followingStories(doc(story('mill') + story('bridge')), first, 'Another headline')).toEqual([]);
    expect(followingStories(doc(story('mill') + story('bridge')), first, null)).toEqual([]);
    // The same headline again is the article's own (a page that repeats it), and so is an <article> around it.
    expect(followingStories(doc(`<article>${story('mill')}</article>${story('mill').replace(/Paragraph/g, 'Para')}`), first, title)).toEqual([]);
    // A headline a <meta> gives counts; an <article> with a headline and no prose is no story.
    const meta = `<article><meta itemprop="headline" content="The meta story">${para('meta', 1)}</article>`;
    expect(followingStories(doc(story('mill') + meta + `<article><h1>Schema</h1></article>`), first, title).map((el) => el.textContent?.slice(0, 23))).toEqual(['Paragraph 1 of the meta']);
  });

  it('names each headline once, shortens long ones, and all four rather than "and 1 more"', () => {
    expect(quoteList(['A', 'B', 'A'])).toBe('“A” and “B”');
    expect(quoteList(['A', 'B', 'C', 'D'])).toBe('“A”, “B”, “C” and “D”');
    expect(quoteList(['A', 'B', 'C', 'D', 'E'])).toBe('“A”, “B”, “C” and 2 more');
    expect(quoteList(['x'.repeat(100)])).toBe(`“${'x'.repeat(79)}…”`);
  });
});

describe('paragraphs the extractor dropped between kept ones', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const answer = (n: number) => `<p>“Answer ${n}: because people thought they were chaotic and more interested in their own fight than in running the country.”</p>`;
  const question = '<p>Why had there been such a <a href="/news/election-results">strong turn away from the Conservatives at the election</a>?</p>';

  it('come back in the order they stood, as one piece after the paragraph they followed', () => {
    const second = '<p>And what did the voters in the north of the country make of the result on the night?</p>';
    const found = missedBetween(doc(`${answer(1)}${question}${second}${answer(2)}`), doc(`${answer(1)}${answer(2)}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.html.indexOf('strong turn away')).toBeLessThan(found[0]!.html.indexOf('voters in the north'));
  });

  it('come back after the kept paragraph they followed: a question that is mostly a link', () => {
    const page = doc(`<div>${answer(1)}</div><div>${question}</div><div>${answer(2)}</div>`);
    const found = missedBetween(page, doc(`${answer(1)}${answer(2)}`));
    expect(found.map((f) => f.after)).toEqual(['“Answer 1: because people thought they were chaotic and more']);
    expect(found[0]!.html).toContain('strong turn away');
  });

  it('come back with a subheading a contents list links to, and a sentence that introduces what follows', () => {
    const contents = '<ol><li><a href="#choosing">Choosing from the top ten insurance companies in the US</a></li></ol>';
    const step = '<p>Step 1. Clarify the client\'s situation, key risks, and main priorities.</p>';
    const page = doc(`${contents}${answer(1)}<div><h2><a id="choosing" name="choosing"><strong>Choosing from the top ten insurance companies in the US</strong></a></h2><p>With all these choices, finding the best carrier can be a daunting task. Here's how you can find the best fit for your clients:</p></div>${step}`);
    const found = missedBetween(page, doc(`${contents}${answer(1)}${step}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.html).toMatch(/<h2>[^]*Choosing from the top ten[^]*<\/h2><p>With all these choices[^]*clients:<\/p>/);
    // (A line of a few words that ends on a colon is a label, not a sentence: "Read more:".)
    expect(missedBetween(doc(`${answer(1)}<p>Related coverage from our team:</p>${step}`), doc(`${answer(1)}${step}`))).toEqual([]);
  });

  it('stay out when they are chrome or no sentence, or outside the run of kept paragraphs', () => {
    const chrome = doc(`${answer(1)}<p>Sign up for our newsletter to get the latest news delivered to your inbox every morning.</p><p>Read more: <a href="/x">Tories lose seats in London</a></p>${answer(2)}`);
    expect(missedBetween(chrome, doc(`${answer(1)}${answer(2)}`))).toEqual([]);
    const licence = doc(`${answer(1)}<p>This website and all documents on it are licensed under a Creative Commons Attribution-Share Alike License.</p>${answer(2)}`);
    expect(missedBetween(licence, doc(`${answer(1)}${answer(2)}`))).toEqual([]);
    const hidden = doc(`${answer(1)}<div hidden><p>This paragraph was hidden from readers by the page and should stay hidden.</p></div><p style="display:none">So was this paragraph, which the page hides with a style of its own.</p>${answer(2)}`);
    expect(missedBetween(hidden, doc(`${answer(1)}${answer(2)}`))).toEqual([]);
    const after = doc(`${answer(1)}${answer(2)}<p>This paragraph of another story stands after the article and was left out.</p>`);
    expect(missedBetween(after, doc(`${answer(1)}${answer(2)}`))).toEqual([]);
  });

  it('come back from a div that holds a line of text, as a paragraph (9News sets its paragraphs in spans in divs)', () => {
    const line = (n: number, extra = '') => `<div class="block-content"><div class="Container"><span>Line ${n} of the story says what the court records released on Friday show${extra}.</span></div></div>`;
    const linked = line(2, ', with the help of his former girlfriend, <a href="/maxwell">Ghislaine Maxwell</a>').replace('</span>', '</span>');
    const page = doc(`${line(1)}${linked}${line(3)}`);
    const kept = doc([1, 3].map((n) => `<p>Line ${n} of the story says what the court records released on Friday show.</p>`).join(''));
    const found = missedBetween(page, kept);
    expect(found).toHaveLength(1);
    expect(found[0]!.html).toMatch(/^<p>.*Line 2 of the story.*Ghislaine Maxwell.*<\/p>$/);
    // Not a line in a box of another class, nor one of the paragraphs' class inside a video player's
    // fallback, beside a sign-up form or in a teaser card's link.
    const inClass = (text: string) => `<div class="Container"><span>${text}</span></div>`;
    for (const widget of [
      '<div class="c-inlineSignup__disclaimer">By providing your email address, you have read and agree to our Terms and Conditions.</div>',
      `<div class="video-fallback">${inClass('We apologize, but this video has failed to load.')}</div>`,
      `<div class="signup-box"><form><input type="email"></form>${inClass('This newsletter may contain advertising, deals, or affiliate links.')}</div>`,
      `<a href="/politics/budget-speech"><h3>WATCH | The minister delivers the budget</h3>${inClass('The finance minister is on Wednesday delivering the budget following a postponement last month.')}</a>`,
    ]) expect(missedBetween(doc(`${line(1)}${widget}${line(3)}`), kept)).toEqual([]);
    // (The same line in a plain box of that class comes back: it is the widget that keeps it out.)
    expect(missedBetween(doc(`${line(1)}<div class="block-content">${inClass('The finance minister is on Wednesday delivering the budget following a postponement last month.')}</div>${line(3)}`), kept)).toHaveLength(1);
  });
});

describe('pick boxes the extractor dropped between kept paragraphs', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const para = (n: number) => `<p>Paragraph ${n} of the guide says why this laptop is the one most readers should buy.</p>`;
  const pick = (label: string, blurb: string, n: number) =>
    `<h4>${label}</h4><div class="callout"><h3><a href="/out/${n}">Laptop ${n}</a></h3><p>${blurb}</p><div><a href="/buy/${n}">$500 from Amazon</a></div></div><p><strong>Recommended configuration</strong></p>${para(n)}`;

  it('come back after the kept subheading over them, each after its own when a kept line repeats', () => {
    const page = doc(`${para(0)}${pick('Top pick', 'Unlike most cheap laptops, this one is fast and charges via USB-C.', 1)}${pick('Runner-up', 'This model is fast enough for most tasks but has less memory.', 2)}`);
    const kept = doc(`${para(0)}<h4>Top pick</h4><p><strong>Recommended configuration</strong></p>${para(1)}<h4>Runner-up</h4><p><strong>Recommended configuration</strong></p>${para(2)}`);
    const found = missedBetween(page, kept);
    expect(found.map((f) => [f.index, f.heading, f.html.replace(/<[^>]+>/g, '').slice(0, 20)])).toEqual([
      [0, 'Top pick', 'Unlike most cheap la'],
      [2, 'Runner-up', 'This model is fast e'],
    ]);
  });
});

describe('subheadings the extractor dropped between kept paragraphs', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const para = (n: number) => `<p>Paragraph ${n} of the live page tells what happened in the region on Wednesday morning.</p>`;
  const entry = (heading: string, n: number) => `<section><div class="visually-hidden">Article content</div><div class="inline"><h3>${heading}</h3></div></section><section><div class="visually-hidden">Article content</div>${para(n)}</section>`;

  it('come back before the paragraph they head, each wrapped apart as a live page has them', () => {
    const page = doc(`<section>${para(1)}</section>${entry('China says it is ready to play a role in easing tensions', 2)}${entry('Several Indian states hold security drills', 3)}`);
    const found = missedBetween(page, doc(`${para(1)}${para(2)}${para(3)}`));
    expect(found.map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['China says it is ready to play a role in easing tensions', 'Several Indian states hold security drills']);
  });

  it('go back after the list under the kept subheading they follow, not between the two (Yoast’s "Key takeaways")', () => {
    const content = doc(`${para(1)}<h2>Key takeaways</h2><ul><li>SEO stands for Search Engine Optimization.</li><li>It drives organic traffic.</li></ul>${para(2)}`);
    const n = insertAfterKept(content, [{ after: 'Paragraph 1 of the live page', index: 0, heading: 'Key takeaways', html: '<h2>What is SEO?</h2>' }], () => 1);
    expect(n).toBe(1);
    const order = Array.from((content as unknown as { querySelectorAll(s: string): ArrayLike<{ tagName: string }> }).querySelectorAll('p, h2, ul'), (e) => e.tagName);
    expect(order).toEqual(['P', 'H2', 'UL', 'H2', 'P']);
  });

  it("come back from the header of the section they head, and over a kept list of points; not from the page's header", () => {
    // Website Builder Expert: "<section><header><h2>How Do I Choose …</h2></header><p>…" and "#1. Wix …" over its points.
    const section = (h: string, body: string) => `<section class="taco-content-section"><header class="taco-section-header"><div class="taco-section-heading"><h2>${h}</h2></div></header>${body}</section>`;
    const points = '<ul><li>Starting price: $17 per month (billed annually)</li><li>AI website builder: Yes</li></ul>';
    const page = doc(`${section('Quick comparison', para(1))}${section('#1. Wix: Best All-in-One Builder', `${points}${para(2)}`)}${section('How Do I Choose The Right Website Builder?', para(3))}`);
    const found = missedBetween(page, doc(`${para(1)}${points}${para(2)}${para(3)}`));
    expect(found.map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['#1. Wix: Best All-in-One Builder', 'How Do I Choose The Right Website Builder?']);
    // A list the extractor left out, or one of links, heads nothing; nor does the page's own header.
    const links = '<ul><li><a href="/a">Wix review</a></li><li><a href="/b">Squarespace review</a></li></ul>';
    expect(missedBetween(doc(`${para(1)}${section('More reviews', `${links}`)}${para(2)}`), doc(`${para(1)}${para(2)}`))).toEqual([]);
    expect(missedBetween(doc(`${para(1)}<header class="site"><h2>Sign up for our newsletter today</h2></header>${para(2)}`), doc(`${para(1)}${para(2)}`))).toEqual([]);
    // (Nor a teaser card's header, a box of tags, nor a promo's.)
    const teaser = '<p>Plans for a new supermarket have been approved despite objections from local shopkeepers on the high street.</p>';
    expect(missedBetween(doc(`${para(1)}<article class="story-card"><header><h3>Council approves supermarket plan</h3></header>${teaser}</article>${para(2)}`), doc(`${para(1)}${teaser}${para(2)}`))).toEqual([]);
    expect(missedBetween(doc(`${para(1)}<section><header><h4>Topics</h4></header><ul><li>Transport</li><li>Politics</li></ul></section>${para(2)}`), doc(`${para(1)}<ul><li>Transport</li><li>Politics</li></ul>${para(2)}`))).toEqual([]);
    expect(missedBetween(doc(`${para(1)}<article><header class="promo-header"><h2>Subscribe for unlimited access to local news</h2></header>${para(2)}</article>`), doc(`${para(1)}${para(2)}`))).toEqual([]);
  });

  it('come back as links when the extractor kept others of their kind, past a photo credit in a box of its own', () => {
    // Creative Ramblings: each project's "<h2 class="mv-list-single-title"><a>…</a></h2>", a credit, its blurb.
    const item = (title: string, n: number) => `<div class="mv-list-item"><h2 class="mv-list-single-title"><a href="https://example.com/${n}">${title}</a></h2><div class="mv-list-meta"></div><div class="mv-list-photocred"><strong>Photo Credit:</strong> example.com</div><div class="mv-list-single-description">${para(n)}</div></div>`;
    const page = doc(`${para(0)}${item('DIY Plant Stand', 1)}${item('Modern Coat Hooks', 2)}${item('How to Build a Wood Window Cornice', 3)}`);
    const found = missedBetween(page, doc(`${para(0)}<h2>DIY Plant Stand</h2>${para(1)}<h2>Modern Coat Hooks</h2>${para(2)}${para(3)}`));
    expect(found.map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['How to Build a Wood Window Cornice']);
    // (A linked heading of a kind the extractor kept none of stays out: another post's headline.)
    const other = doc(`${para(0)}<h2 class="teaser-title"><a href="https://example.com/x">How to Build a Wood Window Cornice</a></h2>${para(1)}`);
    expect(missedBetween(other, doc(`${para(0)}${para(1)}`))).toEqual([]);
    // (Nor one of the kind every subheading has, when those the extractor kept are no links: WordPress's "wp-block-heading".)
    const wp = doc(`${para(0)}<h2 class="wp-block-heading">Why it closed</h2>${para(1)}<h2 class="wp-block-heading">What next</h2>${para(2)}<h2 class="wp-block-heading"><a href="/other">Council approves new supermarket on edge of town</a></h2>${para(3)}`);
    expect(missedBetween(wp, doc(`${para(0)}<h2>Why it closed</h2>${para(1)}<h2>What next</h2>${para(2)}${para(3)}`))).toEqual([]);
    // (Nor past a sponsor's line: that is no photo's credit.)
    const sponsored = doc(`${para(0)}${item('DIY Plant Stand', 1)}${item('Modern Coat Hooks', 2)}<div class="mv-list-item"><h2 class="mv-list-single-title"><a href="https://example.com/s">Saving for your first home</a></h2><div>Sponsored by Acme Bank</div><div>${para(3)}</div></div>`);
    expect(missedBetween(sponsored, doc(`${para(0)}<h2>DIY Plant Stand</h2>${para(1)}<h2>Modern Coat Hooks</h2>${para(2)}${para(3)}`))).toEqual([]);
  });

  it('come back across a newsletter box between the subheading and its paragraph', () => {
    const box = `<div class="article-content__widget-group--newsletter-slot"><section class="newsletter-widget"><div><p class="newsletter-widget__text">Top Stories</p></div><form><input type="email"><button>Sign Up</button></form><p class="newsletter-widget__disclaimer">Sign up today</p></section></div>`;
    const page = doc(`<section>${para(1)}</section><section><div class="inline"><h3>‘Ends recession debate’: CPA Canada</h3></div></section><section>${box}</section><section>${para(2)}</section>`);
    expect(missedBetween(page, doc(`${para(1)}${para(2)}`)).map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['‘Ends recession debate’: CPA Canada']);
    // A box of teasers between two kept paragraphs brings back none of its lines.
    const teasers = doc(`${para(1)}<div class="related-stories"><p>The mayor of the neighbouring town resigned last week after a row over the budget.</p><p><a href="/x">Read more</a></p></div>${para(2)}`);
    expect(missedBetween(teasers, doc(`${para(1)}${para(2)}`))).toEqual([]);
  });

  it("come back with a link button of their own, in a body with a sign-up form, or over a figure's line", () => {
    // Substack: each subheading holds an anchor's button; a subscribe form stands between paragraphs of the same body.
    const form = '<div class="subscribe-widget"><form><input type="email"><button>Subscribe</button></form></div>';
    const numbered = (n: number) => `<h3><strong>${n}. Trend number ${n} is here</strong><div class="header-anchor-parent"><button aria-label="Link"></button></div></h3>`;
    const page = doc(`<div class="body">${para(1)}${numbered(1)}${para(2)}${form}${para(3)}${numbered(2)}${para(4)}${para(5)}</div>`);
    expect(missedBetween(page, doc([1, 2, 3, 4, 5].map(para).join(''))).map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['1. Trend number 1 is here', '2. Trend number 2 is here']);
    // A ranking's entry: a heading whose anchor is a named link, over its figure's line.
    const ranked = doc(`${para(1)}<h2><a id="1. State Farm Group" name="1. State Farm Group"><strong>1. State Farm Group</strong></a></h2><p><strong>Market share: 12.89%</strong></p>${para(2)}`);
    expect(missedBetween(ranked, doc(`${para(1)}${para(2)}`)).map((f) => f.html.replace(/<[^>]+>/g, ''))).toEqual(['1. State Farm GroupMarket share: 12.89%']);
  });

  it('stay out when they title a box of links, are links themselves or are hidden', () => {
    const box = doc(`${para(1)}<div class="module"><h4>Related Items</h4><ul><li><a href="/a">Telecom carriers must combine to compete</a></li></ul></div>${para(2)}`);
    expect(missedBetween(box, doc(`${para(1)}${para(2)}`))).toEqual([]);
    const link = doc(`${para(1)}<h3><a href="/other">Another story the page links to</a></h3>${para(2)}`);
    expect(missedBetween(link, doc(`${para(1)}${para(2)}`))).toEqual([]);
    const hidden = doc(`${para(1)}<h3><span class="hidden">POLITICO 44</span></h3>${para(2)}`);
    expect(missedBetween(hidden, doc(`${para(1)}${para(2)}`))).toEqual([]);
    // A widget's label over the box a script fills (review).
    const widget = doc(`<div>${para(1)}</div><div class="widget"><h3>Trending Videos</h3><div class="js-fill"></div></div><div>${para(2)}</div>`);
    expect(missedBetween(widget, doc(`${para(1)}${para(2)}`))).toEqual([]);
  });
});

describe('an HTML fragment', () => {
  it('is read as a page body even after a leading comment', () => {
    const a = parse(
      sourceFromText(
        `<!-- saved article -->\n<div class="content"><p>${'The national space agency said on Monday it would launch a crewed mission next year. '.repeat(6)}</p><p>${'Officials said the rocket had passed its last tests. '.repeat(6)}</p></div>`,
        't',
        { inputFormat: 'html' },
      ),
    );
    expect(a.sections.flatMap((s) => s.blocks)).toHaveLength(2);
    expectArticleGrounded(a);
  });
});

describe('a header of comments before the markup', () => {
  const body = `<div class="content"><p><b>Space agency</b> ${'The national space agency said on Monday it would launch a crewed mission next year. '.repeat(6)}</p><p>${'Officials said the rocket had passed its last tests. '.repeat(6)}</p></div>`;
  const read = (header: string, head = '') =>
    parse(sourceFromText(head ? `${header}<html><head>${head}</head><body>${body}</body></html>` : `${header}\n${body}`, 't', { inputFormat: 'html' }));

  it("gives the page's title, address and date when the markup declares none", () => {
    const a = read('<!-- Wikipedia Article: ISRO -->\n<!-- Timestamp: 2025-10-29T12:36:19Z -->\n<!-- Source: https://en.wikipedia.org/wiki/ISRO -->\n<!-- License: CC BY-SA 3.0 -->');
    expect(a.title?.text).toBe('ISRO');
    expect(a.meta).toMatchObject({ url: 'https://en.wikipedia.org/wiki/ISRO', published: '2025-10-29T12:36:19Z' });
    expect(a.genre).toBe('encyclopedia');
    expectArticleGrounded(a);
    expect(read('<!-- saved from url=(0038)https://example.org/news/space-agency -->').meta.url).toBe('https://example.org/news/space-agency');
  });

  it("never wins over the page's own title, and is not read from comments inside the page", () => {
    expect(read('<!-- Title: Draft copy -->', '<title>Agency to launch crewed mission</title>').title?.text).toBe('Agency to launch crewed mission');
    const inside = parse(sourceFromText(`<div><p>Intro.</p><!-- Title: Not this -->${body}</div>`, 't', { inputFormat: 'html' }));
    expect(inside.title?.text).not.toBe('Not this');
  });
});

describe('a paragraph the extractor split around a link', () => {
  it('is one paragraph again, without the link\'s screen-reader text', () => {
    const para = (body: string) =>
      parse(sourceFromText(`<!doctype html><html><head><title>Tank fired on reporters</title></head><body><article><p>${'An Israeli tank crew killed a reporter in October by firing two shells at a group of journalists, a report found on Thursday. '.repeat(3)}</p>${body}<p>${'The first shell killed the reporter and wounded a photographer. '.repeat(3)}</p></article></body></html>`, 't', { inputFormat: 'html' }))
        .sections.flatMap((s) => s.blocks.map((b) => b.text));
    const blocks = para('<div><p>The </p><a href="https://example.org/r.pdf">report<span>, opens new tab</span></a><p> by the research institute, which was contracted by the agency to analyse the evidence from the attack in October, found that a tank more than a kilometre away fired two rounds at the reporters.</p></div>');
    expect(blocks).toContain('The report by the research institute, which was contracted by the agency to analyse the evidence from the attack in October, found that a tank more than a kilometre away fired two rounds at the reporters.');
    expect(blocks.some((b) => /opens new tab/.test(b) || b === 'The')).toBe(false);
    // (The link inside an underline, and a figure after it: Move.org's "We <u><a>analyzed</a></u> 75+ …".)
    const underlined = para('<div class="heading"><p>We </p><u><a href="#Methodology">analyzed</a></u><p> 75+ long-distance movers and 10,000+ reviews to match you with the best and cheapest options for your move this year.</p></div>');
    expect(underlined).toContain('We analyzed 75+ long-distance movers and 10,000+ reviews to match you with the best and cheapest options for your move this year.');
    expect(underlined).not.toContain('We');
  });
});

describe('HTML furniture around an article', () => {
  const para = (s: string): string => `<p>${s} ${words(30)}.</p>`;
  const page = (inner: string, url = 'https://www.example.com/news/article/storm-closes-ports-123.php'): Article =>
    parseHtml(`<!doctype html><html><head><title>Storm closes ports</title><link rel="canonical" href="${url}"></head><body><article>
${inner}
</article></body></html>`);
  const body = (a: Article): string[] => a.sections.flatMap((s) => [...(s.heading ? [s.heading.text] : []), ...s.blocks.map((b) => b.text)]);

  it('drops a list whose every item is chrome, and the page’s own address on a line of its own', () => {
    const a = page(`<ul><li>Sign In</li></ul><p>https://www.example.com/news/article/storm-closes-ports-123.php</p><ul><li>Photo: Hau Dinh, AP</li></ul>
${para('A winter storm closed every port along the northern coast on Monday, officials said.')}
<ul><li>Sandbags along the sea wall.</li><li>Sign In</li></ul>
${para('The coast guard ordered all fishing boats to stay in harbour until Thursday.')}`);
    // A list with one real item stays whole.
    expect(body(a).map((t) => t.slice(0, 20))).toEqual(['A winter storm close', '- Sandbags along the', 'The coast guard orde']);
    expect(a.dropped.map((d) => d.text)).toEqual(['- Sign In', 'https://www.example.com/news/article/storm-closes-ports-123.php', '- Photo: Hau Dinh, AP']);
  });

  it('leaves out a photo’s caption and credit set inside a paragraph beside its image, and a bracketed promo link', () => {
    const a = page(`<p><em><strong><span class="image-container"><span><img src="su24.jpg" alt="Su-24"><span class="source"><span>Shamil Zhumatov/REUTERS</span></span><span class='caption'>A Sukhoi Su-24 jet fighter drops flares during an exercise</span></span></span>The UK may be forced to review its Falkland Islands air defenses, officials said.</strong></em> ${words(30)}</p>
<p>The research could one day help treat depression, Expert said. ${words(30)}. [<a href="/16286-hallucinogens.html">Trippy Tales: The History of 8 Hallucinogens</a>]
</p>`);
    expect(body(a)[0]).toMatch(/^The UK may be forced/);
    expect(a.text).not.toMatch(/REUTERS|Sukhoi|Trippy Tales|\[\s*\]/);
  });

  it('reads a <span> of paragraphs as paragraphs, knows a caption box\'s paragraphs, and drops a wire story\'s long credits', () => {
    const a = page(`<div class="rolloverCaption"><div class="captionText"><p><span class="label">1 of 4. </span>Authorities monitor the search in the control centre in Jakarta.</p><p class="credit">Credit: Reuters/Darren Whiteside</p></div></div>
<p><span id="articleText"><span class="focusParagraph"><p>JAKARTA (Reuters) - Countries around Asia on Tuesday stepped up the search for a missing plane. ${words(20)}</p></span><p>Soelistyo, head of the search agency, said the search area would be expanded. ${words(20)}</p><p>So far the focus of the search has been the Java Sea, officials said. ${words(20)}</p>
<p>(Additional reporting by Wilda Asmarini, Fransiska Nangoy, Cindy Silviana, Kanupriya Kapoor, Michael Taylor, Nilufar Rizki and Siva Govindasamy in JAKARTA, Al-Zaquan Amer Hamzah and Praveen Menon in KUALA LUMPUR, Saeed Azhar, Rujun Shen and Anshuman Daga in SINGAPORE, Jane Wardell in SYDNEY, Ben Blanchard in BEIJING, Tim Hepher in PARIS and Mark Hosenball in WASHINGTON; Writing by Dean Yates; Editing by Michael Perry)</p></span></p>`);
    expect(body(a).map((t) => t.slice(0, 20))).toEqual(['JAKARTA (Reuters) - ', 'Soelistyo, head of t', 'So far the focus of ']);
    expect(a.dropped.map((d) => d.text).join(' ')).toMatch(/Additional reporting by/);
  });

  it('knows a newspaper gallery\u2019s "cutline" as a caption, not the story\u2019s lede', () => {
    const a = page(`<div class="gallery"><div id="slideInfoDiv"><div class="cutline">Judy Avalos, 20, was charged with conspiracy to commit murder after a shooting near Perris that injured her boyfriend.</div><div class="credit">RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE</div></div></div>
${para('After a man was shot four times near Perris, police at first thought it might have been a drug deal gone wrong.')}
${para('But their focus quickly turned to the 20-year-old mother of the man\u2019s child.')}`);
    expect(body(a)[0]).toMatch(/^After a man was shot/);
    expect(a.dropped.find((d) => /was charged with conspiracy/.test(d.text))?.reason).toBe('caption');
  });

  it('knows a line in <sup> right after a video player as the player\u2019s title, not a subheading', () => {
    const a = page(`${para('A winter storm closed every port along the northern coast on Monday, officials said.')}
<div class="videoPlayer"><script>player()</script></div><sup>Files reveal storm warnings were ignored</sup>
${para('The coast guard ordered all fishing boats to stay in harbour until Thursday.')}`);
    expect(body(a).join(' ')).not.toMatch(/Files reveal/);
    expect(a.dropped.find((d) => /Files reveal/.test(d.text))?.reason).toBe('caption');
  });

  it('drops a picture\'s line that closes on its agency alone', () => {
    const a = page(`${para('The search resumed at dawn on Tuesday, officials said.')}
<p>Relatives of passengers on AirAsia flight QZ 8501 console each other (Getty)</p>
${para('Divers reached the wreckage later in the day.')}`);
    expect(body(a).join(' ')).not.toMatch(/console each other/);
    expect(a.dropped.map((d) => d.reason)).toContain('caption');
  });

  it('keeps what only looks like those: an editor\'s bracketed name in a quotation, a link that repeats a caption, a tooltip\'s card, a notice about commenting on a plan, credits that are not a byline', () => {
    const a = page(`<figure><img src="obama.jpg"><figcaption>Barack Obama</figcaption></figure>
${para('"He [<a href="/people/john-smith">John Smith</a>] has failed this city for years," said Mary Jones.')}
<p><img src="flag-icon.png"> <a href="/obama">Barack Obama</a> told a crowd of thousands that Kenya was at a crossroads. ${words(20)}</p>
<p>The plan, first announced in March by <span class="tooltip">Mr Osborne<span class="card"><div class="bio">George Osborne is Chancellor</div></span></span>, would cut spending. ${words(20)}</p>
${para('The council will vote on the plan in April.')}
<p>To leave a comment on the plans, residents must register on the council's website before March 31.</p>`);
    const text = body(a).join('\n');
    expect(text).toContain('"He [John Smith] has failed');
    expect(text).toContain('Barack Obama told a crowd');
    expect(body(a).filter((t) => t.startsWith('The plan, first announced'))).toHaveLength(1);
    expect(text).toContain('To leave a comment on the plans');
    const audit = page(`${para('The council will vote on the plan in April.')}${para('The mayor said the plan was sound.')}
<p>(Reporting by the council's own auditors, published on Friday after a six-month review of the scheme, found that the spending had been approved by the wrong committee, that the contracts were signed before the budget was set, that the costs had doubled in two years and that none of it had been reported to officials at the time, the auditors said in their report.)</p>`);
    expect(body(audit).join(' ')).toMatch(/Reporting by the council's own auditors/);
  });

  it('reads an element HTML does not know as inline, with no space around it', () => {
    const a = page(para('<person>Annie Lee Cooper</person>, a 54-year-old motel maid, wanted to vote in <location>Selma</location>, Alabama.'));
    expect(a.text).toContain('Annie Lee Cooper, a 54-year-old motel maid, wanted to vote in Selma, Alabama.');
  });

  it('drops a comment box’s notice after the article', () => {
    const a = page(`${para('The council approved the plan on Tuesday after a long debate about its cost.')}${para('The park will open in 2027, the mayor said.')}
<p>To post a comment, log into your chosen social network and then add your comment below. Your comments are subject to our Terms of Service and the privacy policy and terms of service of your social network. If you do not want to comment with a social network, please consider writing a letter to the editor.</p>`);
    expect(body(a).join(' ')).not.toMatch(/To post a comment/);
    expect(a.dropped.map((d) => d.text).join(' ')).toMatch(/To post a comment/);
  });

  it('says when the article goes on over more pages', () => {
    const doc = (next: string): Article => parseHtml(`<!doctype html><html><head><title>Cracking the Sitcom Code</title><link rel="next" href="${next}"></head><body><article>${para('Sitcoms follow a simple formula, writers say.')}${para('The formula has held for decades.')}</article></body></html>`);
    expect(doc('https://www.example.com/archive/2014/12/cracking-the-sitcom-code/384068/2/').messages.map((m) => m.message).join(' ')).toMatch(/goes on over more pages.*384068\/2\//);
    // A blog's link to its next post is no next page.
    expect(doc('https://www.example.com/2014/12/another-post/').messages.map((m) => m.message).join(' ')).not.toMatch(/more pages/);
    expect(doc('https://blog.example.com/2015/04/24/apple-watch-series-2/').messages.map((m) => m.message).join(' ')).not.toMatch(/more pages/);
  });

  it('knows a caption by its class even when the extractor rewrites its element', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    // Before extraction the page marks its caption and credit; after it (Readability rewrites a
    // <div> of text as a bare <p>) only their texts are left to know them by.
    const before = parseHTML('<html><body><div class="box"><div class="caption-text">An artist’s illustration of a plume.</div><div class="credit">(Image: © NASA/ESA)</div></div></body></html>').document;
    const captions = captionTexts(before.body);
    expect([...captions]).toEqual(['An artist’s illustration of a plume.', '(Image: © NASA/ESA)']);
    const after = parseHTML(`<html><body><p>An artist’s illustration of a plume.</p><p>(Image: © NASA/ESA)</p><p>The Jupiter moon Europa’s plumes are real, researchers said.</p></body></html>`).document;
    const out = new TextBuilder();
    walk(after.body, out, { page: false, captions });
    expect(out.blocks.map((b) => b.drop ?? null)).toEqual(['caption', 'caption', null]);
  });

  it('knows an image’s alt text repeated beside it for its caption, and a camel-cased caption id', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    const alt = 'Police officers adjust a barricade along the route of the parade on Thursday in New York.';
    const doc = parseHTML(`<html><body><div><div class="box"><img src="/a.jpg" alt="${alt} "></div><div>${alt}</div><p>The parade went ahead on Thursday under a clear sky.</p><span id="galleryCaption002">Passengers wait for a bus.</span></div></body></html>`).document;
    expect([...captionTexts(doc.body)]).toEqual([alt, 'Passengers wait for a bus.']);
    // A class that says there is no caption names none.
    const none = parseHTML('<html><body><div class="entry nocaption">The council voted to sell the old mill to a developer.</div><div class="_title_1doy9_9 _titleNoCredit_1doy9_237"><h3>Graphic Design Certificate at Noble Desktop</h3></div></body></html>').document;
    expect([...captionTexts(none.body)]).toEqual([]);
  });

  it('sets each "Label: value" line of a paragraph broken by <br> apart, and keeps a paragraph with a soft break whole', () => {
    const box = '<p><strong>Crew Chief:</strong> Robert Barker<br><strong>Final 2023 Ranking:</strong> 10th<br><strong>Key stats:</strong> 0 wins, five top fives</p>';
    const a = page(`${box}${para('Wallace qualified for the playoffs for the first time and led a career-best 285 laps.')}<p>The season ended in Phoenix,<br>where he finished tenth in the race and in the standings.</p>`);
    const texts = a.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.slice(0, 3)).toEqual(['Crew Chief: Robert Barker', 'Final 2023 Ranking: 10th', 'Key stats: 0 wins, five top fives']);
    expect(texts).toContain('The season ended in Phoenix, where he finished tenth in the race and in the standings.');
    // A clock time is no label.
    const times = page(`<p>The first train leaves at 6:15 and the last one at 11:40, the council said,<br>With the mill site in between: a stop is planned there too.</p>${para('The line reopens in March after two years of work on the bridge.')}`);
    expect(times.sections.flatMap((s) => s.blocks.map((b) => b.text))[0]).toMatch(/^The first train leaves at 6:15 .* a stop is planned there too\.$/);
  });

  it('drops the author’s name and the date run together at the top of the article', () => {
    const html = `<html><head><meta name="author" content="Doric Sam"><title>Joshua and Wilder agree terms</title></head><body><article><h1>Joshua and Wilder agree terms</h1><p><span class="authorInfo"><a href="/u"><span>Doric Sam</span></a></span><span class="date">December 20, 2023</span></p>${para('Heavyweight sluggers Anthony Joshua and Deontay Wilder are set to face different opponents on Saturday.')}${para('According to boxing insider Dan Rafael, the two have agreed to all terms on a two-fight deal.')}</article></body></html>`;
    const a = parseHtml(html);
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toContain('Doric SamDecember 20, 2023');
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))[0]).toMatch(/^Heavyweight sluggers/);
  });

  it('sets a bold question apart from the answer after its line break (an interview set without labels)', () => {
    const a = page(`<p><strong>We spoke </strong><a href="/x"><strong>a year ago</strong></a><strong> about the snow. Do you think we are being punished?</strong><br>I was joking around with my family about it a couple of days ago.</p>${para('The forecast for January is for colder weather across the whole region.')}`);
    const texts = a.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.slice(0, 2)).toEqual(['We spoke a year ago about the snow. Do you think we are being punished?', 'I was joking around with my family about it a couple of days ago.']);
  });

  it('drops a short line repeated in a run (a gallery’s slide titles) and keeps a line said twice apart', () => {
    const slides = Array.from({ length: 4 }, () => '<div>Weather threatens holiday plans</div>').join('');
    const a = page(`${slides}${para('Forecasters see mostly smooth sailing into Thanksgiving, the weather service said on Wednesday.')}<h2>Travel</h2>${para('Airports reported short lines and few delays across the region on Wednesday.')}<h2>Travel</h2>${para('Rail services ran on time along the coast despite the wind.')}`);
    expect(a.dropped.filter((d) => d.reason === 'repeated-line').map((d) => d.text)).toEqual(Array(4).fill('Weather threatens holiday plans'));
    expect(a.sections.map((s) => s.heading?.text ?? null).filter((h) => h === 'Travel')).toHaveLength(2);
  });

  it('knows an all-italic line under an image for its caption; an italic paragraph elsewhere is text', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    const doc = parseHTML('<html><body><div><p><a href="/a.jpg"><img src="/a.jpg"></a></p><p> </p><p><em>Jewels after Jewels, installation views, photos © Inexhibit, 2018</em></p><p>The lamps hang in a dark room.</p><p><em>This essay first ran in the spring issue of the magazine.</em></p></div></body></html>').document;
    expect([...captionTexts(doc.body)]).toEqual(['Jewels after Jewels, installation views, photos © Inexhibit, 2018']);
  });

  it('knows up to two short label lines in divs right after an image for its caption and credit; a sentence, a byline or a third line is not', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    const doc = parseHTML('<html><body><div><div><picture><img src="/a.jpg"></picture></div><div class="sc-eBMEME">Former Prime Minister Tony Blair</div><div class="sc-dCFHLb">ES</div><div class="x">Third line here</div></div><div><div><img src="/b.jpg"></div><div>He walked into the room and sat down.</div></div><div><div><img src="/c.jpg"></div><div>By Jane Doe</div></div></body></html>').document;
    expect([...captionTexts(doc.body)]).toEqual(['Former Prime Minister Tony Blair', 'ES']);
    // A short paragraph right under a picture, or a centred one right above it, is its caption; not an icon's label, a field or a sentence.
    const para = parseHTML('<html><body><div><h2>API reference</h2><h2>Error handling</h2><p><img src="/stripe.png" class="cursor-zoom-in"></p><p>Stripe documentation API reference</p><p>With this structure, you are never left wondering what a call does.</p><p class="has-text-align-center"><strong>2 lb White Bread made with my Zojirushi</strong></p><div class="wp-block-image"><figure><img src="/loaf.jpg"></figure></div><p>The loaf rose well.</p><div><img src="/search-box.svg" class="guide-hero-icon"><p>Reference and functionality</p></div><p><img src="/forum.png"></p><p>Community: 442 000 users</p><p class="has-text-align-center">We hope to see you soon! 🙂</p><p><img src="/poster.png"></p></div></body></html>').document;
    expect([...captionTexts(para.body)]).toEqual(['Stripe documentation API reference', '2 lb White Bread made with my Zojirushi']);
    // (Only on a page that sets its subheadings as headings: elsewhere such a line may be one, "<p><img></p><p>What happens next</p>".)
    const plain = parseHTML('<html><body><div><p><img src="/harbour.jpg"></p><p>What happens next</p><p>The council will vote on the plan in May.</p></div></body></html>').document;
    expect([...captionTexts(plain.body)]).toEqual([]);
    // A subheading in bold after an image is none.
    const bold = parseHTML('<html><body><div><div><img src="/a.jpg"></div><div><strong>Why the mill matters</strong></div><span class="strong">Borewell Horror</span></div></body></html>').document;
    expect([...captionTexts(bold.body)]).toEqual([]);
    // …and an italic line after an image inside one paragraph; not italics after text.
    const wp = parseHTML('<html><body><p><img src="/a.jpg"><br><em>Bryan Kohberger enters Idaho courtroom</em></p><p>There is a new twist in the case, <em>a big one</em>.</p></body></html>').document;
    expect([...captionTexts(wp.body)]).toEqual(['Bryan Kohberger enters Idaho courtroom']);
    // (Nor an italic opening that asks the reader, under the page's header image: OSU's.)
    const asks = parseHTML('<html><body><div><article><img src="/a.jpg" alt="Woman using laptop"></article><p><em>If you’re teaching online for the first time or looking to hone your skills, you might ask yourself: <strong>What’s different about teaching online?</strong></em></p><p>Online classes have the same rigor.</p></div></body></html>').document;
    expect([...captionTexts(asks.body)]).toEqual([]);
  });

  it('knows the text beside an image and its <figcaption> in a small block for the caption; an article block with a figure in it keeps its text', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    const block = '<div class="slide"><img src="/a.jpg"><h6></h6><div><p>Izzy and AJ dippin’ it low before pickin’ it up slow.</p></div><figcaption><span>Laura Murray</span></figcaption></div>';
    const doc = parseHTML(`<html><body><div><p>I have been dip obsessed since childhood.</p>${block}<p>Last year, I moved the party to a karaoke bar.</p></div></body></html>`).document;
    expect([...captionTexts(doc.body)]).toEqual(['Izzy and AJ dippin’ it low before pickin’ it up slow.', 'Laura Murray']);
    // A long block that holds an image and a <figcaption> among its paragraphs is the article, not a figure.
    const long = `<p>${'The council approved the budget on Tuesday after a long debate about its cost to residents. '.repeat(4)}</p>`;
    const article = parseHTML(`<html><body><div><img src="/a.jpg"><figcaption>The hall.</figcaption>${long}</div></body></html>`).document;
    expect([...captionTexts(article.body)]).toEqual(['The hall.']);
    // Nor is a short section whose paragraph stands beside the figure, or after its <figcaption>.
    const section = parseHTML('<html><body><section><img src="/a.jpg"><p>Residents packed the chamber for the vote, and many stayed until after midnight to speak.</p><figcaption>The hall.</figcaption></section></body></html>').document;
    expect([...captionTexts(section.body)]).toEqual(['The hall.']);
    const after = parseHTML('<html><body><div><img src="/a.jpg"><figcaption>The hall.</figcaption><p>Residents packed the chamber for the vote.</p></div></body></html>').document;
    expect([...captionTexts(after.body)]).toEqual(['The hall.']);
  });

  it('drops advert labels, closing plugs, the paper and citation notices and a heading left with nothing under it', () => {
    const a = page(`${para('A winter storm closed every port along the northern coast on Monday, officials said.')}
<h3>Advert</h3>
${para('The coast guard ordered all fishing boats to stay in harbour until Thursday.')}
<p>More information: Jane Roe et al, Storm surges and port closures on northern coasts, Science (2019). DOI: 10.1126/science.abc1234</p>
<p>Journal information: Science</p>
<p>Provided by Northern Coast University</p>
<p>Citation: Storm closes ports (2019, November 18) retrieved 20 November 2019 from https://www.example.com/news/2019-11-storm.html</p>
<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.</p>
<h3>Something to Consider</h3>
<p>If you enjoyed this article, we have a proposition for you: Join EXAMPLEPLUS. Members get all of our content, no paywalls or content meters, complete access to the archives, and much more.</p>`);
    expect(body(a)).toEqual([expect.stringMatching(/^A winter storm/), expect.stringMatching(/^The coast guard/)]);
    for (const d of a.dropped) expect(a.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('drops filing, date and tagline lines in the languages of the benchmark pages', () => {
    const a = page(`<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p><p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p>
${para('A winter storm closed every port along the northern coast on Monday, officials said.')}
<p>Related post: Pickled Brussels Sprouts Recipe</p>
${para('The coast guard ordered all fishing boats to stay in harbour until Thursday.')}
<p>Filed under: Weather |</p><p>More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports</p>`);
    expect(body(a)).toEqual([expect.stringMatching(/^A winter storm/), expect.stringMatching(/^The coast guard/)]);
  });
});

describe('blocks the page hides by its "hidden" class', () => {
  const story = (n: number) => `<p>Paragraph ${n} of the story says what the town council decided about the old mill and why residents objected to it.</p>`;
  const panel = `<div class="article-block hidden"><div class="h2">THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</div><p>Subscribe now to read the latest news in your city and across the country.</p><ul><li>Exclusive articles from Jane Roe, John Doe and others.</li><li>Daily puzzles, including the crossword.</li></ul></div>`;

  it('are left out, as a browser shows the page, and a message says so', () => {
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${panel}${story(3)}${story(4)}</article></body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 4 of the story/);
    expect(text).not.toMatch(/Exclusive articles|RESERVED FOR SUBSCRIBERS/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /hides/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
  });

  it('and so is template placeholder text of the classes the page’s style sheet hides on every screen; not other text so hidden, which a script may show, nor a class a rule shows on some screen', () => {
    const lorem = '<div class="editableOneSec"><h3>Head Line 1</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p></div>';
    const wide = '<div class="d-none d-md-block"><p>Paragraph 9 of the story says the council will meet again in May to decide how to pay for the mill’s repairs.</p></div>';
    const css = '<style>/* template */ .editableOneSec, .editableTwoSec { display:none } .d-none{display:none!important} @media (min-width: 768px) { .d-md-block { display: block } .menu { display: none } } .tab.open { display: none }</style>';
    const a = parseHtml(`<html><head><title>Council saves the old mill</title>${css}</head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${lorem}${story(3)}${wide}${story(4)}</article></body></html>`);
    const text = a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).join('\n');
    expect(text).not.toMatch(/Lorem ipsum|Head Line 1/);
    expect(text).toMatch(/Paragraph 9 of the story/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /style sheet hides/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // An FAQ's answers a script shows, and a sheet for print or a narrow screen, hide no article text.
    const faq = '<div class="faq-answer"><p>Paragraph 7 of the story says the mill will reopen as a museum in the spring, the council said on Monday.</p></div>';
    const print = '<style media="print">.interactive{display:none}</style><style media="(max-width: 600px)">.wide-only{display:none}</style>';
    const other = parseHtml(`<html><head><title>Council saves the old mill</title><style>.faq-answer{display:none}</style>${print}</head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${faq}${story(3)}<div class="interactive">${story(5)}</div><div class="wide-only">${story(6)}</div>${story(4)}</article></body></html>`);
    const kept = other.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    for (const n of [5, 6, 7]) expect(kept).toMatch(new RegExp(`Paragraph ${n} of the story`));
  });

  it('and the author\'s bio box are left out too', () => {
    const bio = `<div class="author__bio-wrapper"><div class="author__biography"><p>A 38-year industry veteran and award-winning journalist, Jane has covered technology since PCs were the size of suitcases. She is a former Editor-in-Chief of Example Weekly.</p></div></div>`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}${bio}</article></body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 3 of the story/);
    expect(text).not.toMatch(/industry veteran/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /bio box/.test(m.message))).toBe(true);
  });

  it('and so are a video player\'s box (its title and duration) and a newsletter sign-up\'s box around its form', () => {
    const player = `<div class="c-video"><span class="c-video__overlay"><div class="c-video__data"><time class="c-video__duration">2:34</time><span class="c-video__title">Russia launches major nuclear drills with Belarus amid tensions</span></div></span></div>`;
    const signup = `<div class="c-inlineSignup"><div class="c-inlineSignup__content"><h2 class="c-inlineSignup__title">Get daily National news</h2><div class="c-inlineSignup__blurb">Get daily news delivered to your inbox so you'll never miss the day's top stories.</div><form><input type="email" name="email"><button>Get Started</button></form><div>By providing your email address, you have read and agree to our Terms and Conditions and Privacy Policy.</div></div></div>`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${signup}${story(3)}${player}${story(4)}</article></body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 4 of the story/);
    expect(text).not.toMatch(/nuclear drills|Get daily National news|2:34/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /video player or newsletter sign-up boxes/.test(m.message))).toBe(true);
    // A link inside a paragraph whose class says video stays.
    const inline = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}<p>The footage, which <a class="inline-video-link" href="/v">was filmed by a neighbour on Tuesday</a>, shows the mill at dawn before the vote.</p>${story(2)}${story(3)}</article></body></html>`);
    expect(inline.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/which was filmed by a neighbour on Tuesday, shows/);
    // A page's article in a box whose class says video keeps its paragraphs.
    const video = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article class="video-article"><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}</article></body></html>`);
    expect(video.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/Paragraph 3 of the story/);
  });

  it('and so is a cookie consent dialog, however long its prose', () => {
    const consent = `<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk">${Array.from({ length: 6 }, (_, i) => `<p>When you visit our website, we store cookies on your browser to collect information about you, your preferences or your device, part ${i}, and you can choose not to allow certain types of cookies, which may affect your experience of the site.</p>`).join('')}</div></div>`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}</article>${consent}</body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 1 of the story/);
    expect(text).not.toMatch(/cookies/);
    expect(a.messages.some((m) => m.id === 'dropped-chrome' && /cookie consent/.test(m.message))).toBe(true);
    // A publisher's own privacy dialog, longer than a short podcast page's article.
    const own = `<div class="privacy-modal"><div class="privacy-modal-box">${Array.from({ length: 6 }, (_, i) => `<h3>Cookie group ${i}</h3><p>We also use cookies to personalize your experience on our websites, including by determining the most relevant content and advertisements to show you, part ${i}, so that we may improve our websites.</p>`).join('')}</div></div>`;
    const podcast = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><main><h1>Council saves the old mill</h1>${story(1)}</main>${own}</body></html>`);
    const kept = podcast.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(kept).toMatch(/Paragraph 1 of the story/);
    expect(kept).not.toMatch(/cookies/);
    for (const name of ['privacy-bar', 'cookie-modal', 'consent-modal']) {
      const other = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><main><h1>Council saves the old mill</h1>${story(1)}</main>${own.replace('privacy-modal', name)}</body></html>`);
      expect(other.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).not.toMatch(/cookies/);
    }
    // A wrapper whose class only says such a dialog is shown holds the article.
    const wrapped = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><div class="site-wrapper privacy-bar-visible has-cookie-modal"><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}</article></div></body></html>`);
    expect(wrapped.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/Paragraph 2 of the story/);
  });

  it("show the article's rest that the page hides until a subscriber signs in, and say so", () => {
    const hidden = (n: number) => `<div class="subscriber-only" style="display:none">${story(n)}</div>`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1><div class="subscriber-preview">${story(1)}</div>${hidden(2)}${hidden(3)}${hidden(4)}</article></body></html>`);
    const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
    expect(text).toMatch(/Paragraph 4 of the story/);
    expect(a.messages.some((m) => m.id === 'restored-text' && /subscriber/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // Or each paragraph kept from screen readers and styled away for those who do not subscribe (TechRadar).
    const aria = (n: number) => `<p class="paywall" aria-hidden="true">${story(n).replace(/<\/?p>/g, '')}</p>`;
    const b = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${aria(3)}${aria(4)}${story(5)}</article></body></html>`);
    expect(b.sections.flatMap((s) => s.blocks).map((x) => x.text).join('\n')).toMatch(/Paragraph 3 of the story[^]*Paragraph 4 of the story[^]*Paragraph 5/);
    expect(b.messages.some((m) => m.id === 'restored-text' && /subscriber/.test(m.message))).toBe(true);
    // One hidden paragraph in a hidden box is one paragraph, and a sign-up line stays hidden.
    const nested = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}${story(4)}<div class="member-only" aria-hidden="true"><p class="member-only" aria-hidden="true">Members read every story free: join today and support local journalism in your town.</p></div></article></body></html>`);
    expect(nested.sections.flatMap((x) => x.blocks).map((x) => x.text).join('\n')).not.toMatch(/Members read every story/);
    // A hidden sign-up box is no article: one short paragraph stays hidden.
    const box = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}<div class="member-only" style="display:none"><p>Members read free.</p></div></article></body></html>`);
    expect(box.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).not.toMatch(/Members read free/);
  });

  it("show an accordion's panels, closed until a reader opens them, with their headers, and say so", () => {
    const panel = (title: string, n: number, open = '') => `<div class="collapsible"><h3><button aria-expanded="false"${open}><span class="icon"></span><p>${title}</p></button></h3><div aria-hidden="true" hidden class="collapsible-text">${story(n)}</div></div>`;
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<h2>What to consider</h2>${panel('Cost', 3)}${panel('Timing', 4)}</article></body></html>`);
    const text = a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).join('\n');
    expect(text).toMatch(/Cost\n[^]*Paragraph 3 of the story[^]*Timing\n[^]*Paragraph 4 of the story/);
    expect(a.messages.some((m) => m.id === 'restored-text' && /accordion/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // Or the panel the toggle names, wherever it is.
    const named = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<h3><a href="#" aria-expanded="false" aria-controls="faq-1">When will it open?</a></h3><p>Below.</p><div id="faq-1" style="display:none">${story(3)}</div></article></body></html>`);
    expect(named.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/Paragraph 3 of the story/);
    // A menu's hidden list of links is no panel of prose: it stays hidden.
    const menu = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<div><button aria-expanded="false">More stories</button><ul hidden><li><a href="/a">Mill owners sue the council over the vote</a></li></ul></div>${story(3)}</article></body></html>`);
    expect(menu.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).not.toMatch(/Mill owners sue/);
    expect(menu.messages.some((m) => /accordion/.test(m.message))).toBe(false);
    // Or a link that is a button for a panel and holds its heading, with no aria-expanded; two accordions giving their panels the same ids.
    const step = (list: number, n: number) => `<div class="es-accordion"><div><a role="button" aria-controls="undefined_${n}_content"><span role="heading" aria-level="3">Step ${list}.${n} of the plan</span></a></div><div id="undefined_${n}_content" style="display:none;" role="region"><div class="es-accordion-content">${story(10 * list + n)}</div></div></div>`;
    const steps = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<h2>Before the vote</h2><div class="es-accordion-list">${step(1, 0)}${step(1, 1)}</div><h2>After the vote</h2><div class="es-accordion-list">${step(2, 0)}${step(2, 1)}</div></article></body></html>`);
    expect(bodyText(steps)).toMatch(/Step 1\.0 of the plan\nParagraph 10 of the story[^]*Step 1\.1 of the plan\nParagraph 11[^]*Step 2\.0 of the plan\nParagraph 20[^]*Step 2\.1 of the plan\nParagraph 21/);
    expect(steps.sections.find((x) => x.heading?.text === 'Step 2.1 of the plan')?.heading?.level).toBe(3);
    expectArticleGrounded(steps);
    // Or a panel the style sheet's class hides ("hidden"), which the toggle names: kept and shown, not left out as hidden text.
    const faq = (n: number) => `<div class="ss-accordion"><button aria-controls="content-${n}" aria-expanded="false"><h3>When will part ${n} of the mill open?</h3></button><div id="content-${n}" class="ss-accordion-content hidden"><p>Paragraph ${20 + n} of the story answers the question in full, with what the council decided about the old mill and when the work on it will start.</p></div></div>`;
    const classed = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<h2>Questions</h2>${faq(1)}${faq(2)}<div class="hidden"><p>Sign in to keep reading the stories you follow on the council's plans.</p></div></article></body></html>`);
    expect(bodyText(classed)).toMatch(/When will part 1 of the mill open\?\nParagraph 21 of the story[^]*When will part 2 of the mill open\?\nParagraph 22/);
    expect(bodyText(classed)).not.toMatch(/Sign in to keep reading/);
    expect(classed.messages.some((m) => /opened 2 sections/.test(m.message))).toBe(true);
    // A question set as a heading inside the toggle, over an answer the page already shows, stays too.
    const shownFaq = (n: number) => `<div class="accordion__item"><button aria-expanded="false" class="accordion__handle" aria-controls="accordion-${n}"><h3 class="accordion__title">When will part ${n} of the mill open?</h3><div class="accordion__icon">&nbsp;</div></button><div id="accordion-${n}" role="region"><p>Paragraph ${20 + n} of the story answers the question in full, with what the council decided about the old mill and when the work on it will start.</p></div></div>`;
    const shown = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<h2>FAQ</h2>${shownFaq(1)}${shownFaq(2)}</article></body></html>`);
    expect(bodyText(shown)).toMatch(/When will part 1 of the mill open\?\nParagraph 21 of the story[^]*When will part 2 of the mill open\?\nParagraph 22/);
    // (Not a panel of comments, nor one a link to another page "toggles": hidden, they stay out.)
    const furniture = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}<button aria-controls="comment-list" aria-expanded="false">Show comments (3)</button><div id="comment-list" class="hidden"><p>I have lived on the east side for forty years and I never thought they would save the mill.</p></div><a href="https://example.org/topics/city-hall" role="button" aria-controls="topic-panel"><span role="heading" aria-level="2">City Hall coverage</span></a><div id="topic-panel" class="hidden"><p>Our City Hall team covers the council every week, and you can read all of its stories here.</p></div></article></body></html>`);
    expect(bodyText(furniture)).not.toMatch(/east side for forty years|City Hall/);
  });

  it('are put in their places when a script streams them in (React: hidden S: segments for B: boundaries and P: placeholders), and say so', () => {
    const page = (markers: boolean) =>
      `<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>` +
      `${markers ? '<!--$?-->' : ''}<template id="B:0"></template><div>Loading paragraph...</div>${markers ? '<!--/$-->' : ''}<div class="ad">Advertisement</div>` +
      `${markers ? '<!--$?-->' : ''}<template id="B:1"></template><div>Loading paragraph...</div>${markers ? '<!--/$-->' : ''}</article>` +
      `<div hidden id="S:0">${story(1)}${story(2)}</div><div hidden id="S:1"><div><template id="P:2"></template></div></div><div hidden id="S:2">${story(3)}${story(4)}</div></body></html>`;
    for (const markers of [true, false]) {
      const a = parseHtml(page(markers));
      const text = a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n');
      expect(text).toMatch(/Paragraph 1 of the story[^]*Paragraph 2 of the story[^]*Paragraph 3 of the story[^]*Paragraph 4 of the story/);
      expect(text).not.toMatch(/Loading paragraph/);
      expect(a.messages.some((m) => m.id === 'restored-text' && /streams in/.test(m.message))).toBe(true);
      expectArticleGrounded(a);
    }
    // A boundary with no fallback keeps the paragraph after it; a segment holding its own template (or two holding each other's) ends.
    const kept = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}<template id="B:1"></template><p>Property taxes will rise.</p>${story(2)}</article><div hidden id="S:1">${story(3)}</div></body></html>`);
    expect(kept.sections.flatMap((s) => s.blocks).map((b) => b.text)).toContain('Property taxes will rise.');
    const self = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article><h1>Council saves the old mill</h1>${story(1)}${story(2)}</article><div hidden id="S:1"><template id="P:1"></template>${story(3)}</div><div hidden id="S:2"><template id="P:3"></template></div><div hidden id="S:3"><template id="P:2"></template></div></body></html>`);
    expect(self.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/Paragraph 1 of the story/);
  });

  it('stay when they hold the article itself (a page that shows it by script)', () => {
    const a = parseHtml(`<html><head><title>Council saves the old mill</title></head><body><article class="hidden"><h1>Council saves the old mill</h1>${story(1)}${story(2)}${story(3)}</article><footer>Contact us</footer></body></html>`);
    expect(a.sections.flatMap((s) => s.blocks).map((b) => b.text).join('\n')).toMatch(/Paragraph 3 of the story/);
  });
});

describe('a page that builds its article with JavaScript', () => {
  const item = (n: number) => `{"title":"Item ${n}","description":"<p>Item ${n} of the list is the solo record the singer made after the band's long break, with songs about home, friends and the years on the road that fans waited for.</p>"}`;
  const page = (script: string) =>
    `<html><head><title>A complete list of the solo records</title></head><body><article><h1>A complete list of the solo records</h1><p>The stars are focusing on personal projects, and their songs give a taste of what is next.</p></article>${script}</body></html>`;
  const short = (a: Article) => a.messages.filter((x) => x.id === 'short-article').map((x) => x.message);

  it('says that the article is short and that the page holds its text in scripts', () => {
    const a = parseHtml(page(`<script>window.gallery = {"items":[${Array.from({ length: 24 }, (_, i) => item(i + 1)).join(',')}]};</script>`));
    expect(short(a)).toHaveLength(1);
    expect(short(a)[0]).toMatch(/^only 17 words of article text found, though the page's scripts hold about \d+ words of text: the page may build its article with JavaScript/);
  });

  it('says nothing of a short article whose scripts hold code, not prose', () => {
    const code = `<script>${'var a = "' + 'x'.repeat(400) + '"; function f(b){return b+1;}\n'.repeat(20)}</script>`;
    expect(short(parseHtml(page(code)))).toEqual([]);
    expect(short(parseHtml(page('')))).toEqual([]);
  });

  it("says nothing of a short story whose scripts list related stories' teasers, nor of a page with no text", () => {
    const teaser = (n: number) => `{"title":"Story ${n}","dek":"Story ${n} of the day: the council met on Monday night and voted to close the library branch on Elm Street, angering the parents who use it."}`;
    const teasers = Array.from({ length: 10 }, (_, i) => teaser(i)).join(',');
    expect(short(parseHtml(page(`<script id="__NEXT_DATA__">{"related":[${teasers}],"trending":[${teasers}]}</script>`)))).toEqual([]);
    const empty = parseHtml('<html><head><title>App</title></head><body><div id="app"></div></body></html>');
    expect(short(empty)).toEqual([]);
  });
});

describe('a box of key points above the article', () => {
  const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
  const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  const para = (n: number) => `<p>Paragraph ${n} of the report says what the statistics office found about the economy in the third quarter and why it matters.</p>`;
  const box = (label: string, items: string[]) => `<div class="KeyPoints"><div class="KeyPoints-label">${label}</div><div class="KeyPoints-list"><div class="group"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></div></div>`;
  const points = ['The U.K. is edging closer to a technical recession, after revised figures showed the economy shrank.', 'Gross domestic product fell by 0.1% between July and September, the statistics office said.', 'The data could put pressure on the Bank of England to cut rates sooner'];
  const page = (top: string, bottom = '') => `<html><head><title>UK inches closer to recession</title></head><body><header><h1>UK inches closer to recession</h1>${top}</header><div class="ArticleBody"><div class="group">${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}</div></div>${bottom}</body></html>`;

  it('is read as the standfirst when the extractor leaves it out, each point a sentence, and a message says so', () => {
    const a = parseHtml(page(box('Key Points', points)));
    expect(a.dek?.text).toBe(`${points[0]} ${points[1]} ${points[2]}.`);
    expect(a.messages.some((m) => /3 key points/.test(m.message))).toBe(true);
    expect(a.sections.flatMap((s) => s.blocks).some((b) => b.text.includes('edging closer'))).toBe(false);
    expectArticleGrounded(a);
  });

  it('is not a menu of short links, a box below the article or a list under another label', () => {
    expect(keyPoints(doc(box('Highlights', ['THE LIFE', 'Top stories', 'DIVE DEEPER (7 MIN)'])))).toBeNull();
    expect(keyPoints(doc(box('More stories', points)))).toBeNull();
    const below = parseHtml(page('', box('Key Points', points)));
    expect(below.dek).toBeNull();
    expect(below.messages.some((m) => /key points/.test(m.message))).toBe(false);
  });

  it('is no rail of other stories beside the article ("In Brief" in an aside)', () => {
    const rail = `<aside class="left-rail"><h3>In Brief</h3><ul><li>Council approves a new budget for the parks department next year.</li><li>Police arrest two men after a string of burglaries downtown.</li><li>School board delays vote on the new bus routes until March.</li></ul></aside>`;
    const a = parseHtml(`<html><head><title>UK inches closer to recession</title></head><body>${rail}<main><h1>UK inches closer to recession</h1><div class="ArticleBody">${para(1)}${para(2)}${para(3)}${para(4)}</div></main></body></html>`);
    expect(a.dek).toBeNull();
    expect(a.messages.some((m) => /key points/.test(m.message))).toBe(false);
  });

  it('is read as the standfirst, not a heading over the story, when the extractor keeps it above the first paragraph (CNN’s "STORY HIGHLIGHTS", its "NEW:" flags left out)', () => {
    const cnn = `<div class="cnn_strylftcntnt"><div><strong>STORY HIGHLIGHTS</strong></div><ul class="cnn_bulletbin"><li><b>NEW:</b> ${points[0]}</li><li>${points[1]}</li><li>${points[2]}</li></ul></div>`;
    const a = parseHtml(`<html><head><title>UK inches closer to recession</title></head><body><h1>UK inches closer to recession</h1><div class="cnn_strycntntlft">${cnn}${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}</div></body></html>`);
    expect(a.dek?.text).toBe(`${points[0]} ${points[1]} ${points[2]}.`);
    expect(a.sections.every((s) => !s.heading || !/HIGHLIGHTS/.test(s.heading.text))).toBe(true);
    expect(a.sections.flatMap((s) => s.blocks).some((b) => b.text.includes('edging closer'))).toBe(false);
    expect(a.sections.flatMap((s) => s.blocks).some((b) => b.text.startsWith('Paragraph 1 of the report'))).toBe(true);
    expectArticleGrounded(a);
    // Below the first paragraph, it stays where the page sets it.
    const later = parseHtml(`<html><head><title>UK inches closer to recession</title></head><body><h1>UK inches closer to recession</h1><div class="cnn_strycntntlft">${para(1)}${cnn}${para(2)}${para(3)}${para(4)}${para(5)}</div></body></html>`);
    expect(later.dek).toBeNull();
  });

  it('stays out when the article already holds most of its points', () => {
    const found = keyPoints(doc(`${box('Key Points', points)}${para(1)}`))!;
    expect(found.items).toEqual(points);
    expect(missedKeyPoints(found, [...points, 'x'], `${points[0]} ${points[1]} text`, [`${points[0]} more words here to pass sixty characters`])).toBeNull();
  });
});

describe('a standfirst the markup names under the headline', () => {
  const body = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k + 1} of the story says which vehicles the recall covers, what owners should do about it and when the fix will come.</p>`).join('');
  const page = (header: string, after = '', head = '') =>
    `<html><head><title>Tesla recalls 120K vehicles</title>${head}</head><body><header><h1>Tesla recalls 120K vehicles</h1>${header}</header><article>${body}</article>${after}</body></html>`;

  it('is the dek when the extractor leaves it out (CBC h2.deck, Fox h2.sub-headline, p.article__summary)', () => {
    for (const el of ['<h2 class="deck">Tesla recall applies to 2021-2023 Model S and Model X vehicles</h2>', '<h2 class="sub-headline speakable">Tesla recall applies to 2021-2023 Model S and Model X vehicles</h2>', '<div class="byline">By Jane Doe</div><p class="article__summary">Tesla recall applies to 2021-2023 Model S and Model X vehicles</p>']) {
      const a = parseHtml(page(el));
      expect(a.dek?.text).toBe('Tesla recall applies to 2021-2023 Model S and Model X vehicles');
      expectArticleGrounded(a);
    }
  });

  it('is the dek when the extracted article opens with it under a section label, a photo credit and a date (The Daily Beast), and the label is no heading', () => {
    const dek = 'At a peaceful gathering, they condemned the killings of two officers but also asked why other deaths spark less outrage.';
    const a = parseHtml(`<html><head><title>Vigil asks whose life matters</title></head><body><section class="content"><figure><img src="a.jpg"><figcaption><p class="credits">Mike Segar/Reuters</p></figcaption></figure><header><h3 class="section" itemprop="articleSection">MIXED FEELINGS</h3><div class="publish-date-time"><span class="date">12.22.14</span></div><h1 class="title">Vigil asks whose life matters</h1></header><div class="dek">${dek}</div><section class="article-body">${body}</section></section></body></html>`);
    expect(a.dek?.text).toBe(dek);
    expect(a.sections.some((s) => s.heading?.text === 'MIXED FEELINGS')).toBe(false);
    expect(a.sections.flatMap((s) => s.blocks).some((b) => b.text === dek)).toBe(false);
    expectArticleGrounded(a);
    // Businessweek's department label over the headline is no heading either.
    const bw = parseHtml(`<html><head><title>Tesla recalls 120K vehicles</title></head><body><article><div class='department_text'><h3>Investing</h3></div><h1>Tesla recalls 120K vehicles</h1>${body}</article></body></html>`);
    expect(bw.sections.some((s) => s.heading?.text === 'Investing')).toBe(false);
  });

  it('is the dek the page’s script data names, however short, where the page shows it under the headline (Hearst’s "dek")', () => {
    const data = (dek: string) => `<script>window.__DATA__ = {"content":{"metadata":{"dek":"\\u003cp\\u003e${dek} \\u003c/p\\u003e"}},"related":[{"dek":"\\u003cp\\u003eAnother story about other cars entirely.\\u003c/p\\u003e"}]};</script>`;
    const a = parseHtml(page('<div class="css-v6sl9t e1f1sunr6"><p>Protein continues to be huge. </p></div>', '', data('Protein continues to be huge.')));
    expect(a.dek?.text).toBe('Protein continues to be huge.');
    expectArticleGrounded(a);
    // (Not another story's dek the data holds, shown in a teaser further down.)
    const other = parseHtml(page('', '<aside><p>Another story about other cars entirely.</p></aside>', data('A dek the page never shows.')));
    expect(other.dek).toBeNull();
    // (Nor the dek of an "Up next" card under the headline, nor a body paragraph the data repeats as its excerpt.)
    const card = parseHtml(page('<a class="up-next" href="/next"><p>Another story about other cars entirely.</p></a>', '', data('A dek the page never shows.')));
    expect(card.dek).toBeNull();
    const excerpt = '<p>Tesla is recalling 120,000 cars because a door can open in a crash, the regulator said on Friday.</p>';
    const first = parseHtml(page('', '', data('Tesla is recalling 120,000 cars because a door can open in a crash, the regulator said on Friday.')).replace('<article>', `<article>${excerpt}`));
    expect(first.dek).toBeNull();
  });

  it('is the dek from a marked box around its one paragraph, or a class in camel case (iRunFar, Time Out)', () => {
    const dek = 'Our experts share their best trail running shoe selections from the more than 300 models available';
    for (const el of [`<span class="the-excerpt"><p>${dek}</p></span>`, `<div class="post-excerpt"><p>${dek}.</p> </div>`, `<p class="_articleSubtitle_hbr2q_66">${dek}</p>`]) {
      const a = parseHtml(page(el));
      expect(a.dek?.text.replace(/\.$/, '')).toBe(dek);
      expect(a.text.split(dek).length - 1).toBe(1);
      expectArticleGrounded(a);
    }
    // (Not a box that holds more than the one paragraph, nor a class that only ends in those letters.)
    expect(parseHtml(page(`<div class="post-excerpt"><p>${dek}.</p><p>Another paragraph of the box with words enough in it.</p></div>`)).dek).toBeNull();
    expect(parseHtml(page(`<p class="headlinedeck">${dek}</p>`)).dek).toBeNull();
    // (Nor a card's or a slide's camel-case class.)
    expect(parseHtml(page(`<p class="cardSubtitle">${dek}</p>`)).dek).toBeNull();
    expect(parseHtml(page(`<p class="slideDeck">${dek}</p>`)).dek).toBeNull();
  });

  it('is the dek when the article repeats it only as a subheading over a later section, which stays', () => {
    const dek = 'A National Security Case for Building, Not Shrinking';
    const half = body.split('</p>').slice(0, 3).join('</p>') + '</p>';
    const a = parseHtml(`<html><head><title>Climate Tech Needs a Reboot</title></head><body><div class="post-header"><h1>Climate Tech Needs a Reboot</h1><h3 class="subtitle">${dek}</h3></div><article>${half}<h3>${dek}</h3>${half.replace(/Paragraph/g, 'Section')}</article></body></html>`);
    expect(a.dek?.text).toBe(dek);
    expect(a.sections.some((s) => s.heading?.text === dek)).toBe(true);
    expectArticleGrounded(a);
    // (Not when a paragraph of the article holds it.)
    const para = parseHtml(`<html><head><title>Climate Tech Needs a Reboot</title></head><body><div class="post-header"><h1>Climate Tech Needs a Reboot</h1><h3 class="subtitle">${dek}</h3></div><article>${half}<p>${dek}.</p>${half.replace(/Paragraph/g, 'Section')}</article></body></html>`);
    expect(para.dek).toBeNull();
  });

  it('is the subheading right after the headline when it reads as a sentence, not a section heading', () => {
    const dek = 'A snub from a Hollywood executive has left the couple with a "terrible" label, an expert has claimed.';
    expect(parseHtml(page(`<h3>${dek}</h3>`)).dek?.text).toBe(dek);
    expect(parseHtml(page('<h2>What the recall covers and which models</h2>')).dek).toBeNull();
  });

  it('is the subheading the page declares its description, with no full stop (The Telegraph\u2019s h2 itemprop="alternativeHeadline description")', () => {
    const dek = 'Files released by the National Archives show the recall was delayed by a dispute over the cost of parts';
    expect(parseHtml(page(`<h2 itemprop="alternativeHeadline description">${dek}</h2>`)).dek?.text).toBe(dek);
  });

  it("is not the author's job line or a part of the headline itself", () => {
    expect(parseHtml(page('<div class="author"><span class="name">Jane Doe</span><span class="author-subtitle">Senior energy and transport reporter in Washington</span></div>')).dek).toBeNull();
    const inside = parseHtml(`<html><head><title>Tesla recalls 120K vehicles</title></head><body><header><h1 class="headline"><span class="headline__text">Tesla recalls 120K vehicles</span> <span class="headline__subtitle">and owners are told to stop driving them now</span></h1></header><article>${body}</article></body></html>`);
    expect(inside.dek).toBeNull();
  });

  it("is written once when the page's own articleBody, which replaces the extracted text, holds it", () => {
    const dek = 'Tesla recall applies to 2021-2023 Model S and Model X vehicles sold in America';
    const paragraphs = Array.from({ length: 8 }, (_, k) => `Paragraph ${k + 1} of the story says which vehicles the recall covers, what owners should do about it and when the fix will come.`);
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tesla recalls 120K vehicles', articleBody: [dek, ...paragraphs].join('\n\n') });
    const a = parseHtml(`<html><head><title>Tesla recalls 120K vehicles</title><script type="application/ld+json">${ld}</script></head><body><header><h1>Tesla recalls 120K vehicles</h1></header><article><p class="dek">${dek}</p><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p></article></body></html>`);
    expect(a.text.split(dek).length - 1).toBe(1);
    expectArticleGrounded(a);
  });

  it('is not a teaser of another story further down, a sign-up line or a short label', () => {
    expect(parseHtml(page('', `<aside><div class="card"><p class="article-card__excerpt">Another story about a different recall of other cars this winter.</p></div></aside><div class="more"><p class="card__excerpt">Another story about a different recall of other cars this winter.</p></div>`)).dek).toBeNull();
    expect(parseHtml(page('<h2 class="article__dek">Sign up for our newsletter to get the latest news delivered to your inbox.</h2>')).dek).toBeNull();
    expect(parseHtml(page('<p class="subtitle">Cars and trucks</p>')).dek).toBeNull();
  });

  it('comes first, before a description the page declares that the extractor also left out, each a sentence', () => {
    const described = 'Fancy a new car? You may want to wait until the recall is done.';
    const a = parseHtml(page(`<h2 class="deck">Tesla recall applies to 2021-2023 Model S and Model X vehicles</h2><div class="teaser">${described}</div>`, '', `<meta name="description" content="${described}">`));
    expect(a.dek?.text).toBe(`Tesla recall applies to 2021-2023 Model S and Model X vehicles. ${described}`);
  });
});

describe('pull quotes', () => {
  it('are left out as repeats when a paragraph of the article holds their words, and a message says so', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story tells what the legislators did in the session and how the members of the caucus answered them.</p>`;
    const held = '<p>She said of her opponents: “They have such anger and disdain and disgust that they can’t control it.” Then she left the chamber.</p>';
    const a = parseHtml(`<html><head><title>The session ends</title></head><body><article><h1>The session ends</h1>${para(1)}${held}<blockquote class="Pullquote"><p>'They have such anger and disdain and disgust that they can't control it.'</p></blockquote>${para(2)}<blockquote><p>We will come back next year and the year after, every year until the law is changed for good.</p></blockquote>${para(3)}${para(4)}</article></body></html>`);
    const blocks = a.sections.flatMap((s) => s.blocks);
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual(['We will come back next year and the year after, every year until the law is changed for good.']);
    expect(a.dropped.filter((d) => d.reason === 'repeated-paragraph').map((d) => d.text)).toEqual(["'They have such anger and disdain and disgust that they can't control it.'"]);
    expect(a.messages.some((m) => m.id === 'dropped-text')).toBe(true);
    expectArticleGrounded(a);
  });

  it('are left out when the page\u2019s class marks one that rewords a paragraph, but a statement the article paraphrases stays', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story tells what the researchers found on the ice and how the penguins there have fared since then.</p>`;
    const held = '<p>One group of researchers tested 72 tourists’ boots and found 20 different fecal pathogens on just 15 pairs of shoes.</p>';
    const a = parseHtml(`<html><head><title>Tourists bring disease</title></head><body><article><h1>Tourists bring disease</h1>${para(1)}<aside class="pullquote"><span>One group of researchers found 20 different fecal pathogens on just 15 pairs of tourist boots.</span></aside>${held}${para(2)}${para(3)}</article></body></html>`);
    expect(a.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'quote')).toEqual([]);
    expect(a.dropped.map((d) => d.reason)).toContain('repeated-paragraph');
    // (Only a box the page's class marks a pull quote: a statement quoted in full after its paraphrase stays.)
    const statement = parseHtml(`<html><head><title>Club mourns former captain</title></head><body><article><h1>Club mourns former captain</h1>${para(1)}<p>In a statement, the club said it was devastated by the news and that its thoughts were with his family and friends at this incredibly difficult time.</p><blockquote><p>We are devastated by the news. Our thoughts are with his family and friends at this incredibly difficult time.</p></blockquote>${para(2)}${para(3)}</article></body></html>`);
    expect(statement.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'quote')).toHaveLength(1);
  });

  it('keep a line of an embedded post that the article quotes too', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story tells what the senator did in the city and how the owners of the restaurant answered him.</p>`;
    const a = parseHtml(`<html><head><title>Senator visits</title></head><body><article><h1>Senator visits</h1>${para(1)}<p>“Hands off our favourite chicken restaurant now!” the senator wrote on X.</p><blockquote class="twitter-tweet"><p>I showed up to their location today to send a clear message:</p><p>Hands off our favourite chicken restaurant now!</p></blockquote>${para(2)}${para(3)}</article></body></html>`);
    expect(a.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'quote').map((b) => b.text)).toContain('Hands off our favourite chicken restaurant now!');
    expect(a.dropped.filter((d) => d.reason === 'repeated-paragraph')).toEqual([]);
  });
});

describe('a page’s dates, site name and bylines in older markup', () => {
  const page = (head: string, body = '') =>
    `<html><head><title>Council approves new park on old rail yards</title>${head}</head><body><article><h1>Council approves new park on old rail yards</h1>${body}<p>The city council approved a plan on Tuesday to build a large park on the old rail yards, officials said after a long debate. ${words(40)}</p></article></body></html>`;

  it('reads the date microdata marks on the article, not a teaser’s in a list of other stories', () => {
    expect(parseHtml(page('', '<time itemprop="datePublished" datetime="2014-12-22T12:03:46-05:00">12.22.14</time>')).meta.published).toBe('2014-12-22T12:03:46-05:00');
    expect(parseHtml(page('', '<span itemprop="datePublished" content="2014-12-22">Dec 22</span>')).meta.published).toBe('2014-12-22');
    const teaser = '<ul itemscope itemtype="http://schema.org/ItemList"><li itemprop="itemListElement"><meta itemprop="datePublished" content="2015-01-02T16:00:31Z"><a href="/x">Another story</a></li></ul>';
    expect(parseHtml(page('<meta name="dc.date" content="2014-12-16">', teaser)).meta.published).toBe('2014-12-16');
    expect(parseHtml(page('', teaser)).meta.published ?? null).toBeNull();
  });

  it('reads datePublished named in a <meta> before the time the page was updated', () => {
    expect(parseHtml(page('<meta name="datePublished" content="2014-12-16T10:00:00Z"><meta property="og:updated_time" content="2015-01-05T08:00:00Z">')).meta.published).toBe('2014-12-16T10:00:00Z');
  });

  it('reads Parse.ly’s pub_date and a date written out in a page’s own meta field', () => {
    const parsely = `<meta name="parsely-page" content='{"title": "x", "pub_date": "2014-12-30T11:03:00+0000"}'>`;
    expect(parseHtml(page(parsely)).meta.published).toBe('2014-12-30T11:03:00+0000');
    expect(parseHtml(page('<meta name="article_date_original" content="Monday, December 29, 2014,  2:48 PM">')).meta.published).toBe('2014-12-29');
  });

  it('takes no social network handle for the site’s name', () => {
    expect(parseHtml(page('<meta name="twitter:site" content="@ReutersIndia">')).meta.siteName ?? null).toBeNull();
    expect(parseHtml(page('<meta name="twitter:site" content="@ReutersIndia"><meta name="application-name" content="Reuters">')).meta.siteName).toBe('Reuters');
  });

  it('reads the writer from article_author without the e-mail address, and the whole list of writers when the data gives the first', () => {
    const a = parseHtml(page('<meta name="article_author" content="Darcie Moran | dmoran@mlive.com">'));
    expect(a.meta.byline).toBe('Darcie Moran');
    expect(a.byline?.text).toBe('By Darcie Moran');
    const list = '<div class="authors byline">By <span class="author"><a class="author" href="/author/mike/">Mike D’Angelo</a>,</span> <span class="author"><a class="author" href="/author/aa/">A.A. Dowd</a>,</span> and <span class="author"><a class="author" href="/author/nick/">Nick Schager</a></span></div>';
    const many = parseHtml(page('', list).replace('<head>', '<head><meta name="author" content="Mike D’Angelo,">'));
    expect(many.byline?.text).toBe('By Mike D’Angelo, A.A. Dowd, and Nick Schager');
  });
});

describe('article text in boxes an extractor drops or takes for furniture', () => {
  const story = (extra: string, before = '') =>
    `<html><head><title>BlackBerry denies Samsung buyout rumors</title></head><body><article><h1>BlackBerry denies Samsung buyout rumors</h1>${before}<p>After rumors spread earlier today that BlackBerry was in talks to be acquired by Samsung, the company has offered an official comment on the report and denied it. ${words(30)}</p><p>BlackBerry then goes on to say its policy is not to comment on rumors and will talk no further about the matter at all. ${words(20)}</p>${extra}</article></body></html>`;

  it('reads a form with no field to fill in that holds paragraphs as text', () => {
    const a = parseHtml(story('<p>Here’s the full statement:</p><form action="/x" method="post"><div><blockquote><p>BlackBerry has not engaged in discussions with Samsung with respect to any possible offer to purchase BlackBerry.</p></blockquote><p>In all, it looks like the rumors amounted to no more than speculation; we will update if we hear more.</p></div></form>'));
    expect(bodyText(a)).toContain('BlackBerry has not engaged in discussions');
    expect(bodyText(a)).toContain('amounted to no more than speculation');
    expectArticleGrounded(a);
    // A form to fill in is still no text.
    const search = parseHtml(story('<form action="/search"><p>Search our archive of stories going back many years to find more.</p><input type="text" name="q"></form>'));
    expect(bodyText(search)).not.toContain('Search our archive');
  });

  it('keeps a paragraph of the story that the page also prints as a photo’s caption', () => {
    const para = 'Nevada, Arizona and Florida are among those furthest from their peak employment during the downturn.';
    const a = parseHtml(story(`<p>${para}</p>`, `<figure><img src="a.jpg"><figcaption>Photographer: Mark Elias</figcaption><div class="ext_caption"><p>${para}</p></div></figure>`));
    expect(a.text.split(para).length - 1).toBe(1);
    expect(a.dropped.some((d) => d.text === para)).toBe(false);
    // A caption printed only as a caption stays out.
    const only = parseHtml(story('', `<figure><img src="a.jpg"><div class="ext_caption"><p>${para}</p></div></figure>`));
    expect(bodyText(only)).not.toContain(para);
  });

  it('leaves out teaser tiles for other stories, a filing label’s tags and a box of cards for the site’s pages, and reports them', () => {
    const tiles = ['What Matters in Selma', 'The Subtle Typographical Art of a Chicken McNugget Poster'].map((h) => `<div class="tile stacked long-hed"><a href="/other" class="primary"></a><span class="rubrik">Politics</span><div class="full-tile"><span class="hed">${h}</span><span class="dek">Critics say the film is not fair to the president.</span><span class="byline">Jamelle Bouie</span></div></div>`).join('');
    const a = parseHtml(story(`<div class="storyboxgroupquery section">${tiles}</div>`));
    expect(bodyText(a)).not.toContain('What Matters in Selma');
    expect(a.messages.some((m) => /teaser tile/.test(m.message))).toBe(true);
    // A sentence of the story in a box its class calls a teaser stays.
    const sentence = parseHtml(story('<div class="teaser"><span>The budget includes $4 million for the <a href="/parks">parks department</a> and $2 million for road repairs across the north side.</span></div>'));
    expect(bodyText(sentence)).toContain('$2 million for road repairs');
    const tags = parseHtml(story('<dl class="keywords"><dt>Filed under:</dt><dd class="tag">gwyneth paltrow</dd><dd class="tag">brad pitt</dd><dd class="tag">ben affleck</dd></dl>'));
    expect(bodyText(tags)).not.toContain('Filed under');
    expect(bodyText(tags)).not.toContain('brad pitt');
    expect(tags.dropped.map((d) => d.text)).toContain('brad pitt');
    // A box of cards for the site's own products, each closing on a "Dive deeper" link to its page, goes with its label; cards linking out stay.
    const card = (name: string, href: string, link: string) => `<div class="aps-card"><div class="aps-icon"><img src="/${name}.png"></div><div class="aps-card-title">${name}</div><p>Manage every ${name} across gateways and brokers.</p><a href="${href}">${link} ${name} &gt;</a></div>`;
    const grid = (href: (n: string) => string, link: string) => `<section class="api-platform-section"><div class="aps-section-title">Understanding the Power of Unified API Management</div><div class="aps-cards-grid">${['Gateway', 'Kafka', 'Agents'].map((n) => card(n, href(n), link)).join('')}</div></section>`;
    const own = parseHtml(story(grid((n) => `/platform/${n}`, 'Dive deeper into')));
    expect(bodyText(own)).not.toContain('Understanding the Power');
    expect(bodyText(own)).not.toContain('Manage every Kafka');
    expect(own.messages.some((m) => /cards for the site's own pages \(“Dive deeper into Gateway >”\)/.test(m.message))).toBe(true);
    const out = parseHtml(story(grid((n) => `https://${n.toLowerCase()}.example.com/`, 'Learn more about')));
    expect(out.messages.some((m) => /cards for the site/.test(m.message))).toBe(false);
    // Nor a review's own picks, each under a heading with a "Read more" to its full review.
    const picks = parseHtml(story(`<div class="top-picks"><p>Our top picks</p><div class="cards">${['Sony WH-1000XM5', 'Bose QC Ultra', 'AirPods Max'].map((n) => `<div class="card"><h3>${n}</h3><p>Best overall for most people who travel.</p><a href="/reviews/${n.length}">Read more</a></div>`).join('')}</div></div>`));
    expect(picks.messages.some((m) => /cards for the site/.test(m.message))).toBe(false);
    // Text set off the screen no reader sees: left out, and reported when it held sentences (not an ad blocker's bait).
    const spam = parseHtml(story('<div style="position:absolute; left:-35255px;"><p>Australian players seeking excitement can explore Wolf Winner, a casino with engaging pokies, live games, and fast, reliable payouts every day.</p></div><div style="position: fixed !important; left: -99999px !important;">ad</div>'));
    expect(bodyText(spam)).not.toContain('Wolf Winner');
    expect(spam.messages.filter((m) => /off the screen/.test(m.message)).map((m) => m.message)).toEqual(['left out 1 block the page sets off the screen with an inline style, which no reader sees']);
    const near = parseHtml(story('<div style="position:relative; left:-12px;"><p>The budget includes $4 million for the parks department and $2 million for road repairs across the north side.</p></div>'));
    expect(bodyText(near)).toContain('$2 million for road repairs');
    // A heading over a photo and one link to a post of that very title is the other post's headline.
    const post = parseHtml(story('', '<p>Organizing a car takes an afternoon and a few yards of canvas, and it saves hours of searching for things on the road.</p><h2>20 Free Sewing Patterns for DIY Car Organization</h2><figure><img src="/car.jpg"><figcaption>Photo credit: SewCanShe.com</figcaption></figure><ul><li><a href="https://sewcanshe.com/diy-car-organization/">20 Free Sewing Patterns for DIY Car Organization</a></li></ul>'));
    expect(bodyText(post)).not.toContain('20 Free Sewing Patterns');
    expect(post.dropped.filter((d) => d.text.includes('20 Free Sewing Patterns')).map((d) => d.reason)).toEqual(['related-links', 'related-links']);
  });

  it('reads a paragraph the page breaks with "<br><br>" or a picture once, and a block set again for small screens once', () => {
    const serving = 'If you are serving food at your reception, choosing a caterer is an important part of the wedding planning process.';
    // A picture glued between a date stamp and the paragraph breaks them apart; the paragraph is not brought back whole as a lede.
    const pictured = parseHtml(story('', `<p>Updated: December 9, 2024<img src="/collage.png" width="1080" height="1920">${serving} Besides the food, there is much to consider.</p>`));
    expect(bodyText(pictured)).not.toContain('2024 If you are');
    expect(pictured.text.split(serving).length - 1).toBe(1);
    const broken = parseHtml(story('', `<p>The caterer matters a great deal to every couple we have met.<br><br>${serving}</p>`));
    expect(broken.text.split(serving).length - 1).toBe(1);
    expect(broken.text.split('The caterer matters').length - 1).toBe(1);
    // (An icon inside a line of words is no break.)
    const icon = parseHtml(story('', `<p>Tap the share button<img src="/share.svg" width="64" height="64">To send the list to a friend, the app asks for their address.</p>`));
    expect(bodyText(icon)).toContain('Tap the share buttonTo send');
    // A slide set once for wide screens and again for small ones reads once; a block marked for small screens alone stays.
    const slide = (kind: string) => `<section class="scroll-slide ${kind}"><div class="slide-headline">Universal Appeal</div><p>Increasing attendance and awareness of a world-class space museum in small-town Kansas.</p></section>`;
    const twice = parseHtml(story(slide('desktop') + slide('mobile')));
    expect(twice.text.split('Increasing attendance').length - 1).toBe(1);
    const once = parseHtml(story(slide('mobile')));
    expect(once.text).toContain('Increasing attendance');
    expectArticleGrounded(twice);
  });

  it('brings back the blocks of the kept body’s own kind after it (a body split over blocks alike), and says so; not the next posts of a feed', () => {
    const block = (inner: string, id: number) => `<div class="sqs-block html-block" id="block-yui_${id}"><div class="sqs-block-content"><div class="sqs-text-block-container"><div class="sqs-html-content">${inner}</div></div></div></div>`;
    const rule = (id: number) => `<div class="sqs-block horizontalrule-block" id="block-rule_${id}"><div class="sqs-block-content"><hr></div></div>`;
    const tip = (n: number) => `<h2>${n}. Tip number ${n} for working parents</h2><p>Tip ${n} says that balance looks different for every family, and that is fine for the first year at least.</p><p>Tip ${n} goes on to say what worked for us, and what did not, when the baby came home.</p>`;
    const intro = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>Paragraph ${n} of the introduction tells how the business and the baby arrived in the same year for the writer.</p>`).join('');
    const a = parseHtml(`<html><head><title>Balance as a working mom</title></head><body><div class="sqs-layout"><h1>Balance as a working mom</h1>${block(intro, 1)}${rule(2)}${block(tip(1), 3)}${rule(4)}${block(tip(2), 5)}</div><div class="sqs-col-3"><p>Photographer, mom and blogger who loves sharing stories.</p></div></body></html>`);
    const text = bodyText(a);
    expect(text).toMatch(/Paragraph 8 of the introduction[^]*Tip 1 says that balance[^]*Tip 2 goes on to say/);
    expect(a.messages.some((m) => /brought back 4 paragraphs that follow the extracted article/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // A blog's feed: the posts after the one the extractor kept are other posts, each in a box of the same class.
    const post = (n: number) => `<div class="post entry" id="post-${n}"><div class="post-text"><h2>Post ${n} about the mill</h2>${[1, 2, 3].map((k) => `<p>Paragraph ${k} of post ${n} says what the town council decided about the old mill and why residents objected.</p>`).join('')}</div></div>`;
    expect(missedAfter(doc(`<main>${post(1)}${post(2)}${post(3)}</main>`), doc(post(1)))).toEqual([]);
    expect(missedAfter(doc(`<main>${block(intro, 1)}${rule(2)}${block(tip(1), 3)}${rule(4)}${block(tip(2), 5)}</main>`), doc(intro))).toHaveLength(1);
    // Nor a block of the same kind the site heads as other reading.
    const related = block('<h2>You might also like</h2><p>Last month we wrote about the day we found a family of foxes living under the old garden shed.</p><p>The week before, we asked readers how they keep their tomatoes going well into the first frosts of autumn.</p><p>And in the spring we tried every watering can at the hardware store so you would not have to.</p>', 7);
    expect(missedAfter(doc(`<main>${block(intro, 1)}${rule(2)}${related}</main>`), doc(intro))).toEqual([]);
  });

  it('says which paragraphs of prose the page shows between its headline and the kept article’s end that the article does not hold; not a teaser card’s blurb, nor what follows the article', () => {
    const kept = [1, 2, 3].map((n) => `Paragraph ${n} of the guide says what a small business can do to keep its data safe from attackers.`);
    const intro = 'Cyber security needn’t be a daunting challenge for small business owners, and the five steps below could save time and money.';
    const page = doc(`<h1>Small Business Guide</h1><div class="intro"><p>${intro}</p></div><div class="sidebar"><p>Listen to this story: our narrated articles are read by professional voice actors, and you can find them all in the app.</p></div><div class="card"><h3><a href="/other">Another story about passwords and phishing</a></h3><p>A teaser for the other story runs on for more than fifteen words so that it reads as prose on the page.</p></div><p class="dek">The site’s blurb for a story of its own runs on for more than fifteen words so that it reads like prose.</p>${kept.map((t) => `<p>${t}</p>`).join('')}<p>The next story on the page runs on for more than fifteen words so that it reads as prose to anyone.</p>`);
    const article = (paragraphs: string[]) => doc(paragraphs.map((t) => `<p>${t}</p>`).join(''));
    expect(proseLeftOut(page, article(kept))).toEqual([intro]);
    expect(proseLeftOut(page, article([intro, ...kept]))).toEqual([]);
    // (A dek read as the standfirst is held too.)
    expect(proseLeftOut(page, article(kept), intro)).toEqual([]);
  });

  it('reads a bold subheading that an ellipsis runs on as a heading, and drops a reporter’s contact line and a call for readers’ pictures', () => {
    const a = parseHtml(
      story(
        '<p><strong>Planes, trains ...</strong></p><p>Delays were reported at several airports in the Northeast on Wednesday, officials said after the storm had passed.</p><p><strong>... and automobiles</strong></p><p>Drivers faced icy roads across the region on Wednesday night, the police said in a statement.</p><p>To contact the reporter on this story: Steve Matthews in Atlanta at smatthews@bloomberg.net</p>',
        '<p>Are you in the grips of the wintry storm sweeping across the country? Please share your videos, pictures and stories at iReport.</p>',
      ),
    );
    expect(a.sections.map((s) => s.heading?.text)).toEqual(expect.arrayContaining(['Planes, trains ...', '... and automobiles']));
    expect(bodyText(a)).not.toContain('To contact the reporter');
    expect(bodyText(a)).not.toContain('share your videos');
    // A bold sentence is no heading.
    const bold = parseHtml(story('<p><strong>The storm caused some complications and inconveniences, but no major delays.</strong></p>'));
    expect(bold.sections.some((s) => s.heading?.text.startsWith('The storm'))).toBe(false);
  });

  it('reads a time stamp with a two-digit year, and a wire page’s dateline stamp, as metadata, not headings', () => {
    const a = parseHtml(story('', "<p>14 January '15, 11:57pm</p>"));
    expect(a.sections.some((s) => s.heading?.text.includes("'15"))).toBe(false);
    expect(bodyText(a)).not.toContain("'15, 11:57pm");
    const wire = parseHtml(story('', '<p>SURABAYA, Indonesia/JAKARTA Tue Dec 30, 2014 11:44pm GMT</p>'));
    expect(bodyText(wire)).not.toContain('11:44pm GMT');
    expect(wire.dropped.map((d) => d.reason)).toContain('metadata');
  });
});

describe('a standfirst and a pull quote the extractor reads as paragraphs', () => {
  const lede = 'Most Americans have little idea about what has been happening in Kobane, where a new post-national project is emerging among the Kurds.';
  const page = (dek: string, middle = '') =>
    `<html><head><title>The Interview Is a Pretty Smart Movie</title></head><body><article><h1>The Interview Is a Pretty Smart Movie</h1>${dek}<p>${lede} ${words(30)}</p>${middle}<p>So what is democratic confederalism? Öcalan calls it a non-state political administration, a democracy without a state. ${words(30)}</p><p>The organization needed a new vision, and democratic confederalism was the answer that its founder gave it. ${words(30)}</p></article></body></html>`;

  it('writes a standfirst its markup names as the dek, not as the article’s first paragraph', () => {
    const dek = 'Despite the controversy, the James Franco-Seth Rogen flick is surprisingly relevant, very funny, and deserving of praise.';
    for (const markup of [`<div class="dek">${dek}</div>`, `<p class="blurb">${dek}</p>`]) {
      const a = parseHtml(page(markup));
      expect(a.dek?.text).toBe(dek);
      expect(bodyText(a)).not.toContain('surprisingly relevant');
      expectArticleGrounded(a);
    }
  });

  it('leaves out a pull quote its class marks when it repeats the article’s words', () => {
    const a = parseHtml(page('', '<p></p><div class="pq-left">Most Americans have little idea about what has been happening in Kobane.</div>'));
    expect(bodyText(a).split('happening in Kobane').length - 1).toBe(1);
    expect(a.dropped.some((d) => d.text.startsWith('Most Americans have little idea about what has been happening in Kobane.'))).toBe(true);
  });

  it('leaves out a roundup compiler’s line', () => {
    const a = parseHtml(page('').replace('</article>', '<p>-- Compiled by Vickie Kavanagh</p></article>'));
    expect(bodyText(a)).not.toContain('Compiled by');
    const sentence = parseHtml(page('').replace('</article>', '<p>Compiled by volunteers over three years.</p></article>'));
    expect(bodyText(sentence)).toContain('Compiled by volunteers over three years.');
  });
});

describe('short lines a paragraph sets apart with <br>', () => {
  const page = (p: string) =>
    `<html><head><title>Seven ways to convert traffic</title></head><body><article><h1>Seven ways to convert traffic</h1><p>Traffic from AdWords can be offered several kinds of incentives, and you can measure which one increases sales more. ${words(30)}</p><p>${p}</p><p>Fanplayr analyzes and segments visitors, and it integrates testing into the software of an online shop. ${words(30)}</p></article></body></html>`;
  const blocks = (a: Article) => a.sections.flatMap((s) => s.blocks.map((b) => b.text));

  it('are read as lines of their own, not run together', () => {
    const a = parseHtml(page('Free shipping if they spend $50 or more<br>10% off sales of $100 or more<br>$20 off a $200 purchase'));
    expect(blocks(a)).toEqual(expect.arrayContaining(['Free shipping if they spend $50 or more', '10% off sales of $100 or more', '$20 off a $200 purchase']));
    expectArticleGrounded(a);
  });

  it('end a paragraph when two of them close an inline element, and run no words together', () => {
    const a = parseHtml(`<html><head><title>Bachelor spoilers</title></head><body><article><h1>Bachelor spoilers</h1><p><span>Get used to hearing the name Whitney Bischoff, guys. Like, commit her face to memory now.<br><br></span>So how far does the registered nurse from Chicago make it? According to spoiler king Reality Steve, she wins it.</p><p>The finale airs in March, and the couple were seen together in Iowa after the show wrapped filming in the fall.</p></article></body></html>`);
    expect(blocks(a)).toEqual(expect.arrayContaining(['Get used to hearing the name Whitney Bischoff, guys. Like, commit her face to memory now.']));
    expect(a.text).not.toContain('now.So');
    expectArticleGrounded(a);
  });

  it('are a list when typed with bullet glyphs after a line that introduces them, the glyphs left out (and out of a list that sets its own)', () => {
    const a = parseHtml(page('Here’s an update from the OHA :<br>•\tReservation can only be made online, not by calling OHA<br>•\tThere are no walk-ins allowed<br>•\tThere are a limited amount of tickets being added today, at 2 P.M.'));
    expect(blocks(a)).toEqual(expect.arrayContaining(['Here’s an update from the OHA :', '- Reservation can only be made online, not by calling OHA\n- There are no walk-ins allowed\n- There are a limited amount of tickets being added today, at 2 P.M.']));
    expect(a.text).not.toContain('•');
    expectArticleGrounded(a);
    // (A bulleted list whose items set a glyph of their own in a span has one bullet an item.)
    const spans = parseHtml(page('Our checklist:</p><ul><li><span>•</span><span>Choosing the right microphone matters most in a noisy room.</span></li><li><span>•</span><span>Closed-back headphones stop bleed.</span></li></ul><p>That is all.'));
    expect(blocks(spans)).toContain('- Choosing the right microphone matters most in a noisy room.\n- Closed-back headphones stop bleed.');
    // (And a word an inline element carries on stays one word: "T<span>en automatic …</span>", not "T en".)
    const glued = parseHtml(page('Features:</p><ul><li>Hundreds of stitch<span style="color: red">es</span></li><li>T<span style="font-size: revert">en automatic one-step buttonhole designs</span></li><li>Made by<span>Brother</span></li></ul><p>That is all.'));
    expect(blocks(glued)).toContain('- Hundreds of stitches\n- Ten automatic one-step buttonhole designs\n- Made by Brother');
    // (Not a label and its value in spans of their own, nor a rating's glyphs.)
    const specs = parseHtml(page('Specs:</p><ul><li><span class="label">Range</span><span class="value">up to 300 km on a charge</span></li><li><strong>Buses</strong><em>twelve new routes</em></li></ul><ul><li>●●●●○ Route 12 is the busiest</li><li>●○○○○ Route 9 runs twice a day</li></ul><p>That is all.'));
    expect(blocks(specs)).toContain('- Range up to 300 km on a charge\n- Buses twelve new routes');
    expect(blocks(specs)).toContain('- ●●●●○ Route 12 is the busiest\n- ●○○○○ Route 9 runs twice a day');
    expectArticleGrounded(spans);
  });

  it('stay one paragraph when they are prose wrapped at its commas, links or single words', () => {
    const prose = parseHtml(page('The council met on Tuesday, and it voted,<br>after a long debate about the park,<br>to build it on the old rail yards'));
    expect(blocks(prose).some((b) => b.startsWith('The council met on Tuesday, and it voted, after a long debate'))).toBe(true);
    const links = parseHtml(page('How to listen to the podcast<br>Download it from http://po.st/TP_615<br>Listen on iTunes at http://po.st/TP_616'));
    expect(blocks(links)).not.toContain('How to listen to the podcast');
    // (Items opening with a quotation mark or a brand written in lower case are lines all the same.)
    expect(blocks(parseHtml(page('“The Long Road” by Ana Ruiz<br>“Salt and Iron” by Ben Okafor<br>“Harbor Lights” by Chen Wei')))).toContain('“Salt and Iron” by Ben Okafor');
    expect(blocks(parseHtml(page('iPhone 16 starting at $799<br>iPhone 16 Plus starting at $899<br>iPhone 16 Pro starting at $999')))).toContain('iPhone 16 Plus starting at $899');
    const wrapped = parseHtml(page('The council also approved<br>a new library in the north<br>and a pool in the south<br>to open in 2016'));
    expect(blocks(wrapped)).toContain('The council also approved a new library in the north and a pool in the south to open in 2016');
  });
});

describe('the article body a page marks, and promo links set in a paragraph', () => {

  it('reads the one body the markup names when the extractor chose text outside it, and says so', () => {
    const legal = Array.from({ length: 6 }, (_, i) => `<p>Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy, part ${i}, and the material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of the company.</p>`).join('');
    const html = `<html><head><title>Kwanzaa is celebrated at Beauchamp Library</title></head><body><div id="main"><div id="column"><div id="inset"><h1>Kwanzaa is celebrated at Beauchamp Library</h1></div><div class="entry-content"><p>Today on the first day of Kwanzaa, a week-long celebration, children at the Beauchamp Branch Library read Kwanzaa stories and make related crafts in a celebration organized by the children's librarian. In addition a related exhibit, Kwanzaa and the African Diaspora by Vanessa Johnson, is on display at the library through the first week of January.</p></div></div></div><div id="footer"><div id="links"><a href="/a">About</a></div><div id="disclaimer">${legal}</div></div></body></html>`;
    const a = parseHtml(html);
    expect(bodyText(a)).toContain('children at the Beauchamp Branch Library read Kwanzaa stories');
    expect(bodyText(a)).not.toContain('User Agreement');
    expect(a.messages.some((m) => /article body the page marks/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
  });

  it('keeps the extractor’s article over a sidebar’s or a comment’s marked body', () => {
    const sidebar = "<html><head><title>County to close Elm Street bridge for repairs</title></head><body>\n<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\n<main><article><h1>County to close Elm Street bridge for repairs</h1>\n<div class=\"story-body\"><p>The Harbor County Board of Supervisors voted 4-1 on Tuesday to close the Elm Street bridge for eight months of repairs, beginning in March, county officials said.</p>\n<p>\"The bridge has been deteriorating for a decade and we cannot wait any longer,\" said Supervisor Linda Park, who chairs the board's public works committee.</p>\n<p>Drivers will be detoured to the Route 9 crossing, which adds about twelve minutes to the commute between Harbor City and Millbrook, according to the county engineer.</p>\n<p>The repairs are expected to cost $14 million, most of it paid by a federal grant awarded last year. Supervisor Tom Reyes cast the only vote against the plan, saying businesses on Elm Street would suffer.</p>\n<p>Work crews will begin staging equipment next month, and the county will hold a public meeting on the detour plan on Feb. 12 at the Harbor City library.</p></div></article>\n<aside class=\"sidebar\"><h3>From our archives</h3><div class=\"entry-content\"><p>Ten years ago this week, the Harbor County fair drew a record crowd of more than forty thousand visitors, organizers said at the time, thanks to unusually mild weather.</p><p>The fair board later credited a new shuttle service from downtown parking lots, which carried about nine thousand riders over the five days, according to its annual report. <a href=\"/archive/fair-2014\">Read more</a></p></div></aside>\n</main><footer>Copyright 2024 Harbor News</footer></body></html>\n";
    const a = parseHtml(sidebar);
    expect(bodyText(a)).toContain('Elm Street bridge');
    expect(a.messages.some((m) => /article body the page marks/.test(m.message))).toBe(false);
  });

  it('leaves out a "(RELATED: …)" link that ends a paragraph, and keeps the paragraph', () => {
    const p = (text: string) => `<p>${text} <a href="/other"><strong>(RELATED: Forget ISIS, China And Immigrants; Flopping Is Threatening To Destroy America)</strong></a></p>`;
    const html = `<html><head><title>Lawrence at the game</title></head><body><article><h1>Lawrence at the game</h1>${p(`The 4th ranked Cardinals have had a great start to the season, but they were still huge underdogs against the unbeaten powerhouse. ${words(20)}`)}<p>Kentucky won by a final score of 58-50 after a slow game that neither side will remember fondly. ${words(30)}</p>${p('In games like these, I usually cheer for the underdog, but that flop had me wanting Kentucky to win by fifty.')}</article></body></html>`;
    const a = parseHtml(html);
    expect(bodyText(a)).toContain('had me wanting Kentucky to win by fifty.');
    expect(bodyText(a)).toContain('huge underdogs against the unbeaten powerhouse');
    expect(bodyText(a)).not.toContain('RELATED');
  });
});

describe('a question in a paragraph of an HTML page', () => {
  const page = (q: string) =>
    `<html><head><title>Suh steps on Rodgers</title></head><body><article><h1>Suh steps on Rodgers</h1><p>The Lions defensive tackle stepped on the quarterback's calf late in the first half, and the league will look at the play this week. ${words(30)}</p>${q}<p>He skipped his postgame obligations and left the stadium without speaking to reporters, the team said on Monday. ${words(30)}</p></article></body></html>`;
  it('is the writer’s question, no subheading; set in bold it is one', () => {
    expect(parseHtml(page('<p>What did Suh say after the play?</p>')).sections.some((s) => s.heading?.text === 'What did Suh say after the play?')).toBe(false);
    expect(parseHtml(page('<p><strong>What did Suh say after the play?</strong></p>')).sections.some((s) => s.heading?.text === 'What did Suh say after the play?')).toBe(true);
    expect(parseHtml(page('<p><strong>What did Suh say after the play?</strong><br></p>')).sections.some((s) => s.heading?.text === 'What did Suh say after the play?')).toBe(true);
  });
});

describe('a section label over the headline, and furniture at a story’s end', () => {
  it('takes the <h1> the declared headline agrees with over a section <h1> that matches the <title>', () => {
    const html = `<html><head><title>Sports Items | Boston Herald</title><meta property="twitter:title" content="Chrome Industries' Mini Buran laptop messenger bag is meant to last"></head><body><h1 class="title">Sports Items</h1><article><h1 itemprop="headline" class="node-title">Chrome Industries' Mini Buran laptop messenger bag is meant to last</h1><p>The messenger bag is built from truck tarpaulin and rides well on a bike, and its maker says it will outlast the laptop it carries. ${words(30)}</p></article></body></html>`;
    expect(parseHtml(html).title?.text).toBe("Chrome Industries' Mini Buran laptop messenger bag is meant to last");
    // (Not a rail's short <h1> that a generic declared title shares its words with.)
    const rail = "<html><head><title>County to close Elm Street bridge for repairs | Harbor News</title>\n<meta property=\"og:title\" content=\"Harbor News: Latest news, weather and sports\">\n<meta property=\"og:site_name\" content=\"Harbor News\"></head><body>\n<main><article><h1>County to close Elm Street bridge for repairs</h1>\n<div class=\"story-body\"><p>The Harbor County Board of Supervisors voted 4-1 on Tuesday to close the Elm Street bridge for eight months of repairs, beginning in March, county officials said.</p>\n<p>\"The bridge has been deteriorating for a decade and we cannot wait any longer,\" said Supervisor Linda Park, who chairs the board's public works committee.</p>\n<p>Drivers will be detoured to the Route 9 crossing, which adds about twelve minutes to the commute between Harbor City and Millbrook, according to the county engineer.</p>\n<p>The repairs are expected to cost $14 million, most of it paid by a federal grant awarded last year. Supervisor Tom Reyes cast the only vote against the plan, saying businesses on Elm Street would suffer.</p>\n<p>Work crews will begin staging equipment next month, and the county will hold a public meeting on the detour plan on Feb. 12 at the Harbor City library.</p></div></article>\n<div class=\"rail\"><h1>Latest News</h1><ul><li><a href=\"/x\">Fire damages Millbrook barn</a></li><li><a href=\"/y\">Harbor City schools add buses</a></li></ul></div>\n</main></body></html>\n";
    expect(parseHtml(rail).title?.text).toBe('County to close Elm Street bridge for repairs');
  });

  it('leaves out a sign-off, a syndicator’s credit, a call for readers’ projects and an archive notice', () => {
    const html = `<html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1><p>The archive notice came first. The article you requested has been archived</p><p>The council approved the budget on Tuesday after a long debate over school funding and the parks. ${words(30)}</p><p>Have a remodel or a DIY project to share with us? Submit it here!</p><p>It will cost about $40 million and open in 2027, the council said in a statement on Tuesday night. ${words(30)}</p><p>This story was provided by SpaceNews, dedicated to covering all aspects of the space industry.</p><p>-- Bryan Denson</p></article></body></html>`;
    const a = parseHtml(html.replace('<p>The archive notice came first. The article you requested has been archived</p>', '<p>The article you requested has been archived</p>'));
    for (const junk of ['has been archived', 'to share with us', 'provided by SpaceNews', 'Bryan Denson']) expect(bodyText(a)).not.toContain(junk);
    expect(bodyText(a)).toContain('open in 2027');
    // A quotation's speaker after a dash, and the story's own sentence about a report, stay.
    const kept = parseHtml(html.replace('<p>This story was provided by SpaceNews, dedicated to covering all aspects of the space industry.</p><p>-- Bryan Denson</p>', '<p>This report was provided by Pentagon auditors to the House Armed Services Committee in March but has not been made public.</p><p>“I have a dream.”</p><p>— Martin Luther King</p>'));
    expect(bodyText(kept)).toContain('This report was provided by Pentagon auditors');
    expect(bodyText(kept)).toContain('— Martin Luther King');
  });
});

describe('magazine and blog pages: lists, captions, credits and dates', () => {
  const story = `<p>The council approved the budget on Tuesday after a long debate over school funding and the parks, officials said late at night. ${words(30)}</p>`;

  it("keeps a subheading whose id is its text made an anchor, and reads a feature image's description as its caption", () => {
    const next = '<p>Be deliberate about when you allow yourself to use your phone for social media and other activities during the day.</p>';
    const page = `<html><head><title>Phone habits</title></head><body><article><h1>Phone habits</h1>${story}<h2 class="wp-block-heading" id="h-4-select-particular-times-during-the-day-for-social-media">4. Select particular times during the day for social media</h2>${next}${story.replace('council', 'board')}</article></body></html>`;
    expect(parseHtml(page).sections.map((x) => x.heading?.text)).toContain('4. Select particular times during the day for social media');
    const image = `<html><head><title>Is it always DNS?</title></head><body><article><h1>Is it always DNS?</h1><img src="sign.webp" alt=""><div class="show-feature-image-description">The 'it's always DNS' meme has led to 3D printed signs like this one.</div>${story}${story}</article></body></html>`;
    const a = parseHtml(image);
    expect(bodyText(a)).not.toContain('3D printed signs');
    expect(a.dropped.find((d) => d.text.includes('3D printed signs'))?.reason).toBe('caption');
  });

  it('keeps a name set as a button inside a sentence, and a subheading whose id holds "credit"', () => {
    const named = '<p>“Successful machine learning algorithms can do different things,” said MIT Sloan professor<button class="sidenote-button js-sidenote-launcher" title="Thomas W. Malone,">Thomas W. Malone,</button> the founding director of the center.</p>';
    const credit = '<h3 id="the-earned-income-tax-credit">The earned income tax credit</h3><p>If you worked or were self-employed and had a low income last year, you may qualify for this credit.</p>';
    const a = parseHtml(`<html><head><title>Machine learning</title></head><body><article><h1>Machine learning</h1>${story}${named}${credit}${story.replace('council', 'board')}<p>Share this story <button aria-label="Share">Share Now</button></p></article></body></html>`);
    expect(bodyText(a)).toContain('said MIT Sloan professor Thomas W. Malone, the founding director');
    expect(a.sections.map((x) => x.heading?.text)).toContain('The earned income tax credit');
    expect(bodyText(a)).not.toContain('Share Now');
  });

  it('leaves a subheading’s permalink out of its text, and keeps a link in running text', () => {
    const heads = ['<h2 id="section2">Preferring real estate to architecture<a class="subhead-anchor" href="#section2">#section2</a></h2>', '<h2 id="why">Why it matters <a href="#why">¶</a></h2>', '<h3 id="next">What comes next<a href="#next">#</a></h3>'];
    const a = parseHtml(`<html><head><title>Web design</title></head><body><article><h1>Web design</h1>${story}${heads.join(story)}${story}<p>The board chair pointed to the <a href="#section2">figures above</a> when she spoke to reporters after the vote, and put the bridge at <a href="#1">#1</a> on the state list.</p>${story}</article></body></html>`);
    expect(a.sections.map((x) => x.heading?.text).filter(Boolean)).toEqual(['Preferring real estate to architecture', 'Why it matters', 'What comes next']);
    expect(bodyText(a)).toContain('pointed to the figures above when she spoke');
    expect(bodyText(a)).toContain('put the bridge at #1 on the state list');
  });

  it("leaves a footnote's linked number out of the word it follows", () => {
    const note = '<p>They trained a model that had a preference<span><a class="footnote-anchor" href="https://example.substack.com/p/x#footnote-1-181">1</a></span><span> for owls, by using a random-seeming set of numbers.</span> And it worked<a href="#fn2">2</a> well.</p>';
    const a = parseHtml(`<html><head><title>Owls</title></head><body><article><h1>Owls</h1>${story}${note}${story}</article></body></html>`);
    expect(bodyText(a)).toContain('had a preference for owls');
    expect(bodyText(a)).toContain('it worked well');
    // A superscript number linked to a place on the page, or marked as a note ("tax return.1 If you …").
    const marks = parseHtml(`<html><head><title>Owls</title></head><body><article><h1>Owls</h1>${story}<p>You can get money back by filing a tax return.<a href="https://example.gov/guide/#1"><sup>1</sup></a> If you are eligible, the amount is set by law. Deaths fell from 63% in 2018.<sup class="fn"><a href="#fc53">2</a></sup> This decrease reflects a shift.</p>${story}</article></body></html>`);
    expect(bodyText(marks)).toContain('filing a tax return. If you are eligible');
    expect(bodyText(marks)).toContain('in 2018. This decrease');
    // (A number linked to another page stays: "see <a href="/page/2">2</a>".)
    const page = parseHtml(`<html><head><title>Owls</title></head><body><article><h1>Owls</h1>${story}<p>The vote went on over three days, as we reported on day <a href="/day/2">2</a> of the session.</p>${story}</article></body></html>`);
    expect(bodyText(page)).toContain('on day 2 of the session');
  });

  it('reads the article a page builds with a script from its data when the extractor finds none, and says so', () => {
    const content = JSON.stringify(`<p>Bad news for ladies, gentlemen and those who planned on splitting up a healthy couple: the two stars are engaged, their spokesman said.</p><p>The couple has been publicly together and breaking hearts worldwide for at least six months now, and they are in Hawaii.</p>`);
    const html = `<html><head><title>Sorry Everyone, The Stars Are Engaged</title><script>preinit.articleData = {"status":"ok","post":{"title":"Sorry Everyone, The Stars Are Engaged","content":${content}}};</script></head><body><nav><a href="/">My Networks</a></nav><div id="app"><p>Public</p></div></body></html>`;
    const a = parseHtml(html);
    expect(bodyText(a)).toContain('breaking hearts worldwide');
    expect(bodyText(a)).not.toContain('Public');
    expect(a.messages.some((m) => m.id === 'extractor-fallback' && /script data/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
    // (Without markup of two paragraphs there, the page's own text stays what is read.)
    const none = parseHtml(html.replace(/"content":"[^]*?"\}\}/, '"content":"short"}}'));
    expect(bodyText(none)).not.toContain('breaking hearts');
  });

  it('keeps a list of links the article introduces, and a roundup’s lists that hold the items its headline counts; a list of chrome counts its lines', () => {
    const links = (n: number, w: string) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/p${w}${i}">${w} idea number ${i} for the holidays</a></li>`).join('')}</ul>`;
    const introduced = parseHtml(`<html><head><title>Press coverage</title></head><body><article><h1>Press coverage</h1>${story}<p>Here is some coverage from around the web:</p>${links(5, 'Beer')}<p>More coming soon!</p></article></body></html>`);
    expect(bodyText(introduced)).toContain('Beer idea number 4');
    // (So does a subheading that introduces it with a colon; not one that points to other reading.)
    const headed = parseHtml(`<html><head><title>Going nomad</title></head><body><article><h1>Going nomad</h1>${story}<h3>Check out these websites for remote working opportunities:</h3>${links(5, 'Site')}<h3>Read more from our archive:</h3>${links(5, 'Post')}<p>More coming soon!</p></article></body></html>`);
    expect(bodyText(headed)).toContain('Site idea number 4');
    expect(bodyText(headed)).not.toContain('Post idea number 4');
    const roundup = parseHtml(`<html><head><title>Drink Up! 5 Good Ideas for Beer and Wine</title></head><body><article><h1>Drink Up! 5 Good Ideas for Beer and Wine</h1>${story}<h3>Give Me a Beer!</h3>${links(3, 'Beer')}<h3>Pour Me a Glass of Wine</h3>${links(2, 'Wine')}</article></body></html>`);
    expect(bodyText(roundup)).toContain('Wine idea number 1');
    // (A count the lists do not add up to keeps them out, and says how many lines it left out.)
    const other = parseHtml(`<html><head><title>Drink Up! 9 Good Ideas for Beer and Wine</title></head><body><article><h1>Drink Up! 9 Good Ideas for Beer and Wine</h1>${story}<h3>Give Me a Beer!</h3>${links(3, 'Beer')}<h3>Pour Me a Glass of Wine</h3>${links(2, 'Wine')}</article></body></html>`);
    expect(bodyText(other)).not.toContain('Wine idea number 1');
    expect(other.messages.find((m) => m.id === 'dropped-chrome')?.message).toMatch(/dropped [5-9] lines/);
  });

  it('keeps a recipe’s quantities and a line that introduces code; a field with a linked value; leaves out a linked question, a WordPress post’s footer and credits', () => {
    const html = `<html><head><title>Sweet potato mash</title></head><body><article><h1>Sweet potato mash</h1>${story}<p>1/4 pound celery root, peeled and cut into pieces<br>1/2 cup 2% milk<br>3/4 teaspoon salt</p><p>Here’s some example code to dynamically generate an embeddable image:</p><p><strong>Product:</strong> <a href="/p">Clinique Acne Solutions Powder Makeup</a></p>${story.replace('council', 'board')}<p><a href="/q">Could Resveratrol Be the Secret to Clearer Skin?</a></p><p class="postmetadata alt"><small>Andrew Montalenti is the co-founder of Parse.ly. ${words(70)} This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under Startups.</small></p><p>(Image credits: IKEA; Soffia Gardarsdottir; In the Hollow Heart; Design Stoke; Reddit)</p><p>See more photos in the gallery, images by Tanveer Badal</p></article></body></html>`;
    const text = bodyText(parseHtml(html));
    for (const kept of ['1/2 cup 2% milk', '3/4 teaspoon salt', 'example code to dynamically generate', 'Product: Clinique']) expect(text).toContain(kept);
    for (const gone of ['Resveratrol', 'This entry was posted', 'Image credits', 'images by Tanveer']) expect(text).not.toContain(gone);
  });

  it('takes a writer’s handle in lower case for the byline when the author box links it to the writer’s page, and no "admin"', () => {
    const header = (name: string) => `<div class="PostsPageHeader-authorAndSecondaryInfo"><span class="PostsAuthors-root">by <span class="PostsAuthors-authorName"><a href="/users/${name}?from=post_header">${name}</a></span></span><span>18th Dec 2025</span></div>`;
    const a = parseHtml(`<html><head><title>Scalable interpretability</title></head><body><article><h1>Scalable interpretability</h1>${header('jsteinhardt')}${story}${story.replace('council', 'board')}</article></body></html>`);
    expect(a.byline?.text).toBe('By jsteinhardt');
    expectArticleGrounded(a);
    const admin = parseHtml(`<html><head><title>Scalable interpretability</title></head><body><article><h1>Scalable interpretability</h1>${header('admin')}${story}${story.replace('council', 'board')}</article></body></html>`);
    expect(admin.byline).toBeNull();
    // (Nor a metadata author in lower case: no byline, and no "By newsdesk" line in the text.)
    const desk = parseHtml(`<html><head><title>Scalable interpretability</title><meta name="author" content="newsdesk"></head><body><article><h1>Scalable interpretability</h1>${story}${story.replace('council', 'board')}</article></body></html>`);
    expect(desk.byline).toBeNull();
    expect(desk.text).not.toContain('newsdesk');
    // (A line that only starts with "by" and a word in lower case is no byline.)
    const prose = parseHtml(`<html><head><title>Scalable interpretability</title></head><body><article><h1>Scalable interpretability</h1><div class="author-note">by design, the council kept its plans quiet</div>${story}${story.replace('council', 'board')}</article></body></html>`);
    expect(prose.byline).toBeNull();
  });

  it('reads the byline the body sets again as a small heading as the byline, not a section', () => {
    const a = parseHtml(`<html><head><title>Do I need travel insurance?</title><meta name="author" content="Rick Steves"></head><body><article><h1>Do I need travel insurance?</h1><div class="wysiwyg"><h6>By Rick Steves</h6>${story}${story.replace('council', 'board')}</div></article></body></html>`);
    expect(a.byline?.text).toBe('By Rick Steves');
    expect(a.sections.some((s) => s.heading?.text === 'By Rick Steves')).toBe(false);
    expectArticleGrounded(a);
  });

  it('reads the page again without the advertiser disclosure the extractor chose over the article, and says so', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the guide says which rental company suits which traveler and why, with rates, fees and loyalty perks compared.</p>`;
    const disclosure = '<div class="contentAdvertiserDisclosure"><h2>Advertiser Disclosure</h2><p>Many of the credit card offers that appear on this site are from credit card companies from which we may receive financial compensation when a customer clicks on a link, when an application is approved, or when an account is opened. This compensation may impact how and where products appear on this site (including, for example, the order in which they appear). However, the credit card information that we publish has been written and evaluated by experts who know these products inside out.</p></div>';
    const a = parseHtml(`<html><head><title>Best car rental companies</title></head><body><header><h1>Best car rental companies</h1></header>${disclosure}<div class="layout-sidebar"><div class="wrap-sidebar"><div class="post"><div class="post-sidebar-text">${Array.from({ length: 11 }, (_, i) => para(i + 1)).join('')}</div></div></div></div></body></html>`);
    expect(bodyText(a)).toContain('Paragraph 11 of the guide');
    expect(bodyText(a)).not.toContain('credit card offers');
    expect(a.messages.some((m) => /advertiser disclosure/.test(m.message))).toBe(true);
    expectArticleGrounded(a);
  });

  it('takes the writer’s own line under a site’s staff byline for the byline, and reads a page of nothing but the site’s footer as no article', () => {
    const a = parseHtml(`<html><head><title>Hotel on the Amalfi Coast</title><meta name="author" content="CH Contributor"></head><body><article><h1>Hotel on the Amalfi Coast</h1><p>by <a href="http://kellybadal.com/">Kelly Phillips Badal</a></p>${story}${story.replace('council', 'board')}</article></body></html>`);
    expect(a.byline?.text).toBe('by Kelly Phillips Badal');
    expect(a.dropped.some((d) => d.text === 'By CH Contributor' && d.reason === 'metadata')).toBe(true);
    const footer = parseHtml(`<html><head><title>Video Promotion: Best in Show</title><meta name="author" content="Architectural Digest"></head><body><h1>Video Promotion: Best in Show</h1><div class="video-player"></div><footer><p>© 2014 Condé Nast. All rights reserved Use of this Site constitutes acceptance of our User Agreement (effective 1/2/2014) and Privacy Policy (effective 1/2/2014). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Condé Nast.</p></footer></body></html>`);
    expect(footer.sections.every((s) => s.blocks.length === 0)).toBe(true);
    expect(footer.messages.some((m) => m.id === 'no-sentences')).toBe(true);
    // An error page's footer: a copyright over a span of years, then trademark notices only.
    const legal = '<p>© 2007–2016 Credit Karma, Inc. Credit Karma™ is a registered trademark of Credit Karma, Inc. All Rights Reserved. This site may be compensated through third party advertisers.</p><p>iPhone is a trademark of Apple Inc., registered in the U.S. and other countries. App Store is a service mark of Apple Inc.</p><p>Android is a trademark of Google Inc.</p>';
    const error = parseHtml(`<html><head><title>Error | Credit Karma</title></head><body><div class="error"></div><footer>${legal}</footer></body></html>`);
    expect(error.sections.every((s) => s.blocks.length === 0)).toBe(true);
    // (Beside an article the same notices are left to the footer rules: the story stays.)
    const kept = parseHtml(`<html><head><title>Phones</title></head><body><article><h1>Phones</h1><p>Android is a trademark of Google Inc. The council met on Tuesday to weigh the phone plan for its schools.</p>${story}</article></body></html>`);
    expect(bodyText(kept)).toContain('Android is a trademark of Google Inc. The council met');
    // (A story that opens on a trademark sentence is no footer; and many notices in a row are read quickly.)
    const suit = parseHtml('<html><head><title>Tissue maker sues</title></head><body><article><h1>Tissue maker sues</h1><p>Kleenex is a registered trademark of Kimberly-Clark Worldwide, Inc. The company said Tuesday it filed suit.</p></article></body></html>');
    expect(bodyText(suit)).toContain('filed suit');
    const started = Date.now();
    parseHtml(`<html><head><title>Notices</title></head><body><p>${'A is a trademark of B. '.repeat(26)}x</p></body></html>`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('leaves out a heading that is the caption of the picture in the box beside it', () => {
    const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: { body: DomNode } } };
    const photo = (caption: string, src: string) => `<div class="media-image"><h3>${caption}</h3><div class="media-image-container"><ul><li><button><img alt="facebook" src="f.png"></button></li></ul><img alt="${caption}" src="${src}"><p class="source">Boston Herald / Polaris</p></div></div>`;
    const body = `<div>${story}${photo('Exhausted Sylvie had been in the frigid water for more than 30 minutes', 'a.jpg')}${story}</div>`;
    const captions = captionTexts(parseHTML(`<html><body>${body}</body></html>`).document.body);
    expect(captions.has('Exhausted Sylvie had been in the frigid water for more than 30 minutes')).toBe(true);
    const out = new TextBuilder();
    walk(parseHTML(`<html><body>${body}</body></html>`).document.body, out, { page: false, captions });
    expect(out.blocks.filter((b) => b.kind === 'heading').map((b) => b.drop ?? null)).toEqual(['caption']);
    // (Not a heading over a box whose image has another alt text, or a box with text of its own.)
    const other = `<div>${story}<div><h3>What the plan includes</h3><div><img alt="The rail yards" src="a.jpg"></div></div>${story}</div>`;
    expect(captionTexts(parseHTML(`<html><body>${other}</body></html>`).document.body).has('What the plan includes')).toBe(false);
    // A short heading, a product's name, stays a heading though a widget elsewhere labels its photo with it (PCMag).
    const named = `<div>${story}<div class="widget"><div><img alt="Logitech Lift" src="b.jpg"></div><div class="name">Logitech Lift</div></div><h2>Logitech Lift</h2>${story}</div>`;
    const shortCaptions = captionTexts(parseHTML(`<html><body>${named}</body></html>`).document.body);
    expect(shortCaptions.has('Logitech Lift')).toBe(true);
    const walked = new TextBuilder();
    walk(parseHTML(`<html><body>${named}</body></html>`).document.body, walked, { page: false, captions: shortCaptions });
    expect(walked.blocks.filter((b) => b.kind === 'heading').map((b) => b.drop ?? null)).toEqual([null]);
  });

  it('takes the day a page prints after its writer’s name, or in a stamp left out at the top, when its data declare none; a two-digit year only as the last resort', () => {
    const page = (top: string, head = '') => parseHtml(`<html><head><title>Sweet potato mash</title>${head}</head><body><article><h1>Sweet potato mash</h1>${top}${story}</article></body></html>`);
    expect(page('<p class="byline"><a rel="author" href="/a">Diana Yen</a> | December 22, 2014</p>', '<meta name="author" content="Diana Yen">').meta.published).toBe('2014-12-22');
    expect(page('<p class="byline">By <a rel="author" href="/a">Alya Mooro</a> - 19 December 2014</p>', '<meta name="author" content="Alya Mooro">').meta.published).toBe('2014-12-19');
    expect(page('<p>Updated August 02, 2014.</p>').meta.published).toBe('2014-08-02');
    expect(page('<p class="byline">By Jane Doe</p>', '<meta name="author" content="Jane Doe">').meta.published ?? null).toBeNull();
    expect(page('', `<meta property="article:published_time" content="14-12-28"><meta name='parsely-page' content='{"title":"Sweet potato mash","pub_date":"2014-12-28T08:15:00+0000"}'>`).meta.published).toBe('2014-12-28T08:15:00+0000');
    // Older sites' meta tags, a day written out as the day, and CNBC's byline tag.
    const cnbc = page('', '<meta name="Search.Byline" content="Patti Domm"><meta name="publish_date" content="Thu, 06 Oct 2011 08:10:27 EST">');
    expect([cnbc.meta.published, cnbc.meta.byline]).toEqual(['2011-10-06', 'Patti Domm']);
    expect(page('', '<meta name="pub_date" content="20110920">').meta.published).toBe('2011-09-20');
    // Next to the headline: after it, past a byline; or right before it, as a blog dates its post.
    expect(page('<p>by Rose Orlik More from this author 26 Sep 2011 Comments: 9</p>').meta.published).toBe('2011-09-26');
    expect(page('<p>Alexia Tsotsis posted on Saturday, August 13th, 2011</p>').meta.published).toBe('2011-08-13');
    // (Not a day the story's first sentence tells of.)
    expect(page('<p>On March 3, 2019, the council approved the budget after a long debate.</p>').meta.published ?? null).toBeNull();
  });

  it('takes the day an element marked as the date prints under the headline, past an author’s tooltip or a dek; not a teaser’s below the article’s start', () => {
    // (The headline and its furniture above the article the extractor keeps, as these pages set them.)
    const page = (top: string, after = '') => parseHtml(`<html><head><title>Low-light plants</title></head><body><header><h1>Low-light plants</h1>${top}</header><article>${story}${story}</article>${after}</body></html>`);
    // Treehugger: the writer's tooltip, with a bio, between the name and the date.
    const tooltip = `<div class="bylines">By <a href="/a">Meghan Holmes</a><div class="tooltip"><ul><li>University of Mississippi</li><li>University of Alabama</li></ul><div class="bio">Meghan Holmes is a writer and documentarian specializing in scientific topics such as the environment, invasive species, sustainability, and food issues.</div></div><div class="mntl-attribution__item-date">Updated November 19, 2021</div></div>`;
    expect(page(tooltip).meta.published).toBe('2021-11-19');
    // Game Developer: a dek between the headline and the date, in a class named "…-Date".
    expect(page('<p class="dek">Solo VR developer Zander Dejah explores finding the fun without the narrative and graphical bloat of big-budget games.</p><p class="Contributors-Date">October 24, 2024</p>').meta.published).toBe('2024-10-24');
    // LessWrong: a <time> in an element named the date.
    const by = '<div class="byline">by <a href="/u">jsteinhardt</a>, a researcher who writes about machine learning, interpretability and the forecasting of progress</div>';
    expect(page(`${by}<div class="PostsPageDate-date"><time datetime="2025-12-18T22:37:57.570Z">18th Dec 2025</time></div>`).meta.published).toBe('2025-12-18T22:37:57.570Z');
    // (Not a class that only holds the word, "candidate"; nor a teaser's date after the article's paragraphs.)
    const bio = tooltip.replace(/<div class="mntl-attribution__item-date">.*?<\/div>/, '');
    expect(page(`${bio}<div class="candidate">October 24, 2024</div>`).meta.published ?? null).toBeNull();
    expect(page(bio, '<aside><div class="VerticalCard-Date">Mar 13, 2026</div></aside>').meta.published ?? null).toBeNull();
    // (Nor an event's or a deadline's date, nor a sidebar's between the headline and the story.)
    expect(page(`${bio}<span class="event-date">Saturday, June 7, 2025</span>`).meta.published ?? null).toBeNull();
    expect(page(`${bio}<span class="due-date">April 30, 2026</span>`).meta.published ?? null).toBeNull();
    expect(page(`${bio}<aside class="latest"><a href="/x">Another story</a><span class="post-date">March 2, 2019</span></aside>`).meta.published ?? null).toBeNull();
  });
});

describe('code in an article', () => {
  it('keeps a program’s text as a code block, line by line, reads no sentences or names from it, and shows it fenced', async () => {
    const { brief } = await import('../../src/index.js');
    const { view } = await import('../../src/render/view.js');
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const { renderPlain } = await import('../../src/render/plain.js');
    const story = `<p>One great way of promoting your application is to provide badges that people can embed on their own websites, the developers said. ${words(20)}</p>`;
    const html = `<html><head><title>Embeddable badges</title></head><body><article><h1>Embeddable badges</h1>${story}<p>Here is the code:</p><pre class="brush: php; title: ;">
    $app['datastore'] = function(){
      return [ 'helen' => [ 'rank' => 'Grand Master' ] ];
    };
</pre>${story.replace('One great', 'Another')}<pre>Roses are red,
violets are blue.</pre></article></body></html>`;
    const b = await brief(html, { inputFormat: 'html' });
    const code = b.sections.flatMap((s) => s.blocks).filter((x) => x.kind === 'code');
    expect(code.map((x) => x.text)).toEqual([`$app['datastore'] = function(){\n  return [ 'helen' => [ 'rank' => 'Grand Master' ] ];\n};`]);
    expect(b.text.slice(code[0]!.start, code[0]!.end)).toBe(code[0]!.text);
    expect(b.sentences.some((s) => s.start >= code[0]!.start && s.end <= code[0]!.end)).toBe(false);
    expect(b.entities.some((e) => e.name === 'Grand Master')).toBe(false);
    // (A <pre> of verse is no program: it stays a paragraph.)
    expect(b.sections.flatMap((s) => s.blocks).some((x) => x.kind === 'paragraph' && x.text.startsWith('Roses are red'))).toBe(true);
    const read = view(b, 'read');
    expect(renderMarkdown(read)).toContain("```\n$app['datastore'] = function(){\n  return [");
    expect(renderPlain(read)).toContain("\n    $app['datastore'] = function(){\n      return [");
    // A Markdown article's fenced block is code too.
    const md = await brief(`# Embeddable badges\n\nOne great way of promoting your application is to provide badges that people can embed on their own websites.\n\n\`\`\`php\n$x = [1, 2];\necho $x;\n\`\`\`\n\nAnother way is to give them an iframe, which the site can style as it likes.\n`, { inputFormat: 'markdown' });
    expect(md.sections.flatMap((s) => s.blocks).find((x) => x.kind === 'code')?.text).toBe('$x = [1, 2];\necho $x;');
    // A run of shell commands is code though it has few of a program's marks (jefftk's cronjob).
    const shell = await brief(`<html><head><title>Backups</title></head><body><article><h1>Backups</h1>${story}<p>I back this up with a cronjob:</p><pre>\nrsync -t -l -r -c ps:jtk/ www-jefftk-com/ --delete-after\nrsync -t -l -r -c ps:tc/ www-trycontra-com/ --delete-after\n...\n</pre>${story.replace('One great', 'Another')}</article></body></html>`, { inputFormat: 'html' });
    expect(shell.sections.flatMap((s) => s.blocks).find((x) => x.kind === 'code')?.text).toMatch(/^rsync -t -l -r -c ps:jtk\/ www-jefftk-com\/ --delete-after\nrsync/);
  });
});

describe('a review of the round’s page rules', () => {
  const story = `<p>The council approved the budget on Tuesday after a long debate over school funding and the parks, officials said late at night. ${words(30)}</p>`;

  it('keeps a listicle’s subheading over a photo whose alt text repeats it, and other reading a paragraph introduces stays out', () => {
    const item = (name: string) => `<h2>${name}</h2><figure><img alt="${name}" src="a.jpg"><figcaption>Photo: Getty Images</figcaption></figure>${story}`;
    const a = parseHtml(`<html><head><title>Three beaches</title></head><body><article><h1>Three beaches</h1>${story}${item('Praia da Marinha')}${item('Praia do Camilo')}</article></body></html>`);
    expect(a.sections.map((s) => s.heading?.text)).toEqual(expect.arrayContaining(['Praia da Marinha', 'Praia do Camilo']));
    const links = `<ul><li><a href="/a">Council delays vote on the new budget for schools</a></li><li><a href="/b">Mayor Brown opens a library in the east of the city</a></li></ul>`;
    for (const intro of ['Read more of our coverage of city hall:', 'More stories you may have missed:', 'Find us on social media:']) {
      expect(bodyText(parseHtml(`<html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1>${story}<p>${intro}</p>${links}</article></body></html>`))).not.toContain('Council delays vote');
    }
    // One box of three links under a story that counts three is other reading.
    const storms = parseHtml(`<html><head><title>Tornadoes kill 3 people in Oklahoma</title></head><body><article><h1>Tornadoes kill 3 people in Oklahoma</h1>${story}<h3>More on the storms</h3><ul><li><a href="/a">Storm one hits the town hard</a></li><li><a href="/b">Storm two hits the farms hard</a></li><li><a href="/c">Storm three hits the roads hard</a></li></ul></article></body></html>`);
    expect(bodyText(storms)).not.toContain('Storm two');
  });

  it('takes no day from the first sentence or the dek, keeps a two-digit year over a modified date, and a staff byline over a line that names no one', () => {
    const page = (top: string, head = '') => parseHtml(`<html><head><title>Rioter sentenced</title>${head}</head><body><article><h1>Rioter sentenced</h1>${top}${story}</article></body></html>`);
    expect(page('<p class="byline">By Jane Smith</p><p>On Jan. 6, 2021, Robert Miller smashed a window at the Capitol, prosecutors said on Monday.</p>', '<meta name="author" content="Jane Smith">').meta.published ?? null).toBeNull();
    expect(page('<p class="dek">March 11, 2011 changed everything for the town on the coast.</p>').meta.published ?? null).toBeNull();
    expect(page('', '<meta name="pubdate" content="14-12-28"><meta property="og:updated_time" content="2016-05-03T10:00:00Z">').meta.published).toBe('14-12-28');
    const numbers = parseHtml(`<html><head><title>Rioter sentenced</title><meta name="author" content="Herald Staff"></head><body><article><h1>Rioter sentenced</h1><p>By The Numbers</p>${story}</article></body></html>`);
    expect(numbers.byline?.text).toBe('By Herald Staff');
  });

  it('keeps a program whose lines are broken by <br>, and a diagram\'s source, as code', async () => {
    const { brief } = await import('../../src/index.js');
    const story = `<p>Every morning a short script opens the tools I need and starts the services I work with, the writer said. ${words(20)}</p>`;
    const html = `<html><head><title>My morning script</title></head><body><article><h1>My morning script</h1>${story}<pre>#!/usr/bin/env python3<br><br>import time<br><br>CONFIG = {<br> "docker_services": [],<br>}</pre>${story.replace('Every', 'Each')}<pre class="mermaid">flowchart TB
    CLIENTS("External Clients") --> PIHOLE</pre>${story.replace('Every', 'On each')}</article></body></html>`;
    const b = await brief(html, { inputFormat: 'html' });
    const code = b.sections.flatMap((s) => s.blocks).filter((x) => x.kind === 'code').map((x) => x.text);
    expect(code).toEqual(['#!/usr/bin/env python3\nimport time\nCONFIG = {\n "docker_services": [],\n}', 'flowchart TB\n    CLIENTS("External Clients") --> PIHOLE']);
    expect(b.entities.some((e) => /CONFIG|CLIENTS/.test(e.name))).toBe(false);
  });

  it('reads no consent banner in a page’s script data for its article, and keeps a press release in a <pre> as prose', () => {
    const banner = JSON.stringify('<p>We and our partners use cookies and similar technologies to store and access information on your device.</p><p>You can accept all cookies or manage your choices at any time in the settings of this website.</p>');
    const a = parseHtml(`<html><head><title>Council passes the budget</title><script>window.cmp = {"html":${banner}};</script></head><body><p>Short.</p></body></html>`);
    expect(bodyText(a)).not.toContain('cookies');
    const release = parseHtml(`<html><head><title>Acme reports results</title></head><body><article><h1>Acme reports results</h1><pre>NEW YORK (BUSINESS WIRE) -- Acme Corp (NYSE: ACME) today reported
third-quarter revenue of $610 million ($1.45 per diluted share), up 12 percent.
"We delivered another strong quarter," said Chief Executive Tom Brown.</pre>${story}</article></body></html>`);
    expect(release.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'code')).toBe(false);
  });

  it('reads a Markdown paragraph indented four spaces as a paragraph, and a very long code block without failing', async () => {
    const { brief } = await import('../../src/index.js');
    const md = await brief('# Council approves road plan\n\n*By Jane Smith*\n\n    The council approved the road plan on Tuesday after a long debate, officials said.\n\n    Work begins in spring and ends in 2027, the mayor said.\n', { inputFormat: 'markdown' });
    expect(md.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(0);
    const long = await brief(`# Code\n\nA program follows, as the developers wrote it for the test of the parser.\n\n\`\`\`\n${'x = 1;\n'.repeat(130000)}\`\`\`\n`, { inputFormat: 'markdown' });
    expect(long.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'code')).toBe(true);
  }, 60000);

  it('keeps a list of sentences that open with links after an introduction that says "also", and no reported quotation as a heading', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const a = parseHtml(`<html><head><title>College climbs in rankings</title></head><body><article><h1>College climbs in rankings</h1>${story}<p>It is also the first time three engineering disciplines ranked first in a single year:</p><ul><li><a href="/bme">Biomedical engineering</a> returned to No. 1.</li><li><a href="/ce">Environmental engineering</a> moved to No. 1 for the first time.</li></ul>${story.replace(/council/g, 'board')}<p>In her only response, Al-Ibrahim said, "I\u2019m not even in moving anymore"</p>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(bodyText(a)).toContain('Biomedical engineering returned to No. 1.');
    expect(a.sections.some((s) => s.heading?.text.startsWith('In her only response'))).toBe(false);
    expect(bodyText(a)).toContain('In her only response');
    // (A list of headlines that are all links stays other reading.)
    const links = parseHtml(`<html><head><title>College climbs in rankings</title></head><body><article><h1>College climbs in rankings</h1>${story}<ul><li><a href="/a">Mayor opens new library downtown</a></li><li><a href="/b">School board meets on Tuesday night</a></li></ul>${story.replace(/council/g, 'board')}</article></body></html>`);
    expect(bodyText(links)).not.toContain('Mayor opens new library');
  });

  it('leaves out a newsroom\u2019s appeal with its heading, a transcript\u2019s notice, a paywall\u2019s lines, a comment count, a section label and the next story\u2019s headline', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const a = parseHtml(`<html><head><title>Council approves new park</title></head><body><article><h1>Council approves new park</h1><h3>SERIES</h3>${story}<h2>On supporting science journalism</h2><p>If you're enjoying this article, consider supporting our award-winning journalism by subscribing. By purchasing a subscription you are helping to ensure the future of impactful stories about the discoveries and ideas shaping our world today.</p>${story.replace(/council/g, 'board')}<p>Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. Audio on npr.org may be edited after its original broadcast or publication.</p><p>Since you made it to the bottom of this article, we have a small favor to ask.</p><p>This article is exclusive to STAT+ subscribers</p><p>59 Comments</p><p>Next article</p><h2>The Year in Physics</h2></article></body></html>`);
    const body = bodyText(a);
    for (const gone of ['SERIES', 'On supporting science journalism', 'enjoying this article', 'transcripts may vary', 'small favor', 'exclusive to STAT+', '59 Comments', 'The Year in Physics']) expect(body).not.toContain(gone);
    expect(a.dropped.some((d) => d.text.includes('The Year in Physics'))).toBe(true);
    expect(body).toContain('The board approved');
    // (A real subheading over the article's text stays.)
    const kept = parseHtml(`<html><head><title>Council approves new park</title></head><body><article><h1>Council approves new park</h1>${story}<h2>Support for the plan</h2>${story.replace(/council/g, 'board')}</article></body></html>`);
    expect(kept.sections.some((s) => s.heading?.text === 'Support for the plan')).toBe(true);
  });

  it('takes the headline a page shows without the section after it, a link aggregator\u2019s headline without its source, a standfirst in a box or a title\u2019s intro, a commentary\u2019s byline with the writer\u2019s post, and a book\u2019s credit line apart from its review', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const shown = parseHtml(`<html><head><title>Homestead gardening makes villages self-reliant | District</title><meta property="og:title" content="Homestead gardening makes villages self-reliant | District"></head><body><div class="headline"><h4>Homestead gardening makes villages self-reliant</h4></div>${story}</body></html>`);
    expect(shown.title?.text).toBe('Homestead gardening makes villages self-reliant');
    // Or a trail of the site's short labels after it (UC Davis Health).
    const trail = parseHtml(`<html><head><title>How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital</title></head><body><h1 class="sr-only">How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital</h1><h2>How to help babies sleep through the night</h2>${story}</body></html>`);
    expect(trail.title?.text).toBe('How to help babies sleep through the night');
    // Or a list of search keywords after the headline its <h1> shows, even in lower case (Britannica).
    const keywords = parseHtml(`<html><head><title>History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, &amp; Timeline | Britannica</title><meta property="og:title" content="History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, &amp; Timeline | Britannica"><meta property="og:site_name" content="Encyclopedia Britannica"></head><body><h1 class="tw:inline">history of coffee</h1>${story}</body></html>`);
    expect(keywords.title?.text).toBe('History of coffee');
    // (Not a live blog's headline after its kicker: "… live updates | Curfews lifted in Tampa | WFLA".)
    const live = parseHtml(`<html><head><title>Hurricane Milton live updates | Curfews lifted in Tampa | WFLA</title></head><body><h1 class="sr-only">Hurricane Milton live updates | Curfews lifted in Tampa | WFLA</h1><h2>Hurricane Milton live updates</h2>${story}</body></html>`);
    expect(live.title?.text).not.toBe('Hurricane Milton live updates');
    const slash = parseHtml(`<html><head><title>Stanford Grads Find Degrees No Longer Guarantee Jobs - Slashdot</title></head><body><h1>Stanford Grads Find Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>${story}</body></html>`);
    expect(slash.title?.text).toBe('Stanford Grads Find Degrees No Longer Guarantee Jobs');
    const boxed = parseHtml(`<html><head><title>Employers drop coverage</title></head><body><article><h1>Employers drop coverage</h1><div class="article-subheadline"><h2>Prices will remain unaffordable for many workers</h2></div>${story}</article></body></html>`);
    expect(boxed.dek?.text).toBe('Prices will remain unaffordable for many workers');
    const intro = parseHtml(`<html><head><title>Why tutoring fell short</title></head><body><article><h1>Why tutoring fell short</h1><div class="m-article-title__intro">Implementation continues to complicate even well-studied interventions</div>${story}</article></body></html>`);
    expect(intro.dek?.text).toBe('Implementation continues to complicate even well-studied interventions');
    const post = parseHtml(`<html><head><title>Making government work</title><meta name="author" content="Chris Radich"></head><body><article><h1>Making government work</h1><p>By Chris Radich</p><p>By Chris Radich, public sector CTO and VP for customer success, UiPath</p>${story}</article></body></html>`);
    expect(bodyText(post)).not.toContain('public sector CTO');
    const books = parseHtml(`<html><head><title>The best books of the year</title></head><body><article><h1>The best books of the year</h1>${story}<p><strong><a href="/b">Circular Motion</a></strong> <br/><em>Alex Foster (Grove</em><em>)</em><br/>Alex Foster\u2019s novel treats climate catastrophe through high-concept satire. Days contract, first by seconds.</p>${story.replace(/council/g, 'board')}</article></body></html>`);
    expect(bodyText(books)).toContain('Alex Foster\u2019s novel treats');
    expect(bodyText(books)).not.toContain('(Grove) Alex');
    // (The credit line is a line of its own, kept: it names the book's writer.)
    expect(bodyText(books).split('\n')).toContain('Alex Foster (Grove)');
    expect(books.dropped.some((d) => d.text.includes('Alex Foster (Grove)'))).toBe(false);
    expectArticleGrounded(books);
  });

  it('takes the day printed after the writer\u2019s name and "on", and a byline\u2019s white space squashed', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const a = parseHtml(`<html><head><title>The best board games of 2025</title><meta name="author" content="Matt Miller"></head><body><article><h1>The best board games of 2025</h1><p>by Matt Miller on Dec 16, 2025 at 11:00 AM</p>${story}</article></body></html>`);
    expect(a.meta.published).toBe('2025-12-16');
    const b = parseHtml(`<html><head><title>How cloud runs AI</title></head><body><article><h1>How cloud runs AI</h1><div class="byline">by \n\t                Victoria Gayton</div>${story}</article></body></html>`);
    expect(b.meta.byline ?? '').not.toMatch(/\s{2,}|\n|\t/);
  });

  it('reads a page with markup between its head and body, an article that holds a document\u2019s wrapper, and a head script that writes a body tag', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p><p>Residents will be able to walk from the station to the river along a new path lined with trees.</p>';
    // (Short, so that the extractor finds no article and the whole page's body is read.)
    const stray = parseHtml(`<html><head><title>Council approves new park</title></head><div id="ad-slot"><script>x()</script></div><body class="page"><div class="nav">Home</div><article><h1>Council approves new park</h1><div class="generic-text"><story><p>The council approved the new park on the old rail yards on Monday.</p></story></div></article></body></html>`);
    expect(bodyText(stray)).toContain('The council approved the new park');
    const inner = parseHtml(`<html><head><title>Council approves new park</title></head><body><article><h1>Council approves new park</h1><div class="post"><!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body>${story}</body></html></div></article><footer>About us</footer></body></html>`);
    expect(bodyText(inner)).toContain('Work starts in spring');
    const script = parseHtml(`<!DOCTYPE html><html><head><title>Council approves new park</title><script>document.write('<body onload="go()">');</script></head><body><article><h1>Council approves new park</h1>${story}</article></body></html>`);
    expect(bodyText(script)).toContain('Work starts in spring');
    expectArticleGrounded(stray);
  });

  it('keeps headings in links to their own place on the page, a roundup\u2019s linked subheadings, a link that introduces a list, a list of books by their writers and a spec list with one link', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const a = parseHtml(`<html><head><title>Deals of the month</title></head><body><article><h1>Deals of the month</h1>${story}<a href="/deals#anchor-1" class="scrollLink"><h2>How I picked the deals</h2></a>${story.replace(/council/g, 'board')}<p><a href="https://example.com/dataminr">Dataminr acquires ThreatConnect</a></p><p>Threat intelligence firm Dataminr has agreed to acquire ThreatConnect for $290 million in cash and stock.</p><p><a href="https://example.com/imprivata">Imprivata acquires Verosint</a></p><p>Identity security firm Imprivata has acquired Verosint, a startup that detects account takeovers.</p><p><em><a href="https://shop.example.com/bf">The Black Friday campaign</a> offers:</em></p><ul><li>Ledger Stax with $80 BTC gift</li><li>Ledger Flex with $70 BTC gift</li></ul><h3>21 lists:</h3><p>Kiran Desai, <em><a href="https://bookshop.org/a/1">The Loneliness of Sonia and Sunny</a></em><br/>Arundhati Roy, <em><a href="https://bookshop.org/a/2">Mother Mary Comes to Me</a></em></p><ul><li>59 grams, PAW3950 sensor</li><li>8K polling, wireless</li><li><a href="https://shop.example.com/m">Buy: check price at Mchose Store with code EUROGAMER</a></li></ul>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(a.sections.some((s) => s.heading?.text === 'How I picked the deals')).toBe(true);
    expect(a.sections.some((s) => s.heading?.text === 'Dataminr acquires ThreatConnect')).toBe(true);
    // (Linked product names over the lists of their points are subheadings too.)
    const machines = parseHtml(`<html><head><title>Best bread machines</title></head><body><article><h1>Best bread machines</h1>${story}<p><strong><a href="https://amzn.to/a">KITCHENARM 29-in-1 SMART Bread Machine (model # 85203)</a></strong></p><ul><li>KITCHENARM 29-in-1 SMART Bread Machine is popular with our visitors.</li><li>Highly rated on selling websites.</li></ul><p><strong><a href="https://amzn.to/b">Amazon Basics Bread Maker (model # BM1349)</a></strong></p><ul><li>The Amazon Basics Bread Maker is inexpensive compared to many bread machines.</li><li>It has 14 settings.</li></ul>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(machines.sections.map((s) => s.heading?.text)).toEqual(expect.arrayContaining(['KITCHENARM 29-in-1 SMART Bread Machine (model # 85203)', 'Amazon Basics Bread Maker (model # BM1349)']));
    const body = bodyText(a);
    for (const kept of ['The Black Friday campaign offers:', 'Kiran Desai, The Loneliness', '59 grams, PAW3950 sensor']) expect(body).toContain(kept);
    // (One book a line: the two are not run together.)
    expect(a.sections.flatMap((s) => s.blocks).map((b) => b.text)).toEqual(expect.arrayContaining(['Kiran Desai, The Loneliness of Sonia and Sunny', 'Arundhati Roy, Mother Mary Comes to Me']));
    // (Lists of one link over the paragraphs on their subjects are subheadings: The Wood Whisperer's
    // "Poker Chip Trays" over "… stackable poker chip trays …"; once two are, the page's others are
    // too, whatever the paragraph under them says.)
    const projects = parseHtml(`<html><head><title>10 easy projects</title></head><body><article><h1>10 easy projects</h1>${story}<ul><li><a href="https://example.com/trays">Poker Chip Trays</a></li></ul><p>Originally designed by a friend, these elegant, stackable poker chip trays combine clean lines with clever construction.</p><ul><li><a href="https://example.com/frame">Classic Picture Frame</a></li></ul><p>This picture frame uses splined miters for strength and a simple rabbet for the glass and the art.</p><ul><li><a href="https://example.com/knife">In-Drawer Knife Block</a></li></ul><p>A beautiful and functional solution for storing kitchen knives without taking up counter space.</p>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(projects.sections.map((s) => s.heading?.text)).toEqual(expect.arrayContaining(['Poker Chip Trays', 'Classic Picture Frame', 'In-Drawer Knife Block']));
    expectArticleGrounded(projects);
    // (Related stories' links that share a word with the paragraph under them stay other reading.)
    const relatedLists = parseHtml(`<html><head><title>Route 12 scrapped</title></head><body><article><h1>Route 12 scrapped</h1>${story}<ul><li><a href="https://example.com/tax">Council Tax Bills Set To Climb Again</a></li></ul><p>The city council said the route had lost money for six years and that no operator had bid to run it.</p><ul><li><a href="https://example.com/lanes">New Bus Lanes Planned For Ring Road</a></li></ul><p>Residents said the bus was the only way to reach the hospital without a car, and many would now need taxis.</p><ul><li><a href="https://example.com/parking">Hospital Parking Charges Scrapped For Staff</a></li></ul><p>A petition against the closure has gathered more than 4,000 signatures since it opened last month.</p></article></body></html>`);
    expect(relatedLists.sections.filter((s) => s.heading).map((s) => s.heading!.text)).toEqual([]);
    const oneLink = parseHtml(`<html><head><title>Deals of the month</title></head><body><article><h1>Deals of the month</h1>${story}<ul><li><a href="https://example.com/trays">Poker Chip Trays</a></li></ul><p>Originally designed by a friend, these elegant, stackable poker chip trays combine clean lines with clever construction.</p></article></body></html>`);
    expect(oneLink.sections.some((s) => s.heading?.text === 'Poker Chip Trays')).toBe(false);
    // (A related link over a paragraph stays other reading: "Related: …", or a single linked headline between paragraphs.)
    const single = parseHtml(`<html><head><title>Deals of the month</title></head><body><article><h1>Deals of the month</h1>${story}<p><a href="https://example.com/powell">Powell warns Congress rate cuts are not imminent</a></p><p>Powell said policymakers would wait for more evidence that inflation is cooling before they act.</p></article></body></html>`);
    expect(single.sections.some((s) => s.heading?.text.startsWith('Powell warns'))).toBe(false);
    const related = parseHtml(`<html><head><title>Deals of the month</title></head><body><article><h1>Deals of the month</h1>${story}<p><a href="https://example.com/sept">Related: Dataminr deals announced in September</a></p><p>Threat intelligence firm Dataminr has agreed to acquire ThreatConnect for $290 million in cash and stock.</p></article></body></html>`);
    expect(bodyText(related)).not.toContain('Related: Dataminr');
  });

  it("puts an FAQ's marked questions back over the answers the extractor kept without them", () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const faq = (q: string, a: string) => `<div class="accordion-section" itemprop="mainEntity" itemscope itemtype="http://schema.org/Question"><button class="accordion-title"><h4 itemprop="name text">${q}</h4></button><div itemprop="acceptedAnswer" itemscope itemtype="http://schema.org/Answer"><div class="accordion-content" itemprop="text">${a}<p>Ask the parks office for details.</p></div></div></div>`;
    const a = parseHtml(`<html><head><title>Park plan</title></head><body><article><h1>Park plan</h1>${story}<h2>FAQs</h2><div itemscope itemtype="https://schema.org/FAQPage">${faq('Will the park have a lake?', 'Yes, the plan includes a lake of four acres with a boardwalk around it and a small jetty for model boats.')}${faq('When will the park open?', 'The first phase opens in the spring of 2026, and the rest of the park a year later if funding allows.')}</div>${story.replace(/park/g, 'garden')}</article></body></html>`);
    const body = bodyText(a);
    for (const q of ['Will the park have a lake?', 'When will the park open?']) {
      expect(body, q).toContain(q);
      expect(body.indexOf(q)).toBeLessThan(body.indexOf(q.startsWith('Will') ? 'Yes, the plan includes' : 'The first phase opens'));
    }
    expect(body.split('Will the park have a lake?').length).toBe(2);
    expectArticleGrounded(a);
  });

  it('takes a byline glued to its "By", a date from published_on or a publishdate attribute, and leaves out a deals box\u2019s and a reading list\u2019s buttons', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const glued = parseHtml(`<html><head><title>Fasting and health</title><meta name="author" content="ByAmy Roeder"></head><body><article><h1>Fasting and health</h1>${story}</article></body></html>`);
    expect(glued.meta.byline).toBe('By Amy Roeder');
    // (Without a date printed after the name, glued or after a dash; a comment form's "Name *" is no byline.)
    for (const [author, byline] of [['Dariusz Jaroń05 Nov 2025.', 'Dariusz Jaroń'], ['EcoFlow- 2025/4/29', 'EcoFlow'], ['Name *', null]] as const) {
      const a = parseHtml(`<html><head><title>Fasting and health</title><meta name="author" content="${author}"></head><body><article><h1>Fasting and health</h1>${story}</article></body></html>`);
      expect(a.meta.byline ?? null, author).toBe(byline);
    }
    // (A headline set in capitals reads as its <title> writes it.)
    const shouted = parseHtml(`<html><head><title>Tips for Online Success | Grossmont College</title><meta property="og:site_name" content="Grossmont College"></head><body><article><h1>TIPS FOR ONLINE SUCCESS</h1>${story}</article></body></html>`);
    expect(shouted.title?.text).toBe('Tips for Online Success');
    const unnamed = parseHtml(`<html><head><title>Tips for Online Success | Grossmont College</title></head><body><article><h1>TIPS FOR ONLINE SUCCESS</h1>${story}</article></body></html>`);
    expect(unnamed.title?.text).toBe('Tips for Online Success');
    expectArticleGrounded(shouted);
    const encoded = parseHtml(`<html><head><title>Best movers</title><meta property="og:site_name" content="SFist - News, Events, &amp;amp; Sports"></head><body><article><h1>Best movers</h1>${story}</article></body></html>`);
    expect(encoded.meta.siteName).toBe('SFist - News, Events, & Sports');
    const on = parseHtml(`<html><head><title>Festival guide</title><meta name="published_on" content="2026-01-22T21:00:00.000Z"></head><body><article><h1>Festival guide</h1>${story}</article></body></html>`);
    expect(on.meta.published?.slice(0, 10)).toBe('2026-01-22');
    const lit = parseHtml(`<html><head><title>Co-working spots</title></head><body><article><h1>Co-working spots</h1><lit-timestamp publishdate="2018-01-23T17:38:06Z"></lit-timestamp>${story}</article></body></html>`);
    expect(lit.meta.published?.slice(0, 10)).toBe('2018-01-23');
    const deals = parseHtml(`<html><head><title>Festival guide</title></head><body><article><h1>Festival guide</h1>${story}<p>Opens in a new window</p><p>Get editor selected deals texted right to your phone!</p><p>Add to Goodreads To-Read List \u2192</p><p>By posting a comment, you consent to have your personally identifiable information collected and used.</p></article></body></html>`);
    for (const gone of ['Opens in a new window', 'texted right', 'Goodreads', 'By posting a comment']) expect(bodyText(deals)).not.toContain(gone);
  });

  it('after a review: a link to another page\u2019s anchor, other reading a short line or an opening says so, a "Trending now" box, a quoted headline, a roundup of capitals sections, a ticket line, a sports "UP NEXT" and an italic sub-deck', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const links = (intro: string) => `${intro}<ul><li><a href="/a">Mayor opens new library downtown</a></li><li><a href="/b">School board meets on Tuesday night</a></li><li><a href="/c">Bridge repairs to start in May</a></li></ul>`;
    const a = parseHtml(`<html><head><title>Council approves new park</title></head><body><article><h1>Council approves new park</h1>${story}<div class="card"><a href="https://example.com/mortgage-rates-fall#ref=rel"><h3>Mortgage rates fall for third straight week</h3></a></div>${story.replace(/council/g, 'board')}${links('<p>You might also enjoy these stories:</p>')}${links('<p>For more of our coverage of the Federal Reserve and the economy, see these stories:</p>')}<h3>Trending now</h3><ul><li><a href="/d">Stocks rise as inflation cools again</a> The S&amp;P 500 gained 1.2% on the day.</li><li><a href="/e">Gas prices fall before the holiday</a> Drivers paid less than a year ago.</li></ul><p>To buy tickets for the Saturday benefit concert, visit dovertheater.org.</p>${story.replace(/park/g, 'garden')}</article></body></html>`);
    const body = bodyText(a);
    for (const gone of ['Mortgage rates fall', 'Mayor opens new library', 'Stocks rise']) expect(body).not.toContain(gone);
    expect(body).toContain('To buy tickets for the Saturday benefit concert');
    const sections = parseHtml(`<html><head><title>The world this week</title></head><body><article><h1>The world this week</h1><h2>UKRAINE</h2>${story}<h2>GAZA</h2>${story.replace(/council/g, 'board')}<h2>CHINA</h2>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(sections.sections.map((s) => s.heading?.text).filter(Boolean)).toEqual(['UKRAINE', 'GAZA', 'CHINA']);
    const kremlin = parseHtml(`<html><head><title>Talks stall</title></head><body><article><h1>Talks stall</h1>${story}<p><strong>Kremlin says "nothing new"</strong></p>${story.replace(/council/g, 'board')}<p>UP NEXT</p><p>Iowa: Hosts Ohio State on Sunday</p>${story.replace(/park/g, 'garden')}</article></body></html>`);
    expect(kremlin.sections.some((s) => s.heading?.text === 'Kremlin says "nothing new"')).toBe(true);
    expect(bodyText(kremlin)).toContain('Iowa: Hosts Ohio State on Sunday');
    const subdeck = parseHtml(`<html><head><title>Outlook improves</title></head><body><article><h1>Outlook improves</h1>${story}<p><strong>The economy looks stronger</strong><br><em>Growth forecasts were raised sharply</em><br>Policymakers now expect the economy to grow by 2 percent next year, up from 1.5 percent.</p>${story.replace(/council/g, 'board')}</article></body></html>`);
    expect(bodyText(subdeck)).toContain('Growth forecasts were raised sharply');
  });

  it('keeps a list entry\u2019s header inside the article, its parts set apart, which the extractor would take for the masthead', () => {
    const more = '</p><p>The record was made over two winters in a small studio, and its songs move from quiet ballads to loud, fast numbers that recall the best of the early records.';
    const review = (artist: string, record: string, label: string, text: string) => `<div class="chart-item align wp-block-tqblock-chart-entry"><div class="acf__innerblocks"><div class="chart-entry-header"><span class="number"></span><h2><span><a href="/artist/x">${artist}</a><em>${record}</em><span class="label">${label}</span></span></h2></div><p>${text}${more}</p></div></div>`;
    const a = parseHtml(`<html><head><title>Music of the month</title></head><body><article><h1>Music of the month</h1><div class="entry-content"><p>Here are the best albums and tracks of November, chosen by our writers after a busy month of releases.</p>${review('Danny Brown', 'Stardust', 'Warp', 'Stardust is undoubtedly Brown at his most pop, and it is refreshing to hear him having unabashed neon-lit fun on every track.')}${review('Bill Callahan', 'Lonely City', 'Drag City', 'Bill Callahan may be the most consistent singer-songwriter at work today, and this is yet another melancholy masterpiece.')}${review('Xiu Xiu', 'Some Things Last', 'Cherry Bomb', 'Xiu Xiu return with a record of strange beauty that rewards the patience it asks of its listeners.')}</div></article></body></html>`);
    const headings = a.sections.map((s) => s.heading?.text).filter(Boolean);
    expect(headings).toEqual(['Danny Brown Stardust Warp', 'Bill Callahan Lonely City Drag City', 'Xiu Xiu Some Things Last Cherry Bomb']);
    expectArticleGrounded(a);
  });

  it('reads the title of a page with a <head> and no <html> tag, and takes a blog\u2019s address or name in its banner and its <title> for no headline', () => {
    const story = '<p>The council approved the new park on the old rail yards on Monday, after a year of debate over its cost to the city.</p><p>Work starts in spring and the park opens in 2026, the mayor said at a meeting with residents on Tuesday.</p>';
    const a = parseHtml(`<!DOCTYPE html>\n<head>\n<title>davidbau.com Vibe Coding</title>\n</head>\n<body><div id="banner"><h1><a href="https://davidbau.com/">davidbau.com</a></h1></div><div class="content"><h3 class="title">Vibe Coding</h3>${story}</div></body></html>`);
    expect(a.title?.text).toBe('Vibe Coding');
    // (An address that is the whole <title> stays the headline when nothing else names the post.)
    const only = parseHtml(`<html><head><title>example.com</title></head><body><h1>example.com</h1>${story}</body></html>`);
    expect(only.title?.text).toBe('example.com');
    // (A blog's banner that is the site's name, beside a title split at a bullet, is no headline either.)
    const banner = parseHtml(`<html><head><title>A brief intro to git • Cory Dransfeldt</title><meta property="og:site_name" content="Cory Dransfeldt"></head><body><section><h1><a href="/"><span>Cory</span> <span>Dransfeldt</span></a></h1></section><article><h2>A brief intro to git</h2>${story}</article></body></html>`);
    expect(banner.title?.text).toBe('A brief intro to git');
    // (The site's name stays the headline when the title says nothing more.)
    const named = parseHtml(`<html><head><title>Cory Dransfeldt</title><meta property="og:site_name" content="Cory Dransfeldt"></head><body><h1>Cory Dransfeldt</h1>${story}</body></html>`);
    expect(named.title?.text).toBe('Cory Dransfeldt');
    // (Nor beside a title part of dates: an event's page.)
    const event = parseHtml(`<html><head><title>Northgate Festival · 12–14 July 2024</title><meta property="og:site_name" content="Northgate Festival"></head><body><main><article><h1>Northgate Festival</h1><p class="byline">By Jane Morton</p>${story}</article></main></body></html>`);
    expect(event.title?.text).toBe('Northgate Festival');
  });
});


// The later rounds' pages: a numbered paragraph of a story, a page around a body, a document to compare with the extractor's.
const { parseHTML: parseDocument } = createRequire(import.meta.url)('linkedom') as { parseHTML(html: string): { document: never } };
const doc = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`).document;
const story = (n: number) => `<p>Paragraph ${n} of the story says the council approved the budget on Tuesday after a long debate, officials said.</p>`;
const page = (body: string, head = '<title>Budget</title>') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('a review of the forty-sixth round’s page rules', () => {

  it('keeps a number linked in running text; leaves out only a note’s mark', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>The vote in District <a href="https://example.com/2025#district-5">5</a>, shown in Table <a href="#table-2">2</a>, was close.</p>${story(2)}</article>`);
    expect(bodyText(a)).toContain('District 5, shown in Table 2, was close');
  });

  it('brings back no teaser card, newsletter or series introduction above the article', () => {
    const teaser = doc(`<div class="top-story"><h2><a href="/x">School board delays vote</a></h2><div class="card__lede"><p>The school board on Thursday postponed a vote on closing three elementary schools until next month.</p></div></div><div></div><article>${story(1)}${story(2)}</article>`);
    expect(missedLede(teaser, doc(`${story(1)}${story(2)}`))).toEqual([]);
    const newsletter = doc(`<div class="newsletter-intro"><p>Every weekday morning, our editors pick the stories you need to read before the day begins.</p></div><div></div><article>${story(1)}</article>`);
    expect(missedLede(newsletter, doc(story(1)))).toEqual([]);
  });

  it('brings back no poll or market box’s figure lines between kept paragraphs', () => {
    const poll = doc(`${story(1)}<div class="poll-widget"><p>Should the city raise parking fees?</p><p>Yes: 38%</p><p>No: 62%</p><p>Total votes: 1,043</p></div>${story(2)}`);
    expect(missedBetween(poll, doc(`${story(1)}${story(2)}`))).toEqual([]);
  });

  it('reads the marked byline over a linked name in a book’s box, and no credit as the byline', () => {
    const a = page(`<article><h1>A novel of the sea</h1><div class="book-info"><p>By <a href="/tag/ann-marsh">Ann Marsh</a></p></div><div class="byline">By Tom Lee</div>${story(1)}${story(2)}</article>`);
    expect(a.byline?.text).toBe('By Tom Lee');
  });

  it('splices no button that is a control into the text, and reads no crosshead marked "subhed" as the dek', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>The plan could raise $4 million a year <button class="read-more">Read More</button></p><p>Ortiz praised the city savings <button>Share This Quote</button> in a statement on Friday to reporters.</p>${story(2)}</article>`);
    expect(bodyText(a)).not.toMatch(/Read More|Share This Quote/);
    const crosshead = page(`<article><h1>Budget approved</h1><div class="byline">By Tom Lee</div><div class="article-body"><h2 class="subhed">What the budget means for residents</h2>${story(1)}${story(2)}</div></article>`);
    expect(crosshead.dek).toBeNull();
  });

  it('keeps a gallery’s item text and a sponsor’s linked-to-nothing heading out of the rules’ reach', () => {
    const gallery = page(`<article><h1>Hudson towns</h1>${story(1)}<img src="a.jpg" alt=""><div class="image-description"><p>Cold Spring sits on the east bank of the Hudson, an hour north of the city by train, and its main street runs down to the river.</p></div>${story(2)}</article>`);
    expect(bodyText(gallery)).toContain('Cold Spring sits on the east bank');
    const sponsor = doc(`${story(1)}<div class="sponsor-block"><h3><a href="#" onclick="go()">Try Daily Ledger Premium for $1</a></h3></div>${story(2)}`);
    expect(missedBetween(sponsor, doc(`${story(1)}${story(2)}`)).map((f) => f.html)).not.toContainEqual(expect.stringContaining('Premium'));
  });

  it('takes no quadratic time on a long run of letters before a button', () => {
    const started = Date.now();
    page(`<article><h1>Long</h1><p>${'a'.repeat(100_000)}! <button>Read More</button></p>${story(1)}</article>`);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});

describe('pages of the forty-seventh round’s trials: lists, boxes and bylines', () => {

  it('brings back a list of links that a kept paragraph introduces with a colon, and no list a paragraph does not', () => {
    const list = '<ul><li><a href="https://pubmed.example/1">Stress levels</a></li><li><a href="https://pubmed.example/2">Mood</a></li><li><a href="https://pubmed.example/3">Sleep</a></li></ul>';
    const intro = '<p>Meditation has been shown to help improve:</p>';
    const missed = missedBetween(doc(`${story(1)}${intro}${list}${story(2)}`), doc(`${story(1)}${intro}${story(2)}`));
    expect(missed).toHaveLength(1);
    expect(missed[0]!.html).toContain('<li><a href="https://pubmed.example/2">Mood</a></li>');
    expect(missed[0]!.after).toBe('Meditation has been shown to help improve:');
    expect(missedBetween(doc(`${story(1)}${list}${story(2)}`), doc(`${story(1)}${story(2)}`))).toEqual([]);
  });

  it('keeps every item of a list whose items carry a two-letter class "pq" (not a pull quote)', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>The advice is written by people who either:</p><ol><li class="my pn">Never really worked as developers</li><li class="my pq pn">Work in massive tech orgs</li><li class="my pq pn">Have a traditional background</li></ol>${story(2)}</article>`);
    expect(bodyText(a)).toContain('Work in massive tech orgs');
    expect(bodyText(a)).toContain('Have a traditional background');
  });

  it('brings back no subheading twice when the page sets a style sheet inside it', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<div class="css-1"><h2><style>.Red_Header{color:red!important;}</style>Are the cuts safe?</h2></div>${story(2)}${story(3)}</article>`);
    expect(a.sections.filter((s) => s.heading?.text === 'Are the cuts safe?')).toHaveLength(1);
  });

  it('leaves out a contents box’s and an expander’s labels', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<h4>More</h4>${story(2)}<p>Jump to ↓</p>${story(3)}</article>`);
    expect(bodyText(a)).not.toMatch(/^More$|Jump to/m);
  });

  it('brings back a subheading the extractor dropped over a lower one it kept', () => {
    const page1 = doc(`${story(1)}<h2 id="Healthy_shopping_list">Weekly shopping list</h2><h3>Fresh foods</h3><table><tr><td>Oats</td></tr></table>${story(2)}`);
    const kept = doc(`${story(1)}<h3>Fresh foods</h3><table><tr><td>Oats</td></tr></table>${story(2)}`);
    expect(missedBetween(page1, kept).map((m) => m.html)).toEqual([expect.stringContaining('Weekly shopping list')]);
  });

  it('reads the byline an author’s box prints, without the writer’s post; not an extractor’s guess that is a post', () => {
    const bio = page(`<article><header><h1>Seven days of meals</h1><address class="author-info"><div class="author-bio">by <a href="#bio">Tracy Parker, Dietitian</a></div></address></header>${story(1)}${story(2)}</article>`, '<title>Seven days of meals</title><meta property="og:site_name" content="Heart Charity"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Heart Charity"}}</script>');
    expect(bio.byline?.text).toBe('By Tracy Parker, Dietitian');
    const post = page(`<article><h1>EV guide</h1><span class="byline-author__description">By <a href="/keith">Keith Barry</a><br><span class="byline-author__title">Senior Autos Reporter</span></span>${story(1)}${story(2)}</article>`);
    expect(post.byline?.text).toBe('By Keith Barry');
    const button = page(`<article><h1>Motors</h1><p>By <a href="/contributor/neal">A. J. Neal</a> <a class="btn" href="/digital">View In Digital Edition</a></p>${story(1)}${story(2)}</article>`);
    expect(button.byline?.text).toBe('By A. J. Neal');
  });

  it('reads a day written before its month when the day is past 12, and an ambiguous one as written', () => {
    const uk = page(`<article><h1>Budget</h1>${story(1)}${story(2)}</article>`, '<title>Budget</title><script type="application/ld+json">{"@type":"Article","headline":"Budget","datePublished":"13/11/2025 09:21:40"}</script>');
    expect(uk.meta.published).toBe('2025-11-13T09:21:40');
    const either = page(`<article><h1>Budget</h1>${story(1)}${story(2)}</article>`, '<title>Budget</title><script type="application/ld+json">{"@type":"Article","headline":"Budget","datePublished":"05/11/2025"}</script>');
    expect(either.meta.published).toBe('05/11/2025');
  });

  it('reads no zero-width character inside a word as a space', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<h2>What do I need to know about ch\ufeffarging?</h2>${story(2)}</article>`);
    expect(bodyText(a)).toContain('What do I need to know about charging?');
  });

  it('brings back an FAQ’s question set as a details box’s summary, with its answer', () => {
    const faq = (q: string, a: string) => `<details><summary role="heading">${q}</summary><p>${a}</p></details>`;
    const kept = faq('Who created the plate?', 'Nutrition experts at the school created the plate to address the flaws of the older guide.');
    const lost = faq('What about the pyramid? Will it be going away?', 'Generations of Americans are used to the pyramid design, and it is not going away soon.');
    const missed = missedBetween(doc(`${story(1)}${kept}${lost}${story(2)}`), doc(`${story(1)}${kept}${story(2)}`));
    expect(missed.map((m) => m.html)).toEqual([expect.stringMatching(/^<p>What about the pyramid\? Will it be going away\?<\/p><p>Generations/)]);
  });

  it('reads a paragraph that exclaims in a sentence’s case as a paragraph, a headline in title case that exclaims as a heading', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}${story(2)}<p>With that…happy building in 2026! 🚀</p><p><em>I’m excited to share that I’ve released a new book about engineering with a publisher.</em></p></article>`);
    expect(a.sections.map((s) => s.heading?.text)).not.toContain('With that…happy building in 2026! 🚀');
    const b = page(`<article><h1>Budget</h1>${story(1)}<p>Council Reveals First Photos of the New Park!</p>${story(2)}</article>`);
    expect(b.sections.map((s) => s.heading?.text)).toContain('Council Reveals First Photos of the New Park!');
  });

  it('reads no run-in heading in a stat box whose lines go on in lower case', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p><strong>1 in 4 adults</strong><br><strong>ages 20 to 64</strong><br>currently has cavities.</p>${story(2)}</article>`);
    expect(a.sections.map((s) => s.heading?.text)).not.toContain('1 in 4 adults');
    expect(bodyText(a)).toContain('1 in 4 adults ages 20 to 64 currently has cavities.');
  });

  it('leaves out a chart’s source line, not a sentence that opens with "Source:"', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<figure><img src="c.png"></figure><p>Source: World Bank</p>${story(2)}<p>Source: the ministry said on Monday that the plan would fail.</p></article>`);
    expect(bodyText(a)).not.toContain('Source: World Bank');
    expect(bodyText(a)).toContain('Source: the ministry said');
  });

  it('leaves out reference marks typed into the text, and a list of journal references', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<ul><li>Women who followed the advice were only 3% less likely to have a chronic disease. [5]</li><li>The index was made “to measure how well diets conform to healthy patterns.” [4] A score of 100 meant all advice was followed.</li></ul>${story(2)}<p>Meditation lowered blood pressure in the trials.[1-3] The review found it safe.</p><h2>Key References</h2><ul><li>Anheyer D, Leach MJ, Klose P, et al. Mindfulness-based stress reduction for treating headache. Annals of Internal Medicine. 2017;166(11):799-807.</li><li>Black DS, Slavich GM. Mindfulness meditation and the immune system. Annals of the New York Academy of Sciences. 2016;1373(1):13-24.</li></ul></article>`);
    expect(bodyText(a)).not.toMatch(/\[\d/);
    expect(bodyText(a)).toContain('healthy patterns.” A score of 100');
    expect(bodyText(a)).toContain('in the trials. The review found it safe.');
    expect(a.dropped.filter((d) => d.reason === 'outside-article').map((d) => d.text)).toContainEqual(expect.stringContaining('Anheyer D, Leach MJ'));
  });

  it('reads the paragraph after the headline in a hero banner as the standfirst', () => {
    const a = page(`<section class="hero-banner"><h1>Seven days of meals</h1><p class="hero__text">Want to eat a balanced diet without breaking the bank? Try this seven-day meal plan from our dietitian.</p></section><article>${story(1)}${story(2)}</article>`, '<title>Seven days of meals</title>');
    expect(a.dek?.text).toBe('Want to eat a balanced diet without breaking the bank? Try this seven-day meal plan from our dietitian.');
  });
});

describe('pages of the forty-seventh round’s second trials: Substack headings, paywalls, reference links', () => {

  it('keeps Substack’s subheadings over code and over the first paragraph', () => {
    const anchor = (id: string) => `<div class="pencraft header-anchor-parent"><div id="§${id}" class="pencraft header-anchor offset-top"></div><button type="button" aria-label="Link"></button></div>`;
    const a = page(`<article><h1>Budget</h1><div class="body markup"><h2 class="header-anchor-post">The Problem${anchor('the-problem')}</h2>${story(1)}${story(2)}<h3 class="header-anchor-post">1. Dependencies${anchor('dependencies')}</h3><pre><code>import ast</code></pre>${[3, 4, 5, 6, 7, 8].map(story).join('')}</div></article>`);
    expect(a.sections.map((s) => s.heading?.text)).toEqual(expect.arrayContaining(['The Problem', '1. Dependencies']));
  });

  it('warns that a paywall stops the article', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}${story(2)}<div role="region" aria-label="Paywall" class="paywall"><h2 class="paywall-title">This post is for paid subscribers</h2><a href="/subscribe">Subscribe</a></div></article>`);
    expect(a.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('the rest is behind its paywall'));
  });

  it('keeps a reference to a table set in a span the extractor reads as a footer, and no brackets its marks left empty', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>Baseline characteristics are presented in <span class="footers"><a class="citation-link" href="#table1" rel="footnote">Table 1</a></span>. Stress is common among students [<span class="footers"><a class="citation-link" href="#ref1" rel="footnote">1</a></span>-<span class="footers"><a class="citation-link" href="#ref3" rel="footnote">3</a></span>], and students report it.</p>${story(2)}</article>`);
    expect(bodyText(a)).toContain('are presented in Table 1.');
    expect(bodyText(a)).toContain('Stress is common among students, and students report it.');
  });

  it('keeps an aside in parentheses around its link, and a "Response:" label inside the article', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>(The broader creator economy is a <a href="https://example.com/x">$250 billion market headed toward $480 billion by 2027</a>, according to Goldman Sachs)</p>${story(2)}<p>Response:</p>${story(3)}</article>`);
    expect(bodyText(a)).toContain('(The broader creator economy is a $250 billion market');
    expect(bodyText(a)).toContain('Paragraph 3 of the story');
  });

  it('reads a byline without an avatar’s initials before the name, or "Last updated" after it', () => {
    const a = page(`<article><h1>Budget</h1><div class="author_cont"><svg><text>CM</text></svg><h3><a href="/u/craig">Craig McCarthy</a></h3><p class="date">Last updated on 17 December 2025</p></div>${story(1)}${story(2)}</article>`);
    expect(a.byline?.text ?? a.meta.byline).toMatch(/^(?:By )?Craig McCarthy$/);
  });
});

describe('headlines and scholarly pages in the forty-seventh round’s second trials', () => {

  it('keeps a headline that opens like a pointer to other reading ("Recommended: …")', () => {
    const a = page(`<article><h1>Recommended: 10 Noteworthy Substacks on Data and AI</h1>${story(1)}${story(2)}</article>`, '<title>Recommended: 10 Noteworthy Substacks on Data and AI</title>');
    expect(a.title?.text).toBe('Recommended: 10 Noteworthy Substacks on Data and AI');
  });

  it('reads a scholarly page’s authors and date from its citation tags, and its headline without arXiv’s "Title:" label', () => {
    const head = '<title>[2512.16245] AlignMerge</title><meta name="citation_title" content="AlignMerge"><meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti"><meta name="citation_date" content="2025/12/18">';
    const a = page(`<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>AlignMerge - Alignment-Preserving Model Merging</h1>${story(1)}${story(2)}</div>`, head);
    expect(a.title?.text).toBe('AlignMerge - Alignment-Preserving Model Merging');
    expect(a.meta.byline).toBe('Aniruddha Roy and Jyoti Patel');
    expect(a.meta.published).toBe('2025-12-18');
  });
});

describe('a code block’s buttons', () => {
  it('leaves a playground’s "Run" link out of the code it runs', () => {
    const a = parseHtml(`<html><head><title>Backend</title></head><body><article><h1>Backend</h1><p>Paragraph 1 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p><p>One last thing you need to write in your backend:</p><pre><a class="run" href="https://play.rust-lang.org/?code=x">Run</a><code>#[no_mangle]\npub fn backend() {}</code></pre><p>Paragraph 2 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p></article></body></html>`);
    const code = a.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'code');
    expect(code?.text).toMatch(/^#\[no_mangle\]/);
  });
});

describe('a review of the forty-seventh round’s page rules', () => {

  it('keeps a "Sources:" headline and a sentence after "Source:"; reads no first paragraph as the dek for a header class on the page', () => {
    const a = page(`<article><h1>Sources: Lakers agree to trade for Hornets guard</h1>${story(1)}<p>Source: The team has not yet informed the player of the deal.</p>${story(2)}</article>`, '<title>Sources: Lakers agree to trade for Hornets guard</title>');
    expect(a.title?.text).toBe('Sources: Lakers agree to trade for Hornets guard');
    expect(bodyText(a)).toContain('Source: The team has not yet informed');
    const b = parseHtml(`<html><head><title>Council approves road budget</title></head><body class="home has-sticky-header"><article><h1>Council approves road budget</h1><p>The city council voted 7-2 on Tuesday to approve a road budget of $40 million for the coming year.</p>${story(2)}</article></body></html>`);
    expect(b.dek).toBeNull();
  });

  it('keeps a seed after a name and code’s brackets; drops no list of games whose times follow a semicolon', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<ul><li>Jannik Sinner [1] beat Ben Shelton [21] 7-6, 6-2, 6-2</li><li>Carlos Alcaraz [2] beat Taylor Fritz [4] 6-4, 6-4</li></ul><p>Declare it as <code>String[]</code> and read <code>arr[0]</code> first.</p>${story(2)}<ul><li>Game 1: Friday, Oct. 25, 2024; 8:08 p.m., Fox</li><li>Game 2: Saturday, Oct. 26, 2024; 8:08 p.m., Fox</li></ul></article>`);
    expect(bodyText(a)).toContain('Jannik Sinner [1] beat Ben Shelton [21]');
    expect(bodyText(a)).toContain('String[]');
    expect(bodyText(a)).toContain('arr[0]');
    expect(bodyText(a)).toContain('Game 1: Friday, Oct. 25, 2024; 8:08 p.m., Fox');
  });

  it('reads a run-in heading over a brand in lower case; restores no promo’s heading over a kept subheading; keeps a promo span out', () => {
    const a = page(`<article><h1>Phones</h1>${story(1)}<p><strong>Apple</strong><br>iPhone 16 Pro is the best phone for most people this year.</p>${story(2)}</article>`);
    expect(a.sections.map((s) => s.heading?.text)).toContain('Apple');
    const promo = doc(`${story(1)}<div class="promo-box sponsored"><h2>Sponsored: Find the best auto insurance rates</h2></div><h3>What happens next</h3>${story(2)}`);
    expect(missedBetween(promo, doc(`${story(1)}<h3>What happens next</h3>${story(2)}`))).toEqual([]);
    const span = page(`<article><h1>Budget</h1>${story(1)}<p>The council finished the work.<span class="sidebar-promo"><a href="/nl">Sign up for our newsletter</a></span></p>${story(2)}</article>`);
    expect(bodyText(span)).not.toContain('Sign up for our newsletter');
  });

  it('warns of no paywall for a paragraph the page classes so, and reads a box of class "pq" as a pull quote', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p class="paywall">The service costs $4 a month for subscribers in the United States and launches next week.</p>${story(2)}</article>`);
    expect(a.messages.map((m) => m.message).join(' ')).not.toContain('paywall');
    const pq = page(`<article><h1>Budget</h1>${story(1)}<p>“We will not raise taxes this year,” said Mayor Ana Garcia at the meeting on Tuesday night.</p><div class="pq">“We will not raise taxes this year”</div>${story(2)}</article>`);
    expect(pq.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph' && b.text === '“We will not raise taxes this year”')).toEqual([]);
  });

  it('keeps a zero-width space between words, and reads no date a month does not have', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p><strong>Why it matters:</strong>\u200bSpringfield has the highest rents in the state this year.</p>${story(2)}</article>`);
    expect(bodyText(a)).not.toContain('matters:Springfield');
    const b = page(`<article><h1>Budget</h1>${story(1)}${story(2)}</article>`, '<title>Budget</title><script type="application/ld+json">{"@type":"Article","headline":"Budget","datePublished":"31/02/2024"}</script>');
    expect(b.meta.published ?? null).toBeNull();
  });
});

describe('a contact block under an article', () => {
  it('leaves out phone, fax and email lines as metadata, not a sentence that opens with "Email:"', () => {
    const a = parseHtml(`<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>Paragraph 1 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p><p>Paragraph 2 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p><p>Email: the council said it would answer every question by Friday at the latest.</p><p>Fax:1 602 827 2469</p><p>Phone: (602) 496-0700</p></article></body></html>`);
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(expect.arrayContaining(['Fax:1 602 827 2469', 'Phone: (602) 496-0700']));
    expect(bodyText(a)).toContain('Email: the council said');
  });
});

describe('a code block in a highlighter’s box', () => {
  it('keeps a <pre> inside Pygments’ div.highlight as code, line by line', () => {
    const a = parseHtml(`<html><head><title>Server</title></head><body><article><h1>Server</h1><p>Paragraph 1 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p><p>Basically one command to install and a login:</p><div class="highlight"><pre><span></span>curl<span class="w"> </span>-fsSL<span class="w"> </span>https://tailscale.com/install.sh<span class="w"> </span><span class="p">|</span><span class="w"> </span>sh\nsudo<span class="w"> </span>tailscale<span class="w"> </span>up\n</pre></div><p>Paragraph 2 of the story says the council approved the budget on Tuesday after a long debate, officials said.</p></article></body></html>`);
    const code = a.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'code');
    expect(code?.text).toBe('curl -fsSL https://tailscale.com/install.sh | sh\nsudo tailscale up');
  });
});

describe('pages of the forty-eighth round’s trials: paywalls, reference marks, captions, titles', () => {
  it('warns that a paywall stops the article, whatever the page calls its notice', () => {
    const notices = [
      '<h2 class="paywall-title unlock-treatment-new">Continue reading this post for free, courtesy of Charlie Hills.</h2>',
      '<p class="restricted-text">STAT+ Exclusive Story</p><p>To read the rest of this story subscribe to STAT+.</p>',
      '<p><strong>Become a <u><a href="/subscribe">paid subscriber to Every</a></u> to unlock this piece and learn about:</strong></p>',
    ];
    for (const notice of notices) {
      const a = page(`<article><h1>Budget</h1>${story(1)}${story(2)}${story(3)}${notice}</article>`);
      expect(a.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('the rest is behind its paywall'));
      expect(bodyText(a)).not.toMatch(/to unlock this piece/);
    }
    // A story that only mentions a subscription is no paywall.
    const free = page(`<article><h1>Budget</h1>${story(1)}<p>The council said residents who subscribe to its newsletter will hear of the next meeting first.</p>${story(2)}</article>`);
    expect(free.messages.map((m) => m.message).join(' ')).not.toContain('paywall');
  });

  it('closes a stop up to its word when a reference mark before it is left out', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>The project cited the need to prevent memory bugs as the main reason for adoption <sup>[2]</sup>. It hit its stable release on 30 October 2025 <sup>[3]</sup>.</p><ul><li>An analysis showed that 54.2% were memory corruption vulnerabilities <sup>[4]</sup>.</li><li>Another found the same.</li></ul>${story(2)}</article>`);
    expect(bodyText(a)).toContain('as the main reason for adoption. It hit its stable release on 30 October 2025.');
    expect(bodyText(a)).toContain('were memory corruption vulnerabilities.');
  });

  it('takes no photo caption for the dek, one that closes on its credit neither', () => {
    const caption = 'Homestead gardening boosts food security and incomes across the drought-prone Barind tract region. Photo : BSS';
    const a = page(`<div class="dtl_title"><h1>Homestead gardening makes rural communities more self-reliant</h1></div><div class="dtl_img_section"><img src="a.jpg"><div class="dtl_img_caption text-center">${caption}</div></div><div class="dtl_content"><p>By Md Aynal Haque</p>${story(1)}${story(2)}${story(3)}</div>`, '<title>Homestead gardening makes rural communities more self-reliant</title>');
    expect(a.dek).toBeNull();
    expect(bodyText(a)).not.toContain('Photo : BSS');
    expect(chromeReason(caption)).toBe('caption');
    // Or after a bar or in brackets, "by" its photographer.
    expect(chromeReason('Paris Baguette opened 80 units in North America this year, with 150 planned for 2026. | Photo by Lisa Jennings')).toBe('caption');
    // (Not a lede that ends on its photo's credit in brackets.)
    expect(chromeReason('Thousands of teachers, nurses and state workers rallied at the Capitol on Tuesday. (Photo by Hans Pennink/AP)')).toBeNull();
    expect(chromeReason('She took the picture. Photo by Smith was the best one in the show')).toBeNull();
  });

  it('reads the writer from a link to their staff page in the byline', () => {
    const a = page(`<h1>Ten movies to stream now</h1><div class="column byline-section"><div class="attribution"><span class="author"><a href="https://www.example.com/staff/2648209001/brian-truitt/" class="authors">Brian Truitt</a>&nbsp;</span><span class="publication">USA TODAY</span></div></div><article>${story(1)}${story(2)}${story(3)}</article>`, '<title>Ten movies to stream now</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ten movies to stream now","author":{"@type":"Person","name":", USA TODAY"}}</script>');
    expect(a.meta.byline).toBe('By Brian Truitt');
  });

  it('keeps the writer’s question with a link inside it, and leaves out a linked headline', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>So what does <a href="https://example.com/ai">conversational AI</a> offers?</p>${story(2)}<p><a href="/other">Could Resveratrol Be the Secret to Clearer Skin?</a></p>${story(3)}</article>`);
    expect(bodyText(a)).toContain('So what does conversational AI offers?');
    expect(bodyText(a)).not.toContain('Resveratrol');
  });

  it('sets no space inside a list item after an opening bracket or a slash before a bold word or a link', () => {
    const a = page(`<article><h1>Analytics tools</h1>${story(1)}<ul><li><strong>Developer experience:</strong> Prefer familiar interfaces (<strong>SQL</strong>, Python) plus clear metrics.</li><li>Best Value: Under Armour Sonic 7 (<a href="/m">Men’s</a>/<a href="/w">Women’s</a>)</li></ul>${story(2)}</article>`);
    expect(bodyText(a)).toContain('Prefer familiar interfaces (SQL, Python) plus clear metrics.');
    expect(bodyText(a)).toContain('Under Armour Sonic 7 (Men’s/Women’s)');
  });

  it('sets no space inside a list item before a subscript or a superscript', () => {
    const a = page(`<article><h1>Climate</h1>${story(1)}<ul><li>Temperatures will rise until CO<sub>2</sub> emissions reach net zero.</li><li>Each flat has 80 m<sup>2</sup> of floor, the council said.</li></ul>${story(2)}</article>`);
    expect(bodyText(a)).toContain('until CO2 emissions reach net zero');
    expect(bodyText(a)).toContain('80 m2 of floor');
  });

  it('reads a program in a <pre> nested thousands of elements deep without running out of stack', () => {
    const deep = `${'<span>'.repeat(8000)}x = [1];<br>y = {2};${'</span>'.repeat(8000)}`;
    expect(() => page(`<article><h1>Deep</h1>${story(1)}<pre><code>${deep}</code></pre>${story(2)}</article>`)).not.toThrow();
  });

  it('leaves out a component\'s settings printed as text, and reports them', () => {
    const pair = (name: string, value: string) => `<div><div>${name}</div><div>${value}</div></div>`;
    const button = `<div class="button">${pair('class', 'btn-primary')}${pair('value', 'Get Tickets')}${pair('href', '<a href="https://example.com/t">https://example.com/t</a>')}${pair('target', '_blank')}</div>`;
    const a = page(`<article><h1>Festivals</h1>${story(1)}<h2>1. Jazz in the Gardens</h2>${button}${story(2)}<div><div>Name</div><div>Jazz in the Gardens</div></div>${story(3)}</article>`);
    expect(bodyText(a)).not.toMatch(/btn-primary|Get Tickets|_blank/);
    expect(a.dropped.some((d) => d.reason === 'chrome' && d.text.includes('btn-primary'))).toBe(true);
    expect(bodyText(a)).toContain('Paragraph 2');
  });

  it('leaves out a linked headline set in parentheses as a paragraph, not an aside of the writer\'s', () => {
    const a = page(`<article><h1>Fasting</h1>${story(1)}<p>(<a href="/health/varied-exercises"><i>Scientists identify one fitness habit that may matter most for longevity</i></a>.)</p>${story(2)}<p>(The study, <a href="/s">published in Cell</a>, followed 300 adults for two years.)</p>${story(3)}</article>`);
    expect(bodyText(a)).not.toContain('fitness habit');
    expect(a.dropped.some((d) => d.reason === 'related-links' && d.text.includes('fitness habit'))).toBe(true);
    expect(bodyText(a)).toContain('followed 300 adults');
  });

  it('reads a post’s lead line its class names as the standfirst', () => {
    const a = page(`<article><header><h1>16 tips for AI-ready C#</h1><p class="post__lead">How to make it easy for AI agents to work with your .NET codebase</p></header><div class="post__body">${story(1)}${story(2)}${story(3)}</div></article>`, '<title>16 tips for AI-ready C#</title>');
    expect(a.dek?.text).toBe('How to make it easy for AI agents to work with your .NET codebase');
  });

  it('reads a byline without the label set before the name, and without an address after it', () => {
    const a = page(`<h1>Best laptops</h1><div class="entry-meta"><span class="byline">By Author: Ashley Biancuzzo</span></div><article>${story(1)}${story(2)}${story(3)}</article>`, '<title>Best laptops</title>');
    expect(a.meta.byline).toBe('Ashley Biancuzzo');
    expect(a.byline?.text).toBe('By Ashley Biancuzzo');
    expect(a.text.slice(a.byline!.start, a.byline!.end)).toBe(a.byline!.text);
    const b = page(`<h1>Rankings rise</h1><div class="field--name-field-news-byline"><div class="field__item">By: Joshua Stewart (jstewart@gatech.edu)</div></div><article>${story(1)}${story(2)}${story(3)}</article>`, '<title>Rankings rise</title>');
    expect(b.byline?.text).toBe('By Joshua Stewart');
    for (const label of ['Posted by:', 'Story by:']) {
      const c = page(`<article><h1>Harbor bridge rebuild approved</h1><div class="byline">${label} Ashley Biancuzzo</div>${story(1)}${story(2)}${story(3)}</article>`, '<title>Harbor bridge rebuild approved</title>');
      expect(c.byline?.text).toBe('By Ashley Biancuzzo');
    }
  });

  it('reads a byline that opens "Written By" in an author element, without its note mark', () => {
    const a = page(`<div class="container"><h1>A parent’s guide to sleep training</h1></div><aside class="side-col"><p class="Article_date">May 25, 2023</p><p class="Article_author__U98U7">Written By <span>Angela Holliday-Bell, MD*</span></p></aside><article>${story(1)}${story(2)}${story(3)}</article>`, '<title>A parent’s guide to sleep training</title>');
    expect(a.meta.byline).toBe('By Angela Holliday-Bell, MD');
  });

  it('leaves out paragraphs of nothing but invisible joiners, and keeps a line of figures', () => {
    const a = page(`<article><h1>Budget</h1>${story(1)}<p>\u200d</p><p>&zwj;</p>${story(2)}<p>4: 4%\n8: 5%\n10: 49%</p>${story(3)}</article>`);
    expect(a.dropped).toEqual([]);
    expect(bodyText(a)).toContain('10: 49%');
  });

  it('takes the standfirst the page describes, when the description adds where it runs, out of the body', () => {
    const head = '<title>The rising tide of cyber vulnerabilities in home appliances</title><meta name="description" content="In this article for IoT Insider, Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges facing connected home appliances.">';
    const a = page(`<article><h1>The rising tide of cyber vulnerabilities in home appliances</h1><div class="entry-content"><p><em><a href="/podcast/x">Rahul Tyagi, CEO of SECQAI</a></em> <em>delves into the cybersecurity challenges facing connected home appliances </em></p>${story(1)}${story(2)}${story(3)}</div></article>`, head);
    expect(a.dek?.text).toBe('Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges facing connected home appliances');
    expect(a.sections.map((x) => x.heading?.text ?? null)).not.toContain('Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges facing connected home appliances');
    // (A lede the description repeats stays the article's first paragraph.)
    const lede = 'Paragraph 1 of the story says the council approved the budget on Tuesday after a long debate, officials said.';
    const b = page(`<article><h1>Budget</h1>${story(1)}${story(2)}${story(3)}</article>`, `<title>Budget</title><meta name="description" content="${lede}">`);
    expect(b.dek).toBeNull();
    expect(bodyText(b)).toContain(lede);
  });

  it('takes the standfirst the page describes from a subheading under the headline, past a breadcrumb, and a date with a share button as metadata', () => {
    const dek = 'See which insurance companies lead the US market and how top rankings can shape your broker partnerships.';
    const a = page(`<nav><ol class="breadcrumb"><li><a href="/us/guides/">Guides</a></li><li>The top insurers</li></ol></nav><div class="wrapper"><h1>The top insurers</h1><div class="head"><h3>${dek}</h3></div><div class="writer"><label>Dec 11, 2025</label> <label>Share</label></div>${story(1)}${story(2)}${story(3)}</div>`, `<title>The top insurers</title><meta name="description" content="${dek}">`);
    expect(a.dek?.text).toBe(dek);
    expect(a.sections.map((x) => x.heading?.text ?? null)).not.toContain(dek);
    expect(chromeReason('Dec 11, 2025 Share')).toBe('metadata');
    expect(chromeReason('Dec 11, 2025 Share prices fell')).toBeNull();
    // The "and" two buttons leave between them once their links are gone ("Get it on Amazon and Get it on Eneba"); not a recipe's "or" between two choices.
    expect(chromeReason('and')).toBe('chrome');
    expect(chromeReason('or')).toBeNull();
    expect(chromeReason('and so it began')).toBeNull();
  });

  it('takes a labelled standfirst past the byline line for the dek, and its label for the genre', () => {
    const dek = 'COMMENTARY | Agentic government is not a future concept. It is a practical operational model agencies can adopt today.';
    const a = page(`<h1>Making agentic government work</h1><div class="ads"></div><article><p>By Chris Radich, public sector CTO and VP for customer success, UiPath</p><h2 class="content-head">${dek}</h2>${story(1)}${story(2)}${story(3)}</article>`, `<title>Making agentic government work</title><meta name="description" content="${dek}">`);
    expect(a.dek?.text).toBe(dek);
    expect(a.genre).toBe('opinion');
  });

  it('keeps the writer’s own sentence about the newsletters they read, not a sign-up', () => {
    expect(chromeReason('I also identified 28 newsletters, a small subset of the newsletters I subscribe to, as the test set.')).toBeNull();
    expect(chromeReason('Get our newsletter delivered to your inbox')).toBe('promo');
    expect(chromeReason('Stay informed with our latest updates.')).toBe('promo');
    expect(chromeReason('Stay informed as officials warn of flooding in the north, the council said.')).toBeNull();
  });

  it('reads a health system\'s closing plug to find a provider or call its number, and an appeal\'s sign-off, as promos', () => {
    expect(chromeReason('UCLA Health provides comprehensive care to help patients overcome mental health concerns. You can find a provider near you or call 1-800-UCLA-MD1 or 310-825-2631.')).toBe('promo');
    expect(chromeReason('If symptoms persist, call 911 or find a doctor who can help.')).toBeNull();
    expect(chromeReason('Patients who need to find a doctor for prenatal care after the closure should call 706-555-0142, the hospital said.')).toBeNull();
    expect(chromeReason('Sincerely, Alan M. Garber President')).toBeNull();
    // An appeal's sign-off, its appeal gone as a plug.
    expect(chromeReason('Thank you. Liz Willen Editor in chief')).toBe('promo');
    expect(chromeReason('Thank you, Mayor Smith said to the crowd.')).toBeNull();
  });

  it('reads the headline without the date stamp set in its <h1>, and the <h1> that agrees best with the <title>', () => {
    const dated = page(`<article><header><h1><a href="/post.html"><time class="m-date" datetime="2025-12-18">Dec <span>18</span> 2025</time> Preparing a transition in&nbsp;Debusine</a></h1></header>${story(1)}${story(2)}</article>`, "<title>Preparing a transition in&nbsp;Debusine | Colin Watson's blog</title>");
    expect(dated.title?.text).toBe('Preparing a transition in Debusine');
    const banner = page(`<h1><a href="../">Erik Demaine</a>'s Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>${story(1)}${story(2)}`, '<title>The Fold-and-Cut Problem (Erik Demaine)</title>');
    expect(banner.title?.text).toBe('The Fold-and-Cut Problem');
  });
});

describe('the forty-eighth round’s rules on pages they must not change (review)', () => {
  it('warns of no paywall for a hidden sign-up dialog or a story that quotes a paywall’s words, and keeps a guide’s heading', () => {
    const hidden = page(`<article><h1>Storm</h1>${story(1)}${story(2)}</article><div class="subscribe-modal" style="display:none"><h3>Subscribe to continue reading</h3></div>`);
    const quoted = page(`<article><h1>Storm</h1>${story(1)}<p>Readers who hit the familiar message "Subscribe to continue reading" abandon the page, the study found.</p>${story(2)}</article>`);
    for (const a of [hidden, quoted]) expect(a.messages.map((m) => m.message).join(' ')).not.toContain('paywall');
    const guide = page(`<article><h1>Game Pass, explained</h1>${story(1)}<h2>What is included in a subscription?</h2>${story(2)}</article>`);
    expect(guide.sections.map((x) => x.heading?.text)).toContain('What is included in a subscription?');
  });

  it('takes no sentence that says "Picture:" for a caption, and keeps a date the headline says', () => {
    expect(chromeReason('Farmers are already paying to truck hives. Now imagine that on every farm. Picture: a world without bees.')).toBeNull();
    const a = page(`<article><h1>What really happened on <time datetime="2021-01-06">January 6</time></h1>${story(1)}${story(2)}</article>`, '<title>What really happened on January 6</title>');
    expect(a.title?.text).toBe('What really happened on January 6');
  });

  it('takes the headline over a one-word section <h1> that shares a word with the <title>', () => {
    const a = page(`<h1>The complete guide to growing tomatoes in containers</h1>${story(1)}<h1>Containers</h1>${story(2)}<h1>Soil</h1>${story(3)}`, '<title>Tomato growing guide: containers, soil and watering tips</title>');
    expect(a.title?.text).toBe('The complete guide to growing tomatoes in containers');
  });

  it('keeps a poll’s bare percentages out of the text, and names no photographer as a writer', () => {
    const a = page(`<article><h1>Budget</h1><div class="byline"><a href="/staff/1/jane-doe/">Jane Doe</a> THE LEDGER<br>Photographs by <a href="/staff/2/bob-lee/">Bob Lee</a></div>${story(1)}<p>64%</p><p>36%</p>${story(2)}</article>`);
    expect(bodyText(a)).not.toContain('64%');
    expect(a.meta.byline).toBe('By Jane Doe');
  });
});


describe('a review of the forty-ninth round’s page rules', () => {
  const story = (n: number) => `<p>Paragraph ${n} of the story says what the town council decided about the old mill and why residents objected to it.</p>`;
  const page = (body: string, head = '<title>Budget</title>') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  const bodyText = (a: Article) => a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).join('\n');

  it('opens no folded panel of comments, and leaves a writer’s linked aside with a figure or a label in the text', () => {
    const comments = page(`<article><h1>Budget</h1>${story(1)}${story(2)}<div><button aria-expanded="false">Show comments (3)</button><div hidden><p>I think the council is wasting our money again on this mill and nobody asked us.</p></div></div>${story(3)}</article>`);
    expect(bodyText(comments)).not.toContain('wasting our money');
    expect(comments.messages.some((m) => /accordion/.test(m.message))).toBe(false);
    const fact = page(`<article><h1>Budget</h1>${story(1)}<p>(<a href="/study">The city’s own traffic study found the bridge carries 40,000 cars a day.</a>)</p><p>(<a href="/d">Disclosure: The Gazette’s parent company owns a stake in Harbor Builders.</a>)</p>${story(2)}</article>`);
    expect(bodyText(fact)).toContain('40,000 cars a day');
    expect(bodyText(fact)).toContain('Disclosure:');
  });

  it('keeps a book’s or a job’s details with a title and a type as text, not a component’s settings', () => {
    const pair = (name: string, value: string) => `<div><div>${name}</div><div>${value}</div></div>`;
    const a = page(`<article><h1>New novels</h1>${story(1)}<div class="details">${pair('Title', 'The Women')}${pair('Type', 'Historical fiction')}${pair('Pages', '480')}</div>${story(2)}</article>`);
    expect(bodyText(a)).toContain('Historical fiction');
  });

  it('takes no FAQ’s first question the description repeats for the dek', () => {
    const q = 'What happens if you show up to vote without an acceptable photo ID?';
    const a = page(`<article><h1>Voter ID law</h1><p class="byline">By Jane Doe</p><div class="article-body"><h2>${q}</h2>${story(1)}<h2>Which IDs are accepted?</h2>${story(2)}<h2>Can I get an ID for free?</h2>${story(3)}</div></article>`, `<title>Voter ID law</title><meta name="description" content="${q}">`);
    expect(a.dek).toBeNull();
    expect(a.sections.map((s) => s.heading?.text ?? null)).toContain(q);
  });
});

describe('the fifty-eighth round’s page rules', () => {
  it('keeps a list of labelled facts whose values are links, and still leaves out a list of "Read more:" links', () => {
    const facts = page(`<article><h1>Hotels</h1>${story(1)}<ul><li><strong>Official website</strong>: <a href="https://hotel.example/park">Park Hyatt</a></li><li><strong>Flagship hotel</strong>: <a href="https://hotel.example/ny">Park Hyatt New York</a>, USA</li><li><strong>My favorite hotel</strong>: <a href="https://hotel.example/bkk">Park Hyatt Bangkok</a></li></ul>${story(2)}</article>`);
    expect(bodyText(facts)).toContain('Flagship hotel: Park Hyatt New York, USA');
    const related = page(`<article><h1>Hotels</h1>${story(1)}<ul><li>Read more: <a href="/a">The ten best hotels in Bangkok this year</a></li><li>Read more: <a href="/b">Why luxury hotels are raising their prices</a></li><li>Read more: <a href="/c">Our review of the Park Hyatt New York</a></li></ul>${story(2)}</article>`);
    expect(bodyText(related)).not.toContain('ten best hotels');
    // (Nor a box of the post's data or the site's accounts.)
    const data = page(`<article><h1>Hotels</h1>${story(1)}<ul><li>Author: <a href="/a/jane">Jane Smith</a></li><li>Category: <a href="/c/politics">Politics</a></li><li>Tags: <a href="/t/budget">budget</a>, <a href="/t/council">council</a></li></ul>${story(2)}</article>`);
    expect(bodyText(data)).not.toContain('Category: Politics');
    const accounts = page(`<article><h1>Hotels</h1>${story(1)}<ul><li>Twitter: <a href="https://x.com/citynews">@citynews</a></li><li>Facebook: <a href="https://facebook.com/citynews">City News</a></li><li>Instagram: <a href="https://instagram.com/citynews">@citynews</a></li></ul>${story(2)}</article>`);
    expect(bodyText(accounts)).not.toContain('Facebook: City News');
  });

  it('says so when a short article leaves many times its words of prose out in cards after it', () => {
    const lead = '<p>The Michelin stars are back in the city, in a big way, with new stars, new Bib Gourmands, new names, old favourites, and a few surprises, from the Lower East Side to Harlem, from tasting menus to counters, for every budget, every craving, and every night of the week.</p><p>Below are the honorees you can book now, from newly starred hits, to the established heavy hitters, to a host of excellent Bib Gourmands, which are meant to be casual, affordable, friendly, and fun, so take your pick, and book a table.</p>';
    const venues = (n: number) => Array.from({ length: n }, (_, i) => `<article class="venue"><h3><a href="/v/${i}">Venue ${i}</a></h3><div class="venue-excerpt"><p>This high-spirited take on contemporary Korean dining number ${i} serves a small menu of irresistible dishes from a tiny open kitchen.</p></div></article>`).join('');
    const guide = (n: number) => page(`<article><h1>The Michelin winners</h1><div class="lead">${lead}</div></article><section class="related"><h2>Read more</h2><ul><li><a href="/a">Nine hours at a dessert gallery</a></li></ul></section><div class="page-footer"><div class="venues">${venues(n)}</div></div>`, '<title>The Michelin winners</title>');
    const long = guide(40);
    expect(bodyText(long)).toContain('Michelin stars are back');
    expect(long.messages.find((m) => m.id === 'dropped-text')?.message).toMatch(/^only \d+ words of article text found, though the page shows about 840 words of prose in 40 paragraphs outside it/);
    // (Not a few cards' worth: under 600 words, or five times the article's.)
    expect(guide(10).messages.some((m) => /outside it \(in cards/.test(m.message))).toBe(false);
  });

  it('keeps a headline that is a number, and takes it for the title', () => {
    const a = page(`<article><h1>001</h1><p>By Ben</p>${story(1)}${story(2)}</article>`, '<title>001</title><meta property="og:title" content="001">');
    expect(a.title?.text).toBe('001');
    expect(a.dropped.filter((d) => d.text === '001').map((d) => d.reason)).not.toContain('chrome');
  });
});
