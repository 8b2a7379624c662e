import { zoneOffsetMs } from '../../schema/epoch';

/** A calendar date and clock time, without a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The wall clock read as if it were UTC, in epoch ms (years 0–99 stay years 0–99, unlike `Date.UTC`). */
export function wallClockAsUtc(w: WallClock): number {
  const date = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second, w.millisecond));
  date.setUTCFullYear(w.year, w.month - 1, w.day);
  return date.getTime();
}

/** The wall clock an instant shows at a UTC offset (in ms). */
export function wallClockAt(epochMs: number, offsetMs: number): WallClock {
  const date = new Date(epochMs + offsetMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

const DAY = 86_400_000;
/** Before 1800 every zone is on its local mean time, so its offset then is its offset at 1800. */
const EARLIEST = Date.UTC(1800, 0, 1);

/**
 * The zone's UTC offset at an instant, in ms. Unlike `zoneOffsetMs` alone it also works for instants before 1800
 * (whose years `Date.UTC` would misread when below 100).
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  return zoneOffsetMs(Math.max(epochMs, EARLIEST), timeZone);
}

/**
 * The instant a wall-clock time in a zone names. When it occurs twice (clocks go back), the earlier; when it does
 * not occur (clocks go forward), it is read with the offset from before the change, so 02:30 becomes 03:30.
 */
export function zonedToEpoch(w: WallClock, timeZone: string): number {
  const asUtc = wallClockAsUtc(w);
  const before = offsetAt(asUtc - DAY, timeZone);
  const after = offsetAt(asUtc + DAY, timeZone);
  const valid = [asUtc - before, asUtc - after].filter((t, i) => offsetAt(t, timeZone) === (i === 0 ? before : after));
  if (valid.length > 0) return Math.min(...valid);
  return asUtc - before;
}

/** `+03:00`, `-05:00`; an offset with seconds (old local mean times) is rounded to the minute. */
export function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** `+03:00` → 10 800 000; null when the text is not an offset. */
export function parseOffset(value: unknown): number | null {
  if (value === 'Z') return 0;
  const m = typeof value === 'string' ? /^([+-])([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `2023-10-07T04:00+03:00`, with seconds and milliseconds only when they are not zero. */
export function formatDateTime(w: WallClock, offset: string): string {
  let time = `${pad(w.hour, 2)}:${pad(w.minute, 2)}`;
  if (w.second !== 0 || w.millisecond !== 0) time += `:${pad(w.second, 2)}`;
  if (w.millisecond !== 0) time += `.${pad(w.millisecond, 3)}`;
  return `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}T${time}${offset}`;
}
