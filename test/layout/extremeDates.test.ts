import { describe, expect, it } from 'vitest';
import { chooseTicks, datasetExtent, eventExtent, layoutTimeline, prepareTimeline } from '../../src/layout/index';
import { formatAxisTicks } from '../../src/i18n/formatAxisTicks';
import { formatEventDate } from '../../src/i18n/formatEventDate';
import { cachedZoneOffsetMs } from '../../src/schema/zoneOffsetCache';
import { exactZoneOffsetMs } from '../../src/schema/exactZoneOffset';
import { clampDomain } from '../../src/state/clampDomain';
import { domainBounds } from '../../src/state/domainBounds';
import { extremeDates, sameInstant } from '../fixtures/edgeDatasets';

// docs/edge-cases.md: the whole pipeline at the ends of the supported range (years 1000 to 9999) and at a span of 0.
const measureText = (text: string) => Array.from(text).length * 6.5;
const YEAR_1000 = Date.UTC(2000, 0, 1) - 1000 * 365.2425 * 86_400_000;

describe('years 1000 and 9999 through the pipeline', () => {
  it('eventExtent gives finite extents in order for every event of extremeDates', () => {
    const extents = extremeDates.events.map((event) => eventExtent(event, event.timeZone ?? extremeDates.timeZone));
    for (const extent of extents) {
      expect(Number.isFinite(extent.start) && Number.isFinite(extent.end)).toBe(true);
      expect(extent.end).toBeGreaterThanOrEqual(extent.start);
    }
    expect(new Date(extents[0]!.start).getUTCFullYear()).toBe(1000);
    expect(new Date(extents.at(-1)!.start).getUTCFullYear()).toBe(10000); // 23:59 at UTC−12 is next day in UTC.
  });

  it('reads the local day of an instant that falls in year 10000 in the place (no "+010000" date string)', () => {
    const extent = eventExtent({ start: '9999-12-31T23:59:00-12:00', precision: 'day' }, 'Pacific/Kiritimati');
    expect(extent.kind).toBe('uncertain');
    expect(extent.end - extent.start).toBe(86_400_000 - 1);
    expect(new Date(extent.start + 14 * 3_600_000).toISOString()).toBe('+010000-01-02T00:00:00.000Z');
  });

  it.each(['Asia/Baghdad', 'Pacific/Kiritimati', 'America/New_York', 'Etc/GMT+12'])(
    'the zone offset cache agrees with Intl in %s at both ends',
    (zone) => {
      for (const at of [
        YEAR_1000,
        Date.UTC(1000, 0, 1),
        Date.UTC(9999, 11, 31, 23, 59),
        Date.UTC(9999, 11, 31) + 86_400_000,
      ]) {
        expect(cachedZoneOffsetMs(at, zone)).toBe(exactZoneOffsetMs(at, zone));
      }
    },
  );

  it('chooses a few finite ticks for the span from 1000 to 9999, and labels them', () => {
    const prepared = prepareTimeline(extremeDates, { timeZone: extremeDates.timeZone });
    const extent = datasetExtent(prepared)!;
    expect(extent[1] - extent[0]).toBeGreaterThan(8998 * 365 * 86_400_000);
    for (const width of [320, 1200]) {
      const ticks = chooseTicks(extent, width, { timeZone: extremeDates.timeZone });
      expect(ticks.minor.length).toBeGreaterThan(1);
      expect(ticks.minor.length).toBeLessThan(width / 20);
      for (const tick of [...ticks.minor, ...ticks.major]) expect(Number.isFinite(tick.x)).toBe(true);
      const axis = formatAxisTicks(ticks, { locale: 'en-GB', timeZone: extremeDates.timeZone });
      const labels = axis.minor.map((tick) => tick.label);
      expect(labels.every((label) => /^\d{4,5}$/.test(label))).toBe(true);
    }
  });

  it('lays out every event of the span with finite positions', () => {
    const prepared = prepareTimeline(extremeDates, { timeZone: extremeDates.timeZone });
    const domain = domainBounds(datasetExtent(prepared)!);
    const layout = layoutTimeline(prepared, { domain, width: 900, measureText });
    expect(layout.marks.flatMap((mark) => (mark.type === 'event' ? [mark.id] : mark.eventIds)).sort()).toEqual(
      extremeDates.events.map((event) => event.id).sort(),
    );
    for (const mark of layout.marks) expect(Number.isFinite(mark.x)).toBe(true);
  });

  it('formats the first and last dates in words, in the place zone', () => {
    const options = { locale: 'en-GB', timeZone: 'Etc/GMT+12' };
    expect(formatEventDate({ start: '1000-01-01' }, options)).toBe('1 January 1000');
    expect(formatEventDate({ start: '9999-12-31T23:59:00-12:00' }, options)).toMatch(/^31 December 9999, 23:59/);
    expect(formatEventDate({ start: '5000', precision: 'year' }, options)).toBe('5000');
  });
});

describe('every event at the same instant', () => {
  it('gives a zero-width extent, which the bounds widen to a span the axis can label', () => {
    const prepared = prepareTimeline(sameInstant, { timeZone: sameInstant.timeZone });
    const extent = datasetExtent(prepared)!;
    expect(extent[0]).toBe(extent[1]);
    const width = 800;
    const bounds = domainBounds(extent);
    const domain = clampDomain(bounds, { bounds, width, minMsPer100px: 3_600_000 });
    expect(domain[1] - domain[0]).toBeGreaterThan(0);
    const layout = layoutTimeline(prepared, { domain, width, measureText });
    expect(layout.ticks.minor.length).toBeGreaterThan(1);
    for (const tick of layout.ticks.minor) expect(Number.isFinite(tick.x)).toBe(true);
    expect(layout.marks.reduce((sum, mark) => sum + (mark.type === 'event' ? 1 : mark.count), 0)).toBe(5);
  });
});
