import { ISO_DATE_PATTERN, isRealDate } from '../../schema/dates';
import { zoneOffsetMs } from '../../schema/epoch';
import { isTimeZone } from '../../schema/timeZones';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))$/;
const DAY_MONTH_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

export interface DateCell {
  /** The date to store: as written when it is already ISO, or a local time turned into one with an offset. */
  value?: string;
  /** What is wrong, for an issue; `value` is then the text as written, so the event is left out. */
  problem?: string;
}

function offsetText(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetMs < 0 ? '-' : '+'}${hh}:${mm}`;
}

function localToIso(m: RegExpExecArray, written: string, timeZone: string): DateCell {
  const [, y, mo, d, h, mi, s] = m;
  const hour = Number(h);
  if (hour > 23 || !isRealDate(`${y}-${mo}-${d}`)) {
    return { value: written, problem: `"${written}" is not a real date and time (write YYYY-MM-DD HH:MM)` };
  }
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s ?? 0));
  // The earlier instant when clocks go back; a wall time that clocks skip does not exist.
  const guess = wall - zoneOffsetMs(wall, timeZone);
  const instant = wall - zoneOffsetMs(guess, timeZone);
  const offset = zoneOffsetMs(instant, timeZone);
  if (instant + offset !== wall) {
    return {
      value: written,
      problem: `"${written}" does not exist in ${timeZone} (the clocks skip it): check the time`,
    };
  }
  const time = `${String(hour).padStart(2, '0')}:${mi}${s === undefined ? '' : `:${s}`}`;
  return { value: `${y}-${mo}-${d}T${time}${offsetText(offset)}` };
}

/**
 * Reads a date cell. ISO forms (`2024`, `2024-01`, `2024-01-28`, `2024-01-28T05:30+03:00`) are kept as written;
 * `2024-01-28 05:30` (or with `T`, or with seconds) is a wall-clock time in `timeZone` and gets that zone's offset.
 * `03/04/2024` is ambiguous and never guessed. Other text is returned as written for the schema to describe.
 */
export function parseDateCell(cell: string | undefined, timeZone: string | undefined): DateCell {
  const written = cell?.trim() ?? '';
  if (written === '') return {};
  if (ISO_DATE_PATTERN.test(written)) return { value: written };
  const spaced = SPACED_OFFSET.exec(written);
  if (spaced) return { value: `${spaced[1]}T${spaced[2]}` };
  const local = LOCAL_DATE_TIME.exec(written);
  if (local) {
    if (timeZone === undefined || !isTimeZone(timeZone)) {
      return {
        value: written,
        problem: `"${written}" is a local time, but "${timeZone ?? ''}" is not a time zone: fix time_zone or add the UTC offset (${written}+03:00)`,
      };
    }
    return localToIso(local, written, timeZone);
  }
  if (DAY_MONTH_YEAR.test(written)) {
    return { value: written, problem: `"${written}" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD` };
  }
  return { value: written };
}
