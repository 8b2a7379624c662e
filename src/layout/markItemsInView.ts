import { bisectLeft, bisectRight } from 'd3-array';
import type { MarkItem } from './clusterMarks';
import { createTimeScale } from './createTimeScale';
import type { PreparedTimeline } from './prepareTimeline';
import type { Domain } from './types';

/**
 * One item per event in view, placed left to right in time and sorted by symbol: what clusterMarks takes. The
 * narrowest zoom (spreadMarks) uses it; every other zoom sweeps typed arrays instead (sweepLaneMarks).
 */
export function markItemsInView(
  prepared: PreparedTimeline,
  options: { domain: Domain; width: number; laneY: readonly number[] },
): MarkItem[] {
  const { domain, width, laneY } = options;
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
  return items.sort((a, b) => (a.cx ?? a.x) - (b.cx ?? b.x));
}
