import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { AxisDirection, ClusterMark, EventExtent, Mark } from '../../layout/types';
import { useClientLayoutEffect } from './useClientLayoutEffect';
import { elementWithAttribute } from '../dom/elementWithin';
import {
  arrowTimeStep,
  laneNeighbour,
  markOfEvent,
  marksInTimeOrder,
  markTime,
  nearestInTime,
} from '../../layout/markOrder';

export interface MarkNavigationOptions {
  marks: Mark[];
  /** Extents of the events drawn (the layout's), for time order. */
  extents: ReadonlyMap<string, EventExtent>;
  /** Which way time runs on screen: ←/→ move the way they point. */
  axisDirection: AxisDirection;
  /** The SVG holding the marks; focus is moved inside it only. */
  plotRef: RefObject<SVGSVGElement | null>;
  selectedId: string | null;
  /** Enter or Space on an event: open its detail (the Timeline moves focus into it). */
  onOpen: (id: string) => void;
  /** Esc on a mark while a detail is open: close it (the Timeline calls focusEvent). */
  onClose: () => void;
  onZoomCluster: (cluster: ClusterMark) => void;
  onZoomBy: (factor: number, anchorTime?: number) => void;
}

export interface MarkNavigation {
  /** The mark that holds the plot's single tab stop (roving tabindex). */
  focusKey: string | null;
  /** A mark received focus (by keyboard, pointer or script). */
  onMarkFocus: (key: string) => void;
  onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  /**
   * Focus the mark showing this event (its own, its cluster, or the nearest in time) after the next render.
   * `time` places an event the data no longer holds (removed by an update), so the nearest mark can be found.
   */
  focusEvent: (id: string, time?: number) => void;
  /** For the SVG: tells whether focus is inside the graphic, so a re-render never drops it on the page. */
  plotFocusProps: { onBlur: (event: FocusEvent<SVGSVGElement>) => void };
}

/** What focus is on, kept so it can be found again after zoom, pan, filters or data change the marks. */
interface FocusAnchor {
  key: string;
  /** The event(s) the mark shows, in time order. */
  eventIds: string[];
  /** Its time, for the nearest mark when none of its events is drawn any more. */
  time: number;
}

const ZOOM_STEP = 2;
const ANCHOR_LOOKUPS = 32;
const ZOOM_KEYS: Record<string, number> = {
  '+': ZOOM_STEP,
  '=': ZOOM_STEP,
  PageUp: ZOOM_STEP,
  '-': 1 / ZOOM_STEP,
  _: 1 / ZOOM_STEP,
  PageDown: 1 / ZOOM_STEP,
};

function anchorOf(mark: Mark, extents: ReadonlyMap<string, EventExtent>): FocusAnchor {
  return { key: mark.id, eventIds: mark.type === 'cluster' ? mark.eventIds : [mark.id], time: markTime(mark, extents) };
}

/** The mark that now stands for the anchor: itself, the mark of one of its events, else the nearest in time. */
function resolve(marks: readonly Mark[], anchor: FocusAnchor, extents: ReadonlyMap<string, EventExtent>) {
  const same = marks.find((mark) => mark.id === anchor.key);
  if (same) return same;
  // The first of its events still drawn (a cluster of thousands is looked up by its first few: beyond that, the
  // nearest mark in time is as good and far cheaper).
  for (const id of anchor.eventIds.slice(0, ANCHOR_LOOKUPS)) {
    const holder = markOfEvent(marks, id, extents);
    if (holder) return holder;
  }
  return Number.isFinite(anchor.time) ? nearestInTime(marks, anchor.time, extents) : undefined;
}

const markElement = (plot: SVGSVGElement | null, key: string) =>
  elementWithAttribute<SVGGElement>(plot, 'data-mark-key', key);

/**
 * The keyboard model of the graphic: one tab stop (roving tabindex) over marks in TIME order. ←/→ move
 * to the previous or next event the way the arrow points on the axis (on a right-to-left axis → is
 * earlier); ↑/↓ to the lane above or below, to its mark nearest in time (a cluster is a mark); Home/End
 * to the first and last. Enter or Space opens an event, or zooms into a cluster keeping focus on one of
 * its events; Esc closes the open detail. + (or =) and Page Up zoom in, − and Page Down zoom out,
 * anchored on the focused mark. Keys act only on a focused mark: nothing listens on the page.
 *
 * Focus is never lost: when zoom, pan, filters or a re-render replace the focused mark, focus moves to
 * the mark now showing its event (a cluster it joined, the event a cluster split into) or, if the event
 * is gone, to the mark nearest to it in time.
 */
