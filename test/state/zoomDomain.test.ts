import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampDomain, domainBounds, domainForEvents, panDomain, zoomDomainAt } from '../../src/state/index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bounds = [0, 100 * DAY] as const;

describe('domainBounds(extent, { padding, minSpan })', () => {
  it('pads the extent by 5% of its span at each end', () => {
    expect(domainBounds([0, 100 * DAY])).toEqual([-5 * DAY, 105 * DAY]);
    expect(domainBounds([0, 100 * DAY], { padding: 0 })).toEqual([0, 100 * DAY]);
  });

  it('is at least a day wide, centred, for a single instant', () => {
    expect(domainBounds([10 * DAY, 10 * DAY])).toEqual([9.5 * DAY, 10.5 * DAY]);
  });
});

describe('domainForEvents(extents)', () => {
  it('fits the events with padding, or gives null for none', () => {
    const extents = [
      { start: 10 * DAY, end: 10 * DAY, kind: 'point' as const },
      { start: 15 * DAY, end: 20 * DAY, kind: 'range' as const },
    ];
    expect(domainForEvents(extents)).toEqual([9.5 * DAY, 20.5 * DAY]);
    expect(domainForEvents([])).toBeNull();
  });
});

describe('clampDomain(domain, { bounds, width, minMsPer100px })', () => {
  it('never goes narrower than an hour per 100 px, keeping the centre', () => {
    expect(clampDomain([50 * DAY, 50 * DAY + HOUR], { bounds, width: 800 })).toEqual([
      50 * DAY + HOUR / 2 - 4 * HOUR,
      50 * DAY + HOUR / 2 + 4 * HOUR,
    ]);
  });

  it('never goes wider than the bounds', () => {
    expect(clampDomain([-50 * DAY, 300 * DAY], { bounds, width: 800 })).toEqual([0, 100 * DAY]);
  });

  it('shifts a domain panned past either end back inside, keeping its span', () => {
    expect(clampDomain([95 * DAY, 110 * DAY], { bounds, width: 800 })).toEqual([85 * DAY, 100 * DAY]);
    expect(clampDomain([-3 * DAY, 7 * DAY], { bounds, width: 800 })).toEqual([0, 10 * DAY]);
  });

  it('keeps the anchor at its place on screen when the span is clamped', () => {
    const [start, end] = clampDomain([50 * DAY, 50 * DAY + HOUR], { bounds, width: 800, anchor: 50 * DAY });
    expect(start).toBe(50 * DAY);
    expect(end - start).toBe(8 * HOUR);
  });

  it('falls back to the bounds for a domain that is not finite or not increasing', () => {
    expect(clampDomain([Number.NaN, 1], { bounds, width: 800 })).toEqual([0, 100 * DAY]);
    expect(clampDomain([5, 5], { bounds, width: 800 })).toEqual([0, 100 * DAY]);
  });

  it('always returns a domain within the bounds, between the minimum and maximum span (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e10, max: 1e10, noNaN: true }),
        fc.double({ min: 1, max: 1e11, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (start, span, width) => {
          const [s, e] = clampDomain([start, start + span], { bounds, width });
          expect(s).toBeGreaterThanOrEqual(bounds[0]);
          expect(e).toBeLessThanOrEqual(bounds[1] + 1e-3);
          expect(e - s).toBeGreaterThanOrEqual(((HOUR * width) / 100) * (1 - 1e-9));
        },
      ),
    );
  });
});

describe('zoomDomainAt(domain, factor, anchorTime)', () => {
  it('shows half the time for factor 2, keeping the anchor where it is on screen', () => {
    expect(zoomDomainAt([0, 100], 2, 20)).toEqual([10, 60]);
    expect(zoomDomainAt([0, 100], 0.5, 50)).toEqual([-50, 150]);
  });

  it('undoes itself: zooming by f then 1/f at the same anchor gives the domain back', () => {
    const [s, e] = zoomDomainAt(zoomDomainAt([10 * DAY, 40 * DAY], 3, 12 * DAY), 1 / 3, 12 * DAY);
    expect(s).toBeCloseTo(10 * DAY, 0);
    expect(e).toBeCloseTo(40 * DAY, 0);
  });

  it('ignores a factor that is not a positive number', () => {
    expect(zoomDomainAt([0, 100], 0, 50)).toEqual([0, 100]);
    expect(zoomDomainAt([0, 100], Number.NaN, 50)).toEqual([0, 100]);
  });
});

describe('panDomain(domain, deltaMs)', () => {
  it('moves the view later for a positive delta, earlier for a negative one', () => {
    expect(panDomain([0, 100], 30)).toEqual([30, 130]);
    expect(panDomain([0, 100], -30)).toEqual([-30, 70]);
    expect(panDomain([0, 100], Number.NaN)).toEqual([0, 100]);
  });

  it('is brought back inside the bounds by clampDomain', () => {
    expect(clampDomain(panDomain([80 * DAY, 100 * DAY], 10 * DAY), { bounds, width: 800 })).toEqual([
      80 * DAY,
      100 * DAY,
    ]);
  });
});
