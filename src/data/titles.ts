/**
 * Titles and honorifics before a person's name. They make the name after them a person and stay
 * out of its span and its alias; Mr, Mrs, Ms and Miss also say whether "he" or "she" refers to it.
 */
import { list } from './list.js';

/** Words before a name that make it a person (and stay out of the name's span): "President Xi Jinping". */
export const PERSON_TITLES: ReadonlySet<string> = new Set(list(`Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|
President|Vice President|Premier|Chancellor|Minister|Secretary|Senator|Sen.|Sen|Representative|Rep.|Rep|Governor|Gov.|
Gov|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Rabbi|Imam|Sheikh|General|Gen.|
Colonel|Col.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.|Commander|Chairman|Chairwoman|Chair|CEO|founder|
co-founder|cofounder|chairman|chairwoman|chief|executive|spokesman|spokeswoman|spokesperson|minister|president|
secretary|leader|coach|manager|striker|midfielder|defender|goalkeeper|author|actor|actress|singer|director|analyst|
economist|lawyer|attorney|investor|billionaire|entrepreneur|tycoon|official|adviser|advisor|ambassador|envoy|
correspondent|editor|reporter|professor|researcher|scientist|dr|mr|mrs|ms|St.|Treasurer|Administrator|Chairperson|
Commissioner|Officer|officer|Speaker|Reps.|Reps|Sens.|Sens|Govs.|Govs|Drs.|Drs|Brigadier|Brig.|Councillor|Cllr|Cllr.|Datuk|Dato|Dato'|Dato’|Datin`));

/** Titles that are not part of a name when grouping aliases: "Mr Khodorkovsky" is "Khodorkovsky". */
export const LEADING_TITLES = /^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|judge|justice|president|premier|chancellor|minister|senator|sens|sen|reps|rep|govs|gov|governor|mayor|gen|general|col|capt|lt|sgt|king|queen|prince|princess|pope|sheikh|chairman|secretary|brigadier|councillor|cllr|adv(?=\.?\s+\p{Lu})|(?:datuk|dato['’]?)(?:\s+s(?:e)?ri)?|datin|(?:tan|puan)\s+sri)\.?\s+)+/iu;

/** An abbreviated title with its full stop, as one token before a name: "Sen." in "Sen. Ted Cruz said". */
export const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Pres|Supt|Capt|Reps|Sens|Govs|Drs)\.$/;


/** An honorific right before a name ("Mr. Trump"), and the gender it gives the name. */
export const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$/;
export const HONORIFIC_GENDER = { Mr: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Sir: 'm', Lord: 'm', Lady: 'f', Dame: 'f' } as const;

/**
 * Degrees and post-nominal letters: after a name ("Jane Smith, MD, PhD") they are no name of their
 * own. Health writing credits its experts with strings of them ("Kelly Jones MS, RD, CSSD, LDN"):
 * dietitians' (RD, RDN, LD, LDN, CDN, CSSD, CDCES, CNSC), nurses' and clinicians' (NP, APRN, DNP,
 * FNP, CNM), therapists' (LCSW, LMFT, LPC, PsyD) and fellowships (FACS, FACC, FACP, FAAP). Not
 * letters that more often name an organisation or an office (MFA, MPA, MPP).
 */
export const DEGREES: ReadonlySet<string> = new Set(
  list(`md|m.d.|phd|ph.d.|mba|dds|d.d.s.|rn|esq|esq.|jd|j.d.|mph|msc|bsc|ma|ba|frcp|obe|mbe|cbe|kc|qc|ms|m.s.|rd|rdn|ld|ldn|cdn|cssd|cde|cdces|cnsc|np|aprn|dnp|fnp|cnm|pharmd|dpt|lcsw|lmft|lpc|psyd|edd|facs|facc|facp|faap|faad|cscs|ches|ibclc|msw|dvm`),
);

/** Generational suffixes that end a person's name: "James P. Kennedy Jr.". */
export const NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
