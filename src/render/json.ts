import type { Brief } from '../types.js';

/**
 * JSON.stringify escapes C0 controls already; this also escapes DEL, C1 controls, bidi and
 * zero-width characters and line separators as \uXXXX, so the JSON stays exact (parse it and the
 * text is unchanged) yet cannot drive a terminal it is printed to.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE = /[\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/g;

function safe(json: string): string {
  return json.replace(ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderJson(brief: Brief): string {
  return safe(JSON.stringify(brief, null, 2)) + '\n';
}

/** One line per record, for NDJSON streams. */
export function renderJsonLine(record: unknown): string {
  return safe(JSON.stringify(record)) + '\n';
}
