import type { BuiltInCategory } from '../schema/builtInCategories';
import type { FilterStatus } from '../state/filterModel';
import { en } from './messages';
import { mergeWords, type WordOverrides } from './mergeWords';

/**
 * The words of the filter bar, kept apart from the shared `Messages` so it can grow on its own. Templates
 * use `{name}` placeholders filled by `interpolate`; a locale is plain data.
 */
export interface FilterMessages {
  /** Accessible name of the filter bar. */
  filtersLabel: string;
  /** The facets: the visible heading of each disclosure, and the legend of its fieldset. */
  categoryFacet: string;
  actorFacet: string;
  countryFacet: string;
  statusFacet: string;
  /** After a facet's name when values are chosen: `{facet}`, `{count}`. */
  facetChosen: string;
  /** A checkbox: `{label}` and the number of events it would show, `{count}`. */
  optionCount: string;
  /** A facet with nothing to choose from. */
  noOptions: string;
  significanceLabel: string;
  /** The significance choices: `{count}` events; `{n}` the threshold. */
  significanceAny: string;
  significanceAtLeast: string;
  significanceTop: string;
  /** What happens to the events left out (shown only when the host lets the reader choose). */
  modeLabel: string;
  modeDim: string;
  modeHide: string;
  clearFilters: string;
  /** The live summary: `{shown}` of `{total}` events. */
  summary: string;
  summaryAll: string;
  category: Record<BuiltInCategory, string>;
  /** Claim status of an event's figures, in words; "none": the event has no casualty report. */
  status: Record<FilterStatus, string>;
}

/** British English, the default. */
export const filterMessagesEn: FilterMessages = {
  filtersLabel: 'Filter events',
  categoryFacet: 'Category',
  actorFacet: 'Who (acting or targeted)',
  countryFacet: 'Country',
  statusFacet: 'Casualty figures',
  facetChosen: '{facet}: {count} chosen',
  optionCount: '{label} ({count})',
  noOptions: 'Nothing to choose from.',
  significanceLabel: 'Significance',
  significanceAny: 'Any ({count})',
  significanceAtLeast: '{n} and above ({count})',
  significanceTop: '{n} only ({count})',
  modeLabel: 'Events left out',
  modeDim: 'Dimmed',
  modeHide: 'Hidden',
  clearFilters: 'Clear filters',
  summary: 'Showing {shown} of {total} events',
  summaryAll: 'Showing all {total} events',
  category: { ...en.category },
  status: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    claimed: 'Claimed',
    denied: 'Denied',
    unverified: 'Not verified',
    none: 'No figures',
  },
};

/** Partial overrides: any top-level word, and any entry of `category` or `status`. */
export type FilterMessageOverrides = WordOverrides<FilterMessages>;

/** The base words with overrides applied; ignores overrides that are not text. Never throws. */
export function mergeFilterMessages(
  overrides?: FilterMessageOverrides | null,
  base: FilterMessages = filterMessagesEn,
): FilterMessages {
  return mergeWords(base, overrides);
}
