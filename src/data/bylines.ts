/** How bylines read (used by src/parse/frontmatter.ts to tell a byline from a sentence). */

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Words by …". */
export const BYLINE = /^(?:by|written by|words by|reporting by|story by|posted by)\s*:?\s+(?:\p{Lu}|\.)/iu;

/** Lower-case words a byline may hold: "By Jane Doe and John Roe in London for the Times". */
export const BYLINE_CONNECTORS = new Set(['and', 'in', 'for', 'of', 'the', 'de', 'van', 'von', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'with', 'to', 'at', 'others']);

/** A month's name, or its first letters. */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** A day written out, day first ("29 December 2014") or month first ("March 3, 2021", "Dec 3rd 2021"). */
const DAY_FIRST = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}`;
const MONTH_FIRST = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;

/**
 * What pages print after a byline that is not a name: " · 5 Min Read", " | 33 Comments", " | Updated 10:42", " -
 * Published Monday", " | dmoran@mlive.com", a day ("Andrew Gerrand 4 August 2010", "Jane Doe,
 * March 3, 2021"; not the day a title names: "By Simon Schama, author of 14 July 1789"); a short
 * stamp only, so a line that runs on into the article (scraped pages glue "By X  Updated Jun 25,
 * 2019  Finance remains …") is no byline.
 */
export const BYLINE_FURNITURE = new RegExp(
  String.raw`\s*(?:[|·•,–—-]\s*)?(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?|\d+\s*min(?:ute)?s?\.?\s+read|\d+\s+comments?|(?:last\s+)?(?:updated|published)\b:?(?:\s+\S+){0,6}|(?<!\b(?:of|from|in|on|since|until|before|after|to)\s+)(?<![\w.])(?:${MONTH_FIRST}|${DAY_FIRST}))\s*$`,
  'i',
);

/**
 * A date after a separator inside a byline, and whatever the line goes on with (a job title):
 * "By Jessica Vince - 29 December 2014 Digital Editor".
 */
export const BYLINE_DATE_ON = new RegExp(String.raw`\s*[|·•–—-]\s*(?:${DAY_FIRST}|${MONTH_FIRST})\b.*$`, 'is');
