import type { TimelineEvent } from '../schema/event';
import { eventFacets } from './eventFacets';
import type { Filters } from './filterModel';
import { normalizeFilters } from './normalizeFilters';

/**
 * The filters without values that no event has (a category, actor, country or status from an old or
 * forged link), so a reader is never left with a filter they cannot see or untick.
 */
export function keepKnownFilters(
  filters: Filters | null | undefined,
  events: readonly TimelineEvent[] | null | undefined,
): Filters {
  const clean = normalizeFilters(filters);
  const known = {
    categories: new Set<string>(),
    actors: new Set<string>(),
    countries: new Set<string>(),
    statuses: new Set<string>(),
  };
  for (const event of Array.isArray(events) ? events : []) {
    if (!event || typeof event !== 'object') continue;
    const facets = eventFacets(event);
    known.categories.add(facets.category);
    for (const actor of facets.actors) known.actors.add(actor);
    for (const country of facets.countries) known.countries.add(country);
    for (const status of facets.statuses) known.statuses.add(status);
  }
  return normalizeFilters({
    ...clean,
    categories: clean.categories?.filter((value) => known.categories.has(value)),
    actors: clean.actors?.filter((value) => known.actors.has(value)),
    countries: clean.countries?.filter((value) => known.countries.has(value)),
    statuses: clean.statuses?.filter((value) => known.statuses.has(value)),
  });
}
