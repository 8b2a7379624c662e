import { describe, expect, it } from 'vitest';
import { datePeriod, zoneOffsetMs } from '../../src/schema/epoch';

const HOUR = 3_600_000;

describe('datePeriod(value, timeZone)', () => {
  it('reads a date-time with offset as one instant, whatever the zone', () => {
    const instant = Date.parse('2023-12-26T01:45:00Z');
    expect(datePeriod('2023-12-26T04:45:00+03:00', 'America/New_York')).toEqual({ start: instant, end: instant });
  });

  it('reads a day as the calendar day of the place', () => {
    const period = datePeriod('2023-10-07', 'Asia/Jerusalem')!;
    expect(period.start).toBe(Date.parse('2023-10-06T21:00:00Z'));
    expect(period.end).toBe(Date.parse('2023-10-07T21:00:00Z') - 1);
  });

  it('reads a month and a year as whole periods', () => {
    expect(datePeriod('2024-02', 'UTC')).toEqual({
      start: Date.parse('2024-02-01T00:00:00Z'),
      end: Date.parse('2024-03-01T00:00:00Z') - 1,
    });
    expect(datePeriod('2023', 'UTC')!.end).toBe(Date.parse('2024-01-01T00:00:00Z') - 1);
  });

  it('returns null for a string that is not a date', () => {
    expect(datePeriod('26 Oct 2023')).toBeNull();
  });
});

describe('zoneOffsetMs(epochMs, timeZone)', () => {
  it('gives Tehran +03:30 in July 2024 (Iran dropped daylight saving in 2022)', () => {
    expect(zoneOffsetMs(Date.parse('2024-07-01T12:00:00Z'), 'Asia/Tehran')).toBe(3.5 * HOUR);
  });

  it('follows daylight saving in New York', () => {
    expect(zoneOffsetMs(Date.parse('2024-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.parse('2024-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
  });
});

describe('datePeriod for early years', () => {
  it('reads year 79 as 79 CE, not 1979', () => {
    const period = datePeriod('0079-08-24', 'UTC')!;
    expect(new Date(period.start).getUTCFullYear()).toBe(79);
    expect(period.end - period.start).toBe(24 * 3_600_000 - 1);
  });
});
