/** Units a quiet gap is told in; the names are Intl's (`Intl.NumberFormat` `style: 'unit'`). */
export type GapUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A gap in words-to-be: "17 days", "3 weeks", "2 months" (src/i18n does the words). */
export interface GapDuration {
  unit: GapUnit;
  /** A whole number, at least 1. */
  count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** Average Gregorian month and year: a gap is told roughly, never as a calendar difference. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * The unit a reader would use for a gap, rounded to a whole count: minutes under 2 hours, hours under
 * 2 days, days up to 20 ("17 days" reads more exactly than "2 weeks"), weeks up to 8, months up to 23,
 * then years. Never 0: a gap worth a break is at least "1 minute".
 */
export function gapDuration(ms: number): GapDuration {
  const duration = Math.max(0, ms);
  const steps: [GapUnit, number, number][] = [
    // unit, its length, the largest count still told in it
    ['minute', MINUTE, 119],
    ['hour', HOUR, 47],
    ['day', DAY, 20],
    ['week', WEEK, 8],
    ['month', MONTH, 23],
  ];
  for (const [unit, length, largest] of steps) {
    const count = Math.round(duration / length);
    if (count <= largest) return { unit, count: Math.max(1, count) };
  }
  return { unit: 'year', count: Math.max(1, Math.round(duration / YEAR)) };
}
