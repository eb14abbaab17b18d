/**
 * Cue words for claims and implications. Each list says where it comes from; the logic that uses
 * them is in `src/extract/`.
 */
import type { Modality } from '../types.js';

/**
 * Cue verbs learned from PolNeAR dev (../shared/bench/quotes-dev.jsonl): every verb lemma that is
 * an annotated attribution cue in at least half of its occurrences there (and at least 4 times).
 * Regenerate with scripts/cue-lexicon.ts. Attribution in PolNeAR covers speech, belief, intention
 * and evaluation ("touts", "blasted", "vowed", "endorsed"), hence the breadth.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'accuse', 'acknowledge', 'acquiesce', 'add', 'admit', 'allege', 'allude', 'announce', 'applaud', 'argue',
  'ask', 'assail', 'assert', 'assure', 'balk', 'bemoan', 'blame', 'blast', 'boast', 'brag', 'call', 'caution',
  'chant', 'characterize', 'chide', 'cite', 'claim', 'complain', 'concede', 'conclude', 'condemn', 'confirm',
  'contemplate', 'contend', 'convince', 'criticize', 'declare', 'decline', 'decry', 'deem', 'denounce',
  'deride', 'describe', 'detail', 'discuss', 'dismiss', 'dispute', 'distance', 'document', 'downplay', 'dub',
  'dwell', 'echo', 'emphasize', 'endorse', 'envision', 'expect', 'explain', 'express', 'extol', 'hail',
  'highlight', 'hint', 'imply', 'indicate', 'insist', 'interject', 'jab', 'joke', 'label', 'lambast', 'lament',
  'lash', 'liken', 'list', 'mention', 'mock', 'muse', 'note', 'observe', 'order', 'outline', 'peg', 'plead',
  'point', 'poke', 'portray', 'praise', 'predict', 'prefer', 'proclaim', 'promise', 'question', 'quote',
  'rail', 'reaffirm', 'rebuke', 'rebut', 'recall', 'recite', 'recount', 'refer', 'refuse', 'reiterate',
  'reject', 'relish', 'remark', 'remind', 'reply', 'report', 'repudiate', 'retweeted', 'reveal', 'say', 'seem',
  'shrug', 'signal', 'slam', 'spar', 'speculate', 'state', 'stress', 'suggest', 'tell', 'title', 'tout',
  'tweet', 'unveil', 'urge', 'utter', 'voice', 'vouch', 'vow', 'warn', 'wonder', 'write', 'yell',
]);

/** Cue verbs that are attributions in 35–50% of their PolNeAR occurrences: used only with a clear subject and content. */
export const WEAK_ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'admire', 'advocate', 'agree', 'anger', 'apologize', 'appear', 'attack', 'attribute', 'back', 'brush', 'charge',
  'clarify', 'clear', 'congratulate', 'credit', 'cry', 'defend', 'demand', 'deny', 'disclose', 'estimate', 'fear', 'find', 'forecast', 'frame',
  'hope', 'illustrate', 'incline', 'interpret', 'invoke', 'issue', 'lay', 'name', 'offer', 'oppose',
  'persuade', 'pledge', 'post', 'prohibit', 'project', 'propose', 'rattle', 'rebuff', 'recommend', 'reference',
  'remember', 'repeat', 'request', 'resist', 'respond', 'rip', 'rule', 'seek', 'shout', 'show', 'side', 'sing',
  'single', 'support', 'talk', 'thank', 'threaten', 'underscore', 'unleash', 'veto', 'witness', 'worry',
]);

