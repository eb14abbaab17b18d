import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { chromeReason } from '../../src/parse/chrome.js';
import fc from 'fast-check';
import { hasHeadingShape, remembered, wordCount, words } from '../../src/parse/shape.js';
import { bylineText, isByline } from '../../src/parse/frontmatter.js';
import { sourceFromText } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { expectArticleGrounded } from '../helpers.js';

const parseText = (text: string, inputFormat: 'auto' | 'text' | 'markdown' = 'auto'): Article => parse(sourceFromText(text, 'test', { inputFormat }));

describe('line shape helpers', () => {
  it('wordCount counts what words() finds, for any text', () => {
    expect(wordCount('U.S.-China talks — in 北京, “don’t” stop; 3.5% & co-op')).toBe(words('U.S.-China talks — in 北京, “don’t” stop; 3.5% & co-op').length);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => wordCount(s) === words(s).length), { numRuns: 3000, seed: 20261128 });
  });

  it('remembers answers per line and forgets them all when full', () => {
    let calls = 0;
    const f = remembered((line) => (calls++, line.length));
    expect([f('abc'), f('abc'), f('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
    for (let i = 0; i < 5000; i++) f(`line ${i}`);
    calls = 0;
    f('abc');
    expect(calls).toBe(1);
  });
});

describe('chrome lines', () => {
  it.each([
    ['Loading Now', 'chrome'],
    ['Post Comment', 'chrome'],
    ['Advertisement', 'chrome'],
    ['Share this article', 'chrome'],
    ['Share on WhatsApp', 'chrome'],
    ['Read more', 'chrome'],
    ['Sign up now', 'chrome'],
    ['Article continues below this ad', 'chrome'],
    ['This content can also be viewed on the site it originates from.', 'chrome'],
    ["Editors' Recommendations", 'chrome'],
    ['Read more: China’s economy slows again', 'related-links'],
    ['Sign up for our newsletter to get the latest news in your inbox.', 'promo'],
    ['Enter you email address and zip code to set up customized email alerts.', 'promo'],
    ["You can email Paul Serran here, and read more of Paul Serran's articles here.", 'promo'],
    ['You can contact Citizens Advice here, or call the free helpline on 0800 144 8848.', null],
    ['Do you have info to share with HuffPost reporters? Here’s how.', 'promo'],
    ['Sign up to our free breaking news emails', 'promo'],
    ['Sign up to vote by mail and the state emails you a ballot.', null],
    ['I would like to be emailed about offers, events and updates from The Independent. Read our privacy policy', 'promo'],
    ['This is a breaking new story - more to follow', 'promo'],
    ['Special offer for Gear readers: Get WIRED for just $5 ($25 off). This includes unlimited access to WIRED.com.', 'promo'],
    ['Be sure to read through our other outdoor guides, including our favorite tents.', 'promo'],
    ['Be sure to read the fine print before you sign.', null],
    ['Table of Contents', 'chrome'],
    ['PIN FOR LATER', 'chrome'],
    ['Pin it in place along the hem before you sew.', null],
    ['Thanks for visiting!', 'chrome'],
    ['Jump to a section:', 'chrome'],
    ['Thanks for reading, she said, and left the room.', null],
    ["Want more DIY home decor projects? Follow me on Pinterest to see what I'm pinning and be inspired to create.", 'promo'],
    ['Want more details? Follow the instructions in the manual.', null],
    ['Done learning about Wine Regions? Return to the Wine 101 page.', 'promo'],
    ['Check out our course offerings, course financing opportunities, and testimonials from alumni today!', 'promo'],
    ["Ready to find your certificate program? Explore all of Stanford Online's certificate programs today!", 'promo'],
    ['Note from Healthy For Life Meals: Looking for a convenient way to eat healthy? Get $10 off your first order with code: TryHFLM.', 'promo'],
    ['Explore the park on foot today!', null],
    ['If you like these woodwork projects, pin this image and save it for later.', 'promo'],
    ['Pin the fabric to the pattern before you cut it.', null],
    ['*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for more luxury travel inspiration ***', 'promo'],
    ['Follow the money, the investigators said.', null],
    ['This slideshow requires JavaScript.', 'chrome'],
    ['LIKE IT? PIN IT!', 'chrome'],
    ['Comments are closed for this post.', 'chrome'],
    ['Comments are closed until the council reviews the plan, the mayor said.', null],
    ['ORCID: 0009-0002-0156-9795', 'metadata'],
    ['If you found this travel guide useful, pin it using the Pinterest image below so you can save it for later.', 'promo'],
    ['If you found it useful, pin it to your board, she said.', null],
    ['Add to Calendar 2023-01-10 10:30:00 2023-01-10 11:00:00 America/Chicago Build A Reader Storytime: Family Bring the whole family for this 0-to-5 storytime! There’s something for everyone.', 'chrome'],
    ['The meeting ran from 2023-01-10 10:30:00 to 2023-01-10 11:00:00, officials said.', null],
    ['© Copyright 2025 LifeLearn Inc. Used and/or modified with permission under license.', 'metadata'],
    ['Children will pin the photo to the classroom board next to a map of their route.', null],
    ['Need more proof? Check out our own ridership figures, the transport authority told councillors.', null],
    ['Enter your email address in the form, the police said, and scammers will take it from there.', null],
    ['Published 5 March 2024', 'metadata'],
    ['17:41 JST, October 13, 2024', 'metadata'],
    ['9:30 am ET | 18 November 2019', 'metadata'],
    ['4 min read', 'metadata'],
    ['June 11, 2025 5 min', 'metadata'],
    ['11 June 2025 · 5 min read', 'metadata'],
    ['Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.', 'metadata'],
    ['Published 10:42 a.m. ET Nov. 18, 2019', 'metadata'],
    ['On Nov. 20, 2019 the mayor resigned.', null],
    ['Jamie Braidwood14 August 2023 10:01', 'metadata'],
    ['Tom2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|', 'metadata'],
    ['Table of Content', 'chrome'],
    ['Contents hide', 'chrome'],
    ['Disclosure: some of my posts contain affiliate links. If you purchase something through one of those links I may receive a small commission.', 'promo'],
    ['Want a personalized estimate? Try our Home Renovation Cost Calculator.', 'promo'],
    ['Ready to Plan Your Renovation? Use Our Free Home Renovation Cost Calculator', 'promo'],
    ['Want to know what a roof costs? Prices start at $8,000 for most homes.', null],
    ['The API returns 2024-04-18T13:00:39Z for each event.', null],
    ['Liftoff is now set for 2024-04-18T13:00UTC.', null],
    ['By Jane Doe, Nov. 20, 2019 1:35 p.m.', 'metadata'],
    ['21 mins ago11:48 Jon King', 'metadata'],
    ['Article continues below', 'chrome'],
    ['MORE ABOUT', 'chrome'],
    ['More from NBC’s TODAY:', 'related-links'],
    ['Click here to read the probable cause affidavit', 'promo'],
    ['Click here, he said, and the door opened to a room full of people waiting.', null],
    ['Interested in more newsletters? Browse here.', 'promo'],
    ['Reviews and recommendations are unbiased and products are independently selected. Postmedia may earn an affiliate commission from purchases made through links on this page.', 'promo'],
    ['Bloggers may earn a commission from the links they post.', null],
    ['On Leadership: Lessons for the 21st Century, by Tony Blair, is out now (Cornerstone, £25)', 'promo'],
    ['The report is out now, and it says prices will rise.', null],
    ['Scroll down to see how to identify the rare bucks worth thousands', 'promo'],
    ['Scroll down the list, the editors said, and you will find the winners.', null],
    ['Scroll through the whole page to download all images before printing.', 'promo'],
    ['Read our full review here.', 'promo'],
    ['Read the full review of the budget, the minister said, before voting.', null],
    ['This article is republished from The Conversation under a Creative Commons license. Read the original article.', 'promo'],
    ['Download and subscribe to the brand new Start TODAY app for more workout plans and tips.', 'promo'],
    ['Download the report to learn more about the findings.', null],
    ['Download the FEMA app to get real-time weather alerts and find open shelters near you.', null],
    ['Rate this article', 'chrome'],
    ['No posts', 'chrome'],
    ['No posts were made on the forum that week.', null],
    ['2 hours ago 10:05', 'metadata'],
    ['2 hours ago 10:05 police closed the road', null],
    ['21:00Antony Clements-Thrower', 'metadata'],
    ['20:42KEY EVENT', 'metadata'],
    ['21:00 Loud Bang Heard At Scene', null],
    ['Are protests breaking out in your area? Get in touch at webnews@reachplc.com', 'promo'],
    ['Anyone with information is asked to get in touch at appeals@sussex.police.uk or call 101, quoting Operation Falcon.', null],
    ["The Pixel 9 is available now from Google's online store (£799).", null],
    ['9.58Usain Bolt', null],
    ['Arsenal 14 August 2023 10:01 kick-off was delayed', null],
    ['Jane Doe 14 August 2023', null],
    ["Key events 30m ago Stoltenberg: no point discussing membership 49m ago Sunak: 'not a straightforward thing' 2h ago Summary of the day so far Show key events only", 'navigation'],
    ['Two hours ago, 30 minutes after the blast, police closed the road.', null],
    ['Share Prices Tumble After Rate Rise', null],
    ['Why This Matters for Global Tech Markets', null],
    ['Investors have been cautious about China’s regulatory unpredictability.', null],
    ['Read the full statement below.', null],
    ['Image 1 of 9', 'metadata'],
    ['of 15', 'metadata'],
    ['Out of 15', null],
    ['Caption', 'metadata'],
    ['paul.takahashi@chron.com twitter.com/paultakahashi', 'metadata'],
    ['More Business News', 'related-links'],
    ['Other WRAL Top Stories', 'related-links'],
    ['Other regional news', null],
    ['More on the topic: The Green Dilemma: Can AI Fulfil Its Potential Without Harming the Environment?', 'related-links'],
    ['More from Politics', 'related-links'],
    ['More news came on Monday, when the board met.', null],
    ['Email the council at info@city.gov with your views.', null],
    ['Advert', 'chrome'],
    ['Iklan', 'chrome'],
    ['Related post: Pickled Brussels Sprouts Recipe', 'related-links'],
    ['Filed under: Weather |', 'metadata'],
    ['Фото:личный архив Андрея Рудькова', 'metadata'],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'metadata'],
    ['05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', 'metadata'],
    ['More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports', 'metadata'],
    ['E! illustration/ Photos Courtesy of SKIMS, Peter Thomas Roth, Kate Spade, UGG, Steve Madden, adidas Nordstrom', 'metadata'],
    ['Photos courtesy of the Smith family', 'metadata'],
    ['The photos, courtesy of the family, show the house before the fire.', null],
    ["New images courtesy of NASA's James Webb Space Telescope show a galaxy forming.", null],
    ['Sign Up for e-mail newsletters', 'promo'],
    ['Get our weekly California Inc. newsletter', 'promo'],
    ['Please check the opt-in box to acknowledge that you would like to subscribe.', 'promo'],
    ['No spam, we promise. You can unsubscribe at any time and we\'ll never share your details without your permission.', 'promo'],
    ['Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.', 'promo'],
    ['This site is protected by recaptcha Privacy Policy | Terms of Service', 'promo'],
    ['Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.', 'promo'],
    ['THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.', 'promo'],
    ['You can save this article by registering for free here. Or sign-in if you have an account.', 'promo'],
    ['She said she would sign in the morning if the account was settled.', null],
    ['Follow TechRadar on Google News and add us as a preferred source to get our expert news, reviews, and opinion in your feeds.', 'promo'],
    ["Get daily Canada news delivered to your inbox so you'll never miss the day's top stories.", 'promo'],
    ["What about you? Share your thoughts on Google's new Intelligent Search Box in the comments below.", 'promo'],
    ['Tell us about the comments the minister made in the debate.', null],
    ['Our only agenda is to publish the truth so you can be an informed participant in democracy. We need your help.', 'promo'],
    ['Support independent journalism: donate today to keep our reporters in the field.', 'promo'],
    ['“We need your help,” the sheriff said of the search for the missing boy.', null],
    ["The sheriff's message to residents on Tuesday was blunt: we need your help.", null],
    ['The food bank says its shelves are nearly empty. We need your help.', null],
    ['The charity supports local journalism students and does not take donations from parties.', null],
    ['Most read in Football', 'related-links'],
    ['Trending in Sport', 'related-links'],
    ['Most read of all the books, the Bible still sells.', null],
    // A sponsor's promo code, a news box's calls to the reader.
    ['New to Versa? It’s an app designed to help you grow your savings easily. Deposit RM100 and get a RM10 bonus with the code VERSAMM10', 'promo'],
    ['Today’s news: Follow live updates from the campaign trail from the AP.', 'promo'],
    ['Are you a nonwhite evangelical planning to vote for Harris? Tell us why you’re supporting her.', 'promo'],
    ['The Associated Press is the most trusted source of information on election night, with a history of accuracy dating to 1848. Learn more.', 'promo'],
    ['Investors want to learn more about the bank’s plans before the vote.', null],
    ['Police said the thieves unlocked the stolen phones with the code 0000, which the owners had never changed.', null],
    ['Residents were told to follow live updates from the fire service on local radio and to be ready to leave.', null],
    ['The first homes are due to be finished in 2026, officials said. Learn more.', null],
    ['The code was written in 2019 by two students at the university.', null],
    ['Copyright © 2023 The Washington Times, LLC.', 'metadata'],
    ['The-CNN-Wire ™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.', 'metadata'],
    ['The museum said all rights reserved by the estate in 1990 had lapsed.', null],
    ['Liveupdated', 'chrome'],
    ['Do you have a story to tell? Email: emma.mackenzie@reachplc.com', 'promo'],
    ['For more Culture, Media, Education, Opinion and channel coverage, visit foxnews.com/media', 'promo'],
    ['For more news about the storm, the city said residents should visit the shelters.', null],
    ['For more stories like this, visit example.com/weather', 'promo'],
    ['Do you have a story about the flood that the council has not heard? Tell us what happened.', null],
    ['CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', 'metadata'],
    ['Powered by SmartAsset.com', 'metadata'],
    ['There may be small errors in this transcript.', 'metadata'],
    ['There may be errors in this transcript of the hearing, the clerk said, and several pages were missing.', null],
    ['The first published account of the battle appeared on March 3, 1862.', null],
    ['Powered by wind and solar, the town cut its bills.', null],
    ['Scroll down for the latest pictures of the storm damage, which the agency published on Monday.', null],
    ['Follow the river north for two miles and you reach the dam.', null],
    ['The governor said the newsletter had been sent to every voter.', null],
    // A shopping page's affiliate disclosure, in the publisher's voice, however long; an article's sentence about affiliate marketing stays.
    ['This article contains affiliate links. The products or services listed have been selected independently by journalists after hands-on testing or sourcing expert opinions. We may earn a commission when you click a link, buy a product or subscribe to a service.', 'promo'],
    ['*As an Amazon affiliate, I earn from qualifying purchases at no extra cost to you.', 'promo'],
    // A byline's words whose names a script fills in, left empty; not a byline or a sentence.
    ['By', 'metadata'],
    [', and', 'metadata'],
    ['Edited by', 'metadata'],
    ['By Jane Roe', null],
    [', and then he left.', null],
    ['We independently select everything we recommend. Buying through us may earn us a commission, which supports our work.', 'promo'],
    ['We hope you love our recommendations! Some may have been sent as samples, but all were independently selected by our editors. Just FYI, BuzzFeed and its publishing partners may collect a share of sales and/or other compensation from the links on this page.', 'promo'],
    ['We independently selected these deals and products because we love them, and we think you might like them at these prices.', 'promo'],
    ['The panel independently selected three finalists, the foundation said.', null],
    ['"We independently tested the water and found lead levels well above the federal limit," the group said.', null],
    ['We independently reviewed the footage and found no sign that officers had fired first.', null],
    ['Under the agreement, our state will receive a share of revenue from the new casino, the governor said.', null],
    ['Artists collect a share of sales from each stream, but our analysis found most earn less than $100 a year.', null],
    ['Just FYI, we and our publishing partners may collect a share of sales and/or other compensation from the links on this page.', 'promo'],
    ['Is this email not displaying correctly?View it in your browser.', 'promo'],
    ['📧 If you are opening this essay in your email inbox, I recommend to click on the title of this piece to enjoy the full-length version in the browser.', 'promo'],
    ['If you like the content that I share on this list, please share these posts with friends.', 'promo'],
    ['If you are reading this in print, the council vote was on Tuesday.', null],
    ['Bloggers who review products may earn a commission on every sale, the regulator said in its report on Tuesday.', null],
    ['The products discussed here were independently chosen by our editors. GameSpot may get a share of the revenue if you buy anything featured on our site.', 'promo'],
    ['eWEEK content and product recommendations are editorially independent. We may make money when you click on links to our partners. Learn More.', 'promo'],
    ['The paper said its reporting remains editorially independent of the owner, who bought it in 2018.', null],
    ["The new owner says the paper's news content is editorially independent of his other businesses, but our review of his past purchases found that he has often replaced editors within a year.", null],
    ['The winners were independently chosen by a jury of critics, our correspondent reports.', null],
    // One "word" of address-like pieces and separators: one reading only (this once took exponential time).
    [`a${'_@_._,,'.repeat(40)}!`, null],
    // Widgets, players, credits and trails of magazine and news pages of 2010–15.
    ['Sign in now to share your story.', 'promo'],
    ['Subscribe to get access', 'promo'],
    ['Read more of this content when you subscribe today.', 'promo'],
    ['Members watch AD-FREE here', 'promo'],
    ['✅ Thank you for completing the survey!', 'promo'],
    // A one-writer site's affiliate plea and Patreon plug, a newsletter's call to advertisers.
    ['(By using the affiliate links and/or codes in this blog post it supports Myles Katherine Photography. We may get a small kick back by you doing so.)', 'promo'],
    ['Please consider booking your Japan accommodations through the included link. It costs you nothing extra and helps support this website. Thank you!', 'promo'],
    ['If you found this post helpful or inspiring, I’d love it if you considered signing up for my Patreon! For as little as $1 a month, you’ll get early access to all of my videos.', 'promo'],
    ['Want to advertise in Tech World With Milan? 📰', 'promo'],
    ['Want to advertise on TikTok? Brands now pay more than ever, the report found.', null],
    ['The app costs you nothing extra, the company said, but users pay in data.', null],
    // A comment box's help under its form.
    ['This textbox defaults to using Markdown to format your answer.', 'promo'],
    ['You can type !ref in this text area to quickly search our full set of tutorials, documentation & marketplace offerings and insert the link!', 'promo'],
    ['This field supports Markdown, the editor said, but few readers use it.', null],
    ['Watch the full video on the Science Fiction channel', 'promo'],
    ['Listen to the audio podcast here', 'promo'],
    ['Watch the video of the council meeting, which ran for six hours on Tuesday.', null],
    ['Add Videos or PhotosBe first to contribute', 'promo'],
    ['Verifying your credentials...', 'chrome'],
    ['See what your friends have read on CBS Local sites', 'promo'],
    ['To view this content, Javascript must be enabled and Adobe Flash Player must be installed.', 'promo'],
    ['"Questions? Comments? Email us at', 'promo'],
    ['Smart is sexy - get our newsletter:', 'promo'],
    ["Let's be friends!", 'chrome'],
    ['Treat yourself after all this shopping! Enter for a chance to win $1500 to spend on custom furniture.', 'promo'],
    ['(Image credits: IKEA; Soffia Gardarsdottir; In the Hollow Heart; Design Stoke; Reddit)', 'caption'],
    ['Illustration by Mike Nudelman', 'caption'],
    ['Cliff Welch/Icon SMI Maurkice Pouncey denies that he took money from an agent while still playing for Florida.', 'caption'],
    ['Home > WordPress > How to Add Schema Markup to a Page in WordPress', 'navigation'],
    ['Written or reviewed by a board-certified physician. See About.com\'s Medical Review Board.', 'metadata'],
    ['Sign in to your account, the message said, and the hackers took the rest.', null],
    ['Photo by the author shows the dam before it burst.', null],
    ['Enter the contest before May, the organisers said, because the prize is a chance to win a car.', null],
    ['Home prices fell 3 percent in May, the agency said.', null],
    ["Sign in to your bank's app directly and check for unfamiliar charges.", null],
    ['Consumers who enter for a chance to win a free phone are often asked for their bank details, the FTC said.', null],
  ])('%j → %s', (line, reason) => {
    expect(chromeReason(line)).toBe(reason);
  });
});

