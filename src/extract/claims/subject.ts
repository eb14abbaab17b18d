/**
 * Who a cue's subject is, read from the tokens around it: the noun phrase or name before it (also
 * across a parenthesis or an appositive: "Sen. Elizabeth Warren (D-MA) said", "Sanders, a senator
 * from Vermont, said"), after it in an inversion ("…,” said Mayor Don Guardian"), the clause's
 * subject for a coordinated, participial or infinitival cue, and the noun phrase that opens the
 * clause when nothing nearer is found. The words as written; speaker.ts names them.
 */
import { PERSON_NOUNS } from '../../data/person-nouns.js';
import { DEGREES, PERSON_TITLES, TITLE_ABBREVIATION } from '../../data/titles.js';
import type { Mention, Sentence, Span, TextSpan, Token } from '../../types.js';
import { textSpan, tokenAt } from '../spans.js';
import { NAME_TYPES } from '../../vocabulary.js';
import { INDEFINITE_SUBJECTS, describedByRelative, INVERTING_REPORT_VERBS, OBJECT_PRONOUNS, PLACE_PREPOSITIONS, PLURAL_NOUNS, PRONOUNS, RELATED_NOUNS, STANDING_NOUNS, TIE_PARTICIPLES, TIME_WORD } from '../../data/claims.js';
import { PARENTHESIS_TOKENS, QUOTE_MARK, MODIFIER_POS, TRAILING_POS, type Phrase, type Attribution, inside, npStart, postmodifiedStart, describingParticiple, nameAt, opensClause, isQuoteMark, timeNotName, unnamedNoun } from './phrase.js';

/** How far (in tokens) a subject is looked for before a cue; and how far a quotation may stand before a cue's subject, or a cue after a quotation ("“…,” he continued"). */
const SUBJECT_WINDOW_BEFORE = 8;
/** How many names joined by "of", "at", "in" … a subject's phrase walks back over to find the person it belongs to. */
const NAME_CHAIN_HOPS = 3;

/**
 * Whether the words before token `at` join a common noun's description to a name after them in a
 * way only a description does: "like", "including", "such as", a participle and its preposition
 * ("working with", "based in"), a relative clause's "that spoke with".
 */
function longJoint(t: Token[], at: number): boolean {
  const w = (k: number): string => t[k]?.normal ?? '';
  if (/^(?:like|including)$/.test(w(at - 1)) || (w(at - 1) === 'as' && w(at - 2) === 'such')) return true;
  return POSTMODIFIER_JOINS.test(w(at - 1)) && t[at - 2]?.pos === 'VERB' && (/(?:ing|ed)$/.test(w(at - 2)) || /^(?:that|who)$/.test(w(at - 3)));
}
const POSTMODIFIER_JOINS = /^(?:of|at|for|from|with|in|to|on)$/;

/** The person named right before the preposition at `from - 1` ("Shaheda Begum of …", "Lauren Nel from …"), or undefined. */
function personBefore(t: Token[], names: Mention[], from: number): Mention | undefined {
  const owner = from >= 2 && POSTMODIFIER_JOINS.test(t[from - 1]!.normal) ? nameAt(names, t[from - 2]!) : undefined;
  return owner?.type === 'person' ? owner : undefined;
}

/** An inverted subject after its cue ("…,” said Robert Antonacci of the New York delegation.", "…,” said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson.") runs to this many tokens. */
const INVERTED_SUBJECT_TOKENS = 16;

/** How far back (in tokens) the name before an aside is looked for ("Sanders, a senator from …, said"). */
const APPOSITIVE_WINDOW = 40;

/** How far into a sentence a cue may stand and still take the sentence's opening noun phrase for subject. */
const SUBJECT_DISTANCE = 80;

/**
 * "The spokesman refused to answer questions on who … but said there was no call": a cue right after
 * "and" or "but" shares the subject of an attribution before it that opens the clause.
 */
