import { describe, expect, it } from 'vitest';
import { eventExtent } from '../../src/layout/index';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('eventExtent(event, timeZone)', () => {
  it('is a point for an exact minute (precision implied by a date-time)', () => {
    expect(eventExtent({ start: '2023-12-26T04:45:00+03:00' }, 'Asia/Baghdad')).toEqual({
      start: at('2023-12-26T04:45:00+03:00'),
      end: at('2023-12-26T04:45:00+03:00'),
      kind: 'point',
    });
    expect(eventExtent({ start: '2023-12-26T04:45:00+03:00', precision: 'minute' }, 'UTC').kind).toBe('point');
  });

  it("is a range from the start of the start's day to the end of the end's, in the place's zone", () => {
    expect(eventExtent({ start: '2023-10-17', end: '2023-10-18' }, 'Asia/Baghdad')).toEqual({
      start: at('2023-10-17T00:00:00+03:00'),
      end: at('2023-10-19T00:00:00+03:00') - 1,
      kind: 'range',
    });
    const timed = eventExtent({ start: '2023-11-20T23:00:00+03:00', end: '2023-11-21' }, 'Asia/Baghdad');
    expect(timed).toEqual({
      start: at('2023-11-20T23:00:00+03:00'),
      end: at('2023-11-22T00:00:00+03:00') - 1,
      kind: 'range',
    });
  });

  it('never ends a range before it starts', () => {
    const extent = eventExtent({ start: '2023-10-18', end: '2023-10-17' }, 'UTC');
    expect(extent.end).toBeGreaterThanOrEqual(extent.start);
  });

  it('spans the local day for a day-precision date (not UTC midnight to midnight)', () => {
    expect(eventExtent({ start: '2023-10-22' }, 'Asia/Baghdad')).toEqual({
      start: at('2023-10-22T00:00:00+03:00'),
      end: at('2023-10-23T00:00:00+03:00') - 1,
      kind: 'uncertain',
    });
  });

  it('spans the local month and the local year for coarser dates', () => {
    expect(eventExtent({ start: '2023-10' }, 'Asia/Baghdad')).toMatchObject({
      start: at('2023-10-01T00:00:00+03:00'),
      end: at('2023-11-01T00:00:00+03:00') - 1,
    });
    expect(eventExtent({ start: '2024' }, 'UTC')).toMatchObject({
      start: at('2024-01-01T00:00:00Z'),
      end: at('2025-01-01T00:00:00Z') - 1,
    });
    expect(eventExtent({ start: '2023-10-07', precision: 'month' }, 'UTC')).toMatchObject({
      start: at('2023-10-01T00:00:00Z'),
    });
  });

  it('spans the hour of an approximate date-time with hour precision (local hours in Tehran start at :30 UTC)', () => {
    expect(
      eventExtent({ start: '2023-10-26T05:00:00+03:00', precision: 'hour', approximate: true }, 'Asia/Baghdad'),
    ).toEqual({
      start: at('2023-10-26T05:00:00+03:00'),
      end: at('2023-10-26T06:00:00+03:00') - 1,
      kind: 'uncertain',
    });
    const tehran = eventExtent({ start: '2024-01-04T05:10:00+03:30', precision: 'hour' }, 'Asia/Tehran');
    expect(tehran).toMatchObject({ start: at('2024-01-04T05:00:00+03:30'), end: at('2024-01-04T06:00:00+03:30') - 1 });
  });

  it('spans ±30 minutes around an approximate minute', () => {
    const t = at('2023-12-08T04:15:00+03:00');
    expect(eventExtent({ start: '2023-12-08T04:15:00+03:00', approximate: true }, 'Asia/Baghdad')).toEqual({
      start: t - HOUR / 2,
      end: t + HOUR / 2,
      kind: 'uncertain',
    });
  });

  it("puts a date-time with day precision on the place's local day", () => {
    // 22:00 UTC on 25 December is already 26 December in Baghdad.
    expect(eventExtent({ start: '2023-12-25T22:00:00Z', precision: 'day' }, 'Asia/Baghdad')).toMatchObject({
      start: at('2023-12-26T00:00:00+03:00'),
      end: at('2023-12-27T00:00:00+03:00') - 1,
      kind: 'uncertain',
    });
  });

  it('never reads a precision finer than the date gives (a date alone stays a day)', () => {
    expect(eventExtent({ start: '2023-10-07', precision: 'minute' }, 'UTC')).toMatchObject({
      start: at('2023-10-07T00:00:00Z'),
      end: at('2023-10-08T00:00:00Z') - 1,
      kind: 'uncertain',
    });
  });

  it('gives NaN for a date it cannot read instead of throwing', () => {
    expect(eventExtent({ start: 'not a date' }, 'UTC').start).toBeNaN();
  });
});
