import { readIsoDate } from './readIsoDate';
import { utcDate } from './utcDate';
import { cachedZoneOffsetMs } from './zoneOffsetCache';

/** The span of time a date string stands for, in epoch ms: a year, a month, a day, or one instant. */
export interface DatePeriod {
  start: number;
  end: number;
}

/** The zone's offset from UTC at an instant, in ms (Baghdad: +3 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return cachedZoneOffsetMs(epochMs, timeZone);
}

/** The instant a wall-clock time in a zone names (the earlier one when clocks go back). */
function wallClockToEpoch(wallClockAsUtc: number, timeZone: string): number {
  const guess = wallClockAsUtc - cachedZoneOffsetMs(wallClockAsUtc, timeZone);
  return wallClockAsUtc - cachedZoneOffsetMs(guess, timeZone);
}

/**
 * A calendar year, month (0-based, with `month`) or day (with `day` too) of the place, in epoch ms.
 * For callers that already hold the date's fields (eventExtent), so the string is not parsed again.
 */
export function calendarPeriod(
  year: number,
  month: number | undefined,
  day: number | undefined,
  timeZone: string,
): DatePeriod {
  const from = utcDate(year, month ?? 0, day ?? 1);
  const to =
    day !== undefined
      ? utcDate(year, month!, day + 1)
      : month !== undefined
        ? utcDate(year, month + 1, 1)
        : utcDate(year + 1, 0, 1);
  return { start: wallClockToEpoch(from, timeZone), end: wallClockToEpoch(to, timeZone) - 1 };
}

/**
 * The period a date string covers. Date-only forms are read as calendar periods of the place
 * (`timeZone`, default UTC); a date-time with an offset is one instant whatever the zone.
 * Returns null for strings that are not accepted dates.
 */
export function datePeriod(value: string, timeZone = 'UTC'): DatePeriod | null {
  const date = readIsoDate(value);
  if (!date) return null;
  if (date.form === 'datetime') return Number.isNaN(date.instant) ? null : { start: date.instant, end: date.instant };
  const month = date.form === 'year' ? undefined : date.month - 1;
  return calendarPeriod(date.year, month, date.form === 'day' ? date.day : undefined, timeZone);
}

/** The first instant a date string covers, in epoch ms (NaN when it is not an accepted date). */
export function startEpochMs(value: string, timeZone = 'UTC'): number {
  return datePeriod(value, timeZone)?.start ?? Number.NaN;
}
