import { dateForm } from '../../schema/dates';
import type { Precision } from '../../schema/event';
import type { TimelineJsDate } from './types';
import { formatOffset, offsetAt, wallClockAt, zonedToEpoch } from './zonedTime';

export interface WrittenDate {
  date: TimelineJsDate;
  /** The precision TimelineJS (and `fromTimelineJS`) will read from the parts written. */
  precision: Precision;
  /** Set when the wall-clock time occurs twice in the zone, so that the zone alone cannot say which instant. */
  offset?: string;
}

/**
 * One of our dates as a TimelineJS date object: a year, month or day as written; a date-time as the wall-clock
 * time in `timeZone` (the event's zone). `hourOnly` leaves out the minutes of a time on the hour (precision 'hour').
 * Null for a string that is not one of our dates (a validated dataset has none).
 */
export function writeTimelineJsDate(value: string, timeZone: string, hourOnly: boolean): WrittenDate | null {
  const form = dateForm(value);
  if (form === null) return null;
  if (form !== 'datetime') {
    const [year, month, day] = value.split('-');
    const date: TimelineJsDate = { year: String(Number(year)) };
    if (month !== undefined) date.month = String(Number(month));
    if (day !== undefined) date.day = String(Number(day));
    return { date, precision: form };
  }
  const epoch = Date.parse(value);
  if (Number.isNaN(epoch)) return null;
  const offsetMs = offsetAt(epoch, timeZone);
  const wall = wallClockAt(epoch, offsetMs);
  const date: TimelineJsDate = {
    year: String(wall.year),
    month: String(wall.month),
    day: String(wall.day),
    hour: String(wall.hour),
  };
  const onTheHour = wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
  if (!(hourOnly && onTheHour)) date.minute = String(wall.minute);
  if (wall.second !== 0 || wall.millisecond !== 0) date.second = String(wall.second);
  if (wall.millisecond !== 0) date.millisecond = String(wall.millisecond);
  const written: WrittenDate = { date, precision: date.minute === undefined ? 'hour' : 'minute' };
  if (zonedToEpoch(wall, timeZone) !== epoch) written.offset = formatOffset(offsetMs);
  return written;
}
