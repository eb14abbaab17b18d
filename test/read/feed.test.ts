import { describe, expect, it } from 'vitest';
import { feedItems, isFeed } from '../../src/read/feed.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Council approves park</title><link>https://example.com/park</link><description><![CDATA[<p>The council approved a park on Tuesday.</p>]]></description></item>
<item><title>Storm &amp; snow</title><guid>tag:example.com,2024:2</guid><description>&lt;p&gt;A storm closed schools.&lt;/p&gt;</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Release notes</title><link rel="alternate" href="https://example.org/notes"/><id>urn:uuid:1</id><content type="html">&lt;p&gt;Version 2 ships today.&lt;/p&gt;</content></entry>
</feed>`;

describe('feeds', () => {
  it('are told apart from articles and pages', () => {
    expect(isFeed(RSS)).toBe(true);
    expect(isFeed(ATOM)).toBe(true);
    expect(isFeed('<!doctype html><html><body><p>An article.</p></body></html>')).toBe(false);
    expect(isFeed('The council met on Tuesday to discuss rss feeds.')).toBe(false);
  });

  it('give one HTML page per item, named by its link, guid or id', () => {
    const rss = feedItems(RSS, 'news.xml');
    expect(rss.map((i) => i.id)).toEqual(['https://example.com/park', 'tag:example.com,2024:2']);
    expect(rss[0]!.html).toContain('<h1>Council approves park</h1><p>The council approved a park on Tuesday.</p>');
    expect(rss[1]!.html).toContain('<h1>Storm &amp; snow</h1><p>A storm closed schools.</p>');
    const atom = feedItems(ATOM, 'blog.xml');
    expect(atom.map((i) => i.id)).toEqual(['https://example.org/notes']);
    expect(atom[0]!.html).toContain('<p>Version 2 ships today.</p>');
  });
});
