import type { Precision, TimelineEvent } from '../schema/event';
import type { DateForm } from '../schema/dates';
import { calendarPeriod, datePeriod, type DatePeriod } from '../schema/epoch';
import { readIsoDate, type IsoDateFields } from '../schema/readIsoDate';
import { toWallClock } from './toWallClock';
import type { EventExtent } from './types';

export type ExtentEvent = Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'approximate'>;

const ORDER: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];
const FINEST: Record<DateForm, Precision> = { year: 'year', month: 'month', day: 'day', datetime: 'minute' };
/** Characters of an ISO date that name a year, a month, a day. */
const DATE_LENGTH: Partial<Record<Precision, number>> = { year: 4, month: 7, day: 10 };
/** How many of a date's fields (year, month, day) a calendar precision keeps. */
const DATE_FIELDS = new Map<unknown, number>([
  ['year', 1],
  ['month', 2],
  ['day', 3],
]);
const HOUR = 3_600_000;
const HALF_HOUR = 1_800_000;

/** Never finer than the string gives: "2023-10-07" with precision "minute" is still a day. */
function precisionOf(date: IsoDateFields, wanted: Precision | undefined): Precision {
  const finest = FINEST[date.form];
  return wanted && ORDER.indexOf(wanted) < ORDER.indexOf(finest) ? wanted : finest;
}

/**
 * The span a date string stands for at a precision, in the place's calendar. `date` is the string read
 * once (this runs for every event of a dataset).
 */
function periodAt(
  value: string,
  date: IsoDateFields,
  precision: Precision,
  approximate: boolean,
  timeZone: string,
): DatePeriod | null {
  if (date.form !== 'datetime') {
    const fields = DATE_FIELDS.get(precision);
    // A precision outside the schema, or a value that is not a string, takes the general path.
    if (fields === undefined || typeof value !== 'string') {
      return datePeriod(value.slice(0, DATE_LENGTH[precision]), timeZone);
    }
    return calendarPeriod(
      date.year,
      fields >= 2 ? date.month - 1 : undefined,
      fields === 3 ? date.day : undefined,
      timeZone,
    );
  }
  const instant = date.instant;
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
  // A date-time with day, month or year precision: the local calendar period that contains it. Read from the
  // Date's fields, not toISOString: past year 9999 (the last minute of 9999 far west, seen far east) that
  // writes "+010000-…", which is not a date.
  const local = new Date(wall);
  const fields = DATE_FIELDS.get(precision) ?? 3;
  return calendarPeriod(
    local.getUTCFullYear(),
    fields >= 2 ? local.getUTCMonth() : undefined,
    fields === 3 ? local.getUTCDate() : undefined,
    timeZone,
  );
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
  const startDate = readIsoDate(event.start);
  const precision = startDate && precisionOf(startDate, event.precision);
  const start = startDate && periodAt(event.start, startDate, precision!, approximate, timeZone);
  if (!start) return { start: Number.NaN, end: Number.NaN, kind: 'point' };
  if (event.end !== undefined) {
    const endDate = readIsoDate(event.end);
    const end = endDate && periodAt(event.end, endDate, precisionOf(endDate, event.precision), approximate, timeZone);
    return { start: start.start, end: Math.max(start.start, end?.end ?? start.end), kind: 'range' };
  }
  if (precision === 'minute' && !approximate) return { start: start.start, end: start.start, kind: 'point' };
  return { start: start.start, end: start.end, kind: 'uncertain' };
}
