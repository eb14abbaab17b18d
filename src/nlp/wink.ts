/**
 * The only file that imports wink-nlp (its model is assembled in wink-model.ts). It loads the
 * model once, on first use, runs `readDoc` on one block of text at a time, and turns wink's
 * token indexes into offsets into the article text (wink gives none: each token's preceding
 * spaces plus its length rebuild them exactly).
 */
import winkNLP from 'wink-nlp';
import type { Token, ValueType } from '../types.js';
import { refineValues } from './values.js';
import { TITLE_ABBREVIATION } from '../data/titles.js';
import { winkModel } from './wink-model.js';

type Wink = ReturnType<typeof winkNLP>;
/** The part of wink's sentence and entity items used here. */
interface ItemSpan {
  out(f: unknown): unknown;
}
let instance: Wink | null = null;

/**
 * wink's annotations newsbrief reads: sentences, parts of speech and value entities. Negation
 * and sentiment are never read; leaving them out of the pipe makes readDoc about 15% faster
 * over BBC dev (1.35 s → 1.15 s).
 */
const PIPE = ['sbd', 'pos', 'ner', 'cer'];

function wink(): Wink {
  instance ??= winkNLP(winkModel() as never, PIPE as never);
  return instance;
}

/** Loads the model now (for workers and benchmarks that want the cost up front). */
export function warmUp(): void {
  wink().readDoc('Warm up.');
}

export interface WinkSentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface WinkEntity {
  start: number;
  end: number;
  type: ValueType;
  /** Index of the sentence (within this call) that holds the entity. */
  sentence: number;
}

export interface WinkResult {
  sentences: WinkSentence[];
  entities: WinkEntity[];
}

/** wink's entity types → ours. */
const ENTITY_TYPES: Record<string, ValueType> = {
  DATE: 'date', TIME: 'time', DURATION: 'duration', PERCENT: 'percent', MONEY: 'money', ORDINAL: 'ordinal',
  CARDINAL: 'cardinal', EMAIL: 'email', URL: 'url', HASHTAG: 'hashtag', MENTION: 'mention', EMOTICON: 'emoticon',
  EMOJI: 'emoji',
};

/**
 * Tokens, sentences and value entities of `text.slice(start, end)`, with offsets into `text`.
 * `oneSentence` keeps a heading or label as a single sentence whatever wink thinks.
 */