describe('photo credits in pasted text', () => {
  it('knows a gallery counter before a name, and a sentence about photographs by someone is no credit', async () => {
    const { isCaption } = await import('../../src/parse/region.js');
    expect(isCaption('2/12 Miles Sanders of the Carolina Panthers runs with the ball')).toBe(true);
    expect(isCaption('1 of 12 Head coach Andy Reid looks on during the second half')).toBe(true);
    expect(isCaption('1/2 cup 2% milk')).toBe(false);
    expect(isCaption('The show features photographs by Dorothea Lange and Walker Evans.')).toBe(false);
    // A caption that closes on its credit in the singular, capitalised: "… top pick for EVs. Image by John Goreham".
    expect(isCaption('The Ford Mustang Mach-E Rally earns Car Talk’s top pick for EVs. Image by John Goreham')).toBe(true);
    expect(isCaption('The show opens with a photo by Dorothea Lange.')).toBe(false);
    expect(isCaption('Photos by Dorothea Lange that defined an era')).toBe(false);
    expect(isCaption('A new image by Gordon Parks')).toBe(false);
  });

  it('knows a credit written "Image: …" or "Photo: …" as a caption, whatever follows the colon', async () => {
    const { isCaption } = await import('../../src/parse/region.js');
    expect(isCaption('(Image: © NASA/ESA/K. Retherford/SWRI)')).toBe(true);
    expect(isCaption('Photo: Hau Dinh, AP')).toBe(true);
    expect(isCaption('Pictures: Getty')).toBe(true);
    expect(isCaption('Image Source: Mises Institute')).toBe(true);
    expect(isCaption('Image source: the European Space Agency’s Sentinel-2 satellite, which passed over the region on Sunday, provided the clearest pictures so far.')).toBe(false);
    expect(isCaption("NASA on Tuesday released the James Webb Space Telescope's latest images: a cluster of galaxies that formed early.")).toBe(false);
    const { labelsOtherStories } = await import('../../src/parse/region.js');
    expect(labelsOtherStories('Like this? You might also be interested in:')).toBe(true);
    expect(labelsOtherStories('You might also be interested in the council’s plan for the park.')).toBe(false);
    expect(isCaption('The photo shows the plume rising over the south pole.')).toBe(false);
    expect(isCaption('Jewels after Jewels, installation views, photos © Inexhibit, 2018')).toBe(true);
  });
});

