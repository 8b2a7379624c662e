import { bisectLeft, bisectRight } from 'd3-array';
import { clusterMarks, type MarkItem } from './clusterMarks';
import { createTimeScale } from './createTimeScale';
import { mirrorMark } from './mirrorMark';
import type { PreparedTimeline } from './prepareTimeline';
import { spreadClusters } from './spreadClusters';
import type { SweptMarks } from './sweepLaneMarks';
import type { AxisDirection, Domain } from './types';

export interface SpreadMarksOptions {
  domain: Domain;
  width: number;
  /** y of each lane's marks, px. */
  laneY: readonly number[];
  minGap: number;
  maxWidth: number;
  axisDirection: AxisDirection;
}

/**
 * The marks at the narrowest zoom, where clusters cannot be parted by zooming and are spread side by side instead
 * (see spreadClusters). Few events are in view there, so this builds one item per event (sweepLaneMarks, for every
 * other zoom, builds none).
 */
export function spreadMarks(prepared: PreparedTimeline, options: SpreadMarksOptions): SweptMarks {
  const { domain, width, laneY, minGap, maxWidth, axisDirection } = options;
  const scale = createTimeScale(domain, width);
  const from = bisectLeft(prepared.starts, domain[0] - prepared.maxDuration);
  const to = bisectRight(prepared.starts, domain[1]);
  const items: MarkItem[] = [];
  for (let i = from; i < to; i++) {
    const extent = prepared.extents[i]!;
    if (extent.end < domain[0]) continue;
    const event = prepared.events[i]!;
    const lane = prepared.laneIndex[i]!;
    const x = scale(extent.start);
    const x2 = extent.kind === 'point' ? x : scale(extent.end);
    items.push({
      id: event.id,
      laneKey: prepared.lanes[lane]!.key,
      category: event.category,
      x,
      x2,
      // An uncertain date's symbol sits in the middle of its span (somewhere in that day, hour, month).
      cx: extent.kind === 'uncertain' ? (x + x2) / 2 : undefined,
      y: laneY[lane]!,
      kind: extent.kind,
      significance: event.significance ?? 3,
      figures: prepared.figures[i],
      start: extent.start,
      end: extent.end,
    });
  }
  items.sort((a, b) => (a.cx ?? a.x) - (b.cx ?? b.x));
  const spread = spreadClusters(
    clusterMarks(items, { minGap, maxWidth }),
    new Map(items.map((item) => [item.id, item])),
    minGap,
  );
  const marks = axisDirection === 'rtl' ? spread.map((mark) => mirrorMark(mark, width)) : spread;
  const markOf = new Int32Array(prepared.events.length).fill(-1);
  marks.forEach((mark, slot) => {
    for (const id of mark.type === 'cluster' ? mark.eventIds : [mark.id]) markOf[prepared.indexById.get(id)!] = slot;
  });
  return { marks, markOf, inView: items.length };
}
