/**
 * Every type that crosses a stage boundary. Read this file to follow the data:
 *
 *   read ──▶ Source ──parse──▶ Article ──annotate──▶ AnnotatedArticle ──extract──▶ Brief ──render──▶ text
 *
 * Offsets are `[start, end)` in UTF-16 code units into `Article.text` (the text the pipeline read:
 * the input itself for plain text, the text derived from the markup for Markdown and HTML).
 */

/** A range of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A range of the article text together with what it covers: `text === article.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/** A warning or note from any stage, with a stable id (see `src/messages.ts`). */
/** A warning a stage recorded: its stable id, its wording, and where in the text it applies (or null). */
export interface Message {
  id: string;
  message: string;
  start: number | null;
  end: number | null;
}

// ───────────────────────────────────────────── read ──

/** What the input claims to be; `auto` lets `read`/`parse` decide. */
export type InputFormat = 'text' | 'markdown' | 'html';
export type InputFormatOption = InputFormat | 'auto';

/** Facts about the article that come from outside its body text (HTML metadata, the URL). */
export interface SourceMeta {
  url?: string | null;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  siteName?: string | null;
  lang?: string | null;
  /** The page's declared type: schema.org's (`NewsArticle`, `LiveBlogPosting`, …) or og:type. */
  type?: string | null;
  /** The section label the page put on its headline ("opinion", "editorial", "review"). */
  section?: string | null;
}

/** A decoded input: a string (BOM stripped, line endings normalised to `\n`) and where it came from. */
export interface Source {
  /** File path, URL, `-` for stdin, or a caller-chosen id. */
  origin: string;
  /** The decoded input. For HTML this is the markup. */
  raw: string;
  format: InputFormat;
  meta: SourceMeta;
  messages: Message[];
}

// ───────────────────────────────────────────── parse ──

/** `code`: a program's text (`<pre>`, a fenced block), its lines kept; it is shown, and not read for sentences. */
export type BlockKind = 'paragraph' | 'list' | 'quote' | 'table' | 'code';

export interface ListItem extends TextSpan {
  /** "Stronger Market Confidence" in "1. Stronger Market Confidence – Investors have…", else null. */
  label: TextSpan | null;
  /** The item's text after its marker and label. */
  body: TextSpan;
  /** How deep it is nested under the items before it (1 for an item of a list inside an item); absent at the top. */
  depth?: number;
}

export interface Block extends TextSpan {
  kind: BlockKind;
  /** Lists only. */
  items?: ListItem[];
  ordered?: boolean;
  /** Tables only: one line of text per row, its cells separated by " | ". */
  rows?: TableRow[];
}

export interface TableRow extends TextSpan {
  cells: TextSpan[];
}

export interface Heading extends TextSpan {
  /** 1 = title level; section headings are 2 and deeper. */
  level: number;
}

export interface Section {
  heading: Heading | null;
  blocks: Block[];
}

/** Text the parser removed from the article (page chrome, a repeated title, …). */
export interface Dropped extends TextSpan {
  reason: DropReason;
}

export type DropReason =
  | 'chrome'
  | 'repeated-title'
  | 'repeated-line'
  | 'repeated-paragraph'
  | 'navigation'
  | 'related-links'
  | 'caption'
  | 'promo'
  | 'metadata'
  | 'outside-article';

/** What kind of page an article is (the genres of the real-article guidelines). */
export type Genre =
  | 'hard-news'
  | 'feature'
  | 'opinion'
  | 'analysis'
  | 'live-blog'
  | 'listicle'
  | 'sports'
  | 'press-release'
  | 'qa'
  | 'newsletter'
  | 'encyclopedia'
  | 'forum'
  | 'other';

export interface Article {
  /** The text every offset points into. */
  text: string;
  format: InputFormat;
  origin: string;
  meta: SourceMeta;
  title: TextSpan | null;
  dek: TextSpan | null;
  byline: TextSpan | null;
  dateline: TextSpan | null;
  /** What kind of page it is, from its own signals (src/parse/genre.ts). */
  genre: Genre;
  sections: Section[];
  dropped: Dropped[];
  messages: Message[];
}

// ───────────────────────────────────────────── annotate ──

export interface Token extends TextSpan {
  /** Universal POS tag from wink (PROPN, VERB, …). */
  pos: string;
  /** Lower-cased form with wink's normalisation. */
  normal: string;
  lemma: string;
  /** wink's token type: word, number, punctuation, currency, symbol, … */
  kind: string;
  stop: boolean;
}

