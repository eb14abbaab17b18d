import { TITLE_CASE_ROLES } from '../../vocabulary.js';
import type { SentenceRole, Token } from '../../types.js';
import { combine, FNV_OFFSET, hashString, mixCode, mixString } from '../../ml/hash.js';
import { FINE_BITS, type WordClusters } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Feature templates of the entity recogniser. A feature is the FNV hash of its template and its
 * values (see `hash.ts`), so training and tagging share this one function and the model stores
 * no feature strings. Templates follow the CoNLL literature: word, affixes, shape and POS in a
 * ±2 window, bigrams, gazetteer matches, word clusters at two granularities (alone, with the
 * word's shape, and the neighbours'), and document-level evidence (Ratinov & Roth 2009).
 */
const TEMPLATES = [
  'bias', 'w', 'l', 'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 'sh', 'ss', 'pos', 'l-1', 'l+1', 'l-2', 'l+2',
  'ss-1', 'ss+1', 'pos-1', 'pos+1', 'bi-1', 'bi+1', 'init', 'caps', 'gz', 'gw', 'hist', 'dc', 'dl', 'pos-1|pos',
  'ss-1|ss', 'ss|ss+1', 'len', 'l-1|ss', 'ss|l+1', 'first', 'agg-1', 'agg+1', 'c5', 'c10', 'c10-1', 'c10+1', 'c5|ss',
  'c10|ss',
] as const;
type Template = (typeof TEMPLATES)[number];
const SEED = Object.fromEntries(TEMPLATES.map((t) => [t, mixString(FNV_OFFSET, `${t}=`)])) as Record<Template, number>;
const PREFIX_SEEDS = [SEED.p1, SEED.p2, SEED.p3, SEED.p4];
const SUFFIX_SEEDS = [SEED.s1, SEED.s2, SEED.s3, SEED.s4];
const BOUNDARY_START = hashString('<s>');
const BOUNDARY_END = hashString('</s>');

/** Roles written in title case by style: their capitals say nothing, so they are read like all-caps headlines. */

/** Evidence from the whole article, gathered before tagging and as sentences are tagged. */
export interface DocContext {
  /** Lower-cased forms seen capitalised away from a sentence start. */
  capitalised: Set<string>;
  /** Lower-cased forms seen in lower case. */
  lowercase: Set<string>;
  /** Lower-cased form → how often it was tagged as each type (PER, ORG, LOC, MISC) earlier in the article, and at [4] the first mention's type. */
  history: Map<string, Int32Array>;
  /** Capitalised lower-cased form → the words just before and after its mentions across the article ("context aggregation"). */
  contexts: Map<string, { before: Set<string>; after: Set<string> }>;
}

/** Distinct neighbouring words kept per name for context aggregation. */
const CONTEXT_WORDS = 8;

export interface SentenceFeatures {
  /** Feature hashes of token i are `hashes[offsets[i]] … hashes[offsets[i + 1] - 1]`. */
  hashes: Uint32Array;
  offsets: Int32Array;
  /** Lower-cased forms, for the history update. */
  lower: string[];
}

const SHAPE_LIMIT = 12;

export function shape(w: string): string {
  let s = '';
  for (let i = 0; i < w.length && i < SHAPE_LIMIT; i++) {
    const code = w.charCodeAt(i);
    if (code >= 65 && code <= 90) s += 'X';
    else if (code >= 97 && code <= 122) s += 'x';
    else if (code >= 48 && code <= 57) s += 'd';
    else if (code < 128) s += w[i];
    else {
      const c = w[i]!;
      s += c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c;
    }
  }
  return s;
}

export function shortShape(w: string): string {
  const full = shape(w);
  let s = '';
  for (const c of full) if (s[s.length - 1] !== c) s += c;
  return s;
}

/** Lower case with digits folded to 0: "1996-08-22" and "2024-11-05" are one feature. */
export function lowerForm(w: string): string {
  const lower = w.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 49 && c <= 57) return lower.replace(/[1-9]/g, '0');
  }
  return lower;
}

/** Starts with a capital letter (ASCII fast path; other scripts by case mapping). */
export function isCapitalised(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(w.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The per-sentence facts every later step needs, computed once. */
export interface PreparedSentence {
  tokens: Token[];
  role: SentenceRole;
  /** All-caps or title-case: capitals carry no signal. */
  noCase: boolean;
  /** Token texts as features see them (in capitals when `noCase`). */
  raw: string[];
  lower: string[];
  capitalised: boolean[];
}

export function prepare(tokens: Token[], role: SentenceRole): PreparedSentence {
  const noCase = caseless(tokens, role);
  const raw = tokens.map((t) => (noCase ? t.text.toUpperCase() : t.text));
  return { tokens, role, noCase, raw, lower: raw.map(lowerForm), capitalised: tokens.map((t) => isCapitalised(t.text)) };
}

/** A sentence whose letters are nearly all capitals (a wire headline) or a title-case role: capitals carry no signal there. */
export function caseless(tokens: Token[], role: SentenceRole): boolean {
  if (TITLE_CASE_ROLES.has(role)) return true;
  let letters = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.text;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
      else if (c >= 128) {
        const ch = w[i]!;
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        if (lo !== up) {
          letters++;
          if (ch === up) upper++;
        }
      }
    }
  }
  return letters >= 8 && upper / letters > 0.9;
}