describe('furniture under and between paragraphs', () => {
  it('drops a caption that ends on its credit, a copyright line and a template call, and reports each', () => {
    const story = 'The council approved the new park on Tuesday after a long debate about its cost, officials said.';
    const page = `<html><body><article><h1>Park approved</h1><p>${story}</p><p>The mayor opened the meeting with a minute of silence (Image: Getty)</p><p>${story}</p><p>Copyright © 2023 The Daily Example, LLC.</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story, story]);
    expect(a.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['caption', 'metadata']));
    const md = parseText(`# Park approved\n\n${story}\n\n{{< img src="park-plan" >}}\n\n${story}\n`);
    expect(md.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story, story]);
    expect(md.dropped.map((d) => d.text)).toEqual(['{{< img src="park-plan" >}}']);
  });

  it('drops a line that only says when the page was written ("From 49m ago"), and keeps a live blog’s entry times', () => {
    const story = 'The prime minister said the country would train pilots to fly western jets relatively soon.';
    const a = parseText(`Sunak live\n\n${story}\n\nFrom 49m ago\n\n${story.replace('soon', 'quickly')}\n\nUpdated 2 hours ago\n\nTalks resume on Friday in London, officials said.\n`);
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['From 49m ago', 'Updated 2 hours ago']);
    const entries = ['10 min ago', '1h ago', '2h ago'].map((t) => `${t}\n\nThe minister said talks would resume on Friday after a short break.`).join('\n\n');
    expect(parseText(`Budget talks live\n\n${entries}\n`).genre).toBe('live-blog');
  });

  it('drops a box of calls to the reader with its label, and the byline printed a second time', () => {
    const story = 'The council approved the new park on Tuesday after a long debate about its cost, officials said.';
    const box = '<p><b>What to know about the 2024 Election</b></p><ul><li><b>Today’s news:</b> Follow live updates from the campaign trail from the AP.</li><li><b>Ground Game:</b> Sign up for AP’s weekly politics newsletter to get it in your inbox every Monday.</li></ul>';
    const page = `<html><body><article><h1>Park approved</h1><p>By Jane Roe</p><p>By Jane Roe</p><p>${story}</p>${box}<p>${story}</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => [x.heading?.text, ...x.blocks.map((b) => b.text)]).filter(Boolean)).toEqual([story, story]);
    expect(a.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['What to know about the 2024 Election', 'By Jane Roe']));
    // A listicle's section heading over its shop links stays.
    const shops = `<html><body><article><h1>Sales</h1><p>${story}</p><h2>Amazon Australia</h2><ul><li>Save 20% on headphones. Learn more.</li><li>Save 30% on kettles. Learn more.</li></ul><p>${story}</p></article></body></html>`;
    expect(parse(sourceFromText(shops, 's.html', { inputFormat: 'html' })).dropped.map((d) => d.text)).not.toContain('Amazon Australia');
    // A box of the article's own key points stays, its items links to its sections or not.
    const points = `<html><body><article><h1>Park approved</h1><p>${story}</p><div class="highlight"><p>Key Takeaways</p><ul class="dice-toc"><li><a href="#cost">Cost of the park: $40 million</a></li><li><a href="#open">Opening date: spring 2027</a></li></ul></div><p>${story}</p></article></body></html>`;
    const kept = parse(sourceFromText(points, 'k.html', { inputFormat: 'html' }));
    expect(kept.dropped.map((d) => d.text).join('\n')).not.toMatch(/Key Takeaways|Cost of the park/);
    expect(kept.sections.flatMap((x) => x.blocks.map((b) => b.text)).join('\n')).toContain('Cost of the park: $40 million');
    // A label over a box of related links goes with it.
    const related = `<html><body><article><h1>Park approved</h1><p>${story}</p><p>Related articles and links:</p><ul><li><a href="/a">What is cyber security?</a></li><li><a href="/b">What is cybercrime?</a></li></ul><p>${story}</p></article></body></html>`;
    expect(parse(sourceFromText(related, 'r.html', { inputFormat: 'html' })).dropped.map((d) => d.text)).toContain('Related articles and links:');
    // So does a "Sources:" heading over a list of links the page cites.
    const sources = `<html><body><article><h1>Park approved</h1><p>${story}</p><p>${story}</p><h3>Sources:</h3><ul><li><a href="https://www.savills.com/a">Savills</a></li><li><a href="https://www.forbes.com/b">Forbes</a></li></ul><p>${story}</p></article></body></html>`;
    expect(parse(sourceFromText(sources, 'src.html', { inputFormat: 'html' })).dropped.map((d) => d.text)).toContain('Sources:');
  });

  it('drops a caption written as a sentence over its credit line, when it says where people stand', () => {
    const story = 'The council approved the new park on Tuesday after a long debate about its cost, officials said.';
    const caption = 'Philippine Marine Corps Commandant Major-General Arturo Rojas, second left, and exercise director Brigadier General Vicente Blanco, second right, take part in the opening ceremony yesterday.';
    const page = `<html><body><article><h1>Park approved</h1><p>${story}</p><p>${caption}</p><p>Photo: AFP</p><p>${story}</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text))).toEqual([story, story]);
    expect(a.dropped.filter((d) => d.reason === 'caption').map((d) => d.text)).toEqual([caption, 'Photo: AFP']);
    // The Taipei Times sets it as a heading in the photo's box.
    const boxed = parse(sourceFromText(`<html><body><article><h1>Park approved</h1><p>${story}</p><div class="imgboxa"><img src="x.jpg"><h1>${caption}</h1><p>Photo: AFP</p></div><p>${story}</p></article></body></html>`, 'b.html', { inputFormat: 'html' }));
    expect(boxed.sections.flatMap((x) => [x.heading?.text, ...x.blocks.map((y) => y.text)]).filter(Boolean)).toEqual([story, story]);
    // Without its credit line such a sentence is the article's.
    const told = 'Rojas, second left in the line of officers, said the drills would run until Wednesday.';
    const b = parse(sourceFromText(`<html><body><article><h1>Drills</h1><p>${story}</p><p>${told}</p><p>${story}</p></article></body></html>`, 'q.html', { inputFormat: 'html' }));
    expect(b.sections.flatMap((x) => x.blocks.map((y) => y.text))).toContain(told);
  });

  it('drops a caption the markup did not mark, but never a sentence that mentions who stood left', () => {
    const story = 'The council approved the new park on Tuesday after a long debate about its cost, officials said.';
    const said = 'The mayor (left) and her deputy signed the order at noon, officials said.';
    const page = `<html><body><article><h1>Park approved</h1><p>${story}</p><p>Sir Tony Blair (left) being interviewed by Dylan Jones</p><p>${said}</p><p>${story}</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text))).toEqual([story, said, story]);
    expect(a.dropped.filter((d) => d.reason === 'caption').map((d) => d.text)).toEqual(['Sir Tony Blair (left) being interviewed by Dylan Jones']);
  });
});

describe('an encyclopedia page’s apparatus', () => {
  it('drops lists of footnotes and references and the sister-project boxes, and reports them', () => {
    const story = 'The agency was founded in 1969 and launched its first satellite six years later, in 1975.';
    const page = `<html><body><article><h1>Space agency</h1><p>${story}</p><p>${story}</p>` +
      '<ol><li>^ ISO 15919: Bhāratīya Antarikṣa Anusandhāna Saṅgaṭhana</li><li>^ The six agencies with full launch capabilities.</li></ol>' +
      '<ul><li>Burleson, D. (2005). "India". Space Programmes Outside the United States. McFarland. ISBN 0-7864-1852-4.</li><li>Mistry, Dinshaw; Wolpert, Stanley (2006). "Space Programme". Encyclopedia of India.</li></ul>' +
      '<ul><li>The Indian Space Programme, by Gurbir Singh, ISBN 978-0956933737</li><li>India’s Rise as a Space Power, by U R Rao, ISBN 978-9382993483</li></ul>' +
      '<p>Wikiquote has quotations related to the agency.</p></article></body></html>';
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story, story]);
    expect(a.dropped.filter((d) => d.reason !== 'repeated-title').map((d) => d.reason)).toEqual(['outside-article', 'outside-article', 'outside-article', 'related-links']);
    // An article's own list stays.
    const own = parse(sourceFromText(`<html><body><article><h1>Space agency</h1><p>${story}</p><p>${story}</p><ul><li>Chandrayaan-1, launched in 2008</li><li>Mangalyaan, launched in 2013</li></ul></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(own.dropped.filter((d) => d.reason === 'outside-article')).toEqual([]);
  });
});

