import type { EventFacets } from './eventFacets';
import type { FilterFacet, Filters } from './filterModel';
import { normalizeFilters } from './normalizeFilters';

/** The facets an event fails: an empty list means it matches every filter. */
export type FilterMatcher = (facets: EventFacets) => FilterFacet[];

function anyOf(selected: Set<string> | null, values: readonly string[]): boolean {
  return selected === null || values.some((value) => selected.has(value));
}

/** Compiles the filters once (sets for O(1) look-ups), to test many events. */
export function filterMatcher(filters: Filters | null | undefined): FilterMatcher {
  const clean = normalizeFilters(filters);
  const set = (values: readonly string[] | undefined) => (values ? new Set<string>(values) : null);
  const categories = set(clean.categories);
  const actors = set(clean.actors);
  const countries = set(clean.countries);
  const statuses = set(clean.statuses);
  const min = clean.minSignificance ?? null;
  return (facets) => {
    const failed: FilterFacet[] = [];
    if (categories && !categories.has(facets.category)) failed.push('categories');
    if (!anyOf(actors, facets.actors)) failed.push('actors');
    if (!anyOf(countries, facets.countries)) failed.push('countries');
    if (!anyOf(statuses, facets.statuses)) failed.push('statuses');
    if (min !== null && !(facets.significance >= min)) failed.push('minSignificance');
    return failed;
  };
}