/** Where a sentence sits in the article's structure. */
/** A table row is read for names and values, never as a summary sentence, claim or implication. */
export type SentenceRole = 'body' | 'quote' | 'list-item' | 'list-label' | 'table-row' | 'heading' | 'title' | 'dek';

export interface Sentence extends TextSpan {
  index: number;
  role: SentenceRole;
  section: number;
  /** Index of the block in its section, or -1 for headings/title. */
  block: number;
  /** Index of the list item (or table row) in its block, or -1. */
  item: number;
  /** Position of this sentence inside its block (0 = first). */
  inBlock: number;
  tokens: Token[];
}

export type NameType = 'person' | 'organization' | 'place' | 'other';
export type ValueType =
  | 'date'
  | 'time'
  | 'duration'
  | 'money'
  | 'percent'
  | 'ordinal'
  | 'cardinal'
  | 'email'
  | 'url'
  | 'hashtag'
  | 'mention'
  | 'emoticon'
  | 'emoji';
export type EntityType = NameType | ValueType;

export interface Mention extends TextSpan {
  type: EntityType;
  sentence: number;
}

export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
  /** wink's values, and (for English text, when asked for) people, organisations and places. */
  mentions: Mention[];
  /** Whether the text reads as English: names, claims and implications come from English models. */
  english: boolean;
}

// ───────────────────────────────────────────── extract (the Brief is the JSON contract) ──

export interface ScoredSentence extends TextSpan {
  index: number;
  score: number;
  role: SentenceRole;
  section: number;
  /** Per-signal contributions to `score` (present with `explain`). */
  signals?: Record<string, number>;
}

export interface SummarySentence extends TextSpan {
  /** Index into `Brief.sentences`. */
  index: number;
  score: number;
  signals?: Record<string, number>;
}

export type ClaimKind = 'direct' | 'mixed' | 'indirect' | 'factual';

export interface Claim extends TextSpan {
  kind: ClaimKind;
  /** Resolved name of who makes the claim, or null. */
  speaker: string | null;
  speakerMention: TextSpan | null;
  /** The reporting cue ("said", "according to"), or null. */
  cue: string | null;
  cueSpan: Span | null;
  /** The claimed content. */
  content: Span;
  /** Why an unattributed claim counts as checkable: figure, comparison, event. */
  basis: string[];
  sentence: number;
}

export type Modality = 'will' | 'likely' | 'could' | 'may' | 'expected' | 'should' | 'must' | 'would' | 'might';

export interface Implication extends TextSpan {
  kind: 'listed' | 'stated';
  label: string | null;
  modality: Modality | null;
  /** The cue that marks it ("could lead to", "as a result"), or null. */
  cue: string | null;
  cause: TextSpan | null;
  effect: TextSpan | null;
  signal: TextSpan | null;
  /** A time horizon the sentence gives ("by 2030", "next year"), or null. */
  horizon: TextSpan | null;
}

export interface EntityRecord {
  name: string;
  type: EntityType;
  salience: number;
  mentions: TextSpan[];
}

export interface Stats {
  words: number;
  sentences: number;
  paragraphs: number;
  readingMinutes: number;
}

export interface Brief {
  /** 2: a message's wording is `message` (it was `text`, which every other item uses for article text). */
  schemaVersion: 2;
  origin: string;
  format: InputFormat;
  meta: SourceMeta;
  text: string;
  title: TextSpan | null;
  dek: TextSpan | null;
  byline: TextSpan | null;
  dateline: TextSpan | null;
  /** What kind of page it is: the summary follows it (see Article.genre). */
  genre: Genre;
  sections: Section[];
  sentences: ScoredSentence[];
  summary: SummarySentence[];
  claims: Claim[];
  entities: EntityRecord[];
  implications: Implication[];
  dropped: Dropped[];
  messages: Message[];
  stats: Stats;
}

// ───────────────────────────────────────────── options ──

export interface SummaryOptions {
  /** Number of summary sentences (default 3). */
  sentences?: number;
  /** A word budget instead of a sentence count. */
  words?: number;
  /** A share of the article's sentences (0 < ratio ≤ 1). */
  ratio?: number;
  /** Keep each summary sentence's score broken down by signal. */
  explain?: boolean;
}

/**
 * The parts of a brief that take work beyond reading its sentences. A caller that needs only some
 * (the `read` command prints none) asks for those; the others come back empty.
 */
export type BriefPart = 'summary' | 'entities' | 'claims' | 'implications';

export interface BriefOptions extends SummaryOptions {
  /** The parts to compute (default: all), with whatever they require. */
  parts?: readonly BriefPart[];
  inputFormat?: InputFormatOption;
  /** Name recorded as the brief's origin (a path or URL). */
  origin?: string;
}
