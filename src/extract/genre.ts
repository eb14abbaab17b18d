/**
 * The page's genre as the brief reports it. The parser reads the page's own signals (a declared
 * type, a headline label, an address, entry times, question labels, press-release furniture; see
 * src/parse/genre.ts); a page with none of them it calls hard news. Such a page is read here by
 * the shape of its text: a softmax regression over a few measures (first- and second-person
 * words outside quotation marks, reporting verbs, quotations, questions, modals, past tense,
 * figures, headings, length, a lede off its headline, a day in the lede, the headline's shape),
 * fitted by `npm run train:genre -- --pages DIR` on the real pages readers annotated, a reserve
 * fifth left out. The weights ship in models/genre.json (no text of the pages).
 */
import { readFileSync } from 'node:fs';
import { modelPath, once } from '../ml/models.js';
import type { AnnotatedArticle, Genre } from '../types.js';
import { BODY_ROLES } from '../vocabulary.js';
import { ledeOffHeadline } from './summary/index.js';
import { interviewShape, transcriptTurns } from './claims/dialogue.js';

/** The genres an interview's shape overrides: those the parser may give a page from its address or by default. */
const INTERVIEW_OVERRIDES: ReadonlySet<Genre> = new Set<Genre>(['hard-news', 'feature', 'opinion', 'listicle', 'analysis']);

/** The genres the model tells apart on a page without signals. */
export const TEXT_GENRES: readonly Genre[] = ['hard-news', 'feature', 'opinion', 'analysis', 'listicle', 'press-release'];

export interface GenreModel {
  classes: Genre[];
  /** The features' names, in order, and their means and deviations on the training pages. */
  features: string[];
  mean: number[];
  sd: number[];
  /** One row per class: a weight per feature, then the bias. */
  weights: number[][];
}

export const genreModel = once((): GenreModel => JSON.parse(readFileSync(modelPath('genre'), 'utf8')) as GenreModel);

const WHEN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|last (?:week|night|month))\b/i;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
const WE = new Set(['we', 'us', 'our', 'ours']);
const YOU = new Set(['you', 'your', 'yours']);
const REPORTS = new Set(['said', 'says', 'told', 'according']);
const MODALS = new Set(['should', 'must', 'ought', 'need', 'needs']);
const PAST = new Set(['was', 'were', 'had', 'did']);
const PRESENT = new Set(['is', 'are', 'has', 'does', 'am']);

