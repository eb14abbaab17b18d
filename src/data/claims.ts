/**
 * Words the claims stage reads sentences by: pronouns, clause openers, verbs with a special
 * pattern, labels that are no source. The attribution cue lexicons are in cues.ts; the logic that
 * uses both is in src/extract/claims.ts.
 */

/** Pronouns that can be the subject of a cue. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'who', 'you']);

/** Pronouns that resolve to the last person named. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'who']);

/**
 * A description of an organisation as a speaker ("the company", "the ministry", "the oil
 * company"): it may stand for the one organisation named just before (describedOrganisation).
 */
export const ORGANISATION_DESCRIPTION =
  /^[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:company|firm|agency|ministry|department|network|bank|airline|carrier|retailer|automaker|broadcaster|insurer|lender|manufacturer|regulator|watchdog)$/;

/** "the institute", "the commission": an institution the article names with that noun last ("National Statistics Institute"), and only such a one. */
export const INSTITUTION_DESCRIPTION =
  /^[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:institute|university|council|commission|court|committee|board|union|foundation|association|bureau|office|service|center|centre|hospital|league|organi[sz]ation|authority|federation|institution)$/;

/** Cues that report only with a complement: "appeared to lose his temper", "declined to comment"; not "it first appeared in 2014", "oil prices declined". */
export const COMPLEMENT_VERBS = new Set(['appear', 'seem', 'decline']);

/** Prepositions before a place that make the name after a noun a location, not a source: "officials in Kabul said". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'inside', 'near', 'across']);

/** Prepositions that join a source's description to its head noun ("experts on …", "many in …"); a name after one is not the head ("Many in Hong Kong"). */
export const POSTMODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'into', 'on', 'for', 'with', 'across', 'from', 'at', 'among', 'inside', 'close']);

/** Words of time that are never a source: "On Monday, she said", "said last week". */
export const TIME_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night)$/i;

/** A month's name or abbreviation before a day: "Oct.", "October" (not "Janet" or "Mayor"). */
export const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)$/;

/** A newsroom's own label before a colon is no source: "Editor’s note:", "CORRECTION:", "A reminder:". */
export const EDITORIAL_LABEL = /^(?:an?\s+)?(?:editor['’]?s['’]?\s+note|correction|clarification|update|updated|note|reminder|disclosure|disclaimer|related|watch|read more|see also|photo|video|myths?|facts?|the facts?|truth|the truth|tip|bottom line)$/i;

/** Words that open a subordinate clause (wink tags some of them ADV): "When Grayson decided to run for Senate, he told …". */
export const SUBORDINATORS = new Set(['when', 'after', 'before', 'once', 'if', 'since', 'because', 'while', 'although', 'though', 'unless', 'until', 'whenever']);

/** Words that start a coordinated clause: the attribution after one is a second claim, not part of the first's content. */
export const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', ';']);

/**
 * Cue verbs in phrases that report nothing: a source's condition ("who asked not to be
 * identified", "spoke on condition of anonymity"), a credit line ("(Reporting by …; Editing by …)",
 * "Lerer reported from Los Angeles"), a sum ("adding to her delegate lead", "add up to"), a thing
 * added ("the update adds a new icon to the sidebar", "adds several cards"; not "added a caveat"), a prize
 * won ("Adrian Peterson (2012) claiming the award", "claimed a third title", "claimed the lives of"),
 * a call that is no saying ("called her up", "calling it quits", "called it home", "called the
 * meeting", "called the police after midnight"; not "called the meeting a farce", "called the
 * police response appalling", "called for tariffs up to 60 percent"), a finding that is no
 * finding ("found herself in the crosshairs", "found unique ways to"), an
 * agreement to act ("agreed to invest $25 million", "agreed to an interview"; readers mark none,
 * PolNeAR a quarter of them), a weapon pointed ("pointed a gun at officers"), charges added
 * ("added charges of attempt to murder"), a state the writer sees ("Missiles … appear to have been
 * hurled at police, Plymouth Live reports": the source is the one that reports; not "appeared to
 * suggest"), an event witnessed ("witnessed the slashing"; not "witnessed the officer say …"), a
 * person persuaded ("persuaded her to take the role"; not "persuaded them that …"), a cricket
 * side's innings declared ("declaring on a batsman", "… before declaring."), a product recalled ("Toyota recalled 1.9
 * million RAV4s"), a goal claimed ("Manchester City claimed another when …"), a person accused of
 * something ("He was held for 74 days and accused of funding the enemy": the passive's subject is
 * the accused; the active names them between, "accused him of"), a review's runners-up
 * ("Honorable mentions go to the Soundcore Life Q20").
 */