describe("a fact-check's list of its sources", () => {
  const story = 'Kennedy said the vaccine had never been tested, and experts told PolitiFact that was false.';
  const sources = [
    'Interview with Kyle Kondik, Larry Sabato’s Crystal Ball managing editor, Dec. 14, 2023',
    'Email interview with Dr. David H. Gorski, managing editor of Science-Based Medicine, Dec. 13, 2023',
    'Robert F. Kennedy Jr.’s Instagram account',
    'U.S. Food and Drug Administration, Vaccine Development – 101, Dec. 14, 2020',
    'U.S. Centers for Disease Control and Prevention, Thimerosal FAQs, accessed Dec. 18, 2023\u200b',
  ];

  it('is left out as paragraphs after the article and reported, an undated entry between dated ones with it', () => {
    for (const [name, page] of [
      ['html', `<html><body><article><h1>Lie of the year</h1><p>${story}</p><p>${story}</p>${sources.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`],
      ['text', `Lie of the year\n\n${story}\n\n${story}\n\n${sources.join('\n\n')}\n`],
    ] as const) {
      const a = parse(sourceFromText(page, `p.${name === 'html' ? 'html' : 'txt'}`, { inputFormat: name }));
      expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)), name).toEqual([story, story]);
      expect(a.dropped.filter((d) => d.reason === 'outside-article').length, name).toBe(sources.length);
    }
  });

  it('needs four dated entries: three, or dated sentences of the story, stay', () => {
    const dated = 'The company said it would appeal, in a statement dated Dec. 14, 2023';
    const few = parse(sourceFromText(`<html><body><article><h1>Lie of the year</h1><p>${story}</p>${sources.slice(0, 3).map((l) => `<p>${l}</p>`).join('')}</article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(few.dropped.filter((d) => d.reason === 'outside-article')).toEqual([]);
    const prose = [1, 2, 3, 4].map((k) => `Shares fell ${k} percent after the report. Analysts said the drop was expected, on Dec. ${k}, 2023`);
    const kept = parse(sourceFromText(`<html><body><article><h1>Shares</h1><p>${story}</p>${prose.map((l) => `<p>${l}</p>`).join('')}<p>${dated}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(kept.dropped.filter((d) => d.reason === 'outside-article')).toEqual([]);
  });
});

