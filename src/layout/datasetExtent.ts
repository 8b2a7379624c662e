import type { PreparedTimeline } from './prepareTimeline';
import type { Domain } from './types';

/** From the earliest start to the latest end of all placed events, epoch ms; null when there are none. */
export function datasetExtent(prepared: Pick<PreparedTimeline, 'extents'>): Domain | null {
  let start = Infinity;
  let end = -Infinity;
  for (const extent of prepared.extents) {
    start = Math.min(start, extent.start);
    end = Math.max(end, extent.end);
  }
  return start <= end ? [start, end] : null;
}
