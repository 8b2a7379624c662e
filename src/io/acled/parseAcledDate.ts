import { isRealDate } from '../../schema/index';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export type ParsedAcledDate = { date: string } | { problem: string };

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower === 'sept' ? 'sep' : lower));
  return index === -1 ? null : index + 1;
}

function checked(value: string, year: string, month: number, day: string): ParsedAcledDate {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(iso) ? { date: iso } : { problem: `"${value}" is not a date (no such day)` };
}

/**
 * ACLED writes `event_date` as `2024-01-28` (API and newer exports) or `28 January 2024` (the export tool;
 * also `28-January-2024`, `28 Jan 2024`). All-number forms other than YYYY-MM-DD (`03/04/2024`, often
 * what a spreadsheet makes of a date) are refused: day/month or month/day cannot be told apart.
 */
export function parseAcledDate(raw: string): ParsedAcledDate {
  const value = raw.trim();
  if (value === '') return { problem: 'the date is empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) {
    const month = Number(iso[2]);
    if (month < 1 || month > 12) return { problem: `"${value}" is not a date (no month ${month})` };
    return checked(value, iso[1]!, month, iso[3]!);
  }
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$/.exec(value);
  if (named) {
    const month = monthNumber(named[2]!);
    if (month === null) return { problem: `"${value}" is not a date ("${named[2]}" is not a month)` };
    return checked(value, named[3]!, month, named[1]!);
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value)) {
    return {
      problem: `"${value}" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD or like "28 January 2024"`,
    };
  }
  return { problem: `"${value}" is not a date (use YYYY-MM-DD or the export's "28 January 2024")` };
}