export const NOT_REPORTS = /^(?:accused\s+of\b|mentions?\s+(?:go|goes|went)\s+to\b|appear(?:s|ed)?\s+to\s+have\s+been\b|state\s+(?:sen|rep|senator|representative|sens|reps)\b|call\w*\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:first|snap|early|general|fresh|new|democratic|presidential|parliamentary)\s+){0,2}elections?\b|rul(?:e|es|ed|ing)\s+(?:by\s+decree|until|over|for\s+(?:\d|a|an|the|more|nearly|almost|decades|years|months))\b|claim\w*\s+(?:victory|victories|gold|silver|bronze|lives)(?=\s*(?:[,.;:!?)]|$|(?:in|at|for|over|on|against|after|with|by|as|and|across|during|from|of|when|while|since|this|last|that\s+(?:day|night|year|week|season))\b))|claim\w*\s+(?:the|a|an|his|her|their|its|another|first|second|third|\d\w*)\s+(?:\w+\s+)?(?:award|title|crown|prize|trophy|victory|win|medal|gold|silver|bronze|seat|spot|lead|record|championship|pole|place|points?|wickets?|scalp|lives|life)s?\b|claim\w*\s+(?:the|his|their|another)\s+(?:other\s+)?(?:prized\s+|big\s+|key\s+)?(?:scalp|wickets?)\b|witness\w*\s+(?:the|a|an|his|her|their|its|this|that)\s+(?!\w+\s+(?:that|say|said|tell|told)\b)|persuad\w*\s+(?:him|her|them|me|us|you)\b(?!\s+(?:that|of)\b)|declar\w*\s+(?:on\s+a\s+batsman\b|(?:their|the|his|its)\s+(?:\w+\s+)?innings\b)|declaring\s*[.!?]?\s*$|recall(?:s|ed|ing)?\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?\d[\d,.]*\b|claim\w*\s+(?:another|a\s+second|a\s+third)(?=\s*(?:[,.;]|$|(?:when|as|after|with|in|on|before)\b))|(?:ask|request|spoke|speak|talk)\w*\s+(?:not\s+to\s+be\s+(?:identified|named|quoted)|(?:on\s+(?:the\s+)?condition\s+of\s+|for\s+)?anonymity)|add\w*\s+(?:to|up)\b|add(?:s|ed|ing)?\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?[$€£¥]?\d|add(?:s|ed|ing)?\s+(?:a|an|new|several|extra|more|support\s+for)\s+(?!(?:[\w-]+\s+){0,2}(?:caveat|note|warning|comment|line|word|plea|question|point|condition|qualifier|wrinkle|twist|reminder|thought|footnote)s?\b)(?![^.!?]*?(?::|\bthat\b|\bsaying\b))|report\w*\s+from\b|add\w*\s+(?:(?:new|further|more|fresh|two|three|\d+)\s+)?(?:charges?|counts?)\s+(?:of|against|under|for)\b|reporting\s+by\b|agree\w*\s+to\b|point\w*\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:loaded|real|toy|replica)\s+)?(?:guns?|weapons?|rifles?|pistols?|handguns?|knife|knives|firearms?)\b|found\s+(?:herself|himself|themselves|itself|myself|ourselves|yourself)\b|found\s+(?:(?:a|an|new|unique|creative|other|several|many)\s+)?(?:ways?|workarounds?|solutions?)\s+(?:to|for|around)\b|call\w*\s+(?:(?:him|her|them|me|us|you)\s+)?up\b(?!\s+to\b)|call\w*\s+it\s+(?:quits|home|a\s+(?:day|night|career))\b|call\w*\s+(?:a|an|the|his|her|their|its)\s+(?:(?:emergency|special|snap|press)\s+)?(?:meeting|session|synod|conference|timeout|time-out|police|cops|ambulance)\b(?=\s*(?:[,.;:]|$|(?:to\s+(?!be\b)|after|before|when|on|at|in|for|and)\b)))/i;

/** A refusal to speak ("declined to comment", "refused to say whether …") reports nothing: no claim, though its subject may be a later cue's. */
export const REFUSES = /^(?:declin|refus)\w*\s+(?:to\s+)?(?:comment|say|elaborate|discuss|specify|confirm|disclose|reveal|address|identify|name|provide|give|answer)\b/i;

