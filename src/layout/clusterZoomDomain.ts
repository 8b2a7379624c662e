import { eventAnchor } from './eventAnchor';
import type { ClusterMark, Domain, EventExtent } from './types';

/**
 * The view that parts a cluster: around where its events' symbols sit (eventAnchor: a date known only to
 * the day sits mid-day), padded by a quarter of their spread and at least `minSpan` wide. Zooming to the
 * members' whole extents instead could leave two same-day events stacked, however often one zoomed.
 */
export function clusterZoomDomain(
  cluster: ClusterMark,
  extents: ReadonlyMap<string, EventExtent>,
  minSpan: number,
): Domain {
  let first = Infinity;
  let last = -Infinity;
  for (const id of cluster.eventIds) {
    const extent = extents.get(id);
    if (!extent) continue;
    const anchor = eventAnchor(extent);
    first = Math.min(first, anchor);
    last = Math.max(last, anchor);
  }
  if (!(first <= last)) [first, last] = cluster.domain;
  const pad = Math.max((last - first) * 0.25, minSpan / 2);
  return [first - pad, last + pad];
}
