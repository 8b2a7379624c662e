import type { Precision, TimelineEvent } from '../schema/event';
import { dateForm, type DateForm } from '../schema/dates';
import { datePeriod, type DatePeriod } from '../schema/epoch';
import { toWallClock } from './toWallClock';
import type { EventExtent } from './types';

export type ExtentEvent = Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'approximate'>;

const ORDER: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];
const FINEST: Record<DateForm, Precision> = { year: 'year', month: 'month', day: 'day', datetime: 'minute' };
/** Characters of an ISO date that name a year, a month, a day. */
const DATE_LENGTH: Partial<Record<Precision, number>> = { year: 4, month: 7, day: 10 };
const HOUR = 3_600_000;
const HALF_HOUR = 1_800_000;

/** Never finer than the string gives: "2023-10-07" with precision "minute" is still a day. */
function precisionOf(value: string, wanted: Precision | undefined): Precision | null {
  const form = dateForm(value);
  if (!form) return null;
  const finest = FINEST[form];
  return wanted && ORDER.indexOf(wanted) < ORDER.indexOf(finest) ? wanted : finest;
}

/** The span a date string stands for at a precision, in the place's calendar. */
function periodAt(value: string, wanted: Precision | undefined, approximate: boolean, timeZone: string) {
  const precision = precisionOf(value, wanted);
  if (!precision) return null;
  if (dateForm(value) !== 'datetime') return datePeriod(value.slice(0, DATE_LENGTH[precision]), timeZone);
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  if (precision === 'minute') {
    return approximate ? { start: instant - HALF_HOUR, end: instant + HALF_HOUR } : { start: instant, end: instant };
  }
  const wall = toWallClock(instant, timeZone);
  if (precision === 'hour') {
    // The local hour: Tehran's hours start at :30 UTC.
    const start = instant - (((wall % HOUR) + HOUR) % HOUR);
    return { start, end: start + HOUR - 1 };
  }
  // A date-time with day, month or year precision: the local calendar period that contains it.
  const localDate = new Date(wall).toISOString().slice(0, DATE_LENGTH[precision]);
  return datePeriod(localDate, timeZone);
}

/**
 * The time an event covers on the axis. With an `end`: a range from the start of the start's period to
 * the end of the end's. Otherwise an exact minute (not approximate) is a point, and anything coarser or
 * approximate is `uncertain`: the whole period its date stands for in the place's zone (the local day,
 * hour, month or year; ±30 minutes for an approximate minute), so no false exact point is drawn.
 * `timeZone` is the place's: `event.timeZone ?? dataset.timeZone`. NaN start/end for an unreadable date.
 */
export function eventExtent(event: ExtentEvent, timeZone: string): EventExtent {
  const approximate = event.approximate === true;
  const start: DatePeriod | null = periodAt(event.start, event.precision, approximate, timeZone);
  if (!start) return { start: Number.NaN, end: Number.NaN, kind: 'point' };
  if (event.end !== undefined) {
    const end = periodAt(event.end, event.precision, approximate, timeZone);
    return { start: start.start, end: Math.max(start.start, end?.end ?? start.end), kind: 'range' };
  }
  const precision = precisionOf(event.start, event.precision);
  if (precision === 'minute' && !approximate) return { start: start.start, end: start.start, kind: 'point' };
  return { start: start.start, end: start.end, kind: 'uncertain' };
}
