import { CLAIM_STATUSES, type ClaimStatus } from '../schema/claimStatuses';

/**
 * The claim status of an event's figures, for filtering: any status of one of its casualty reports, or
 * "none" for an event with no casualty report at all (offered to readers as "No figures").
 */
export type FilterStatus = ClaimStatus | 'none';

/** Every status a filter can ask for, in the order they are offered when counts tie. */
export const FILTER_STATUSES: readonly FilterStatus[] = [...CLAIM_STATUSES, 'none'];

/** The significance threshold: only events at least this significant. */
export type Significance = 1 | 2 | 3 | 4 | 5;

/**
 * What the reader filters on. An absent (or empty) facet sets no constraint. An event matches when it
 * matches every present facet; within a facet, any one of the values is enough:
 * - `categories`: the event's category;
 * - `actors`: an actor that acts in the event OR is targeted by it;
 * - `countries`: the country of its place or of one of its additional places;
 * - `statuses`: any of its casualty reports has that status ("none": the event has no casualty report);
 * - `minSignificance`: its significance is at least this.
 */
export interface Filters {
  categories?: string[];
  actors?: string[];
  countries?: string[];
  statuses?: FilterStatus[];
  minSignificance?: Significance;
}

/** The facets with a list of values (checkboxes), in the order a filter bar shows them. */
export type FilterListFacet = 'categories' | 'actors' | 'countries' | 'statuses';
export type FilterFacet = FilterListFacet | 'minSignificance';

export const FILTER_LIST_FACETS: readonly FilterListFacet[] = ['categories', 'actors', 'countries', 'statuses'];
export const FILTER_FACETS: readonly FilterFacet[] = [...FILTER_LIST_FACETS, 'minSignificance'];

/** What happens to events the filters leave out: drawn faintly, or not drawn. */
export type FilterMode = 'dim' | 'hide';

/** The keys of the filters in a URL hash: `#cat=attack,strike&actor=iri&country=Iraq&status=claimed&sig=3`. */
export const FILTER_HASH_KEYS: Readonly<Record<FilterFacet, string>> = {
  categories: 'cat',
  actors: 'actor',
  countries: 'country',
  statuses: 'status',
  minSignificance: 'sig',
};

/** The facet a hash key stands for (`cat` → categories). */
export const FILTER_FACET_BY_HASH_KEY: ReadonlyMap<string, FilterFacet> = new Map(
  FILTER_FACETS.map((facet) => [FILTER_HASH_KEYS[facet], facet]),
);

/** No filter: every event matches. */
export const emptyFilters: Filters = Object.freeze({}) as Filters;
