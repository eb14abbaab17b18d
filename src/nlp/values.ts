import type { Token, ValueType } from '../types.js';
import type { WinkEntity } from './wink.js';
import { CURRENCY_WORDS, MAGNITUDES } from '../data/values.js';

/**
 * wink's figures stop short of British and financial styles: "$20bn" comes out as money "$20",
 * "£11bn" as the cardinal "11". This widens a money or cardinal mention over an adjacent currency
 * symbol before it and a magnitude or currency word after it, and retypes it as money when it
 * then carries a currency.
 */
/** What "one-" makes a word of, not a count: "one-time", "one-stop", "one-off", "one-sided". */
const ONE_IDIOMS = /^(?:time|stop|off|size|way|sided|liner|hit|trick|note|shot|on|piece|click|touch|handed|horse|upmanship)$/i;

/** Words before a bare "fall" or "spring" that make it the season. */
const SEASON_BEFORE = /^(?:in|this|last|next|by|until|till|since|early|late|mid|the|during|through|that|each|every|come|before|after)$/;

export function refineValues(tokens: Token[], entities: WinkEntity[]): WinkEntity[] {
  const at = new Map<number, number>();
  tokens.forEach((t, i) => at.set(t.start, i));
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => byEnd.set(t.end, i));
  // A number inside a name or a code ("5G", "3D", "G7", "COP30") is no figure; one before a unit
  // ("500MW", "4GB") is, so only a single capital may follow it. Nor is one the tokens joined into
  // a word ("49ers").
  const inCode = (e: WinkEntity): boolean => {
    const token = tokens[at.get(e.start) ?? -1];
    if (token?.kind === 'word' && /^\d+\p{L}/u.test(token.text)) return true;
    const next = tokens[(byEnd.get(e.end) ?? -2) + 1];
    const before = tokens[(at.get(e.start) ?? 0) - 1];
    return (e.type === 'cardinal' || e.type === 'ordinal') &&
      ((next !== undefined && next.start === e.end && /^\p{Lu}$/u.test(next.text) && !MAGNITUDES.has(next.normal)) ||
        (before !== undefined && before.end === e.start && /^\p{Lu}+$/u.test(before.text)));
  };
  // A unit of time set in capitals inside a name or a title is no duration: "Memorial Day",
  // "Person of the Year", "Spirit of Christmas Future".
  const inTitle = (e: WinkEntity): boolean => {
    const k = at.get(e.start);
    if (k === undefined || (e.type !== 'duration' && e.type !== 'date') || !/^(?:Day|Week|Month|Year|Decade|Century|Season|Hour|Minute)s?$/.test(tokens[k]!.text) || byEnd.get(e.end) !== k) return false;
    const before = tokens[k - 1];
    const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
    return capital(before) || (before?.normal === 'the' && tokens[k - 2]?.normal === 'of' && capital(tokens[k - 3]));
  };
  // A month's name is written with its capital: "this may be connected" is the verb. And "fall" or
  // "spring" alone is a season only after a word that says when ("in spring", "this fall", "early
  // spring"), not "babies fall asleep" or "spring-loaded"; with a year it is one ("fall 2026").
  const noDate = (e: WinkEntity): boolean => {
    if (e.type !== 'date') return false;
    const first = at.get(e.start) ?? 0;
    const span = tokens.slice(first, (byEnd.get(e.end) ?? -1) + 1);
    if (span.some((t) => /\d/.test(t.text))) return false;
    const words = span.filter((t) => t.kind === 'word');
    const season = words.length === 1 && /^(?:fall|spring)$/.test(words[0]!.text) && !SEASON_BEFORE.test(tokens[first - 1]?.normal ?? '');
    // (Nor a day's abbreviation in lower case alone that is also a word: "better than sun.", "a sat. dish"; "open mon. through fri." stays.)
    const lowerDay = words.length === 1 && /^(?:sun|sat|wed)\.?$/.test(words[0]!.text);
    return words.some((t) => t.text === 'may') || season || lowerDay;
  };
  // "zero" or "one" joined by a hyphen to the word after it is part of that word: "zero-waste",
  // "one-stop", "one-time" are no figures ("a four-game streak", "a two-day hearing" count).
  const idiom = (e: WinkEntity): boolean => {
    const k = at.get(e.start);
    if (e.type !== 'cardinal' || k === undefined || byEnd.get(e.end) !== k || !/^(?:zero|one)$/i.test(tokens[k]!.text)) return false;
    const hyphen = tokens[k + 1];
    const word = tokens[k + 2];
    // ("a one-year term", "one-third of teachers", "a one-day strike" count.)
    return hyphen?.text === '-' && hyphen.start === tokens[k]!.end && word?.kind === 'word' && word.start === hyphen.end && (/^zero$/i.test(tokens[k]!.text) || ONE_IDIOMS.test(word.text));
  };
  entities = entities.filter((e) => !idiom(e));
  const widened = entities.filter((e) => !inCode(e) && !inTitle(e) && !noDate(e)).map((e) => {
    if (e.type !== 'money' && e.type !== 'cardinal') return e;
    let first = at.get(e.start);
    let last = first;
    if (first === undefined) return e;
    while (last! + 1 < tokens.length && tokens[last! + 1]!.start < e.end) last!++;
    let type: ValueType = e.type;
    const before = tokens[first - 1];
    if (before && before.kind === 'currency' && before.end === tokens[first]!.start) {
      first--;
      type = 'money';
    }
    const next = tokens[last! + 1];
    if (next && MAGNITUDES.has(next.normal) && next.start - tokens[last!]!.end <= 1) last!++;
    // (Or after a hyphen, as The Globe and Mail writes it: "$670-billion".)
    else if (next?.text === '-' && next.start === tokens[last!]!.end && MAGNITUDES.has(tokens[last! + 2]?.normal ?? '') && tokens[last! + 2]!.start === next.end) last! += 2;
    const after = tokens[last! + 1];
    if (after && CURRENCY_WORDS.has(after.normal)) {
      last!++;
      type = 'money';
    }
    return { ...e, start: tokens[first]!.start, end: tokens[last!]!.end, type };
  });
  // (A magnitude taken into the figure before it is no cardinal of its own: "billion" in "$670-billion".)
  return widened.filter((e, i) => !widened.some((o, j) => j !== i && o.start <= e.start && o.end >= e.end && (o.start < e.start || o.end > e.end)));
}
