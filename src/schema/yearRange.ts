import { ISO_DATE_PATTERN } from './dates';

/**
 * The years a date may name. Four-digit years are what ISO 8601 writes without an agreement on expanded
 * years, and every part of the pipeline (zone offsets, ticks, Intl formatting) is checked from 1000 to 9999
 * (docs/edge-cases.md). Earlier years would need the proleptic calendar and eras explained to readers.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** True for a date in an accepted form whose year is before MIN_YEAR (the pattern allows no year after 9999). */
export function yearOutOfRange(value: string): boolean {
  const m = ISO_DATE_PATTERN.exec(value);
  return m !== null && Number(m[1]) < MIN_YEAR;
}
