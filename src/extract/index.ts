import type { AnnotatedArticle, Brief, BriefPart, ScoredSentence, Stats, SummaryOptions, SummarySentence } from '../types.js';
import { MESSAGE, message } from '../messages.js';
import { runComponents, type Models } from './components.js';
import { wordsIn } from './summary/index.js';
import { briefGenre } from './genre.js';
import { BODY_ROLES, TITLE_SEPARATOR } from '../vocabulary.js';
import { transcriptTurns } from './claims/dialogue.js';
import { textSpan } from './spans.js';

export { ALL_PARTS, needsNames, type Models } from './components.js';

const NOT_ENGLISH = 'the text does not look like English: names, claims and implications are left out (they come from English models)';

/** Words a minute for the reading-time estimate (a common figure for adult silent reading of non-fiction). */
const READING_WORDS_PER_MINUTE = 238;

/**
 * AnnotatedArticle → Brief: the structure and stats, and the parts asked for (default all: the
 * summary, entity records, claims and implications; see components.ts). Parts not asked for are
 * empty, and sentence scores are 0 when the summary did not run.
 */
export function extract(annotated: AnnotatedArticle, options: SummaryOptions = {}, parts?: readonly BriefPart[], models?: Models): Brief {
  const { article } = annotated;
  const work = runComponents(annotated, options, parts, models);
  const { ranked, chosen = [] } = work;
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;

  const sentences: ScoredSentence[] = annotated.sentences.map((sentence, i) => {
    const r = ranked?.[i];
    return {
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      index: sentence.index,
      score: r ? round(r.score) : 0,
      role: sentence.role,
      section: sentence.section,
      ...(options.explain && r ? { signals: roundAll(r.signals) } : {}),
    };
  });
  // A radio transcript's reporter telling the story: the summary sentence without the label
  // ("MARTINEZ-BELTRAN: Capo says he hopes …" → "Capo says he hopes …"); a voice heard keeps theirs.
  const turns = chosen.length ? transcriptTurns(annotated.sentences) : null;
  const summary: SummarySentence[] = chosen.map((i) => {
    const r = ranked![i]!;
    const from = turns?.narrated.get(i) ? turns.labelEnds.get(i) : undefined;
    const span = from === undefined ? r.sentence : textSpan(article.text, from, r.sentence.end);
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      index: i,
      score: round(r.score),
      ...(options.explain ? { signals: roundAll(r.signals) } : {}),
    };
  });

  return {
    schemaVersion: 2,
    origin: article.origin,
    format: article.format,
    meta: article.meta,
    text: article.text,
    title: article.title,
    dek: article.dek,
    byline: article.byline,
    dateline: article.dateline,
    genre: briefGenre(annotated),
    sections: article.sections,
    sentences,
    summary,
    claims: work.claims ?? [],
    entities: work.entities ?? [],
    implications: work.implications ?? [],
    dropped: article.dropped,
    // Names, claims and implications come from English models and cue lists: on another language
    // they are noise, so they are left out, with a warning; structure, summary and values stay.
    messages: annotated.english ? article.messages : [...article.messages, message(MESSAGE.notEnglish, NOT_ENGLISH)],
    stats: stats(annotated),
  };
}

/** Sentences shorter than this without sentence punctuation are headings or labels in disguise, not article text. */
const MIN_ARTICLE_SENTENCE_WORDS = 5;

/**
 * Whether the brief found any article text: a body sentence of a few words, or one that ends
 * like a sentence. An input of only headings or page chrome has none.
 */
/**
 * The error a page is when it is a web server's error page and no article ("Forbidden" over
 * "HTTP Error 403. The request URL is forbidden."): its title says so and its text is a few
 * sentences at most. Null for an article.
 */
export function errorPage(brief: Brief): string | null {
  // (An HTML page only: a text's title "Forbidden" over a review of the play is an article.)
  if (brief.format !== 'html') return null;
  const title = brief.title?.text.trim() ?? '';
  // (Or its own part, without the site's name after it: "404 Not Found | The Ledger".)
  if (!ERROR_TITLE.test(title) && !ERROR_TITLE.test(title.split(TITLE_SEPARATOR)[0]!.trim())) return null;
  const body = brief.sentences.filter((s) => BODY_ROLES.has(s.role));
  const words = body.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  // (Its text says it is an error: "HTTP Error 403. The request URL is forbidden.")
  return words <= ERROR_PAGE_MAX_WORDS && body.some((s) => ERROR_TEXT.test(s.text)) ? title : null;
}

/** A server's error page's title, all of it: "Forbidden", "404 Not Found", "Access Denied", "Error 500" (not "450 jobs cut at …"). */
const ERROR_TITLE = /^(?:(?:error|http(?: error)?)\s+)?(?:[45]\d\d(?:\s*[-–:]?\s*(?:forbidden|not found|page not found|access denied|error|unauthorized|gone|service unavailable|bad gateway|internal server error|bad request))?|forbidden|not found|page not found|access denied|service unavailable|bad gateway|internal server error|bad request)$/i;
/** What an error page's text says ("The page you requested could not be found."). */
const ERROR_TEXT = /\b(?:http error|error [45]\d\d|[45]\d\d error|forbidden|not found|(?:could|can)(?:not| not|n['’]t) be found|no longer exists|does not exist|access (?:is )?denied|unauthori[sz]ed|service unavailable|bad gateway)\b/i;
/** The most words of text an error page holds. */
const ERROR_PAGE_MAX_WORDS = 40;

export function hasArticleText(brief: Brief): boolean {
  return brief.sentences.some(
    (s) => BODY_ROLES.has(s.role) && (s.text.split(/\s+/).length >= MIN_ARTICLE_SENTENCE_WORDS || /[.!?…。！？]["'”’)」』]*$/u.test(s.text)),
  );
}

function roundAll(signals: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(signals)) out[k] = Math.round(v * 1e4) / 1e4;
  return out;
}

function stats(annotated: AnnotatedArticle): Stats {
  const body = annotated.sentences.filter((s) => BODY_ROLES.has(s.role));
  // Tables are read too: their words count toward the reading time, though they hold no sentences.
  const words = annotated.sentences.filter((s) => BODY_ROLES.has(s.role) || s.role === 'table-row').reduce((n, s) => n + wordsIn(s), 0);
  const paragraphs = annotated.article.sections.reduce((n, s) => n + s.blocks.length, 0);
  return { words, sentences: body.length, paragraphs, readingMinutes: Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE)) };
}
