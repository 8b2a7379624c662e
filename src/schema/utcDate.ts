/**
 * Date.UTC for any year: Date.UTC reads years 0–99 as 1900–1999, which would put a date written as
 * "0079-08-24" nineteen centuries late. Years 100–9999 take Date.UTC itself (no Date object to build).
 */
export function utcDate(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 100 && year <= 9999) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
