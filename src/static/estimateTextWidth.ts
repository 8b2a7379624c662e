import type { MeasureText } from '../layout/types';

/** Average advance of a character as a share of the font size: generous, so text estimated to fit does fit. */
const EM_PER_CHAR = 0.62;
/** Bold type is wider. */
const EM_PER_CHAR_BOLD = 0.68;

/** Characters drawn a full em wide: CJK ideographs, kana, hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Marks that take no room of their own (combining accents, Arabic and Hebrew vowel signs). */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060-\u2064]/u;

/**
 * Text width without a browser, from the number of characters: the same estimate the Timeline uses before it can
 * measure, so labels are laid out alike on the server and here.
 */
export function estimateTextWidth(fontSize: number, bold = false): MeasureText {
  const em = bold ? EM_PER_CHAR_BOLD : EM_PER_CHAR;
  return (text) => {
    let width = 0;
    for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 1 : em;
    return width * fontSize;
  };
}
