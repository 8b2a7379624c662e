import type { BinInput } from './binEvents';
import { eventAnchor } from './eventAnchor';

/** The running count after the events anchored at `time`. */
export interface CountPoint {
  time: number;
  count: number;
}

export interface OwnCumulativeCountOptions {
  /** Which categories count. Default ['attack']. */
  categories?: readonly string[];
  /** Count only events anchored at or after this instant (epoch ms). Default: all. */
  from?: number;
}

/**
 * Our own running count of the dataset's events (by default its attacks), one point per distinct anchor
 * time (eventAnchor), oldest first: a step line of "events in this dataset". It is a count of what the
 * dataset lists, never a reported figure, and is kept apart from them.
 */
export function ownCumulativeCount(input: BinInput, options: OwnCumulativeCountOptions = {}): CountPoint[] {
  const categories = new Set(options.categories ?? ['attack']);
  const from = options.from ?? -Infinity;
  const times: number[] = [];
  const count = Math.min(input.events.length, input.extents.length);
  for (let i = 0; i < count; i++) {
    if (!categories.has(input.events[i]!.category)) continue;
    const anchor = eventAnchor(input.extents[i]!);
    if (Number.isFinite(anchor) && anchor >= from) times.push(anchor);
  }
  times.sort((a, b) => a - b);
  const points: CountPoint[] = [];
  times.forEach((time, i) => {
    const last = points[points.length - 1];
    if (last && last.time === time) last.count = i + 1;
    else points.push({ time, count: i + 1 });
  });
  return points;
}
