import { createRequire } from 'node:module';
import { NewsbriefError } from '../errors.js';
import { decodeHTML } from 'entities';
import { MESSAGE, message } from '../messages.js';
import type { Message } from '../types.js';

export interface Decoded {
  text: string;
  encoding: string;
  messages: Message[];
}

/** How many leading bytes are checked for NUL bytes (the sign of a binary file, as git and grep do). */
const BINARY_SNIFF_BYTES = 64 * 1024;

/**
 * Bytes → string. A BOM decides the encoding; then a declared charset (HTTP header or `<meta>`);
 * then strict UTF-8; text that is not valid UTF-8 is decoded as Windows-1252 (the superset of
 * Latin-1 that browsers use for it) and a message says so, so nothing is silently replaced.
 */
export function decode(bytes: Uint8Array, origin: string, charset?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strict(bytes.subarray(3), 'utf-8', origin, []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le', origin, []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be', origin, []);

  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new NewsbriefError('binary', `${origin}: looks like a gzip-compressed file; decompress it first (zcat FILE | newsbrief summarize -)`);
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new NewsbriefError('binary', `${origin}: looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML article`);
  }

  const declared = charset ? normaliseCharset(charset) : null;
  if (charset && !declared) {
    const note = message(MESSAGE.decodedAs, `${origin}: unknown charset "${charset}"; decoded by content instead`);
    return withFallback(bytes, origin, [note]);
  }
  if (declared && declared !== 'utf-8') return { text: legacy(bytes, declared), encoding: declared, messages: [] };
  return withFallback(bytes, origin, []);
}

function withFallback(bytes: Uint8Array, origin: string, messages: Message[]): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const repaired = repairDoubleEncoding(text);
    const notes = [...messages];
    if (repaired.count > 0) notes.push(message(MESSAGE.decodedAs, `${origin}: text encoded as UTF-8 twice (“â€™” for “’”); repaired ${repaired.count} character${repaired.count === 1 ? '' : 's'}`));
    const controls = repairC1Punctuation(repaired.text);
    if (controls.count > 0) notes.push(message(MESSAGE.decodedAs, `${origin}: Windows-1252 punctuation stored as control characters (U+0092 for “’”); repaired ${controls.count} character${controls.count === 1 ? '' : 's'}`));
    return { text: controls.text, encoding: 'utf-8', messages: notes };
  } catch {
    const text = legacy(bytes, 'windows-1252');
    const note = message(MESSAGE.decodedAs, `${origin}: not valid UTF-8; decoded as Windows-1252 (Latin-1)`);
    return { text, encoding: 'windows-1252', messages: [...messages, note] };
  }
}

function strict(bytes: Uint8Array, encoding: string, origin: string, messages: Message[]): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, messages };
  } catch {
    throw new NewsbriefError('bad-encoding', `${origin}: starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`);
  }
}

type Iconv = { decode(bytes: Uint8Array, encoding: string): string; encodingExists(encoding: string): boolean };
let iconv: Iconv | null = null;

/**
 * Legacy charsets go through iconv-lite: Node 20's TextDecoder decodes "windows-1252" as
 * Latin-1 (0x80 becomes U+0080, not €). Loaded only when such an input turns up.
 */
function legacyDecoder(): Iconv {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv;
}

function legacy(bytes: Uint8Array, encoding: string): string {
  if (encoding.startsWith('utf-16')) return new TextDecoder(encoding).decode(bytes);
  return legacyDecoder().decode(bytes, encoding);
}

/** A charset label as the decoders know it (`utf-8`, `windows-1252`, `shift_jis`, …), or null. */
export function normaliseCharset(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === 'utf-8' || clean === 'utf8') return 'utf-8';
  try {
    // The WHATWG label table: "latin1" and "iso-8859-1" mean windows-1252, as browsers read them.
    const name = new TextDecoder(clean).encoding;
    return legacyDecoder().encodingExists(name) || name.startsWith('utf-') ? name : null;
  } catch {
    return legacyDecoder().encodingExists(clean) ? clean : null;
  }
}

/**
 * CRLF and lone CR become LF; a BOM left inside a string is dropped, and so are soft hyphens
 * (U+00AD, invisible line-break hints that cut "Vladi\u00admir Putin" in two for every reader of the text).
 */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const unbroken = withoutBom.includes('\u00ad') ? withoutBom.replace(/\u00ad/g, '') : withoutBom;
  return unbroken.includes('\r') ? unbroken.replace(/\r\n?/g, '\n') : unbroken;
}