export function featurize(sentence: PreparedSentence, doc: DocContext, gazetteer: Gazetteer, clusters: WordClusters): SentenceFeatures {
  const { tokens, noCase, raw, lower } = sentence;
  const n = tokens.length;
  // A token with no capital letter within two places (in a cased sentence) is outside any name:
  // it gets no features, and decoding fixes it to O (see OUTSIDE_ONLY). Only active tokens and
  // their ±2 neighbours need their forms hashed.
  const upper = new Uint8Array(n);
  for (let i = 0; i < n; i++) upper[i] = hasCapital(tokens[i]!.text) ? 1 : 0;
  const active = new Uint8Array(n);
  const needed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!noCase && !(upper[i] || upper[i - 1] || upper[i + 1] || upper[i - 2] || upper[i + 2])) continue;
    active[i] = 1;
    for (let k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) needed[k] = 1;
  }
  // Each token's forms are hashed once; a feature combines its template's seed with these hashes.
  const hRaw = new Uint32Array(n);
  const hLower = new Uint32Array(n + 4);
  const hShape = new Uint32Array(n);
  const hShort = new Uint32Array(n + 4);
  const hPos = new Uint32Array(n + 4);
  // Fine word cluster + 1 (0: not a clustered word, and the sentence boundaries).
  const cluster = new Int32Array(n + 4);
  const pre = new Uint32Array(n * 4);
  const suf = new Uint32Array(n * 4);
  for (let i = 0; i < n; i++) {
    if (!needed[i]) continue;
    const w = raw[i]!;
    const l = lower[i]!;
    hLower[i + 2] = hashString(l);
    hShort[i + 2] = hashString(shortShape(w));
    hPos[i + 2] = hashString(tokens[i]!.pos);
    cluster[i + 2] = clusters.of(l) + 1;
    if (!active[i]) continue;
    hRaw[i] = hashString(w);
    hShape[i] = hashString(shape(w));
    let h = FNV_OFFSET;
    for (let k = 0; k < 4 && k < l.length; k++) {
      h = mixCode(h, l.charCodeAt(k));
      pre[i * 4 + k] = h;
      suf[i * 4 + k] = hashTail(l, k + 1);
    }
  }
  // Sentence boundaries as values: index 0/1 are before the start, n+2/n+3 after the end.
  hLower[0] = hLower[1] = hShort[0] = hShort[1] = hPos[0] = hPos[1] = BOUNDARY_START;
  hLower[n + 2] = hLower[n + 3] = hShort[n + 2] = hShort[n + 3] = hPos[n + 2] = hPos[n + 3] = BOUNDARY_END;
  const gaz = gazetteer.match(raw, lower, noCase);

  let hashes = new Uint32Array(n * 48 + 8);
  let used = 0;
  const offsets = new Int32Array(n + 1);
  const add = (h: number): void => {
    if (used === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[used++] = h;
  };

  for (let i = 0; i < n; i++) {
    offsets[i] = used;
    if (!active[i]) continue;
    const w = raw[i]!;
    const l = lower[i]!;
    const c = i + 2;
    add(SEED.bias);
    add(combine(SEED.w, hRaw[i]!));
    add(combine(SEED.l, hLower[c]!));
    for (let k = 0; k < 4 && k < l.length; k++) {
      add(combine(PREFIX_SEEDS[k]!, pre[i * 4 + k]!));
      add(combine(SUFFIX_SEEDS[k]!, suf[i * 4 + k]!));
    }
    add(combine(SEED.sh, hShape[i]!));
    add(combine(SEED.ss, hShort[c]!));
    add(combine(SEED.pos, hPos[c]!));
    add(combine(SEED['l-1'], hLower[c - 1]!));
    add(combine(SEED['l+1'], hLower[c + 1]!));
    add(combine(SEED['l-2'], hLower[c - 2]!));
    add(combine(SEED['l+2'], hLower[c + 2]!));
    add(combine(SEED['ss-1'], hShort[c - 1]!));
    add(combine(SEED['ss+1'], hShort[c + 1]!));
    add(combine(SEED['pos-1'], hPos[c - 1]!));
    add(combine(SEED['pos+1'], hPos[c + 1]!));
    add(combine(combine(SEED['pos-1|pos'], hPos[c - 1]!), hPos[c]!));
    add(combine(combine(SEED['bi-1'], hLower[c - 1]!), hLower[c]!));
    add(combine(combine(SEED['bi+1'], hLower[c]!), hLower[c + 1]!));
    add(combine(combine(SEED['ss-1|ss'], hShort[c - 1]!), hShort[c]!));
    add(combine(combine(SEED['ss|ss+1'], hShort[c]!), hShort[c + 1]!));
    add(combine(combine(SEED['l-1|ss'], hLower[c - 1]!), hShort[c]!));
    add(combine(combine(SEED['ss|l+1'], hShort[c]!), hLower[c + 1]!));
    add(combine(combine(SEED.init, i === 0 ? 1 : 0), hShort[c]!));
    if (noCase) add(combine(SEED.caps, hShort[c]!));
    add(combine(SEED.len, Math.min(l.length, 10)));
    const k = cluster[c]!;
    if (k > 0) {
      add(combine(SEED.c5, (k - 1) >> FINE_BITS));
      add(combine(SEED.c10, k));
      add(combine(combine(SEED['c5|ss'], (k - 1) >> FINE_BITS), hShort[c]!));
      add(combine(combine(SEED['c10|ss'], k), hShort[c]!));
    }
    add(combine(SEED['c10-1'], cluster[c - 1]!));
    add(combine(SEED['c10+1'], cluster[c + 1]!));
    for (const g of gaz[i]!) add(combine(SEED.gz, gazetteerHash(g)));
    const single = gazetteer.word(l);
    if (single) add(combine(SEED.gw, single));
    const seen = doc.history.get(l);
    const capital = sentence.capitalised[i]! || noCase;
    if (seen && capital) {
      // How this word was tagged earlier in the article: each type's share (all / most / some), and the first mention's type.
      const total = seen[0]! + seen[1]! + seen[2]! + seen[3]!;
      for (let k = 0; k < 4; k++) {
        if (seen[k]! === 0) continue;
        const share = seen[k]! / total;
        add(combine(combine(SEED.hist, k), share === 1 ? 2 : share >= 0.5 ? 1 : 0));
      }
      add(combine(SEED.first, seen[4]!));
    }
    if (capital && !noCase) {
      if (doc.capitalised.has(l)) add(combine(SEED.dc, i === 0 ? 1 : 2));
      if (doc.lowercase.has(l)) add(combine(SEED.dl, i === 0 ? 1 : 2));
    }
    const around = capital ? doc.contexts.get(l) : undefined;
    if (around) {
      for (const b of around.before) add(combine(SEED['agg-1'], hashString(b)));
      for (const a of around.after) add(combine(SEED['agg+1'], hashString(a)));
    }
    void w;
  }
  offsets[n] = used;
  return { hashes: hashes.subarray(0, used), offsets, lower };
}

