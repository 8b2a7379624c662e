import type { MeasureText } from './types';

const ELLIPSIS = '…';

/**
 * The text as it fits in `maxWidth` px: whole, or the longest prefix (whole code points, trailing space
 * trimmed) followed by "…", found by binary search over `measureText`. Null when not even one character
 * and the ellipsis fit. `fullWidth` saves measuring the whole text again when the caller already did.
 */
export function truncateLabel(
  text: string,
  maxWidth: number,
  measureText: MeasureText,
  fullWidth = measureText(text),
): { text: string; width: number; truncated: boolean } | null {
  if (fullWidth <= maxWidth) return { text, width: fullWidth, truncated: false };
  // End offsets of each code point, so a prefix is one slice (no splitting a surrogate pair).
  const ends: number[] = [];
  let end = 0;
  for (const char of text) ends.push((end += char.length));
  const shortened = (count: number) => text.slice(0, ends[count - 1]).trimEnd() + ELLIPSIS;
  let fits = 0;
  let fitsWidth = 0;
  let lo = 1;
  let hi = ends.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const width = measureText(shortened(mid));
    if (width <= maxWidth) {
      fits = mid;
      fitsWidth = width;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return fits === 0 ? null : { text: shortened(fits), width: fitsWidth, truncated: true };
}
