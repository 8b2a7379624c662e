import { useEffect, useMemo, useRef, type FocusEvent, type RefObject } from 'react';
import type { EventExtent } from '../../layout/types';

export interface RemovedSelectionOptions {
  /** The selection as asked for (controlled or not), even if the data no longer holds it. */
  selectedId: string | null;
  hasEvent: (id: string) => boolean;
  setSelectedId: (id: string | null) => void;
  /** The open detail, if any. */
  detailRef: RefObject<HTMLElement | null>;
  /** Every event's extent (the prepared data's), to place a removed event in time. */
  extents: ReadonlyMap<string, EventExtent>;
  /** Focus the mark nearest to where the removed event was. */
  focusNear: (id: string, time: number) => void;
}

/**
 * Developing stories: when an update removes the event whose detail is open, the detail closes (the Timeline
 * stops drawing it at once), the selection is cleared (so `onSelectedIdChange(null)` tells the host) and, if
 * focus was in the detail, it goes to the mark nearest in time to the removed event instead of falling to the
 * page. Focus elsewhere is left alone. Returns the focus handlers for the element that holds the detail.
 */
export function useRemovedSelection(options: RemovedSelectionOptions) {
  const { selectedId, hasEvent, setSelectedId, detailRef, extents, focusNear } = options;
  /** Focus is in the detail (or was, until an update removed it with its event). */
  const focusInDetail = useRef(false);
  /** The selected id while its event existed, and the extents it was drawn with. */
  const shown = useRef<string | null>(null);
  const lastExtents = useRef(extents);
  const latest = useRef({ setSelectedId, focusNear });
  latest.current = { setSelectedId, focusNear };

  useEffect(() => {
    const present = selectedId !== null && hasEvent(selectedId);
    const removed = !present && selectedId !== null && shown.current === selectedId ? selectedId : null;
    const before = lastExtents.current;
    shown.current = present ? selectedId : null;
    lastExtents.current = extents;
    if (removed === null) return;
    const document = detailRef.current?.ownerDocument ?? globalThis.document;
    const active = document?.activeElement;
    if (focusInDetail.current && (!active || active === document.body)) {
      latest.current.focusNear(removed, before.get(removed)?.start ?? extents.get(removed)?.start ?? Number.NaN);
    }
    focusInDetail.current = false;
    latest.current.setSelectedId(null);
  }, [selectedId, hasEvent, extents, detailRef]);

  return useMemo(
    () => ({
      onFocus: (event: FocusEvent<HTMLElement>) => {
        focusInDetail.current = Boolean(detailRef.current?.contains(event.target));
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = event.relatedTarget as Node | null;
        // Focus moving on, or let go of on purpose, leaves the detail; a detail removed with its event keeps the flag.
        if (next ? !detailRef.current?.contains(next) : event.target.isConnected) focusInDetail.current = false;
      },
    }),
    [detailRef],
  );
}
