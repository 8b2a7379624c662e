import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_DATE_PATTERN } from '../../src/schema/dates';
import { readIsoDate } from '../../src/schema/readIsoDate';

/** What the pattern and Date.parse make of a string: the oracle for the character-code reader. */
function referenceRead(value: string) {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return null;
  const form = m[4] !== undefined ? 'datetime' : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return {
    form,
    year: Number(m[1]),
    month: m[2] === undefined ? Number.NaN : Number(m[2]),
    day: m[3] === undefined ? Number.NaN : Number(m[3]),
    instant: form === 'datetime' ? Date.parse(value) : Number.NaN,
  };
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
/** Near-valid date strings: every field a little beyond its range now and then, every form, every tail. */
const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(13),
    two(32),
    two(25),
    two(61),
    fc.option(two(61)),
    fc.option(fc.constantFrom('.5', '.123', '.123456789', '.1234567890', '.')),
    fc.constantFrom('Z', '+03:00', '-04:30', '+05:45', '+24:00', '-00:60', 'z', '+0300', '', '+03:00Z'),
    fc.integer({ min: 0, max: 30 }),
  )
  .map(([y, mo, d, h, mi, s, fraction, offset, cut]) => {
    const full = `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${fraction ?? ''}`}${offset}`;
    return cut > 25 ? full : full.slice(0, cut);
  });

describe('readIsoDate', () => {
  it('reads what ISO_DATE_PATTERN and Date.parse read, and refuses what they refuse', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (value) => {
        expect(readIsoDate(value)).toEqual(referenceRead(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a date-time with an offset as its instant, normalising a 31 April as Date.parse does', () => {
    expect(readIsoDate('2023-10-07T05:00+03:00')).toEqual({
      form: 'datetime',
      year: 2023,
      month: 10,
      day: 7,
      instant: Date.parse('2023-10-07T02:00:00Z'),
    });
    expect(readIsoDate('2023-04-31T00:00:00Z')!.instant).toBe(Date.parse('2023-05-01T00:00:00Z'));
  });

  it('reads years 0–99 as written', () => {
    expect(readIsoDate('0079-08-24T12:00Z')!.instant).toBe(Date.parse('0079-08-24T12:00:00Z'));
    expect(new Date(readIsoDate('0079-08-24T12:00Z')!.instant).getUTCFullYear()).toBe(79);
  });
});
