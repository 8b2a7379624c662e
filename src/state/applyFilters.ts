import type { TimelineEvent } from '../schema/event';
import { eventFacets } from './eventFacets';
import { filterMatcher } from './filterMatcher';
import type { Filters } from './filterModel';

/** The ids of the events that match every present facet of the filters (see `Filters`), in one pass. */
export function applyFilters(
  events: readonly TimelineEvent[] | null | undefined,
  filters?: Filters | null,
): Set<string> {
  const matches = filterMatcher(filters);
  const ids = new Set<string>();
  for (const event of Array.isArray(events) ? events : []) {
    if (!event || typeof event !== 'object' || typeof event.id !== 'string') continue;
    if (matches(eventFacets(event)).length === 0) ids.add(event.id);
  }
  return ids;
}