/** The measures of a page's text the model reads, by name. */
export function textFeatures(annotated: AnnotatedArticle): Record<string, number> {
  const body = annotated.sentences.filter((s) => BODY_ROLES.has(s.role));
  let words = 0, first = 0, we = 0, you = 0, reports = 0, quoted = 0, questions = 0, modals = 0, past = 0, present = 0, figures = 0;
  // A radio transcript's voices heard speak as if in quotation marks: their "I" and "we" are no
  // columnist's ("ZEPH CAPO: We have the momentum" in a news report read as opinion).
  const turns = transcriptTurns(annotated.sentences);
  for (const s of body) {
    let inside = false;
    const heard = turns?.narrated.get(s.index) === false;
    let quotes = heard;
    for (const t of s.tokens) {
      if (/^[“”"]$/.test(t.text)) {
        inside = t.text === '”' ? false : t.text === '“' ? true : !inside;
        quotes = true;
        continue;
      }
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      words++;
      if (t.kind === 'number') figures++;
      if (inside || heard) continue;
      const n = t.normal;
      if (FIRST_PERSON.has(n)) first++;
      if (WE.has(n)) we++;
      if (YOU.has(n)) you++;
      if (REPORTS.has(n)) reports++;
      if (MODALS.has(n)) modals++;
      if (PAST.has(n)) past++;
      if (PRESENT.has(n)) present++;
    }
    if (quotes) quoted++;
    if (/\?\s*$/.test(s.text)) questions++;
  }
  const sentences = Math.max(1, body.length);
  const w = Math.max(1, words);
  const { article } = annotated;
  const blocks = article.sections.reduce((n, s) => n + s.blocks.length, 0);
  const headings = article.sections.filter((s) => s.heading).length;
  const lede = body[0]?.text ?? '';
  const title = article.title?.text ?? '';
  return {
    first: (100 * first) / w,
    we: (100 * we) / w,
    you: (100 * you) / w,
    reports: reports / sentences,
    quoted: quoted / sentences,
    questions: questions / sentences,
    modals: (100 * modals) / w,
    pastShare: past / Math.max(1, past + present),
    figures: (100 * figures) / w,
    headings: headings / Math.max(1, blocks),
    logWords: Math.log10(w),
    sentenceLength: w / sentences,
    ledeOff: ledeOffHeadline(annotated) ? 1 : 0,
    ledeWhen: WHEN.test(lede) ? 1 : 0,
    titleQuestion: /\?\s*$/.test(title) ? 1 : 0,
    titleHowWhy: /^(?:how|why|what|who|when|where|which|is|are|can|should|will|does|do)\b/i.test(title) ? 1 : 0,
    titleNumber: /\b\d{1,2}\b/.test(title) ? 1 : 0,
    titleColon: /[:|]/.test(title) ? 1 : 0,
    names: (100 * annotated.mentions.length) / w,
  };
}

/** Each class's score for these features (the softmax's inputs). */
export function genreScores(model: GenreModel, features: Record<string, number>): number[] {
  const x = model.features.map((name, j) => ((features[name] ?? 0) - model.mean[j]!) / model.sd[j]!);
  return model.weights.map((row) => row[x.length]! + x.reduce((a, v, j) => a + v * row[j]!, 0));
}

/**
 * The genre the page's signals and its lede give, without the text model: the parser's, or a
 * feature where a page it reads as hard news opens off its headline. The readers' claim check is
 * gated by this one: read by the text model, 95 more of PolNeAR's 924 campaign stories are opinion,
 * feature or analysis, and the check dropping what PolNeAR counts there cost its reserve 1.1 points
 * of F1 (74.9 → 73.8; real pages' claims right, reserve fifth, 72.3 → 77.5).
 */
export function signalledGenre(annotated: AnnotatedArticle): Genre {
  return briefGenre(annotated, null);
}

/** A letter's or a reply's salutation that opens a paragraph: "Dear Abby:", "Dear Excessive:". */
const SALUTATION = /^Dear (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}):/u;

/**
 * An advice column: a reader's letter and the columnist's reply, each opening with a salutation to
 * a different person ("Dear Abby: …" / "Dear Excessive: …"). Readers call it a Q&A.
 */
function adviceColumn(annotated: AnnotatedArticle): boolean {
  const addressed = new Set<string>();
  for (const s of annotated.sentences) {
    if (!BODY_ROLES.has(s.role) && s.role !== 'title') continue;
    const to = SALUTATION.exec(s.text)?.[1];
    if (to) addressed.add(to.toLowerCase());
  }
  return addressed.size >= 2;
}

/** The page's genre: the parser's where the page signals one, else the model's reading of its text. */
export function briefGenre(annotated: AnnotatedArticle, model: GenreModel | null = genreModel()): Genre {
  // (The summary's check and the brief both ask: read once per page and model.)
  const known = readGenres.get(annotated);
  if (known && known.model === model) return known.genre;
  const genre = readGenre(annotated, model);
  readGenres.set(annotated, { model, genre });
  return genre;
}
const readGenres = new WeakMap<AnnotatedArticle, { model: GenreModel | null; genre: Genre }>();

function readGenre(annotated: AnnotatedArticle, model: GenreModel | null): Genre {
  const { genre } = annotated.article;
  // A page set as an interview without labels (a magazine's questions in bold, the guest's answers
  // under them) is a Q&A whatever its address or text says; a declared type or label stands.
  if (INTERVIEW_OVERRIDES.has(genre) && (interviewShape(annotated) || adviceColumn(annotated))) return 'qa';
  if (genre !== 'hard-news') return genre;
  if (!model) return ledeOffHeadline(annotated) ? 'feature' : genre;
  const p = genreProbabilities(model, annotated);
  return model.classes[p.indexOf(Math.max(...p))]!;
}

/** Each class's probability for the page's text (the softmax of genreScores). */
function genreProbabilities(model: GenreModel, annotated: AnnotatedArticle): number[] {
  const scores = genreScores(model, textFeatures(annotated));
  const top = Math.max(...scores);
  const e = scores.map((x) => Math.exp(x - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}
