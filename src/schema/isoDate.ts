import { z } from 'zod';

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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the string matches the pattern and names a day that exists (no 31 April, no 29 Feb 2023). */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return false;
  return m[3] === undefined || Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** A pattern-shaped date whose day does not exist; pattern failures are reported by the pattern check. */
function isImpossibleDay(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && !isRealDate(value);
}

function describeDateProblem(value: string): string {
  const m = ISO_DATE_PATTERN.exec(value);
  if (m) {
    const month = new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `"${value}" is not a date (${month} ${m[1]} has ${daysInMonth(Number(m[1]), Number(m[2]))} days)`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) {
    return `"${value}" has no UTC offset (add one, e.g. ${value}+03:00 or ${value}Z)`;
  }
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) {
    return `"${value}" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD`;
  }
  return `"${value}" is not a date (use YYYY-MM-DD or an ISO 8601 date-time with offset)`;
}

/** A date string in one of the accepted forms that names a real day. */
export const isoDate = z
  .string({ error: 'a date is required (use YYYY-MM-DD or an ISO 8601 date-time with offset)' })
  .regex(ISO_DATE_PATTERN, { error: (issue) => describeDateProblem(String(issue.input)) })
  .refine((value) => !isImpossibleDay(value), {
    error: (issue) => describeDateProblem(String(issue.input)),
  })
  .meta({
    description: 'YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 date-time with a UTC offset (2023-10-26T05:00+03:00)',
  });
