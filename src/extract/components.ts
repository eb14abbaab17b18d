/**
 * The components of extraction, each a part of the brief: what it requires (parts that run
 * before it, the name recogniser's mentions, English text) and what it adds to the work in hand.
 * A caller asks for parts; `plan` runs those and what they require, in this order.
 */
import type { AnnotatedArticle, BriefPart, Claim, EntityRecord, Implication, SummaryOptions } from '../types.js';
import { causalModel, type CausalModel } from './causal.js';
import { findClaims, withNegatedCues } from './claims/index.js';
import { claimModel, type ClaimModel } from './claims/check.js';
import { cueModel, type CueModel } from './cue-model.js';
import { resolveNames, type NameCoreference } from './coreference.js';
import { entityRecords } from './entities.js';
import { findImplications } from './implications.js';
import { nameModel, type NameModel } from './name-check.js';
import { rank, select, type Ranked } from './summary/index.js';
import { signalledGenre } from './genre.js';
import { implicationReader, type ImplicationReader } from './implication-reader.js';
import { choosePronounSpeakers, pronounModel, type PronounModel } from './claims/pronoun.js';
import { readerKeeps, readerModel, SPEAKERLESS_GENRE, type ReaderModel } from './claims/reader.js';

/** The trained models the components use; training passes a model being fitted, the CLI none (the shipped ones). */
export interface Models {
  cues?: CueModel;
  /** The claim check; null keeps every candidate the rules find (training reads them all). */
  claims?: ClaimModel | null;
  causal?: CausalModel;
  /** The name check; null keeps every record's type (as coreference made it). */
  names?: NameModel | null;
  /** The readers' claim check, on pages in the writer's own voice; null keeps every claim the claim check kept. */
  claimsReal?: ReaderModel | null;
  /** The readers' implication check; null prints what the rules find. */
  implicationsReal?: ImplicationReader | null;
  /** Who a speaking "he" or "she" is; null keeps the rules' answer. */
  pronouns?: PronounModel | null;
}

/** What the components read and add, as they run. */
export interface Work {
  annotated: AnnotatedArticle;
  options: SummaryOptions;
  models: Models;
  ranked?: Ranked[];
  /** Indexes into `ranked` of the summary sentences, in article order. */
  chosen?: number[];
  /** Which name mentions are one entity: shared by the entity list and the claims' speakers. */
  coreference?: NameCoreference;
  entities?: EntityRecord[];
  claims?: Claim[];
  implications?: Implication[];
}

export interface Component {
  part: BriefPart;
  /** Parts that must run first. */
  requires: readonly BriefPart[];
  /** Reads the name recogniser's people, organisations and places. */
  names: boolean;
  /** Comes from English models or cue lists: on other languages it stays empty. */
  englishOnly: boolean;
  run(work: Work): void;
}

export const COMPONENTS: readonly Component[] = [
  {
    // Scores every sentence; the name count is one of the signals.
    part: 'summary',
    requires: [],
    names: true,
    englishOnly: false,
    run(w) {
      w.ranked = rank(w.annotated, w.options);
      w.chosen = select(w.ranked, w.options);
    },
  },
  {
    // A name in a summary sentence is more salient.
    part: 'entities',
    requires: ['summary'],
    names: true,
    englishOnly: false,
    run(w) {
      w.entities = entityRecords(w.annotated, new Set(w.chosen), coreference(w), w.models.names === undefined ? nameModel() : w.models.names);
    },
  },
  {
    // A speaker is named as the entity list names them ("Brownback" → "Sam Brownback"): both read one coreference.
    part: 'claims',
    requires: [],
    names: true,
    englishOnly: true,
    run(w) {
      const check = w.models.claims === undefined ? claimModel() : w.models.claims;
      const found = findClaims(w.annotated, coreference(w), w.models.cues ?? cueModel(), check);
      // A speaking "he" or "she" is chosen again among the people named before it.
      const pronouns = w.models.pronouns === undefined ? pronounModel() : w.models.pronouns;
      const claims = pronouns ? choosePronounSpeakers(found, w.annotated, coreference(w), pronouns) : found;
      // The readers' check too, with the threshold of the page's genre.
      const genre = signalledGenre(w.annotated);
      const reader = check ? (w.models.claimsReal === undefined ? readerModel() : w.models.claimsReal) : null;
      const kept = reader && check ? claims.filter((c) => readerKeeps(reader, c, { annotated: w.annotated, genre, check, coreference: coreference(w) })) : claims;
      // Outside hard news an attribution names who made it, or it is no claim (SPEAKERLESS_GENRE).
      w.claims = withNegatedCues(SPEAKERLESS_GENRE(genre) ? kept : kept.filter((c) => c.kind === 'factual' || c.speaker !== null), w.annotated);
    },
  },
  {
    part: 'implications',
    requires: [],
    names: false,
    englishOnly: true,
    run(w) {
      w.implications = findImplications(w.annotated, w.models.causal ?? causalModel(), w.models.implicationsReal === undefined ? implicationReader() : w.models.implicationsReal);
    },
  },
];

/** The name coreference, computed once for the components that read it. */
function coreference(w: Work): NameCoreference {
  return (w.coreference ??= resolveNames(w.annotated));
}

export const ALL_PARTS: readonly BriefPart[] = COMPONENTS.map((c) => c.part);

/** The components that make these parts, with what they require, in running order. */
export function plan(parts: readonly BriefPart[] = ALL_PARTS): Component[] {
  const wanted = new Set<BriefPart>();
  const want = (part: BriefPart): void => {
    if (wanted.has(part)) return;
    wanted.add(part);
    for (const r of COMPONENTS.find((c) => c.part === part)!.requires) want(r);
  };
  parts.forEach(want);
  return COMPONENTS.filter((c) => wanted.has(c.part));
}

/** Whether making these parts needs the name recogniser. */
export function needsNames(parts?: readonly BriefPart[]): boolean {
  return plan(parts).some((c) => c.names);
}

/** Runs the plan for these parts over an annotated article. */
export function runComponents(annotated: AnnotatedArticle, options: SummaryOptions, parts?: readonly BriefPart[], models: Models = {}): Work {
  const work: Work = { annotated, options, models };
  for (const c of plan(parts)) if (annotated.english || !c.englishOnly) c.run(work);
  return work;
}