export function analyse(text: string, start: number, end: number, oneSentence = false): WinkResult {
  const nlp = wink();
  const its = nlp.its;
  // "Travis Kelce‘s mom": an opening mark typed for the apostrophe of a possessive is read as the
  // apostrophe (one character for one, so every offset stays).
  // A run of hundreds of characters without a space is no word (a pasted hash, a page's filler):
  // wink's tests of a word take time that grows with its square, so every LONG_RUN_PIECE-th
  // character of such a run is read as a space (one for one: offsets stay, the pieces are tokens).
  const doc = nlp.readDoc(
    text
      .slice(start, end)
      .replace(/(?<=\p{L})‘(?=s(?!\p{L}))/gu, '’')
      .replace(LONG_RUN, (run) => run.replace(PIECE, '$1 ')),
  );
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const normal = tokens.out(its.normal) as string[];
  const lemma = tokens.out(its.lemma as never) as unknown as string[];
  const kind = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];

  const split: Token[] = new Array(values.length);
  let offset = start;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    split[i] = {
      text: value,
      start: offset,
      end: offset + value.length,
      pos: pos[i]!,
      normal: normal[i]!,
      lemma: lemma[i]!,
      kind: kind[i]!,
      stop: stop[i]!,
    };
    offset += value.length;
  }
  // wink cuts a word at a letter outside Latin-1 ("Whangārei" → "Whang" "ā" "rei", "Łódź" → "Ł"
  // "ód" "ź"): the pieces go back together. `at[i]` is the token wink's index i now belongs to.
  const { tokens: all, at } = joinLetterPieces(split);

  const sentences: WinkSentence[] = [];
  // wink can emit a zero-length token (seen for "minister..with"); it carries nothing, so it is dropped.
  // wink splits "Polygraph.info" after "Polygraph."; a "sentence" that touches the previous one
  // with no space and starts in lower case is its continuation. ("fans.A new…", glued text, is a
  // real boundary and stays.)
  const push = (tokens: Token[]): void => {
    const kept = tokens.filter((t) => t.end > t.start);
    const last = sentences[sentences.length - 1];
    // wink ends a sentence inside a closing '' ("… injustice.'' God sent …" → "… injustice.'" and
    // "' God sent …"): a closing mark glued to the sentence before goes back to it.
    while (last && kept.length > 1 && kept[0]!.start === last.end && /^['’”"]$/.test(kept[0]!.text)) {
      const mark = kept.shift()!;
      last.tokens.push(mark);
      last.end = mark.end;
    }
    if (kept.length === 0) return;
    // wink ended the sentence inside a word the pieces were joined into ("Jordanian-U" "." "S."):
    // what follows goes on with it.
    if (last && kept[0]!.start < last.end) {
      const rest = kept.filter((t) => t.start >= last.end);
      last.tokens.push(...rest);
      if (rest.length > 0) last.end = rest[rest.length - 1]!.end;
      return;
    }
    // So is one that starts in lower case right after a quotation ("“Ready?” he asked."), a
    // parenthesis or an abbreviation ("Sen. Bernie Sanders (I-Vt.) on Saturday criticized …").
    const end = last?.tokens[last.tokens.length - 1]!.text ?? '';
    // (Also one of the abbreviations wink reads as a word and its stop: "market sizing, incl. forecasts", "4.9 million bbl. of oil".)
    const stopped = end === '.' && last !== undefined && last.tokens.length >= 2 && last.tokens[last.tokens.length - 2]!.end === last.end - 1 ? `${last.tokens[last.tokens.length - 2]!.text}.` : end;
    const continues = last !== undefined && (last.end === kept[0]!.start || /^[”"’')]$/.test(end) || /^\p{L}{1,4}\.$/u.test(end) || WORD_ABBREVIATION.test(stopped));
    // wink also splits "Jordanian-U.S." after "U."; "S." goes on with it.
    const before = last?.tokens[last.tokens.length - 2]?.text ?? '';
    // So does a degree after its first part: "a Ph.D. in criminology" splits after "Ph." ("Ed.D.", "Sc.D.").
    const degree = end === '.' && /^\p{Lu}\p{Ll}{1,2}$/u.test(before) && last!.tokens[last!.tokens.length - 2]!.end === last!.end - 1;
    const initials = (/(?:^|[-–])\p{Lu}\.$/u.test(end) || (end === '.' && /^\p{Lu}$/u.test(before)) || degree) && /^\p{Lu}\./u.test(kept[0]!.text);
    // Nor does a sentence open with a comma or a closing mark ("Rep. Zoe Lofgren (D-Calif.), who …").
    // (Nor with a dash glued to an exclamation: "useful—and sassy!—wedding planning emails".)
    const punctuation = /^[,;:)\]]$/.test(kept[0]!.text) || (last !== undefined && last.end === kept[0]!.start && /^[!?]$/.test(end) && /^[—–]$/.test(kept[0]!.text));
    // Nor inside a market code: Reuters' " .DJI" (a full stop after a space, the code touching it)
    // and "(AAPL.O)" (a parenthesis still open).
    const lastToken = last?.tokens[last.tokens.length - 1];
    // (A full stop after a space, the next token touching it.)
    const beforeStop = last?.tokens[last.tokens.length - 2];
    const spacedStop = last !== undefined && last.end === kept[0]!.start && end === '.' && beforeStop !== undefined && beforeStop.end < lastToken!.start;
    const code = last !== undefined && last.end === kept[0]!.start && /^\p{Lu}/u.test(kept[0]!.text) && (spacedStop || openParenthesis(last.tokens));
    // Nor at a decimal written without its zero: "eight games under .500 through nine games".
    // Nor inside a decimal glued to a currency code: "RM6.162 million" (wink reads "RM6" a word).
    // Nor inside a name a full stop joins to a number: an instance type, "c6i.8xlarge".
    const gluedDecimal = last !== undefined && last.end === kept[0]!.start && end === '.' && beforeStop !== undefined && beforeStop.end === lastToken!.start && (/\d$/.test(beforeStop.text) || /\d\p{Ll}+$/u.test(beforeStop.text)) && /^\d/.test(kept[0]!.text);
    // Or glued to a sign before it: a P value, "≤.05", "(P<.04)", "(P=.08)".
    const signedDecimal = last !== undefined && last.end === kept[0]!.start && end === '.' && beforeStop !== undefined && beforeStop.end === lastToken!.start && /[<>=≤≥±≈~]$/.test(beforeStop.text) && /^\d/.test(kept[0]!.text);
    const decimal = (spacedStop && /^\d/.test(kept[0]!.text)) || gluedDecimal || signedDecimal;
    // Nor does one end on a title before the names it goes with: "… party lines. Sens. Joe Manchin and Jon Tester agreed."
    const tail = last?.tokens.slice(-2) ?? [];
    const title = last !== undefined && /^\p{Lu}/u.test(kept[0]!.text) && (TITLE_ABBREVIATION.test(end) || (tail.length === 2 && tail[0]!.end === tail[1]!.start && TITLE_ABBREVIATION.test(`${tail[0]!.text}${tail[1]!.text}`)));
    // Nor after a name's exclamation mark: "the E! Network", "Yahoo! News".
    const exclaimed = last !== undefined && end === '!' && tail.length === 2 && tail[0]!.end === tail[1]!.start && /^(?:\p{Lu}|Yahoo)$/u.test(tail[0]!.text) && NAME_AFTER_EXCLAMATION.test(kept[0]!.text);
    // Nor after an abbreviation a number follows: "Vol. 1 sees …", "(reg. $1,799)", "No. 3", "approx. 30".
    const abbreviation = end === '.' && tail.length === 2 && tail[0]!.end === tail[1]!.start ? `${tail[0]!.text}.` : end;
    const numbered = last !== undefined && ((NUMBER_ABBREVIATION.test(abbreviation) && /^(?:[$£€]|\d)/.test(kept[0]!.text)) || (POUNDS_BEFORE_OUNCES.test(abbreviation) && /^\d/.test(kept[0]!.text) && /^(?:oz|ounces?)\b/i.test(kept[1]?.text ?? '')));
    // Nor at an exclamation or a question inside a parenthesis: "… from the newcomers (Bridges! Yamada!) to the established …".
    // (Read over the sentence's last tokens only: a long run of "(Wow! Wow! …" must not be read again at each mark.)
    const parenthetical = last !== undefined && /^[!?]$/.test(end) && openParenthesis(last.tokens.slice(-PARENTHESIS_WINDOW));
    // Nor after a title's exclamation mark before a word in lower case: "Deaf President Now! chronicles …", "Jeopardy! host …".
    // (Not a brand or a name's particle that opens the next sentence: "… a blowout! eBay said …", "… de Blasio said …".)
    const titled = last !== undefined && end === '!' && /^\p{Ll}+$/u.test(kept[0]!.text) && !NAME_PARTICLE.test(kept[0]!.text);
    // Nor inside a site's name written with capitals: "Earth.Org explores …" (wink splits after
    // "Earth."): a capitalised word, its stop, and a top-level domain in title case touching it
    // (not "… unit.AI tools will …", "… intranet.Me and my …": glued sentences).
    const site = end === '.' ? (last?.tokens[last.tokens.length - 2]?.text ?? '') : end.slice(0, -1);
    const address = last !== undefined && last.end === kept[0]!.start && /\.$/.test(end) && /^\p{Lu}/u.test(site) && /^\p{Lu}\p{Ll}+$/u.test(kept[0]!.text) && TOP_LEVEL_DOMAIN.test(kept[0]!.text.toLowerCase()) && kept[1]?.start !== kept[0]!.end;
    // Nor at a macro's call: Rust's "println!(…)", "vec![…]", a name in lower case with its bracket
    // touching the exclamation mark, and no word in capitals or figure opening the bracket ("We
    // won!(And then …)", "Thank you!(1)", "now!(555) 123-4567" end their sentences).
    const macro = last !== undefined && last.end === kept[0]!.start && end === '!' && /^[([]$/.test(kept[0]!.text) && /^[a-z][a-z\d_]*$/.test(tail[0]?.text ?? '') && tail[0]!.end === lastToken!.start && !/^[\p{Lu}\d]/u.test(kept[1]?.text ?? '');
    if (last && ((continues && /^\p{Ll}/u.test(kept[0]!.text)) || (initials && last.end === kept[0]!.start) || punctuation || code || decimal || title || exclaimed || numbered || parenthetical || titled || address || macro)) {
      last.tokens.push(...kept);
      last.end = kept[kept.length - 1]!.end;
      return;
    }
    sentences.push({ start: kept[0]!.start, end: kept[kept.length - 1]!.end, tokens: kept });
  };
  if (oneSentence) push(all);
  else {
    doc.sentences().each((s: ItemSpan) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      if (first > last) return;
      for (const part of apartAtLowerAbbreviations(all.slice(at[first], at[last]! + 1))) push(part);
    });
  }

  const entities: WinkEntity[] = [];
  doc.entities().each((e: ItemSpan) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    const type = ENTITY_TYPES[e.out(its.type) as string];
    const first = at[a];
    const last = at[b];
    if (!type || first === undefined || last === undefined || !all[first] || !all[last]) return;
    entities.push({ start: all[first]!.start, end: all[last]!.end, type, sentence: sentenceAt(sentences, all[first]!.start) });
  });
  return { sentences, entities: refineValues(all, entities) };
}

