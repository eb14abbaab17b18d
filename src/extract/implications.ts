import {
  CAUSAL_SIGNALS,
  CHANGE_AFTER,
  CONSEQUENCE_MODAL,
  EXPECTED_SHOULD,
  HEDGE_AFTER,
  HORIZON,
  LIKELY_PAST_AFTER,
  LIST_IMPLICATION_CUES,
  MODALITY_CUES,
  MONTH_OR_NAME_AFTER,
  MONTH_OR_NAME_BEFORE,
  PERSONAL_MODAL,
  REFUSAL_AFTER,
  STRONG_CAUSAL_SIGNALS,
} from '../data/cues.js';
import { STATED_ROLES } from '../vocabulary.js';
import { LEGAL_BOILERPLATE, SITE_DISCLAIMER, teaser } from '../data/summary.js';
import type { AnnotatedArticle, Block, Implication, ListItem, Modality, Section, Sentence, Span, TextSpan } from '../types.js';
import { asks, firstFrom, itemSpan, textSpan, trimClause } from './spans.js';
import { causalFeatures, causalModel, causalProbability, type CausalModel } from './causal.js';
import { implicationFeatures, implicationReader, readingContext, ruleReading, type ImplicationReader, type ReadingContext } from './implication-reader.js';
import { LEDE_HEADLINE_TERMS } from '../data/summary.js';
import { probability } from '../ml/linear.js';
import { signalledGenre } from './genre.js';


/**
 * Implications: (a) listed — the items of a list that a cue introduces ("could have significant
 * implications, including:", a "Why this matters" section); (b) stated — sentences that state a
 * consequence or cause, or look forward with a modal ("could lead to", "is expected to").
 */
export function findImplications(annotated: AnnotatedArticle, model: CausalModel = causalModel(), reader: ImplicationReader | null = implicationReader()): Implication[] {
  const { article, sentences } = annotated;
  const { text } = article;
  const out: Implication[] = [];
  const listed = listedItems(annotated);
  for (const item of listed.values()) {
    out.push({
      ...textSpan(text, (item.label ?? item.body).start, item.end),
      kind: 'listed',
      label: item.label?.text ?? null,
      modality: modalityOf(item.body.text)?.modality ?? null,
      cue: null,
      cause: null,
      effect: null,
      signal: null,
      horizon: horizonOf(text, item.body),
    });
  }

  const reading = reader ? readingContext(annotated, signalledGenre(annotated)) : null;
  for (const { sentence: s, found: rules, features } of statedCandidates(annotated, model, listed)) {
    let found = rules;
    // The readers' check: adds what readers of real pages mark that no rule found, and drops what
    // they do not mark, except on hard news that is no article (see checkDrops).
    if (reading && reader) {
      const p = probability(reader, implicationFeatures(s, reading, ruleReading(found), features));
      if (found.length > 0 && checkDrops(reading) && p < reader.thresholds[0]) found = [];
      // The whole sentence, with no modal: the rules found none they accept ("must", "we should").
      else if (found.length === 0 && p >= reader.thresholds[1]) found = [sentenceImplication(text, s, null)];
    }
    out.push(...found.map((i) => withoutDateline(text, i, annotated.article.dateline)));
  }
  const year = Number(/^\d{4}/.exec(article.meta.published ?? '')?.[0] ?? NaN);
  return withoutRestatedDek(out, sentences)
    .map((i) => (i.horizon && pastYear(i.horizon.text, year) ? { ...i, horizon: null } : i))
    .sort((a, b) => a.start - b.start);
}

/** A horizon whose year is before the page's (`year`, NaN when it has no date): "in 2022" of "Since the release of ChatGPT in 2022, …" in a 2025 story says when, not how far ahead. */
function pastYear(horizon: string, year: number): boolean {
  const named = /\b(\d{4})\b/.exec(horizon);
  return named !== null && Number(named[1]) < year;
}

/**
 * An implication (and its cause) that opens on the story's dateline starts after it: "BEIRUT,
 * March 7 (Reuters) - An Israeli tank crew …" is stated from "An Israeli …", as the summary view
 * prints the lede.
 */
function withoutDateline(text: string, implication: Implication, dateline: TextSpan | null): Implication {
  if (!dateline || implication.start > dateline.start || implication.end <= dateline.end) return implication;
  const from = dateline.end + (/^\s*(?:(?:--|[-–—:])\s*)?/.exec(text.slice(dateline.end, implication.end))?.[0].length ?? 0);
  if (from >= implication.end) return implication;
  const cause = implication.cause && implication.cause.start <= dateline.start && implication.cause.end > from ? textSpan(text, from, implication.cause.end) : implication.cause;
  return { ...implication, ...textSpan(text, from, implication.end), cause };
}

/** An article the check reads a sentence in: a headline (of LEDE_HEADLINE_TERMS content words, as the summary counts one) over at least this many body sentences. */
const ARTICLE_SENTENCES = 3;

/**
 * Whether the readers' check may drop a found implication on this page: on any page read as an
 * article (a headline over several body sentences), and on text without one unless it is hard
 * news. The check was fitted on sentences read in their articles (where each stands, how much of
 * the headline it holds, the page's genre); a lone sentence or a headline-less wire story gives it
 * nothing of that, and there the causes and effects the rules find are the Causal News Corpus's own
 * (a protest and what set it off), which the corpus counts and readers of real pages mark less
 * often: dropping on its sentences cost its reserve recall 0.51 → 0.32, under the 0.50 it must keep.
 */
export function checkDrops(context: ReadingContext): boolean {
  return context.genre !== 'hard-news' || (context.headline.size >= LEDE_HEADLINE_TERMS && context.places.size >= ARTICLE_SENTENCES);
}

/** A sentence an implication may be stated in, with what the rules found in it and its causal features. */
export interface StatedCandidate {
  sentence: Sentence;
  found: Implication[];
  features: number[];
}

/**
 * The sentences an implication may be stated in, in order, with what the rules found in each:
 * body text, quotes, the dek and list items (not the items of a list introduced as implications,
 * `listed`, which are implications whole); not a line that introduces a list ("… could have
 * significant implications, including:"), nor a question, nor the second copy of a sentence the
 * page prints twice (a live blog's "Key events" box, a pull quote). The readers' check and its
 * training (scripts/train-implications-real.ts) read exactly these.
 */
