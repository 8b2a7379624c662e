import type { Precision } from '../schema/index';
import { dateForm, type DateForm } from '../schema/dates';
import { datePeriod } from '../schema/epoch';
import { dateTimeFormat, resolveTimeZone } from './intl';
import { interpolate } from './interpolate';
import { formatZoneName } from './formatZoneName';
import { en, type Messages } from './messages';

export interface FormatDateOptions {
  /** BCP 47 locale, always explicit (e.g. "en-GB"). */
  locale: string;
  /** IANA zone that date-times are shown in: the place's. Date-only values ignore it (a day is a day). */
  timeZone: string;
  messages?: Messages;
  /** Name the zone after a time of day (default true). */
  showZone?: boolean;
}

export interface EventDateLike {
  start: string;
  end?: string | undefined;
  precision?: Precision | undefined;
  approximate?: boolean | undefined;
}

const ORDER: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];
const FINEST: Record<DateForm, Precision> = { year: 'year', month: 'month', day: 'day', datetime: 'minute' };

interface ParsedDate {
  /** Epoch ms: the instant, or for a calendar date midnight UTC of that day (shown in UTC, so never shifted). */
  ms: number;
  zone: string;
  finest: Precision;
}

function parse(value: unknown, timeZone: string): ParsedDate | null {
  if (typeof value !== 'string') return null;
  const form = dateForm(value);
  const period = form ? datePeriod(value, 'UTC') : null;
  if (!form || !period || !Number.isFinite(period.start)) return null;
  return { ms: period.start, zone: form === 'datetime' ? timeZone : 'UTC', finest: FINEST[form] };
}

function clampPrecision(wanted: Precision | undefined, finest: Precision): Precision {
  if (!wanted || !ORDER.includes(wanted)) return finest;
  return ORDER.indexOf(wanted) < ORDER.indexOf(finest) ? wanted : finest;
}

const hasTime = (precision: Precision) => precision === 'hour' || precision === 'minute';

function dateOptions(precision: Precision, zone: string): Intl.DateTimeFormatOptions {
  if (precision === 'year') return { timeZone: zone, year: 'numeric' };
  if (precision === 'month') return { timeZone: zone, year: 'numeric', month: 'long' };
  // dateStyle rather than day/month/year: the same words in most locales, but the Hebrew calendar's own
  // numerals ("ו׳ בניסן תשפ״ד") where components would give "6 בניסן 5784".
  return { timeZone: zone, dateStyle: 'long' };
}

const timeOptions = (zone: string): Intl.DateTimeFormatOptions => ({
  timeZone: zone,
  hour: '2-digit',
  minute: '2-digit',
});

function formatOne(date: ParsedDate, precision: Precision, locale: string, messages: Messages): string {
  const day = dateTimeFormat(locale, dateOptions(precision, date.zone)).format(date.ms);
  if (!hasTime(precision)) return day;
  const time = dateTimeFormat(locale, timeOptions(date.zone)).format(date.ms);
  return interpolate(messages.dateTime, { date: day, time });
}

/** "20 – 22 November 2023"; "20 November 2023, 23:00–23:30"; across days each end in full. */
function formatSameZoneRange(
  start: ParsedDate,
  end: ParsedDate,
  precision: Precision,
  locale: string,
  messages: Messages,
) {
  const endMs = Math.max(start.ms, end.ms);
  const days = dateTimeFormat(locale, dateOptions(precision, start.zone));
  if (!hasTime(precision)) return days.formatRange(start.ms, endMs);
  const day = days.format(start.ms);
  if (day === days.format(endMs)) {
    const time = dateTimeFormat(locale, timeOptions(start.zone)).formatRange(start.ms, endMs);
    return interpolate(messages.dateTime, { date: day, time });
  }
  return interpolate(messages.dateRange, {
    start: formatOne(start, precision, locale, messages),
    end: formatOne({ ...end, ms: endMs }, precision, locale, messages),
  });
}

function withZone(text: string, date: ParsedDate, options: FormatDateOptions, messages: Messages): string {
  const zone = formatZoneName(date.zone, date.ms, { locale: options.locale, messages });
  return interpolate(messages.dateTimeWithZone, { dateTime: text, zone });
}

function approximate(text: string, precision: Precision, messages: Messages): string {
  return interpolate(precision === 'year' ? messages.approximateYear : messages.approximate, { date: text });
}

/**
 * One date string in words, at the precision asked for (never finer than the string gives):
 * "2023", "October 2023", "7 October 2023", "26 December 2023, 04:45 Baghdad time (GMT+3)".
 * Returns the input unchanged when it is not a date, so a bad value is shown, never thrown.
 */
export function formatDateValue(value: string, options: FormatDateOptions & { precision?: Precision }): string {
  const messages = options.messages ?? en;
  const date = parse(value, resolveTimeZone(options.timeZone));
  if (!date) return typeof value === 'string' ? value : '';
  const precision = clampPrecision(options.precision, date.finest);
  const text = formatOne(date, precision, options.locale, messages);
  return hasTime(precision) && options.showZone !== false ? withZone(text, date, options, messages) : text;
}

/**
 * When an event happened, in words: its start (or its start–end range through `formatRange`),
 * at its precision, "about …" when approximate, date-times in `options.timeZone` with the zone named.
 * A date alone ("2023-10-07") is that calendar day whatever the zone.
 */
export function formatEventDate(event: EventDateLike, options: FormatDateOptions): string {
  const messages = options.messages ?? en;
  const zone = resolveTimeZone(options.timeZone);
  const start = parse(event?.start, zone);
  if (!start) return typeof event?.start === 'string' ? event.start : '';
  const end = event.end === undefined ? null : parse(event.end, zone);
  let precision = clampPrecision(event.precision, start.finest);
  const zoned = (text: string, date: ParsedDate, p: Precision) =>
    hasTime(p) && options.showZone !== false ? withZone(text, date, options, messages) : text;
  let text: string;
  if (!end) {
    text = zoned(formatOne(start, precision, options.locale, messages), start, precision);
  } else if (start.zone === end.zone) {
    precision = clampPrecision(precision, end.finest);
    text = zoned(formatSameZoneRange(start, end, precision, options.locale, messages), start, precision);
  } else {
    // A date-time start with a date-only end (or the reverse): each in its own form, the zone after the time.
    text = interpolate(messages.dateRange, {
      start: zoned(formatOne(start, precision, options.locale, messages), start, precision),
      end: zoned(formatOne(end, end.finest, options.locale, messages), end, end.finest),
    });
  }
  return event.approximate === true ? approximate(text, precision, messages) : text;
}
