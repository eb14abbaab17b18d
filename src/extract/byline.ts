/**
 * Who a byline names: one writer, or several people and nothing else. The claims read "I" and
 * "we" outside quotation marks as theirs; the summary passes over the writer's own lines in an
 * interview.
 */
import { BYLINE_PERSON } from '../data/credits.js';

/** Words that make a byline a desk's, not a person's: "Staff and agencies", "Reuters Editors". */
const BYLINE_DESK = /\b(?:Staff|Reporters?|Agencies|Editors?|Desk|News|Team)\b/;

/** A byline's names without its "By". */
const bylineNames = (byline: string | null | undefined): string => (byline ?? '').replace(/^by\s+/i, '').trim();

/** The writer a byline names, when it names one person: "Dylan Jones", not "Staff and agencies" or "Jane Doe and John Roe". */
export function writerOf(byline: string | null | undefined): string | null {
  const name = bylineNames(byline);
  return BYLINE_PERSON.test(name) && !BYLINE_DESK.test(name) ? name : null;
}

/** The writers a byline names, when it names several people and nothing else: "Mamokete Modiba, Claire Benit-Gbaffou, Sarah Charlton and Tanya Zack". */
export function writersOf(byline: string | null | undefined): string | null {
  const names = bylineNames(byline);
  const parts = names.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts.length >= 2 && parts.every((p) => BYLINE_PERSON.test(p)) && !BYLINE_DESK.test(names) ? names : null;
}
