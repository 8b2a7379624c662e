/**
 * The UTF-8 size of a string in bytes, counted up to `stopAfter` (then any larger number is returned): enough to
 * tell whether a text is over a limit without encoding a copy of it. Lone surrogates count as 3, as TextEncoder
 * writes them (U+FFFD).
 */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
