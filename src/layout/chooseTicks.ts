import { utcDay, utcMonth } from 'd3-time';
import { zoneOffsetMs } from '../schema/epoch';
import { fromWallClock } from './fromWallClock';
import { MINOR_LADDER, yearRung, type TickRung } from './tickLadder';
import { toWallClock } from './toWallClock';
import type { AxisDirection, Domain, TickPosition, TickSet } from './types';

export interface ChooseTicksOptions {
  /** IANA zone whose calendar the ticks follow (local midnight, local 1st of the month). */
  timeZone: string;
  /** Minimum px between minor ticks (their labels). */
  minMinorSpacing?: number;
  /** Minimum px between major ticks. */
  minMajorSpacing?: number;
  /** "rtl": x counts from the right edge (earliest time at x = width). Default "ltr". */
  direction?: AxisDirection;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Year steps past the ladder: 100, 500, 1000, 5000 … */
function* minorRungs(): Generator<TickRung> {
  yield* MINOR_LADDER;
  for (let step = 100; step < 1e6; step *= 10) {
    yield yearRung(step);
    yield yearRung(step * 5);
  }
}

/** The natural coarser units for major ticks, nearest first: hours → day, days → month, months → year … */
function* majorRungs(minor: TickRung): Generator<TickRung> {
  if (minor.unit === 'minute' || minor.unit === 'hour')
    yield { unit: 'day', step: 1, interval: utcDay, minDuration: 23 * HOUR };
  if (minor.unit !== 'month' && minor.unit !== 'year') {
    yield { unit: 'month', step: 1, interval: utcMonth, minDuration: 28 * 24 * HOUR - HOUR };
  }
  if (minor.unit !== 'year') yield yearRung(1);
  for (let step = 10; step < 1e7; step *= 10) if (step > minor.step && step % minor.step === 0) yield yearRung(step);
}

/** The first rung whose shortest step is at least `spacing` px wide (or the last one). */
function pick(rungs: Iterable<TickRung>, pxPerMs: number, spacing: number): TickRung {
  let last: TickRung | undefined;
  for (const rung of rungs) {
    last = rung;
    if (rung.minDuration * pxPerMs >= spacing) return rung;
  }
  return last!;
}

/** Boundaries of `rung` in the zone's calendar, as instants, from `from` to `to` (epoch ms). */
function boundaries(rung: TickRung, from: number, to: number, timeZone: string): number[] {
  // Work in wall-clock time written as UTC; widen by a few hours so DST shifts cannot lose an edge tick,
  // and start at the boundary before, which the clamped major tick needs.
  const before = zoneOffsetMs(from - 3 * HOUR, timeZone);
  // Fast path for short views with one offset at both ends (no zone changes offset twice in two weeks):
  // minute ticks would otherwise cost two Intl calls each.
  const fixed = to - from <= 14 * DAY && before === zoneOffsetMs(to + 3 * HOUR, timeZone);
  const wallFrom = rung.interval.floor(new Date(from + before - 3 * HOUR));
  const wallTo = new Date(toWallClock(to, timeZone) + 3 * HOUR);
  const times: number[] = [];
  for (const wall of rung.interval.range(wallFrom, wallTo)) {
    // Re-evaluate the offset per tick: New York's midnights are 04:00Z in summer, 05:00Z in winter.
    const time = fixed ? wall.getTime() - before : fromWallClock(wall.getTime(), timeZone);
    if (time !== times.at(-1)) times.push(time);
  }
  return times;
}

/** Ticks inside the domain, at least `spacing` px apart (a DST jump can bring two hour ticks closer). */
function positions(times: number[], domain: Domain, pxPerMs: number, spacing: number): TickPosition[] {
  const ticks: TickPosition[] = [];
  for (const time of times) {
    if (time < domain[0] || time > domain[1]) continue;
    const x = (time - domain[0]) * pxPerMs;
    const previous = ticks.at(-1);
    if (previous && x - previous.x < spacing - 1e-9) continue;
    ticks.push({ time, x });
  }
  return ticks;
}

/**
 * Ticks for the visible span, on two levels: minor ticks from a ladder (1/5/15/30 minutes, 1/3/6/12
 * hours, a day, a week of Mondays, 1/3 months, 1/5/10/50… years) at least `minMinorSpacing` px apart,
 * and major ticks of the next natural coarser unit (day, month, year, decade …) at least
 * `minMajorSpacing` apart. Boundaries are those of the display zone's calendar, DST included. The major
 * boundary at or before the start is kept at the start edge (`clamped`) unless a major tick follows too
 * closely. With `direction` "rtl" every x is mirrored (width - x): time runs from the right edge.
 */
export function chooseTicks(domain: Domain, width: number, options: ChooseTicksOptions): TickSet {
  const { timeZone, minMinorSpacing = 48, minMajorSpacing = 120, direction = 'ltr' } = options;
  const span = domain[1] - domain[0];
  if (!(span > 0) || !(width > 0) || !Number.isFinite(span)) {
    return { minor: [], major: [], unit: 'day', step: 1, majorUnit: 'month', majorStep: 1 };
  }
  const pxPerMs = width / span;
  const minor = pick(minorRungs(), pxPerMs, minMinorSpacing);
  const major = pick(majorRungs(minor), pxPerMs, minMajorSpacing);
  const minorTicks = positions(boundaries(minor, domain[0], domain[1], timeZone), domain, pxPerMs, minMinorSpacing);
  const majorTimes = boundaries(major, domain[0], domain[1], timeZone);
  const majorTicks = positions(majorTimes, domain, pxPerMs, minMajorSpacing);
  const before = majorTimes.findLast((time) => time < domain[0]);
  if (before !== undefined && !(majorTicks[0] && majorTicks[0].x < minMajorSpacing)) {
    majorTicks.unshift({ time: before, x: 0, clamped: true });
  }
  // Chosen left to right, then mirrored: spacing is the same either way.
  const mirror = (ticks: TickPosition[]) =>
    direction === 'rtl' ? ticks.map((tick) => ({ ...tick, x: width - tick.x })) : ticks;
  return {
    minor: mirror(minorTicks),
    major: mirror(majorTicks),
    unit: minor.unit,
    step: minor.step,
    majorUnit: major.unit,
    majorStep: major.step,
  };
}
