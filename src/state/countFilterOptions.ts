import { BUILT_IN_CATEGORIES } from '../schema/builtInCategories';
import type { Dataset } from '../schema/dataset';
import type { TimelineEvent } from '../schema/event';
import { eventFacets, type EventFacets } from './eventFacets';
import { filterMatcher } from './filterMatcher';
import {
  FILTER_LIST_FACETS,
  FILTER_STATUSES,
  type FilterListFacet,
  type FilterStatus,
  type Filters,
  type Significance,
} from './filterModel';
import { normalizeFilters } from './normalizeFilters';

/** One choice of a facet: its value, words for it, how many events it would show, and whether it is chosen. */
export interface FilterOption<V extends string | number = string> {
  value: V;
  label: string;
  count: number;
  selected: boolean;
}

export interface FilterOptions {
  categories: FilterOption[];
  actors: FilterOption[];
  countries: FilterOption[];
  statuses: FilterOption<FilterStatus>[];
  /** Thresholds 1–5 ("at least n"; 1 is "any"), in that order; `selected` is the current one. */
  significance: FilterOption<Significance>[];
  /** Events matching every filter, and all the events. */
  matched: number;
  total: number;
}

/** Words the pure layer does not know: category and status labels in the reader's language. */
export interface FilterOptionLabels {
  category?: Readonly<Record<string, string>>;
  status?: Readonly<Partial<Record<FilterStatus, string>>>;
}

export interface CountFilterOptionsOptions {
  labels?: FilterOptionLabels;
  /** BCP 47 locale to order labels whose counts tie. */
  locale?: string;
}

const SIGNIFICANCE: readonly Significance[] = [1, 2, 3, 4, 5];

function own(record: Readonly<Record<string, string>> | undefined, key: string): string {
  const value = record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  return typeof value === 'string' ? value : '';
}

function collator(locale: string | undefined): Intl.Collator {
  try {
    return new Intl.Collator(locale);
  } catch {
    return new Intl.Collator('en');
  }
}

function facetValues(facets: EventFacets, facet: FilterListFacet): readonly string[] {
  return facet === 'categories' ? [facets.category] : facets[facet];
}

/**
 * The options of every facet with counts, the faceted-search way: an option's count is how many events
 * would match if it were the only value chosen in its facet, given what is chosen in the OTHER facets.
 * So ticking a box never changes the counts of its own facet, and a count is what choosing it alone shows.
 * Options are the values found in the events, plus any chosen value (count 0, so it can be unticked);
 * each facet is sorted by count, largest first (ties: the usual order of categories and statuses, then
 * labels). Actors are counted whether they act or are targeted. One pass over the events.
 */
export function countFilterOptions(
  events: readonly TimelineEvent[] | null | undefined,
  filters: Filters | null | undefined,
  dataset?: Pick<Dataset, 'actors' | 'categories'> | null,
  options: CountFilterOptionsOptions = {},
): FilterOptions {
  const clean = normalizeFilters(filters);
  const matcher = filterMatcher(clean);
  const counts = Object.fromEntries(FILTER_LIST_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    FilterListFacet,
    Map<string, number>
  >;
  const bySignificance = [0, 0, 0, 0, 0];
  let matched = 0;
  let total = 0;

  for (const event of Array.isArray(events) ? events : []) {
    if (!event || typeof event !== 'object') continue;
    total += 1;
    const facets = eventFacets(event);
    const failed = matcher(facets);
    if (failed.length === 0) matched += 1;
    for (const facet of FILTER_LIST_FACETS) {
      const tally = counts[facet];
      const counted = failed.length === 0 || (failed.length === 1 && failed[0] === facet);
      for (const value of facetValues(facets, facet)) {
        if (value === '') continue;
        tally.set(value, (tally.get(value) ?? 0) + (counted ? 1 : 0));
      }
    }
    if (failed.length === 0 || (failed.length === 1 && failed[0] === 'minSignificance')) {
      SIGNIFICANCE.forEach((min, i) => {
        if (facets.significance >= min) bySignificance[i]! += 1;
      });
    }
  }

  const compare = collator(options.locale);
  const labels = options.labels ?? {};
  const actorNames = new Map(
    (Array.isArray(dataset?.actors) ? dataset.actors : []).map((actor) => [actor?.id, actor?.name]),
  );
  const categoryNames = new Map(
    (Array.isArray(dataset?.categories) ? dataset.categories : []).map((category) => [category?.id, category?.label]),
  );
  const categoryOrder = [...BUILT_IN_CATEGORIES, ...categoryNames.keys()];
  const rank = (order: readonly unknown[], value: string) => {
    const i = order.indexOf(value);
    return i === -1 ? order.length : i;
  };
  const labelOf: Record<FilterListFacet, (value: string) => string> = {
    categories: (id) => own(labels.category, id) || text(categoryNames.get(id)) || id,
    actors: (id) => text(actorNames.get(id)) || id,
    countries: (country) => country,
    statuses: (status) => own(labels.status as Record<string, string> | undefined, status) || status,
  };
  const orderOf: Record<FilterListFacet, readonly unknown[]> = {
    categories: categoryOrder,
    actors: [],
    countries: [],
    statuses: FILTER_STATUSES,
  };

  const build = (facet: FilterListFacet): FilterOption[] => {
    const chosen = new Set<string>(clean[facet] ?? []);
    for (const value of chosen) if (!counts[facet].has(value)) counts[facet].set(value, 0);
    return [...counts[facet]]
      .map(([value, count]) => ({ value, label: labelOf[facet](value), count, selected: chosen.has(value) }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          rank(orderOf[facet], a.value) - rank(orderOf[facet], b.value) ||
          compare.compare(a.label, b.label),
      );
  };

  const min = clean.minSignificance ?? 1;
  return {
    categories: build('categories'),
    actors: build('actors'),
    countries: build('countries'),
    statuses: build('statuses') as FilterOption<FilterStatus>[],
    significance: SIGNIFICANCE.map((value, i) => ({
      value,
      label: String(value),
      count: bySignificance[i]!,
      selected: value === min,
    })),
    matched,
    total,
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