/**
 * Verbs of belief and intention (PolNeAR annotates them as attribution: "Trump believes…", "she
 * wants to…"): claims only with a named or pronoun subject and a "that" or "to" complement.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'think', 'believe', 'want', 'hope', 'fear', 'feel', 'know', 'plan', 'intend', 'expect', 'wish', 'doubt', 'suspect',
  'consider', 'assume', 'worry', 'prefer', 'understand', 'realize', 'recognize', 'see',
]);

/**
 * Verbs whose content is an object, not a clause ("attacked billionaire Donald Trump, with whom…"):
 * their content ends at the first clause boundary.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'attack', 'thank', 'criticize', 'criticise', 'praise', 'blame', 'accuse', 'endorse', 'defend', 'mock', 'slam', 'blast',
  'denounce', 'condemn', 'applaud', 'hail', 'congratulate', 'chide', 'rebuke', 'deride', 'lambast', 'assail', 'decry',
  'dismiss', 'reject', 'tout', 'cite', 'name', 'call', 'describe', 'label', 'dub', 'portray', 'characterize', 'oppose',
  'support', 'question', 'highlight', 'mention',
]);

/**
 * Head nouns of a source that is not a name: polls and documents, and groups of people ("a new
 * poll shows …", "his supporters believe …"). With one, a weak cue or a belief is a claim.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'survey', 'study', 'report', 'analysis', 'data', 'statement', 'memo', 'letter', 'lawsuit', 'complaint',
  'filing', 'document', 'record', 'email', 'ruling', 'audit', 'investigation', 'review', 'research', 'critic',
  'supporter', 'opponent', 'official', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'source', 'expert', 'analyst', 'economist', 'voter', 'resident', 'leader', 'lawmaker', 'activist', 'observer',
  'strategist', 'campaign', 'administration', 'government', 'committee', 'agency', 'department', 'prosecutor',
  // A party to a case and what it files: "The suit claims …", "Kohberger's defense wrote in court filings …".
  'suit', 'defense', 'defence', 'prosecution', 'indictment', 'petition',
  // What a publication wrote: "A piece from MIT Technology Review notes that …", "The Ars Technica evaluation stresses …".
  'article', 'piece', 'paper', 'evaluation', 'assessment', 'website',
]);

/** Multi-word source cues, matched on lower-cased text. */
export const SOURCE_PHRASES: readonly string[] = ['according to', 'as reported by', 'reported by', 'in the words of', 'cited by'];

/**
 * Words that make a sentence lean on the one before it: pronouns whose antecedent is outside the
 * sentence and discourse connectives. A summary sentence opening with one needs its predecessor.
 */
export const DEPENDENT_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'these', 'those', 'such',
  'but', 'however', 'also', 'meanwhile', 'so', 'still', 'yet', 'and', 'or', 'nor', 'then', 'thus', 'therefore',
  'moreover', 'furthermore', 'additionally', 'instead', 'nevertheless', 'nonetheless', 'besides', 'likewise',
  'similarly', 'otherwise', 'hence', 'consequently', 'accordingly', 'indeed', 'though', 'although', 'there',
]);

