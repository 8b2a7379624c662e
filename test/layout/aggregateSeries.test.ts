import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateSeries,
  datasetExtent,
  layoutIntensity,
  ownCumulativeCount,
  prepareTimeline,
  eventAnchor,
} from '../../src/layout/index';
import { domainBounds } from '../../src/state/domainBounds';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import { FIGURE_QUALIFIERS, type Aggregate } from '../../src/schema/index';

const at = (iso: string) => Date.parse(iso);

const aggregateArb: fc.Arbitrary<Aggregate> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  series: fc.constantFrom('us-dod', 'isw', 'sohr', 'wikipedia', 'a', 'b'),
  seriesLabel: fc.constantFrom('US Department of Defense', 'ISW', 'SOHR', 'Someone'),
  measure: fc.constantFrom('attacks', 'attacks on US forces'),
  asOf: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  count: fc.nat({ max: 500 }),
  qualifier: fc.constantFrom(...FIGURE_QUALIFIERS),
  sources: fc.array(fc.constantFrom('s1', 's2', 's3'), { minLength: 1, maxLength: 3 }),
});

describe('aggregateSeries(aggregates, options)', () => {
  it('makes one series per counter in the escalation data, in order of first appearance, oldest first', () => {
    const series = aggregateSeries(escalation2023.aggregates!, { timeZone: 'Asia/Baghdad' });
    expect(series.map((s) => s.id)).toEqual(['us-dod', 'isw', 'wikipedia', 'sohr', 'washington-institute']);
    const dod = series[0]!;
    expect(dod.label).toBe('US Department of Defense');
    expect(dod.points).toHaveLength(19);
    expect(dod.points.map((p) => p.count).slice(0, 3)).toEqual([13, 19, 23]);
    expect(dod.points.at(-1)).toMatchObject({ asOfDate: '2024-02-07', count: 168 });
    for (let i = 1; i < dod.points.length; i++) expect(dod.points[i]!.asOf).toBeGreaterThan(dod.points[i - 1]!.asOf);
    // 55 (Pentagon) and 73 (Washington Institute) on 14 Nov stay on different lines: 73 is not a point of us-dod on 14 Nov.
    expect(dod.points.find((p) => p.asOfDate === '2023-11-14')!.count).toBe(55);
  });

  it('places a count at the end of its as-of day in the display zone', () => {
    const [dod] = aggregateSeries(escalation2023.aggregates!, { timeZone: 'Asia/Baghdad' });
    const jan29 = dod!.points.find((p) => p.asOfDate === '2024-01-29')!;
    expect(jan29.asOf).toBe(at('2024-01-30T00:00:00+03:00') - 1);
    expect(jan29.sourceIds).toEqual(['youm7_jan29', 'ieo_jan31']);
    expect(jan29.text).toBe('165');
  });

  it('takes the words for a count from the caller (layout formats nothing), digits by default', () => {
    const words = (a: Aggregate) => (a.qualifier === 'at-least' ? `at least ${a.count}` : String(a.count));
    const [dod] = aggregateSeries(escalation2023.aggregates!, { formatLabel: words });
    expect(dod!.points.find((p) => p.asOfDate === '2023-11-07')!.label).toBe('at least 40');
    const [plain] = aggregateSeries(escalation2023.aggregates!);
    expect(plain!.points.find((p) => p.asOfDate === '2023-11-07')!.label).toBe('40');
  });

  it('never merges two counters: each series holds one counter, every aggregate is in exactly one point', () => {
    fc.assert(
      fc.property(
        fc.array(aggregateArb, { maxLength: 40 }),
        fc.constantFrom('UTC', 'Asia/Baghdad', 'America/New_York'),
        (aggregates, timeZone) => {
          const series = aggregateSeries(aggregates, { timeZone });
          expect(new Set(series.map((s) => s.id)).size).toBe(series.length);
          for (const s of series) {
            expect(new Set(s.points.map((p) => p.series))).toEqual(new Set([s.id]));
            for (let i = 1; i < s.points.length; i++)
              expect(s.points[i]!.asOf).toBeGreaterThanOrEqual(s.points[i - 1]!.asOf);
          }
          const points = series.flatMap((s) => s.points);
          expect(points).toHaveLength(aggregates.length);
          // Each input aggregate matches exactly one point: same counter, date, count and sources.
          const used = new Set<number>();
          aggregates.forEach((a) => {
            const index = points.findIndex(
              (p, i) =>
                !used.has(i) &&
                p.id === a.id &&
                p.series === a.series &&
                p.asOfDate === a.asOf &&
                p.count === a.count &&
                p.qualifier === a.qualifier &&
                p.sourceIds.join() === a.sources.join(),
            );
            expect(index).toBeGreaterThanOrEqual(0);
            used.add(index);
          });
          expect(used.size).toBe(points.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns nothing for no aggregates, and leaves out a count whose date cannot be read', () => {
    expect(aggregateSeries([])).toEqual([]);
    const bad = { ...escalation2023.aggregates![0]!, asOf: 'soon' };
    expect(aggregateSeries([bad])).toEqual([]);
  });
});

describe('ownCumulativeCount(prepared, { categories, from })', () => {
  const prepared = prepareTimeline(escalation2023);

  it('counts the attack events of the dataset: 10 by the end, one step per event, oldest first', () => {
    const points = ownCumulativeCount(prepared);
    expect(points.at(-1)!.count).toBe(10);
    expect(points.map((p) => p.count)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let i = 1; i < points.length; i++) expect(points[i]!.time).toBeGreaterThan(points[i - 1]!.time);
    // Our count is of listed events: far below the Pentagon's 165 on 29 Jan.
    expect(points.filter((p) => p.time <= at('2024-01-30T00:00:00+03:00')).at(-1)!.count).toBe(9);
  });

  it('counts other categories, and from a start', () => {
    expect(ownCumulativeCount(prepared, { categories: ['strike'] }).at(-1)!.count).toBe(11);
    expect(ownCumulativeCount(prepared, { categories: ['attack', 'strike'] }).at(-1)!.count).toBe(21);
    const fromDec = ownCumulativeCount(prepared, { from: at('2023-12-01T00:00:00+03:00') });
    expect(fromDec.at(-1)!.count).toBe(
      prepared.extents.filter(
        (e, i) => prepared.events[i]!.category === 'attack' && eventAnchor(e) >= at('2023-12-01T00:00:00+03:00'),
      ).length,
    );
  });

  it('merges events at the same instant into one step, and is empty without events', () => {
    const extent = { start: 1000, end: 1000, kind: 'point' as const };
    const points = ownCumulativeCount({
      events: [{ category: 'attack' }, { category: 'attack' }],
      extents: [extent, extent],
    });
    expect(points).toEqual([{ time: 1000, count: 2 }]);
    expect(ownCumulativeCount({ events: [], extents: [] })).toEqual([]);
  });
});

describe('layoutIntensity: the counters’ lines', () => {
  const prepared = prepareTimeline(escalation2023);
  const bounds = domainBounds(datasetExtent(prepared)!);
  const series = aggregateSeries(escalation2023.aggregates!, { timeZone: 'Asia/Baghdad' });
  const layout = layoutIntensity(prepared, {
    bounds,
    width: 720,
    height: 140,
    timeZone: 'Asia/Baghdad',
    categories: ['attack', 'strike', 'diplomacy', 'statement', 'context'],
    series,
    own: ownCumulativeCount(prepared),
  });

  it('draws one line per counter, each with its own style index and only its own points', () => {
    expect(layout.lines.map((l) => l.id)).toEqual(series.map((s) => s.id));
    expect(layout.lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
    layout.lines.forEach((line, i) => {
      const ids = new Set(series[i]!.points.map((p) => p.id));
      for (const marker of line.markers) expect(ids.has(marker.id)).toBe(true);
    });
    expect(layout.lines[0]!.markers).toHaveLength(19);
    expect(layout.lines[0]!.latestId).toBe('agg-2024-02-07');
  });

  it('leaves out of the plot a count dated after it (the Washington Institute, June 2024)', () => {
    const winep = layout.lines.find((l) => l.id === 'washington-institute')!;
    expect(winep.markers).toEqual([]);
    expect(winep.latestId).toBeNull();
    expect(winep.label).toBeNull();
  });

  it('keeps the direct labels apart and inside the plot', () => {
    const labels = [...layout.lines.map((l) => l.label), layout.own?.label].filter((l) => l != null);
    expect(labels).toHaveLength(5);
    const ys = labels.map((l) => l.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12.99);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(layout.plotTop);
      expect(y).toBeLessThanOrEqual(layout.plotBottom);
    }
    expect(layout.own!.count).toBe(10);
    expect(layout.countMax).toBeGreaterThanOrEqual(170);
  });

  it('thins our own count to one step per pixel column for 10,000 events', () => {
    const big = prepareTimeline(generateDataset({ count: 10_000, seed: 2 }));
    const own = ownCumulativeCount(big);
    const out = layoutIntensity(big, {
      bounds: domainBounds(datasetExtent(big)!),
      width: 600,
      height: 140,
      timeZone: big.timeZone,
      categories: [],
      series: [],
      own,
    });
    expect(own.length).toBeGreaterThan(1000);
    expect(out.own!.count).toBe(own.at(-1)!.count);
    expect(out.own!.d.split(/[MLH V]/).length).toBeLessThan(2 * 620);
  });
});