/**
 * Events and doings that a sentence may give a reporting verb ("The meeting emphasized the
 * government's intent …", "The visit underscored …"): the writer's reading of what happened, no
 * source's words. A description headed by one of these (with no name in it) is no speaker.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  'meeting visit trip summit event game match fight storm collaboration partnership session gathering ceremony'.split(' '),
);

/** What a source is sent and may not answer: requests, inquiries, emails, calls, messages. */
const REQUESTS = 'requests?|inquir(?:y|ies)|e-?mails?|calls?|messages?';

/** "… did not respond to a request for comment", "could not independently verify …": after a negation (NEGATED_BEFORE), these cues report nothing. */
export const NOT_ANSWERED = new RegExp(`^(?:respond|repl)\\w*\\s+(?:immediately\\s+)?to\\s+(?:an?\\s+|several\\s+|multiple\\s+|repeated\\s+)?(?:questions?|${REQUESTS})\\b|^(?:determine|confirm|verify|establish|corroborate)\\w*\\b`, 'i');

/** "say whether …", "specify when …", "explain why …": after a negation (NEGATED_BEFORE), a telling of an open question that reports nothing. */
export const NOT_TOLD = /^(?:say|said|says|specif(?:y|ied)|disclosed?|explain(?:ed)?|elaborated?|indicated?|revealed?)\s+(?:(?:on\s+)?(?:\p{L}+day|today|yesterday|immediately|publicly|exactly)\s+)?(?:whether|if|who|when|where|why|how|what|which)\b/iu;