/** Whether a word holds a capital letter (ASCII first, then any script). */
function hasCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return /\p{Lu}/u.test(w);
  }
  return false;
}

/** hashString of the last `k` code units of `s`, without slicing it. */
function hashTail(s: string, k: number): number {
  let x = FNV_OFFSET;
  for (let i = s.length - k; i < s.length; i++) x = mixCode(x, s.charCodeAt(i));
  return x;
}

/** Gazetteer match codes ("PB", "LU", …) are few: their hashes are kept. */
const GAZETTEER_HASHES = new Map<string, number>();
function gazetteerHash(code: string): number {
  let h = GAZETTEER_HASHES.get(code);
  if (h === undefined) GAZETTEER_HASHES.set(code, (h = hashString(code)));
  return h;
}

/** Builds the document context from all sentences before tagging. */
export function docContext(sentences: PreparedSentence[]): DocContext {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const contexts = new Map<string, { before: Set<string>; after: Set<string> }>();
  for (const s of sentences) {
    if (s.noCase) continue;
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const l = s.lower[i]!;
      if (!s.capitalised[i]) {
        lowercase.add(l);
        return;
      }
      if (i > 0) capitalised.add(l);
      let c = contexts.get(l);
      if (!c) contexts.set(l, (c = { before: new Set(), after: new Set() }));
      const before = s.lower[i - 1];
      const after = s.lower[i + 1];
      if (before !== undefined && !s.capitalised[i - 1] && c.before.size < CONTEXT_WORDS) c.before.add(before);
      if (after !== undefined && !s.capitalised[i + 1] && c.after.size < CONTEXT_WORDS) c.after.add(after);
    });
  }
  return { capitalised, lowercase, history: new Map(), contexts };
}