describe('wire photo captions', () => {
  it('are no article text, alone or as a gallery, and are reported as captions', () => {
    const caption = 'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold sports-utility vehicles sits at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)';
    const story = 'New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates.';
    const page = `<html><body><article><h1>Car sales plunge</h1><ul><li>${caption} ${caption}</li><li>${caption}</li></ul><p>${story}</p><p>(AP Photo/Evan Vucci) was the credit on the first picture, the editors said.</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story, '(AP Photo/Evan Vucci) was the credit on the first picture, the editors said.']);
    expect(a.dropped.filter((d) => d.reason === 'caption')).toHaveLength(1);
    // A dated picture credited to an agency alone is one too; a paragraph that cites the agency is not.
    const dated = 'President Bill Clinton chats with Ethel Kennedy before a memorial mass, June 6, 1993, at the Arlington National Cemetery. (AP)';
    const cites = 'The trial is set to begin on March 4, 2024, in federal court in Manhattan, and is expected to last six weeks. (AP)';
    const fact = parse(sourceFromText(`<html><body><article><h1>Car sales plunge</h1><p>${story}</p><p><em>${dated}</em></p><p>${cites}</p><p>${story}</p></article></body></html>`, 'f.html', { inputFormat: 'html' }));
    expect(fact.dropped.filter((d) => d.reason === 'caption').map((d) => d.text)).toEqual([dated]);
    expect(fact.sections.flatMap((s) => s.blocks.map((b) => b.text))).toContain(cites);
    // A sentence that opens like one is kept.
    const race = parse(sourceFromText(`Count goes on\n\nIn this photo-finish race, every one of the remaining 40,000 ballots will count, officials said.\n\n${story}\n`, 't.txt'));
    expect(race.dropped).toEqual([]);
  });
});

describe('line shapes', () => {
  it.each([
    ['A New Era of Government-Tech Collaboration', true],
    ['Challenges Ahead for China’s Tech Renaissance', true],
    ['The meeting emphasized the government’s intent.', false],
    ['including:', false],
    ['“We are ready”', true],
    ['a lower-case start', false],
    // A figure under its label is a line of data, not a subheading.
    ['Market share: 12.89%', false],
    ['Revenue: $4.2bn', false],
    ['Step 1: Choose a carrier', true],
    // Two sentences are no heading; an abbreviation's full stop inside one is.
    ['His answer surprised me. He advised me to study this book 👇', false],
    ['What happened. What comes next', true],
    ['Meet the 1,200 lbs. Pumpkin Winner', true],
    ['Biden vs. Trump: The Debate in Five Charts', true],
    ['Dr. Smith Goes to Washington', true],
  ])('heading shape of %j is %s', (line, expected) => {
    expect(hasHeadingShape(line)).toBe(expected);
  });

  it.each([
    ['By Jane Doe', true],
    ['By Jane Doe and John Roe, Reuters', true],
    ['By . Daily Mail Reporter', true],
    ['By then, prices had fallen', false],
    ['By re-engaging with private enterprises, the Chinese government hopes to boost economic momentum while ensuring alignment.', false],
    // A kind of page its system names as the author.
    ['By Press Release', false],
    ['By Sponsored Content', false],
  ])('byline %j is %s', (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});

describe('plain text structure', () => {
  const seedLike = [
    'Loading Now',
    '',
    'Big Headline About Things: A Subtitle',
    '',
    'Big Headline About Things',
    '',
    'By Jane Doe',
    '',
    'WASHINGTON (Reuters) - The first paragraph has a dateline and says what happened today.',
    '',
    'What Comes Next',
    '',
    'The change could have several implications, including:',
    '',
    '1. Stronger Confidence – Investors may return.',
    '',
    '2. Faster Growth: Output could rise.',
    '',
    'A closing paragraph ends the piece with a thought.',
    '',
    'Post Comment',
  ].join('\n');
  const a = parseText(seedLike);

  it('finds the title, byline and dateline', () => {
    expect(a.title?.text).toBe('Big Headline About Things: A Subtitle');
    expect(a.byline?.text).toBe('By Jane Doe');
    expect(a.dateline?.text).toBe('WASHINGTON (Reuters)');
  });

  it('ends a dateline before two hyphens glued to the story ("NEW YORK--Verizon …"), and an implication starts after them', async () => {
    expect(parseText('Verizon shows off iPad TV app\n\nNEW YORK--Verizon showed off its new iPad app on Wednesday, which lets customers watch live TV.\n\nMore text follows here.\n').dateline?.text).toBe('NEW YORK');
    const { brief } = await import('../../src/index.js');
    const b = await brief('Alabama law\n\nMONTGOMERY, Ala. -- Alabama\'s strict new immigration law may be backfiring, officials said.\n\nMore text follows here about the law and its effects.\n', { inputFormat: 'text' });
    expect(b.implications.map((i) => i.text)).toEqual(["Alabama's strict new immigration law may be backfiring, officials said."]);
  });

  it('finds a dateline on a line of its own (no heading then), or after a standfirst the page did not mark', () => {
    const own = parseText('Child care holds back mothers\n\nAUBURN, Wash. —\n\nAfter a series of lower-paying jobs, Nicole Slemp finally landed one she loved.\n\nShe was a secretary for the state.\n');
    expect(own.dateline?.text).toBe('AUBURN, Wash.');
    expect(own.sections.flatMap((x) => (x.heading ? [x.heading.text] : []))).toEqual([]);
    const after = parseText(
      'Treasury Applauds Appointment\n\n*Chief Lynn Malerba will become the first Native American to serve as Treasurer.*\n\nWASHINGTON – Today, President Joe Biden announced the appointment of Lynn Malerba.\n\nShe will lead a new office.\n',
      'markdown',
    );
    expect(after.dateline?.text).toBe('WASHINGTON');
    // Past the first paragraph only a place: "NATO – the alliance …" opens a sentence.
    const nato = parseText('NATO faces its test\n\nLeaders gathered in Brussels on Tuesday for a summit.\n\nNATO – the alliance that kept the peace for decades – faces its hardest test yet, officials said.\n\nMore talks follow on Wednesday.\n');
    expect(nato.dateline).toBeNull();
    // A station's or a syndicator's own mark: "(KTLA) — ", "(B/R) — ".
    const station = parseText('Storm hits the coast\n\n(KTLA) — A storm brought heavy rain to Los Angeles on Thursday.\n\nRoads were closed.\n');
    expect(station.dateline?.text).toBe('(KTLA)');
    const br = parseText('Mock draft\n\n(B/R) — The top of 2024 NBA draft boards are fuzzier than any in recent memory.\n\nScouts are patient.\n');
    expect(br.dateline?.text).toBe('(B/R)');
  });

  it('reads a reporter\'s name run into a dated dateline as the byline', () => {
    const wire = parseText(
      'Top Belarus politician blasts president.\nLarisa Sayenko MINSK 1996-08-30 A senior Belarus politician accused the president on Friday of attempting to set up a dictatorship.\nThe speaker of the parliament told Reuters the draft would increase the powers of the ruler.\n',
    );
    expect(wire.title?.text).toBe('Top Belarus politician blasts president.');
    expect(wire.byline?.text).toBe('Larisa Sayenko');
    expect(wire.dateline?.text).toBe('MINSK 1996-08-30');
    expect(wire.text.slice(wire.byline!.start, wire.byline!.end)).toBe('Larisa Sayenko');
    // Capitals all through are the place, not a name: "HONG KONG 1996-08-30" has no byline.
    const place = parseText('Gold steady in Asia.\nHONG KONG 1996-08-30 Far East gold traders said prices would hold.\nDealers expect little change.\n');
    expect(place.byline).toBeNull();
    expect(place.dateline?.text).toBe('HONG KONG 1996-08-30');
  });

  it('drops chrome and the repeated title, with reasons and offsets', () => {
    expect(a.dropped.map((d) => [d.text, d.reason])).toEqual([
      ['Loading Now', 'chrome'],
      ['Big Headline About Things', 'repeated-title'],
      ['Post Comment', 'chrome'],
    ]);
    expect(a.messages.map((m) => m.id)).toContain('dropped-chrome');
  });

  it('makes sections from standalone headline-shaped lines', () => {
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'What Comes Next']);
  });

  it('joins numbered items separated by blank lines into one list, with labels', () => {
    const list = a.sections[1]!.blocks.find((b) => b.kind === 'list')!;
    expect(list.ordered).toBe(true);
    expect(list.items!.map((i) => [i.label?.text, i.body.text])).toEqual([
      ['Stronger Confidence', 'Investors may return.'],
      ['Faster Growth', 'Output could rise.'],
    ]);
  });

  it('keeps every offset exact', () => expectArticleGrounded(a));

  it('joins a hard-wrapped paragraph and keeps one-paragraph-per-line text apart', () => {
    const wrapped = parseText('Headline Here\n\nThis paragraph was wrapped by an editor at a fixed width so\nits lines break in the middle of a sentence and continue on\nthe next line until it ends.\n');
    expect(wrapped.sections[0]!.blocks).toHaveLength(1);
    const lines = parseText('Headline Here\n\nFirst paragraph is one full sentence on its own line.\nSecond paragraph is another full sentence on its line.\n');
    expect(lines.sections[0]!.blocks).toHaveLength(2);
  });

  it('does not make headings of a run of short lines (a menu)', () => {
    const menu = parseText('Home\nWorld\nBusiness\nSport\n\nA Real Headline For The Story\n\nThe story starts here and goes on for a sentence or two.\n');
    expect(menu.title?.text).toBe('A Real Headline For The Story');
    expect(menu.dropped.map((d) => [d.text, d.reason])).toEqual([
      ['Home', 'chrome'],
      ['World', 'navigation'],
      ['Business', 'navigation'],
      ['Sport', 'navigation'],
    ]);
  });

  it('takes a headline too long for a heading, or a question in title case, over the prose it heads; not a lede question', () => {
    const body = '\n\nAnxiety symptoms like restlessness and sleep problems can interfere with daily life and relationships. Many people get relief using medications.\n\nMeditation is a well known method of calming anxiety, and there is new evidence showing it works.\n';
    const long = parseText(`Daily meditation may work as well as a popular drug to calm anxiety, study finds${body}`);
    expect(long.title?.text).toBe('Daily meditation may work as well as a popular drug to calm anxiety, study finds');
    const question = parseText(`Laptop vs. Desktop: How Many Watts Does a Computer Use?${body}`);
    expect(question.title?.text).toBe('Laptop vs. Desktop: How Many Watts Does a Computer Use?');
    // (Or over a short label and the prose: a cost guide's range.)
    const labelled = parseText(`How Much Does it Cost to Get Electrical Services in Ponchatoula?\n\nTypical Range: $876 - $1,042${body}`);
    expect(labelled.title?.text).toBe('How Much Does it Cost to Get Electrical Services in Ponchatoula?');
    expect(labelled.sections.flatMap((x) => [x.heading?.text, ...x.blocks.map((b) => b.text)])).toContain('Typical Range: $876 - $1,042');
    // (Not a lede: a question in sentence case, one full of names, a sentence behind a note's mark or an emoji, a quotation and its speaker.)
    for (const first of [
      'Have you ever wondered how much power your laptop really uses when it is running all day?',
      "Could Kamala Harris, Gavin Newsom or Gretchen Whitmer become the Democratic Party's nominee in 2028?",
      'Commuters in the northern suburbs will lose their only direct bus link from next month, the council confirmed.[1]',
      'Commuters in the northern suburbs will lose their only direct bus link to the city centre from next month 😡',
      '“We have never seen anything like this in forty years of running the route,” said driver Tom Reid',
    ]) {
      const lede = parseText(`${first}${body}`);
      expect(lede.title, first).toBeNull();
      expect(lede.sections[0]!.blocks[0]!.text).toBe(first);
    }
    expectArticleGrounded(long);
  });

  it("keeps an article's bulleted points of a few words in sentence case, and the text after them", () => {
    const options = (a: string, b: string, c: string) => `- ${a}\n- ${b}\n- ${c}\n\n`;
    const text = `How to Go Solar at Home\n\nRooftop solar adoption continues to grow across the county, and more households are asking how to begin.\n\nSolar financing comes in several forms, each with different implications:\n\nCash Purchase\n\n${options('Highest upfront cost', 'Maximum long-term savings', 'Simplest ownership structure')}Loan\n\n${options('Spreads costs over time', 'Maintains ownership benefits like tax incentives', 'Various terms available')}Lease\n\n${options('Minimal upfront cost', 'Fixed monthly payment', 'Less savings over time')}When evaluating payment options, carefully consider:\n\n${options('Contract length', 'Escalator clauses on leases', 'Who handles the repairs')}Minimal Maintenance Required\n\n${options('An annual cleaning removes dust', 'Rain cleans the panels in winter', 'Monitoring apps flag problems early')}"In my experience, maintenance has been surprisingly simple," Dan says. "I do a quick clean every spring and check the app now and then."\n\nSolar power is a long-term investment that can provide significant energy savings while reducing your carbon footprint for decades.\n`;
    const a = parseText(text);
    const body = a.sections.flatMap((x) => [x.heading?.text ?? '', ...x.blocks.map((b) => b.text)]).join('\n');
    expect(body).toContain('Highest upfront cost');
    expect(body).toContain('Solar power is a long-term investment');
    expect(a.dropped.filter((d) => d.reason === 'outside-article')).toEqual([]);
    // (Not a list no sentence introduces: related headlines or a footer's menu after the article's last sentence.)
    const related = ['Petrol prices hit highest level in a year', 'Why house prices are still rising', 'Ferry fares to rise in the spring', 'Schools face a shortage of teachers', 'Hospital car parks to stay free', 'New cycle lanes planned for the ring road', 'Library hours cut at three branches', 'Police appeal after a string of thefts'].map((h) => `- ${h}`).join('\n');
    const tail = parseText(`Route 12 Bus to Be Scrapped\n\nCommuters in the northern suburbs will lose their only direct bus link to the city centre next month, the council confirmed on Monday.\n\nThe route carried about 1,200 passengers a day before the pandemic and fewer than 400 last year, according to the council's own figures.\n\n${related}\n\nA man has been arrested after a car was driven into a shop window on the high street late on Saturday night, police said.\n`, 'text');
    const kept = tail.sections.flatMap((x) => x.blocks.map((b) => b.text)).join('\n');
    expect(kept).not.toContain('Petrol prices hit');
    expect(kept).not.toContain('A man has been arrested');
  });

  it('says when it leaves out prose after the part read as the article, unless a label of other stories or comments stands before it', () => {
    const para = (n: number) => `Paragraph ${n} of the story says what the council decided about the park on the old rail yards and what it will cost the city over the next ten years.`;
    const menu = ['Home', 'World News', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Podcasts', 'Video', 'Sign In', 'Careers', 'Contact'].map((m) => `* ${m}`).join('\n');
    const late = 'The park will open in stages from next spring, and the first phase will include a lake, two playgrounds and four miles of walking trails for residents.';
    const lost = parseText(`Council Approves Park\n\n${para(1)}\n\n${para(2)}\n\n${para(3)}\n\n${menu}\n\n${late}\n`, 'text');
    const message = lost.messages.find((m) => m.id === 'dropped-text');
    expect(message?.message).toMatch(/^left out a paragraph of prose after the part read as the article .*"The park will open in stages/);
    expect(lost.text.slice(message!.start!, message!.end!)).toBe(late);
    const related = parseText(`Council Approves Park\n\n${para(1)}\n\n${para(2)}\n\n${para(3)}\n\n${menu}\n\nRelated stories\n\n${late}\n`, 'text');
    expect(related.messages.map((m) => m.id)).not.toContain('dropped-text');
    // (Nor a writer's bio or the site's disclaimer there.)
    for (const note of ['Maria Thompson is a senior reporter at the Northfield Gazette covering transport, housing and local government. She previously worked at the Yorkshire Post.', 'This article is for general information purposes only and does not constitute legal or financial advice. Readers should consult a qualified professional before making any decisions.']) {
      const a = parseText(`Council Approves Park\n\n${para(1)}\n\n${para(2)}\n\n${para(3)}\n\n${menu}\n\n${note}\n`, 'text');
      expect(a.messages.map((m) => m.id), note).not.toContain('dropped-text');
    }
  });

  it('reports a missing title', () => {
    const a = parseText('Just one paragraph of text that is a sentence. And another one follows here.');
    expect(a.title).toBeNull();
    expect(a.messages.map((m) => m.id)).toContain('no-title');
  });

  it('reads bullet lists and block quotes', () => {
    const a = parseText('Title Of The Piece\n\nIntro paragraph says something useful here.\n\n- one thing\n- another thing\n\n> A quoted passage from someone.\n');
    const kinds = a.sections.flatMap((s) => s.blocks.map((b) => b.kind));
    expect(kinds).toEqual(['paragraph', 'list', 'quote']);
    expectArticleGrounded(a);
  });
});

describe('Markdown', () => {
  const md = '# The Title\n\n*By* the way, **this** is [a link](https://x.org) &amp; more.\n\n## Section Two\n\n- item **one**\n- item two\n\n> quoted text\n';
  const a = parseText(md);

  it('derives plain text and keeps structure', () => {
    expect(a.format).toBe('markdown');
    expect(a.title?.text).toBe('The Title');
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Section Two']);
    expect(a.sections[0]!.blocks[0]!.text).toBe('By the way, this is a link & more.');
    expect(a.sections[1]!.blocks.map((b) => b.kind)).toEqual(['list', 'quote']);
    expect(a.sections[1]!.blocks[0]!.items!.map((i) => i.body.text)).toEqual(['item one', 'item two']);
  });

  it('keeps the name under a letter’s closing words as its signature, not a heading over nothing', () => {
    const a = parse(sourceFromText('<html><head><title>How I paid off my debt</title></head><body><article><h1>How I paid off my debt</h1><p>I paid off $106,000 in debt in just under two years, and I did it on a teacher’s salary with a budget I kept every month.</p><p>What questions do you have for me about getting out of debt? I’d love for you to have a debt-free journey of your own!</p><p>To your, Badassery,</p><p>Marie</p><p>PS Make sure to leave a comment and let me know what your questions are about getting out of debt.</p></article></body></html>', 't', { inputFormat: 'html' }));
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null]);
    expect(a.sections[0]!.blocks.map((b) => b.text)).toContain('Marie');
    // (A heading under a short line that ends on a comma, mid-article, stays one.)
    const para = (n: number) => `<p>Paragraph ${n} of the story says the roads in the valley were closed for a week after the storm, officials said.</p>`;
    const mid = parse(sourceFromText(`<html><head><title>Storm recovery</title></head><body><article><h1>Storm recovery</h1>${para(1)}${para(2)}<p>In the north, at least,</p><p>Roads Reopen Slowly</p>${[3, 4, 5, 6, 7, 8].map(para).join('')}</article></body></html>`, 't', { inputFormat: 'html' }));
    expect(mid.sections.map((s) => s.heading?.text ?? null)).toContain('Roads Reopen Slowly');
  });

  it('leaves out a sponsor’s section, its heading and what runs under it up to the next heading of its rank, and says so', () => {
    const essay = (n: number) => `Essay ${n} argues that every team has a limited number of tokens to spend on new technology, so it must spend them wisely.`;
    const ad = 'Depot’s new analytics gives you performance trends, resource use and job-level insights across all your workflows.';
    const md = `# Ten essays that shaped how I build software\n\n${essay(1)}\n\n## GitHub Actions analytics - what’s actually happening (Sponsored)\n\n${ad}\n\nFilter by repo, workflow, or job, and see which jobs waste resources and which need more power.\n\n## 1. Choose Boring Technology\n\n${essay(2)}\n`;
    const a = parseText(md, 'markdown');
    const kept = a.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.map((b) => b.text)]).join('\n');
    expect(kept).not.toContain('Sponsored');
    expect(kept).not.toContain('Depot');
    expect(kept).toContain('Choose Boring Technology');
    expect(kept).toContain(essay(2));
    expect(a.dropped.map((d) => d.reason)).toEqual(['promo', 'promo', 'promo']);
    // (A section that runs on to the end under such a heading is the heading alone: no heading closes the sponsor's part.)
    const open = parseText(`# Ten essays\n\n${essay(1)}\n\n## Today’s sponsor: Depot\n\n${ad}\n\n${[2, 3, 4, 5, 6, 7, 8, 9, 10].map(essay).join('\n\n')}\n`, 'markdown');
    expect(open.dropped.map((d) => d.text)).toEqual(['Today’s sponsor: Depot']);
    expect(open.sections.flatMap((s) => s.blocks.map((b) => b.text))).toContain(ad);
    // (A story's heading about sponsors is no sponsor's label.)
    for (const heading of ['Sponsored stories blur the line', 'Our sponsors walked away', 'Presented by the city, for now', 'Brought to you by volunteers']) {
      const story = parseText(`# The marathon loses its backers\n\n${essay(1)}\n\n## ${heading}\n\n${essay(2)}\n\n## What comes next\n\n${essay(3)}\n`, 'markdown');
      expect(story.dropped).toEqual([]);
    }
  });

  it('knows the labels after an article in Cyrillic and other languages ("Отзывы", "Komentarze")', () => {
    const story = 'Совет одобрил новый парк во вторник после долгих споров о его стоимости.';
    for (const label of ['Отзывы', 'Добавить комментарий', 'Похожие статьи', 'Komentarze', 'Gerelateerde artikelen']) {
      const scrape = parseText(`# Парк одобрен\n\n${story}\n\n## ${label}\n\nЕщё одна история о городском бюджете и его частях.\n`);
      expect(scrape.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story]);
      expect(scrape.dropped.map((d) => d.text)[0]).toBe(label);
    }
  });

  it('leaves out what follows the article in a scrape ("You may also like", "Comments"), and says so', () => {
    const story = 'The council approved the new park on Tuesday after a long debate about its cost.';
    const scrape = parseText(`# Park approved\n\n${story}\n\n## You may also like\n\nAnother story about the city budget and its many parts runs here.\n\n## Comments\n\nGreat news for us all.\n`);
    expect(scrape.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story]);
    expect(scrape.dropped.map((d) => d.text)).toEqual(['You may also like', 'Another story about the city budget and its many parts runs here.', 'Comments', 'Great news for us all.']);
    expect(scrape.dropped.filter((d) => d.reason === 'outside-article').map((d) => d.text)).toEqual(['Another story about the city budget and its many parts runs here.', 'Great news for us all.']);
    // (A report's plugs after "You may also be interested in the following articles:".)
    const report = parseText(`# Park approved\n\n${story}\n\nYou may also be interested in the following articles:\n\n- Parks Market Report 2025\n`);
    expect(report.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story]);
    // A clipped page's related links and footer after a section break are no article text; an article's own list is.
    const clipped = parseText(`* [Home](/)\n* [World](/world)\n* [Log in](/login)\n\n# Park approved\n\n${story}\n\nThe plan lists:\n\n- a lake\n- two playgrounds\n\n## Related stories\n\n* [Mayor opens library](/a)\n* [Bus routes change](/b)\n\n* [About us](/about)\n* [Privacy](/privacy)\n`);
    expect(clipped.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([story, 'The plan lists:', '- a lake\n- two playgrounds']);
    // A paragraph or heading that merely starts like a label, and the article's own "More on …" heading, end nothing.
    const own = parseText(`# Budget passes\n\n${story}\n\nComments from the minister were brief.\n\n## Responses from the opposition\n\n${story}\n\n## More on the outlook\n\n${story}\n`);
    expect(own.dropped).toEqual([]);
    // A quotation introduced by "She said:" is the article's own.
    const quoted = parseText(`# Park approved\n\n${story}\n\nShe said:\n\n> We waited a long time for this park.\n`);
    expect(quoted.dropped).toEqual([]);
  });

  it('points offsets into the derived text', () => expectArticleGrounded(a));
});

