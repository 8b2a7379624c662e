import { clusterMarks } from './clusterMarks';
import { markItemsInView } from './markItemsInView';
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
 * (see spreadClusters). Few events are in view there, so it works on one item per event (markItemsInView).
 */
export function spreadMarks(prepared: PreparedTimeline, options: SpreadMarksOptions): SweptMarks {
  const { domain, width, laneY, minGap, maxWidth, axisDirection } = options;
  const items = markItemsInView(prepared, { domain, width, laneY });
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
