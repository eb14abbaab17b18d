import { ATTRIBUTION_VERBS } from '../data/cues.js';
import { SPORTS_URL } from '../data/genres.js';
import type { AnnotatedArticle, Article, Mention, Sentence, SentenceRole, Span, TextSpan, Token } from '../types.js';
import { looksEnglish } from './language.js';
import { recogniseNames } from './ner/index.js';
import { analyse } from './wink.js';

export interface AnnotateOptions {
  /** Run the name recogniser (default true); the `read` command needs no names. */
  names?: boolean;
}

/**
 * Article → AnnotatedArticle: sentences and values from wink, the language check, then (for
 * English text) people, organisations and places from our recogniser over all sentences.
 */
export function annotate(article: Article, options: AnnotateOptions = {}): AnnotatedArticle {
  const { sentences, mentions } = readSentences(article);
  const english = looksEnglish(sentences);
  if (english && options.names !== false) {
    // A sports report names teams by their places ("Spain beat Russia"): see teamsInSports. A
    // live blog or an opinion piece in a site's sports pages is one too. Only a page whose address
    // says so: a text read as sports by its words alone keeps the places of CoNLL-2003's sports
    // wires (typing them as teams cost CoNLL dev 3.4 points).
    const sports = SPORTS_URL.test(article.meta.url ?? '');
    for (const n of recogniseNames(sentences, undefined, { sports })) {
      mentions.push({ text: article.text.slice(n.start, n.end), start: n.start, end: n.end, type: n.type, sentence: n.sentence });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { article, sentences, mentions: dropOverlaps(mentions), english };
}

/**
 * The sentences of an article with their tokens, and wink's value mentions. wink reads one block
 * at a time (a heading, a paragraph, a list item's label and its body separately), so headings,
 * labels and list items never merge into the sentences around them.
 */
export function readSentences(article: Article): { sentences: Sentence[]; mentions: Mention[] } {
  const { text, dateline } = article;
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];

  const add = (unit: TextSpan, role: SentenceRole, section: number, block: number, item: number, oneSentence: boolean): void => {
    if (unit.end <= unit.start) return;
    const first = sentences.length;
    for (const piece of oneSentence ? [unit] : cjkSentences(text, unit)) {
      const result = analyse(text, piece.start, piece.end, oneSentence);
      const base = sentences.length;
      // A dateline is no place for a sentence to end: "LA CROSSE, Wis. (AP) — After …" is one
      // sentence, not "LA CROSSE, Wis." and "(AP) — After …"; nor right after one ("GREEN BAY, Wis. --
      // Here we go again.", where the dateline ends with the abbreviation's point).
      const into: number[] = [];
      const pieces: typeof result.sentences = [];
      for (const s of result.sentences) {
        const last = pieces[pieces.length - 1];
        // Nor is an item's number: "1. Celebrity nude photo leaks." is one sentence, not "1." and the rest.
        if (last && ((dateline && s.start > dateline.start && (s.start < dateline.end || !text.slice(dateline.end, s.start).trim())) || askedThenSaid(text, last, s.tokens) || ITEM_NUMBER.test(text.slice(last.start, last.end)))) {
          pieces[pieces.length - 1] = { start: last.start, end: s.end, tokens: [...last.tokens, ...s.tokens] };
        } else pieces.push(s);
        into.push(pieces.length - 1);
      }
      for (const s of pieces) {
        sentences.push({
          text: text.slice(s.start, s.end),
          start: s.start,
          end: s.end,
          index: sentences.length,
          role,
          section,
          block,
          item,
          inBlock: sentences.length - first,
          tokens: s.tokens,
        });
      }
      for (const e of result.entities) {
        mentions.push({ text: text.slice(e.start, e.end), start: e.start, end: e.end, type: e.type, sentence: base + into[e.sentence]! });
      }
    }
  };

  if (article.title) add(article.title, 'title', -1, -1, -1, true);
  if (article.dek) add(article.dek, 'dek', -1, -1, -1, false);
  article.sections.forEach((section, si) => {
    if (section.heading) add(section.heading, 'heading', si, -1, -1, true);
    section.blocks.forEach((block, bi) => {
      if (block.kind === 'list') {
        block.items!.forEach((item, ii) => {
          if (item.label) add(item.label, 'list-label', si, bi, ii, true);
          add(item.body, 'list-item', si, bi, ii, false);
        });
      } else if (block.kind === 'table') {
        block.rows!.forEach((row, ri) => add(row, 'table-row', si, bi, ri, true));
      } else if (block.kind === 'code') {
        // A program's text has no sentences to read: no names, claims or summary come from it.
      } else {
        add(block, block.kind === 'quote' ? 'quote' : 'body', si, bi, -1, false);
      }
    });
  });

  return { sentences, mentions };
}

/**
 * A question or an exclamation in quotation marks is no sentence's end when its speaker and a
 * reporting verb follow: "“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he
 * steers …" is one sentence (wink ends one at the mark before a capital). A pronoun after it
 * ("he asked") wink already keeps in the sentence.
 */
function askedThenSaid(text: string, last: Span, next: readonly Token[]): boolean {
  // (Only a sentence that is all the quotation: "Mayor Paul White asked, “Where did the money go?”"
  // has its speaker, and the sentence after it is a sentence of its own.)
  if (!/^[“"][^“”"]*[?!]\s*[”"]$/.test(text.slice(last.start, last.end))) return false;
  for (let k = 0; k < next.length && k <= ASKED_SPEAKER_TOKENS; k++) {
    const x = next[k]!;
    if (k > 0 && x.pos === 'VERB' && ATTRIBUTION_VERBS.has(x.lemma)) return true;
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(x.text)) return false;
  }
  return false;
}

/** A sentence that is only an item's number ("1.", "12)"). */
const ITEM_NUMBER = /^\d{1,3}[.)]$/;

/** The longest name between a quoted question and its reporting verb. */
const ASKED_SPEAKER_TOKENS = 4;

/** A Chinese or Japanese full stop, question or exclamation mark, with any closing brackets after it. */
const CJK_SENTENCE_END = /[。！？][」』）】]*/gu;

/**
 * wink leaves a run of Chinese or Japanese script as one token, so a paragraph of it would be one
 * sentence: it is cut after each 。！？ first, and each piece read on its own.
 */
function cjkSentences(text: string, unit: Span): Span[] {
  const slice = text.slice(unit.start, unit.end);
  CJK_SENTENCE_END.lastIndex = 0;
  if (!CJK_SENTENCE_END.test(slice)) return [unit];
  const pieces: Span[] = [];
  let from = unit.start;
  CJK_SENTENCE_END.lastIndex = 0;
  for (const m of slice.matchAll(CJK_SENTENCE_END)) {
    const end = unit.start + m.index + m[0].length;
    if (text.slice(from, end).trim()) pieces.push({ start: from, end });
    from = end;
  }
  if (text.slice(from, unit.end).trim()) pieces.push({ start: from, end: unit.end });
  return pieces;
}

/** Where a name and a value overlap (wink calls "May" a date), the first and longer mention wins. */
function dropOverlaps(sorted: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