/** Particles that open a name in lower case: "de Blasio", "van Gogh", "al-Assad". */
const NAME_PARTICLE = /^(?:de|del|della|der|di|da|du|van|von|la|le|al|el|bin|ibn|ben|dos|das|ter|ten)$/;

/** What goes on a name that has an exclamation mark: "E! Network", "E! News", "Yahoo! Finance" (not "Measure B! Polls open …"). */
const NAME_AFTER_EXCLAMATION = /^(?:Network|News|Online|Entertainment|Channel|Finance|Sports|Music|Mail|Magazine|TV|Answers|Games)$/;

/** A run of characters without a space long enough to be no word, and the pieces it is read in. */
const LONG_RUN = /\S{256,}/g;
const PIECE = /(\S{63})\S/g;

/** An abbreviation a number follows inside a sentence: "Vol. 1", "No. 3", "reg. $1,799", "Approx. 290 employees". */
const NUMBER_ABBREVIATION = /^(?:[Vv]ols?|No|Nos|reg|[Aa]pprox|est|[Ff]ig|[Cc]h|pp?|ed)\.$/;
/** A weight's pounds before its ounces: "4 lbs. 10 oz" (not "weighed just 5 lbs. 2 weeks later …"). */
const POUNDS_BEFORE_OUNCES = /^lbs?\.$/;

