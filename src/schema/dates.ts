import { utcDate } from './utcDate';

/**
 * Dates as editors write them: a year, a month, a day, or a date-time with a UTC offset.
 * A date-time without an offset is refused: it would mean a different instant on every reader's machine.
 */
export const ISO_DATE_PATTERN =
  /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

export type DateForm = 'year' | 'month' | 'day' | 'datetime';

/** The finest form a date string takes, or null when it is not one of the accepted forms. */
export function dateForm(value: string): DateForm | null {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return null;
  if (m[4] !== undefined) return 'datetime';
  if (m[3] !== undefined) return 'day';
  if (m[2] !== undefined) return 'month';
  return 'year';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDate(year, month, 0)).getUTCDate();
}

/** True when the string matches the pattern and names a day that exists (no 31 April, no 29 Feb 2023). */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return false;
  return m[3] === undefined || Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** A pattern-shaped date whose day does not exist; pattern failures are reported by the pattern check. */
export function isImpossibleDay(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && !isRealDate(value);
}
