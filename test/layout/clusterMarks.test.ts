import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterMarks, type Mark, type MarkItem } from '../../src/layout/index';

function item(id: string, x: number, laneKey = 'a', extra: Partial<MarkItem> = {}): MarkItem {
  return {
    id,
    laneKey,
    category: 'attack',
    x,
    x2: x,
    y: 10,
    kind: 'point',
    significance: 3,
    start: x * 1000,
    end: x * 1000,
    ...extra,
  };
}

const idsOf = (mark: Mark) => (mark.type === 'event' ? [mark.id] : mark.eventIds);

const itemsArbitrary = fc
  .array(
    fc.record({
      lane: fc.constantFrom('a', 'b', 'c'),
      x: fc.double({ min: -100, max: 1500, noNaN: true }),
      length: fc.double({ min: 0, max: 200, noNaN: true }),
    }),
    { maxLength: 300 },
  )
  .map((raw) =>
    raw
      .map((r, i) =>
        item(`e${i}`, r.x, r.lane, {
          x2: r.x + r.length,
          kind: r.length > 0 ? 'range' : 'point',
          end: (r.x + r.length) * 1000,
        }),
      )
      .sort((p, q) => p.x - q.x),
  );

describe('clusterMarks(items, { minGap, maxWidth })', () => {
  it('keeps a lone event an EventMark and merges events closer than minGap into a ClusterMark', () => {
    const marks = clusterMarks([item('a1', 0), item('a2', 5), item('a3', 9), item('b1', 10, 'b'), item('a4', 40)], {
      minGap: 14,
    });
    expect(marks).toEqual([
      {
        type: 'cluster',
        id: 'cluster:a1:a3',
        laneKey: 'a',
        eventIds: ['a1', 'a2', 'a3'],
        count: 3,
        x: 4.5,
        x1: 0,
        x2: 9,
        y: 10,
        domain: [0, 9000],
      },
      {
        type: 'event',
        id: 'b1',
        laneKey: 'b',
        category: 'attack',
        x: 10,
        x2: 10,
        y: 10,
        kind: 'point',
        significance: 3,
      },
      {
        type: 'event',
        id: 'a4',
        laneKey: 'a',
        category: 'attack',
        x: 40,
        x2: 40,
        y: 10,
        kind: 'point',
        significance: 3,
      },
    ]);
  });

  it('lists cluster members in time order and spans their whole time and drawn width', () => {
    const [mark] = clusterMarks(
      [
        item('range', 0, 'a', { x2: 80, kind: 'range', start: 500, end: 99_000 }),
        item('point', 2, 'a', { start: 100 }),
      ],
      { minGap: 14 },
    );
    expect(mark).toMatchObject({
      type: 'cluster',
      eventIds: ['point', 'range'],
      id: 'cluster:point:range',
      x1: 0,
      x2: 80,
      domain: [100, 99_000],
    });
  });

  it("measures closeness between symbols: an uncertain span's sits in its middle (cx)", () => {
    const marks = clusterMarks(
      [item('point', 45), item('day', 0, 'a', { x2: 100, cx: 50, kind: 'uncertain' }), item('later', 90)],
      { minGap: 14 },
    );
    expect(marks.map((m) => (m.type === 'cluster' ? m.eventIds : m.id))).toEqual([['day', 'point'], 'later']);
    expect(marks[0]).toMatchObject({ x: 47.5, x1: 0, x2: 100 });
  });

  it('stops a cluster at maxWidth so a dense lane becomes several clusters', () => {
    const dense = Array.from({ length: 100 }, (_, i) => item(`e${i}`, i * 5));
    const marks = clusterMarks(dense, { minGap: 14, maxWidth: 96 });
    expect(marks.length).toBeGreaterThan(4);
    for (const mark of marks) expect(mark.type === 'cluster' ? mark.x2 - mark.x1 : 0).toBeLessThanOrEqual(96);
    expect(clusterMarks(dense, { minGap: 14 })).toHaveLength(1);
  });

  it('puts every event in exactly one mark, counts adding up, clusters only of near neighbours (property)', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: undefined }),
        (items, minGap, maxWidth) => {
          const marks = clusterMarks(items, { minGap, maxWidth });
          const seen = marks.flatMap(idsOf);
          expect(seen.sort()).toEqual(items.map((i) => i.id).sort());
          expect(marks.reduce((sum, m) => sum + (m.type === 'event' ? 1 : m.count), 0)).toBe(items.length);
          const byId = new Map(items.map((i) => [i.id, i]));
          for (const mark of marks) {
            if (mark.type === 'event') continue;
            expect(mark.count).toBe(mark.eventIds.length);
            expect(mark.count).toBeGreaterThan(1);
            const xs = mark.eventIds.map((id) => byId.get(id)!.cx ?? byId.get(id)!.x).sort((p, q) => p - q);
            for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeLessThan(minGap);
            expect(new Set(mark.eventIds.map((id) => byId.get(id)!.laneKey))).toEqual(new Set([mark.laneKey]));
          }
        },
      ),
    );
  });

  it('leaves marks in a lane at least min(minGap, maxWidth / 2) px apart (property)', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: undefined }),
        (items, minGap, maxWidth) => {
          const marks = clusterMarks(items, { minGap, maxWidth });
          const guaranteed = Math.min(minGap, (maxWidth ?? Infinity) / 2);
          for (const lane of ['a', 'b', 'c']) {
            const xs = marks.filter((m) => m.laneKey === lane).map((m) => (m.type === 'event' ? (m.cx ?? m.x) : m.x));
            for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(guaranteed - 1e-9);
          }
        },
      ),
    );
  });
});