/** Abbreviations in lower case a sentence goes on after, before a word in lower case: "incl.", "approx.", "bbl.", "sq. ft.". */
const WORD_ABBREVIATION = /^(?:incl|excl|approx|esp|etc|vs|cf|viz|bbl|sq|ft|yds?|lbs?|oz|pp|ca|est)\.$/;

/** A day's or a month's abbreviation that is also a word, written in lower case as the word ends a sentence: "sun.", "sat.", "mar.". */
const LOWER_ABBREVIATION = /^(?:sun|mon|wed|sat|mar|may|jan|jun|dec)\.$/;

/** Parts of speech a sentence after a quantity opens with: "We've", "It", "If", "The", "Then". */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['PRON', 'DET', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'ADP']);

/** A unit's symbol with a full stop, as a sentence ends on a quantity: "70g.", "5kg.", "120mm.", "8,000Hz.". */
const UNIT_STOP = /^(?:g|kg|mg|lbs?|oz|cm|mm|km|ft|mph|hz|khz|mhz|ghz|mb|gb|tb|kb|kw|mah|ml|in)\.$/i;

/**
 * wink reads "sun." as Sunday's abbreviation and runs on ("… the fourth planet from the sun.
 * Befitting the red planet, …" was one sentence): in lower case, before a capitalised word, it
 * ends the sentence.
 */
