import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/index.js';
import { memoryIO, tempDir } from '../helpers.js';

const para = (s: string) => `&lt;p&gt;${s}&lt;/p&gt;`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Council approves new park</title><link>https://example.com/park</link><description>${para('The city council approved a plan on Tuesday to build a large park on the old rail yards, officials said.')}${para('It will cost about $40 million and open in 2027, the mayor said after the vote.')}</description></item>
<item><title>Storm closes schools</title><link>https://example.com/storm</link><description>${para('A winter storm closed schools across the region on Monday, and forecasters said more snow would fall.')}</description></item>
</channel></rss>`;

describe('an RSS feed file', () => {
  it('is read as a batch of its items, one brief each, named by their links', async () => {
    const path = join(tempDir('newsbrief-feed-'), 'news.xml');
    writeFileSync(path, FEED);
    const io = memoryIO();
    expect(await run(['summarize', path, '--format', 'ndjson', '--jobs', '1'], io)).toBe(0);
    const records = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.id, r.title.text])).toEqual([
      ['https://example.com/park', 'Council approves new park'],
      ['https://example.com/storm', 'Storm closes schools'],
    ]);
    expect(io.err()).toBe('');
  });

  it('on standard input gets a one-line error that says to give the file', async () => {
    const io = memoryIO({ stdin: FEED });
    expect(await run(['summarize'], io)).toBe(1);
    expect(io.err()).toBe('newsbrief: standard input: is a feed; save it to a file and give the file, which is read as a batch of its items\n');
  });
});
