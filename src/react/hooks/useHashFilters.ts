import { useEffect, useRef } from 'react';
import type { Filters } from '../../state/filterModel';
import { filtersFromHash } from '../../state/filtersFromHash';
import { filtersToHash } from '../../state/filtersToHash';

export interface HashFiltersOptions {
  /** The filters in force. */
  filters: Filters;
  /**
   * Called with the filters of the page's hash (`#cat=attack&sig=3`) on mount and whenever the hash
   * changes, when it holds any. A hash without filter keys (say `#event=x`, or an in-page anchor) leaves
   * the filters alone. Not called when the hash asks for the filters already in force.
   */
  onHashFilters: (filters: Filters) => void;
  /**
   * Cleans what the hash asks for before use, e.g. `(f) => keepKnownFilters(f, events)`: a hash is
   * anyone's input. Default: syntactic checks only (`filtersFromHash`).
   */
  sanitize?: (filters: Filters) => Filters;
  /** Read the hash. Default true. */
  readHash?: boolean;
  /** Write the filters into the page's hash (replacing the history entry, so Back still leaves the page). */
  syncHash: boolean;
}

/** The filters as hash text, to compare two sets of filters. */
const key = (filters: Filters) => filtersToHash('', filters);

/** Filters in the URL: a link reproduces the view. Other hash params (`event=`) are kept as they are. */
export function useHashFilters(options: HashFiltersOptions): void {
  const { filters, readHash = true, syncHash } = options;
  const latest = useRef(options);
  latest.current = options;
  /** Set when filters were read from the hash: until the filters change, the hash is not to be overwritten. */
  const pending = useRef<{ before: Filters } | null>(null);

  useEffect(() => {
    if (!readHash || typeof location === 'undefined') return;
    const read = () => {
      const { sanitize, onHashFilters, filters: current } = latest.current;
      const raw = filtersFromHash(location.hash);
      const found = sanitize ? sanitize(raw) : raw;
      const next = key(found);
      if (next === '' || next === key(current)) return;
      pending.current = { before: current };
      onHashFilters(found);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [readHash]);

  useEffect(() => {
    if (!syncHash || typeof location === 'undefined' || typeof history === 'undefined') return;
    if (pending.current !== null) {
      if (filters === pending.current.before) return; // what the hash asked for is not in force yet
      pending.current = null;
    }
    const next = filtersToHash(location.hash, filters);
    if (next === location.hash || (next === '' && location.hash === '')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
  }, [filters, syncHash]);
}
