import { useEffect, useRef } from 'react';
import { readEventHash, writeEventHash } from '../../state/eventHash';

export interface EventHashOptions {
  /** Ids the graphic can select; a hash naming another id is ignored. */
  hasEvent: (id: string) => boolean;
  selectedId: string | null;
  /** Called with the id from `#event=<id>` on mount and whenever the hash changes. */
  onHashEvent: (id: string) => void;
  /** Write the selection into the page's hash (replacing, so Back still leaves the page). */
  syncHash: boolean;
}

/** Deep links: `#event=<id>` in the page URL selects that event; with `syncHash` selecting writes the hash. */
export function useEventHash({ hasEvent, selectedId, onHashEvent, syncHash }: EventHashOptions): void {
  const latest = useRef({ hasEvent, onHashEvent });
  latest.current = { hasEvent, onHashEvent };

  useEffect(() => {
    if (typeof location === 'undefined') return;
    const read = () => {
      const id = readEventHash(location.hash);
      if (id !== null && latest.current.hasEvent(id)) latest.current.onHashEvent(id);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (!syncHash || typeof location === 'undefined' || typeof history === 'undefined') return;
    const next = writeEventHash(location.hash, selectedId);
    if (next === location.hash || (next === '' && location.hash === '')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
  }, [selectedId, syncHash]);
}
