import { describe, expect, it } from 'vitest';
import { escalation2023 } from '../../src/datasets/index';
import { clusterMarks, layoutTimeline, prepareTimeline, type Mark, type MarkItem } from '../../src/layout/index';
import { spreadClusters } from '../../src/layout/spreadClusters';

function item(id: string, x: number, extra: Partial<MarkItem> = {}): MarkItem {
  return {
    id,
    laneKey: 'a',
    category: 'attack',
    x,
    x2: x,
    y: 10,
    kind: 'point',
    significance: 3,
    start: x,
    end: x,
    ...extra,
  };
}
const symbol = (mark: Mark) => (mark.type === 'event' ? (mark.cx ?? mark.x) : mark.x);

describe('spreadClusters(marks, items, gap)', () => {
  it('puts the events of a cluster side by side, gap apart, centred on it, in time order', () => {
    const items = [item('a', 100), item('b', 100), item('c', 103), item('lone', 300)];
    const clustered = clusterMarks(items, { minGap: 14 });
    expect(clustered.map((mark) => mark.type)).toEqual(['cluster', 'event']);
    const spread = spreadClusters(clustered, new Map(items.map((i) => [i.id, i])), 14);
    expect(spread.map((mark) => mark.id)).toEqual(['a', 'b', 'c', 'lone']);
    expect(spread.every((mark) => mark.type === 'event')).toBe(true);
    const xs = spread.slice(0, 3).map(symbol);
    expect(xs[1]! - xs[0]!).toBeCloseTo(14, 9);
    expect(xs[2]! - xs[1]!).toBeCloseTo(14, 9);
    // Centred where the cluster was: between 100 and 103.
    expect((xs[0]! + xs[2]!) / 2).toBeCloseTo(101.5, 9);
    expect(spread[3]).toBe(clustered[1]);
  });

  it('orders by time, keeps members already apart where they are, and moves a range or dated span with its symbol', () => {
    const items = [
      item('range', 50, { x2: 90, kind: 'range', start: 50 }),
      item('day', 40, { x2: 60, cx: 50, kind: 'uncertain', start: 40 }),
      item('later', 80),
    ].sort((a, b) => (a.cx ?? a.x) - (b.cx ?? b.x));
    const spread = spreadClusters(clusterMarks(items, { minGap: 40 }), new Map(items.map((i) => [i.id, i])), 20);
    // Time order: the day (from 40) at 50, the range (from 50) pushed to 70, later at 90; the group re-centred
    // on its members' own span (50…80): shifted by −5.
    expect(spread.map((mark) => [mark.id, symbol(mark)])).toEqual([
      ['day', 45],
      ['range', 65],
      ['later', 85],
    ]);
    const [day, range] = spread;
    expect(day!.type === 'event' && [day!.x, day!.x2]).toEqual([35, 55]);
    expect(range!.type === 'event' && range!.x2 - range!.x).toBeCloseTo(40, 9);
  });

  it('lets layoutTimeline show two same-day events apart at the narrowest zoom', () => {
    const prepared = prepareTimeline(escalation2023);
    const noon = Date.parse('2023-10-23T12:00:00+03:00');
    const options = {
      domain: [noon - 6 * 3_600_000, noon + 6 * 3_600_000] as const,
      width: 1200,
      measureText: () => 40,
    };
    const ids = ['sudani-orders-pursuit-of-attackers', 'baghdad-meeting-sudani-militia-leaders'];
    const together = layoutTimeline(prepared, options);
    expect(together.marks.find((mark) => mark.type === 'cluster')).toMatchObject({ eventIds: ids });
    const apart = layoutTimeline(prepared, { ...options, spreadClusters: true });
    expect(apart.marks.every((mark) => mark.type === 'event')).toBe(true);
    const [a, b] = ids.map((id) => apart.marks.find((mark) => mark.id === id)!);
    expect(symbol(b!) - symbol(a!)).toBeGreaterThanOrEqual(14);
  });
});