export function sharedSubject(t: Token[], v: number, found: Attribution[], opening: Phrase | null): TextSpan | null {
  let k = v - 1;
  while (k > 0 && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX')) k--;
  if (!/^(?:and|but)$/.test(t[k]?.normal ?? '')) return null;
  // Only the subject that opens the clause is shared ("The law bans what it describes as … and defines …": not "it").
  if (!opening) return null;
  return found.find((a) => a.at < v && a.speaker && a.speakerToken === opening.start)?.speaker ?? null;
}

/** The subject of the main clause after an opening phrase that ends at token `comma`: the noun phrase before its first verb. */
export function mainSubject(text: string, s: Sentence, comma: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  for (let i = comma + 2; i < t.length && i <= comma + 1 + SUBJECT_WINDOW_BEFORE; i++) {
    if (isQuoteMark(t, i) || t[i]!.text === ',') return null;
    if ((t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') && !nameAt(names, t[i]!)) return subjectBefore(text, s, i, names);
  }
  return null;
}

/** A dash that sets off an aside (wink keeps em and en dashes as tokens of their own), or a hyphen typed for one, spaced on both sides (" - "). */
const ASIDE_DASH = /^[—―–]$/;
const asideDash = (t: Token[], i: number): boolean => ASIDE_DASH.test(t[i]!.text) || (t[i]!.text === '-' && (t[i - 1]?.end ?? -1) < t[i]!.start && t[i]!.end < (t[i + 1]?.start ?? Infinity));

/** How many adverbs and auxiliaries stand between token `i` and the cue at `v` ("— both suggested", "— have also said"). */
function skippedBefore(t: Token[], i: number, v: number): number {
  let n = 0;
  for (let k = i + 1; k < v; k++) if (['ADV', 'AUX', 'PART'].includes(t[k]!.pos) || /^(?:both|all)$/.test(t[k]!.normal)) n++;
  return n;
}

/** What a report comes in: "in a statement", "in an interview", "in its filing". */
const REPORT_MEDIUM = /^(?:statement|interview|post|email|e-mail|letter|tweet|video|release|filing|report|speech|memo|note|message)$/;

/** A possessive ending as wink splits it off. */
const POSSESSIVE = /^['’]s$/;

/** Verbs that put out a statement: "Amazon released a statement saying …". */
const ISSUES = /^(?:release|issue|publish|post|send|put|make|give|file)$/;

/** Prepositions of a place a subject goes to or stands at ("turned up at the house", "walked into the room"). */
// (Not "to": "He linked to an article arguing that …" is the article's argument.)
const GOES_TO = /^(?:at|into|onto|outside|inside)$/;
/** How many particles or adverbs may stand between that verb and its place ("turn up at"). */
const PARTICLE_GAP = 3;

export function subjectBefore(text: string, s: Sentence, v: number, names: Mention[], depth = 0): TextSpan | null {
  const t = s.tokens;
  // "Amazon released a separate statement saying, “…”": the statement's issuer says it.
  if (/ing$/i.test(t[v]?.text ?? '') && REPORT_MEDIUM.test(t[v - 1]?.normal ?? '') && depth === 0) {
    const np = npStart(t, v - 1);
    const issued = t[np - 1]?.pos === 'VERB' && ISSUES.test(t[np - 1]!.lemma) ? np - 1 : t[np - 1]?.normal === 'out' && t[np - 2]?.lemma === 'put' ? np - 2 : -1;
    // (Not a passive: "Sony Pictures was sent an email saying …" names who received it.)
    const passive = issued > 0 && (t[issued - 1]?.pos === 'AUX' || /^(?:been|being|was|were|is|are|be|get|got|gets)$/.test(t[issued - 1]?.normal ?? ''));
    const issuer = issued > 0 && !passive ? subjectBefore(text, s, issued, names, depth + 1) : null;
    if (issuer) return issuer;
  }
  // "Police will turn up at Kat's house telling her that …": a participle after a place the verb
  // before it goes to is that verb's subject's doing; the place says nothing.
  if (/ing$/i.test(t[v]?.text ?? '') && depth === 0 && v >= 2 && ['NOUN', 'PROPN'].includes(t[v - 1]!.pos)) {
    const np = npStart(t, v - 1);
    if (GOES_TO.test(t[np - 1]?.normal ?? '') && t[np - 1]!.pos === 'ADP') {
      let k = np - 2;
      while (k >= 0 && np - 2 - k < PARTICLE_GAP && ['ADP', 'PART', 'ADV'].includes(t[k]!.pos)) k--;
      if (k > 0 && t[k]!.pos === 'VERB') return subjectBefore(text, s, k, names, depth + 1);
    }
  }
  // The window does not count a time or place phrase passed over ("voters in a New York Times poll last year said").
  let limit = v - SUBJECT_WINDOW_BEFORE;
  for (let i = v - 1; i >= Math.max(0, limit); i--) {
    const tok = t[i]!;
    // "economists in Lexington, Massachusetts, project": a place's state or country set off by
    // commas after it is part of the phrase, no aside.
    // (Or with no comma after it, right before the cue: "Avery Zenker, a registered dietitian from
    // Ontario, Canada explains": Canada does not speak.)
    const region = tok.text === ',' ? regionAside(t, i, names) : i === v - 1 ? regionAside(t, v, names) : -1;
    if (region !== -1) {
      limit -= i - region;
      i = region;
      continue;
    }
    if (tok.text === ')' || tok.text === ',') return appositiveSubject(text, t, i, names);
    // "Humphrey, who calls Trump a “sociopath,” said", "Joe Scarborough, host of MSNBC's “Morning
    // Joe,” suggested": an aside that ends in a short quoted word or title, its comma inside the quotation.
    if (isQuoteMark(t, i) && t[i - 1]?.text === ',' && i === v - 1) {
      let open = i - 2;
      while (open > 0 && i - open <= PARENTHESIS_TOKENS && !isQuoteMark(t, open)) open--;
      return open > 0 && isQuoteMark(t, open) && t[open - 1]!.text !== ',' ? appositiveSubject(text, t, open, names) : null;
    }
    // "Gore's close friends and allies have in the past said": the time is not the source; "The
    // Indian army in a statement said": nor is the medium of the report.
    const past = tok.normal === 'past' && t[i - 1]?.normal === 'the';
    const medium = REPORT_MEDIUM.test(tok.normal) && /^(?:a|an|its|his|her|their|the)$/.test(t[i - 1]?.normal ?? '');
    if ((past || medium) && t[i - 2]?.normal === 'in') {
      i -= 2;
      limit -= 3;
      continue;
    }
    // "most of them said", "many of us believe": a part of a group named by a pronoun.
    if (tok.pos === 'PRON' && OBJECT_PRONOUNS.has(tok.normal) && t[i - 1]?.normal === 'of' && i >= 2 && (INDEFINITE_SUBJECTS.has(t[i - 2]!.normal) || t[i - 2]!.pos === 'NUM' || /^(?:none|each|one)$/.test(t[i - 2]!.normal))) return textSpan(text, t[i - 2]!.start, tok.end);
    // "Jason Sims — a teacher from Mount Pleasant — says": the subject before an aside between dashes.
    if (asideDash(t, i) && i === v - 1 + skippedBefore(t, i, v)) {
      for (let j = i - 1; j > 0 && i - j <= APPOSITIVE_WINDOW; j--) {
        if (t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) break;
        // (a name with its description before the aside: "Dr. Ana Ramón, director of UCLA's …
        // Initiative — which puts out a report each year — noted"; not a list's first name:
        // "Biden, Harris and Schumer — who met … — said")
        if (t[j]!.text === tok.text && asideDash(t, j)) {
          if (depth >= 1) return null;
          const listed = t.slice(Math.max(0, j - APPOSITIVE_WINDOW), j).some((x) => /^(?:and|or|&)$/.test(x.normal));
          return (listed ? null : appositiveSubject(text, t, j, names)) ?? subjectBefore(text, s, j, names, depth + 1);
        }
      }
      return null;
    }
    if (tok.pos === 'PUNCT' && tok.text !== '’' && tok.text !== "'") return null;
    const name = nameAt(names, tok);
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return textSpan(text, tok.start, tok.end);
    // "Another joked: …", "And another said …": "another" standing alone (wink reads a determiner) opens the sentence.
    if (tok.normal === 'another' && i === v - 1 && t.slice(0, i).every((x) => x.pos === 'CCONJ' || x.pos === 'PUNCT')) return textSpan(text, tok.start, tok.end);
    // "Those close to him say": a described source that ends in an object pronoun.
    if (tok.pos === 'PRON' && OBJECT_PRONOUNS.has(tok.normal) && t[i - 1]?.normal === 'to' && t[i - 2]?.normal === 'close' && i >= 3) {
      const head = t[i - 3]!;
      if (INDEFINITE_SUBJECTS.has(head.normal) || /^(?:those|these)$/.test(head.normal) || head.pos === 'NOUN') return textSpan(text, t[head.pos === 'NOUN' ? npStart(t, i - 3) : i - 3]!.start, tok.end);
    }
    // "People who know him say": so is a relative clause that ends in one.
    if (tok.pos === 'PRON' && OBJECT_PRONOUNS.has(tok.normal) && i === v - 1) {
      const k = relativeWho(t, i);
      const head = t[k - 1];
      const noun = unnamedNoun(head, names);
      if (k !== -1 && k < i - 1 && head && (noun || describedByRelative(head.normal))) return textSpan(text, t[noun ? npStart(t, k - 1) : k - 1]!.start, tok.end);
    }
    // "The Republican incumbent said", "the police chief said": a noun wink tags as an adjective,
    // right before the cue after a determiner, a name or a noun.
    // "the 43-year-old asked": so is a hyphenated compound.
    const compound = t[i - 1]?.text === '-' && t[i - 1]!.end === tok.start;
    const nominal =
      (tok.pos === 'ADJ' && i === v - 1 && i > 0 && (['DET', 'PROPN', 'ADJ', 'NOUN'].includes(t[i - 1]!.pos) || compound) && t[npStart(t, i)]!.pos === 'DET') ||
      // "Israel's military said", "Nato's secretary general has said": after a possessive, or a
      // title's "general", a word wink tags as an adjective heads the subject.
      // (Not before an adjectival participle: "Stadia's current expected lineup".)
      (tok.pos === 'ADJ' && (POSSESSIVE.test(t[i - 1]?.text ?? '') || (tok.normal === 'general' && t[i - 1]?.pos === 'NOUN')) && t.slice(i + 1, v).every((x) => x.pos === 'AUX' || x.pos === 'ADV') && t[v + 1]?.pos !== 'NOUN') ||
      // "A source familiar with Cruz's thinking said": a gerund after a possessive is a noun.
      (tok.pos === 'VERB' && /ing$/i.test(tok.text) && POSSESSIVE.test(t[i - 1]?.text ?? ''));
    if (name || nominal || tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'NUM') {
      let first = name ? tokenAt(t, name.start) : npStart(t, i);
      // "(I-Vt.) on Saturday criticized": a time phrase is not the subject.
      // "sources in the Rukban camp told": nor is the place a source is in.
      const place = !name && PLACE_PREPOSITIONS.has(t[first - 1]?.normal ?? '') && first >= 2 && (t[first - 2]!.pos === 'NOUN' || t[first - 2]!.pos === 'PROPN');
      // "The Steelers spent Monday trying to …": a day or a month is never the one speaking.
      // …but the source before it is described by it: "sources in the Rukban camp", "one study in 496 girls".
      if (place && !TIME_WORD.test(tok.text)) {
        const from = postmodifiedStart(t, first, names);
        if (from < first) return textSpan(text, t[from]!.start, tok.end);
      }
      // "… Benjamin Netanyahu on December 19 discussed": a date is a time phrase too.
      const date = t[first - 1]?.pos === 'ADP' && first === i - 1 && TIME_WORD.test(t[first]!.text) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tok.text);
      if ((!name && TIME_WORD.test(tok.text)) || (t[first - 1]?.pos === 'ADP' && TIME_WORD.test(tok.text)) || date || place) {
        // Past the phrase and the word before it ("on Saturday", "in the camp", "spent Monday
        // trying"), unless that word closes an aside ("Feinstein (D-Calif.) last week said").
        const next = /^[),]$/.test(t[first - 1]?.text ?? '') ? first : first - 1;
        limit -= i - next + 1;
        i = next;
        continue;
      }
      // "Mr. Reid said", "Defense Secretary Ash Carter told": the title and the words before the
      // name in its noun phrase go with it, so the content before it does not end in "Mr" or "Defense Secretary".
      // "70 percent of Americans", "Many in Hong Kong": a name after a preposition is not the head.
      // "A spokesperson for the British Foreign Office": so is an organisation after a common noun.
      if (name && name.type !== 'person') {
        const phrase = npStart(t, first);
        const from = postmodifiedStart(t, phrase, names);
        // "Several of the experts who reviewed the TNO report at the request of Reuters expressed": back to the head a relative clause describes.
        // ("Lauren Nel from Natural Justice in Cape Town": the description's head is an organisation
        // the recogniser did not name, and the person before it is the one it describes.)
        const owner = from < phrase && t[from]!.pos === 'PROPN' ? personBefore(t, names, from) : undefined;
        const ownerFrom = owner ? npStart(t, tokenAt(t, owner.start)) : -1;
        if (owner && !['ADP', 'VERB', 'AUX'].includes(t[ownerFrom - 1]?.pos ?? '')) return textSpan(text, t[ownerFrom]!.start, owner.end);
        if (from < phrase) return describedSpan(text, t, describedStart(t, from, names), name.end, names, v);
      }
      // "one source close to Trump", "an aide to Mr. Biden", "a person familiar with Smith", "a
      // research group led by Noam Cohen": a person named after the head noun of a description is
      // not the one speaking.
      // Only titles stand between the preposition and the name ("an aide to President Biden"); "the
      // senior adviser to the president Jane Roe" is Jane Roe, her description before her name.
      // "The parents of local woman Laura Stevens said", "the father of Tom Jones", "critics of Mr.
      // Trump": the person's family, friends or critics speak, whatever describes the person.
      if (name?.type === 'person') {
        const phrase = npStart(t, first);
        if (t[phrase - 1]?.normal === 'of' && phrase >= 2 && RELATED_NOUNS.test(t[phrase - 2]!.normal)) return textSpan(text, t[npStart(t, phrase - 2)]!.start, name.end);
      }
      if (name?.type === 'person' && t.slice(npStart(t, first), first).every((x) => /^\p{Lu}/u.test(x.text))) {
        const phrase = npStart(t, first);
        const aide = t[phrase - 1]?.normal === 'to' && AIDE_NOUNS.test(t[phrase - 2]?.normal ?? '');
        // ("a research group led by Noam Cohen": a participle's "by" joins too.)
        // (Not a title's own "for": "Assistant Secretary for Export Enforcement Matthew S. Axelrod".)
        const joined = (t[phrase - 1]?.normal === 'to' && t[phrase - 2]?.normal === 'close') || (/^(?:with|for)$/.test(t[phrase - 1]?.normal ?? '') && /^\p{Ll}/u.test(t[phrase - 2]?.text ?? '')) || (t[phrase - 1]?.normal === 'by' && describingParticiple(t, phrase - 2, names));
        const from = aide ? npStart(t, phrase - 2) : joined ? postmodifiedStart(t, phrase, names) : phrase;
        // (not a name itself: "Sources close to Smith" opens a sentence with a capital)
        if (from < phrase && !nameAt(names, t[from]!)) return textSpan(text, t[from]!.start, name.end);
      }
      // "Mr. Burman of the Tax Policy Center said", "Ira Katz of Little Five Points Pharmacy in
      // Atlanta told": the person is the source, the organisation and the place theirs.
      // Only a person whose phrase opens the subject: "Supporters of Donald Trump in Iowa", "A
      // lawyer who represented Harvey Weinstein in New York" are described, and "The mayor of Paris
      // in France" is the mayor.
      let before = npStart(t, first);
      let person: Mention | undefined;
      let described = false;
      for (let hop = 0; name && name.type !== 'person' && hop < NAME_CHAIN_HOPS && before >= 2; hop++) {
        // "Los Angeles and Nashville": a name coordinated with one before it goes with it.
        // (Not after a comma: "… the end for the Soviet Union, Beijing has calculated".)
        const partner = /^(?:and|or)$/.test(t[before - 1]!.normal) ? nameAt(names, t[before - 2]!) : undefined;
        if (partner && partner.type === name.type) {
          before = npStart(t, tokenAt(t, partner.start));
          continue;
        }
        // "Redfin agents in places like Los Angeles", "customers that spoke with 7 On Your Side",
        // "tools such as functional MRI": a common noun's description runs on to the name.
        if (longJoint(t, before)) {
          const from = postmodifiedStart(t, before, names);
          described = from < before;
          if (described) before = from;
          break;
        }
        if (!/^(?:of|at|for|from|with|in)$/.test(t[before - 1]!.normal)) break;
        const owner = nameAt(names, t[before - 2]!);
        if (!owner) {
          described = t[before - 2]!.pos === 'NOUN';
          break;
        }
        if (owner.type === 'person') {
          person = owner;
          break;
        }
        before = npStart(t, tokenAt(t, owner.start));
      }
      if (name && person) {
        let from = npStart(t, tokenAt(t, person.start));
        if (TITLE_ABBREVIATION.test(t[from - 1]?.text ?? '')) from = npStart(t, from - 1);
        const opens = !['ADP', 'VERB', 'AUX', 'NOUN', 'PRON'].includes(t[from - 1]?.pos ?? '');
        if (opens) return textSpan(text, t[from]!.start, person.end);
        const head = describedStart(t, postmodifiedStart(t, from, names), names);
        if (head < from) return textSpan(text, t[head]!.start, name.end);
      }
      if (name && described) return describedSpan(text, t, describedStart(t, postmodifiedStart(t, before, names), names), name.end, names, v);
      if (name) {
        let from = npStart(t, first);
        if (TITLE_ABBREVIATION.test(t[from - 1]?.text ?? '')) from = npStart(t, from - 1);
        // "Egypt and Jordan also criticised", "Google and Microsoft said": two names coordinated are the source together.
        const other = t[from - 1]?.normal === 'and' && from >= 2 ? nameAt(names, t[from - 2]!) : undefined;
        if (other && other.type === name.type) from = npStart(t, tokenAt(t, other.start));
        return textSpan(text, t[from]!.start, name.end);
      }
      // "Supporters of the measure", "Those in favor of punishment", "A person familiar with the
      // matter", "Experts on jail suicide": the head is before the prepositions.
      // (A participle as an adjective, before the head and before what it describes: "Existing
      // research into hibernation", "Proponents of the ungrading approach".)
      // "A Ministry of Defence spokesperson", "Fed officials" (wink reads "Fed" a verb): a
      // description does not open inside a name, and a name just before it is part of it.
      // (Not a name a preposition or a verb takes: "After a meeting at the Ministry of Defence
      // officials said", "In Washington officials said" are the officials.)
      const inside = names.find((m) => NAME_TYPES.has(m.type) && m.start <= t[first]!.start && t[first]!.start < m.end && m.end < t[i]!.end);
      const opening = inside ?? (first > 0 ? names.find((m) => NAME_TYPES.has(m.type) && m.end === t[first - 1]!.end) : undefined);
      const from = opening ? npStart(t, tokenAt(t, opening.start)) : first;
      // ("Representatives of Epstein's family": a name that owns the head is the description's.)
      const taken = opening !== undefined && ['ADP', 'VERB', 'AUX'].includes(t[from - 1]?.pos ?? '') && !POSSESSIVE.test(t[tokenAt(t, opening.end)]?.text ?? '');
      // ("Shaheda Begum of Ishwaripur village": a person the phrase's preposition follows is the one it describes.)
      const owner = opening && taken ? personBefore(t, names, from) : undefined;
      if (owner) first = npStart(t, tokenAt(t, owner.start));
      else if (opening && !taken && from < first) first = from;
      else {
        if (inside && taken) first = tokenAt(t, inside.end);
        first = participleModifiedStart(t, postmodifiedStart(t, participleModifiedStart(t, first), names));
      }
      first = describedStart(t, first, names);
      // ("A study of over 169,000 people found": a quantity the description's "of" takes goes on back to its head.)
      const quantified = quantifiedStart(t, first);
      first = quantified < first ? postmodifiedStart(t, quantified, names) : quantified;
      // "The European Union's top court last week ruled": the time is not the source.
      let last = i;
      while (last > first && TIME_WORD.test(t[last]!.text) && /^(?:last|this|next|on|early|late)$/i.test(t[last - 1]!.text)) last -= 2;
      // "A study published last year found": the participle phrase after it goes with the description.
      if (describingParticiple(t, i + 1, names)) last = lastBeforeCue(t, i, v);
      return describedSpan(text, t, first, t[last]!.end, names, v);
    }
    // "A study published last year found": the participle phrase describes the source before it.
    // Not the main verb before an infinitive cue: "The company refused to comment" is not "The company refused".
    // Nor a day or a month before a verb ("Albanese on Monday backed calls for …"): no source is described there.
    if (describingParticiple(t, i, names) && i >= 1 && !(t[i + 1]?.normal === 'to' && v === i + 2) && !TIME_WORD.test(t[i - 1]!.text)) return textSpan(text, t[postmodifiedStart(t, npStart(t, i - 1), names)]!.start, t[lastBeforeCue(t, i, v)]!.end);
    // "Cruz himself said", "Richards and Menendez both stressed", "voters overall said": words between a subject and its verb.
    if (BETWEEN_SUBJECT_AND_CUE.test(tok.normal)) continue;
    // "City officials there said": "there" after a noun places the source (wink tags it a pronoun).
    if (/^(?:there|here)$/.test(tok.normal) && i === v - 1 && (t[i - 1]?.pos === 'NOUN' || t[i - 1]?.pos === 'PROPN')) continue;
    // "has since said": wink tags this "since" a conjunction.
    if (tok.pos !== 'ADV' && tok.pos !== 'AUX' && tok.pos !== 'PART' && !(tok.normal === 'since' && t[i - 1]?.pos === 'AUX')) return null;
  }
  return null;
}

/**
 * Where "Lexington, Massachusetts," starts its state (the comma before it), when the comma at
 * token `i` closes a place set off after another place; -1 otherwise.
 */
function regionAside(t: Token[], i: number, names: Mention[]): number {
  const region = nameAt(names, t[i - 1] ?? t[i]!);
  if (!region || region.type !== 'place' || region.end !== t[i - 1]!.end) return -1;
  const open = tokenAt(t, region.start) - 1;
  if (t[open]?.text !== ',') return -1;
  const city = nameAt(names, t[open - 1] ?? t[open]!);
  return city && city.type === 'place' && city.end === t[open - 1]!.end ? open : -1;
}

/** Words that make a number or a share approximate: "about 7 in 10 voters", "nearly half", "just over half", "more than 200 economists". */
const APPROXIMATE = /^(?:about|around|nearly|almost|roughly|approximately|some|only|over|under|just|barely|fully|up)$/;

/** Nouns of a share: "half", "a third", "two-thirds", "the majority". */
const SHARE = /^(?:half|third|thirds|quarter|quarters|majority|minority|dozen|dozens|hundreds|thousands)$/;

/**
 * Where a described source that starts at token `first` starts with its quantity's words: "About 7
 * in 10 voters", "Just over half", "More than 200 economists", "At least three officials", "85% of
 * parents".
 */
function quantifiedStart(t: Token[], first: number): number {
  // "85% of (the) parents": back to the figure (wink tags "%" a symbol); "a third of voters",
  // "half of the respondents": back to the share and its article.
  if (t[first - 1]?.normal === 'of' && t[first - 2]?.text === '%' && t[first - 3]?.pos === 'NUM') first -= 3;
  else if (t[first - 1]?.normal === 'of' && SHARE.test(t[first - 2]?.normal ?? '')) first -= /^(?:a|the)$/.test(t[first - 3]?.normal ?? '') ? 3 : 2;
  const quantity = t[first]!.pos === 'NUM' || SHARE.test(t[first]!.normal) || (/^(?:a|the)$/.test(t[first]!.normal) && SHARE.test(t[first + 1]?.normal ?? '')) || t[first + 1]?.text === '%';
  if (quantity) {
    // "more than", "less than", "fewer than", "at least", "at most", "up to", "just over"
    if (t[first - 1]?.normal === 'than' && /^(?:more|less|fewer)$/.test(t[first - 2]?.normal ?? '')) first -= 2;
    else if (/^(?:least|most)$/.test(t[first - 1]?.normal ?? '') && t[first - 2]?.normal === 'at') first -= 2;
    else if (t[first - 1]?.normal === 'to' && t[first - 2]?.normal === 'up') first -= 2;
    else if (APPROXIMATE.test(t[first - 1]?.normal ?? '') && t[first - 1]!.normal !== 'up') {
      first -= 1;
      if (/^(?:over|under)$/.test(t[first]!.normal) && /^(?:just|well|slightly)$/.test(t[first - 1]?.normal ?? '')) first -= 1;
    }
  }
  return first;
}

/**
 * Where the noun phrase at token `first` starts with a present participle that modifies it as an
 * adjective, opening the sentence or after a determiner: "Existing research into hibernation",
 * "Leading economists", "the ungrading approach" (wink tags these verbs).
 */
function participleModifiedStart(t: Token[], first: number): number {
  const before = t[first - 1];
  if (!before || before.pos !== 'VERB' || !/ing$/i.test(before.text) || (t[first]!.pos !== 'NOUN' && t[first]!.pos !== 'ADJ')) return first;
  if (first === 1) return 0;
  return t[first - 2]!.pos === 'DET' ? first - 2 : first;
}

/** Nouns for the people who work for someone, joined to them by "to": "an aide to Biden". */
const AIDE_NOUNS = /^(?:aide|adviser|advisor|spokesman|spokeswoman|spokesperson|assistant|counsel|lawyer|attorney|secretary|deputy|consultant|advisers|aides|advisors)$/;


/** Reflexives and quantifiers that stand between a subject and its verb without being its head. */
const BETWEEN_SUBJECT_AND_CUE = /^(?:himself|herself|themselves|itself|myself|ourselves|both|all|overall|alone|each|too)$/;

/** The last token of a source's description before the cue at `v`, past the adverbs and auxiliaries before the cue ("… had expected"), no further back than `from`. */
function lastBeforeCue(t: Token[], from: number, v: number): number {
  let last = v - 1;
  while (last > from && ['ADV', 'AUX', 'PART'].includes(t[last]!.pos)) last--;
  return last;
}

/**
 * Where a described source that ends at the noun phrase at token `first` really starts: a source
 * coordinated with it ("Businesses and residents", "Pluznick and her colleagues"), an adjective
 * before a comma in its phrase ("One small, 2-month study"), the head a relative clause describes
 * ("Washington-based analysts who have done the calculations").
 */
function describedStart(t: Token[], first: number, names: Mention[]): number {
  let uncoordinated = -1;
  for (let guard = 0; guard < 3; guard++) {
    const before = t[first - 1];
    if (!before) break;
    const prev = t[first - 2];
    if (before.normal === 'and' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      const name = nameAt(names, prev);
      if (uncoordinated === -1) uncoordinated = first;
      first = postmodifiedStart(t, name ? tokenAt(t, name.start) : npStart(t, first - 2), names);
      // A noun a verb or a preposition takes is the last clause's object, and "and" opens a new
      // clause: "injuries to his right hip and thigh and a hospital spokesman said", "He suffered
      // injuries and a spokesman said".
      // (Not a subordinator that opens the clause: "after Jewish advocacy groups and human rights organizations raised concerns".)
      // (Only a thing's noun: "the mayor and the governor", "engineers and inspectors" after a verb
      // or a preposition are people who may speak together.)
      const taken = ['ADP', 'VERB', 'AUX'].includes(t[first - 1]?.pos ?? '') || t[first - 1]?.normal === 'to';
      const thing = !name && prev.pos === 'NOUN' && !PERSON_NOUNS.has(prev.lemma.toLowerCase()) && !PERSON_NOUNS.has(prev.normal);
      if (t[first - 1]?.normal !== 'and' && taken && thing && !CLAUSE_OPENERS.has(t[first - 1]!.normal)) return uncoordinated;
      continue;
    }
    if (before.text === ',' && prev?.pos === 'ADJ' && t[npStart(t, first - 2)]!.pos !== 'ADJ') {
      first = npStart(t, first - 2);
      continue;
    }
    // "adolescents undergoing sleeve gastrectomy", "people living in the city": a participle after the head.
    if (prev && (before.pos === 'VERB' && /ing$/i.test(before.text)) && unnamedNoun(prev, names)) {
      first = postmodifiedStart(t, npStart(t, first - 2), names);
      continue;
    }
    // "analysts who have done the calculations": back over the relative clause's verb group to "who".
    // "those who study North Korean cyber operations": wink tags a bare verb after "who" a noun,
    // so the phrase before the cue may open right after "who".
    const k = relativeWho(t, first);
    const described = t[k - 1];
    // (Right after "who", only after a pronoun: in "the man who prosecutors say …" the noun after "who" is the relative clause's own subject.)
    const pronounHead = !!described && describedByRelative(described.normal);
    if (k !== -1 && (k < first - 1 || pronounHead) && described && (unnamedNoun(described, names) || pronounHead)) {
      first = postmodifiedStart(t, npStart(t, k - 1), names);
      continue;
    }
    break;
  }
  return first;
}

/** Words that open a clause, whose subject may be coordinated ("after A and B raised …", "as A and B said"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'whereas', 'though', 'although', 'if', 'unless', 'once', 'that']);

/** Titles and roles, lower-cased ("chairman", "secretary", "director"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES].map((w) => w.toLowerCase().replace(/\.$/, '')));

/** The "who" that opens the relative clause ending before token `i`, back over its verb group ("who have long done"), or -1. */
function relativeWho(t: Token[], i: number): number {
  let k = i - 1;
  while (k > i - RELATIVE_CLAUSE_TOKENS && k > 0 && ['VERB', 'AUX', 'ADV', 'PART', 'ADP'].includes(t[k]!.pos)) k--;
  return t[k]?.normal === 'who' ? k : -1;
}

/** How many words of a relative clause's verb group ("who have long done") lie between "who" and its object. */
const RELATIVE_CLAUSE_TOKENS = 6;

/**
 * The subject before an aside that ends at token `i` (a comma or a closing parenthesis): the name
 * that opens the clause and is followed by the aside. "Gov. John Kasich (R-OH) said", "Sanders, a
 * senator from Vermont and self-described socialist, said", "Mr. Reid, who represents Nevada,
 * said", "“…,” Trump, the front-runner, said". A name inside a list ("executives from Huawei,
 * Tencent, and BYD, emphasized") opens no clause and is not the subject.
 */
/**
 * A described source, from token `first` to offset `end`; or, when its closing comma is missing,
 * the person named right before it: "…,” Erik van Sebille, a physical oceanographer at the
 * University of New South Wales told Reuters". (Only a name that opens its clause: the sentence,
 * or after a quotation and its comma.)
 */
function describedSpan(text: string, t: Token[], first: number, end: number, names: Mention[], v: number): TextSpan {
  // (Not an attribution set inside the sentence: "Donald Trump, a spokesman for the campaign said, will not attend …".)
  if (t[v + 1]?.text === ',') return textSpan(text, t[first]!.start, end);
  const k = /^(?:a|an)$/.test(t[first - 1]?.normal ?? '') ? first - 1 : first;
  const person = t[k - 1]?.text === ',' && k >= 2 ? nameAt(names, t[k - 2]!) : undefined;
  const opens = person ? tokenAt(t, person.start) - 1 : -2;
  const apposed = person?.type === 'person' && person.end === t[k - 2]!.end && (opens === -1 || (t[opens]?.text === ',' && isQuoteMark(t, opens - 1)) || isQuoteMark(t, opens));
  return apposed ? textSpan(text, person.start, person.end) : textSpan(text, t[first]!.start, end);
}

function appositiveSubject(text: string, t: Token[], i: number, names: Mention[]): TextSpan | null {
  // "Sen. Elizabeth Warren (D-MA) said": a parenthesis right after a name, right before the cue
  // (or before a comma: "…, Gov. John Kasich (R-OH), said").
  if (t[i]!.text === ',' && t[i - 1]?.text === ')') i--;
  if (t[i]!.text === ')') {
    let open = i - 1;
    while (open >= 0 && i - open <= PARENTHESIS_TOKENS && t[open]!.text !== '(') open--;
    const name = open > 0 && t[open]!.text === '(' ? nameAt(names, t[open - 1]!) : undefined;
    if (name && (name.type === 'person' || name.type === 'organization')) return textSpan(text, name.start, name.end);
  }
  // "Mr Deogratius Temba, who is working with TGNP as Programme Officer, says": what a relative
  // clause set off by a comma names is not the subject; the name before the clause is.
  let relative = -1;
  for (let j = i - 1; j >= Math.max(1, i - APPOSITIVE_WINDOW) && relative === -1; j--) {
    if (t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) break;
    if (/^(?:who|which)$/.test(t[j]!.normal) && t[j - 1]!.text === ',') relative = j;
  }
  let role: TextSpan | null = null;
  for (let j = i - 1; j >= Math.max(0, i - APPOSITIVE_WINDOW); j--) {
    if (t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) break;
    if (j > relative && relative !== -1) continue;
    // A degree after a name is no name ("Jane Roe, MD, PhD, a cardiologist, said").
    if (isDegree(t[j]!)) continue;
    // A person or organisation, or capitalised words the recogniser did not type ("Sanders, a senator …").
    const name = nameAt(names, t[j]!);
    let first = j;
    if (name) {
      if (name.type !== 'person' && name.type !== 'organization') continue;
      first = tokenAt(t, name.start);
    } else if (t[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[j]!.text)) {
      while (first > 0 && t[first - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[first - 1]!.text) && !nameAt(names, t[first - 1]!)) first--;
    } else continue;
    const end = name ? tokenAt(t, name.end) : j + 1;
    const after = pastDegrees(t, end);
    const opens = after <= i && /^[,(]$/.test(t[after]?.text ?? '') && opensClause(t, first);
    // "Rep. Jim Jordan, R-Ohio, the House Judiciary Chairman, said": capitalised words a title ends,
    // with no name in them, are a role the appositive gives a name before it; the subject only
    // when no name comes before ("“…,” the House Judiciary Chairman said").
    if (!name && ROLE_WORDS.has(t[end - 1]!.normal)) {
      if (opens) role ??= textSpan(text, t[first]!.start, t[end - 1]!.end);
      j = first;
      continue;
    }
    if (opens) return textSpan(text, t[first]!.start, t[end - 1]!.end);
    // "“…,” the White House press secretary, Josh Earnest, said", "…, a spokeswoman, Anna
    // Richardson White, said", "Two members of Congress from Florida, Ileana Ros-Lehtinen and
    // Carlos Curbelo, have said": a person named after a description, right before the cue.
    if (name?.type === 'person' && after === i) {
      const named = describedPerson(t, first, names);
      if (named !== -1) return textSpan(text, t[named]!.start, t[after - 1]!.end);
    }
    j = first;
  }
  if (role) return role;
  // "“…,” an intelligence source, who was not authorized to speak on the record, told": a common
  // noun phrase that opens the clause or follows the reported one, described by a relative clause set off by commas.
  for (let j = i - 1; j >= Math.max(2, i - APPOSITIVE_WINDOW); j--) {
    if (t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) return null;
    if (!/^(?:who|which)$/.test(t[j]!.normal) || t[j - 1]!.text !== ',') continue;
    // (or a name its head noun is "of": "the laboratory of Stephen Liggett, who was then at …, reported")
    const name = nameAt(names, t[j - 2]!);
    const of = name ? tokenAt(t, name.start) - 1 : -1;
    const head = t[j - 2]!.pos === 'NOUN' ? j - 2 : name && t[of]?.normal === 'of' && t[of - 1]?.pos === 'NOUN' ? of - 1 : -1;
    if (head === -1) continue;
    const first = npStart(t, head);
    // (or that follows the reported clause: "…, the source, who said he had spoken to people inside, told Reuters")
    return opensClause(t, first) || t[first - 1]?.text === ',' ? textSpan(text, t[first]!.start, t[j - 2]!.end) : null;
  }
  return null;
}

/** A degree or post-nominal written as one ("MD", "PhD", "RD"): capitalised, and listed. */
function isDegree(tok: Token): boolean {
  return /^\p{Lu}/u.test(tok.text) && DEGREES.has(tok.normal);
}

/** The token after the degrees a name at `end` carries ("Mark Brown MD, …", "Jane Roe, MD, PhD, …"), or `end` without any. */
function pastDegrees(t: Token[], end: number): number {
  let k = end;
  for (;;) {
    if (t[k] && isDegree(t[k]!)) k++;
    else if (t[k]?.text === ',' && t[k + 1] && isDegree(t[k + 1]!)) k += 2;
    else return k;
  }
}

/**
 * Where the people named from token `first` start, when a description set off by a comma stands
 * before them ("the assailant, John McGraw"; "members of Congress from Florida, Ileana
 * Ros-Lehtinen and Carlos Curbelo"), or -1. A list of names ("Smith, Jones") is no description.
 */
function describedPerson(t: Token[], first: number, names: Mention[]): number {
  let from = first;
  const coordinated = t[from - 1]?.normal === 'and' && t[from - 2] ? nameAt(names, t[from - 2]!) : undefined;
  if (coordinated?.type === 'person') from = tokenAt(t, coordinated.start);
  const head = t[from - 2];
  if (t[from - 1]?.text !== ',' || !head || nameAt(names, head)?.type === 'person') return -1;
  return head.pos === 'NOUN' || (head.pos === 'PROPN' && t.slice(Math.max(0, from - 1 - APPOSITIVE_WINDOW), from - 1).some((x) => x.pos === 'NOUN')) ? from : -1;
}


/** How far a title's field may run before the person it names: "for Export Enforcement" + "Matthew S. Axelrod". */
const TITLE_FIELD_TOKENS = 8;

/**
 * The last token of a person's name that goes on from the phrase ending at `end`: after "for" or
 * "of" and a run of capitalised words ("Assistant Secretary for Export Enforcement Matthew S.
 * Axelrod"), or after a comma as an appositive ("the bank's chief economist, David-Alexandre
 * Brassard"); -1 when none does.
 */
function personNamedAfter(t: Token[], end: number, names: Mention[]): number {
  const next = t[end + 1];
  if (next?.text === ',') {
    const after = t[end + 2];
    const name = after ? nameAt(names, after) : undefined;
    return name?.type === 'person' && name.start === after!.start ? tokenAt(t, name.end) - 1 : -1;
  }
  if (next?.normal !== 'for' && next?.normal !== 'of') return -1;
  // A field of at least one capitalised word first: "a lawyer for Harvey Weinstein" names the client.
  for (let i = end + 2; i < Math.min(t.length, end + 2 + TITLE_FIELD_TOKENS); i++) {
    const name = nameAt(names, t[i]!);
    // Not a person "and" adds to the field: "a lawyer for Uber and Travis Kalanick" names two clients.
    if (name?.type === 'person' && name.start === t[i]!.start) return i > end + 2 && t[i - 1]!.normal !== 'and' ? tokenAt(t, name.end) - 1 : -1;
    // "and" joins two capitalised words of one field: "for Terrorism and Financial Intelligence".
    const joins = t[i]!.normal === 'and' && /^\p{Lu}/u.test(t[i + 1]?.text ?? '') && i > end + 2;
    if (!/^(?:\p{Lu}|&$)/u.test(t[i]!.text) && !joins) return -1;
  }
  return -1;
}

/** The index of the mark that closes a short title in quotation marks opening at `i` (its words capitalised), or -1. */
function quotedTitleEnd(t: Token[], i: number): number {
  for (let k = i + 1; k < t.length && k <= i + QUOTED_TITLE_MAX_TOKENS + 1; k++) {
    if (QUOTE_MARK.test(t[k]!.text)) return k > i + 1 && t[k + 1] !== undefined && /^\p{L}/u.test(t[k + 1]!.text) ? k : -1;
    if (!/^\p{Lu}/u.test(t[k]!.text) && !/^(?:of|the|and|on|in|a|for|to)$/.test(t[k]!.normal)) return -1;
  }
  return -1;
}

/** The most words of a title in quotation marks inside a source's description. */
const QUOTED_TITLE_MAX_TOKENS = 6;

export function subjectAfter(text: string, s: Sentence, v: number, names: Mention[]): TextSpan | null {
  const t = s.tokens;
  // Inversion only right after a quotation or a reported clause ("…,” said Mr Smith."), and the
  // subject then ends the clause.
  const previous = t[v - 1];
  if (!previous || !/^[,”"’']$/.test(previous.text)) return null;
  // A participle does not invert: in "…,” Sanders said, invoking the 2008 race" the race is its object.
  if (/ing$/i.test(t[v]!.text)) return null;
  // Nor does "told": "…,” Ramos, 58, told AFP" names who heard it.
  if (t[v]!.lemma === 'tell') return null;
  // After a plain comma only a verb of saying inverts: "…, rejected the questions raised by the
  // proceedings as …" names what was rejected.
  if (previous.text === ',' && !INVERTING_REPORT_VERBS.has(t[v]!.lemma.toLowerCase())) return null;
  // A plain form inverts only before a plural ("…,” say officials); "…, add the full document in
  // those languages" is an instruction and its object.
  const plain = t[v]!.text.toLowerCase() === t[v]!.lemma.toLowerCase();
  // The subject ends the clause, or a phrase that says when or where follows it ("said Atlantic
  // City Mayor Don Guardian in a telephone interview", "said Rep. Gwen Moore (D-Wis.)").
  const closesClause = (i: number): boolean => {
    const next = t[i + 1];
    // "said one former executive who requested anonymity", "says a source involved in …", "said
    // one Democrat familiar with …": a relative clause or a participle describes the subject.
    const described = !!next && (next.normal === 'who' || /^(?:familiar|close)$/.test(next.normal) || ((next.pos === 'VERB' || next.pos === 'ADJ') && /(?:ed|ing)$/i.test(next.text) && t[i + 2]?.pos === 'ADP'));
    return !next || /^[,.;!?(]$/.test(next.text) || QUOTE_MARK.test(next.text) || (TRAILING_POS.has(next.pos) && next.normal !== 'of') || described;
  };
  let first = -1;
  for (let i = v + 1; i < Math.min(t.length, v + 1 + INVERTED_SUBJECT_TOKENS); i++) {
    const tok = t[i]!;
    if (first === -1 && tok.pos === 'PRON' && PRONOUNS.has(tok.normal)) return closesClause(i) ? textSpan(text, tok.start, tok.end) : null;
    // "…,” Rene, 37, said Wednesday.": a day or a month after the verb says when, never who.
    if (first === -1 && timeNotName(t, i)) return null;
    // "said “Crime Writers On” host Rebecca Lavoie": a title in quotation marks describes the source.
    const titled = QUOTE_MARK.test(tok.text) ? quotedTitleEnd(t, i) : -1;
    if (titled > i) {
      if (first === -1) first = i;
      i = titled;
      continue;
    }
    const name = nameAt(names, tok);
    // "the 46-year-old": a hyphen inside a compound word (wink splits it off).
    const hyphen = tok.text === '-' && t[i - 1]?.end === tok.start && t[i + 1]?.start === tok.end;
    // "well-connected": the words a hyphen joins are one modifier.
    const joined = (t[i + 1]?.text === '-' && t[i + 1]!.start === tok.end) || (t[i - 1]?.text === '-' && t[i - 1]!.end === tok.start);
    // "said his best friend at Lehigh", "added his campaign manager Jeff Weaver": a possessive opens the phrase.
    const possessive = first === -1 && /^(?:his|her|their|its|our)$/.test(tok.normal);
    // "said John Casesa of Schroder Wertheim & Co.": an ampersand between capitals joins a firm's name.
    const ampersand = tok.text === '&' && /^\p{Lu}/u.test(t[i - 1]?.text ?? '') && /^\p{Lu}/u.test(t[i + 1]?.text ?? '');
    // "said Stevens’ mother, Janet": a name's possessive mark opens a description of someone of theirs.
    const owner = first !== -1 && /^['’]s?$/.test(tok.text) && tok.start === t[i - 1]?.end && /^\p{Lu}/u.test(t[i - 1]!.text);
    // "said LOW O2 Co-Founder and CEO Luis Sepúlveda": an "and" between two capitalised titles joins them.
    const titles = first !== -1 && tok.normal === 'and' && !name && /^\p{Lu}/u.test(t[i - 1]?.text ?? '') && !nameAt(names, t[i - 1]!) && /^\p{Lu}/u.test(t[i + 1]?.text ?? '');
    const modifier = MODIFIER_POS.has(tok.pos) || /^\p{Lu}/u.test(tok.text) || tok.text === '.' || hyphen || joined || possessive || ampersand || owner || titles;
    if (!name && !modifier && !(first !== -1 && tok.normal === 'of')) return null;
    // "says the mother of four": a number after "of" ends the description.
    const counted = first !== -1 && tok.pos === 'NUM' && t[i - 1]?.normal === 'of';
    if (first === -1) first = i;
    // A name or a noun ends the phrase when the clause ends after it; a longer phrase goes on.
    const last = name ? tokenAt(t, name.end) - 1 : i;
    if (last === -1) return null;
    const compound = t[i - 1]?.text === '-' && t[i - 1]!.end === tok.start;
    if ((name || tok.pos === 'NOUN' || tok.pos === 'PROPN' || compound || counted) && closesClause(last)) {
      // "says a doctor from Hebron, whose …", "said a spokesman with the police": a described
      // source keeps the name that says where it is from or whom it speaks for.
      const of = t[last + 1];
      const named = !name && tok.pos === 'NOUN' && /^(?:from|for|with|of)$/.test(of?.normal ?? '') ? nameAt(names, t[last + 2]?.pos === 'DET' ? t[last + 3]! : t[last + 2]!) : undefined;
      const namedEnd = named ? tokenAt(t, named.end) - 1 : -1;
      const end = named && namedEnd > last && closesClause(namedEnd) ? namedEnd : last;
      // "said Assistant Secretary for Export Enforcement Matthew S. Axelrod", "said the bank's
      // chief economist, David-Alexandre Brassard.": the person a title or a description goes on
      // to name is the source.
      const person = name?.type === 'person' ? -1 : personNamedAfter(t, end, names);
      if (person !== -1 && closesClause(person)) return textSpan(text, t[first]!.start, t[person]!.end);
      // (A plural: its lemma is not its form, "officials"; "people", "police"; a number of them; or two joined by "and".)
      // (The head is the last word before an "of": "the authors of the report".)
      const ofAt = t.slice(first, end + 1).findIndex((x) => x.normal === 'of');
      const head = t[ofAt > 0 ? first + ofAt - 1 : end]!;
      const plural = head.lemma.toLowerCase() !== head.normal || PLURAL_NOUNS.has(head.normal) || t.slice(first, end + 1).some((x) => x.normal === 'and' || (x.pos === 'NUM' && x.normal !== 'one'));
      if (plain && !plural) return null;
      // "said a U.S. official with knowledge of the conversation", "said one resident who wishes to
      // remain anonymous": a description keeps what describes it, as the readers write the source.
      const tail = name || named ? end : describedTail(t, end);
      return textSpan(text, t[first]!.start, t[tail]!.end);
    }
    i = last;
  }
  return null;
}

/** How far a description's postmodifier after an inverted cue may run ("who requested anonymity because …"). */
const DESCRIBED_TAIL_TOKENS = 14;

/**
 * The last token of what describes the description ending at token `end` after an inverted cue,
 * when it runs to the end of the clause: a relative clause ("who requested anonymity"), "familiar
 * with …", "close to …", a participle and its preposition ("involved in the plan"), or "with
 * knowledge of …"; else `end`. A time or the medium of the report ("in an interview", "on Monday")
 * is not part of it, and neither is a clause that goes on with a verb of its own.
 */
function describedTail(t: Token[], end: number): number {
  const next = t[end + 1];
  if (!next) return end;
  let relative = next.normal === 'who';
  const opens =
    relative ||
    /^(?:familiar|close)$/.test(next.normal) ||
    (TIE_PARTICIPLES.includes(next.normal) && t[end + 2]?.pos === 'ADP') ||
    (next.normal === 'with' && STANDING_NOUNS.includes(t[end + 2]?.normal ?? ''));
  if (!opens) return end;
  // Cut before a time, a medium or a reason, the tail must still end on a word that can close a phrase.
  const cut = (k: number): number => (k > end + 2 && ['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(t[k - 1]!.pos) ? k - 1 : end);
  for (let k = end + 2; k < t.length; k++) {
    if (k > end + DESCRIBED_TAIL_TOKENS) return end;
    const tok = t[k]!;
    if (/^[,.;!?:()]$/.test(tok.text)) return k - 1 > end + 1 ? k - 1 : end;
    // A quotation inside ("who called the plan “a disaster”") is more than a description holds.
    if (QUOTE_MARK.test(tok.text)) return end;
    // "a person familiar with the matter who spoke on condition of anonymity": a relative clause goes on.
    if (tok.normal === 'who') relative = true;
    // "… on Monday", "… late on Friday", "… earlier this week", "… in March": the time of the
    // report is not the description's, nor its medium ("in a telephone interview", "via email",
    // "by phone", "speaking at a news conference"), nor a reason ("because he was not authorised").
    if (TIME_WORD.test(tok.text) && tok.pos !== 'AUX' && tok.pos !== 'VERB') {
      let from = k;
      while (from > end + 2 && /^(?:on|in|at|last|this|next|early|late|earlier|later|during|over)$/.test(t[from - 1]!.normal)) from--;
      return cut(from);
    }
    if (/^(?:in|on|via|by)$/.test(tok.normal) && t[k - 1]!.normal !== 'of' && t[k - 1]!.normal !== 'to' && MEDIUM_AHEAD.test(t.slice(k + 1, k + 4).map((x) => x.normal).join(' '))) return cut(k);
    if (/^(?:speaking|talking|quoted|interviewed|referring|reached|writing|posting)$/.test(tok.normal)) return cut(k);
    if (/^(?:because|although|though|while|since|whereas|if|unless)$/.test(tok.normal)) return cut(k);
    // "… and declined to give details": a second verb phrase is the source's own doing.
    if (/^(?:and|but|or)$/.test(tok.normal) && (t[k + 1]?.pos === 'VERB' || t[k + 1]?.pos === 'AUX')) return cut(k);
    // Outside a relative clause a verb starts a clause of its own (not an infinitive: "the plan to grant …").
    if (!relative && (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/(?:ed|ing)$/i.test(tok.text) && t[k - 1]!.normal !== 'to'))) return end;
  }
  return t.length - 1;
}

/** The words after a preposition that make it the medium of a report: "a telephone interview", "an emailed statement", "email", "phone". */
const MEDIUM_AHEAD = /^(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:statement|interview|email|e-mail|post|call|briefing|conference|phone|telephone|text|video|letter|tweet|release|filing|speech|memo|message|podcast|broadcast)\b/u;

/**
 * "Trump rushed in and said …", "…, he continued, citing …": a cue after a coordinator, or a
 * participle after a comma, shares the clause's subject (the first name or pronoun).
 */
export function coordinatedSubject(text: string, s: Sentence, v: number, names: Mention[], quotes: Span[], found: Attribution[] = []): TextSpan | null {
  const t = s.tokens;
  const coordinated = t[v - 1]?.normal === 'and' || t[v - 2]?.normal === 'and';
  // ", saying …", ", repeatedly calling for …".
  // (also after a quotation that closes on its comma: "a defense of “New York values,” saying …")
  const participle = (t[v - 1]?.text === ',' || (t[v - 1]?.pos === 'ADV' && t[v - 2]?.text === ',') || (QUOTE_MARK.test(t[v - 1]?.text ?? '') && t[v - 2]?.text === ',')) && /ing$/i.test(t[v]!.text);
  // "Trump said before adding: …": a participle after "before", "after" or "while".
  const following = /ing$/i.test(t[v]!.text) && /^(?:before|after|while)$/.test(t[v - 1]?.normal ?? '');
  if (!coordinated && !participle && !following) return null;
  // "Sasse told Hawk Sawyer, repeatedly calling for …", "…,” said Shotwell, referring to …",
  // "… said before adding": the participle goes on with the source of the report it follows.
  if (participle || following) {
    const report = found.findLast((a) => a.at < v && a.speaker);
    if (report) return report.speaker;
  }
  // "a refugee who feared retaliation and asked not to be identified": inside a relative clause the
  // subject is the clause's antecedent, not the first name of the sentence.
  // (A participle after a comma follows the main clause, so a relative clause before it is closed.)
  let verb = v - 1;
  while (verb >= 0 && t[verb]!.pos !== 'VERB' && t[verb]!.pos !== 'AUX') verb--;
  if (coordinated && verb > 0 && /^(?:who|which|that|whom)$/.test(t[verb - 1]!.normal)) return null;
  // (After an opening connective and its comma: "Yet, experts are skeptical about Trump's plans, saying …" is the experts'.)
  const opens = t[1]?.text === ',' && ['ADV', 'CCONJ', 'SCONJ', 'INTJ'].includes(t[0]!.pos) ? 2 : 0;
  // The clause opens at most APPOSITIVE_WINDOW tokens back (a run-on text has no sentence start to speak of).
  for (let i = Math.max(0, v - APPOSITIVE_WINDOW); i < v - 1; i++) {
    if (inside(quotes, t[i]!.start) || quotes.some((q) => q.start === t[i]!.start)) continue;
    const name = nameAt(names, t[i]!);
    if (name && (name.type === 'person' || name.type === 'organization')) return textSpan(text, name.start, name.end);
    // "London has been reluctant to supply jets, arguing …": a place that is the clause's subject
    // stands for its government (not one a preposition places something in: "In London, …").
    if (name && name.type === 'place' && name.start === t[i]!.start && t[i - 1]?.pos !== 'ADP' && (t[tokenAt(t, name.end)]?.pos === 'VERB' || t[tokenAt(t, name.end)]?.pos === 'AUX')) return textSpan(text, name.start, name.end);
    if (t[i]!.pos === 'PRON' && PRONOUNS.has(t[i]!.normal)) return textSpan(text, t[i]!.start, t[i]!.end);
    // "The billionaire businessman began …, saying": a noun phrase that opens the sentence.
    // "The utilities commission is frustrated with …, saying": or before its auxiliary.
    if (t[i]!.pos === 'NOUN' && npStart(t, i) === opens && (t[i + 1]?.pos === 'VERB' || t[i + 1]?.pos === 'AUX')) return textSpan(text, t[opens]!.start, t[i]!.end);
    if (t[i]!.pos === 'VERB') break;
  }
  return null;
}

/** Noun-phrase parts of a subject ("the two leading Republicans", "RNC members and officials", "Senator John Cornyn of Texas"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** Words between a subject and its verb: "have", "both", "also", "even", "in fact". */
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);

/** Tokens an aside between commas or in parentheses may hold ("…, the No. 2 Republican in the Senate, said"). */
const ASIDE_MAX_TOKENS = 16;

/** What may stand between a subject and an infinitive cue that it controls: verbs, their short objects, "to", "went on to". */
const CONTROL_POS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP']);

/**
 * The subject of the clause a cue belongs to, when the nearer rules found none: the noun phrase
 * that opens the sentence (after an opening phrase up to its comma: "In a statement released
 * Thursday, …", "Addressing the committee, …"), followed, before the cue, only by asides between
 * commas or parentheses, adverbs and auxiliaries ("Senator John Cornyn of Texas, the No. 2
 * Republican in the Senate, said", "RNC members and officials, in fact, even insist"), or by one
 * verb phrase the cue is coordinated with ("The Arizona Republican survived … and says …",
 * "… reacted to the news, saying …").
 */
export function clauseSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  if (!phrase) return null;
  const { start, end } = phrase;
  const head = t[end - 1]!;
  // From the subject to the cue: asides, adverbs and auxiliaries, or one coordinated verb phrase.
  let i = end;
  while (i < v) {
    const x = t[i]!;
    if (x.text === ',' || x.text === '(') {
      const close = x.text === ',' ? ',' : ')';
      let j = i + 1;
      while (j < v && j - i <= ASIDE_MAX_TOKENS && t[j]!.text !== close && !QUOTE_MARK.test(t[j]!.text)) j++;
      if (j === v && close === ',' && /ing$/i.test(t[v]!.text)) return null;
      if (j >= v || t[j]!.text !== close) break;
      i = j + 1;
      continue;
    }
    if (BETWEEN_POS.has(x.pos) || x.normal === 'both' || x.normal === 'all') {
      i++;
      continue;
    }
    // "A Syrian refugee who feared retaliation and asked not to be identified told …": a relative clause right after the subject.
    if (i === end && /^(?:who|which|that)$/.test(x.normal) && v - i <= ASIDE_MAX_TOKENS && !t.slice(i, v).some((y) => y.text === ';' || y.text === ',' || QUOTE_MARK.test(y.text))) {
      i = v;
      break;
    }
    break;
  }
  if (i < v) {
    // One verb phrase, then "and"/"but" (or a comma before a participle) right before the cue.
    if (t[i]!.pos !== 'VERB') return null;
    let k = v - 1;
    while (k > i && BETWEEN_POS.has(t[k]!.pos)) k--;
    const joined = t[k]!.normal === 'and' || t[k]!.normal === 'but' || (t[k]!.text === ',' && /ing$/i.test(t[v]!.text));
    if (!joined) return null;
    for (let j = i + 1; j < k; j++) {
      // "a date for crewed missions": a participle before its noun modifies it, and this "for" is a preposition.
      const modifier = t[j]!.pos === 'VERB' && /(?:ed|ing)$/i.test(t[j]!.text) && t[j + 1]?.pos === 'NOUN' && ['ADP', 'SCONJ', 'DET', 'ADJ'].includes(t[j - 1]!.pos);
      // "London has been reluctant to supply jets, arguing …": an infinitive inside the verb phrase is part of it.
      const infinitive = t[j]!.pos === 'VERB' && t[j - 1]?.normal === 'to' && /ing$/i.test(t[v]!.text);
      if (modifier || infinitive || (t[j]!.pos === 'SCONJ' && t[j]!.normal === 'for')) continue;
      if (t[j]!.pos === 'VERB' || t[j]!.pos === 'SCONJ' || t[j]!.text === ';' || QUOTE_MARK.test(t[j]!.text)) return null;
    }
  }
  return textSpan(text, t[start]!.start, head.end);
}

/**
 * "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at …, said": a finite cue
 * after the comma that closes an aside of any length has the clause's opening noun phrase for subject.
 */
export function asideSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  const cue = t[v]!;
  if (!phrase || t[v - 1]?.text !== ',' || cue.normal === cue.lemma || /ing$/.test(cue.normal)) return null;
  // "… Nisan Ahmado's source inside the Rukban camp, a Syrian refugee …": prepositional phrases may follow the head.
  let after = phrase.end;
  while (t[after]?.pos === 'ADP' && after < v) {
    after++;
    while (after < v && SUBJECT_POS.has(t[after]!.pos)) after++;
  }
  if (!/^(?:,|\(|who|which)$/.test(t[after]?.normal ?? '')) return null;
  return textSpan(text, t[phrase.start]!.start, t[phrase.end - 1]!.end);
}

/**
 * "The Steelers spent Monday trying to distance themselves from …": a cue in an infinitive after
 * the clause's own verbs (no comma or conjunction between) has the clause's subject; so has a cue
 * that says how the clause's subject did it ("Trump landed himself in hot water by saying …").
 */
export function controlSubject(text: string, t: Token[], v: number, phrase: Phrase | null): TextSpan | null {
  const means = t[v - 1]?.normal === 'by' && /ing$/i.test(t[v]!.text);
  if (t[v - 1]?.normal !== 'to' && !means) return null;
  if (!phrase) return null;
  // (Past prepositional phrases after the head and an aside between commas: "A spokesman for the
  // commission, North Korea's highest governing body, had this to say".)
  let verb = phrase.end;
  while (t[verb]?.pos === 'ADP' && verb < v) {
    verb++;
    while (verb < v && SUBJECT_POS.has(t[verb]!.pos)) verb++;
  }
  const headEnd = verb;
  if (t[verb]?.text === ',') {
    let j = verb + 1;
    while (j < v && j - verb <= ASIDE_MAX_TOKENS && t[j]!.text !== ',' && !QUOTE_MARK.test(t[j]!.text)) j++;
    if (t[j]?.text === ',') verb = j + 1;
  }
  // (and an adverb: "Blackberry then goes on to say")
  while (t[verb]?.pos === 'ADV' && verb < v) verb++;
  if (t[verb]?.pos !== 'VERB' && t[verb]?.pos !== 'AUX') return null;
  // Only the means clause lets a pronoun between: "asked him to explain" is his explaining; and
  // what one "had to say": "had this to say", "had something to say".
  const said = (i: number): boolean => i === v - 2 && t[v]!.lemma === 'say' && HAD_TO_SAY.test(t[i]!.normal) && t[i - 1]?.lemma === 'have';
  for (let i = verb; i < v; i++) if (!CONTROL_POS.has(t[i]!.pos) && !(means && t[i]!.pos === 'PRON') && !said(i)) return null;
  return textSpan(text, t[phrase.start]!.start, t[headEnd - 1]!.end);
}

/** What one "had … to say": "had this to say", "had much to say". */
const HAD_TO_SAY = /^(?:this|that|these|those|something|plenty|much|little|nothing|more|lots)$/;

/** A dateline's longest run of tokens: "LOS ANGELES (AP) —", "WASHINGTON, Nov. 19 –" is shorter. */
const DATELINE_TOKENS = 8;

/**
 * Where the clause starts after a dateline that opens the sentence ("WASHINGTON – Two federal
 * prison officers were charged …, stating …"): capitals, perhaps an agency in parentheses, then a
 * dash; 0 when there is none. (The article's own dateline is cut off before the claims are read,
 * claims/index.ts; this one is any other, further down: a roundup's or a live blog's entries.)
 */
function datelineEnd(t: Token[]): number {
  for (let i = 0; i < Math.min(t.length, DATELINE_TOKENS); i++) {
    const x = t[i]!;
    if (ASIDE_DASH.test(x.text) || (x.text === '-' && i > 0)) return i > 0 && /^\p{Lu}{2,}/u.test(t[0]!.text) ? i + 1 : 0;
    if (!/^(?:\p{Lu}[\p{Lu}.'-]*|[(),])$/u.test(x.text)) return 0;
  }
  return 0;
}

/** Prepositions that place a subject: "Palestinians in Gaza", "residents across Texas". */
const SITED_BY: ReadonlySet<string> = new Set(['in', 'from', 'across', 'inside']);

/**
 * The noun phrase that opens the clause of the cue at `v`, past an
 * opening phrase and adverbs; none when the clause opens more than SUBJECT_DISTANCE tokens back
 * (a run-on text has no clause start to speak of, and its claims would span it all).
 */
export function subjectPhrase(t: Token[], v: number, quotes: Span[]): Phrase | null {
  if (v > SUBJECT_DISTANCE) return null;
  let start = datelineEnd(t);
  if (t[start]?.pos === 'CCONJ') start++;
  const opener = t[start];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || (opener.pos === 'VERB' && /ing$/i.test(opener.text)))) {
    // (or a comma inside a quotation that closes right after it: "On ABC's “This Week,” Carson admitted")
    const closesQuote = (i: number): boolean => isQuoteMark(t, i + 1) && quotes.some((q) => q.end === t[i + 1]!.end);
    const comma = t.findIndex((x, i) => i > start && i < v && x.text === ',' && (!inside(quotes, x.start) || closesQuote(i)));
    if (comma === -1) return null;
    start = comma + (closesQuote(comma) ? 2 : 1);
  }
  // "Most believe that …": wink tags "most" an adverb; as a subject it stays.
  while (t[start]?.pos === 'ADV' && !INDEFINITE_SUBJECTS.has(t[start]!.normal)) start++;
  // "However, the group …": the comma after an opening adverb.
  if (start > 0 && t[start]?.text === ',' && t[start - 1]!.pos === 'ADV') start++;
  // The noun phrase: modifiers and nouns, "of" and "and" joining two of them; a pronoun alone.
  let end = start;
  const alone = t[start] && t[start + 1]?.normal !== 'and' && ((t[start]!.pos === 'PRON' && PRONOUNS.has(t[start]!.normal)) || INDEFINITE_SUBJECTS.has(t[start]!.normal));
  if (alone && (t[start + 1]?.pos === 'AUX' || t[start + 1]?.pos === 'VERB' || t[start + 1]?.pos === 'ADV')) end = start + 1;
  else {
    while (end < v) {
      const x = t[end]!;
      // "Wealth-X": wink splits a hyphenated name; the hyphen joins it.
      const hyphen = x.text === '-' && end > start && t[end - 1]!.end === x.start && t[end + 1]?.start === x.end;
      if (SUBJECT_POS.has(x.pos) || (x.pos === 'PRON' && end === start) || hyphen) end++;
      else if ((x.normal === 'of' || x.normal === 'and') && end > start && SUBJECT_POS.has(t[end + 1]?.pos ?? '')) end++;
      else break;
    }
  }
  // "Palestinians in Gaza welcomed …", "Some in Hong Kong fear …": a place named after the head,
  // right before the verb, is part of the subject.
  if (end > start && end < v && SITED_BY.has(t[end]!.normal)) {
    let k = end + 1;
    if (t[k]?.pos === 'DET') k++;
    const from = k;
    while (k < v && t[k]!.pos === 'PROPN') k++;
    if (k > from && (t[k]?.pos === 'VERB' || t[k]?.pos === 'AUX' || t[k]?.pos === 'ADV')) end = k;
  }
  const head = t[end - 1];
  if (end === start || !head || (!/^(?:NOUN|PROPN|PRON)$/.test(head.pos) && !(alone && end === start + 1)) || end > v) return null;
  return { start, end };
}