export function useMarkNavigation(options: MarkNavigationOptions): MarkNavigation {
  const { marks, extents, axisDirection, plotRef, selectedId, onOpen, onClose, onZoomCluster, onZoomBy } = options;
  const [anchor, setAnchor] = useState<FocusAnchor | null>(null);
  const order = useMemo(() => marksInTimeOrder(marks, extents, axisDirection), [marks, extents, axisDirection]);
  /** Focus is on a mark (or was, on one that a re-render removed). */
  const focusInside = useRef(false);
  /** Focus the current mark after the next commit (closing the detail returns focus here). */
  const pendingFocus = useRef(false);

  const current =
    (anchor ? resolve(order, anchor, extents) : undefined) ??
    (selectedId !== null ? markOfEvent(order, selectedId, extents) : undefined) ??
    order[0];
  const currentKey = current?.id ?? null;

  // After every commit: if focus belonged in the graphic and fell out of it (its mark was removed), or a
  // focus was asked for, put it on the current mark.
  useClientLayoutEffect(() => {
    const plot = plotRef.current;
    const wanted = pendingFocus.current;
    pendingFocus.current = false;
    if (!plot || currentKey === null) return;
    const active = plot.ownerDocument.activeElement;
    const lost = focusInside.current && !(active && plot.contains(active));
    if (!wanted && !lost) return;
    markElement(plot, currentKey)?.focus();
  });

  const onMarkFocus = useCallback(
    (key: string) => {
      focusInside.current = true;
      const mark = marks.find((m) => m.id === key);
      if (mark) setAnchor(anchorOf(mark, extents));
    },
    [marks, extents],
  );

  const plotFocusProps = useMemo(
    () => ({
      onBlur: (event: FocusEvent<SVGSVGElement>) => {
        const next = event.relatedTarget as Node | null;
        // A mark that a re-render removed takes focus with it (no relatedTarget, no longer in the page):
        // focus still belongs here. Focus that moved elsewhere, or to nothing from a mark still shown, does not.
        if (next ? !event.currentTarget.contains(next) : event.target.isConnected) focusInside.current = false;
      },
    }),
    [],
  );

  const focusMark = useCallback(
    (mark: Mark | undefined) => {
      if (!mark) return;
      setAnchor(anchorOf(mark, extents));
      markElement(plotRef.current, mark.id)?.focus();
    },
    [extents, plotRef],
  );

  const focusEvent = useCallback(
    (id: string, time?: number) => {
      const extent = extents.get(id);
      setAnchor({ key: id, eventIds: [id], time: extent ? extent.start : (time ?? NaN) });
      focusInside.current = true;
      pendingFocus.current = true;
    },
    [extents],
  );

  const onMarkKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, key: string) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const index = order.findIndex((mark) => mark.id === key);
      const mark = order[index];
      if (!mark) return;
      const zoom = ZOOM_KEYS[event.key];
      let handled = true;
      switch (event.key) {
        case 'ArrowLeft':
        case 'ArrowRight':
          focusMark(order[index + arrowTimeStep(event.key, axisDirection)]);
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          focusMark(laneNeighbour(order, mark, event.key === 'ArrowUp' ? -1 : 1, extents));
          break;
        case 'Home':
          focusMark(order[0]);
          break;
        case 'End':
          focusMark(order.at(-1));
          break;
        case 'Enter':
        case ' ':
          if (mark.type === 'cluster') {
            // Focus follows the cluster's events as it splits (see resolve).
            setAnchor(anchorOf(mark, extents));
            onZoomCluster(mark);
          } else onOpen(mark.id);
          break;
        case 'Escape':
          // Without an open detail, Esc is left to the tooltip.
          if (selectedId === null) handled = false;
          else onClose();
          break;
        default:
          if (zoom === undefined) handled = false;
          else onZoomBy(zoom, markTime(mark, extents));
      }
      if (handled) event.preventDefault();
    },
    [order, extents, axisDirection, selectedId, focusMark, onOpen, onClose, onZoomCluster, onZoomBy],
  );

  return { focusKey: currentKey, onMarkFocus, onMarkKeyDown, focusEvent, plotFocusProps };
}
