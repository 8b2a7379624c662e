import { dateTimeFormat, resolveTimeZone } from './intl';

/**
 * Two instants as one span of days, joined the language's way by `formatRange` ("17 October – 21 November
 * 2023", "17 أكتوبر – 21 نوفمبر 2023"); one day when both fall on it. `locale` is the full tag (calendar and
 * digits included), `timeZone` the zone whose days are meant. Never throws on a bad zone.
 */
export function formatDayRange(start: number, end: number, options: { locale: string; timeZone: string }): string {
  const format = dateTimeFormat(options.locale, {
    timeZone: resolveTimeZone(options.timeZone),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
  return end > start ? format.formatRange(start, end) : format.format(start);
}
