import { describe, expect, it } from 'vitest';
import { chooseTicks, toWallClock, type TickSet } from '../../src/layout/index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);
const start = at('2023-10-16T13:37:00Z');

/** True when `time` is a boundary of the unit and step in the zone's own calendar. */
function isLocalBoundary(time: number, unit: TickSet['unit'], step: number, timeZone: string): boolean {
  const wall = new Date(toWallClock(time, timeZone));
  const midnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0 && wall.getUTCSeconds() === 0;
  switch (unit) {
    case 'minute':
      return wall.getUTCSeconds() === 0 && wall.getUTCMinutes() % step === 0;
    case 'hour':
      return wall.getUTCMinutes() === 0 && wall.getUTCHours() % step === 0;
    case 'day':
      return midnight;
    case 'week':
      return midnight && wall.getUTCDay() === 1;
    case 'month':
      return midnight && wall.getUTCDate() === 1 && wall.getUTCMonth() % step === 0;
    case 'year':
      return midnight && wall.getUTCDate() === 1 && wall.getUTCMonth() === 0 && wall.getUTCFullYear() % step === 0;
  }
}

describe('chooseTicks(domain, width, { timeZone, minMinorSpacing, minMajorSpacing })', () => {
  it.each([
    ['30 years', 30 * 365 * DAY, 'year', 5, 'year'],
    ['2 years', 730 * DAY, 'month', 3, 'year'],
    ['4 months', 122 * DAY, 'month', 1, 'year'],
    ['3 weeks', 21 * DAY, 'week', 1, 'month'],
    ['2 days', 2 * DAY, 'hour', 3, 'day'],
    ['6 hours', 6 * HOUR, 'minute', 30, 'day'],
    ['40 minutes', 40 * MINUTE, 'minute', 5, 'day'],
  ] as const)('picks %s at 800 px → every %s %s, under %s ticks', (_name, span, unit, step, majorUnit) => {
    const domain = [start, start + span] as const;
    const ticks = chooseTicks(domain, 800, { timeZone: 'Asia/Baghdad' });
    expect({ unit: ticks.unit, step: ticks.step, majorUnit: ticks.majorUnit }).toEqual({ unit, step, majorUnit });
    expect(ticks.minor.length).toBeGreaterThan(1);
    for (const [i, tick] of ticks.minor.entries()) {
      expect(tick.time).toBeGreaterThanOrEqual(domain[0]);
      expect(tick.time).toBeLessThanOrEqual(domain[1]);
      expect(tick.x).toBeCloseTo(((tick.time - start) / span) * 800, 6);
      expect(isLocalBoundary(tick.time, unit, step, 'Asia/Baghdad')).toBe(true);
      if (i > 0) expect(tick.x - ticks.minor[i - 1]!.x).toBeGreaterThanOrEqual(48);
    }
    for (const [i, tick] of ticks.major.entries()) {
      expect(isLocalBoundary(tick.time, majorUnit, ticks.majorStep ?? 1, 'Asia/Baghdad')).toBe(true);
      if (i > 0) expect(tick.x - ticks.major[i - 1]!.x).toBeGreaterThanOrEqual(120);
    }
  });

  it('puts day ticks on local midnights in Asia/Baghdad (2023-10-17T00:00+03:00, not UTC midnight)', () => {
    const ticks = chooseTicks([at('2023-10-10T00:00:00+03:00'), at('2023-10-24T00:00:00+03:00')], 800, {
      timeZone: 'Asia/Baghdad',
    });
    expect(ticks.unit).toBe('day');
    expect(ticks.minor.map((tick) => tick.time)).toContain(at('2023-10-17T00:00:00+03:00'));
    expect(ticks.minor.map((tick) => tick.time)).not.toContain(at('2023-10-17T00:00:00Z'));
  });

  it('keeps New York midnights right across the November DST change (a 25-hour day)', () => {
    const ticks = chooseTicks([at('2023-11-03T12:00:00-04:00'), at('2023-11-08T12:00:00-05:00')], 400, {
      timeZone: 'America/New_York',
    });
    const times = ticks.minor.map((tick) => tick.time);
    expect(ticks.unit).toBe('day');
    expect(times).toContain(at('2023-11-05T00:00:00-04:00'));
    expect(times).toContain(at('2023-11-06T00:00:00-05:00'));
    const i = times.indexOf(at('2023-11-05T00:00:00-04:00'));
    expect(times[i + 1]! - times[i]!).toBe(25 * HOUR);
  });

  it('skips the hour the March DST change leaves out in New York, with no duplicate tick', () => {
    const ticks = chooseTicks([at('2024-03-09T20:00:00-05:00'), at('2024-03-10T08:00:00-04:00')], 800, {
      timeZone: 'America/New_York',
    });
    const times = ticks.minor.map((tick) => tick.time);
    expect(ticks.unit).toBe('hour');
    expect(new Set(times).size).toBe(times.length);
    // 01:00 EST is followed by 03:00 EDT, one real hour later.
    const i = times.indexOf(at('2024-03-10T01:00:00-05:00'));
    expect(times[i + 1]).toBe(at('2024-03-10T03:00:00-04:00'));
    for (const time of times) expect(isLocalBoundary(time, 'hour', ticks.step, 'America/New_York')).toBe(true);
  });

  it('keeps the major boundary before the view at x = 0, marked clamped, so the month is always named', () => {
    const ticks = chooseTicks([at('2023-10-10T00:00:00+03:00'), at('2023-10-24T00:00:00+03:00')], 800, {
      timeZone: 'Asia/Baghdad',
    });
    expect(ticks.major).toEqual([{ time: at('2023-10-01T00:00:00+03:00'), x: 0, clamped: true }]);
  });

  it('drops the clamped major tick when the next major tick would collide with it', () => {
    // 1 November is 70 px in: an "October 2023" at x = 0 would run into "November 2023".
    const ticks = chooseTicks([at('2023-10-30T00:00:00+03:00'), at('2023-11-22T00:00:00+03:00')], 800, {
      timeZone: 'Asia/Baghdad',
    });
    expect(ticks.major[0]!.clamped).toBeUndefined();
    expect(ticks.major[0]!.time).toBe(at('2023-11-01T00:00:00+03:00'));
  });

  it('goes to a coarser major unit when the natural one would crowd (12-hour ticks under months)', () => {
    // 4.5 px an hour: 12 hours are 54 px (enough), a day under 120 px (too little for a day label).
    const ticks = chooseTicks([start, start + (800 / 4.5) * HOUR], 800, { timeZone: 'UTC' });
    expect({ unit: ticks.unit, step: ticks.step, majorUnit: ticks.majorUnit }).toEqual({
      unit: 'hour',
      step: 12,
      majorUnit: 'month',
    });
  });

  it('uses decades over years and keeps going past the ladder for very long spans', () => {
    expect(chooseTicks([at('1900-01-01'), at('2030-01-01')], 800, { timeZone: 'UTC' })).toMatchObject({
      unit: 'year',
      step: 10,
      majorUnit: 'year',
      majorStep: 100,
    });
    expect(chooseTicks([at('0001-01-01'), at('2030-01-01')], 800, { timeZone: 'UTC' }).step).toBeGreaterThanOrEqual(
      100,
    );
  });

  it('returns no ticks for an empty domain or no width', () => {
    expect(chooseTicks([start, start], 800, { timeZone: 'UTC' }).minor).toEqual([]);
    expect(chooseTicks([start, start + DAY], 0, { timeZone: 'UTC' }).major).toEqual([]);
  });
});
