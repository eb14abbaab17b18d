import {
  CHROME_LINES,
  CHROME_MAX_WORDS,
  METADATA_MAX_WORDS,
  METADATA_PATTERNS,
  PROMO_MAX_WORDS,
  PROMO_PATTERNS,
  CALENDAR_DATA,
  AFFILIATE_DISCLOSURE,
  AFFILIATE_MAX_WORDS,
  AFFILIATE_VOICE,
  READER_APPEAL,
  AGO_CLOCK_AUTHOR,
  CLOCK_AUTHOR_GLUED,
  ENTRY_AGO,
  RELATIVE_TIME,
  HAS_DATE,
  KEY_EVENTS_MIN,
  RELATED_PREFIX,
  MORE_LABEL,
  STAMP_DATES,
  STAMP_WORDS,
  SISTER_PROJECT,
  TEMPLATE_CALL,
  UI_VERBS,
} from '../data/chrome.js';
import type { DropReason } from '../types.js';
import { endsSentence, normaliseLine, remembered, wordCount } from './shape.js';

/**
 * Words that may follow a UI verb in a chrome label ("Post Comment", "Share on WhatsApp",
 * "Sign up now"). A short line that starts with a UI verb is chrome only when the rest is made of
 * these, so a heading such as "Share Prices Tumble" stays.
 */
const UI_OBJECTS = new Set([
  'a', 'all', 'an', 'app', 'article', 'caption', 'comment', 'comments', 'content', 'email', 'facebook', 'for', 'free',
  'full', 'gallery', 'here', 'image', 'in', 'instagram', 'it', 'link', 'linkedin', 'main', 'menu', 'more', 'navigation',
  'newsletter', 'next', 'now', 'on', 'our', 'out', 'page', 'photo', 'photos', 'post', 'previous', 'reddit', 'story',
  'the', 'this', 'to', 'today', 'twitter', 'up', 'us', 'via', 'video', 'videos', 'whatsapp', 'x', 'your', 'youtube',
  'telegram', 'pinterest', 'in', 'with', 'later', 'print', 'share', 'sign', 'log', 'reply', 'replies', 'report',
]);

/** A writer's name before a time stamp (glued to it or after a comma): "Jamie Braidwood" in "Jamie Braidwood14 August 2023 10:01". */
const ENTRY_AUTHOR = /^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?(?=,?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))/u;
/** A clock time: "10:01", "1.35" (not part of a date such as "14.08.2023"). */
const CLOCK = /(?<![\d.])\d{1,2}[:.]\d{2}(?![.\d])/;

/** A line that lists the pictures' credits, in brackets or not. */
const CREDIT_LIST = /^\(?\s*(?:image|photo|picture|photograph)s?\s+credits?\s*:\s*\S[^()]*\)?$/i;
const CREDIT_LIST_MAX_WORDS = 80;

/** A picture's credit on its own line: "Illustration by Mike Nudelman", "Photo by Jane Doe". */
const PICTURE_BY = /^(?:[Ii]llustrations?|[Pp]hotos?|[Pp]hotographs?|[Ii]mages?|[Gg]raphics?|[Vv]ideo|[Pp]hoto illustration)\s+(?:by|courtesy of)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** A line that opens on a photographer and an agency: "Cliff Welch/Icon SMI …", "Stephen Chernin/Getty Images…". */
const CREDIT_OPENS = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}\s?\/\s?(?:Icon SMI|Getty Images|US Presswire|USA TODAY Sports|AP|AFP|Reuters|EPA|Bloomberg|Corbis)/u;
const CAPTION_WITH_CREDIT_MAX_WORDS = 60;
/**
 * …or one that closes on it, a name in capitals after the label: BSS's "… across Rajshahi’s
 * drought-prone Barind tract region. Photo : BSS" (not "Picture: a world without bees.").
 */
// (Or after a bar, "by" the photographer: "… planned for 2026. | Photo by Lisa Jennings"; a wire lede
// that ends on "(Photo by Hans Pennink/AP)" keeps its sentences.)
const CREDIT_CLOSES = /[.!?]\s+(?:[Ff]ile\s+)?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|PHOTO|IMAGE)s?\s*:\s*\p{Lu}[\p{L}'’.-]*(?:[\s/&]+\p{Lu}[\p{L}'’.-]*){0,5}$|[.!?]\s*\|\s*(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|PHOTO|IMAGE)s?\s+by\s+\p{Lu}[\p{L}'’.-]*(?:[\s/&]+\p{Lu}[\p{L}'’.-]*){0,5}$/u;
/** A trail of links from the site's home: "Home > WordPress > …", "Home » News » …". */
const BREADCRUMB = /^home\s*(?:>|»|›|\/)\s*\S.*(?:>|»|›|\/)/i;

/** Why a single line is page chrome rather than article text, or null. */
/** An ISO date and time glued to a letter on either side. */
const GLUED_ISO_STAMP = /\p{L}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}\p{L}|Z\p{L}|(?!Z)\p{L})/u;

