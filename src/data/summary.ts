/**
 * Weights of the summary ranker (what each signal measures: src/extract/summary/signals.ts).
 *
 * A summary is one of two things, depending on how much of the article it keeps:
 * - a brief (under BRIEF_SHARE of the article's sentences: the default 3 of a 20–40-sentence
 *   story): the lead, which no learned weighting beat on CNN/DailyMail under cross-validation
 *   (41.51 vs 41.79 ROUGE-1 for position alone); captions, plugs and fragments are never
 *   candidates, and faithfulness rules apply;
 * - a condensed article (FULL_SHARE or more, like BBC's references that keep ~45%): coverage,
 *   with weights fitted on BBC reference sentences by `npm run fit:summary`.
 * Between the two shares the weights are blended linearly. On a page with a headline, and wherever
 * the lead is not the story (an opinion, a live blog, a lede off its headline), the brief takes
 * what the readers of real pages keep instead of the lead (OFF_LEAD_WEIGHTS, `npm run fit:summary
 * -- --real`); the lead weights brief text without a headline (wire copy, CNN/DailyMail).
 */

import type { Genre } from '../types.js';

/** Brief weights: news puts the most important facts first (Lead-3 is the baseline every extractive method is measured against). */
export const BRIEF_WEIGHTS = {
  position: 1,
  first: 0,
  relative: 0,
  paragraphLead: 0,
  centrality: 0,
  degree: 0,
  title: 0,
  keywords: 0,
  length: 0,
  /**
   * A sentence under 10 words ("That's good news for investors.") gives its place to the next one
   * after it: one of three places is too much for it. Measured 2026-12-01 (0 / -0.1 / -0.2 / -0.3):
   * real pages' summary sentences kept (rest) 73.9 / 75.8 / 76.5 / 75.8, reserve 60.4 throughout;
   * CNN/DM R-1 42.08 / 42.08 / 42.14 / 42.17; BBC 75.79 / 75.85 / 75.85 / 75.85.
   */
  short: -0.2,
  long: 0,
  names: 0,
  figures: 0,
  quote: 0,
  opensQuote: 0,
  dependent: 0,
  question: 0,
} as const;

// fit:summary:begin
/**
 * Condensed-article weights, fitted by `npm run fit:summary`: pairwise logistic regression on BBC
 * reference sentences (L2 0.00003, chosen by 4-fold cross-validation; 217 reserve articles held out).
 */
export const FULL_WEIGHTS = {
  /** inverse square root of the rank among body sentences: news puts the key facts first (Lead-3 is the baseline) */
  position: 0.1417,
  /** the first body sentence: the lede is the single most summary-worthy sentence of a news story */
  first: -0.2738,
  /** place in the article from 1 (start) to 0 (end), a gentler position signal than rank */
  relative: 0.2263,
  /** a paragraph's first sentence, which carries its topic */
  paragraphLead: 0.0366,
  /** TF-IDF cosine with the whole article: shares the article's vocabulary */
  centrality: 3.5266,
  /** mean TF-IDF cosine with the other sentences (TextRank-style centrality without the graph walk) */
  degree: 4.1631,
  /** share of the headline's content words the sentence repeats */
  title: 1.5663,
  /** share of the article's ten most frequent content words the sentence contains */
  keywords: 8.0917,
  /** words / 40, capped at 1: longer sentences carry more content */
  length: -1.8111,
  /** under 10 words: fragments and captions */
  short: 0.0244,
  /** over 40 words: run-ons and lists glued into one sentence */
  long: -0.0375,
  /** people, organisations and places per 10 words, capped at 1 */
  names: 0.1128,
  /** states money, a percentage or a count */
  figures: 0.0451,
  /** holds a quotation */
  quote: 0.0527,
  /** opens with a quotation mark: a quote lifted out of its attribution */
  opensQuote: 0.0204,
  /** opens with a pronoun or connective that needs the sentence before it */
  dependent: -0.0201,
  /** ends with a question mark */
  question: -0.1374,
} as const;
// fit:summary:end

// fit:brief:begin
/**
 * Brief weights for a page with a headline, or whose lead is not the story (leadIsStory), fitted by
 * `npm run fit:summary -- --real`: pairwise logistic regression on the sentences readers keep for a
 * brief, on the 280 real pages briefed by them (L2 0.001, chosen by 5-fold cross-validation; the
 * 81 reserve pages held out). What each signal measures: src/extract/summary/signals.ts.
 */
