// Pure state helpers: the visible domain and the URL hash. No React, no DOM.
export { domainBounds, type DomainBoundsOptions } from './domainBounds';
export { clampDomain, type ClampDomainOptions } from './clampDomain';
export { zoomDomainAt } from './zoomDomainAt';
export { panDomain } from './panDomain';
export { domainForEvents } from './domainForEvents';
export { readEventHash, writeEventHash } from './eventHash';
export {
  emptyFilters,
  FILTER_STATUSES,
  FILTER_FACETS,
  FILTER_LIST_FACETS,
  FILTER_HASH_KEYS,
  FILTER_FACET_BY_HASH_KEY,
  type Filters,
  type FilterStatus,
  type FilterFacet,
  type FilterListFacet,
  type FilterMode,
  type Significance,
} from './filterModel';
export { normalizeFilters } from './normalizeFilters';
export { applyFilters } from './applyFilters';
export {
  countFilterOptions,
  type FilterOption,
  type FilterOptions,
  type FilterOptionLabels,
  type CountFilterOptionsOptions,
} from './countFilterOptions';
export { filtersToHash } from './filtersToHash';
export { filtersFromHash } from './filtersFromHash';
export { keepKnownFilters } from './keepKnownFilters';
export { toggleFilterValue } from './toggleFilterValue';
export { newEventIds, type EventAddedAt } from './newEventIds';
