import { useEffect, useRef } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { Filters } from '../../state/filterModel';
import { keepKnownFilters } from '../../state/keepKnownFilters';
import { normalizeFilters } from '../../state/normalizeFilters';

/**
 * Developing stories: the reader's filters outlive an update, except values no event has any more (the only event
 * of an actor was withdrawn), which the filter bar could no longer show to be unticked. Asks for the cleaned
 * filters (through `setFilters`, so a controlled host is told) only when the dataset changes, never at mount.
 */
export function useKnownFiltersOnUpdate(dataset: Dataset, filters: Filters, setFilters: (next: Filters) => void) {
  const previousDataset = useRef(dataset);
  useEffect(() => {
    if (previousDataset.current === dataset) return;
    previousDataset.current = dataset;
    const kept = keepKnownFilters(filters, dataset.events);
    if (JSON.stringify(kept) !== JSON.stringify(normalizeFilters(filters))) setFilters(kept);
  }, [dataset, filters, setFilters]);
}