describe('no article text lost as a repeat of the title', () => {
  const text = (raw: string, inputFormat: 'text' | 'markdown' = 'text') => parse(sourceFromText(raw, 'test', { inputFormat }));
  const paragraphs = (a: Article) => a.sections.flatMap((s) => s.blocks.map((b) => a.text.slice(b.start, b.end)));

  it('keeps a paragraph that opens with a one-word headline', () => {
    const a = text(
      'Nvidia\n\nNvidia reported record quarterly revenue on Wednesday, driven by demand for its AI chips.\n\n' +
        'The company said data-centre revenue rose 150 percent from a year earlier.\n\nNvidia shares rose 5 percent in extended trading.\n',
    );
    expect(a.title?.text).toBe('Nvidia');
    expect(paragraphs(a)).toHaveLength(3);
    expect(a.dropped.map((d) => d.reason)).not.toContain('repeated-title');
  });

  it('keeps every paragraph of a Markdown article headed by a company name its paragraphs open with', () => {
    const a = text('# Siemens\n\nSiemens said on Monday it would cut 5,000 jobs in its automation unit.\n\nSiemens shares fell 3 percent in Frankfurt.\n', 'markdown');
    expect(paragraphs(a)).toEqual(['Siemens said on Monday it would cut 5,000 jobs in its automation unit.', 'Siemens shares fell 3 percent in Frankfurt.']);
  });

  it('still drops the headline repeated, cut short or with the site name after it', () => {
    const a = text('Boeing to cut jobs as orders fall\n\nBoeing to cut jobs as orders fall | Example News\n\nBoeing said on Monday it would cut 10 percent of its workforce as orders fell for a third month.\n');
    expect(a.dropped.map((d) => d.reason)).toContain('repeated-title');
    expect(paragraphs(a)).toEqual(['Boeing said on Monday it would cut 10 percent of its workforce as orders fell for a third month.']);
  });

  it('keeps a subheading that repeats the title over a part of the article, after its opening', () => {
    const a = text(
      '# Cybersecurity Tips for Small Businesses\n\nCyber threats are not just a problem for big corporations and governments.\n\nSmall businesses are targets too, and many have no one to defend them.\n\n' +
        '## Cybersecurity tips for small businesses\n\n### Train your employees\n\nStaff who can spot a phishing email stop most attacks before they start.\n',
      'markdown',
    );
    expect(a.sections.map((s) => s.heading?.text ?? null)).toContain('Cybersecurity tips for small businesses');
    expect(a.dropped.map((d) => d.reason)).not.toContain('repeated-title');
    // (Before the article's opening, the title repeated is still left out.)
    const top = text('# Cybersecurity Tips for Small Businesses\n\n## Cybersecurity tips for small businesses\n\nCyber threats are not just a problem for big corporations and governments.\n', 'markdown');
    expect(top.dropped.map((d) => d.reason)).toContain('repeated-title');
  });

  it('warns when a repeat it leaves out reads like article text', () => {
    const a = text(
      'Rally in Leeds\n\nThe crowd chanted as the speaker took the stage on Saturday afternoon.\n\nWe will never give up this fight.\n\n' +
        'She spoke for twenty minutes about the closure of the hospital.\n\nWe will never give up this fight.\n',
    );
    expect(a.messages.map((m) => m.id)).toContain('dropped-text');
    expect(a.dropped.filter((d) => d.reason === 'repeated-line')).toHaveLength(2);
  });
});

describe('YAML front matter', () => {
  it('gives the title, standfirst, byline and date, and is not read as article text', () => {
    const a = parse(
      sourceFromText(
        "---\ntitle: 'Q&amp;A With Ryan Day'\ndeck: \"New API standards for GSA staff.\"\nauthor: Jane Roe\ndate: 2019-03-27\ntags:\n  - api\n---\n\nGray Brooks chatted with Ryan Day about the agency's API strategy on Monday.\n\nThe standards took a year to write, Day said.\n",
        'test',
        { inputFormat: 'markdown' },
      ),
    );
    expect(a.title?.text).toBe('Q&A With Ryan Day');
    expect(a.dek?.text).toBe('New API standards for GSA staff.');
    expect(a.byline?.text).toBe('By Jane Roe');
    expect(a.meta.published).toBe('2019-03-27');
    expect(a.text).not.toMatch(/title:|tags:|---/);
    expectArticleGrounded(a);
  });

  it('gives the page\'s address, whose words can say its genre', () => {
    const a = parse(
      sourceFromText(
        '---\ntitle: Treasury Sanctions a Marketplace\ndate: 2023-04-05\nurl: /news/press-releases/jy1388\n---\nWASHINGTON — Today, the Department of the Treasury sanctioned an online marketplace that sold stolen credentials to criminals.\n\nThe marketplace is believed to operate from Russia, officials said.\n',
        'test',
        { inputFormat: 'markdown' },
      ),
    );
    expect(a.meta.url).toBe('/news/press-releases/jy1388');
    expect(a.genre).toBe('press-release');
  });

  it('reads an HTML body under front matter as HTML blocks, tags and entities gone', () => {
    const a = parse(
      sourceFromText(
        '---\ntitle: The Apache&reg; Software Foundation Expands Infrastructure\ndate: 2019-04-29\n---\n<p><strong><em>Provides tooling for 350+ Apache projects</em></strong></p>\n<div><strong>Wakefield, MA &mdash;29 April 2019&mdash;</strong> The Apache<sup>&reg;</sup> Software Foundation announced today it has moved its Git service to GitHub.</div>\n<div>The foundation oversees more than 350 projects run by volunteers around the world.</div>\n<h2>About the ASF</h2>\n<p>Established in 1999, the foundation is a charity funded by donations.</p>\n',
        'test',
        { inputFormat: 'markdown' },
      ),
    );
    expect(a.title?.text).toBe('The Apache® Software Foundation Expands Infrastructure');
    expect(a.text).not.toMatch(/<\/?(?:p|div|strong|sup)>|&mdash;|&reg;/);
    expect(a.text).toContain('Wakefield, MA —29 April 2019— The Apache® Software Foundation announced today');
    expect(a.sections.map((s) => s.heading?.text ?? null)).toContain('About the ASF');
    expectArticleGrounded(a);
  });

  it('keeps a value that runs on over indented lines, and a block scalar, whole', () => {
    const a = parse(
      sourceFromText(
        '---\ntitle: Deep Fakes and Social Media\ndeck: Learn about the threat of deep fakes, and how to\n  prepare your agency\nauthor:\n  name: Jane Roe\n---\n\nThe questions below were curated from attendees of a webinar on deep fakes in May.\n',
        'test',
        { inputFormat: 'markdown' },
      ),
    );
    expect(a.dek?.text).toBe('Learn about the threat of deep fakes, and how to prepare your agency');
    expect(a.byline).toBeNull();
    const folded = parse(sourceFromText('---\ntitle: >-\n  A folded\n  headline\n---\n\nThe council approved the plan on Tuesday after a long debate.\n', 'test', { inputFormat: 'markdown' }));
    expect(folded.title?.text).toBe('A folded headline');
    expectArticleGrounded(a);
  });
});