/** A settlement's "did not admit or deny wrongdoing", "neither admitted nor denied the allegations": no stance reported. */
export const NO_ADMISSION = /\b(?:neither|not|never|n['’]t)\s+(?:\w+ly\s+)?(?:admit|den(?:y|ie))\w*\s+(?:n?or|and)\s+(?:admit|den(?:y|ie))\w*\s+(?:any\s+)?(?:wrongdoing|liability|guilt|fault|the\s+(?:allegations?|charges?|claims?|findings?))\b/i;

/** A negation or inability just before a cue: "did not", "could not independently", "was unable to", "couldn't". */
export const NEGATED_BEFORE = /(?:\b(?:not|never|cannot|unable\s+to)|n['’]t)\s+(?:\w+ly\s+)?$/i;

/**
 * The writer's own asides, which report no one: "It's worth noting that …", "Needless to say, …",
 * "Suffice it to say …", "Worth also noting, …", "…, not to mention …" (not "careful not to
 * mention"), "All of this is to say that …", "let me say", "It is fair to say …" (the words before
 * a cue of saying or noting), and,
 * opening a sentence, "That said, …", "All that said, …", "Still, that said, …", "That being said,
 * …", "Having said that, …" (which had given claims with the speaker "That").
 */
export const WRITERS_ASIDE_BEFORE = /(?:\b(?:[Ww]orth|[Nn]eedless\s+to|[Ss]uffice\s+(?:it\s+)?to|is\s+to|[Ll]et\s+me|(?:fair|safe|accurate|true)\s+to)|(?:^|[,;:—–(]\s*)[Nn]ot\s+to)\s+(?:\w+ly\s+|also\s+)?$/;
export const WRITERS_ASIDE_CUE = /^(?:say|not(?:e|ing)|mention(?:ing)?|remember(?:ing)?|recall(?:ing)?|point(?:ing)?|stress(?:ing)?|emphasi[sz](?:e|ing)|repeat(?:ing)?|add(?:ing)?)\b/;
export const THAT_SAID_BEFORE = /^\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et),?\s+)?(?:[Aa]ll\s+that|[Tt]hat(?:\s+being)?|[Hh]aving|[Tt]his\s+being)\s+$/;
export const THAT_SAID_CUE = /^said(?:\s+that)?\s*,/;

/**
 * A verb of going on or setting about, with an infinitive after it ("continue to pour fuel on the
 * fire", "decided to fix a few things", "sought to talk to protesters"), says how the subject acts,
 * as the writer tells it, not what a source says or declares: no claim. PolNeAR counts some; the
 * readers of real pages marked none of these (one "continues to insist" in 1,055 attributions).
 * "seeks to" is an aim, but the writer's account of it ("As Beijing seeks to rebuild business
 * confidence, …"), not the source's words; declared intentions stay claims ("plans to", "hopes
 * to", "vowed to"), and so do "seems to" and "appears to", which PolNeAR counts often (measured
 * 2026-12-01 with them in: real pages' claims right +0.7 but PolNeAR reserve F1 −0.3; with
 * "began", "tried", "failed" … too: +0.3 for −0.2 more).
 */
export const NOT_STANCES = /^(?:continu|decid|sought|seek|plead|entrust|proceed|struggl)\w*\s+(?:\w+ly\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|\p{Lu})/u;

/** After these cue verbs a preposition opens the content: "called for …", "asked about …", "commented on …". */
export const CONTENT_PREPOSITIONS = new Set(['for', 'about', 'on']);

/** The cue verbs CONTENT_PREPOSITIONS applies to. */
export const PREPOSITION_VERBS = new Set(['call', 'ask', 'comment', 'talk', 'speak', 'write', 'report', 'rail', 'weigh', 'insist', 'push', 'press']);

/** What may follow a verb outside the lexicons for the cue model to make it a cue: a clause, a quotation or a stance ("pushed for", "took aim at"). */
export const REPORT_OPENERS = /^(?:that|to|about|for|on|at|against|whether|if|how|why|what|:|[“"])$/;

/** Verbs whose passive reports an unnamed source's view: "is expected to", "is seen as", "are said to". */
export const PASSIVE_REPORT_VERBS = new Set(['expect', 'see', 'say', 'believe', 'think', 'consider', 'know', 'rumor', 'rumour', 'view', 'regard', 'report', 'project', 'predict', 'perceive', 'describe']);

/** Verbs of documents and polls that wink tags as nouns after a source noun ("Polls show that …", "records … show.", "The suit claims the …"). */
export const DOCUMENT_VERBS = new Set(['show', 'find', 'suggest', 'indicate', 'claim', 'allege', 'argue', 'say', 'state']);

/** Words that open the question after "asked": "whether …", "if …", "what …"; "to …" and "about …" only right after it. */
export const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which']);

/** Prepositions that open a question only right after "asked": "asked about …", "asked to …". */
export const QUESTION_PREPOSITIONS = new Set(['about', 'to']);

/** Verbs whose object is the one told, not what was said. */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'brief']);

/** The one told, as a pronoun: "told him the …" (what was told starts after it). */
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** A relative clause on the one told: "told reporters who …" (what was told starts after its "that"). */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** Words that stand alone as a subject: "Some have suggested that …", "Others say …". */
export const INDEFINITE_SUBJECTS = new Set(['some', 'others', 'many', 'most', 'few', 'several', 'both', 'all']);

/** Pronouns a relative clause describes as a source: "those who study …", "anyone who has watched …". */
export const RELATIVE_HEADS = /^(?:those|these|anyone|everyone|anybody|everybody|people)$/;

/** A pronoun or quantifier that a relative clause can describe as a source ("those who …", "many who …"). */
export const describedByRelative = (normal: string): boolean => RELATIVE_HEADS.test(normal) || INDEFINITE_SUBJECTS.has(normal);

/**
 * Verbs (lemmas) of the reporting clause that closes a news sentence: "…, Ukraine's air force
 * said on Saturday.", "…, two people familiar with the matter told Reuters.", "…, the Labor
 * Department reported Friday.", "…, a survey found."
 */
export const CLOSING_REPORT_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'report', 'announce', 'add', 'note', 'write', 'warn', 'confirm', 'state', 'explain', 'argue', 'insist',
  'claim', 'predict', 'estimate', 'acknowledge', 'tweet', 'post', 'caution', 'conclude', 'show', 'find', 'suggest',
  'indicate', 'allege', 'contend', 'assert', 'maintain', 'reply', 'respond', 'testify', 'complain', 'admit', 'deny',
]);

/** Plurals whose form is their lemma in the tagger's reading. */
export const PLURAL_NOUNS: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'men', 'women', 'children', 'folks', 'clergy', 'media', 'personnel']);

/**
 * The verbs of saying that put their subject after them when a comma (not a quotation mark) ends
 * the content: "…, said the minister", "…, added officials". A verb of acting does not: in "Israel
 * did not appear at the hearings, but, in a written submission, rejected the questions raised by
 * the proceedings" the questions are what was rejected.
 */
export const INVERTING_REPORT_VERBS: ReadonlySet<string> = new Set([
  ...CLOSING_REPORT_VERBS, 'ask', 'continue', 'recall', 'observe', 'remark', 'concede', 'answer', 'reflect', 'recount',
  'declare', 'exclaim', 'shout', 'joke', 'quip', 'muse', 'wonder', 'counter', 'reason', 'emphasise', 'emphasize',
  'stress', 'point', 'agree', 'reckon', 'believe', 'think',
]);

/** An imperative to the reader that opens a sentence, no speaker however a cue follows: "Note that these tools tend to predict …", "Rest assured we have …". */
export const READER_IMPERATIVE = /^(?:Note|Notice|Remember|Rest assured|Keep in mind|Bear in mind|Imagine|Suppose)\b/;

