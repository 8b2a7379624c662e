import { bisectLeft, bisectRight } from 'd3-array';

/**
 * Occupied stretches of one label row: disjoint [start, end] intervals kept sorted, so a free-space test
 * is one binary search and an insert one splice.
 */
export class IntervalRow {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when [a, b] keeps at least `gap` px from every occupied stretch. */
  isFree(a: number, b: number, gap: number): boolean {
    // Disjoint and sorted by start means sorted by end too: only the last one starting before b + gap can reach a.
    const i = bisectLeft(this.starts, b + gap) - 1;
    return i < 0 || this.ends[i]! <= a - gap;
  }

  /** Marks [a, b] occupied, merging it with any stretch it overlaps or touches. */
  insert(a: number, b: number): void {
    const lo = bisectLeft(this.ends, a);
    const hi = bisectRight(this.starts, b);
    const start = lo < hi ? Math.min(a, this.starts[lo]!) : a;
    const end = lo < hi ? Math.max(b, this.ends[hi - 1]!) : b;
    this.starts.splice(lo, hi - lo, start);
    this.ends.splice(lo, hi - lo, end);
  }
}
