import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILTER_STATUSES,
  filtersFromHash,
  filtersToHash,
  normalizeFilters,
  readEventHash,
  writeEventHash,
  type Filters,
  type Significance,
} from '../../src/state/index';

describe('filtersToHash(hash, filters)', () => {
  it('writes short keys, values joined by commas, percent-encoded', () => {
    expect(
      filtersToHash('', {
        categories: ['attack', 'strike'],
        actors: ['iri'],
        countries: ['Iraq', 'Saudi Arabia'],
        statuses: ['claimed', 'denied'],
        minSignificance: 3,
      }),
    ).toBe('#cat=attack,strike&actor=iri&country=Iraq,Saudi%20Arabia&status=claimed,denied&sig=3');
    expect(filtersToHash('', { countries: ['a,b', 'c&d=e#'] })).toBe('#country=a%2Cb,c%26d%3De%23');
  });

  it('keeps other params (event=) and replaces its own keys in place, removing those no longer needed', () => {
    expect(filtersToHash('#event=tower-22', { categories: ['attack'] })).toBe('#event=tower-22&cat=attack');
    expect(filtersToHash('#cat=strike&event=x&sig=4', { categories: ['attack'] })).toBe('#cat=attack&event=x');
    expect(filtersToHash('#cat=strike&event=x', {})).toBe('#event=x');
    expect(filtersToHash('#cat=strike', {})).toBe('');
    expect(filtersToHash('#intro&cat=a&cat=b', { categories: ['c'] })).toBe('#intro&cat=c');
  });

  it('writes nothing for a value that cannot be encoded, rather than throw', () => {
    expect(filtersToHash('#event=x', { actors: ['\ud800'] })).toBe('#event=x');
  });

  it('works with writeEventHash on the same hash', () => {
    const both = writeEventHash(filtersToHash('#event=a', { categories: ['attack'] }), 'b');
    expect(both).toBe('#event=b&cat=attack');
    expect(readEventHash(both)).toBe('b');
    expect(filtersFromHash(both)).toEqual({ categories: ['attack'] });
  });
});

describe('filtersFromHash(hash)', () => {
  it('reads what filtersToHash writes, with or without "#"', () => {
    expect(filtersFromHash('#event=x&cat=attack,strike&actor=iri&country=Iraq&status=claimed,denied&sig=3')).toEqual({
      categories: ['attack', 'strike'],
      actors: ['iri'],
      countries: ['Iraq'],
      statuses: ['claimed', 'denied'],
      minSignificance: 3,
    });
    expect(filtersFromHash('country=a%2Cb,c')).toEqual({ countries: ['a,b', 'c'] });
  });

  it('ignores invalid values: bad encoding, blanks, unknown statuses, a threshold that is not 2–5', () => {
    expect(filtersFromHash('#cat=%E0%A4%A,attack,,&status=claimed,maybe&sig=9')).toEqual({
      categories: ['attack'],
      statuses: ['claimed'],
    });
    expect(filtersFromHash('#sig=3.5')).toEqual({});
    expect(filtersFromHash('#sig=1')).toEqual({});
    expect(filtersFromHash('#sig=02')).toEqual({});
    expect(filtersFromHash('#cats=attack&category=strike')).toEqual({});
  });

  it('never throws on hostile hashes, and stays bounded', () => {
    const hostile = [
      '',
      '#',
      '#&&&=&=',
      '#%',
      '#%zz=1',
      '#cat',
      '#cat=',
      '#cat=%',
      '#__proto__=x&constructor=y&cat=__proto__',
      '#cat=' + ','.repeat(100_000),
      '#actor=' + 'a'.repeat(1_000),
      '#status=' + Array(10_000).fill('claimed').join(','),
      '#sig=%31',
      '#\ud800=\udfff',
      `#country=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    ];
    for (const hash of hostile) expect(() => filtersFromHash(hash)).not.toThrow();
    expect(filtersFromHash('#actor=' + 'a'.repeat(1_000))).toEqual({});
    expect(filtersFromHash('#cat=' + Array.from({ length: 500 }, (_, i) => `c${i}`).join(',')).categories).toHaveLength(
      100,
    );
    expect(filtersFromHash('#sig=%31')).toEqual({});
    expect(filtersFromHash(42 as unknown as string)).toEqual({});
    expect(Object.getPrototypeOf(filtersFromHash('#__proto__=x'))).toBe(Object.prototype);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (hash) => {
        expect(() => filtersFromHash(hash)).not.toThrow();
        expect(() => filtersToHash(hash, { categories: ['x'] })).not.toThrow();
      }),
    );
  });

  it('round-trips any filters and keeps other params (property)', () => {
    const value = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
      fc.constantFrom('a,b', 'x&y=z', '%41', '#', ' spaced ', 'Iraq; Syria', 'a:b'),
    );
    const filters = fc.record(
      {
        categories: fc.array(value, { maxLength: 5 }),
        actors: fc.array(value, { maxLength: 5 }),
        countries: fc.array(value, { maxLength: 5 }),
        statuses: fc.subarray([...FILTER_STATUSES]),
        minSignificance: fc.constantFrom<Significance>(1, 2, 3, 4, 5),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, fc.constantFrom('', '#event=a:b', '#lang=ar&cat=old&event=x&sig=2', '#intro'), (f, hash) => {
        const written = filtersToHash(hash, f as Filters);
        expect(filtersFromHash(written)).toEqual(normalizeFilters(f as Filters));
        expect(readEventHash(written)).toBe(readEventHash(hash));
        expect(filtersToHash(written, {})).toBe(filtersToHash(hash, {}));
        expect(filtersToHash(written, f as Filters)).toBe(written);
      }),
    );
  });
});
