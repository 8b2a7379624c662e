/**
 * Date.UTC for any year: Date.UTC reads years 0–99 as 1900–1999, which would put a date written as
 * "0079-08-24" nineteen centuries late.
 */
export function utcDate(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
