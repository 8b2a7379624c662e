import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binEvents,
  chooseBinUnit,
  eventAnchor,
  eventExtent,
  layoutIntensity,
  prepareTimeline,
  datasetExtent,
  stackBins,
  toWallClock,
  type Bin,
  type BinInput,
  type BinUnit,
} from '../../src/layout/index';
import { domainBounds } from '../../src/state/domainBounds';
import { escalation2023, generateDataset } from '../../src/datasets/index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

/** Events written as (start, category, precision?) in a zone, as binEvents takes them. */
function input(events: { start: string; category: string; end?: string }[], zone = 'Asia/Baghdad'): BinInput {
  return { events, extents: events.map((event) => eventExtent(event, zone)) };
}

const wallOf = (time: number, zone: string) => new Date(toWallClock(time, zone));
const isMidnight = (wall: Date) =>
  wall.getUTCHours() === 0 &&
  wall.getUTCMinutes() === 0 &&
  wall.getUTCSeconds() === 0 &&
  wall.getUTCMilliseconds() === 0;

function anchoredIn(data: BinInput, from: number, to: number): number {
  return data.extents.filter((extent) => {
    const anchor = eventAnchor(extent);
    return anchor >= from && anchor < to;
  }).length;
}

const ZONES = ['Asia/Baghdad', 'UTC', 'America/New_York', 'Asia/Tehran', 'Australia/Lord_Howe', 'Pacific/Chatham'];

