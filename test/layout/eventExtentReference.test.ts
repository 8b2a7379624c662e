import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventExtent, type ExtentEvent } from '../../src/layout/eventExtent';
import { toWallClock } from '../../src/layout/toWallClock';
import type { EventExtent } from '../../src/layout/types';
import { dateForm } from '../../src/schema/dates';
import { datePeriod } from '../../src/schema/epoch';
import { PRECISIONS, type Precision } from '../../src/schema/event';

const ORDER: readonly string[] = PRECISIONS;
const DATE_LENGTH: Partial<Record<Precision, number>> = { year: 4, month: 7, day: 10 };
const FINEST = { year: 'year', month: 'month', day: 'day', datetime: 'minute' } as const;

/**
 * eventExtent as it was written before it read each date once (every date string parsed again at each
 * step, periods found by slicing the string): the oracle for the faster one.
 */
function referenceExtent(event: ExtentEvent, timeZone: string): EventExtent {
  const precisionOf = (value: string) => {
    const form = dateForm(value);
    if (!form) return null;
    const wanted = event.precision;
    return wanted && ORDER.indexOf(wanted) < ORDER.indexOf(FINEST[form]) ? wanted : FINEST[form];
  };
  const periodAt = (value: string) => {
    const precision = precisionOf(value);
    if (!precision) return null;
    if (dateForm(value) !== 'datetime') return datePeriod(value.slice(0, DATE_LENGTH[precision]), timeZone);
    const instant = Date.parse(value);
    if (Number.isNaN(instant)) return null;
    if (precision === 'minute') {
      return event.approximate === true
        ? { start: instant - 1_800_000, end: instant + 1_800_000 }
        : { start: instant, end: instant };
    }
    const wall = toWallClock(instant, timeZone);
    if (precision === 'hour') {
      const start = instant - (((wall % 3_600_000) + 3_600_000) % 3_600_000);
      return { start, end: start + 3_600_000 - 1 };
    }
    return datePeriod(new Date(wall).toISOString().slice(0, DATE_LENGTH[precision]), timeZone);
  };
  const start = periodAt(event.start);
  if (!start) return { start: Number.NaN, end: Number.NaN, kind: 'point' };
  if (event.end !== undefined) {
    return { start: start.start, end: Math.max(start.start, periodAt(event.end)?.end ?? start.end), kind: 'range' };
  }
  if (precisionOf(event.start) === 'minute' && event.approximate !== true) {
    return { start: start.start, end: start.start, kind: 'point' };
  }
  return { start: start.start, end: start.end, kind: 'uncertain' };
}

const two = (n: number) => String(n).padStart(2, '0');
const dateString = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
  fc
    .tuple(
      fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom('Z', '+03:00', '-04:30', '+05:45', '+14:00', '.250Z', ':07+01:00'),
    )
    .map(([date, tail]) => {
      const minute = date.toISOString().slice(0, 16);
      return tail.startsWith('.') ? `${minute}:00${tail}` : tail.startsWith(':') ? `${minute}${tail}` : minute + tail;
    }),
  fc.constantFrom('2023-13', '2023-10-07T24:00Z', '2023-10-07T05:00', '07/10/2023', ''),
);

describe('eventExtent against the implementation it replaced', () => {
  it('gives the same extent for any date, end, precision, approximation and zone', () => {
    const zones = ['UTC', 'Asia/Baghdad', 'Asia/Tehran', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia'];
    fc.assert(
      fc.property(
        fc.record(
          {
            start: dateString,
            end: dateString,
            precision: fc.constantFrom(...PRECISIONS),
            approximate: fc.boolean(),
          },
          { requiredKeys: ['start'] },
        ),
        fc.constantFrom(...zones),
        (event, timeZone) => {
          expect(eventExtent(event, timeZone)).toEqual(referenceExtent(event, timeZone));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
