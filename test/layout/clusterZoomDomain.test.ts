import { describe, expect, it } from 'vitest';
import type { ClusterMark, EventExtent } from '../../src/layout/types';
import { clusterZoomDomain } from '../../src/layout/clusterZoomDomain';

const HOUR = 3_600_000;
const day = Date.parse('2023-10-23T00:00:00+03:00');
const cluster = (ids: string[], domain: [number, number]): ClusterMark => ({
  type: 'cluster',
  id: `cluster:${ids[0]}:${ids.at(-1)}`,
  laneKey: 'a',
  eventIds: ids,
  count: ids.length,
  x: 0,
  x1: 0,
  x2: 0,
  y: 0,
  domain,
});

describe('clusterZoomDomain(cluster, extents, minSpan)', () => {
  it('zooms around where two same-day events are drawn (mid-day), as narrow as allowed', () => {
    const extents = new Map<string, EventExtent>([
      ['a', { start: day, end: day + 24 * HOUR - 1, kind: 'uncertain' }],
      ['b', { start: day, end: day + 24 * HOUR - 1, kind: 'uncertain' }],
    ]);
    const [from, to] = clusterZoomDomain(cluster(['a', 'b'], [day, day + 24 * HOUR - 1]), extents, 12 * HOUR);
    expect(to - from).toBeCloseTo(12 * HOUR, -1);
    expect((from + to) / 2).toBeCloseTo(day + 12 * HOUR, -1);
  });

  it('pads the spread of the symbols by a quarter each side when that is wider', () => {
    const extents = new Map<string, EventExtent>([
      ['a', { start: day, end: day, kind: 'point' }],
      ['b', { start: day + 40 * HOUR, end: day + 90 * HOUR, kind: 'range' }],
    ]);
    expect(clusterZoomDomain(cluster(['a', 'b'], [day, day + 90 * HOUR]), extents, 2 * HOUR)).toEqual([
      day - 10 * HOUR,
      day + 50 * HOUR,
    ]);
  });
});
