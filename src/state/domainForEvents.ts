import type { Domain, EventExtent } from '../layout/types';
import { domainBounds, type DomainBoundsOptions } from './domainBounds';

/**
 * The view that fits these events (a cluster's members, a search result) with padding: from the earliest
 * start to the latest end, padded by `padding` of the span and at least `minSpan` wide (default a day).
 * Null for no events.
 */
export function domainForEvents(extents: Iterable<EventExtent>, options: DomainBoundsOptions = {}): Domain | null {
  let start = Infinity;
  let end = -Infinity;
  for (const extent of extents) {
    if (!Number.isFinite(extent.start) || !Number.isFinite(extent.end)) continue;
    start = Math.min(start, extent.start);
    end = Math.max(end, extent.end);
  }
  return start <= end ? domainBounds([start, end], options) : null;
}
