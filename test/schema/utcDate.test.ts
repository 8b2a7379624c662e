import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDate } from '../../src/schema/utcDate';

/** The general computation (setUTCFullYear), right for every year; utcDate takes Date.UTC for 100–9999. */
function referenceUtcDate(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

describe('utcDate', () => {
  it('reads years 0–99 as written, not as 1900–1999', () => {
    expect(new Date(utcDate(79, 7, 24)).getUTCFullYear()).toBe(79);
    expect(utcDate(99, 12, 1)).toBe(referenceUtcDate(100, 0, 1, 0, 0, 0));
  });

  it('gives the general computation for any year, month, day and time, overflowing ones included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 12000 }),
        fc.integer({ min: -14, max: 26 }),
        fc.integer({ min: -40, max: 70 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 70 }),
        (year, month, day, hour, minute, second) => {
          expect(utcDate(year, month, day, hour, minute, second)).toBe(
            referenceUtcDate(year, month, day, hour, minute, second),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
