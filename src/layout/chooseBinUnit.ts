import type { Domain } from './types';

/** How long one bar of the intensity chart is: a local day, a local week (Monday to Sunday) or a local month. */
export type BinUnit = 'day' | 'week' | 'month';

const DAY = 86_400_000;

/**
 * The finest bin whose bars stay readable: a day when a day is at least `minBinPx` wide across `width`
 * (default 3 px: a 2 px bar and a 1 px gap), else a week when a week is, else a month (spans of many
 * years on a phone). Nonsense input (an empty or reversed domain, no width) gives 'day'.
 */
export function chooseBinUnit(domain: Domain, width: number, minBinPx = 3): BinUnit {
  const span = domain[1] - domain[0];
  if (!(span > 0) || !Number.isFinite(span) || !(width > 0)) return 'day';
  const pxPerDay = (width * DAY) / span;
  if (pxPerDay >= minBinPx) return 'day';
  if (pxPerDay * 7 >= minBinPx) return 'week';
  return 'month';
}