export function statedCandidates(annotated: AnnotatedArticle, model: CausalModel, listed: ReadonlyMap<string, ListItem> = listedItems(annotated)): StatedCandidate[] {
  const { text } = annotated.article;
  const seen = new Set<string>();
  const out: StatedCandidate[] = [];
  for (const s of annotated.sentences) {
    if (!STATED_ROLES.has(s.role) && s.role !== 'list-item') continue;
    if (s.role === 'list-item' && listed.has(`${s.section}:${s.block}:${s.item}`)) continue;
    // (Nor a belief the page labels a myth, to refute it: "Myth: Lifting weights … will make you “bulk up.”")
    if (MYTH_LABEL.test(s.text)) continue;
    // (Nor a teaser, which no rule reads and the readers' check must not add either: "So if you're
    // looking for …, you've come to the right place.")
    if (/:\s*$/.test(s.text) || asks(s.text) || teaser(s.text.trim())) continue;
    const key = s.text.replace(/\s+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const features = causalFeatures(s);
    out.push({ sentence: s, found: statedImplications(text, s, model, features), features });
  }
  return out;
}

/** The items of the lists an article introduces as implications, in order, by "section:block:item". */
function listedItems(annotated: AnnotatedArticle): Map<string, ListItem> {
  const out = new Map<string, ListItem>();
  annotated.article.sections.forEach((section, si) => {
    section.blocks.forEach((block, bi) => {
      if (block.kind === 'list' && introducesImplications(section, bi)) block.items!.forEach((item, ii) => out.set(`${si}:${bi}:${ii}`, item));
    });
  });
  return out;
}

/** How far before a temporal signal its time phrase is looked for. */
const TIME_BEFORE_CHARS = 80;

/** Share of a dek's words that a body sentence's implication must hold for the dek's to be its restatement. */
const DEK_RESTATED = 0.7;

/**
 * "Tax agency will hire more than 1,000 debt collectors …" (the dek) and "The tax authority will
 * immediately use the money to hire more than 1,000 debt collectors …" (the body): the dek's
 * implication is left out when a body sentence's holds most of its words.
 */
function withoutRestatedDek(found: Implication[], sentences: readonly Sentence[]): Implication[] {
  if (!sentences.some((s) => s.role === 'dek')) return found;
  const wordsOf = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  // The role of the sentence an implication stands in (sentences are in text order).
  const roleOf = (i: Implication): string | undefined => sentences[firstFrom(sentences, i.start + 1) - 1]?.role;
  const deks = found.filter((i) => i.kind === 'stated' && roleOf(i) === 'dek');
  if (deks.length === 0) return found;
  const body = found.filter((i) => roleOf(i) === 'body').map((i) => wordsOf(i.text));
  const restated = new Set(deks.filter((d) => {
    const w = wordsOf(d.text);
    return body.some((b) => [...w].filter((x) => b.has(x)).length >= DEK_RESTATED * w.size);
  }));
  return found.filter((i) => !restated.has(i));
}

/** A lead-in that offers the reader what they can do: "You can provide direct impact for …:", "You could make an impact by:" (not "… the effects you may notice:"). */
const READER_OPTIONS = /^\W*you\s+(?:can|could)\b/i;

/** A lead-in to a list of documents: "ERS publications that consider climate change and agricultural adaptation include:", "Related reports:". */
const DOCUMENT_LIST = /\b(?:publications|reports|studies|papers|articles|books|resources|readings|links)\b[^.!?:]{0,100}\b(?:include|includes|are|below|here)\s*:\s*$/i;

/** The text just before a list (the previous block's end, or the section heading) names implications. */
function introducesImplications(section: Section, blockIndex: number): boolean {
  const previous: Block | undefined = section.blocks[blockIndex - 1];
  // (Not a list of documents, whatever the section's heading: USDA's publications under "Climate Change Impacts and Agricultural Adaptation".)
  if (previous && previous.kind !== 'list' && DOCUMENT_LIST.test(previous.text.slice(-200))) return false;
  if (previous && previous.kind !== 'list') {
    // (The sentence that introduces the list: "… can negatively impact flavor. … Some examples of
    // compatible plantings are:" names no implication.)
    const tail = previous.text.slice(-200).split(/(?<=[.!?]["”’)]*)\s+(?=\p{Lu})/u).pop()!;
    // (Nor one that offers the reader a choice: "You can provide direct impact for social causes like these:" heads a list of causes.)
    if (/:\s*$/.test(tail) && LIST_IMPLICATION_CUES.some((cue) => cue.test(tail)) && !READER_OPTIONS.test(tail)) return true;
  }
  const heading = section.heading?.text ?? '';
  return heading !== '' && LIST_IMPLICATION_CUES.some((cue) => cue.test(heading)) && (!previous || /:\s*$/.test(previous.text));
}

function modalityOf(s: string): { modality: Modality; index: number; length: number } | null {
  for (const [pattern, modality] of MODALITY_CUES) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const m of s.matchAll(global)) {
      // "should have had", "may have fired", "could not provide": past, counterfactual or a past
      // inability; no forecast.
      const after = s.slice(m.index + m[0].length);
      if ((PERFECT_PAST_MODALS.has(modality) && PAST_MODAL_AFTER.test(after)) || (NEGATED_PAST_MODALS.has(modality) && NEGATION_AFTER.test(after))) continue;
      // "could sense the frustration", "could tell": an ability to perceive, no forecast; "you could
      // think of it as …": the reader addressed, no statement about the world ("you will hear
      // important decisions" is a forecast: only could, might and may).
      if (ABILITY_MODALS.has(modality) && PERCEPTION_AFTER.test(after)) continue;
      // The few words before the modal (a bounded slice: a run-on text has thousands of matches).
      const before = s.slice(Math.max(0, m.index - LOOK_BEHIND_CHARS), m.index);
      if (GENERIC_YOU_MODALS.has(modality) && /\byou\s*$/i.test(before)) continue;
      // "If I could ask Benjamin three questions, …", "I wish that I could": a past modal inside a
      // condition, or any inside a wish, foretells nothing. ("whether the 49ers will have anything to
      // play for", "to see if there will be a resurgence" look forward: readers mark them.)
      if (PAST_FRAME_MODALS.has(modality) && (CONDITION_BEFORE.test(before) || WISH_BEFORE.test(before))) continue;
      // "You'll also want to look at …", "you will need a discrete GPU": advice to the reader, no forecast.
      if (modality === 'will' && /\byou\s*$/i.test(before) && READER_ADVICE_AFTER.test(after)) continue;
      // "Later we'll look at …", "You'll note that …": a tutorial's writer walking the reader through it.
      // (Not inside a quotation: "We'll look at every option," the minister said, is a commitment.)
      if (modality === 'will' && /\b(?:we|you)\s*$/i.test(before) && NARRATION_AFTER.test(after) && !/[“"‘]/.test(s)) continue;
      // "In this post, we’ll give you an understanding of what SEO is": whatever the writer says
      // they will do in a sentence that opens on the text itself is its plan.
      if (modality === 'will' && /\b(?:we|I)\s*$/.test(before) && SELF_OPENING.test(s) && !/[“"‘]/.test(s)) continue;
      // "For a new project, I’ll describe the idea …", "For example, after planning, I will prompt …",
      // "I often go further - I will …": the writer's habit, a case framed as any case, outside
      // quotation marks. (Readers mark the writer's other "I will" as looking forward: "I know I'll be
      // making them again in the new year", "a regret I will carry the rest of my life".)
      if (modality === 'will' && /\bI\s*$/.test(before) && !/[“"‘]/.test(s) && HABIT_FRAME.test(s.slice(0, m.index))) continue;
      // "This article will cover …", "the guide below will show": the text about itself.
      if (modality === 'will' && SELF_REFERENCE_BEFORE.test(s.slice(Math.max(0, m.index - SELF_REFERENCE_CHARS), m.index))) continue;
      // "Say what you will about …": an idiom.
      if (modality === 'will' && /\bsay what(?:ever)? you\s*$/i.test(before)) continue;
      // "She was likely the quickest packer": a guess about what was, no forecast ("was likely to win" stays).
      if (modality === 'likely' && /\b(?:was|were|had been)\s+(?:(?:most|very|quite|also)\s+)?$/i.test(before) && !/^\s+to\b/i.test(after)) continue;
      // "It may sound shallow", "might seem like an unusual strategy": a hedge on how a thing
      // appears, no forecast.
      if (GENERIC_YOU_MODALS.has(modality) && HEDGE_AFTER.test(after)) continue;
      // "in May", "on May 16", "Will Dunham", "Theresa May": a capitalised modal inside a
      // sentence is a month or a name.
      // So is one inside a sentence at all ("while May, a former player at Pittsburgh, …", "bantered
      // with May"), or one a comma follows ("May, who said …"): the modal is written lower case there.
      if (/^[A-Z]/.test(m[0]) && (MONTH_OR_NAME_BEFORE.test(before) || MONTH_OR_NAME_AFTER.test(after.slice(0, LOOK_BEHIND_CHARS)))) continue;
      if (/^[A-Z][a-z]+$/.test(m[0]) && ((m.index > 0 && !/(?:^|[.!?:;“"‘(—–-])\s*$/.test(before)) || /^\s*,/.test(after))) continue;
      // "Project NETRA was publicly announced to …": a project's name, not the verb.
      if (/^Projects?\s+[A-Z]/.test(m[0])) continue;
      // "the company would not disclose the number": a refusal, told in the past.
      if (modality === 'would' && REFUSAL_AFTER.test(after)) continue;
      // "likely failed", "likely would have evolved": an inference about the past.
      if (modality === 'likely' && LIKELY_PAST_AFTER.test(after)) continue;
      // "He decided it could double as an ad blocker", "Doerr thought Page would come away
      // convinced": what someone once thought or decided, told in the past, foretells nothing now.
      if (PAST_FRAME_MODALS.has(modality) && PAST_THOUGHT_BEFORE.test(s.slice(Math.max(0, m.index - PAST_FRAME_CHARS), m.index))) continue;
      // "… consuming everything else she could find online", "before she could fully explore …",
      // "who asked not to be named so they could speak freely", "when it could still be conducted in
      // person": a past modal in a clause that a past-tense sentence subordinates tells what was
      // possible then.
      // (Not one a later time follows: "grounded until they could be inspected next month".)
      if (PAST_FRAME_MODALS.has(modality) && SUBORDINATE_BEFORE.test(before) && PAST_VERB.test(s.slice(Math.max(0, m.index - PAST_FRAME_CHARS), m.index)) && !LATER_AFTER.test(after.slice(0, LATER_REACH_CHARS))) continue;
      // "One misconception is that intermittent fasting will make you lose too much muscle mass":
      // a belief the article sets out to refute, no forecast of its own.
      if (MYTH_BEFORE.test(s.slice(Math.max(0, m.index - MYTH_REACH_CHARS), m.index))) continue;
      return { modality, index: m.index, length: m[0].length };
    }
  }
  return null;
}

/**
 * A subordinate clause's opening and its pronoun subject right before a modal: "before she",
 * "so they" (not ", so it": a result), "everything else she", "whoever" ("anyone could apply" is
 * no such clause).
 */
const SUBORDINATE_BEFORE = /\b(?:whoever|whatever)\s+$|(?:\b(?:before|until|when|once|everything(?: else)?|anything(?: else)?|nothing(?: else)?)|(?<!,\s{0,3})\bso(?: that)?)\s+(?:I|we|you|he|she|they|it|one)\s+$/i;
/** A sentence the page labels a myth or a misconception: "Myth: …", "Misconception #2: …". */
const MYTH_LABEL = /^\W*(?:myth|misconception|fiction|false)(?:\s*(?:#\s*)?\d+)?\s*:/i;
/**
 * A refuted belief's opening before the modal: "One misconception is that …", "The biggest myth was
 * that …" (the belief its copula's "that" opens; not "The myth that vaccines cause autism could cost
 * lives", whose modal is the sentence's own).
 */
const MYTH_BEFORE = /\b(?:misconceptions?|myths?|misbeliefs?|misunderstandings?|fallac(?:y|ies))\s+(?:[\p{L}’'-]+\s+){0,4}?(?:is|are|was|were)\s+that\b[^.;:!?]*$/iu;
/** How far before a modal a refuted belief's opening is looked for (a run-on text has thousands of modals). */
const MYTH_REACH_CHARS = 200;
/** A later time after the modal: "… next month", "this fall", "starting Monday". */
const LATER_AFTER = /\b(?:next|tomorrow|upcoming|later this|this (?:fall|autumn|spring|summer|winter|year|month|week)|starting|from now|in (?:19|20)\d\d)\b/i;
const LATER_REACH_CHARS = 80;
/** A verb in the past tense before it ("was", "had", "asked"; in lower case: not "United", nor "hundred", "need", "proceed"). */
const PAST_VERB = /\b(?:was|were|had|did|(?!hundred\b)[a-z]{2,}(?<!e)ed|spent|began|found|made|took|went|came|said|told|thought|knew|saw|got|gave|left|felt|kept|held|brought|wrote|ran|sat|stood|lost|paid|met|sent|built|won|became|grew|drew|fell|chose|spoke|broke|sought|taught|caught|bought|fought|meant|heard|understood|wore|rode|drove|flew|threw|hid|led)\b/;

/** A condition's opening and its pronoun subject right before a modal ("If I could"; not "If approved the deal would"). */
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:only\s+)?(?:I|we|you|he|she|they)\s+$/iu;
/** …or a wish's ("I wish that I could"; not "Passengers who wish to travel will need"). */
const WISH_BEFORE = /\bwish(?:es|ed)?\s+(?:that\s+)?(?:I|we|you|he|she|they|it)\s+$/iu;

/** could, might, would: the past of can, may, will when a past thought frames them. */
const PAST_FRAME_MODALS: ReadonlySet<Modality> = new Set<Modality>(['could', 'might', 'would']);
/** How far before a modal its framing verb is looked for. */
const PAST_FRAME_CHARS = 60;
/**
 * A past verb of thinking or deciding, then at most four words (its object's subject, "that",
 * "whether") right before the modal: "decided it", "was convinced that Google", "began to wonder
 * whether tuft cells". Not a verb of saying ("said the company would cut jobs" reports a
 * forecast), nor of finding out ("the report concluded that the policy could cost 10,000 jobs",
 * "scientists learned that the glacier could collapse": a finding about the future).
 */
const PAST_THOUGHT_BEFORE = /\b(?:thought|assumed|decided|figured|suspected|wondered|imagined|dreamed|dreamt|guessed|reckoned|(?:was|were)\s+(?:convinced|sure|certain))\s+(?:(?:that|whether|if)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/** These modals followed by "have" (and a participle) speak of the past: "should have had", "may have fired"; "will have" does not. */
const PERFECT_PAST_MODALS: ReadonlySet<Modality> = new Set<Modality>(['could', 'should', 'would', 'may', 'might', 'must']);
const PAST_MODAL_AFTER = /^\s+(?:(?:not|then|also|still|never|surely|probably)\s+)?(?:have|'ve|’ve)\b|^n['’]t\s+have\b|^['’]ve\b/i;
/** "could sense", "could tell": a modal of ability with a verb of perceiving or knowing ("could see" is also the forecast "could see prices rise"). */
const ABILITY_MODALS: ReadonlySet<Modality> = new Set<Modality>(['could']);
/** What "you will" goes on with in advice to the reader: "want to", "need", "find", "notice", "love". */
const READER_ADVICE_AFTER = /^\s+(?:(?:also|probably|likely|still|then|definitely|certainly|first|just)\s+)?(?:want|need|find|notice|love|like|enjoy|appreciate|see|have to|be able to|get)\b/i;

/** A case framed as any case, or a habit, before the writer's "I will": "For a new project,", "For example,", "I often" (not "When my term ends, I will step down": a commitment). */
const HABIT_FRAME = /^\W*(?:[Ff]or (?:a|an|each|every|any) \p{L}+|[Ff]or example|[Ff]or instance)\b|\bI\s+(?:often|usually|typically|always|sometimes|normally|generally)\b/u;

/** How far before "will" the text's name for itself is looked for. */
const SELF_REFERENCE_CHARS = 60;
/**
 * A text naming itself right before "will": "This article", "this post", "the guide below" (not "This
 * series will premiere in March", "This section will reopen in May"); or a part of it "the following"
 * names: "The following four-part training plan will guide you …" (not "The following three states will …").
 */
const SELF_REFERENCE_BEFORE = /\b(?:this|the following|our)\s+(?:article|post|blog post|piece|guide|chapter|tutorial|newsletter)(?:\s+below)?\s*$|\bthe following\s+(?:[\p{L}-]+\s+){0,3}(?:plan|program|programme|guide|list|steps?|tips|sections?|chapters?|pages?|table|chart|checklist|schedule|routine|workout|exercises|questions|examples|resources)\s*$/iu;

/** A sentence that opens on the text itself: "In this post,", "In this API documentation guide, we", "Throughout this guide,". */
const SELF_OPENING = /^\W*(?:in|throughout|over the course of|below,? in) this (?:[\w-]+\s+){0,3}?(?:post|article|blog post|piece|guide|tutorial|series|section|chapter|newsletter|episode|video|report|essay)\b/i;

/** What "we will" or "you will" go on with when a tutorial narrates its own steps: "look at", "note", "cover". */
const NARRATION_AFTER = /^\s+(?:(?:also|now|then|first|next|later|briefly|quickly)\s+)?(?:look at|take a look|note|notice|cover|discuss|explore|walk (?:you )?through|(?:run through|go over|dive into) (?:the|some|each|all|these|those|how|what|a few)\b|examine|show you|see how|see what|see that|start by|begin by|learn|review|revisit|get to|turn to|come back to|return to|mention(?=\s*(?:[,.;]|later\b|below\b|above\b|at the end\b|in a moment\b|shortly\b))|be (?:frank|honest|blunt)\b)/i;

/** could, might, may: "you could think of it as …" (the reader addressed) and "might seem like" (a hedge) are no forecasts. */
const GENERIC_YOU_MODALS: ReadonlySet<Modality> = new Set<Modality>(['could', 'might', 'may']);
/** How far before or after a modal its context is read. */
const LOOK_BEHIND_CHARS = 24;
const PERCEPTION_AFTER = /^\s+(?:(?:already|also|still|only|not|clearly|easily|barely|hardly|just)\s+)?(?:sense|tell|hear|feel|smell|taste|notice|imagine|understand|remember|recall|think of)\b/i;
/** "could not provide details", "couldn't say": negated, these modals tell of the past, not the future. */
const NEGATED_PAST_MODALS: ReadonlySet<Modality> = new Set<Modality>(['could']);
const NEGATION_AFTER = /^\s*(?:not\b|n['’]t\b)/i;
/** A sentence that opens on "May" before its subject: a wish ("May he rest in peace."). */
const OPTATIVE_MAY = /^\W*May$/;
const WISHED_FOR = /^\s+(?:he|she|it|they|we|you|god|his|her|their|its|our|your|the|this|these|all|\p{Lu}\p{Ll}+)\s+\p{Ll}+/u;

/**
 * The time horizon a sentence gives ("by 2035", "next year"): not a year that opens the sentence
 * before a comma, which says when it was said or done ("In 2008, the alliance said that Ukraine
 * could eventually join"; "In 2025, leaders agreed a target … by 2035" has the later one); "By
 * 2030, …" and "Next year, …" stay horizons.
 */
function horizonOf(text: string, span: TextSpan): TextSpan | null {
  const found = [...span.text.matchAll(HORIZONS)].filter((m) => !(m.index === 0 && span.text[m[0].length] === ',' && /^in\s+\d{4}$/i.test(m[0])));
  // A deadline before a year that only dates a figure: "will hit $10 billion by year 2016, well up from
  // $4.8 billion spent in 2012" looks to 2016. (Not "this week" of "…, the ministry said this week":
  // when it was said.)
  const m = found.find((x) => /^(?:by|before|until|through)\b/i.test(x[0])) ?? found.find((x) => !/^(?:later\s+)?this\s/i.test(x[0])) ?? found[0];
  return m ? textSpan(text, span.start + m.index, span.start + m.index + m[0].length) : null;
}
const HORIZONS = new RegExp(HORIZON.source, 'gi');

/**
 * A sentence that states cause→effect relations or makes a forward-looking statement with a
 * modal. Whether it is causal is the classifier's call (src/extract/causal.ts); the cause and
 * effect are then split at its signal ("led to", "because", "after", "to demand" …), or at its
 * first clause boundary when it has none. A chain of explicit signals is several relations ("The
 * ban led to protests, which caused the government to resign"). Quoted speech counts: claims say
 * who said it.
 */
/**
 * Verbs that open an instruction and yet foretell ("Expect delays", "Brace for higher bills"), open
 * no instruction ("Come the fall, he'll …", "Thank you …"), or frame a statement that does ("Make
 * no mistake, higher rates will hurt families", "Keep in mind that rates will climb", "Let me be clear: …").
 */
const FORECAST_IMPERATIVES = /^(?:expect|brace|watch|look|prepare|anticipate|beware|come|thank|make|keep|let|note|remember|bear|consider|imagine|understand|know|realize|realise|mind|trust|believe|mark)$/;

/**
 * Whether a sentence is an instruction: it opens, perhaps after a phrase and its comma ("For
 * outdoor wreaths, …", "In a large bowl, …"), on a verb in its base form with no subject before it.
 */
function instruction(s: Sentence): boolean {
  // (Most sentences open on no verb and no preposition: looked at first, before anything is built.)
  const opening = s.tokens.find((x) => x.kind === 'word');
  if (!opening || (opening.pos !== 'VERB' && opening.pos !== 'ADP')) return false;
  const t = s.tokens.filter((x) => x.kind === 'word' || x.text === ',');
  let k = 0;
  // Past an opening phrase that a preposition opens, up to its comma.
  if (t[0]?.pos === 'ADP') {
    const comma = t.findIndex((x) => x.text === ',');
    if (comma === -1 || comma > INSTRUCTION_PHRASE_MAX_TOKENS) return false;
    k = comma + 1;
  }
  const verb = t[k];
  if (!verb || verb.pos !== 'VERB' || verb.text.toLowerCase() !== verb.lemma) return false;
  // (A framing verb before an open question is an instruction still: "Consider who will be
  // controlling your smart home most of the time", "Think about how often you will use it".)
  const asked = s.tokens[s.tokens.indexOf(verb) + 1];
  // (Not one that goes on past a colon to what it asks about: "Consider what this means for a family:
  // they will pay about 300 pounds less in tax next year.")
  if (FORECAST_IMPERATIVES.test(verb.lemma)) return !!asked && OPEN_QUESTION_WORD.test(asked.normal) && !/[:;]/.test(s.text);
  // (Not a subject that wink reads as a verb: "Cook County will …", "Take-away and drive-through
  // outlets will …", "Live events could …": an instruction's verb goes on with its object's
  // determiner, a pronoun, a preposition or an adverb.)
  const next = s.tokens[s.tokens.indexOf(verb) + 1];
  return next !== undefined && next.start > verb.end && INSTRUCTION_NEXT.has(next.pos);
}

/** Words that open an embedded question: "consider who …", "remember how …", "imagine whether …". */
const OPEN_QUESTION_WORD = /^(?:who|what|which|how|whether|when|where|why)$/;

/** What follows an instruction's verb: "choose a ribbon", "remember that", "cook over", "stir gently". */
const INSTRUCTION_NEXT: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'ADV', 'SCONJ', 'PART', 'NUM']);

/** A negated cause set as a sentence of its own, its effect in the sentence before. */
const NEGATED_CAUSE_ALONE = /^\W*not (?:just |only |simply |merely )?because\b(?![^,;:]*\bbut\b)[^,;:]*$/i;

/** The longest opening phrase before an instruction's verb ("For outdoor wreaths,"). */
const INSTRUCTION_PHRASE_MAX_TOKENS = 8;

function statedImplications(text: string, s: Sentence, model: CausalModel, features: number[] = causalFeatures(s)): Implication[] {
  // "What will happen when …?": a question states nothing; nor does a release's legal boilerplate
  // ("actual results may differ materially", "will not be liable for any loss").
  // Nor does a cause with no effect stated: "Not because we’re stupid.", "Not just because it rained."
  // (not "Not because rents will keep rising but because wages will not keep up.")
  // (A signpost to the article's own content, "In this guide, you'll learn how …", never comes
  // here: statedCandidates leaves teasers out.)
  if (asks(s.text) || LEGAL_BOILERPLATE.test(s.text) || SITE_DISCLAIMER.test(s.text) || NEGATED_CAUSE_ALONE.test(s.text)) return [];
  // "For outdoor wreaths, choose a ribbon that … will make a high impact statement": an
  // instruction to the reader foretells nothing (a cause and effect it states stands: "Remember
  // that …, and sharing them can lead to a deeper emotional connection").
  let modal = instruction(s) ? null : modalityOf(s.text);
  // "Hours after the interview, a gunman opened fire": a time after an event orders it, nothing more;
  // a sentence whose one signal reads so is not causal unless an explicit signal says it is.
  // (The signals are looked for only in a sentence that may be causal: most are not.)
  const explicit = isExplicit(s);
  const probability = explicit ? 0 : causalProbability(model, features);
  const { signals, timing } = undated(explicit || probability >= model.threshold ? signalsIn(text, s) : [], explicit);
  const causal = explicit || (!timing && probability >= model.threshold);
  if (causal) {
    const relations = causalSplit(text, s, modal?.modality ?? null, signals);
    if (relations.length > 0) return relations;
    // No signal to split at: cause and effect are only a guess at its clauses, made when the
    // classifier is surer ("U.S. crude fell 3.38% … and Brent was last at $60.73" is no cause and effect).
    const split = explicit || probability >= model.plainThreshold ? clauseSplit(text, s, modal?.modality ?? null) : null;
    if (split) return [split];
  }
  if (!modal || modal.modality === 'must') return [];
  // "May he rest in peace.", "May God bless you": a wish, set before its subject, foretells nothing;
  // a modal after it still may ("May the talks resume, prices may fall …").
  if (modal.modality === 'may' && OPTATIVE_MAY.test(s.text.slice(0, modal.index + modal.length)) && WISHED_FOR.test(s.text.slice(modal.index + modal.length))) {
    const offset = modal.index + modal.length;
    const next = modalityOf(s.text.slice(offset));
    if (!next || next.modality === 'must') return [];
    modal = { ...next, index: next.index + offset };
  }
  // "would" and "should" say what ought to be or would be if … ("we should act", "I would never"):
  // a forecast only with a horizon ("The weather should ease by Thursday") or a consequence verb
  // ("Peace would allow the withdrawal of US troops"), and not with "I", "we", "you" or "they" as
  // its subject (a wish, an advice, or a plan reported from the speaker's side).
  if (modal.modality === 'would' || modal.modality === 'should') {
    if (PERSONAL_MODAL.test(s.text) || !(HORIZON.test(s.text) || CONSEQUENCE_MODAL.test(s.text) || (modal.modality === 'would' && OPEN_CONDITION.test(s.text)))) return [];
    // "should" with a date is still an obligation unless what follows is a state or a change
    // ("should ease by Thursday", "should be available in 2023"; not "should publish its accounts by 2025").
    if (modal.modality === 'should' && !CONSEQUENCE_MODAL.test(s.text) && !EXPECTED_SHOULD.test(s.text.slice(modal.index))) return [];
  }
  return [sentenceImplication(text, s, modal)];
}

/** A whole sentence as an implication: its modal as the cue, if it has one; no cause and effect. */
function sentenceImplication(text: string, s: Sentence, modal: { modality: Modality; index: number; length: number } | null): Implication {
  const cueStart = modal ? s.start + modal.index : 0;
  return {
    ...textSpan(text, s.start, s.end),
    kind: 'stated',
    label: null,
    modality: modal?.modality ?? null,
    cue: modal ? cueText(text, cueStart, cueStart + modal.length) : null,
    cause: null,
    effect: null,
    signal: null,
    horizon: horizonOf(text, s),
  };
}

/** "… this would add more weight to the theory if the reports are confirmed": an open condition (not "if they had …", a past one) makes "would" a possible consequence. */
const OPEN_CONDITION = /\b(?:if|unless)\b(?![^,.;:]*\b(?:had|were)\b)/i;

/** CAUSAL_SIGNALS with the global flag, to try every occurrence of a signal in a sentence. */
const EVERY_SIGNAL = CAUSAL_SIGNALS.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags}g`));

/** The signal "after", "following", "since" (a cause after it, or only a time). */
const TEMPORAL_SIGNAL = CAUSAL_SIGNALS.findIndex(({ pattern }) => pattern.test('after'));
/**
 * A time phrase right before a temporal signal: "Hours", "The day", "Just two weeks", "Shortly", "A
 * year", opening its clause or after any word ("came hours after"). A duration counts too ("jailed
 * for two years after …"): leaving it out cost the real pages' implications real 0.2.
 */
const TIME_BEFORE = /(?:^|[,;:—–]\s*|\b\w+\s+)(?:(?:just|only|about|some|nearly|almost|barely|roughly|more\s+than|less\s+than|within)\s+)?(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a\s+few|many|\d+)\s+)?(?:(?:days?|hours?|minutes?|seconds?|weeks?|months?|years?|decades?|moments?|nights?|mornings?|evenings?|shortly|soon|weekend)\s*)$/i;

/** Signals after the strong ones that may still chain a second relation right after a comma: ", causing …", ", prompting …". */
const CHAINING_SIGNAL = CAUSAL_SIGNALS.findIndex(({ pattern }) => pattern.test(', prompting'));

/** Words whose "to" is their complement, not a purpose: "decided to move", "able to go" ("gathered to demand" is a purpose). */
const TAKES_TO = new Set([
  'decide', 'want', 'plan', 'try', 'hope', 'intend', 'need', 'able', 'unable', 'likely', 'unlikely', 'seem', 'appear', 'go',
  'have', 'used', 'begin', 'start', 'continue',
  // Nouns whose "to" is what they are of: "the opportunity to visit", "a great way to get from …", "the ability to pay".
  'opportunity', 'way', 'chance', 'ability', 'right', 'reason', 'freedom',
]);

/** Verbs whose "to" opens their complement, not a purpose, as verbs only: "not authorized to talk", "failed to stop" (not "an attempt to force"). */
const VERB_TAKES_TO = new Set(['authorize', 'authorise', 'allow', 'permit', 'fail', 'refuse', 'manage', 'attempt', 'agree', 'vow', 'promise', 'choose', 'prefer', 'tend', 'wait']);

/** Places one is taken to, which wink tags as verbs after "to". */
const TO_PLACE = /^(?:jail|prison|hospital|court|school|church|bed)$/;

/** The wire's reason for an unnamed source: "… on condition of anonymity because they were not authorized to …". */
const ANONYMITY_BEFORE = /\banonymity\s*,?\s*$/i;
const UNAUTHORISED_AFTER = /^\s*(?:\w+\s+){0,3}?(?:was|were|is|are|had|has|have)(?:\s+not|n['’]t)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared)\b/i;

/** "Just because …" opening its clause, with "doesn't mean" after it: a cause denied ("only because" gives one). */
const DENIED_BECAUSE_BEFORE = /(?:^|[,;:—–]\s*|\b(?:but|and|yet|so|that)\s+)just\s+$/i;
const DENIED_BECAUSE_AFTER = /\b(?:does|do|did|is|was|will|would)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?(?:mean|make|imply|follow)\b/i;

/** Words that stand on both sides of "after" without a series: "that after that". */
const SERIES_NOT: ReadonlySet<string> = new Set(['that', 'this', 'it', 'then', 'there', 'so', 'and', 'but', 'the', 'a', 'an']);

/** The same word on both sides of "after" ("engineer after engineer", "day after day") or "one after another". */
function seriesAround(before: string, after: string): boolean {
  const left = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  const right = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  if (!left || !right || SERIES_NOT.has(left)) return false;
  return left === right || (left === 'one' && (right === 'another' || /^\s+the\s+other\b/i.test(after)));
}

interface Signal {
  /** Index into CAUSAL_SIGNALS (lower is preferred). */
  kind: number;
  start: number;
  end: number;
  cause: 'before' | 'after';
  /** A temporal signal right after a time ("The day after the attack"): it dates, it states no cause. */
  dated: boolean;
}

/**
 * What the stage reads in a sentence before the classifier's call: an explicit signal (causal on
 * its own), a time before "after" (not causal without one), or a signal to split at (for
 * scripts/train-causal.ts, which chooses the thresholds for these cases).
 */
export function causalEvidence(text: string, s: Sentence): { explicit: boolean; timing: boolean; signalled: boolean } {
  const explicit = isExplicit(s);
  const { signals, timing } = undated(signalsIn(text, s), explicit);
  return { explicit, timing, signalled: signals.length > 0 };
}

/** The signals to split at (not those that only date their clause), and whether dated ones were all there was. */
function undated(found: Signal[], explicit: boolean): { signals: Signal[]; timing: boolean } {
  const signals = found.filter((g) => !g.dated);
  return { signals, timing: !explicit && signals.length === 0 && found.length > 0 };
}

/** An explicit signal ("led to", "because", a change followed by "after") makes a sentence causal on its own. */
function isExplicit(s: Sentence): boolean {
  return CAUSAL_SIGNALS.slice(0, STRONG_CAUSAL_SIGNALS).some(({ pattern }) => pattern.test(s.text)) || CHANGE_AFTER.test(s.text);
}

/** A word with a capital that neither opens the sentence (or a clause after a colon or quotation mark) nor stands in title case: a name. */
function named(s: Sentence, start: number): boolean {
  const at = s.tokens.findIndex((t) => t.start === start);
  if (at <= 0 || /^[:;“"‘'(—–-]$/.test(s.tokens[at - 1]!.text)) return false;
  const words = s.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 <= words.length;
}

/** "cause" or "causes" as a noun: after an article or a possessive (not "this causes", "the mutation that causes"), or before a stop, "of", "and" or "or". */
function causeNoun(s: Sentence, start: number, end: number): boolean {
  const previous = s.tokens.findLast((t) => t.end <= start);
  const next = s.tokens.find((t) => t.start >= end);
  return !next || next.pos === 'PUNCT' || /^(?:of|and|or|for|which|that)$/i.test(next.text) || /^(?:the|a|an|its|their|his|her|our|my|your|root|good|worthy|common|main|underlying|probable|likely|many|other|own)$/i.test(previous?.text ?? '');
}

/** Every occurrence of a causal signal in the sentence that has words on both sides; `dated` when it follows a time ("Hours after …"). */
function signalsIn(text: string, s: Sentence): Signal[] {
  const out: Signal[] = [];
  for (const [kind, { cause, verb }] of CAUSAL_SIGNALS.entries()) {
    for (const m of s.text.matchAll(EVERY_SIGNAL[kind]!)) {
      if (m[0].trim() === '') continue;
      // The signal without the commas a pattern takes along (", so", "as a result,").
      const start = s.start + m.index + (m[0].length - m[0].replace(/^[\s,]+/, '').length);
      const end = s.start + m.index + m[0].replace(/[\s,]+$/, '').length;
      // A purpose "to" comes before a verb, and not right after one ("decided to move", "able to go").
      // (Nor a place one is taken to that wink tags a verb: "sent to jail", "rushed to hospital".)
      if (verb) {
        const previous = s.tokens.findLast((t) => t.end <= start);
        const following = s.tokens.find((t) => t.start >= end);
        if (following?.pos !== 'VERB' || TO_PLACE.test(following.normal) || TAKES_TO.has(previous?.lemma ?? '') || (previous?.pos === 'VERB' && VERB_TAKES_TO.has(previous.lemma))) continue;
      }
      // "Just because someone is junior doesn't mean …": the sentence denies the cause; "engineer
      // after engineer", "one after another", "day after day": a series, no time and no cause.
      // "Chelsea beat Spurs 2-0": a signal with a capital inside a sentence in sentence case is a name
      // (wink tags it a verb); not in a headline's title case ("The Fed Prompts Fears Of Recession").
      if (/^\p{Lu}/u.test(text[start] ?? '') && named(s, start)) continue;
      const signal = text.slice(start, end).toLowerCase();
      // "… spoke on condition of anonymity because they were not authorized to talk to the media":
      // the wire's reason for an unnamed source, no cause in the story.
      if (signal === 'because' && ANONYMITY_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)) && UNAUTHORISED_AFTER.test(text.slice(end, s.end))) continue;
      if (signal === 'because' && DENIED_BECAUSE_BEFORE.test(text.slice(Math.max(s.start, start - 12), start)) && DENIED_BECAUSE_AFTER.test(text.slice(end, s.end))) continue;
      if (signal === 'after' && seriesAround(text.slice(Math.max(s.start, start - 30), start), text.slice(end, Math.min(s.end, end + 30)))) continue;
      // "a variety of left-wing causes,", "the root causes of the war", "a good cause": the noun (wink tags the verb a noun too).
      if ((signal === 'cause' || signal === 'causes') && causeNoun(s, start, end)) continue;
      const before = trimClause(text, s.start, start);
      const after = trimClause(text, end, s.end);
      if (before.end - before.start < 3 || after.end - after.start < 3) continue;
      // "The day after the attack", "Two weeks after the vote": the signal dates the clause.
      // (The words just before it: a run-on text's sentence is megabytes long.)
      const near = text.slice(Math.max(s.start, start - TIME_BEFORE_CHARS), start);
      const dated = kind === TEMPORAL_SIGNAL && TIME_BEFORE.test(near);
      out.push({ kind, start, end, cause, dated });
    }
  }
  return out;
}

/**
 * Cause and effect on either side of the sentence's first usable causal signal; with several
 * explicit signals, one relation per signal, each between its neighbours. A time horizon is kept
 * only for a forward-looking (modal) sentence: "in 2014" in a past-tense account is not one.
 */
function causalSplit(text: string, s: Sentence, modality: Modality | null, signals: Signal[]): Implication[] {
  if (signals.length === 0) return [];
  // A purpose "to" is the weakest reading: any other signal in the sentence comes first ("…, so we get another shot to play them").
  const primary = signals.find((g) => !CAUSAL_SIGNALS[g.kind]!.verb) ?? signals[0]!;
  const chain = signals
    .filter((g) => g === primary || g.kind < STRONG_CAUSAL_SIGNALS || (g.kind === CHAINING_SIGNAL && /,\s*$/.test(text.slice(s.start, g.start))))
    .sort((a, b) => a.start - b.start)
    .filter((g, i, all) => i === 0 || g.start >= all[i - 1]!.end);
  const bounded = chain.length > 1 ? chain : [primary];
  const out: Implication[] = [];
  bounded.forEach((g, i) => {
    const before = withoutLink(text, trimClause(text, bounded[i - 1]?.end ?? s.start, g.start));
    const after = withoutLink(text, trimClause(text, g.end, bounded[i + 1]?.start ?? s.end));
    if (before.end - before.start < 3 || after.end - after.start < 3) return;
    const [cause, effect] = g.cause === 'before' ? [before, after] : [after, before];
    out.push({
      ...itemSpan(text, s, [cause, effect, g]),
      kind: 'stated',
      label: null,
      modality,
      cue: text.slice(g.start, g.end).toLowerCase(),
      cause: textSpan(text, cause.start, cause.end),
      effect: textSpan(text, effect.start, effect.end),
      signal: textSpan(text, g.start, g.end),
      horizon: modality ? horizonOf(text, s) : null,
    });
  });
  return out;
}

/** A relative pronoun or conjunction that links a span to the next relation ("protests, which") is not part of it. */
function withoutLink(text: string, span: Span): Span {
  const m = /[\s,;]*\b(?:which|that|who|and|but)$/i.exec(text.slice(span.start, span.end));
  return m && m.index > 0 ? trimClause(text, span.start, span.start + m.index) : span;
}

/** No signal: the effect is the clause before the sentence's first comma or conjunction, the cause the rest. */
function clauseSplit(text: string, s: Sentence, modality: Modality | null): Implication | null {
  const boundary = s.tokens.findIndex((t, i) => i > 2 && i < s.tokens.length - 3 && (t.text === ',' || t.normal === 'and' || t.normal === 'as'));
  if (boundary === -1) return null;
  const effect = trimClause(text, s.start, s.tokens[boundary]!.start);
  const cause = trimClause(text, s.tokens[boundary]!.end, s.end);
  if (effect.end - effect.start < 3 || cause.end - cause.start < 3) return null;
  return {
    ...textSpan(text, s.start, s.end),
    kind: 'stated',
    label: null,
    modality,
    cue: null,
    cause: textSpan(text, cause.start, cause.end),
    effect: textSpan(text, effect.start, effect.end),
    signal: null,
    horizon: modality ? horizonOf(text, s) : null,
  };
}

/**
 * A forecast's cue as a label: its words, without a word its pattern only glanced at ("expect
 * traffic to r…" is "expect traffic to"), lower-cased but for names and "I" inside it ("expect the
 * software I experienced to").
 */
function cueText(text: string, start: number, end: number): string {
  let cue = text.slice(start, end);
  if (/\p{L}$/u.test(cue) && /^\p{L}/u.test(text.slice(end, end + 1))) cue = cue.replace(/\s*\S+$/u, '');
  // "Will", "Expected": a capital that only opens the sentence.
  return cue.replace(/^\p{Lu}(?=\p{Ll}|\s|$)/u, (c) => c.toLowerCase());
}
