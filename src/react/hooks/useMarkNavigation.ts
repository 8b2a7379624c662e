import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ClusterMark, Mark } from '../../layout/types';

export interface MarkNavigationOptions {
  marks: Mark[];
  /** The SVG holding the marks; focus is moved inside it only. */
  plotRef: RefObject<SVGSVGElement | null>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onZoomCluster: (cluster: ClusterMark) => void;
  onZoomBy: (factor: number, anchorTime?: number) => void;
}

export interface MarkNavigation {
  /** The mark that holds the plot's single tab stop (roving tabindex). */
  focusKey: string | null;
  setFocusKey: (key: string) => void;
  onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => void;
}

const markKey = (mark: Mark) => mark.id;

/** The mark that now holds an event or cluster that was focused before the layout changed. */
function successor(marks: Mark[], key: string): Mark | undefined {
  const direct = marks.find((mark) => mark.id === key);
  if (direct) return direct;
  // An event merged into a cluster, or a cluster split into events: follow the event.
  const firstOfCluster = key.startsWith('cluster:') ? key.split(':')[1] : undefined;
  return marks.find((mark) =>
    mark.type === 'cluster' ? mark.eventIds.includes(key) : firstOfCluster !== undefined && mark.id === firstOfCluster,
  );
}

/**
 * One tab stop for all the marks (roving tabindex), arrow keys in time order, Enter to select or zoom into
 * a cluster, Esc to clear, +/− to zoom. Keys act only on the focused mark: nothing listens on the page.
 * When zoom or data change the marks, focus follows the event it was on, into or out of a cluster.
 */
export function useMarkNavigation(options: MarkNavigationOptions): MarkNavigation {
  const { marks, plotRef, selectedId, onSelect, onZoomCluster, onZoomBy } = options;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const order = useMemo(() => [...marks].sort((a, b) => a.x - b.x || a.y - b.y), [marks]);
  const restoreFocus = useRef(false);

  // Keep the tab stop on a mark that exists: the focused one's successor, else the selection, else the first.
  const current =
    (focusKey !== null ? successor(order, focusKey) : undefined) ??
    (selectedId !== null ? successor(order, selectedId) : undefined) ??
    order[0];
  const currentKey = current ? markKey(current) : null;

  useEffect(() => {
    if (currentKey === focusKey) return;
    const plot = plotRef.current;
    restoreFocus.current = !!plot && plot.contains(document.activeElement) && document.activeElement !== plot;
    setFocusKey(currentKey);
  }, [currentKey, focusKey, plotRef]);

  useEffect(() => {
    if (!restoreFocus.current || currentKey === null) return;
    restoreFocus.current = false;
    const element = plotRef.current?.querySelector<SVGGElement>(`[data-mark-key="${CSS.escape(currentKey)}"]`);
    element?.focus();
  }, [currentKey, plotRef]);

  const focusAt = useCallback(
    (index: number) => {
      const mark = order[Math.max(0, Math.min(order.length - 1, index))];
      if (!mark) return;
      setFocusKey(markKey(mark));
      plotRef.current?.querySelector<SVGGElement>(`[data-mark-key="${CSS.escape(markKey(mark))}"]`)?.focus();
    },
    [order, plotRef],
  );

  const onMarkKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, key: string) => {
      const index = order.findIndex((mark) => markKey(mark) === key);
      const mark = order[index];
      if (!mark) return;
      const time = mark.type === 'cluster' ? (mark.domain[0] + mark.domain[1]) / 2 : undefined;
      const actions: Record<string, () => void> = {
        ArrowRight: () => focusAt(index + 1),
        ArrowLeft: () => focusAt(index - 1),
        Home: () => focusAt(0),
        End: () => focusAt(order.length - 1),
        Enter: () => (mark.type === 'cluster' ? onZoomCluster(mark) : onSelect(mark.id)),
        ' ': () => (mark.type === 'cluster' ? onZoomCluster(mark) : onSelect(mark.id)),
        Escape: () => onSelect(null),
        '+': () => onZoomBy(2, time),
        '=': () => onZoomBy(2, time),
        '-': () => onZoomBy(0.5, time),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [order, focusAt, onSelect, onZoomCluster, onZoomBy],
  );

  return { focusKey: currentKey, setFocusKey, onMarkKeyDown };
}