export const OFF_LEAD_WEIGHTS = {
  position: 2.0091,
  first: -0.9406,
  relative: 0.4947,
  paragraphLead: 0.6825,
  centrality: 1.4510,
  degree: 0.2942,
  title: 2.4828,
  keywords: 1.3797,
  length: 0.9976,
  short: -0.5779,
  long: -0.1832,
  names: 0.5195,
  figures: 0.0893,
  quote: -0.5418,
  opensQuote: -0.5495,
  dependent: -0.6583,
  question: 0.0000,
} as const;
// fit:brief:end

/**
 * Personal pronouns that open a sentence which, in a brief, is taken only right after the lede
 * (measured 2026-12-01: real pages' summary kept 69.7 → 71.1, reserve 56.3 → 62.5; CNN/DM ROUGE-1
 * 41.89 → 42.08; passing over such sentences after the lede too cost CNN/DM 0.3, under Lead-3).
 */
export const PRONOUN_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them']);

/** Up to this share of the article's candidate sentences, a summary is a brief. */
export const BRIEF_SHARE = 0.4;
/** From this share on, a summary is a condensed article. */
export const FULL_SHARE = 0.5;

/** Default number of summary sentences. */
export const DEFAULT_SUMMARY_SENTENCES = 3;
/** Two summary sentences more similar than this (cosine) say the same thing; the second is skipped. */
export const REDUNDANCY_THRESHOLD = 0.6;

/**
 * Closing plugs and calls to action are not summary material: "For more insights…, visit …",
 * "Explore a larger collection of … on Instagram", "Check out …"; nor
 * is a note on the article's making ("This story was originally published in our Nov/Dec 2023
 * issue as …", "This interview has been edited and condensed"), nor a spoiler warning ("Warning:
 * This article contains spoilers from Rebel Moon …", "Spoiler alert: …"), nor a newsroom's note
 * on a change ("Editor’s note (December 19th 2023): This leader was updated to reflect …",
 * "Correction, Jan. 5: …", "Update (Jan. 5, 3:15 p.m. ET): …"; not "Correction officers said: …"),
 * nor a note to the reader or a postscript ("Note: Please see the explainer to this series …", "PS: …"),
 * nor the writer's plug ("I invite you to subscribe, share, comment, and connect with me on LinkedIn."),
 * nor a newsletter's welcome, sign-up or preview of the issue ("Welcome to The Green Techpreneur — a
 * marketplace and magazine …", "Register for our new online course …", "In this Green Techpreneur
 * edition, we explore …"; not a feature's "Welcome to Lordstown, Ohio, a village …" or a science
 * story's "In this week's issue of The Lancet Psychiatry, researchers report …"), nor a feed's
 * footer ("The post Advanced Guide to … appeared first on WordLift Blog.") or a notice of the next
 * issue ("Watch for the Spring 2024 issue of HBK Nonprofit Solutions newsletter …").
 */
