import * as z from 'zod';
import { ISO_DATE_PATTERN, daysInMonth, isImpossibleDay } from './dates';
import { MAX_YEAR, MIN_YEAR, yearOutOfRange } from './yearRange';

const RANGE = `the supported range (years ${MIN_YEAR} to ${MAX_YEAR})`;

function describeDateProblem(value: string): string {
  const m = ISO_DATE_PATTERN.exec(value);
  if (m && Number(m[1]) < MIN_YEAR) return `"${value}" is before ${RANGE}`;
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
  // Years of five digits or with a sign (ISO 8601's expanded form) are outside the range, not malformed.
  const expanded = /^([+-]?)(\d{4,})(?:-\d\d(?:-\d\d(?:T.*)?)?)?$/.exec(value);
  if (expanded && (expanded[1] === '-' || Number(expanded[2]) > MAX_YEAR)) {
    return `"${value}" is ${expanded[1] === '-' ? 'before' : 'after'} ${RANGE}`;
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
  .refine((value) => !isImpossibleDay(value) && !yearOutOfRange(value), {
    error: (issue) => describeDateProblem(String(issue.input)),
  })
  .meta({
    description: `YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 date-time with a UTC offset (2023-10-26T05:00+03:00); years ${MIN_YEAR} to ${MAX_YEAR}`,
  });
