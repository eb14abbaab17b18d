import type { Message, Span } from './types.js';

/**
 * Stable ids for the warnings stages record. Scripts may match on the id; the text may change.
 */
export const MESSAGE = {
  noTitle: 'no-title',
  droppedChrome: 'dropped-chrome',
  droppedText: 'dropped-text',
  restoredText: 'restored-text',
  decodedAs: 'decoded-as',
  noSentences: 'no-sentences',
  shortArticle: 'short-article',
  extractorFallback: 'extractor-fallback',
  truncatedInput: 'truncated-input',
  controlCharacters: 'control-characters',
  notEnglish: 'not-english',
} as const;

export type MessageId = (typeof MESSAGE)[keyof typeof MESSAGE];

export function message(id: MessageId, wording: string, span?: Span | null): Message {
  return { id, message: wording, start: span ? span.start : null, end: span ? span.end : null };
}
