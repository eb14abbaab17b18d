/**
 * The words newsbrief's stages share: the kinds of name, the roles of sentences that each stage
 * reads, the commands and what each needs computed, and the input and output formats. Word lists
 * (cues, titles, gazetteers, page chrome) live in src/data/.
 */
import type { BriefPart, EntityType, InputFormatOption, NameType, SentenceRole } from './types.js';

/** Entity types that are names (the rest are values: money, dates, percentages, …), in the order views list them. */
export const NAME_TYPE_ORDER: readonly NameType[] = ['person', 'organization', 'place', 'other'];
export const NAME_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(NAME_TYPE_ORDER);

/** Sentences of the article's running text: what the summary picks from and the stats count. */
export const BODY_ROLES: ReadonlySet<SentenceRole> = new Set<SentenceRole>(['body', 'quote', 'list-item']);
/** Sentences that can hold an attribution: the running text, the dek and the headline. */
export const CLAIM_ROLES: ReadonlySet<SentenceRole> = new Set<SentenceRole>(['body', 'quote', 'list-item', 'dek', 'title']);
/** Sentences that can state an implication (list items are read as a list, when it introduces implications). */
export const STATED_ROLES: ReadonlySet<SentenceRole> = new Set<SentenceRole>(['body', 'quote', 'dek']);
/** Sentences written in title case, where a capital letter says little about a name. */
export const TITLE_CASE_ROLES: ReadonlySet<SentenceRole> = new Set<SentenceRole>(['title', 'heading', 'list-label']);

/** Separators a page puts between its headline and its site or section name ("A brief intro to git • Cory Dransfeldt"): the HTML reader splits titles at them, and the error-page check reads a title's own part. */
export const TITLE_SEPARATOR = /\s+[|–—•·-]\s+|\s+[|»]\s*/;

export const COMMANDS = ['summarize', 'read', 'claims', 'implications', 'entities'] as const;
export type Command = (typeof COMMANDS)[number];

/** The parts of the brief each command's view prints (JSON prints the whole brief, so it needs all). */
export const COMMAND_PARTS: Record<Command, readonly BriefPart[]> = {
  summarize: ['summary', 'entities', 'claims', 'implications'],
  read: [],
  claims: ['claims'],
  implications: ['implications'],
  entities: ['entities'],
};

export const OUTPUT_FORMATS = ['terminal', 'text', 'markdown', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** Formats that print the whole brief as data. */
export const DATA_FORMATS: ReadonlySet<OutputFormat> = new Set<OutputFormat>(['json', 'ndjson']);

/** `--input-format`: how to read an input; `jsonl` reads a batch of records. */
export const INPUT_FORMAT_OPTIONS: readonly (InputFormatOption | 'jsonl')[] = ['auto', 'text', 'markdown', 'html', 'jsonl'];