/** Forward-looking cues and the modality they express, longest first. */
export const MODALITY_CUES: ReadonlyArray<readonly [RegExp, Modality]> = [
  [/\b(?:is|are|was|were|be)\s+(?:widely\s+)?expected\s+to\b/i, 'expected'],
  // "Experts expect interest rates to remain low", "forecasts unemployment to fall to 4.5%".
  // Not negated ("They cannot expect China to …"), and "projects" not the noun ("projects and their communities wanted to"),
  // nor a noun before its modal ("a rainy forecast may incline you to …").
  [/(?<!\b(?:not|n['’]t|never|cannot)\s+)(?<!\b(?:the|an?|of|and|its|their|these|those|many|new|other|some|such)\s+(?=projects?\b))\b(?:expects?|expecting|forecasts?|predicts?|projects?)(?!\s+(?:may|might|will|would|could|can|should|must)\b)\s+(?:[\w'’-]+\s+){1,6}?to\s+(?!the\b|a\b|an\b)\w/i, 'expected'],
  // "is due to arrive"; not the cause in "was due to a lack of savings".
  [/\b(?:is|are|was|were)\s+(?:also\s+)?(?:likely|unlikely|set|poised|due)\s+to\b(?!\s+(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|some|lack|poor|low|high|rising|falling|concerns?|fears?)\b)/i, 'likely'],
  // "Dragonfly is scheduled to reach Titan in 2034", "Sentencing is scheduled for Feb. 14."
  [/\b(?:is|are)\s+(?:now\s+|currently\s+)?scheduled\s+(?:to|for)\b/i, 'expected'],
  // A plan or an aim stated now ("They also plan to release all of the data", "VW says it hopes to
  // put a production version on sale in 2022"): the guidelines' "plans to". Not "planned to" (the past).
  // Not the noun after an article ("a United Nations plan to return people"), nor plans once made
  // ("the young mother made plans to help people after she was gone").
  // (Nor a kind of plan one buys or follows: "you may need a paid ZipBooks plan to automate …", "a meal plan to lose weight".)
  // The verb has its subject right before it: a bare "plan to" a pronoun or a plural one ("Residents
  // plan to"), which a noun's compound does not give ("the Premier or Plus plan to have", "your own
  // beauty and fitness plan to ensure"); "plans to" no preposition or possessive before it ("a
  // range of plans to suit different tax situations"; "has plans to expand" is one).
  [/(?<!\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w.-]*\s+){0,3})(?<!\b(?:made|had|of|with|for|in|on|about|their|our|his|her|its|my|your|new|different|several|many|two|three|these|those|such)\s+)(?<!\b(?:change|changed|changes|changing|cancel|cancelled|canceled)\s+(?:your|our|their|his|her|its|my)\s+)(?<!\b(?:paid|free|premium|monthly|annual|yearly|basic|data|phone|insurance|health|retirement|savings|meal|training|payment|pricing|subscription|business|action)(?:\s+[A-Z][\w.-]*){0,2}\s+)\b(?:(?:[Pp]lans|[Ii]ntends|[Aa]ims|[Hh]opes)|(?:[Pp]lan|[Ii]ntend|[Aa]im|[Hh]ope)(?<=(?:(?:^|[^\w’'])(?:I|[Ww]e|[Yy]ou|[Tt]hey|who|also|still|now|currently|not|to|and|people|couple|family|team|staff|public|police|crew|group|both|many|most|some|others|and\s+[A-Z][\w.-]+|(?!(?:[Tt]his|[Hh]as|[Ww]as|[Dd]oes)\b)[A-Za-z][a-z]*[a-hj-rtv-z]s)|n['’]t)\s+\w+))\s+to(?=\s+(?!be\b)[a-z])/, 'expected'],
  // The participle only as a verb, after its auxiliary, an "and" or a comma ("is planning to",
  // "engaged and planning to", ", hoping to", "game-planning to"): not the noun in "delivers
  // economics-based planning to households".
  // (An adverb or two may stand between: "is reportedly planning to", "is already planning to".)
  [/(?:\b(?:is|are|am|was|were|be|been|['’]re|['’]s|['’]m|not|still|also|now|currently|and)\s+(?:(?:[a-z]+ly|already|still|also|now|currently|even|not)\s+){0,2}|,\s*|(?<=\w)-)(?:planning|intending|aiming|hoping)\s+to(?=\s+(?!be\b)[a-z])/i, 'expected'],
  [/\blikely\b/i, 'likely'],
  [/\bcould\b/i, 'could'],
  [/\bmight\b/i, 'might'],
  [/\bmay\b/i, 'may'],
  // Not the noun, which no verb follows: "sheer will and hard work", "the will of the people", "political will to act";
  // nor after a possessive or an article with a verb after it ("My mum's will is held at a solicitors", "Her will was
  // read"; "McDonald's will close", "The decision to fire her will be reviewed" are forecasts).
  [/\bwill\b(?!(?<=(?:['’]s|\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|[Ii]ts|[Tt]he|[Aa]|[Ww]hose))\s+will)\s+(?:is|was|has|had|says|said|states|stated|left|leaves|named|names|gave|gives|provides|provided|remains|remained|showed|shows)\b)(?!\s*(?:[.;:!?)]|$)|\s+(?:and|or|of|to)\b)|\bwon['’]t\b|['’]ll\b/i, 'will'],
  [/\bwould\b/i, 'would'],
  [/\bshould\b/i, 'should'],
  [/\bmust\b/i, 'must'],
];

/** After a modal: a refusal told in the past ("would not disclose the number"). */
export const REFUSAL_AFTER = /^\s*(?:not|n['’]t)\s+(?:say|comment|disclose|confirm|reveal|provide|give|elaborate|discuss|specify|identify|name)\b/i;
/** After could/might/may: a hedge on how a thing appears ("may sound shallow", "might seem like …"). */
export const HEDGE_AFTER = /^\s+(?:(?:also|still|well|just|all|at first|initially)\s+)?(?:sound|seem|appear)\b/i;
/** After "likely": an inference about the past ("likely failed", "likely would have evolved"). */
export const LIKELY_PAST_AFTER = /^["”’']?\s+(?:(?:was|were|had|did)\b|(?:(?:still|also|never|already)\s+)?(?:would|could|might|may|must)\s+(?:not\s+|still\s+)?have\b|[a-z]+[a-df-z]ed\b)/i;
/**
 * Around a capitalised "May" or "Will" inside a sentence: a month ("in May", "on May 16", "May
 * 2017") or a name ("Theresa May", "Will Dunham"). Read on a few characters each side.
 */
export const MONTH_OR_NAME_BEFORE = /(?:\b(?:in|on|since|of|last|next|this|early|late|mid|until|by|from|through|to|and|or)|\p{Lu}[\p{L}.'’-]*|\d|,)\s+$/u;
export const MONTH_OR_NAME_AFTER = /^,?\s+(?:\d|\p{Lu}\p{Ll})/u;
/** "would"/"should" with "I", "we", "you" or "they" as subject: a wish, an advice, a plan — no forecast. */
export const PERSONAL_MODAL = /\b(?:I|we|you|they)\s+(?:would|should)\b/i;
/** "should" as an expectation, with a state or a change after it: "should ease by Thursday", "should be available in 2023". */
export const EXPECTED_SHOULD = /^should\s+(?:(?:also|still|soon|now|then)\s+)?(?:be|ease|improve|fall|rise|drop|increase|decrease|arrive|start|begin|end|remain|come|reach|grow|slow|return|recover|continue|see|happen|take\s+place|last)\b/i;
/** "would"/"should" with a verb of consequence: "Peace would allow …", "should keep rates low". */
export const CONSEQUENCE_MODAL = /\b(?:would|should)\s+(?:also\s+)?(?:allow|lead|pave|mean|cost|raise|cut|boost|hurt|harm|help|keep|force|trigger|create|reduce|increase|end|make)\b/i;

/**
 * Verbs that state a cause and its effect on their own (sources joined into one pattern in
 * CAUSAL_SIGNALS): each only as a verb, not as an adjective or a motion ("after a prolonged
 * illness", "accelerated to 100 km/h", "sent two engineers down").
 */
const CAUSAL_VERBS: readonly string[] = [
  // (Not the noun after a preposition: "non-profits with causes ranging from …", "money for causes";
  // "charged with causing death" stays.)
  String.raw`(?:(?<!\b(?:with|for|of)\s+)caus(?:e|es)|caus(?:ed|ing))`,
  // ", allowing PG&E to begin restoring power", ", forcing the company to …": a consequence after a comma.
  String.raw`(?:allowing|enabling|forcing)(?<=,\s{0,3}\w+)(?=\s+(?:\S+\s+){1,4}?to\s+\w)`,
  // (Not the noun: "once the trigger is activated", "Trigger nodes start a workflow", "a trigger event".)
  String.raw`(?:(?<!\b(?:the|a|an|this|that|each|every|its|your|our|their|manual|webhook|schedule)\s+)trigger(?:s)?(?!\s+(?:nodes?|is|are|was|were|event|events|point|points|word|words|warning|warnings|finger|happy|type|types)\b)|trigger(?:ed|ing))`,
  String.raw`spark(?:ed|s|ing)?`,
  // (Not the noun: "templates and prompts that guide users", "evaluation prompts)".)
  String.raw`(?:prompt(?:ed|ing)|(?<!\b(?:the|these|those|of|with|evaluation|text|user|users|writing|such|your|our|their|its|AI|system)\s+)prompts(?!\s*(?:that|which|and|or|for|[),.;:!?])))`,
  String.raw`spurr?(?:ed|s|ing)?`,
  // (Not the noun: "fossil fuels", "jet fuels".)
  String.raw`(?<!\b(?:fossil|jet|diesel|alternative|clean|synthetic|liquid|solid|nuclear|aviation|marine|heavy|renewable|cleaner|dirty|dirtier|transport|transportation|cooking|rocket|of|the|other|traditional|conventional)\s+)fuell?(?:ed|s|ing)`,
  String.raw`exacerbat(?:e|ed|es|ing)`,
  String.raw`weigh(?:ed|s|ing)?\s+on`,
  String.raw`(?:took|take|takes|taking|taken)\s+(?:a|their|its|his|her)\s+toll\s+on`,
  String.raw`pav(?:e|ed|es|ing)\s+the\s+way\s+(?:for|to)`,
  String.raw`(?<!\b(?:a|an|the|after|during|from)\s+)prolong(?:ed|s|ing)?(?=\s+(?:the|a|an|their|its|his|her|financial|economic)\b)`,
  String.raw`accelerat(?:e|ed|es|ing)(?!\s+(?:to|from|away|past|into)\b)`,
  String.raw`(?:push|pushed|pushes|pushing|sent|send|sends|sending)\s+(?:\w+\s+)?(?:prices|shares|stocks|costs|rates|yields|inflation|bills|premiums|values?)\s+(?:up|down|higher|lower|soaring|tumbling)`,
  String.raw`raising\s+(?:hopes|fears|concerns|questions)`,
  String.raw`dampen(?:ed|s|ing)?`,
  String.raw`(?:is|are)\s+punishable\s+by`,
  String.raw`(?<!\b(?:a|an|the)\s+)boost(?:ed|s|ing)?(?!\s+(?:by|from|of)\b)(?=\s+(?:the|a|an|its|their|his|her|our)\b)`,
  String.raw`can\s+(?:also\s+)?(?:increase|reduce|cause|harm|hurt|raise|lower|trigger|damage|worsen|improve|undermine)`,
];

/**
 * Consequence and cause signals, with the side of the signal the cause is on. "X led to Y": cause
 * before. "Y because X": cause after. Adapted from the signal inventory of the Causal News Corpus
 * (Tan et al. 2023) and the PDTB connective list.
 */
/**
 * The first this many CAUSAL_SIGNALS are explicit enough to make a sentence causal on their own
 * (86% precision on CNC dev when they were first measured; the causal verbs added since were
 * checked on the real pages, where 12 of the 13 implications they brought were real).
 */
export const STRONG_CAUSAL_SIGNALS = 7;

/** `verb`: the signal counts only before a verb ("to demand …", not "lost to them"). */
export const CAUSAL_SIGNALS: ReadonlyArray<{ pattern: RegExp; cause: 'before' | 'after'; verb?: true }> = [
  // (Not a way that leads somewhere: "the path that led to the oats".)
  { pattern: /\b(?:could|would|will|may|might|can|to)?\s*(?<!\b(?:path|road|trail|route|door|doorway|stair|step|hallway|corridor|tunnel|street|passage|ramp|bridge|track|gate)s?\s+(?:that|which)\s+(?:\w+\s+)?)(?:lead|leading|led|leads)\s+to\b/i, cause: 'before' },
  // (Not the noun: "better task results in experimental environments", "the election results in Ohio",
  // "focuses on delivering results in small pieces".)
  { pattern: /\bresult(?:ed|ing)?\s+in\b|(?<!\b(?:the|their|its|these|those|our|your|his|her|better|best|good|worse|poor|strong|mixed|similar|early|final|test|task|election|exam|search|survey|poll|study|trial|inconsistent|consistent|conflicting|different|varying|promising|positive|negative|impressive|disappointing|encouraging|surprising|preliminary|initial|latest|recent|new|significant|deliver(?:s|ed|ing)?|produc(?:ed|ing)|achiev(?:e|es|ed|ing)|get(?:s|ting)?|got|see(?:s|ing)?|saw|yield(?:ed|ing)|bring(?:s|ing)?|brought)\s+)\bresults\s+in\b/i, cause: 'before' },
  // Causal verbs (CAUSAL_VERBS): "caused", "triggered", "prolonged the …", "can harm …".
  // Not the second half of a compound ("liquid-fuelled rocket engines", "a Russian-led force").
  // (Not a cause one supports: "social causes", "every social cause", "worthy causes"; "the leading cause of …" stays.)
  { pattern: new RegExp(`(?<!-)(?<!\\b(?:social|worthy|good|charitable|just|political|favou?rite|many|several|other|these|those|their|our|your)\\s+)\\b(?:${CAUSAL_VERBS.join('|')})\\b`, 'i'), cause: 'before' },
  { pattern: /,?\s*which\s+(?:means|meant)\b/i, cause: 'before' },
  // (Not "thus far".)
  { pattern: /,?\s*(?:as\s+a\s+result|therefore|consequently|thus(?!\s+far\b)|hence)\b,?/i, cause: 'before' },
  { pattern: /\bbecause\s+of\b|\bbecause\b/i, cause: 'after' },
  // Not a schedule ("was due to land at 8.30am", "is due to be sentenced"), nor thanks given ("tweeted his thanks to the authorities").
  { pattern: /\b(?:due|owing)\s+to\b(?!\s+(?:be|land|arrive|begin|start|open|take|meet|leave|launch|appear|resume|visit|speak|deliver|announce|finish|expire|depart|testify|retire|debut|publish|hear)\b)|(?<!\b(?:his|her|their|its|our|my|your|the|a|special|many|heartfelt|sincere|extend(?:ed|s)?|express(?:ed|es)?|gave|give|offered|offer)\s+)\bthanks\s+to\b|\bas\s+a\s+result\s+of\b|\bin\s+the\s+wake\s+of\b/i, cause: 'after' },
  // Weaker signals (index STRONG_CAUSAL_SIGNALS and on): they split a sentence the causal classifier has already judged causal.
  { pattern: /\bdriven\s+by\b|\bboosted\s+by\b|\bhit\s+by\b|\bweighed\s+(?:down\s+)?by\b/i, cause: 'after' },
  // "against" only after a protest ("rallied against the law"), not "working against the clock".
  // (The look-behind follows "against" so that it runs only where "against" is: before it, it ran at every position.)
  { pattern: /\bin\s+protest\s+(?:against|of|at|over)\b|\bdemanding\b|\bagainst\b(?<=\b(?:protest|rall|demonstrat|march|strik|riot|mobili[sz]|campaign|petition|boycott)\w*\b[^,.;]{0,40}?against)/i, cause: 'after' },
  // "over" as a cause ("rallied over fears"), not a place flown over ("shot down over Ukraine"), a span of time ("over the weekend") or an amount ("over $2.3m").
  // ("following" as doing what something says is none: "following the same line of reasoning", "we recommend following these instructions".)
  { pattern: /\bafter\b(?!\s+all\b)|(?<!\b(?:recommend|suggest|try|keep|start|stop|by|of|worth|like)\s+)\bfollowing\b(?!\s+(?:the\s+same\s+(?:line|path|approach|logic|pattern|format|method|procedure|recipe|example)\b|(?:these|those|this|our|your|their)\s+(?:instructions?|guidelines?|steps?|rules?|advice|recipes?|directions?|tips?)\b))|\bamid\b|(?<!\b(?:down|fly|flying|flew|flies|flown|hover(?:ed|ing)?|circl(?:ed|ing)|crash(?:ed|ing)?|pass(?:ed|ing)?|soar(?:ed|ing)?)\s+)\bover\b(?!\s+(?:(?:US|C|A)?[$£€]|\d[\d,.]*\s*(?:%|per\s?cent|million|billion|thousand)|(?:(?:the|this|that|those|these|a|an|past|last|next|coming|same|several|few|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,3}(?:weekend|years?|months?|weeks?|days?|decades?|hours?|night|period|summer|winter|season|holidays?|course)\b|(?:low|medium|high|medium-high|medium-low|moderate|direct)\s+heat\b))|\bsince\b/i, cause: 'after' },
  { pattern: /\bso\s+that\b|\bin\s+order\s+to\b/i, cause: 'after' },
  { pattern: /\bto\b/i, cause: 'after', verb: true },
  { pattern: /,?\s*(?:causing|resulting\s+in|prompting|forcing|leaving)\b/i, cause: 'before' },
  { pattern: /,\s*so\b(?!\s+(?:far|much|many|long|that)\b)/i, cause: 'before' },
];

/** "Prices fell after the announcement": a change, then what came before it. Makes a sentence causal on its own (the split is at "after"). */
export const CHANGE_AFTER = /\b(?:fell|rose|dropped|jumped|surged|plunged|slumped|climbed|soared|tumbled|sank|slid|gained|declined|rallied|increased|decreased|rebounded)\b[^,.;:]{0,40}?\b(?:after|following)\b/i;

/** A list introduced by one of these (in the sentence before it, or the section heading) is a list of implications. */
export const LIST_IMPLICATION_CUES: readonly RegExp[] = [
  /\bimplications?\b/i, /\bconsequences?\b/i, /\bramifications?\b/i, /\beffects?\b/i, /\bimpacts?\b/i, /\boutcomes?\b/i,
  /\bwhy (?:this|it) matters\b/i, /\bwhat (?:this|it) means\b/i, /\bwhat(?:'s| is) next\b/i, /\bwhat to watch\b/i,
  /\bcould (?:mean|lead|bring|result)\b/i, /\bwill (?:mean|lead|bring)\b/i, /\brisks?\b/i,
];

/** Comparisons that make an unattributed sentence a checkable claim. */
export const COMPARISON = /\b(?:than|record|largest|biggest|highest|lowest|smallest|fastest|slowest|doubled|tripled|halved)\b/i;

/** Time horizons in forward-looking statements: "by 2030", "next year", "in the coming months". */
export const HORIZON = /\b(?:by|in|before|until|through)\s+(?:the\s+end\s+of\s+)?(?:(?:the\s+)?year\s+)?(?:\d{4}|next\s+\w+|(?:early|mid|late)[- ]\d{4})\b|\bnext\s+(?:year|month|week|decade|quarter)\b|\bin\s+the\s+(?:coming|next)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b|\b(?:this|later this)\s+(?:year|month|week|decade)\b|\bin\s+the\s+(?:short|medium|long)\s+term\b/i;

/** Cue-model features: a preposition after the verb ("pushed for", "took aim at"). */
export const CUE_PREPOSITIONS = /^(?:about|on|at|for|against|to|with|of)$/;

/** Cue-model features: a personal pronoun just before the verb. */
export const CUE_PERSONAL_PRONOUNS = /^(?:he|she|they|i|we)$/;