/** Words that open a clause, not a speaker: "…, which analysts said", "…, as officials said". */
export const NOT_SPEAKER_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'as', 'and', 'but', 'or', 'while', 'when', 'where', 'if', 'because', 'so', 'though', 'although']);

/** The content of a claim that is only a source's silence: "to requests for comment", "to comment on …". */
export const NO_COMMENT = new RegExp(`^(?:to\\s+)?(?:(?:a|an|the|multiple|several|repeated|our)\\s+)?(?:\\w+\\s+)?(?:${REQUESTS})\\s+(?:for|seeking)\\s+comment\\b|^to\\s+comment\\b`, 'i');

/** Participles that describe an unnamed source by its ties: "a source involved in the talks", "analysts based in Beirut", "an aide briefed on the plan". */
export const TIE_PARTICIPLES: readonly string[] = ['involved', 'based', 'briefed', 'connected', 'linked', 'allied', 'affiliated', 'associated', 'working', 'living', 'responsible', 'knowledgeable', 'aware'];

/** Nouns "with" joins to an unnamed source: "an official with knowledge of …", "a person with ties to …". */
export const STANDING_NOUNS: readonly string[] = ['knowledge', 'ties', 'access', 'direct', 'close', 'insight', 'responsibility', 'oversight', 'experience'];

/**
 * Roles a definite description gives a person the article has named ("the singer", "the former
 * Bachelor star", "the pope", "the striker"): what the press calls someone it has introduced by
 * name. Not the words for sources it leaves unnamed ("the official", "the spokesman", "the
 * person", "the witness"), which mean the earlier description or stay as written.
 */
export const NAMED_ROLES: ReadonlySet<string> = new Set(
  [
    'singer songwriter singer-songwriter rapper musician guitarist drummer bassist pianist composer frontman frontwoman',
    'actor actress star superstar comedian comic host presenter broadcaster anchor model influencer youtuber streamer',
    'director filmmaker producer showrunner screenwriter playwright author novelist poet writer artist painter photographer designer chef',
    'athlete player striker midfielder defender goalkeeper quarterback receiver pitcher batter',
    'coach manager boxer fighter wrestler golfer swimmer sprinter skater gymnast cyclist racer champion',
    'billionaire entrepreneur tycoon mogul founder cofounder co-founder executive chairman chairwoman',
    'politician lawmaker legislator senator congressman congresswoman congressmember governor mayor president vice-president secretary-general',
    'candidate nominee premier chancellor minister ambassador diplomat monarch king queen prince princess duke duchess pope pontiff',
    'activist campaigner philanthropist socialite heiress royal',
  ].join(' ').split(' '),
);

/** Words that make a role another office: "Vice President", "Prime Minister", "deputy minister". */
export const OFFICE_QUALIFIERS: readonly string[] = ['vice', 'prime', 'first', 'deputy', 'assistant', 'associate', 'executive', 'under', 'acting', 'co', 'shadow', 'junior'];

/** Roles only a woman or only a man holds, for the gender they give. */
export const ROLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  actress: 'f', chairwoman: 'f', congresswoman: 'f', queen: 'f', princess: 'f', duchess: 'f', heiress: 'f', frontwoman: 'f',
  chairman: 'm', congressman: 'm', king: 'm', prince: 'm', duke: 'm', frontman: 'm', pope: 'm', pontiff: 'm',
};

/** The people a person's "of" relates to them, who speak for themselves: "the parents of …", "friends of …", "critics of …". */
export const RELATED_NOUNS = /^(?:parents?|father|mother|family|families|wife|husband|widow|widower|sons?|daughters?|brothers?|sisters?|relatives?|friends?|children|uncle|aunt|cousins?|grandmother|grandfather|grandparents|fianc[ée]e?|girlfriend|boyfriend|partner|neighbou?rs|colleagues|supporters|critics|opponents|allies|fans|lawyers|attorneys)$/;

/** A name and a verb of saying in the present, a radio reporter's, that open the words after a speaker's label: "MARTINEZ-BELTRAN: Capo says he hopes …" (not a debater's "Biden said he would …", nor "I said", "Everybody says"). */
export const REPORTS_ANOTHER = /^(?!(?:I|You|He|She|We|They|It|Everybody|Everyone|Nobody|Somebody|Someone|Anyone|People)\s)(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:says|tells|adds|explains|recalls|argues|notes)\b/u;

/** A speaker's own first person ("I", "we", "my", "our"), not the reader's "you" a guide speaks to: a transcript's voices, a signed testimonial. */
export const SPEAKER_FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]ur)\b/;
