/**
 * What kind of page this is, from its own signals, strongest first: its declared schema.org type,
 * the labels of its headline ("Opinion |", "… live:") or its standfirst ("COMMENTARY | …"), its address ("/opinion/", "/sport/"), then the shape of its text (entry times of a live
 * blog, question and answer labels, press-release furniture). Without a signal it is news.
 * The summary uses it; the JSON carries it as `genre`.
 */
import { ABOUT_HEADING, ABOUT_MAX, ENTRY_TIME, ENTRY_TIME_OPENING, GENRE_BY_DEK_LABEL, GENRE_BY_TITLE, GENRE_BY_TYPE, GENRE_BY_URL, PRESS_RELEASE, QA_LABEL, SPORTS_WORDS, SPORTS_WORDS_PER_100 } from '../data/genres.js';
import type { Genre, Section, SourceMeta, TextSpan } from '../types.js';

/** The fewest words a page's text must hold for its sports words to say it is a sports page (a short election item "won … beat … points … team" is none). */
const SPORTS_MIN_WORDS = 150;

/** How many entry times, question labels or speaker turns make a live blog or a Q&A. */
const MIN_SIGNALS = 3;
/** A speaker's turn in an interview: "Ryan Day: We wanted …" (a name of one to three words, then a colon). */
const TURN = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}):\s+\S/u;

/** Number words a headline may count its items with. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** A count of items in a headline: "7 changes", "Five key policies". */
const LIST_COUNT = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORDS.join('|')})\\s+\\p{L}`, 'giu');
/** A headline that picks or ranks: "The best …", "Best rosé under $20", "…, ranked". */
const LIST_TITLE = /^(?:[\p{L}' ]{1,30}:\s+)?(?:the\s+)?(?:\d{1,2}\s+)?best\s+\p{L}|\branked\b/iu;

export function guessGenre(meta: SourceMeta, title: TextSpan | null, sections: readonly Section[], dek: TextSpan | null = null): Genre {
  const first = <T>(rules: ReadonlyArray<[RegExp, T]>, text: string | null | undefined): T | null => {
    if (!text) return null;
    for (const [pattern, genre] of rules) if (pattern.test(text)) return genre;
    return null;
  };
  const declared = first(GENRE_BY_TYPE, meta.type) ?? first(GENRE_BY_TYPE, meta.section) ?? first(GENRE_BY_TITLE, meta.section ? `${meta.section} |` : null) ?? first(GENRE_BY_TITLE, meta.title) ?? first(GENRE_BY_TITLE, title?.text) ?? first(GENRE_BY_DEK_LABEL, dek?.text) ?? first(GENRE_BY_URL, meta.url);
  // (A buying guide under "/reviews/" that picks the best of a kind, over its picks' subheadings, is a list: Wirecutter's "The Best Wireless Bluetooth Earbuds".)
  if (declared === 'opinion' && /\/reviews?\//i.test(meta.url ?? '') && title && LIST_TITLE.test(title.text) && !/\breview\b/i.test(title.text) && sections.filter((s) => s.heading).length >= MIN_SIGNALS && !first(GENRE_BY_TITLE, title.text)) return 'listicle';
  if (declared) return declared;
  if (/wikipedia/i.test(meta.siteName ?? '')) return 'encyclopedia';

  const paragraphs = sections.flatMap((s) => [...(s.heading ? [s.heading.text] : []), ...s.blocks.map((b) => b.text)]);
  if (paragraphs.filter((p) => ENTRY_TIME.test(p.trim())).length >= MIN_SIGNALS) return 'live-blog';
  // (Or entries whose time opens their first line, several more of them: a schedule's few timed lines are no live blog.)
  if (paragraphs.filter((p) => ENTRY_TIME_OPENING.test(p.trim())).length >= 2 * MIN_SIGNALS) return 'live-blog';
  if (paragraphs.filter((p) => QA_LABEL.test(p)).length >= MIN_SIGNALS) return 'qa';
  // An interview set as turns: two or more people each speaking several times.
  const speakers = new Map<string, number>();
  for (const p of paragraphs) {
    const who = TURN.exec(p)?.[1];
    if (who) speakers.set(who, (speakers.get(who) ?? 0) + 1);
  }
  const turns = [...speakers.values()].filter((n) => n >= 2);
  if (turns.length >= 2 && turns.reduce((a, b) => a + b, 0) >= MIN_SIGNALS + 1) return 'qa';
  const abouts = paragraphs.filter((p) => ABOUT_HEADING.test(p)).length;
  if (paragraphs.some((p) => PRESS_RELEASE.test(p)) || (abouts > 0 && abouts <= ABOUT_MAX)) return 'press-release';
  // "A woman who lost 130 pounds shares 7 changes she wasn't expecting": a count in the headline
  // that the page's subheadings make good is a list of that many items.
  // The count may be a word ("Five key policies …"), and a page may add an introduction and a
  // closing section ("How we tested") to its items' headings.
  // (Or paragraphs its items open, numbered in order: Flavorwire's "1. Celebrity nude photo leaks. …" to "13. …".)
  // (Only under a headline that opens with its count: "Union sets out 4 demands …" numbered 1–4 is news.)
  const numbered = title && /^\d/.test(title.text.trim()) ? paragraphs.reduce((n, p) => (Number(/^(\d{1,2})[.)]\s/.exec(p.trim())?.[1]) === n + 1 ? n + 1 : n), 0) : 0;
  const headed = Math.max(sections.filter((s) => s.heading).length, numbered);
  // A count in words only opens the headline ("Five key policies …"): inside one it is news ("Man kept six women …").
  const count = title ? [...title.text.matchAll(LIST_COUNT)].filter((m) => /^\d/.test(m[1]!) || m.index === 0).map((m) => NUMBER_WORDS.indexOf(m[1]!.toLowerCase()) + 1 || Number(m[1])) : [];
  if (count.some((n) => n >= MIN_SIGNALS && headed >= n - 1 && headed <= n + 2)) return 'listicle';
  // "The best heated clothes airers …", "Every outfit …, ranked": a headline that says it ranks or
  // picks, over at least three subheadings.
  if (title && headed >= MIN_SIGNALS && LIST_TITLE.test(title.text)) return 'listicle';
  // A game's report in a site that does not say it is one: the density of its sports words.
  const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const sporting = paragraphs.reduce((n, p) => n + (p.match(SPORTS_WORDS)?.length ?? 0), 0);
  if (words >= SPORTS_MIN_WORDS && (100 * sporting) / words >= SPORTS_WORDS_PER_100) return 'sports';
  return 'hard-news';
}
