/**
 * Lines that credit the people who made a story, not people in it: "(Reporting by Zeke Miller;
 * Editing by Will Dunham)", "Photograph: Jane Roe/Reuters", "Associated Press writer Jill Colvin
 * contributed to this report." The names in them are not the article's people.
 */
/** A person's name as a credit writes it: two to four capitalised words. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+`;

export const CREDIT_LINE = new RegExp(
  [
    // "Reporting by …", "Additional reporting by …", "Editing by …", "Photos by …"
    String.raw`^\W*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|graphics?|photos?|photographs?|photography|video|images?|illustrations?|compiled|edited|written|produced)\s+by\b`,
    // "With files from The Associated Press" (CBC)
    String.raw`^\W*with files from\b`,
    // "Contributing: Liz Szabo, Michael Winter, Associated Press" (USA Today)
    String.raw`^\W*contributing\s*:\s*\p{Lu}`,
    // "Photograph: …", "Credit: …", "Image: …", "Lead image: …"
    String.raw`^\W*(?:(?:lead|main|top|hero|cover)\s+)?(?:photo(?:graph)?s?|image|video|credit|illustration)\s*:`,
    // A byline standing alone as a sentence: "By Gina Scinta", "By Alden Gonzalez, Jeff Passan".
    String.raw`^\W*by\s+${NAME}(?:\s*(?:,|,?\s+and)\s+${NAME})*\s*$`,
    // A shoot's credits: "Styling: Ted Stafford.", "Prop, Food, and Fashion Stylist: … Hair: … Makeup: …"
    String.raw`^\W*(?:(?:prop|food|fashion|hair|makeup|wardrobe|set)(?:\s*,?\s*(?:and\s+)?(?:prop|food|fashion))*\s+)?(?:stylist|styling|hair|makeup|nails|grooming|photographer|illustrator)s?(?:\s+assistan(?:ce|ts?))?\s*:`,
    // "… contributed to this report", "… contributed reporting"
    String.raw`\bcontributed\s+(?:reporting\s+)?(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b`,
  ].join('|'),
  'iu',
);

/** One person's name in a byline: two to four capitalised words ("Dylan Jones", "Claire Benit-Gbaffou"). */
export const BYLINE_PERSON = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;
