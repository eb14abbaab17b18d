import { CITIES, COUNTRIES, DEMONYMS, FIRST_NAMES, ORG_SUFFIXES, ORGANIZATIONS, PERSON_TITLES, REGIONS } from '../data/gazetteer.js';
import type { NameType, Sentence, Token } from '../types.js';

/**
 * A first, rule-based recogniser for people, organisations and places: capitalised runs typed by
 * a gazetteer, a title before the name ("President Xi Jinping"), an organisation suffix ("Alibaba
 * Group"), a known first name, or the same name typed elsewhere in the article. It prefers
 * precision: an untyped run is left out.
 */

export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  sentence: number;
}

const GAZETTEER = new Map<string, NameType>();
for (const n of COUNTRIES) GAZETTEER.set(n, 'place');
for (const n of REGIONS) GAZETTEER.set(n, 'place');
for (const n of CITIES) GAZETTEER.set(n, 'place');
for (const n of DEMONYMS) GAZETTEER.set(n, 'other');
for (const n of ORGANIZATIONS) GAZETTEER.set(n, 'organization');

/** Lower-case words allowed inside a name when a capitalised word follows: "Bank of America". */
const CONNECTORS = new Set(['of', 'de', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'for', '&', 'y', 'da']);
const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);
/** Capitalised abbreviations that are not organisations. */
const NOT_ORGS = new Set(['AI', 'CEO', 'CFO', 'GDP', 'IT', 'TV', 'PC', 'EV', 'EVs', 'IPO', 'CPI', 'VAT', 'OK', 'PM', 'AM', 'DNA', 'COVID', 'UK', 'US', 'USA', 'EU', 'UN']);
/** Capitalised words that start sentences and are not names. */
const NOT_NAMES = new Set(['I', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'We', 'They', 'But', 'And', 'Or', 'If', 'In', 'On', 'At']);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);

/** Roles whose every word is capitalised by style: only known names count there. */
const TITLE_CASE_ROLES = new Set(['title', 'heading', 'list-label']);

export function recogniseNames(sentences: Sentence[]): NameSpan[] {
  const found: Array<NameSpan & { text: string; known: boolean }> = [];
  const pending: Array<{ start: number; end: number; text: string; sentence: number; lastWord: string; titleCase: boolean }> = [];

  for (const s of sentences) {
    const t = s.tokens;
    const titleCase = TITLE_CASE_ROLES.has(s.role);
    let i = 0;
    while (i < t.length) {
      if (!isCapitalised(t[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < t.length) {
        if (isCapitalised(t[j]!)) {
          j++;
        } else if (CONNECTORS.has(t[j]!.text) && j + 1 < t.length && isCapitalised(t[j + 1]!)) {
          j += 2;
        } else break;
      }
      let first = i;
      let last = j - 1;
      // "As Beijing seeks…": a sentence's capitalised first word is part of a name only if wink calls it a proper noun.
      if (first === 0 && t[0]!.pos !== 'PROPN' && last > first) first++;
      // "Chinese President Xi Jinping": a title inside the run starts the name; what precedes it is read on its own.
      for (let k = last - 1; k > first; k--) {
        if (PERSON_TITLES.has(t[k]!.text)) {
          j = k;
          last = k - 1;
          break;
        }
      }
      let titled = first > 0 && PERSON_TITLES.has(t[first - 1]!.text);
      while (first <= last && (PERSON_TITLES.has(t[first]!.text) || MONTHS_AND_DAYS.has(t[first]!.text))) {
        if (PERSON_TITLES.has(t[first]!.text)) titled = true;
        first++;
      }
      while (last >= first && MONTHS_AND_DAYS.has(t[last]!.text)) last--;
      i = j;
      if (first > last) continue;
      let text = spanText(t, first, last);
      if (!GAZETTEER.has(text) && t[first]!.text === 'The' && first < last) {
        first++;
        text = spanText(t, first, last);
      }
      if (first === last && NOT_NAMES.has(t[first]!.text)) continue;
      const start = t[first]!.start;
      const end = t[last]!.end;
      const known = GAZETTEER.get(text);
      const sentenceInitial = first === 0;
      let type: NameType | null = known ?? null;
      if (!type && titled) type = 'person';
      if (!type && ORG_SUFFIXES.has(t[last]!.text) && last > first) type = 'organization';
      if (!type && last > first && last - first <= 2 && FIRST_NAMES.has(t[first]!.text)) type = 'person';
      if (!type && first === last && /^\p{Lu}{2,5}$/u.test(t[first]!.text) && !sentenceInitial && !NOT_ORGS.has(t[first]!.text)) {
        type = 'organization';
      }
      if (titleCase && !known) {
        pending.push({ start, end, text, sentence: s.index, lastWord: t[last]!.text, titleCase });
        continue;
      }
      if (type) found.push({ start, end, type, sentence: s.index, text, known: !!known });
      else pending.push({ start, end, text, sentence: s.index, lastWord: t[last]!.text, titleCase });
    }
  }

  // Document consistency: a run left untyped takes the type the same name (or a person's surname) has elsewhere.
  const byText = new Map<string, NameType>();
  for (const f of found) {
    byText.set(f.text, f.type);
    if (f.type === 'person') {
      const parts = f.text.split(' ');
      if (parts.length > 1) byText.set(parts[parts.length - 1]!, 'person');
    }
  }
  for (const p of pending) {
    const type = byText.get(p.text);
    if (type) found.push({ start: p.start, end: p.end, type, sentence: p.sentence, text: p.text, known: false });
  }
  return found
    .map(({ start, end, type, sentence }) => ({ start, end, type, sentence }))
    .sort((a, b) => a.start - b.start);
}

function spanText(t: Token[], first: number, last: number): string {
  let s = t[first]!.text;
  for (let k = first + 1; k <= last; k++) s += (t[k]!.start > t[k - 1]!.end ? ' ' : '') + t[k]!.text;
  return s;
}
