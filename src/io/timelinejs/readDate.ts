import type { DatasetIssue } from '../../schema/DatasetIssue';
import { daysInMonth } from '../../schema/dates';
import type { Precision } from '../../schema/event';
import { describeValue, isRecord } from './values';
import {
  formatDateTime,
  formatOffset,
  offsetAt,
  pad,
  wallClockAsUtc,
  wallClockAt,
  zonedToEpoch,
  type WallClock,
} from './zonedTime';

export interface ReadDateContext {
  /** JSON path of the date object, e.g. `events[3].start_date`. */
  path: string;
  /** IANA zone the wall-clock time is in. */
  timeZone: string;
  /** A UTC offset (ms) that overrides the zone's, written by `toTimelineJS` for a repeated hour. */
  offsetMs?: number | null;
  /** What happens when the date cannot be read at all, e.g. "the event is left out". */
  consequence: string;
  issues: DatasetIssue[];
}

export type ReadDateResult =
  { kind: 'date'; value: string; precision: Precision } | { kind: 'missing' } | { kind: 'invalid' };

type Part = { kind: 'absent' } | { kind: 'int'; value: number } | { kind: 'bad'; text: string };

const PART_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC']);
const MONTH_NAME = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

function readPart(raw: Record<string, unknown>, key: string): Part {
  const value = raw[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { kind: 'absent' };
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { kind: 'int', value };
  if (typeof value === 'string' && /^\s*[+-]?\d{1,16}\s*$/.test(value)) return { kind: 'int', value: Number(value) };
  return { kind: 'bad', text: describeValue(value) };
}

/** The value of a part when it is a whole number in [min, max]; reports and returns null otherwise. */
function inRange(part: Part, min: number, max: number): number | null {
  return part.kind === 'int' && part.value >= min && part.value <= max ? part.value : null;
}

/**
 * Reads a TimelineJS date object (`{ year, month, day, hour, minute, second, millisecond }`, numbers or strings).
 * The finest part given sets the precision: a year alone is `'year'`, down to `'minute'` for hour and minute.
 * Times are wall-clock times in `timeZone` and come back as ISO date-times with that zone's offset at the time.
 * A bad part makes the date coarser (a month 13 keeps the year) with an issue; a missing or bad year makes it
 * unreadable (`invalid`, reported with `consequence`).
 */
export function readTimelineJsDate(raw: unknown, ctx: ReadDateContext): ReadDateResult {
  const { path, issues } = ctx;
  const report = (at: string, message: string) => issues.push({ path: at ? `${path}.${at}` : path, message });
  if (raw === undefined || raw === null) return { kind: 'missing' };
  if (!isRecord(raw)) {
    report(
      '',
      `expected a date object such as { "year": 2023, "month": 10 }, got ${describeValue(raw)}; ${ctx.consequence}`,
    );
    return { kind: 'invalid' };
  }
  const parts = Object.fromEntries(PART_KEYS.map((key) => [key, readPart(raw, key)])) as Record<
    (typeof PART_KEYS)[number],
    Part
  >;
  if (PART_KEYS.every((key) => parts[key].kind === 'absent')) return { kind: 'missing' };

  const year = parts.year;
  if (year.kind !== 'int') {
    report(
      'year',
      `${year.kind === 'absent' ? 'the year is missing' : `${year.text} is not a year`}; ${ctx.consequence}`,
    );
    return { kind: 'invalid' };
  }
  if (year.value < 0 || year.value > 9999) {
    report(
      'year',
      `the year ${year.value} is outside 0–9999, the years Flashpoint can place on a time axis ` +
        `(TimelineJS's "cosmological" scale is not supported); ${ctx.consequence}`,
    );
    return { kind: 'invalid' };
  }
  const y = year.value;
  const asYear = { kind: 'date', value: pad(y, 4), precision: 'year' } as const;
  const finer = (from: number) => PART_KEYS.slice(from).some((key) => parts[key].kind !== 'absent');

  // Month
  const month = inRange(parts.month, 1, 12);
  if (month === null) {
    if (parts.month.kind === 'absent') {
      if (finer(2))
        report(
          'month',
          `the month is missing, so the day and time are ignored; the date is kept as the year ${asYear.value}`,
        );
    } else
      report('month', `${describe(parts.month)} is not a month (1–12); the date is kept as the year ${asYear.value}`);
    return asYear;
  }
  const asMonth = { kind: 'date', value: `${pad(y, 4)}-${pad(month, 2)}`, precision: 'month' } as const;

  // Day
  const last = daysInMonth(y, month);
  const day = inRange(parts.day, 1, last);
  if (day === null) {
    if (parts.day.kind === 'absent') {
      if (finer(3))
        report('day', `the day is missing, so the time is ignored; the date is kept as the month ${asMonth.value}`);
    } else {
      report(
        'day',
        `${describe(parts.day)} is not a day of ${MONTH_NAME(month)} ${y} (1–${last}); the date is kept as the month ${asMonth.value}`,
      );
    }
    return asMonth;
  }
  const asDay = { kind: 'date', value: `${asMonth.value}-${pad(day, 2)}`, precision: 'day' } as const;

  // Hour
  const hour = inRange(parts.hour, 0, 23);
  if (hour === null) {
    if (parts.hour.kind === 'absent') {
      if (finer(4))
        report('hour', `the hour is missing, so the minutes are ignored; the date is kept as the day ${asDay.value}`);
    } else report('hour', `${describe(parts.hour)} is not an hour (0–23); the date is kept as the day ${asDay.value}`);
    return asDay;
  }

  // Minute, second, millisecond
  let precision: Precision = 'minute';
  let minute = inRange(parts.minute, 0, 59);
  if (minute === null) {
    if (parts.minute.kind !== 'absent')
      report('minute', `${describe(parts.minute)} is not a minute (0–59); the time is kept to the hour`);
    precision = 'hour';
    minute = 0;
  }
  let second = precision === 'minute' ? inRange(parts.second, 0, 59) : 0;
  if (second === null) {
    if (parts.second.kind !== 'absent')
      report('second', `${describe(parts.second)} is not a second (0–59); the seconds are ignored`);
    second = 0;
  }
  let millisecond = precision === 'minute' ? inRange(parts.millisecond, 0, 999) : 0;
  if (millisecond === null) {
    if (parts.millisecond.kind !== 'absent') {
      report('millisecond', `${describe(parts.millisecond)} is not a millisecond (0–999); it is ignored`);
    }
    millisecond = 0;
  }
  const wall: WallClock = { year: y, month, day, hour, minute, second, millisecond };
  return { kind: 'date', value: zonedDateTime(wall, ctx), precision };
}

function describe(part: Part): string {
  return part.kind === 'int' ? `"${part.value}"` : part.kind === 'bad' ? part.text : 'nothing';
}

/** The wall clock as an ISO date-time with the offset of its zone (or the one given) at that time. */
function zonedDateTime(wall: WallClock, ctx: ReadDateContext): string {
  const given = ctx.offsetMs ?? null;
  const epoch = given === null ? zonedToEpoch(wall, ctx.timeZone) : wallClockAsUtc(wall) - given;
  const offsetMs = given ?? offsetAt(epoch, ctx.timeZone);
  const shown = wallClockAt(epoch, offsetMs);
  if (wallClockAsUtc(shown) !== wallClockAsUtc(wall)) {
    ctx.issues.push({
      path: ctx.path,
      message: `${formatDateTime(wall, '')} does not exist in ${ctx.timeZone} (the clocks go forward then); read as ${formatDateTime(shown, '')}`,
    });
  }
  const offset = given === null && offsetMs === 0 && UTC_NAMES.has(ctx.timeZone) ? 'Z' : formatOffset(offsetMs);
  return formatDateTime(shown, offset);
}
