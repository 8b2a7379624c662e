import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TickUnit } from './types';

/** One rung of the tick ladder: a unit, a step, its d3 interval, and the shortest time one step can take. */
export interface TickRung {
  unit: TickUnit;
  step: number;
  interval: TimeInterval;
  /** ms; a DST day is 23 h, February 28 days, so spacing computed from this is never overestimated. */
  minDuration: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

function rung(unit: TickUnit, step: number, interval: TimeInterval | null, minDuration: number): TickRung {
  return { unit, step, interval: interval!, minDuration };
}

/** A year step (1, 5, 10, 50, 100 …) on years divisible by it. */
export function yearRung(step: number): TickRung {
  return rung('year', step, step === 1 ? utcYear : utcYear.every(step), step * YEAR - HOUR);
}

/** Minor ticks, finest first; year steps continue past the end (see yearRung). */
export const MINOR_LADDER: readonly TickRung[] = [
  ...[1, 5, 15, 30].map((step) => rung('minute', step, utcMinute.every(step), step * MINUTE)),
  ...[1, 3, 6, 12].map((step) => rung('hour', step, utcHour.every(step), step * HOUR)),
  rung('day', 1, utcDay, DAY - HOUR),
  rung('week', 1, utcMonday, 7 * DAY - HOUR),
  rung('month', 1, utcMonth, 28 * DAY - HOUR),
  rung('month', 3, utcMonth.every(3), 89 * DAY - HOUR),
  ...[1, 5, 10, 50].map(yearRung),
];
