/**
 * What tells a page's genre from its own signals (used by src/parse/genre.ts): its declared type,
 * the words of its address, the labels of its headline, and the shape of its text.
 */
import type { Genre } from '../types.js';

/** schema.org types that say the genre (og:type says little: nearly every page is "article"). */
export const GENRE_BY_TYPE: ReadonlyArray<[RegExp, Genre]> = [
  [/LiveBlogPosting/i, 'live-blog'],
  [/OpinionNewsArticle|\bOpinion\b/i, 'opinion'],
  [/ReviewNewsArticle|\bReview\b/i, 'opinion'],
  [/AnalysisNewsArticle/i, 'analysis'],
  [/QAPage|FAQPage/i, 'qa'],
  [/DiscussionForumPosting/i, 'forum'],
];

/**
 * An address in a site's sports pages: its genre when nothing else says one, and a sports page
 * whatever its genre (a live blog of a match). Sports sites whose host does not say "sport": the
 * big networks (ESPN, Bleacher Report, Sports Illustrated, The Athletic, Rivals, 247Sports) and the
 * leagues' own sites.
 */
export const SPORTS_URL =
  /\/(?:sports?|nfl|nba|mlb|nhl|soccer|football|tennis|golf|cricket|rugby|f1|cycling|olympics|match-reports?)\/|cricket[\w-]*\.com(?:\.au)?\/|(?<!tran|pas)sports?[\w-]*\.(?:com|ca|co\.uk)|^https?:\/\/(?:[\w-]+\.)*(?:espn(?:cricinfo|fc)?|bleacherreport|si|theathletic|rivals|nfl|nba|wnba|mlb|nhl|mlssoccer|nascar|pgatour|atptour|wtatennis|formula1|uefa|fifa|premierleague)\.(?:com|co\.uk|in)(?:[/:?#]|$)/i;

/** Words of a page's address (path segments or host) that say its genre. */
export const GENRE_BY_URL: ReadonlyArray<[RegExp, Genre]> = [
  [/\/(?:live|liveblog|live-blog|live-news|live-updates|live-coverage)(?:\/|-)/i, 'live-blog'],
  [/\/(?:opinion|opinions|commentisfree|comment|editorials?|columns?|columnists?|op-?ed|views?|reviews?)\//i, 'opinion'],
  [/-review(?:[-/.]|$)/i, 'opinion'],
  [/\/analysis\/|fact-?check|\/explainers?[/-]/i, 'analysis'],
  [/wikipedia\.org\/wiki\//i, 'encyclopedia'],
  [/\/(?:press-?releases?|news-?releases?|pressroom|media-?releases?)\/|prnewswire\.|businesswire\.|globenewswire\./i, 'press-release'],
  [/\/newsletters?\//i, 'newsletter'],
  [/\/(?:forums?|threads?|community)\/|reddit\.com\/r\//i, 'forum'],
  [SPORTS_URL, 'sports'],
  [/\/(?:features?|magazine|longreads?|long-reads)\//i, 'feature'],
];

/** Labels a headline carries in its metadata or text: "Opinion | …", "Live: …", "… review", "Q&A: …". */
/** A standfirst's label of the page's kind: Nextgov's "COMMENTARY | Agentic government is not a future concept …". */
export const GENRE_BY_DEK_LABEL: ReadonlyArray<[RegExp, Genre]> = [
  [/^(?:opinion|commentary|comment|editorial|column|op-?ed|perspective|viewpoint)\s*[|:]\s*\S/i, 'opinion'],
  [/^analysis\s*[|:]\s*\S/i, 'analysis'],
];

export const GENRE_BY_TITLE: ReadonlyArray<[RegExp, Genre]> = [
  [/^(?:live|live updates?|as it happened)\b\s*[:|–-]|[-–|]\s*live\s*$|\blive(?: updates)?\s*:|\blive updates\b/i, 'live-blog'],
  [/^(?:opinion|comment|commentary|editorial|column|op-?ed|the \w+ view on)\b|\|\s*editorial\s*$|\breview\b\s*[–-]/i, 'opinion'],
  [/^analysis\b\s*[:|–-]|\bfact check\b/i, 'analysis'],
  // An explainer: "What is Nato and which countries are in it?", "OBR: What is the OBR and what does it do?", "What we know about …", "What's next for Gaza …".
  [/(?:^|:\s+)(?:what|who) (?:is|are|was|were)\b[^?]*\?|\bwhat we know\b|\bwhat['’]s next\b|\bwhat to know\b|\bexplained\b|^explainer\b/i, 'analysis'],
  [/^(?:q\s*&\s*a|q&amp;a|interview)\b|\bq\s*&\s*a\b|\binterview:/i, 'qa'],
  [/^\d{1,3}\s+(?:\w+\s+){0,3}(?:best|things|ways|reasons|tips|changes|signs|places|books|films|movies|songs|questions|facts|foods|plants)\b|^(?:the\s+)?(?:best|top)\s+\d{1,3}\b/i, 'listicle'],
];

/** Press-release furniture: a dateline-style opening, the "About X" boilerplate, contact lines. */
export const PRESS_RELEASE =
  /\b[Ff]or [Ii]mmediate [Rr]elease\b|FOR IMMEDIATE RELEASE|\b[Mm]edia (?:[Cc]ontact|[Ii]nquiries)\b|^\s*#{3}\s*$|\(?(?:PRNewswire|BUSINESS WIRE|GLOBE NEWSWIRE)\)?/m;

/**
 * A release's boilerplate heading: "About Acme Corp". A page with more of them than a joint
 * release has (ABOUT_MAX) is a list of things, each "About" its entry: a year's books, a shop's products.
 */
export const ABOUT_HEADING = /^\s*About (?!(?:the )?(?:Author|Authors|Contributor|Contributors|Writer|Reporter|Editor|Columnist|Photographer|Artist|Podcast|Show|Book|Series)\s*:?\s*$)(?:[Tt]he )?[A-Z][\w&.®-]*(?:\s+[A-Z][\w&.®-]*){0,5}(?:\s+\([^)\n]{1,40}\))?\s*:?\s*$/m;
export const ABOUT_MAX = 3;

/** A live-blog entry's time: "19.30 GMT", "10:42 a.m. ET", "2h ago", "Updated 14:05". */
export const ENTRY_TIME = /^(?:updated\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|IST|AEST|AEDT)?|\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs|hours)\s+ago)$/i;

/** An entry's time run into its first line, as the Telegraph's live blogs set it: "17.00 We are going to leave our live coverage here …". */
export const ENTRY_TIME_OPENING = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC)?\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u;

/** A question or answer label that opens a paragraph: "Q:", "A.", "Question:", "Answer —". */
export const QA_LABEL = /^(?:Q|A|Question|Answer)\s*[:.—–-]\s/;

/**
 * Words of a game's report: a page with no other signal whose text holds at least
 * SPORTS_WORDS_PER_100 of these in every hundred words is a sports page (on the real pages sports
 * reports hold 4.5 to 8, news at most 2.9).
 */
export const SPORTS_WORDS = /\b(?:goals?|scored|scoring|period|quarter|inning|innings|season|coach|playoffs?|league|tournament|match|game|games|win|wins|won|victory|defeat(?:ed)?|beat|points?|rebounds?|assists?|touchdowns?|yards|halftime|overtime|striker|midfielder|goalkeeper|quarterback|pitcher|seed|sets?|semi-finals?|quarter-finals?|final|champions?|championship|team|teams|players?|fans)\b/gi;
export const SPORTS_WORDS_PER_100 = 4;
