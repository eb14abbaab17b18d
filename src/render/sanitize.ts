/**
 * Text from an article never drives the terminal. Before any renderer prints article text:
 * C0 controls and DEL (ESC among them, so no CSI/OSC sequence survives) become their visible
 * Unicode Control Pictures (␛); C1 controls become U+FFFD; bidirectional overrides and
 * zero-width characters, which can disguise text, are removed; line and paragraph separators
 * become spaces. The zero-width joiner and non-joiner stay where they join: between emoji (the
 * family emoji is four emoji and three joiners) and between letters of the scripts that need them
 * (Persian, the Indic scripts); between Latin letters or beside a space they only hide.
 */

// eslint-disable-next-line no-control-regex
const C0_AND_DEL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const C1 = /[\u0080-\u009f]/g;
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** What a joiner may stand between: an emoji (with its skin tone or presentation selector), a mark, or a letter outside Latin. */
const JOINABLE = String.raw`[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\p{M}]|[^\P{L}\p{Script=Latin}]`;
const STRAY_JOINER = new RegExp(`(?<!${JOINABLE})[\\u200c\\u200d]|[\\u200c\\u200d](?!${JOINABLE})`, 'gu');
const SEPARATORS = /[\u2028\u2029]/g;

export function clean(text: string): string {
  return text
    .replace(C0_AND_DEL, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(C1, '\ufffd')
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(SEPARATORS, ' ')
    .replace(/\t/g, ' ');
}

/** `clean`, with every run of whitespace (newlines included) folded into one space: for one-line fields and items. */
export function cleanLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** Characters that must never reach output: used by tests. */
export const UNSAFE = new RegExp(
  `[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\u2028\\u2029]|${STRAY_JOINER.source}`,
  'u',
);
