import { createRequire } from 'node:module';
import { NewsbriefError } from '../errors.js';
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
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', messages };
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
