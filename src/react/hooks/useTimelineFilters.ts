import { useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import { normalizeFilters } from '../../state/normalizeFilters';
import { applyFilters } from '../../state/applyFilters';
import type { FilterMode, Filters } from '../../state/filterModel';
import { useControllableState } from './useControllableState';

export interface TimelineFilters {
  filters: Filters;
  setFilters: (next: Filters) => void;
  /** The dataset the graphic draws: every event, or (mode "hide") only the matching ones. */
  shownDataset: Dataset;
  /** In mode "dim", the ids that match while a filter is active; null when nothing is dimmed. */
  matchingIds: ReadonlySet<string> | null;
  matchCount: number;
}

const NO_FILTERS: Filters = {};

/** The Timeline's filters (controlled or not) and what they do to the graphic: dim or hide the rest. */
export function useTimelineFilters(
  dataset: Dataset,
  options: { filters?: Filters; defaultFilters?: Filters; onFiltersChange?: (next: Filters) => void; mode: FilterMode },
): TimelineFilters {
  const [filters, setFilters] = useControllableState(
    options.filters,
    options.defaultFilters ?? NO_FILTERS,
    options.onFiltersChange,
  );
  // No filter set: every event matches, and a pass over 100,000 events is saved.
  const matching = useMemo(
    () => (Object.keys(normalizeFilters(filters)).length === 0 ? null : applyFilters(dataset.events, filters)),
    [dataset, filters],
  );
  const active = matching !== null && matching.size < dataset.events.length;
  const shownDataset = useMemo(
    () =>
      options.mode === 'hide' && active
        ? { ...dataset, events: dataset.events.filter((event) => matching!.has(event.id)) }
        : dataset,
    [dataset, matching, active, options.mode],
  );
  return {
    filters,
    setFilters,
    shownDataset,
    matchingIds: options.mode === 'dim' && active ? matching : null,
    matchCount: matching?.size ?? dataset.events.length,
  };
}
