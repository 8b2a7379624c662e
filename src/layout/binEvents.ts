import { bisectRight } from 'd3-array';
import { utcDay, utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import type { BinUnit } from './chooseBinUnit';
import { eventAnchor } from './eventAnchor';
import { zoneOffsetMs } from '../schema/epoch';
import { fromWallClock } from './fromWallClock';
import { toWallClock } from './toWallClock';
import type { Domain, EventExtent } from './types';

/** One bar: the events whose anchor falls in [start, end), by category. */
export interface Bin {
  /** Epoch ms of the local boundary that opens the bin (midnight, Monday midnight, the 1st). */
  start: number;
  /** Epoch ms of the next boundary (exclusive). A DST day is 23 or 25 hours long. */
  end: number;
  /** Events by category id; only categories with at least one event have a key. */
  counts: Record<string, number>;
  total: number;
}

/** Events with their extents, index for index (a PreparedTimeline fits). */
export interface BinInput {
  events: readonly { category: string }[];
  extents: readonly EventExtent[];
}

export interface BinEventsOptions {
  /** The span to cover, [start, end): bins widen it outwards to whole units (at least one bin). */
  domain: Domain;
  unit: BinUnit;
  /** IANA zone whose calendar the bins follow (the axis zone). */
  timeZone: string;
}

const INTERVAL: Record<BinUnit, TimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth };
/** A safety net: a decade of day bins is 3,653; nobody reads 100,000 bars. */
const MAX_BINS = 100_000;

/** No zone changes its offset twice within two weeks (chooseTicks relies on the same). */
const STEADY = 14 * 86_400_000;

function boundaries(domain: Domain, unit: BinUnit, timeZone: string): number[] {
  const interval = INTERVAL[unit];
  // Calendar arithmetic on wall-clock time written as UTC, then back to instants (as chooseTicks does).
  let wall = interval.floor(new Date(toWallClock(domain[0], timeZone)));
  let time = fromWallClock(wall.getTime(), timeZone);
  // The local boundary can come out after the start when DST moves midnight: step back one unit.
  if (time > domain[0]) {
    wall = interval.offset(wall, -1);
    time = fromWallClock(wall.getTime(), timeZone);
  }
  const times = [time];
  // Offsets cost two Intl calls each; within a stretch whose two ends share an offset, reuse it.
  let steadyUntil = -Infinity;
  let offset = 0;
  // At least one bin; then on until the last edge reaches the end of the domain.
  do {
    wall = interval.offset(wall, 1);
    const wallMs = wall.getTime();
    if (wallMs > steadyUntil) {
      const next = fromWallClock(wallMs, timeZone);
      offset = wallMs - next;
      const ahead = wallMs + STEADY;
      steadyUntil = zoneOffsetMs(ahead - offset, timeZone) === offset ? ahead : -Infinity;
    }
    const next = wallMs - offset;
    if (next > time) times.push(next);
    time = next;
  } while (time < domain[1] && times.length <= MAX_BINS);
  return times;
}

/**
 * Events per bin for a bar chart: bins of local days, weeks starting on Monday, or months in the display
 * zone, covering `domain` widened outwards to whole units (the first bin opens at or before domain[0], the
 * last closes at or after domain[1]; a domain of one instant gets the one bin around it). Each event is counted once, in the bin of its anchor (eventAnchor: the
 * start, or the middle of an uncertain span); events whose anchor is outside the bins are not counted,
 * so the totals add up to the events anchored in [bins[0].start, bins.at(-1).end). Pure; O(n log bins).
 */
export function binEvents(input: BinInput, options: BinEventsOptions): Bin[] {
  const { domain, unit, timeZone } = options;
  if (!(domain[1] >= domain[0]) || !Number.isFinite(domain[0]) || !Number.isFinite(domain[1])) return [];
  const edges = boundaries(domain, unit, timeZone);
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    bins.push({
      start: edges[i]!,
      end: edges[i + 1]!,
      counts: Object.create(null) as Record<string, number>,
      total: 0,
    });
  }
  const last = edges[edges.length - 1]!;
  const count = Math.min(input.events.length, input.extents.length);
  for (let i = 0; i < count; i++) {
    const anchor = eventAnchor(input.extents[i]!);
    if (!(anchor >= edges[0]!) || !(anchor < last)) continue;
    const bin = bins[bisectRight(edges, anchor) - 1]!;
    const category = input.events[i]!.category;
    bin.counts[category] = (bin.counts[category] ?? 0) + 1;
    bin.total += 1;
  }
  return bins;
}