describe('binEvents(input, { domain, unit, timeZone })', () => {
  it('bins in the display zone: 26 Dec 00:30 Baghdad time is 26 Dec in Baghdad, 25 Dec in UTC', () => {
    const data = input([{ start: '2023-12-26T00:30:00+03:00', category: 'attack' }]);
    const domain = [at('2023-12-20T00:00:00+03:00'), at('2023-12-31T00:00:00+03:00')] as const;
    const baghdad = binEvents(data, { domain, unit: 'day', timeZone: 'Asia/Baghdad' });
    const hit = baghdad.find((bin) => bin.total > 0)!;
    expect(hit.start).toBe(at('2023-12-26T00:00:00+03:00'));
    expect(hit.end).toBe(at('2023-12-27T00:00:00+03:00'));
    expect(hit.counts).toEqual({ attack: 1 });
    const utc = binEvents(data, { domain, unit: 'day', timeZone: 'UTC' });
    expect(utc.find((bin) => bin.total > 0)!.start).toBe(at('2023-12-25T00:00:00Z'));
  });

  it('counts a date known only to the day on that day, whichever zone the chart is read in', () => {
    const data = input([{ start: '2023-12-25', category: 'attack' }]);
    for (const timeZone of ['Asia/Baghdad', 'UTC', 'America/New_York']) {
      const bins = binEvents(data, { domain: [at('2023-12-20'), at('2023-12-31')], unit: 'day', timeZone });
      const hit = bins.find((bin) => bin.total > 0)!;
      expect(wallOf(hit.start, timeZone).toISOString().slice(0, 10), timeZone).toBe('2023-12-25');
    }
  });

  it('counts a range once, at its start', () => {
    const data = input([{ start: '2023-10-17', end: '2023-10-20', category: 'attack' }]);
    const bins = binEvents(data, {
      domain: [at('2023-10-15'), at('2023-10-25')],
      unit: 'day',
      timeZone: 'Asia/Baghdad',
    });
    expect(bins.filter((bin) => bin.total > 0)).toHaveLength(1);
    expect(
      wallOf(bins.find((bin) => bin.total)!.start, 'Asia/Baghdad')
        .toISOString()
        .slice(0, 10),
    ).toBe('2023-10-17');
  });

  it.each(ZONES)('starts week bins on Monday at local midnight, back to back, in %s (DST included)', (timeZone) => {
    const domain = [at('2023-03-01T12:00:00Z'), at('2023-12-01T12:00:00Z')] as const;
    const bins = binEvents({ events: [], extents: [] }, { domain, unit: 'week', timeZone });
    expect(bins.length).toBeGreaterThan(38);
    expect(bins[0]!.start).toBeLessThanOrEqual(domain[0]);
    expect(bins.at(-1)!.end).toBeGreaterThanOrEqual(domain[1]);
    bins.forEach((bin, i) => {
      const wall = wallOf(bin.start, timeZone);
      expect(wall.getUTCDay(), `${timeZone} ${wall.toISOString()}`).toBe(1);
      expect(isMidnight(wall), `${timeZone} ${wall.toISOString()}`).toBe(true);
      if (i > 0) expect(bin.start).toBe(bins[i - 1]!.end);
    });
  });

  it.each(ZONES)('makes day bins of local days (23 or 25 hours across a DST change) in %s', (timeZone) => {
    const domain = [at('2023-03-20T00:00:00Z'), at('2023-04-10T00:00:00Z')] as const;
    const bins = binEvents({ events: [], extents: [] }, { domain, unit: 'day', timeZone });
    for (const bin of bins) {
      expect(isMidnight(wallOf(bin.start, timeZone))).toBe(true);
      expect(bin.end - bin.start).toBeGreaterThanOrEqual(23 * HOUR);
      expect(bin.end - bin.start).toBeLessThanOrEqual(25 * HOUR);
    }
  });

  it('makes month bins from the 1st', () => {
    const bins = binEvents(
      { events: [], extents: [] },
      { domain: [at('2023-10-07'), at('2024-02-07')], unit: 'month', timeZone: 'Asia/Baghdad' },
    );
    expect(bins.map((bin) => wallOf(bin.start, 'Asia/Baghdad').toISOString().slice(0, 10))).toEqual([
      '2023-10-01',
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
      '2024-02-01',
    ]);
  });

  it('gives the one bin around an instant (the week a click picks)', () => {
    const time = at('2024-01-28T05:00:00+03:00');
    const [week, ...rest] = binEvents(
      { events: [], extents: [] },
      { domain: [time, time], unit: 'week', timeZone: 'Asia/Baghdad' },
    );
    expect(rest).toEqual([]);
    expect(week!.start).toBe(at('2024-01-22T00:00:00+03:00'));
    expect(week!.end).toBe(at('2024-01-29T00:00:00+03:00'));
  });

  it('adds up to the number of events in the domain (escalation, whole bounds and an aligned month)', () => {
    const prepared = prepareTimeline(escalation2023);
    const bounds = domainBounds(datasetExtent(prepared)!);
    for (const unit of ['day', 'week', 'month'] as BinUnit[]) {
      const bins = binEvents(prepared, { domain: bounds, unit, timeZone: 'Asia/Baghdad' });
      expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(escalation2023.events.length);
    }
    const december = [at('2023-12-01T00:00:00+03:00'), at('2024-01-01T00:00:00+03:00')] as const;
    const days = binEvents(prepared, { domain: december, unit: 'day', timeZone: 'Asia/Baghdad' });
    expect(days).toHaveLength(31);
    expect(days.reduce((sum, bin) => sum + bin.total, 0)).toBe(anchoredIn(prepared, ...december));
    expect(anchoredIn(prepared, ...december)).toBeGreaterThan(3);
  });

  it('holds for any events, zone, unit and domain: totals add up, each bin is its counts, bins tile the span', () => {
    const event = fc.record({
      offset: fc.integer({ min: -40 * DAY, max: 400 * DAY }),
      category: fc.constantFrom('attack', 'strike', 'context', 'custom-thing', 'constructor'),
      kind: fc.constantFrom('minute', 'day', 'range'),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom<BinUnit>('day', 'week', 'month'),
        fc.integer({ min: 0, max: 300 * DAY }),
        fc.integer({ min: 0, max: 200 * DAY }),
        (events, timeZone, unit, from, span) => {
          const base = at('2023-01-01T00:00:00Z');
          const list = events.map((e) => {
            const iso = new Date(base + e.offset).toISOString();
            if (e.kind === 'minute') return { start: iso, category: e.category };
            if (e.kind === 'day') return { start: iso.slice(0, 10), category: e.category };
            return {
              start: iso.slice(0, 10),
              end: new Date(base + e.offset + 3 * DAY).toISOString().slice(0, 10),
              category: e.category,
            };
          });
          const data = input(list, timeZone);
          const domain = [base + from, base + from + span] as const;
          const bins = binEvents(data, { domain, unit, timeZone });
          expect(bins.length).toBeGreaterThan(0);
          expect(bins[0]!.start).toBeLessThanOrEqual(domain[0]);
          expect(bins.at(-1)!.end).toBeGreaterThanOrEqual(domain[1]);
          bins.forEach((bin, i) => {
            if (i > 0) expect(bin.start).toBe(bins[i - 1]!.end);
            expect(Object.values(bin.counts).reduce((a, b) => a + b, 0)).toBe(bin.total);
          });
          const total = bins.reduce((sum, bin) => sum + bin.total, 0);
          expect(total).toBe(anchoredIn(data, bins[0]!.start, bins.at(-1)!.end));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('bins 10,000 events quickly (median of 3 runs)', () => {
    const prepared = prepareTimeline(generateDataset({ count: 10_000, seed: 7 }));
    const bounds = domainBounds(datasetExtent(prepared)!);
    const times: number[] = [];
    let bins: Bin[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      bins = binEvents(prepared, { domain: bounds, unit: 'day', timeZone: prepared.timeZone });
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    console.info(`binEvents: 10,000 events into ${bins.length} day bins, median ${median.toFixed(1)} ms`);
    expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(prepared.events.length);
    expect(median).toBeLessThan(250);
  });
});

describe('chooseBinUnit(domain, width)', () => {
  const bounds = [at('2023-09-30'), at('2024-02-14')] as const; // the escalation overview, ~137 days
  it('uses days while a day is at least 3 px wide, then weeks, then months', () => {
    expect(chooseBinUnit(bounds, 720)).toBe('day');
    expect(chooseBinUnit(bounds, 411)).toBe('day');
    expect(chooseBinUnit(bounds, 360)).toBe('week');
    expect(chooseBinUnit([at('2000-01-01'), at('2020-01-01')], 360)).toBe('month');
  });
  it('does not fail on nonsense', () => {
    expect(chooseBinUnit([5, 5], 720)).toBe('day');
    expect(chooseBinUnit([0, DAY], 0)).toBe('day');
    expect(chooseBinUnit([Number.NaN, DAY], 100)).toBe('day');
  });
});

describe('stackBins(bins, categories)', () => {
  const prepared = prepareTimeline(generateDataset({ count: 1000, seed: 3 }));
  const bounds = domainBounds(datasetExtent(prepared)!);
  const bins = binEvents(prepared, { domain: bounds, unit: 'week', timeZone: prepared.timeZone });

  it('stacks in the order given, and the layers of each bin sum to its total', () => {
    const layers = stackBins(bins, ['attack', 'strike', 'diplomacy', 'statement', 'context']);
    expect(layers.map((layer) => layer.category)).toEqual(['attack', 'strike', 'diplomacy', 'statement', 'context']);
    bins.forEach((bin, i) => {
      const sum = layers.reduce((total, layer) => total + layer.segments[i]!.y1 - layer.segments[i]!.y0, 0);
      expect(sum).toBe(bin.total);
      expect(layers.at(-1)!.segments[i]!.y1).toBe(bin.total);
      expect(layers[0]!.segments[i]!.y0).toBe(0);
      layers.forEach((layer, k) => {
        if (k > 0) expect(layer.segments[i]!.y0).toBe(layers[k - 1]!.segments[i]!.y1);
        expect(layer.segments[i]!.y1 - layer.segments[i]!.y0).toBe(bin.counts[layer.category] ?? 0);
      });
    });
  });

  it('stacks categories it was not given on top, so nothing is lost', () => {
    const layers = stackBins(bins, ['strike']);
    expect(layers[0]!.category).toBe('strike');
    expect(layers.map((layer) => layer.category).sort()).toEqual([
      'attack',
      'context',
      'diplomacy',
      'statement',
      'strike',
    ]);
    bins.forEach((bin, i) => expect(layers.at(-1)!.segments[i]!.y1).toBe(bin.total));
  });
});

describe('layoutIntensity(input, options)', () => {
  const prepared = prepareTimeline(escalation2023);
  const bounds = domainBounds(datasetExtent(prepared)!);
  const base = { bounds, width: 720, height: 140, timeZone: 'Asia/Baghdad', categories: ['attack', 'strike'] };

  it('draws one bar segment per category present in a bin, inside the plot, summing to the events', () => {
    const layout = layoutIntensity(prepared, { ...base, series: [], own: null });
    expect(layout.unit).toBe('day');
    expect(layout.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(escalation2023.events.length);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(720);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plotTop - 0.01);
      expect(bar.y + bar.height).toBeLessThanOrEqual(layout.plotBottom + 0.01);
    }
    expect(layout.lines).toEqual([]);
    expect(layout.own).toBeNull();
  });
});
