import { ISO_DATE_PATTERN } from './dates';
import { utcDate } from './utcDate';

/** The span of time a date string stands for, in epoch ms: a year, a month, a day, or one instant. */
export interface DatePeriod {
  start: number;
  end: number;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in ms (Baghdad: +3 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = utcDate(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant a wall-clock time in a zone names (the earlier one when clocks go back). */
function wallClockToEpoch(wallClockAsUtc: number, timeZone: string): number {
  const guess = wallClockAsUtc - zoneOffsetMs(wallClockAsUtc, timeZone);
  return wallClockAsUtc - zoneOffsetMs(guess, timeZone);
}

/**
 * The period a date string covers. Date-only forms are read as calendar periods of the place
 * (`timeZone`, default UTC); a date-time with an offset is one instant whatever the zone.
 * Returns null for strings that are not accepted dates.
 */
export function datePeriod(value: string, timeZone = 'UTC'): DatePeriod | null {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return null;
  if (m[4] !== undefined) {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? null : { start: instant, end: instant };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const from = utcDate(year, month ?? 0, day ?? 1);
  const to =
    day !== undefined
      ? utcDate(year, month!, day + 1)
      : month !== undefined
        ? utcDate(year, month + 1, 1)
        : utcDate(year + 1, 0, 1);
  return { start: wallClockToEpoch(from, timeZone), end: wallClockToEpoch(to, timeZone) - 1 };
}

/** The first instant a date string covers, in epoch ms (NaN when it is not an accepted date). */
export function startEpochMs(value: string, timeZone = 'UTC'): number {
  return datePeriod(value, timeZone)?.start ?? Number.NaN;
}
