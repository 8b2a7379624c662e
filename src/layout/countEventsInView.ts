import type { Domain, EventExtent } from './types';

/**
 * How many events a view shows: those whose extent meets the domain (a range that began before it and
 * is still running counts) and that `include` keeps (the filters). `ids[i]` belongs to `extents[i]`.
 */
export function countEventsInView(
  ids: readonly string[],
  extents: readonly EventExtent[],
  domain: Domain,
  include: (id: string) => boolean = () => true,
): number {
  let count = 0;
  for (let i = 0; i < extents.length; i++) {
    const extent = extents[i]!;
    if (extent.start <= domain[1] && extent.end >= domain[0] && include(ids[i]!)) count += 1;
  }
  return count;
}
