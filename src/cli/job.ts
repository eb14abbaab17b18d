/**
 * One unit of batch work: an input (a path, a URL, standard input's text, or a JSON Lines record)
 * becomes the rendered text of its brief, or an error record. The main thread and the worker
 * threads run this same function.
 */
import { EXIT, NewsbriefError, isNewsbriefError, type ErrorCode } from '../errors.js';
import type { Brief, BriefOptions, InputFormatOption } from '../types.js';
import type { Command, RenderOptions } from '../render/index.js';

export type JobInput =
  | { kind: 'path' | 'url'; value: string }
  /** Text already in hand (standard input, a JSON Lines record): `html` forces the HTML parser. */
  | { kind: 'text' | 'html'; value: string }
  /** A feed's item, as an HTML page of its title and content. */
  | { kind: 'feed-item'; value: string };

export interface Job {
  seq: number;
  /** Path, URL, `-`, or the JSON Lines record's `id`. */
  id: string;
  input: JobInput;
}

export interface JobSettings {
  command: Command;
  render: RenderOptions;
  brief: BriefOptions;
  inputFormat: InputFormatOption;
  maxBytes?: number;
  timeoutMs?: number;
  /** One JSON record per line, with the job's id. */
  lines: boolean;
  /** Head each text-format brief with "==> name <==". */
  headers: boolean;
}

export type JobResult =
  | { seq: number; ok: true; out: string; warnings: string[] }
  | { seq: number; ok: false; out: string; message: string; code: ErrorCode | 'internal'; exitCode: number };

/** Message ids printed as warnings: the input was not what it said it was. */
const WARN = new Set(['decoded-as', 'extractor-fallback', 'truncated-input', 'not-english', 'dropped-text', 'short-article']);

type Pipeline = {
  briefSource: typeof import('../index.js').briefSource;
  hasArticleText: typeof import('../index.js').hasArticleText;
  errorPage: typeof import('../index.js').errorPage;
  sourceFromText: typeof import('../read/index.js').sourceFromText;
  readInput: typeof import('../read/input.js').readInput;
  render: (brief: Brief, command: Command) => string;
  renderJsonLine: typeof import('../render/json.js').renderJsonLine;
};

let modules: Promise<Omit<Pipeline, 'render'> & { renderer: typeof import('../render/index.js').renderer }> | null = null;
const renderers = new Map<string, Promise<Pipeline['render']>>();

/** The pipeline, loaded once per thread, and a renderer per set of render options. */
export async function pipeline(settings: JobSettings): Promise<Pipeline> {
  modules ??= (async () => {
    const [{ briefSource, hasArticleText, errorPage }, { sourceFromText }, { readInput }, { renderer }, { renderJsonLine }] = await Promise.all([
      import('../index.js'),
      import('../read/index.js'),
      import('../read/input.js'),
      import('../render/index.js'),
      import('../render/json.js'),
    ]);
    return { briefSource, hasArticleText, errorPage, sourceFromText, readInput, renderer, renderJsonLine };
  })();
  const m = await modules;
  const key = JSON.stringify(settings.render);
  let render = renderers.get(key);
  if (!render) renderers.set(key, (render = m.renderer(settings.render)));
  return { ...m, render: await render };
}

export async function runJob(job: Job, settings: JobSettings, stdin?: import('node:stream').Readable): Promise<JobResult> {
  const p = await pipeline(settings);
  const name = job.id === '-' ? 'standard input' : job.id;
  try {
    const read = { inputFormat: settings.inputFormat, maxBytes: settings.maxBytes, timeoutMs: settings.timeoutMs };
    const source =
      job.input.kind === 'path' || job.input.kind === 'url'
        ? await p.readInput(job.input.value, stdin as never, read)
        : p.sourceFromText(job.input.value, job.id, { ...read, inputFormat: job.input.kind === 'text' ? settings.inputFormat : 'html' });
    const brief = p.briefSource(source, settings.brief);
    const error = p.errorPage(brief);
    if (error) throw new NewsbriefError('no-article', `${name}: the page is a web server's error page (“${error}”), not an article`);
    if (!p.hasArticleText(brief)) {
      throw new NewsbriefError('no-article', `${name}: no article text found (only headings, chrome or too little text)`);
    }
    // Messages worth a warning on stderr; routine ones (chrome dropped, no title) stay in the JSON only.
    // Each names its input, so a batch's warnings say which file they are about.
    // A feed item is its article already: that the extractor found none in so small a page says nothing.
    const warn = (id: string): boolean => WARN.has(id) && !(job.input.kind === 'feed-item' && id === 'extractor-fallback');
    const warnings = brief.messages.filter((m) => warn(m.id)).map((m) => (m.message.startsWith(`${name}:`) || m.message.startsWith(job.id) ? m.message : `${name}: ${m.message}`));
    if (settings.lines) return { seq: job.seq, ok: true, out: p.renderJsonLine({ id: job.id, ...brief }), warnings };
    const header = settings.headers ? `${job.seq === 0 ? '' : '\n'}==> ${name} <==\n` : '';
    return { seq: job.seq, ok: true, out: header + p.render(brief, settings.command), warnings };
  } catch (error) {
    const known = isNewsbriefError(error);
    const message = known ? error.message : `${name}: internal error: ${(error as Error)?.message ?? String(error)} (this is a bug)`;
    const code = known ? error.code : 'internal';
    const out = settings.lines ? p.renderJsonLine({ id: job.id, error: { code, message } }) : '';
    return { seq: job.seq, ok: false, out, message, code, exitCode: known ? error.exitCode : EXIT.internal };
  }
}
