import { FILTER_STATUSES, type FilterStatus, type Filters, type Significance } from './filterModel';

const STATUSES = new Set<string>(FILTER_STATUSES);

function values(input: unknown): string[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out = new Set<string>();
  for (const value of input) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text) out.add(text);
  }
  return out.size ? [...out] : undefined;
}

/**
 * The filters in their canonical form: values trimmed, without blanks or repeats (first order kept);
 * empty facets, unknown statuses and a significance outside 2–5 (1 lets every event through) left out.
 * Never throws, whatever it is given.
 */
export function normalizeFilters(filters: Filters | null | undefined): Filters {
  if (!filters || typeof filters !== 'object') return {};
  const out: Filters = {};
  const categories = values(filters.categories);
  const actors = values(filters.actors);
  const countries = values(filters.countries);
  const statuses = values(filters.statuses)?.filter((status): status is FilterStatus => STATUSES.has(status));
  const min = filters.minSignificance;
  if (categories) out.categories = categories;
  if (actors) out.actors = actors;
  if (countries) out.countries = countries;
  if (statuses?.length) out.statuses = statuses;
  if (typeof min === 'number' && Number.isInteger(min) && min >= 2 && min <= 5)
    out.minSignificance = min as Significance;
  return out;
}