export const chromeReason = remembered((line: string): DropReason | null => {
  const norm = normaliseLine(line);
  // (A line of labelled figures with no word is a table's row, not chrome: "4: 4%", "10: 49%"; a
  // reading-progress "0%" or a poll's "64%" is.)
  if (norm === '' || (!/\p{L}/u.test(line) && !/\d\s*:\s*\d+(?:[.,]\d+)?\s?%/.test(line))) return 'chrome';
  if (CHROME_LINES.has(norm)) return 'chrome';
  // What two buttons side by side leave once their links are gone: "Get it on Amazon and Get it on Eneba".
  // (Not an "or" between two choices a recipe sets apart: "one cup of butter / or / one cup of shortening".)
  if (/^and$/i.test(line.trim())) return 'chrome';
  if (TEMPLATE_CALL.test(line)) return 'chrome';
  // A count of the readers' comments: "59 Comments", "3 replies".
  if (/^\d[\d,]* (?:comments?|replies|responses)$/.test(norm)) return 'chrome';
  const w = norm.split(' ');
  if (w.length <= CHROME_MAX_WORDS && !endsSentence(line) && UI_VERBS.has(w[0]!) && w.slice(1).every((x) => UI_OBJECTS.has(x))) {
    return 'chrome';
  }
  if (RELATED_PREFIX.test(line.trim()) || MORE_LABEL.test(norm)) return 'related-links';
  if (SISTER_PROJECT.test(line.trim())) return 'related-links';
  // A live blog's list of key events flattened into one line: "Key events 30m ago Stoltenberg: … 49m ago Sunak: …".
  if ((line.match(ENTRY_AGO) ?? []).length >= KEY_EVENTS_MIN) return 'navigation';
  // "From 49m ago", "Updated 2 hours ago": when the page was written, not article text.
  if (RELATIVE_TIME.test(line.trim())) return 'metadata';
  // "21 mins ago11:48 Jon King": an entry's stamp and author, which the entry's heading follows.
  if (AGO_CLOCK_AUTHOR.test(line.trim()) || CLOCK_AUTHOR_GLUED.test(line.trim())) return 'metadata';
  const n = wordCount(line);
  if (n <= METADATA_MAX_WORDS && METADATA_PATTERNS.some((p) => p.test(line.trim()))) return 'metadata';
  // A machine's time stamp run into the words beside it: a template's footer, "Tom2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|".
  // (Not a sentence that gives a time so: "Liftoff is now set for 2024-04-18T13:00UTC.")
  if (n <= METADATA_MAX_WORDS && GLUED_ISO_STAMP.test(line) && !endsSentence(line)) return 'metadata';
  // A line of dates and times with only stamp words between them (a time alone, "19.30 GMT", is a live blog's entry).
  if (n <= METADATA_MAX_WORDS && HAS_DATE.test(line) && !/\p{L}/u.test(line.replace(STAMP_DATES, ' ').replace(STAMP_WORDS, ' '))) return 'metadata';
  // "Jamie Braidwood14 August 2023 10:01", "By Jane Doe, Nov. 20, 2019 1:35 p.m.": a live-blog entry's author and time stamp.
  const author = n <= METADATA_MAX_WORDS ? ENTRY_AUTHOR.exec(line.trim()) : null;
  if (author) {
    const stamp = line.trim().slice(author[0].length);
    if (HAS_DATE.test(stamp) && CLOCK.test(stamp) && !/\p{L}/u.test(stamp.replace(STAMP_DATES, ' ').replace(STAMP_WORDS, ' '))) return 'metadata';
  }
  // "(Image credits: IKEA; Soffia Gardarsdottir; …)": the pictures' credits, however many; "Illustration by Mike Nudelman".
  if (n <= CREDIT_LIST_MAX_WORDS && CREDIT_LIST.test(line.trim())) return 'caption';
  if (PICTURE_BY.test(line.trim())) return 'caption';
  // A caption glued to its credit: "Cliff Welch/Icon SMI Maurkice Pouncey denies that he took money …" (ESPN).
  if (n <= CAPTION_WITH_CREDIT_MAX_WORDS && (CREDIT_OPENS.test(line.trim()) || CREDIT_CLOSES.test(line.trim()))) return 'caption';
  // A breadcrumb: "Home > WordPress > How to Add Schema Markup to a Page in WordPress".
  if (BREADCRUMB.test(line.trim())) return 'navigation';
  if (n <= PROMO_MAX_WORDS && PROMO_PATTERNS.some((p) => p.test(line))) return 'promo';
  if (n <= AFFILIATE_MAX_WORDS && AFFILIATE_DISCLOSURE.test(line) && AFFILIATE_VOICE.test(line)) return 'promo';
  // (Not one inside a quotation: "'If you are eligible, please consider …,' said …".)
  if (n <= AFFILIATE_MAX_WORDS && READER_APPEAL.test(line) && !/["“”]/.test(line)) return 'promo';
  if (CALENDAR_DATA.test(line.trim())) return 'chrome';
  return null;
});