describe('the closing author lines', () => {
  it('leaves out a bio, contact and credit run at the end of an article, as metadata', () => {
    const a = parse(
      sourceFromText(
        'Council approves park\n\nThe council approved the plan on Tuesday after a long debate about its cost, officials said.\n\nWork begins in the spring and should take two years.\n\nPhil Helsel\n\nPhil Helsel is a reporter for NBC News.\n\nContributing: Kristine Phillips\n',
        't',
        { inputFormat: 'text' },
      ),
    );
    expect(a.text).toContain('Work begins in the spring');
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['Phil Helsel', 'Phil Helsel is a reporter for NBC News.', 'Contributing: Kristine Phillips']);
    const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ');
    expect(body).not.toContain('Helsel');
    expectArticleGrounded(a);
    // (An author box's job line under the name, ending on its profile link.)
    const box = parse(sourceFromText('Council approves park\n\nThe council approved the plan on Tuesday after a long debate about its cost, officials said.\n\nWork begins in the spring and should take two years.\n\nJayesh Shinde\n\nExecutive Editor at Digit. Technology journalist since Jan 2008, with stints at Indiatimes.com and PCWorld.in. View Full Profile\n', 't', { inputFormat: 'text' }));
    expect(box.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['Jayesh Shinde', 'Executive Editor at Digit. Technology journalist since Jan 2008, with stints at Indiatimes.com and PCWorld.in. View Full Profile']);
  });

  it('leaves out an "About the author" section and a "With files from" credit after the article', () => {
    const bio = 'Yasmine Hassan is a producer filing stories on the Middle East for the parliamentary bureau in Ottawa. She has worked for the broadcaster in Toronto, London, Montreal and New Brunswick, and before that for several newspapers in the region as a reporter and an editor over more than ten years of work.';
    const page = `<html><body><article><h1>Hamas names a new leader</h1><p>Hamas named Yahya Sinwar its new political leader on Tuesday, a week after the killing of his predecessor in Iran.</p><h2>About the author</h2><p>${bio}</p><p>With files from The Associated Press and Mohamed El Saife</p></article></body></html>`;
    const a = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(['Hamas named Yahya Sinwar its new political leader on Tuesday, a week after the killing of his predecessor in Iran.']);
    const tail = parse(sourceFromText('Park approved\n\nThe council approved the plan on Tuesday after a long debate about its cost.\n\nWith files from The Associated Press\n', 't', { inputFormat: 'text' }));
    expect(tail.dropped.map((d) => [d.reason, d.text])).toEqual([['metadata', 'With files from The Associated Press']]);
  });

  it('leaves out where the story ran first, who else reported it, and a print edition footer', () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const ran = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>Heba Habib contributed to this report.</p><p>This article originally appeared on The Atlantic.</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(ran.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['Heba Habib contributed to this report.', 'This article originally appeared on The Atlantic.']);
    const print = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>A version of this article appears in print on</p><p>, on Page</p><p>A</p><p>of the New York edition</p><p>with the headline:</p><p>Park approved. Order Reprints | Today’s Paper | Subscribe</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(print.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe('Work begins in the spring and should take two years, the mayor said on Wednesday.');
    expect(print.dropped.map((d) => d.text)).toContain('A version of this article appears in print on');
  });

  it("leaves out a paper's editorial-board note, a magazine's print-issue line and a site's legal notices that close the article", () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const board =
      'The Sun Sentinel Editorial Board consists of Editorial Page Editor Steve Bousquet, Deputy Editorial Page Editor Dan Sweeney and Editor-in-Chief Julie Anderson. Editorials are the opinion of the Board and written by one of its members or a designee.';
    const a = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${board}</p><p>This story will appear in the Dec. 16, 2023, issue of Billboard.</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual([board, 'This story will appear in the Dec. 16, 2023, issue of Billboard.']);
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe('Work begins in the spring and should take two years, the mayor said on Wednesday.');
    // A site's legal notices, however long.
    const notice = 'Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
    const terms = `If you purchase a product or register for an account through a link on our site, we may receive compensation. By using this site, you consent to our User Agreement and agree that ${'your clicks and interactions may be recorded by us and our partners, '.repeat(4)}in accordance with our Privacy Policy.`;
    const b = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${notice}</p><p>${terms}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(b.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual([notice, terms]);
    const disclaimer = 'Disclaimer: All rights reserved for writing and editorial content. No rights or credit claimed for any images featured on this site unless stated. If you own rights to any of the images and do not wish them to appear here, please contact us and they will be promptly removed.';
    const c = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${disclaimer}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(c.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual([disclaimer]);
    // A blog's disclaimer of its writers' views (not a sentence of the story about someone's views).
    const views = ['The views expressed by the authors of this blog are their own and do not necessarily reflect the views of APNIC. Please note a Code of Conduct applies to this blog.', 'Note: The views expressed on Mises.org are not necessarily those of the Mises Institute.'];
    for (const v of views) {
      const d = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${v}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
      expect(d.dropped.filter((x) => x.reason === 'metadata').map((x) => x.text)).toEqual([v]);
    }
    // A link's exit notice, with its heading.
    const exit = 'By proceeding, please note you will be leaving Citadel’s website. This linked site is not operated or monitored by Citadel Credit Union and our privacy and security policies do not apply.';
    const x = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<h2>You’re Leaving Citadel’s Website</h2><p>${exit}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(x.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['You’re Leaving Citadel’s Website', exit]);
    // (Not a story that quotes one.)
    const quoted = 'The fake notice reads: "You are now leaving Fifth Third\'s website," police said, and it looks identical to the real one.';
    const q = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${quoted}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(q.sections.flatMap((s) => s.blocks.map((b) => b.text)).pop()).toBe(quoted);
    const told = 'The views expressed by residents at the meeting do not necessarily reflect the town as a whole, Mayor Ellen Cho said afterward.';
    const e = parse(sourceFromText(`<html><body><article><h1>Park approved</h1>${story}<p>${told}</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(e.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe(told);
  });

  it("leaves out the bio box of the author the page's metadata names, from the name's own line or its sentence on", () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const bio = '<p>Meredith Dietz</p><p>Senior Finance Writer</p><p>Meredith Dietz is the paper’s finance writer. She grew up in Wilmington and worked at Hasbro Games.</p><p>More by Meredith</p>';
    const page = (author: string, tail: string) => `<html><head><meta name="author" content="${author}"></head><body><article><h1>Park approved</h1>${story}${tail}</article></body></html>`;
    const a = parse(sourceFromText(page('Meredith Dietz', bio), 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe('Work begins in the spring and should take two years, the mayor said on Wednesday.');
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['Meredith Dietz', 'Senior Finance Writer', 'Meredith Dietz is the paper’s finance writer. She grew up in Wilmington and worked at Hasbro Games.', 'More by Meredith']);
    expectArticleGrounded(a);
    // Another author's page keeps it; so does a page whose article is that person's story, further up.
    const other = parse(sourceFromText(page('Jane Roe', bio), 'p.html', { inputFormat: 'html' }));
    expect(other.text).toContain('She grew up in Wilmington');
    const about = `<p>Meredith Dietz is the mayor’s new finance chief, the council said on Tuesday.</p>${story}${story.replace(/Tuesday/g, 'Monday')}${story.replace(/Tuesday/g, 'Friday')}`;
    expect(parse(sourceFromText(page('Meredith Dietz', about), 'p.html', { inputFormat: 'html' })).text).toContain('new finance chief');
  });

  it('keeps a labelled field among an item\'s fields as text, not a heading', () => {
    const item = (name: string, price: string) => `<h2>${name}</h2><p><b>What we like: </b>${name} uses organic cotton and recycled wool to make brightly coloured clothes at its own factory in Portugal.</p><p><b>Price Range:</b> ${price}</p><p><b>Available in: </b>Most countries.</p>`;
    const a = parse(sourceFromText(`<html><head><title>Affordable ethical fashion brands</title></head><body><article><h1>Affordable ethical fashion brands</h1><p>Ethical fashion does not have to cost a fortune, and these brands prove it with fair prices for everyone.</p>${item('1. Colorful Standard', '$11-$88')}${item('2. Cottonique', '$8-$55')}</article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, '1. Colorful Standard', '2. Cottonique']);
    expect(a.sections[1]!.blocks.map((b) => b.text)).toContain('Price Range: $11-$88');
    // (So is one right under the item's heading, its label saying in brackets what it measures.)
    const shoe = parse(sourceFromText(`<html><head><title>Best shoes</title></head><body><article><h1>Best shoes</h1><p>It is a glorious time to be a trail runner, with over 300 models and a shoe for every foot.</p><h2>Best All-Around Shoe: <a href="/x">Brooks Cascadia 19 ($150)</a></h2><p><strong>Actual Weight (U.S. men’s 9):</strong> 10.7 ounces (303 grams) | <strong>Drop:</strong> 6 millimeters</p><p>The Cascadia has long been a favorite of ours, and this version keeps what we loved while shedding weight.</p></article></body></html>`, 'p.html', { inputFormat: 'html' }));
    expect(shoe.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Best All-Around Shoe: Brooks Cascadia 19 ($150)']);
    // (An interview's question over its answer still heads it.)
    const qa = parse(sourceFromText('# Deep fakes: a Q&A\n\nThe questions below came from the webinar\'s audience and were answered by our director.\n\n**Q:** What surprised you about deepfakes?\n\nA: Deepfakes are really easy to make, and studios sell tools that anyone can use.\n\n**Q:** What should an agency do first?\n\nA: We urge you to plan ahead and have some language ready to roll.\n', 'q.md', { inputFormat: 'markdown' }));
    expect(qa.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Q: What surprised you about deepfakes?', 'Q: What should an agency do first?']);
  });

  it("leaves out the author's bio set under the byline by the author's given name, and one with a title after the name", () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const page = (head: string, tail = '') => `<html><head><meta name="author" content="Anurag Singh"></head><body><article><h1>Park approved</h1>${head}${story}${tail}</article></body></html>`;
    const bio = 'Anurag is an experienced journalist and author who has been covering tech for the past 5 years, with a focus on Windows.';
    const a = parse(sourceFromText(page(`<p>${bio}</p>`), 'p.html', { inputFormat: 'html' }));
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toContain(bio);
    expect(a.sections[0]!.blocks[0]!.text).toMatch(/^The council approved/);
    expectArticleGrounded(a);
    // (The story about a person of that name stays: "Anurag is the council's new planner" is no bio.)
    const about = parse(sourceFromText(page('<p>Anurag is the council’s new planner, and he will run the project from next month.</p>'), 'p.html', { inputFormat: 'html' }));
    expect(about.sections[0]!.blocks[0]!.text).toMatch(/^Anurag is the council/);
    // (Nor an obituary's lede about a person who shares the writer's given name.)
    const obituary = parse(sourceFromText(page('<p>Anurag was the editor of the Millbrook Gazette for 31 years and the reporter who broke the story of the mill fire.</p>'), 'p.html', { inputFormat: 'html' }));
    expect(obituary.sections[0]!.blocks[0]!.text).toMatch(/^Anurag was the editor/);
    const titled = 'Anurag Singh, Editor, Running Reviews, studied journalism at NYU and writing at Emerson College.';
    const b = parse(sourceFromText(page('', `<p>${titled}</p>`), 'p.html', { inputFormat: 'html' }));
    expect(b.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toContain(titled);
  });

  it("ends the article at its author's one-sentence bio, however many of the site's next stories follow, once most of the prose is above it", () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const bio = '<p>Tomas Franzese is a Staff Writer at Digital Trends, where he reports on and reviews the latest releases.</p>';
    const teaser = (n: number) => `<h2>Another story ${n}</h2><p>${'The league announced a new schedule for the coming season on Friday, with more games in the spring. '.repeat(3)}</p>`;
    const next = [1, 2, 3].map(teaser).join('');
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const page = (tail: string) => `<html><head><meta name="author" content="Tomas Franzese"></head><body><article><h1>Park approved</h1>${days.map((d) => story.replace(/Tuesday/g, d)).join('')}${tail}</article></body></html>`;
    const a = parse(sourceFromText(page(bio + next), 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe('Work begins in the spring and should take two years, the mayor said on Wednesday.');
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)).join(' ')).not.toContain('new schedule');
    // Nothing lost in silence: the bio is metadata, what follows it is reported as outside the article.
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toContain('Tomas Franzese is a Staff Writer at Digital Trends, where he reports on and reviews the latest releases.');
    expect(a.dropped.filter((d) => d.reason === 'outside-article').some((d) => d.text.includes('new schedule'))).toBe(true);
    expectArticleGrounded(a);
    // A bio in the past tense, or with the story going on under it, is the story's.
    const paras = [1, 2, 3, 4, 5, 6, 7].map((n) => `<p>The council met again on day ${n} of the session and heard from residents about the cost of the plan.</p>`).join('');
    const past = parse(sourceFromText(page('<p>Tomas Franzese was a Staff Writer at the Daily Star when the mayor first ran.</p>' + paras), 'p.html', { inputFormat: 'html' }));
    expect(past.sections.flatMap((x) => x.blocks.map((b) => b.text)).join(' ')).toContain('day 7 of the session');
    const goesOn = parse(sourceFromText(page(bio + paras), 'p.html', { inputFormat: 'html' }));
    expect(goesOn.sections.flatMap((x) => x.blocks.map((b) => b.text)).join(' ')).toContain('day 7 of the session');
    // More prose after the bio than before it: the bio is not the article's end.
    const early = parse(sourceFromText(page(bio + next + next), 'p.html', { inputFormat: 'html' }));
    expect(early.sections.flatMap((x) => x.blocks.map((b) => b.text))).toContain('Tomas Franzese is a Staff Writer at Digital Trends, where he reports on and reviews the latest releases.');
  });

  it("leaves out a cover story's production credits, with their labels, but not a match report's line-up or a run of two", () => {
    const story = '<p>The council approved the plan on Tuesday after a long debate about its cost, officials said.</p><p>Work begins in the spring and should take two years, the mayor said on Wednesday.</p>';
    const credits = ['Art & Design Director: Emily Zirimis', 'Copy Editors: Dawn Rebecky, Leslie Lipton', 'Sound Engineer: Mr Sunday', 'Editor-in-chief: Versha Sharma'];
    const page = (tail: string) => `<html><body><article><h1>Park approved</h1>${story}${tail}</article></body></html>`;
    const a = parse(sourceFromText(page(`<h3>Video Credits</h3>${credits.map((c) => `<p>${c}</p>`).join('')}`), 'p.html', { inputFormat: 'html' }));
    expect(a.sections.flatMap((x) => x.blocks.map((b) => b.text)).pop()).toBe('Work begins in the spring and should take two years, the mayor said on Wednesday.');
    expect(a.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(['Video Credits', ...credits]);
    expectArticleGrounded(a);
    const lineup = ['Arsenal: Raya, White, Saliba, Gabriel', 'Chelsea: Sanchez, James, Silva, Colwill', 'Referee: Michael Oliver'];
    const b = parse(sourceFromText(page(lineup.map((c) => `<p>${c}</p>`).join('')), 'p.html', { inputFormat: 'html' }));
    expect(b.sections.flatMap((x) => x.blocks.map((b) => b.text))).toContain('Arsenal: Raya, White, Saliba, Gabriel');
    const two = parse(sourceFromText(page(credits.slice(0, 2).map((c) => `<p>${c}</p>`).join('')), 'p.html', { inputFormat: 'html' }));
    expect(two.sections.flatMap((x) => x.blocks.map((b) => b.text))).toContain('Art & Design Director: Emily Zirimis');
    // A line of names in capitals that is no credit is read once, not in every way its words can split.
    const caps = 'PHOTOGRAPHY: ALEX KIM, BEN LEE, CARA DIAZ, DAN ORR, ELI NG, FAY WU, GUS OH, HAL BO (assistant)';
    expect(parse(sourceFromText(page(`<p>${caps}</p>`), 'p.html', { inputFormat: 'html' })).sections.flatMap((x) => x.blocks.map((b) => b.text))).toContain(caps);
    // Without a credits label, only crafts of making a shoot: a team's or a campaign's staff stay.
    const crafts = ['Photographer: Ana Lee', 'Stylist: Jahn Affah', 'Hair: Tega Odje'];
    const shoot = parse(sourceFromText(page(crafts.map((c) => `<p>${c}</p>`).join('')), 'p.html', { inputFormat: 'html' }));
    expect(shoot.dropped.filter((d) => d.reason === 'metadata').map((d) => d.text)).toEqual(crafts);
    for (const staff of [
      ['Head coach: Sean Payton', 'Offensive coordinator: Joe Lombardi', 'Defensive coordinator: Vance Joseph', 'General manager: George Paton'],
      ['Campaign manager: Julie Rodriguez', 'Communications director: Michael Tyler', 'Finance director: Rufus Gifford'],
    ]) {
      const kept = parse(sourceFromText(page(staff.map((c) => `<p>${c}</p>`).join('')), 'p.html', { inputFormat: 'html' }));
      expect(kept.sections.flatMap((x) => x.blocks.map((b) => b.text))).toEqual(expect.arrayContaining(staff));
    }
  });

  it('keeps such a sentence inside the article, and an article that is only such lines', () => {
    const inside = parse(
      sourceFromText('Council approves park\n\nJane Roe is a reporter for the Daily Star who first broke the story.\n\nThe council approved the plan on Tuesday after a long debate.\n', 't', { inputFormat: 'text' }),
    );
    expect(inside.dropped.map((d) => d.text)).not.toContain('Jane Roe is a reporter for the Daily Star who first broke the story.');
    const only = parse(sourceFromText('About our staff\n\nPhil Helsel is a reporter for NBC News.\n', 't', { inputFormat: 'text' }));
    expect(only.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(['Phil Helsel is a reporter for NBC News.']);
  });
});

describe('bylines', () => {
  it('end before a reading time or an update stamp, which is left out as metadata', () => {
    const a = parse(sourceFromText('Council approves park\n\nBy Jane Roe | 5 min read\n\nThe council approved the plan on Tuesday after a long debate about its cost, officials said.\n', 't', { inputFormat: 'text' }));
    expect(a.byline?.text).toBe('By Jane Roe');
    expect(a.dropped.map((d) => [d.text, d.reason])).toContainEqual([' | 5 min read', 'metadata']);
    expect(isByline('By Jane Roe · 5 Min Read')).toBe(true);
    // (Piece by piece: a date, then a count of comments.)
    expect(bylineText('By Charles Patterson, WCI Columnist August 19, 2025 | 33 Comments')).toBe('By Charles Patterson, WCI Columnist');
    expect(bylineText('By Jane Roe and 2 Comments')).toBe('By Jane Roe');
    expect(isByline('By the time the vote came, 5 min read')).toBe(false);
    // A label's colon: "Posted by: Jane Roe", "By: Jane Roe"; not "Posted by the council on Facebook".
    expect(isByline('Posted by: Jane Roe')).toBe(true);
    expect(isByline('By: Jane Roe')).toBe(true);
    expect(isByline('Posted by the council on Facebook')).toBe(false);
    // …or before a date and the job title after it.
    expect(bylineText('By Jessica Vince - 29 December 2014 Digital Editor').trim()).toBe('By Jessica Vince');
    // …or a day written day first after the name, or after a comma (the Go blog's "Andrew Gerrand<br>4 August 2010").
    expect(bylineText('By Andrew Gerrand 4 August 2010').trim()).toBe('By Andrew Gerrand');
    expect(bylineText('By Jane Doe, March 3, 2021').trim()).toBe('By Jane Doe');
    // (Not a day a title names: "author of 14 July 1789".)
    expect(bylineText('By Simon Schama, author of 14 July 1789').trim()).toBe('By Simon Schama, author of 14 July 1789');
    expect(bylineText('By Jane Roe – Dec. 29, 2014').trim()).toBe('By Jane Roe');
    // A scraped line that runs on from the stamp into the article is no byline.
    expect(isByline('By Amy Fontinelle  Updated Jun 25, 2019  Table of Contents  Finance remains a male-dominated profession, especially at the top.')).toBe(false);
    expectArticleGrounded(a);
  });

  it('end before a date after a dash, and an extractor’s parts glued together come apart', () => {
    const a = parse(sourceFromText('Lander program grows\n\nby Jeff Foust — November 18, 2019\n\nNASA added five companies to its lunar lander program on Monday, officials said.\n', 't', { inputFormat: 'text' }));
    expect(a.byline?.text).toBe('by Jeff Foust');
    expectArticleGrounded(a);
    const page = '<html><head><title>Sondland faces questions</title></head><body><article><h1>Sondland faces questions</h1><div class="byline"><div>By LISA MASCARO and ERIC TUCKER</div><div>Associated Press</div></div>' + '<p>The ambassador will testify on Wednesday about his talks with the president, aides said on Tuesday.</p>'.repeat(5) + '</article></body></html>';
    const h = parse(sourceFromText(page, 'p.html', { inputFormat: 'html' }));
    expect(h.meta.byline).toBe('By LISA MASCARO and ERIC TUCKER Associated Press');
  });
});

describe('list items with a label', () => {
  const labels = (text: string) => {
    const a = parse(sourceFromText(text, 't', { inputFormat: 'markdown' }));
    return a.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'list' ? (b.items ?? []).map((i) => (i.label ? a.text.slice(i.label.start, i.label.end) : null)) : []));
  };

  it('split "Label – explanation", but not a sentence with an aside after its dash', () => {
    const text = '# Page weight\n\nThe report came out on Monday with these figures.\n\n- Stronger Market Confidence – Investors will return.\n- Spotify – the streaming service everyone uses.\n- 95 HTTP requests are made per page — a drop of a single request from last year.\n- 74% of pages use at least one redirect — which seems high.\n';
    expect(labels(text)).toEqual(['Stronger Market Confidence', 'Spotify', null, null]);
  });
});
