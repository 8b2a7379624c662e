import { graphemeEnds } from '../schema/graphemes';
import type { MeasureText } from './types';

const ELLIPSIS = '…';

/** Prefixes of whole graphemes, segmented only as far as they are asked for. */
function prefixReader(text: string) {
  const ends: number[] = [];
  const iterator = graphemeEnds(text);
  /** The first `count` graphemes, trailing space trimmed, plus "…"; null when that would be the whole text. */
  return (count: number): string | null => {
    while (ends.length < count) {
      const next = iterator.next();
      if (next.done) return null;
      ends.push(next.value);
    }
    const end = ends[count - 1]!;
    return end >= text.length ? null : text.slice(0, end).trimEnd() + ELLIPSIS;
  };
}

/**
 * The text as it fits in `maxWidth` px: whole, or the longest prefix of whole graphemes (an emoji or a letter
 * with its accents is never split; trailing space trimmed) followed by "…". Null when not even one grapheme and
 * the ellipsis fit. The search gallops from the start (1, 2, 4 … graphemes), then bisects, so its cost follows
 * the label's length, not the text's: a title of a million characters costs what a short one does.
 * `fullWidth` saves measuring the whole text again when the caller already did.
 */
export function truncateLabel(
  text: string,
  maxWidth: number,
  measureText: MeasureText,
  fullWidth = measureText(text),
): { text: string; width: number; truncated: boolean } | null {
  if (fullWidth <= maxWidth) return { text, width: fullWidth, truncated: false };
  const prefix = prefixReader(text);
  let fits = 0;
  let fitsText = '';
  let fitsWidth = 0;
  let tooLong = Infinity; // The fewest graphemes known not to fit (or to be the whole text).
  const tryCount = (count: number) => {
    const candidate = prefix(count);
    const width = candidate === null ? Infinity : measureText(candidate);
    if (candidate !== null && width <= maxWidth) {
      fits = count;
      fitsText = candidate;
      fitsWidth = width;
    } else {
      tooLong = count;
    }
  };
  for (let count = 1; count < tooLong && fits === count >>> 1; count *= 2) tryCount(count);
  while (tooLong - fits > 1) tryCount((fits + tooLong) >>> 1);
  return fits === 0 ? null : { text: fitsText, width: fitsWidth, truncated: true };
}
