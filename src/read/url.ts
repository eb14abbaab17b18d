import { NewsbriefError } from '../errors.js';
import type { InputFormat, Source } from '../types.js';
import { DEFAULT_MAX_BYTES, formatBytes, sourceFromBytes, type ReadOptions } from './index.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Redirects followed before giving up (browsers allow 20; a news page needs one or two). */
export const MAX_REDIRECTS = 5;
const USER_AGENT = 'newsbrief/0.1 (offline news briefer; +https://github.com/newsbrief/newsbrief)';
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1';

/** Content types newsbrief reads, and how. */
const READABLE: Array<[RegExp, InputFormat | 'auto']> = [
  [/^text\/html\b|^application\/xhtml\+xml\b/i, 'html'],
  [/^text\/markdown\b|^text\/x-markdown\b/i, 'markdown'],
  [/^text\/plain\b/i, 'auto'],
];

export interface UrlOptions extends ReadOptions {
  timeoutMs?: number;
  maxRedirects?: number;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetches an article with Node's own fetch: redirects followed by hand (so a loop or too many are
 * caught), one timeout over the whole exchange, the body streamed against the byte limit, the
 * content type checked and the charset taken from the header or the page's <meta>.
 */
export async function readUrl(url: string, options: UrlOptions = {}): Promise<Source> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new NewsbriefError('usage', `${url}: not a valid URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new NewsbriefError('network', `${url}: redirected to a ${parsed.protocol} URL, which newsbrief does not fetch`);
      }
      seen.add(parsed.href);
      const response = await fetch(parsed, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: ACCEPT } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const next = new URL(response.headers.get('location')!, parsed).href;
        if (seen.has(next)) throw new NewsbriefError('too-many-redirects', `${url}: redirect loop (${next} again)`);
        if (hop + 1 > maxRedirects) throw new NewsbriefError('too-many-redirects', `${url}: more than ${maxRedirects} redirects`);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new NewsbriefError('http-status', `${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const type = response.headers.get('content-type') ?? '';
      const kind = type ? READABLE.find(([pattern]) => pattern.test(type.trim()))?.[1] : 'auto';
      if (!kind) {
        await response.body?.cancel();
        throw new NewsbriefError('unsupported-content-type', `${url}: is ${type.split(';')[0]}, not an HTML or text article`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(url, `${formatBytes(declared)}`, maxBytes);
      }
      const bytes = await readBody(response, url, maxBytes);
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1] ?? (kind === 'html' ? metaCharset(bytes) : null);
      const inputFormat = options.inputFormat && options.inputFormat !== 'auto' ? options.inputFormat : kind;
      return sourceFromBytes(bytes, url, { ...options, inputFormat }, { url: parsed.href }, charset);
    }
  } catch (error) {
    throw fetchError(error, url, timeoutMs);
  }
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, `over ${formatBytes(maxBytes)}`, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, size: string, maxBytes: number): NewsbriefError {
  return new NewsbriefError('too-large', `${url}: the page is ${size}, over the ${formatBytes(maxBytes)} limit; raise it with --max-bytes`);
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first kilobytes, read as ASCII. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Maps fetch's failures to one-line messages; passes our own errors through. */
function fetchError(error: unknown, url: string, timeoutMs: number): NewsbriefError {
  if (error instanceof NewsbriefError) return error;
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new NewsbriefError('timeout', `${url}: no complete answer within ${timeoutMs / 1000} s; raise it with --timeout`);
  }
  const code = e?.cause?.code;
  const why =
    code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found'
    : code === 'ECONNRESET' ? 'connection reset'
    : code === 'ETIMEDOUT' ? 'connection timed out'
    : e?.cause?.message === 'bad port' ? `fetch refuses port ${new URL(url).port} (a port reserved for other protocols); serve the page on another port`
    : (code ?? e?.cause?.message ?? e?.message ?? 'request failed');
  return new NewsbriefError('network', `${url}: ${why}`);
}