export const PLUG = /^(?:warning:\s*)?this (?:article|story|post|piece|review|recap|interview) (?:contains|includes|has) (?:major |minor |some |light |mild )?spoilers?\b|^spoiler (?:alert|warning)\b|^(?:i|we) (?:invite|encourage|urge) you to (?:subscribe|share|follow|connect|join|sign up|comment)\b|^(?:for more\b|for the full story\b|share this (?:with|on|story|article|post)\b|to read more\b|click\b|visit\b|follow\b|subscribe\b|sign up\b|read more\b|get the latest\b|watch\b.*\bvideo\b|explore (?:more|a|the|our|his|her|their)\b|check out\b|learn more\b)|^this (?:article|story|post|piece|interview) (?:was |has been |will )?(?:originally |first |also |lightly )?(?:appeared|appears|appear|published|reprinted|ran|edited|condensed)\b|^(?:an? )?(?:editor['’]?s['’]? note|corrections?|clarifications?|updated?|updates|note|p\.?\s?s\.?|p\.?p\.?s\.?)\s*(?:\([^)]{0,60}\)|,[^:]{0,40}|at [^:]{0,30})?\s*:|^this (?:article|story|post|piece|leader|column|editorial) (?:was|has been|had been) (?:updated|corrected|amended|changed)\b|^welcome (?:back )?to (?:the|this|our|my|another|issue|edition|episode)\b|^(?:register|enrol+|pre-?order) (?:for|now|today|here|to)\b|^in (?:this|today['’]s|this week['’]s) [^.,;:]{0,40}\b(?:edition|issue|newsletter),? (?:we|I|you)\b|^(?:be sure to|make sure (?:to|you)|don['’]t forget to|feel free to)\s+(?:check out|read|visit|subscribe|follow|sign up|share|leave)\b|^if you (?:liked|enjoyed|loved|found) (?:this|hearing|reading)\b[^.!?]{0,80}\b(?:check out|read|subscribe|share|sign up)\b|^(?!.*\b(?:said|says|told)\b)the post\b.{1,200}\bappeared first on [^.!?]{1,80}\.?$|^(?!.*\b(?:said|says|told)\b)(?:watch|look) (?:out )?for (?:the|our|next)\b[^.!?]{0,40}\b(?:issue|edition) of (?:our|this|the|[\p{Lu}])[^.!?]{0,60}\bnewsletter\b/iu;

/**
 * A shopping list's buy line ("Get it from Amazon for $11.99+ (available in 21 colors).", "Buy
 * them at Target for $30"): where to buy an item, never a summary sentence.
 */
export const BUY_LINE = /^(?:[Gg]et|[Bb]uy|[Gg]rab|[Ss]hop|[Ss]nag|[Oo]rder|[Ff]ind) (?:it|them|one|this|these|the set|a set|a pair|a pack)\b[^.!?]{0,30}? (?:from|at|on) \p{Lu}[^!?]{0,200}? for (?:just |only )?[$£€¥]\s?\d/u;

/**
 * A data line of labelled fields ("Record: 19-1, 13 KOs Last fight: June 10 - W, UD12 vs. Josh
 * Taylor Next fight: TBA Previous ranking: No. 36"): two labels or more, each a capital and at
 * most three words before a colon, the first opening the line; colons inside quotation marks do not
 * count. A sentence quotes, it does not label.
 */
// (A label may say what it measures in brackets: "Actual Weight (U.S. men’s 9): 10.7 ounces".)
const LABEL = String.raw`\p{Lu}\p{Ll}*(?: \p{L}+){0,2}(?: \([^()]{1,30}\))?:\s`;
export const FIELD_LABEL = new RegExp(String.raw`(?:^|\s)${LABEL}`, 'gu');
/** A data line opens on its first label ("Record: …"); 'Jones said: "My message to Congress: act now."' is a sentence. */
export const OPENING_LABEL = new RegExp(`^${LABEL}`, 'u');
/** A sentence that reports someone's words ("…, the minister said"): what looks like a signpost there is theirs, no teaser. */
export const REPORTED_SPEECH = /\b(?:said|says|told|tells|added|adds|according to|announced|stated|wrote|warned)\b/i;

/** Whether a sentence is a teaser (TEASER) and reports no one's words. */
export function teaser(text: string): boolean {
  return TEASER.test(text) && !REPORTED_SPEECH.test(text);
}
export const DATA_LINE_MIN_LABELS = 2;

/**
 * Teasers that announce what follows instead of saying it ("Here's what economists had to say
 * about the latest data …", "Here's how we'd rank them from least to most daring.", "The
 * following is being released jointly by …", "Read on to find out …", "Here, each of the nominees
 * discuss …", "Let's get into this further with …", "In this guide, the experts at Old Crows
 * Antiques will walk you through …", "We'll break down the essential components …", "Fear not, for
 * below is a list of green gifts …", "There are lots of reasons why millennials are struggling
 * financially.", "In this blog, we'll walk through …", "Let's begin by understanding what data
 * analysis is …", the appeal "Let me know if …", "In the following sections, we'll dive
 * deeper …", "In this article, we aim to explore …", "We'll also provide guidance on …", "We will
 * follow this example throughout this handout.", "If so, you've come to the right place!"; not one that
 * goes on to say it after a colon, or quotes someone): never summary sentences, nor implications.
 */
export const TEASER = /^(?:here['’]s|here is|here are)\s+(?:what|how|why|who|where|when|which|a look|a guide|everything|all)\b|^the following\s+(?:is|are|was|were|has|have)\b|^(?:read on|keep reading|scroll down|find out)\b|^below,?\s+you['’]ll find\b|^here,? you['’]ll (?:discover|find|learn|see)\b|^in (?:this (?:[\w-]+\s+){0,3}?(?:post|article|blog post|blog|piece|guide|tutorial|review|roundup|list|series|section|video|episode)|(?:the following|the next|these) (?:[\w-]+\s+){0,2}?(?:sections?|chapters?|parts?|paragraphs?)),?\s+(?:we|I)(?:['’]ll|['’]re|['’]ve| will| are| am| have)?\s+(?:going to\s+|(?:aim|want|hope|intend|plan)s? to\s+|['’]d like to\s+)?(?:(?:also|now|first)\s+)?(?:cover|list|share|look|explain|explore|highlight|walk|break|take|discuss|outline|compare|review|rank|show|give|go|dive|touch|answer|help|round)\b|^in this (?:[\w-]+\s+){0,3}?(?:post|article|blog post|blog|piece|guide|tutorial|roundup|list|section|video|episode|page),?\s+[^.,;:!?]{0,60}?(?:\bwill|['’]ll|\b(?:are|is|am) going to)\s+(?:(?:now|also|first|quickly)\s+)?(?:learn|find|discover|see|get|read|walk|cover|show|explain|explore|look (?:at|into|back)|take a|break|discuss|outline|share|dive|go|help|guide|answer|teach|list|compare|rank|unpack|highlight)\b|^(?:we|I)(?:['’]ll| will|['’]re going to|['’]m going to| are going to| am going to)\s+(?:(?:now|also|first|quickly|then)\s+)?(?:break (?:down|it down)|walk you through|take a (?:closer |quick |deeper )?look (?:at|into)|dive (?:deep |deeper )?into|go over|unpack)\b(?![^.!?]*["”])|^(?:so,?\s+)?in this (?:[\w-]+\s+){0,3}?(?:post|article|blog post|piece|guide|tutorial|review|video|episode|podcast),?\s+(?:we|I)(?:['’]m|['’]re| am| are)?\s+(?:talk(?:ing)?|sharing|covering|walking|looking|breaking|diving|taking|exploring|explaining|discussing)\b|^let me (?:now |first )?(?:walk you through|take you through|show you (?:how|what|the|some|my|a few)|break (?:it|this|them) down|explain (?:how|what|why))\b|^before (?:we|I) (?:dive|get|jump|delve)\b[^.!?]*\blet['’]s\b|^(?:whether [^,]{0,100},\s+)?(?:this|our) (?:article|post|guide|piece|blog post|blog) will (?:provide|give|help|show|walk|cover|explain|teach)\b|^by the end of this (?:article|post|guide|blog|blog post|tutorial|video)\b|^(?:this|the) (?:article|post|guide|piece|blog post) (?:provides|offers|covers|explains|explores|outlines|lists|walks you through|will (?:cover|explain|show|walk|help|give|provide))\b|^let(?:['’]s| us)\s+(?:(?:now|first|quickly|then)\s+)?(?:get (?:into|started)|(?:begin|start) (?:by|with)(?![^.!?]*\bthat\b)|dive|delve|take a (?:closer )?look|have a (?:closer |quick )?look|look (?:at|into)|explore|find out|break (?:it|this|that|them) down|rank|recap|explain|unpack|go through|walk through)\b(?![^:“”"]*[:“”"])|^(?:here|below),\s+(?:[^.,;]{0,60}\s)?(?:discuss(?:es)?|shares?|explains?|talks?|reveals?|weighs? in|breaks? down|looks? back|answers?|ranks?|rounds? up|lists?)\b|^(?:fear not,?\s+(?:for\s+)?|so,?\s+)?(?:below|here) (?:is|are) (?:a|an|the|our|my|some)\s+(?:[\w-]+\s+){0,3}?(?:list|roundup|round-up|selection|rundown|breakdown|overview|guide|collection)\b|^there are (?:lots of|many|plenty of|several|a few|so many|a number of|a lot of) (?:reasons|ways) (?:why|how)\b(?![^.!?]*:)|^(?:please\s+)?let (?:me|us) know\b|^(?:we|I)(?:['’]ll| will) (?:also )?provide (?:you with )?(?:some )?(?:guidance|tips|an overview|insights?|answers|a (?:step-by-step |quick |short )?(?:guide|overview|checklist)) (?:on|about|for) (?:how|what|why|which|when|where|choosing|selecting|picking|finding)\b|^(?:we|I)(?:['’]ll| will)\b[^.!?]*\bthroughout this (?:handout|article|post|guide|tutorial|chapter|page|lesson)\b|^(?:(?:so|either way),?\s+)?(?:(?:if|whether) [^.!?]{0,120},\s*|if so,?\s+)?you(?:(?:['’]ve| have)? (?:come|came) to|(?:['’]re| are) in) the right place\b/i;

/**
 * Photo captions and video prompts that pages glue into the text ("Raheem Sterling (right)
 * was pictured…", "Scroll down for video", "In this Sunday, Nov. 10, 2019, photograph, …", "An
 * artist's illustration of …", "A view of the eruption near Grindavík seen from Fagradalsfjall webcam,
 * annotated by …"): never summary sentences.
 */
/**
 * A fashion shoot's credit line: "Grooming by Martin-Christopher Harper at Platform", "Casting by
 * Edward Kim", "Blazer and vest by Ermenegildo Zegna Couture." (what and whose, nothing more).
 */
export const SHOOT_CREDIT = /^(?:(?:[Pp]hotographs?|[Pp]hotos?|[Ss]tyling|[Ss]tyled|[Gg]rooming|[Hh]air|[Mm]ake-?up|[Cc]asting|[Pp]roduced|[Ss]et design|[Pp]rop styling)(?: and [a-z-]+)? by\s|\p{Lu}\p{Ll}+(?:,? (?:and )?\p{Ll}+)?(?:,? and \p{Ll}+)? (?:by|from) \p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,4}\.?$)/u;
export const CAPTION = /\((?:left|right|above|below|centre|center|top|bottom|inset|pictured|file photo|file|main picture)(?:,[^)]*)?\)|\bscroll down for video\b|\b(?:pictured|seen) (?:left|right|above|below|here|centre|center)\b|^(?:pictured|above|below|left|right)\s*:|^in this\b[^.]{0,80}?\b(?:photo|photograph|file photo|image|picture|handout|video still|screen ?grab|frame grab)\b|^(?:an?\s+)?artist['’]s (?:illustration|impression|rendering|concept)\b|^(?:an?\s+)?(?:(?:aerial|general|wide|close-up|satellite)\s+)?(?:view|photo(?:graph)?|image|picture|screenshot|still)\s+(?:of|from)\b[^.!?]*?\b(?:seen|taken|captured|shot|annotated|photographed)\s+(?:from|by|on|at|in|with)\b/i;

/**
 * Genres whose lead is not the story: an opinion's thesis comes later, a live blog's key entries
 * anywhere. Their briefs take what readers keep where the lead is not the story (OFF_LEAD_WEIGHTS;
 * until 2026-12-02 coverage, FULL_WEIGHTS, which measured on the real-article benchmark, summary
 * sentences an editor would keep: opinion 27.8 → 50.0%, live blog 55.6 → 66.7%). Text without a
 * headline of these genres is briefed like a page with one (leadIsStory).
 */
export const NOT_LEAD_GENRES: ReadonlySet<Genre> = new Set<Genre>(['opinion', 'live-blog']);

/** A headline with at least this many content words can say whether the lede is on its story (src/extract/summary/index.ts, ledeOffHeadline). */
export const LEDE_HEADLINE_TERMS = 3;

/**
 * A release's legal boilerplate: "General disclaimer statements on this website … may constitute
 * forward-looking statements", "actual results may differ materially", "does not approve or
 * endorse the content", "will not be liable for any loss", "Potential investors should seek
 * independent information and advice". Part of the text, no summary sentence and no implication.
 */
export const LEGAL_BOILERPLATE = /\b(?:forward-looking statements?|safe harbou?r statement|(?:differ|vary) materially from|does not (?:approve|endorse)(?: or (?:approve|endorse))? the (?:content|accuracy)|seek independent (?:information|advice)|makes? no representations? (?:regarding|as to|about)|(?:is|are|will be|shall be|will not be|shall not be|is not|are not) (?:held )?(?:liable|responsible) for any (?:loss|damages?|errors?|inaccurac(?:y|ies)|omissions?|content))\b/i;

/**
 * A site's disclaimer in its own voice: of advice ("Whole Whale does not publicly offer or claim to
 * offer financial and/or legal advice"), of views ("Any opinions expressed do not reflect the views
 * of Dictionary.com"), or a copyright credit ("… © Random House, Inc. 2023", "All rights
 * reserved"). Not a sentence that reports one ("The clinic does not offer legal advice, the lawyer
 * who runs it said"). No summary sentence and no implication, like LEGAL_BOILERPLATE.
 */
export const SITE_DISCLAIMER =
  /^(?!.*\b(?:said|says|told|according to)\b)(?=.*(?:\bdoes not (?:publicly )?(?:offer|provide|give|constitute)(?: or claim to (?:offer|provide|give))? (?:any )?(?:financial|legal|medical|tax|investment)(?:(?: and\/or| and| or|,) (?:financial|legal|medical|tax|investment))* advice\b|\b(?:is|are) not (?:intended (?:as|to be)|meant (?:as|to be)|to be (?:taken|construed) as) (?:a substitute for )?(?:professional )?(?:financial|legal|medical|tax|investment) advice\b|\b(?:opinions|views) expressed\b[^.]{0,60}\bdo(?:es)? not (?:necessarily )?(?:reflect|represent) the (?:views|opinions)\b|©.{0,80}\b(?:19|20)\d{2}\b|\ball rights reserved\b))/i;
