import { ISO_DATE_PATTERN, type DateForm } from './dates';

/** A date string in one of the accepted forms, read into numbers. */
export interface IsoDateFields {
  form: DateForm;
  year: number;
  /** 1–12; NaN for a year. */
  month: number;
  /** 1–31; NaN for a year or a month. */
  day: number;
  /** A date-time's instant, epoch ms, as Date.parse reads it (NaN when it cannot); NaN for the other forms. */
  instant: number;
}

const DASH = 45;
const COLON = 58;
const PLUS = 43;
const T = 84;
const Z = 90;

/** The number written by `count` digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** A two-digit field from 0 (or `min`) to `max` at `at`, or -1. */
function fieldAt(value: string, at: number, max: number, min = 0): number {
  const n = digitsAt(value, at, 2);
  return n >= min && n <= max ? n : -1;
}

/**
 * The shapes editors write (2023, 2023-10, 2023-10-07, 2023-10-07T05:00+03:00, …:00Z), read by character
 * code: no match array, no substrings, no Date.parse. Null for anything else, which the pattern then reads.
 */
function readCommonShape(value: string): IsoDateFields | null {
  const length = value.length;
  const year = digitsAt(value, 0, 4);
  if (year < 0) return null;
  if (length === 4) return { form: 'year', year, month: Number.NaN, day: Number.NaN, instant: Number.NaN };
  const month = value.charCodeAt(4) === DASH ? fieldAt(value, 5, 12, 1) : -1;
  if (month < 0) return null;
  if (length === 7) return { form: 'month', year, month, day: Number.NaN, instant: Number.NaN };
  const day = value.charCodeAt(7) === DASH ? fieldAt(value, 8, 31, 1) : -1;
  if (day < 0) return null;
  if (length === 10) return { form: 'day', year, month, day, instant: Number.NaN };
  // Date.UTC reads years 0–99 as 1900s, so those are left to Date.parse.
  if (value.charCodeAt(10) !== T || value.charCodeAt(13) !== COLON || year < 100) return null;
  const hour = fieldAt(value, 11, 23);
  const minute = fieldAt(value, 14, 59);
  let at = 16;
  let second = 0;
  if (value.charCodeAt(at) === COLON) {
    second = fieldAt(value, 17, 59);
    at = 19; // A fraction of a second is left to Date.parse, which has its own rounding.
  }
  if (hour < 0 || minute < 0 || second < 0) return null;
  let offsetMinutes = 0;
  if (value.charCodeAt(at) !== Z || length !== at + 1) {
    const sign = value.charCodeAt(at);
    if ((sign !== PLUS && sign !== DASH) || length !== at + 6 || value.charCodeAt(at + 3) !== COLON) return null;
    const offsetHours = fieldAt(value, at + 1, 23);
    const offsetMinute = fieldAt(value, at + 4, 59);
    if (offsetHours < 0 || offsetMinute < 0) return null;
    offsetMinutes = (sign === PLUS ? 1 : -1) * (offsetHours * 60 + offsetMinute);
  }
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { form: 'datetime', year, month, day, instant };
}

/**
 * A date string's fields, or null when it is not one of the accepted forms (ISO_DATE_PATTERN). Reads
 * every event's dates once per dataset, so the common shapes skip the regex; the others go through it.
 */
export function readIsoDate(value: string): IsoDateFields | null {
  const common = typeof value === 'string' ? readCommonShape(value) : null;
  if (common) return common;
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? Number.NaN : Number(m[2]);
  const day = m[3] === undefined ? Number.NaN : Number(m[3]);
  if (m[4] !== undefined) return { form: 'datetime', year, month, day, instant: Date.parse(value) };
  return {
    form: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year',
    year,
    month,
    day,
    instant: Number.NaN,
  };
}