/** Windows-1252's characters for the bytes 0x80–0x9F that Latin-1 leaves as controls, by byte. */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Windows-1252's character for each byte 0x80–0x9F it defines (CP1252_HIGH turned round). */
const CP1252_BY_BYTE: ReadonlyMap<number, string> = new Map(Object.entries(CP1252_HIGH).map(([code, byte]) => [byte, String.fromCharCode(Number(code))]));

/**
 * A page whose Windows-1252 punctuation was read as Latin-1 and saved as UTF-8 holds C1 control
 * characters where its quotation marks and dashes were ("we\u0092re" for "we’re"); no text means a
 * control character there, so each one Windows-1252 defines is its character again.
 */
function repairC1Punctuation(text: string): { text: string; count: number } {
  if (!/[\u0080-\u009f]/.test(text)) return { text, count: 0 };
  let count = 0;
  const repaired = text.replace(/[\u0080-\u009f]/g, (c) => {
    const char = CP1252_BY_BYTE.get(c.charCodeAt(0));
    if (char === undefined) return c;
    count++;
    return char;
  });
  return { text: repaired, count };
}

/** The byte a character stands for when UTF-8 was read as Latin-1 or Windows-1252, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code] ?? -1;
}

/** A lead byte's character (Â–ô) and one to three characters of continuation bytes after it: a UTF-8 sequence read as single bytes. */
const DOUBLE_ENCODED = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

/** Sequences a text must hold to be taken as encoded twice: one "Ã©" may be a name's letters. */
const DOUBLE_ENCODED_MIN = 3;

/** The character a sequence of characters that are a UTF-8 character's bytes read one by one stands for, and how many it takes; null when they are no such bytes. */
function undoubled(seq: string): { char: string; length: number } | null {
  const lead = seq.charCodeAt(0);
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (seq.length < length) return null;
  const bytes = Array.from(seq.slice(0, length), (ch) => byteOf(ch.charCodeAt(0)));
  if (bytes.some((b, i) => b < 0 || (i > 0 && (b < 0x80 || b > 0xbf)))) return null;
  try {
    return { char: new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)), length };
  } catch {
    return null;
  }
}

/**
 * A page saved as UTF-8 after its UTF-8 was read as Latin-1 or Windows-1252 (Neste's
 * "Earthâ\u0080\u0099s", "donâ€™t"): each such sequence that is a whole UTF-8 character's bytes
 * is that character again. Only when the text holds DOUBLE_ENCODED_MIN of them.
 */
export function repairDoubleEncoding(text: string): { text: string; count: number } {
  const matches = text.match(DOUBLE_ENCODED);
  if (!matches || matches.length < DOUBLE_ENCODED_MIN) return { text, count: 0 };
  let count = 0;
  let covered = 0;
  const repaired = text.replace(DOUBLE_ENCODED, (seq) => {
    const one = undoubled(seq);
    if (!one) return seq;
    count++;
    covered += one.length;
    return one.char + seq.slice(one.length);
  });
  // (Most of the text's characters outside ASCII must be such sequences: a French text's "é»"
  // here and there among its thousand accents is the text as written.)
  let outside = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) outside++;
  return count >= DOUBLE_ENCODED_MIN && covered * 2 >= outside ? { text: repaired, count } : { text, count: 0 };
}

/** A run of two to four character references: how a page may write a character encoded twice ("&acirc;&euro;&trade;" for "’"). */
const REFERENCE_RUN = /(?:&(?:#\d+|#x[\da-fA-F]+|[A-Za-z]+\d*);){2,4}/g;

/**
 * The same repair on a page that writes the twice-encoded characters as references
 * ("isn&acirc;&euro;&trade;t"), which the bytes' decoding never sees: each run of references that
 * starts with a lead byte's character is read as characters, and the page is repaired as a text
 * encoded twice would be (or left exactly as it was).
 */
export function repairEncodedReferences(html: string): { text: string; count: number; example: { written: string; meant: string } | null } {
  const none = { text: html, count: 0, example: null };
  if (!html.includes('&')) return none;
  // (Only a page that writes punctuation so, "â€" and a third character, three times or more: a French
  // page's "caf&eacute;&nbsp;&raquo;" spells a valid sequence too, and is its own words.)
  let punctuation = 0;
  let example: { written: string; meant: string } | null = null;
  const read = html.replace(REFERENCE_RUN, (run) => {
    const chars = decodeHTML(run);
    if (!/^[\u00c2-\u00f4]/.test(chars) || chars.includes('&')) return run;
    if (/^\u00e2\u20ac./u.test(chars)) {
      punctuation++;
      example ??= { written: run, meant: undoubled(chars)?.char ?? chars };
    }
    return chars;
  });
  if (punctuation < DOUBLE_ENCODED_MIN) return none;
  const repaired = repairDoubleEncoding(read);
  return repaired.count > 0 ? { ...repaired, example } : none;
}

