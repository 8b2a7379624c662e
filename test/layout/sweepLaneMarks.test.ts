import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataset } from '../../src/datasets/generateDataset';
import { escalation2023 } from '../../src/datasets';
import { clusterMarks } from '../../src/layout/clusterMarks';
import { markItemsInView } from '../../src/layout/markItemsInView';
import { datasetExtent } from '../../src/layout/datasetExtent';
import { mirrorMark } from '../../src/layout/mirrorMark';
import { prepareTimeline, type PreparedTimeline } from '../../src/layout/prepareTimeline';
import { sweepLaneMarks } from '../../src/layout/sweepLaneMarks';
import type { Domain, Mark } from '../../src/layout/types';

/** The marks as clusterMarks makes them: one item per event in view, sorted by symbol, then clustered. */
function reference(prepared: PreparedTimeline, domain: Domain, width: number, mirror: boolean): Mark[] {
  const items = markItemsInView(prepared, { domain, width, laneY: prepared.lanes.map((_, i) => i * 10) });
  const marks = clusterMarks(items, { minGap: 28, maxWidth: 96 });
  return mirror ? marks.map((mark) => mirrorMark(mark, width)) : marks;
}

function swept(prepared: PreparedTimeline, domain: Domain, width: number, mirror: boolean) {
  return sweepLaneMarks(
    {
      ...prepared,
      lanes: prepared.laneSequences,
      laneKeys: prepared.lanes.map((lane) => lane.key),
      laneY: prepared.lanes.map((_, i) => i * 10),
    },
    { domain, width, minGap: 28, maxWidth: 96, mirror },
  );
}

/** Marks as plain data, cluster members listed (eventIds is read lazily on the swept ones). */
const plain = (marks: readonly Mark[]) =>
  marks.map((mark) => (mark.type === 'cluster' ? { ...mark, eventIds: [...mark.eventIds] } : { ...mark }));

const datasets = {
  escalation2023: prepareTimeline(escalation2023),
  'generated 3,000': prepareTimeline(generateDataset({ count: 3000, seed: 7 })),
};

describe('sweepLaneMarks', () => {
  for (const [name, prepared] of Object.entries(datasets)) {
    const [first, last] = datasetExtent(prepared)!;
    it(`makes the same marks as clusterMarks, in the same order, at any view and width (${name})`, () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0.0005, max: 1.2, noNaN: true }),
          fc.integer({ min: 240, max: 2000 }),
          fc.boolean(),
          (at, zoom, width, mirror) => {
            const span = (last - first) * zoom + 3_600_000;
            const start = first - span * 0.1 + (last - first) * at;
            const domain: Domain = [start, start + span];
            const { marks, inView } = swept(prepared, domain, width, mirror);
            const expected = reference(prepared, domain, width, mirror);
            expect(plain(marks)).toEqual(plain(expected));
            expect(inView).toBe(expected.reduce((sum, mark) => sum + (mark.type === 'cluster' ? mark.count : 1), 0));
          },
        ),
        { numRuns: 60, seed: 42 },
      );
    });
  }

  it('says which mark shows each event, and -1 for events out of view', () => {
    const prepared = datasets['generated 3,000'];
    const [first, last] = datasetExtent(prepared)!;
    const domain: Domain = [first + (last - first) / 3, first + (last - first) / 2];
    const { marks, markOf } = swept(prepared, domain, 800, false);
    prepared.events.forEach((event, i) => {
      const slot = markOf[i]!;
      const extent = prepared.extents[i]!;
      const inView = extent.start <= domain[1] && extent.end >= domain[0];
      expect(slot >= 0).toBe(inView);
      if (slot < 0) return;
      const mark = marks[slot]!;
      expect(mark.type === 'cluster' ? mark.eventIds.includes(event.id) : mark.id === event.id).toBe(true);
    });
  });

  it('does not list a cluster’s events until they are read', () => {
    const prepared = datasets['generated 3,000'];
    const { marks } = swept(prepared, datasetExtent(prepared)!, 600, false);
    const cluster = marks.find((mark) => mark.type === 'cluster')!;
    expect(Object.getOwnPropertyDescriptor(cluster, 'eventIds')?.get).toBeTypeOf('function');
    expect(cluster.type === 'cluster' && cluster.eventIds).toHaveLength(cluster.type === 'cluster' ? cluster.count : 0);
    expect(Object.getOwnPropertyDescriptor(cluster, 'eventIds')?.value).toBeInstanceOf(Array);
  });
});
