import type { FilterListFacet, Filters } from './filterModel';
import { normalizeFilters } from './normalizeFilters';

/** The filters with one value of a facet chosen or not; a facet left with no value is removed. */
export function toggleFilterValue(
  filters: Filters | null | undefined,
  facet: FilterListFacet,
  value: string,
  chosen: boolean,
): Filters {
  const clean = normalizeFilters(filters);
  const current: string[] = clean[facet] ?? [];
  const next = chosen ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
  return normalizeFilters({ ...clean, [facet]: next });
}
