import type { EventExtent } from './types';

/**
 * The one instant at which an event is counted (bins, running counts): the start of a point or a range
 * (a range is counted once, where it begins), and the middle of an uncertain span (a date known to the
 * day is counted on that day whichever zone the chart is read in; the timeline draws its symbol there too).
 */
export function eventAnchor(extent: EventExtent): number {
  return extent.kind === 'uncertain' ? extent.start + (extent.end - extent.start) / 2 : extent.start;
}
