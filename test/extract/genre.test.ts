import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { parse } from '../../src/parse/index.js';
import { sourceFromText } from '../../src/read/index.js';
import { TEXT_GENRES, briefGenre, genreModel, signalledGenre, textFeatures, type GenreModel } from '../../src/extract/genre.js';

const read = (text: string, format: 'text' | 'html' = 'text') => annotate(parse(sourceFromText(text, 't', { inputFormat: format })));
// No page signal: the parser calls it hard news.
const COLUMN = read([
  'Why I stopped worrying about my inbox',
  '',
  'I used to answer every email within the hour. You probably do too, and you should stop.',
  'We all know the feeling: the badge on the phone, the little jolt of guilt. I think it is time we admitted that most of it can wait.',
].join('\n'));
const OPINION_PAGE = read('<html><head><meta property="og:title" content="Opinion | Cities need trees"></head><body><article><h1>Cities need trees</h1><p>The council voted on Monday to cut the budget for street trees by half.</p></article></body></html>', 'html');

/** A model that scores one class over all others, whatever the page. */
const always = (genre: string): GenreModel => {
  const model = genreModel();
  return { ...model, weights: model.classes.map((c) => [...model.features.map(() => 0), c === genre ? 1 : 0]) };
};

describe('the genre of a page without signals', () => {
  it('measures the text on every feature the model reads, as finite numbers', () => {
    const features = textFeatures(COLUMN);
    for (const name of genreModel().features) expect(Number.isFinite(features[name])).toBe(true);
    // First and second person outside quotation marks, and no reporting verb.
    expect(features.first).toBeGreaterThan(0);
    expect(features.you).toBeGreaterThan(0);
    expect(features.reports).toBe(0);
  });

  it('takes the model\'s reading where the page signals nothing, and the page\'s own signal where it does', () => {
    expect(COLUMN.article.genre).toBe('hard-news');
    expect(briefGenre(COLUMN, always('opinion'))).toBe('opinion');
    expect(briefGenre(COLUMN, always('listicle'))).toBe('listicle');
    expect(OPINION_PAGE.article.genre).toBe('opinion');
    expect(briefGenre(OPINION_PAGE, always('listicle'))).toBe('opinion');
    // Without the model (and for the readers' claim check): a lede off its headline is a feature, else news.
    expect(signalledGenre(COLUMN)).toBe(briefGenre(COLUMN, null));
    expect(['hard-news', 'feature']).toContain(signalledGenre(COLUMN));
  });

  it('calls a page set as an interview without labels a Q&A, and an explainer asking its own questions not', () => {
    const interview = read([
      'Julia Bottoms on painting her family',
      '',
      'The painter has spent a decade on portraits of the women who raised her.',
      'What drew you to portraits?',
      'I grew up surrounded by strong women, and I wanted my work to hold them the way they held me.',
      'How do you choose your sitters?',
      'Mostly they choose me. My aunts started asking when the first show opened.',
      'What are you working on now?',
      'I am finishing a series about my grandmother, which we will show in the spring.',
    ].join('\n\n'));
    expect(briefGenre(interview)).toBe('qa');
    const explainer = read([
      'What is Nato and how does it work?',
      '',
      'The alliance was founded in 1949 by twelve countries.',
      'What is Article 5?',
      'It says an attack on one member is an attack on all, and it has been invoked once.',
      'Who pays for it?',
      'Members pay into a common budget by a formula based on national income.',
      'Can a member leave?',
      'Any member may leave a year after giving notice to the United States.',
    ].join('\n\n'));
    expect(briefGenre(explainer)).not.toBe('qa');
    // An advice column: a reader's letter and the reply, each to a different person.
    const advice = read('Dear Abby: My co-worker texts my wife\n\nDear Abby: I am a 42-year-old man, married for 19 years. My wife went back to work this year.\n\nHer co-worker sends her messages late at night, and I feel disrespected.\n\nDear Excessive: I urge you to forget about confronting him. Suggest the three of you meet for lunch instead.\n');
    expect(briefGenre(advice)).toBe('qa');
    expect(briefGenre(read('A letter to my son\n\nDear Sam: I am writing this on the night before you leave for college, and I want you to know how proud we are.\n'))).not.toBe('qa');
  });

  it('ships a model over the genres it tells apart, one weight per feature and a bias per class', () => {
    const model = genreModel();
    expect(model.classes).toEqual(TEXT_GENRES);
    expect(model.mean).toHaveLength(model.features.length);
    expect(model.sd.every((v) => v > 0)).toBe(true);
    for (const row of model.weights) expect(row).toHaveLength(model.features.length + 1);
    expect(TEXT_GENRES).toContain(briefGenre(COLUMN));
  });
});
