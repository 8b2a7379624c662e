import { stack } from 'd3-shape';
import type { Bin } from './binEvents';

/** One category's slice of one bin, in events: from y0 up to y1 (y1 - y0 = the count). */
export interface StackSegment {
  start: number;
  end: number;
  y0: number;
  y1: number;
}

/** One category across every bin, bottom to top in the order given. `segments[i]` belongs to `bins[i]`. */
export interface StackLayer {
  category: string;
  segments: StackSegment[];
}

/**
 * Stacks the bins' counts by category with d3-shape's `stack`, in the order of `categories` (bottom
 * first); categories found in the bins but not listed are stacked on top, in the order first met, so the
 * layers of a bin always add up to its total.
 */
export function stackBins(bins: readonly Bin[], categories: readonly string[]): StackLayer[] {
  const keys = [...new Set(categories)];
  const listed = new Set(keys);
  for (const bin of bins) {
    for (const category of Object.keys(bin.counts)) {
      if (!listed.has(category)) {
        listed.add(category);
        keys.push(category);
      }
    }
  }
  const series = stack<Bin, string>()
    .keys(keys)
    .value((bin, key) => bin.counts[key] ?? 0)(bins as Bin[]);
  return series.map((layer) => ({
    category: layer.key,
    segments: layer.map((point, i) => ({ start: bins[i]!.start, end: bins[i]!.end, y0: point[0], y1: point[1] })),
  }));
}
