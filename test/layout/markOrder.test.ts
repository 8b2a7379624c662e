import { describe, expect, it } from 'vitest';
import type { ClusterMark, EventExtent, EventMark, Mark } from '../../src/layout/types';
import {
  arrowTimeStep,
  laneNeighbour,
  markOfEvent,
  marksInTimeOrder,
  markSpan,
  nearestInTime,
} from '../../src/layout/markOrder';

const DAY = 86_400_000;
const extents = new Map<string, EventExtent>();

/** An event mark in lane `y` at day `day`; x runs the other way (as on an axis running right to left). */
function event(id: string, y: number, day: number, days = 0): EventMark {
  extents.set(id, { start: day * DAY, end: (day + days) * DAY, kind: days ? 'range' : 'point' });
  return {
    type: 'event',
    id,
    laneKey: `lane${y}`,
    category: 'attack',
    x: 1000 - day * 10,
    x2: 1000 - day * 10,
    y,
    kind: 'point',
    significance: 3,
  };
}

function cluster(ids: string[], y: number, from: number, to: number): ClusterMark {
  const x = 1000 - ((from + to) / 2) * 10;
  return {
    type: 'cluster',
    id: `cluster:${ids[0]}:${ids.at(-1)}`,
    laneKey: `lane${y}`,
    eventIds: ids,
    count: ids.length,
    x,
    x1: x - 5,
    x2: x + 5,
    y,
    domain: [from * DAY, to * DAY],
  };
}

// Lane 0: a (day 1), c (day 5); lane 50: a cluster of b1, b2 (days 2–3), d (day 9); lane 100: e (day 4).
const marks: Mark[] = [
  event('d', 50, 9),
  event('c', 0, 5),
  cluster(['b1', 'b2'], 50, 2, 3),
  event('a', 0, 1),
  event('e', 100, 4, 3),
];
const ids = (list: readonly (Mark | undefined)[]) => list.map((mark) => mark?.id);

describe('marksInTimeOrder(marks, extents)', () => {
  it('orders by time, never by x (which here runs backwards)', () => {
    expect(ids(marksInTimeOrder(marks, extents))).toEqual(['a', 'cluster:b1:b2', 'e', 'c', 'd']);
  });

  it('breaks ties by lane, top first', () => {
    const tied = [event('low', 100, 7), event('high', 0, 7)];
    expect(ids(marksInTimeOrder(tied, extents))).toEqual(['high', 'low']);
  });
});

describe('arrowTimeStep(key, axisDirection)', () => {
  it('→ is later on a left-to-right axis and earlier on a right-to-left one; ← the opposite', () => {
    expect(arrowTimeStep('ArrowRight', 'ltr')).toBe(1);
    expect(arrowTimeStep('ArrowLeft', 'ltr')).toBe(-1);
    expect(arrowTimeStep('ArrowRight', 'rtl')).toBe(-1);
    expect(arrowTimeStep('ArrowLeft', 'rtl')).toBe(1);
  });
});

describe('laneNeighbour(marks, from, step, extents)', () => {
  const mark = (id: string) => marks.find((m) => m.id === id)!;

  it('goes down to the mark in the next lane nearest in time, a cluster counting as a mark', () => {
    // a (day 1) → lane 50: the cluster (days 2–3) is 1 day away, d 8 days.
    expect(laneNeighbour(marks, mark('a'), 1, extents)?.id).toBe('cluster:b1:b2');
    // c (day 5) → lane 50: the cluster ends 2 days before, d is 4 days after.
    expect(laneNeighbour(marks, mark('c'), 1, extents)?.id).toBe('cluster:b1:b2');
    // The cluster's middle (day 2.5) → lane 100: e (days 4–7).
    expect(laneNeighbour(marks, mark('cluster:b1:b2'), 1, extents)?.id).toBe('e');
  });

  it('goes up the same way, and stops at the top and bottom lanes', () => {
    expect(laneNeighbour(marks, mark('d'), -1, extents)?.id).toBe('c');
    expect(laneNeighbour(marks, mark('e'), -1, extents)?.id).toBe('cluster:b1:b2');
    expect(laneNeighbour(marks, mark('a'), -1, extents)).toBeUndefined();
    expect(laneNeighbour(marks, mark('e'), 1, extents)).toBeUndefined();
  });

  it('skips a lane with nothing in view', () => {
    const sparse = marks.filter((m) => m.y !== 50);
    expect(laneNeighbour(sparse, mark('a'), 1, extents)?.id).toBe('e');
  });
});

describe('nearestInTime(marks, time, extents) and markOfEvent(marks, id)', () => {
  it('finds the mark nearest an instant: 0 inside a span, ties to the earlier', () => {
    expect(nearestInTime(marks, 2.5 * DAY, extents)?.id).toBe('cluster:b1:b2');
    expect(nearestInTime(marks, 6 * DAY, extents)?.id).toBe('e'); // inside e's range (days 4–7)
    expect(nearestInTime(marks, 100 * DAY, extents)?.id).toBe('d');
    expect(nearestInTime([event('p', 0, 10), event('q', 0, 12)], 11 * DAY, extents)?.id).toBe('p');
    expect(nearestInTime([], 0, extents)).toBeUndefined();
  });

  it("finds an event's own mark or the cluster holding it", () => {
    expect(markOfEvent(marks, 'c')?.id).toBe('c');
    expect(markOfEvent(marks, 'b2')?.id).toBe('cluster:b1:b2');
    expect(markOfEvent(marks, 'gone')).toBeUndefined();
  });

  it("gives an event's extent and a cluster's span", () => {
    expect(
      markSpan(
        marks.find((m) => m.id === 'e')!,
        extents,
      ),
    ).toEqual([4 * DAY, 7 * DAY]);
    expect(
      markSpan(
        marks.find((m) => m.id === 'cluster:b1:b2')!,
        extents,
      ),
    ).toEqual([2 * DAY, 3 * DAY]);
  });
});
