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

  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new NewsbriefError('binary', `${origin}: looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML article`);
  }

  const declared = charset ? normaliseCharset(charset) : null;
  if (declared && declared !== 'utf-8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared, messages: [] };
    } catch {
      // An unknown label: fall through to detection, and say so.
      const note = message(MESSAGE.decodedAs, `unknown charset "${charset}"; decoding by content instead`);
      return withFallback(bytes, origin, [note]);
    }
  }
  return withFallback(bytes, origin, []);
}

function withFallback(bytes: Uint8Array, origin: string, messages: Message[]): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', messages };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
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

/** A charset label as TextDecoder knows it, or null when it does not know it. */
export function normaliseCharset(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return null;
  }
}

/** CRLF and lone CR become LF; a BOM left inside a string is dropped. */
export function normaliseNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