function apartAtLowerAbbreviations(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    // (So does a unit glued to its number: "less than 70g. We've broken them down …".)
    // (Only before a word that opens a sentence, not a name: "a 16oz. Starbucks latte".)
    const unit = UNIT_STOP.test(tokens[i]!.text) && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && /\d$/.test(tokens[i - 1]!.text) && SENTENCE_OPENERS.has(tokens[i + 1]!.pos);
    // (So does a capital letter that is no initial: a letter a word opening a sentence follows, "vitamin
    // D. And too much sun …"; or one glued to a number, "bring designs to life in 3D. Work with audio …".)
    const letter = /^\p{Lu}\.$/u.test(tokens[i]!.text) && (LETTER_OPENERS.has(tokens[i + 1]!.text) || (i > 0 && tokens[i - 1]!.end === tokens[i]!.start && /\d$/.test(tokens[i - 1]!.text)));
    if ((LOWER_ABBREVIATION.test(tokens[i]!.text) || unit || letter) && /^\p{Lu}/u.test(tokens[i + 1]!.text) && tokens[i]!.end < tokens[i + 1]!.start) {
      parts.push(tokens.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(tokens.slice(from));
  return parts;
}

/** Words that open a sentence and never follow a name's initial: "D. And", "B. The", "C. It". */
// (Not "In" or "So", which are also names: "Rep. Kim J. In of New Jersey".)
const LETTER_OPENERS: ReadonlySet<string> = new Set(['And', 'But', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'If', 'Yet', 'They', 'We', 'You', 'He', 'She', 'There', 'However', 'For', 'When', 'While', 'Also']);

/** How many of a sentence's last tokens are read for a parenthesis still open at an exclamation. */
const PARENTHESIS_WINDOW = 60;

/** Whether a sentence so far leaves a parenthesis open ("Shares of Apple Inc (AAPL."). */
function openParenthesis(tokens: readonly Token[]): boolean {
  let depth = 0;
  for (const t of tokens) depth += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  return depth > 0;
}

/** A token wink could not read (`unk`) that is a letter, or a run of them: "ā", "ź". */
const LETTER_PIECE = /^\p{L}[\p{L}\p{M}]*$/u;

/**
 * Tokens that touch (no space between) where one is an unread letter piece become one word token,
 * with the first word piece's part of speech; so do a number and the "ers" of a team's nickname
 * wink cut off it ("49" "ers" → "49ers", "76ers"), a proper noun, and an initialism's pieces
 * ("U" "." "S." after "Japan-"). Returns the tokens and, for each
 * input index, the index of the token that holds it.
 */
export function joinLetterPieces(tokens: Token[]): { tokens: Token[]; at: Int32Array } {
  const at = new Int32Array(tokens.length);
  const out: Token[] = [];
  const piece = (t: Token): boolean => t.kind === 'unk' && LETTER_PIECE.test(t.text);
  const wordy = (t: Token): boolean => t.kind === 'word' || piece(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const previous = tokens[i - 1];
    const joins = prev !== undefined && previous !== undefined && previous.end === t.start && wordy(previous) && wordy(t) && (piece(previous) || piece(t));
    const next = tokens[i + 1];
    // "Japan-U.S.": after a hyphen wink cuts an initialism into "U" "." "S.", which is one word.
    // (So does "anti-U" "." "S.": wink keeps a prefix with the letter.)
    if (prev !== undefined && previous === prev && /(?:^|\p{L}[-–])\p{Lu}$/u.test(prev.text) && prev.end === t.start && t.text === '.' && next && t.end === next.start && /^\p{Lu}\.$/u.test(next.text)) {
      const text = `${prev.text}.${next.text}`;
      out[out.length - 1] = { ...prev, text, end: next.end, pos: 'PROPN', normal: text.toLowerCase(), lemma: text.toLowerCase(), kind: 'word', stop: false };
      at[i] = at[i + 1] = out.length - 1;
      i++;
      continue;
    }
    // "Parse.ly", "Amazon.com", "Last.fm", "Wired.co.uk": wink cuts a name that is a web address
    // at its dot ("Parse" "." "ly", "Parse" then read as a verb); it is one proper noun.
    // (The dot first: it is the rare case, and the name's pattern a unicode one.)
    const domain = t.text === '.' && prev !== undefined && previous === prev && prev.kind === 'word' && prev.end === t.start && next !== undefined && t.end === next.start && /^\p{L}[\p{L}\d-]*$/u.test(prev.text) ? domainEnd(tokens, i + 1) : -1;
    if (domain !== -1) {
      const last = tokens[domain]!;
      const text = prev!.text + tokens.slice(i, domain + 1).map((x) => x.text).join('');
      out[out.length - 1] = { ...prev!, text, end: last.end, pos: 'PROPN', normal: text.toLowerCase(), lemma: text.toLowerCase(), kind: 'word', stop: false };
      for (let k = i; k <= domain; k++) at[k] = out.length - 1;
      i = domain;
      continue;
    }
    // "🇩🇪": wink cuts a flag into its two regional indicator letters, and a name beside it took
    // the second one ("🇩 Ben" from "🇧🇩 Ben"); the pair is one emoji.
    if (prev !== undefined && previous === prev && prev.end === t.start && REGIONAL_LETTER.test(prev.text) && REGIONAL_LETTER.test(t.text)) {
      const text = prev.text + t.text;
      out[out.length - 1] = { ...prev, text, end: t.end, normal: text, lemma: text, stop: false };
    } else if (prev !== undefined && previous === prev && prev.kind === 'number' && /^\d+$/.test(prev.text) && prev.end === t.start && t.text === 'ers') {
      const text = prev.text + t.text;
      out[out.length - 1] = { ...prev, text, end: t.end, pos: 'PROPN', normal: text, lemma: text, kind: 'word', stop: false };
    } else if (joins) {
      const text = prev.text + t.text;
      const pos = prev.kind === 'word' ? prev.pos : t.kind === 'word' ? t.pos : prev.pos;
      out[out.length - 1] = { ...prev, text, end: t.end, pos, normal: text.toLowerCase(), lemma: text.toLowerCase(), kind: 'word', stop: false };
    } else out.push(t);
    at[i] = out.length - 1;
  }
  return { tokens: out, at };
}

/** One regional indicator letter: half a flag. */
const REGIONAL_LETTER = /^[\u{1F1E6}-\u{1F1FF}]$/u;

/** The top-level domains a name that is a web address ends with ("Amazon.com", "Parse.ly", "Last.fm"). */
const TOP_LEVEL_DOMAIN = /^(?:com|net|org|io|ly|fm|tv|ai|me|info|gov|edu)$/;

/**
 * The index of the last token of a web address's end that starts at `k` (just after a name's
 * dot): a top-level domain ("com"), or "co." and a country ("co." "uk"); -1 when there is none,
 * or when a letter or a path touches it ("Parse.lyrics", "Example.com/resources").
 */
function domainEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k]!;
  const after = tokens[k + 1];
  const touching = (x: Token | undefined, y: Token): boolean => x !== undefined && x.start === y.end && /^[\p{L}\d/]/u.test(x.text);
  if (TOP_LEVEL_DOMAIN.test(first.text) && !touching(after, first)) return k;
  if (/^co\.$/.test(first.text) && after !== undefined && after.start === first.end && /^(?:uk|jp|nz|za|in|kr)$/.test(after.text) && !touching(tokens[k + 2], after)) return k + 1;
  return -1;
}

/** The index of the sentence that holds `offset`: the last one starting at or before it (sentences are in order). */
function sentenceAt(sentences: readonly WinkSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
