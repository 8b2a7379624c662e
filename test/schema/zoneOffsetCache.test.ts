import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneOffsetMs } from '../../src/schema/epoch';
import { exactZoneOffsetMs } from '../../src/schema/exactZoneOffset';
import { cachedZoneOffsetMs } from '../../src/schema/zoneOffsetCache';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The computation before the cache, kept as the oracle: formatToParts for every instant. */
function referenceOffsetMs(epochMs: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      ...{ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const date = new Date(0);
  date.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
  date.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0);
  return date.getTime() - Math.floor(epochMs / 1000) * 1000;
}

/** Every minute of three days around a change, and every second of each minute the offset changes in. */
function expectSameAroundChange(timeZone: string, nearChange: string): void {
  const from = Date.parse(nearChange) - 1.5 * DAY;
  for (let t = from; t < from + 3 * DAY; t += MINUTE) {
    const expected = referenceOffsetMs(t, timeZone);
    expect([timeZone, t, zoneOffsetMs(t, timeZone)]).toEqual([timeZone, t, expected]);
    if (referenceOffsetMs(t + MINUTE, timeZone) !== expected) {
      for (let s = t; s <= t + MINUTE; s += 1000) {
        expect([timeZone, s, zoneOffsetMs(s, timeZone)]).toEqual([timeZone, s, referenceOffsetMs(s, timeZone)]);
      }
    }
  }
}

describe('zoneOffsetMs with the day cache', () => {
  it.each([
    ['America/New_York', '2024-03-10T07:00:00Z'], // spring forward
    ['America/New_York', '2024-11-03T06:00:00Z'], // fall back
    ['Europe/London', '2024-03-31T01:00:00Z'],
    ['Europe/London', '2024-10-27T01:00:00Z'],
    ['Asia/Tehran', '2022-03-21T20:30:00Z'], // its last spring change: +03:30 → +04:30
    ['Asia/Tehran', '2022-09-21T19:30:00Z'],
    ['Australia/Lord_Howe', '2024-04-06T15:00:00Z'], // 30-minute daylight saving
    ['Australia/Lord_Howe', '2024-10-05T15:30:00Z'],
    ['Asia/Kathmandu', '1985-12-31T18:30:00Z'], // +05:30 → +05:45
    ['Pacific/Apia', '2011-12-30T10:00:00Z'], // skipped 30 December 2011: −10 → +14
    ['Africa/Monrovia', '1972-01-07T00:44:30Z'], // −00:44:30 → UTC: an offset with seconds
  ])('matches the uncached offset every minute around a change in %s (%s)', (timeZone, nearChange) => {
    expectSameAroundChange(timeZone, nearChange);
  });

  it('matches the uncached offset for random instants 1900–2100 in random zones', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const from = Date.parse('1900-01-01T00:00:00Z');
    const to = Date.parse('2100-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to }), (timeZone, t) => {
        expect(cachedZoneOffsetMs(t, timeZone)).toBe(referenceOffsetMs(t, timeZone));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches it near midnights and within the hours zones change their clocks', () => {
    const zones = ['America/New_York', 'Asia/Tehran', 'Australia/Lord_Howe', 'Europe/London', 'Pacific/Apia'];
    const days = Math.floor(Date.parse('2100-01-01T00:00:00Z') / DAY);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: -25_000, max: days }),
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
        (timeZone, day, shift) => {
          const t = day * DAY + shift;
          expect(cachedZoneOffsetMs(t, timeZone)).toBe(referenceOffsetMs(t, timeZone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the mean-time offsets with seconds of the years before standard time', () => {
    // Dublin Mean Time was −00:25:21; Baghdad's mean time +02:57:40.
    for (const [zone, iso] of [
      ['Europe/Dublin', '1910-01-01T12:00:00Z'],
      ['Asia/Baghdad', '1880-01-01T12:00:00Z'],
    ] as const) {
      const offset = zoneOffsetMs(Date.parse(iso), zone);
      expect(offset % MINUTE).not.toBe(0);
      expect(offset).toBe(referenceOffsetMs(Date.parse(iso), zone));
    }
  });

  it('gives what the uncached computation gives for odd instants: fractions of a ms, far years', () => {
    for (const t of [-1000.5, -0.25, 1.75, -62_198_755_200_000, 8.64e15 - 3 * DAY, 8.64e15 - DAY, -8.64e15 + 1]) {
      expect(zoneOffsetMs(t, 'Asia/Tehran')).toBe(referenceOffsetMs(t, 'Asia/Tehran'));
    }
  });

  it('stays right after the cache fills up and starts again (instants 1,024 days apart, 288 to 13,750 CE)', () => {
    for (let block = -600; block <= 3600; block += 1) {
      const t = block * 1024 * DAY + 5 * HOUR;
      expect(cachedZoneOffsetMs(t, 'Europe/London')).toBe(referenceOffsetMs(t, 'Europe/London'));
    }
    const summer = Date.parse('2024-07-01T12:00:00Z');
    expect(cachedZoneOffsetMs(summer, 'Europe/London')).toBe(HOUR);
  });

  it('throws a RangeError, as Intl does, for an unknown zone or an instant outside the range of Date', () => {
    expect(() => zoneOffsetMs(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zoneOffsetMs(Number.NaN, 'UTC')).toThrow(RangeError);
    expect(() => zoneOffsetMs(8.64e15 + 1, 'UTC')).toThrow(RangeError);
  });
});

describe('exactZoneOffsetMs', () => {
  it('reads years before 1000 and before the common era as formatToParts does', () => {
    for (const iso of ['0079-08-24T12:00:00Z', '0999-12-31T23:00:00Z']) {
      expect(exactZoneOffsetMs(Date.parse(iso), 'Europe/Rome')).toBe(referenceOffsetMs(Date.parse(iso), 'Europe/Rome'));
    }
    const beforeCommonEra = Date.UTC(-5, 0, 1);
    expect(exactZoneOffsetMs(beforeCommonEra, 'Asia/Tehran')).toBe(referenceOffsetMs(beforeCommonEra, 'Asia/Tehran'));
  });

  it('falls back to formatToParts when format gives another shape (another ICU, another separator)', () => {
    const at = Date.parse('2024-07-01T12:34:56Z');
    // `format` is a getter that hands out a bound function: replace the getter for this test only.
    const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    let calls = 0;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      configurable: true,
      get: () => () => (calls++, '7/1/2024\u202f12:34:56'),
    });
    try {
      expect(exactZoneOffsetMs(at, 'Asia/Kathmandu')).toBe(referenceOffsetMs(at, 'Asia/Kathmandu'));
      expect(calls).toBeGreaterThan(0);
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', original);
    }
  });
});
