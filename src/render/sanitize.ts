/**
 * Text from an article never drives the terminal. Before any renderer prints article text:
 * C0 controls and DEL (ESC among them, so no CSI/OSC sequence survives) become their visible
 * Unicode Control Pictures (␛); C1 controls become U+FFFD; bidirectional overrides and
 * zero-width characters, which can disguise text, are removed; line and paragraph separators
 * become spaces. The zero-width joiner and non-joiner stay where they join: either one after a
 * letter of the scripts that write with them (Persian, the Indic scripts), and a joiner between
 * two emoji (the family emoji is four emoji and three joiners); in Latin, Cyrillic, Greek or Han,
 * or beside a space, they only hide.
 */

// eslint-disable-next-line no-control-regex
const C0_AND_DEL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const C1 = /[\u0080-\u009f]/g;
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** The scripts whose writing uses the joiner and non-joiner: Arabic's (Persian, Urdu), Syriac, Thaana, N'Ko and the Indic scripts. */
const JOINING_SCRIPT = String.raw`[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]`;
/** An emoji, with its skin tone or presentation selector. */
const EMOJI_PART = String.raw`[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]`;
/**
 * A joiner or non-joiner that joins nothing: kept after a letter or sign of a joining script (a
 * Malayalam chillu ends its word on one) and a joiner between two emoji; any other is removed.
 */
const STRAY_JOINER = new RegExp(`(?<!${JOINING_SCRIPT})(?:\\u200c|\\u200d(?!(?<=${EMOJI_PART}\\u200d)${EMOJI_PART}))`, 'gu');
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
