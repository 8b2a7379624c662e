import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import {
  zoom as d3Zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import type { AxisDirection, Domain } from '../../layout/types';

export interface TimelineZoomOptions {
  /** The element that receives wheel, drag, pinch and double-click. */
  targetRef: RefObject<SVGSVGElement | null>;
  domain: Domain;
  onDomainChange: (next: Domain) => void;
  /** The widest view: the whole dataset with padding. */
  bounds: Domain;
  /** The narrowest view, in ms across the plot (about an hour per 100 px). */
  minSpan: number;
  width: number;
  height: number;
  reducedMotion: boolean;
  /** Which way time runs on the plot: drag and sideways wheel then move the view the way they look. */
  axisDirection?: AxisDirection;
  /**
   * Whether the target is rendered: listeners are attached again each time it comes back (the plot is left out of
   * a first client render, and of the List view), since the ref object itself never changes. Default true.
   */
  shown?: boolean;
}

export interface TimelineZoom {
  zoomBy: (factor: number, anchorTime?: number) => void;
  zoomTo: (domain: Domain) => void;
  fitAll: () => void;
  /** Moves the view by this share of its span: negative earlier, positive later (the pan buttons: ±1/3). */
  panBy: (share: number) => void;
  /** Set briefly when a reader scrolls the page over the graphic without the zoom modifier. */
  showModifierHint: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** The view can move earlier (later): it does not start (end) at the bounds yet. */
  canPanEarlier: boolean;
  canPanLater: boolean;
}

const TRANSITION_MS = 250;

/**
 * Wheel, drag, pinch and double-click zoom through d3-zoom, kept in step with a `domain` that may be
 * controlled from outside. Plain wheel scrolls the page (so readers are never trapped in the graphic);
 * Ctrl/⌘ + wheel and trackpad pinch (which browsers send as Ctrl + wheel) zoom; horizontal swipes and
 * Shift + wheel pan. One-finger vertical swipes on touch screens scroll the page (touch-action: pan-y).
 */
export function useTimelineZoom(options: TimelineZoomOptions): TimelineZoom {
  const { targetRef, domain, onDomainChange, bounds, minSpan, width, height, reducedMotion } = options;
  const shown = options.shown ?? true;
  const rtl = options.axisDirection === 'rtl';
  const [showModifierHint, setShowModifierHint] = useState(false);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const latest = useRef({ onDomainChange, domain });
  latest.current = { onDomainChange, domain };

  // The widest view across the plot, reversed when time runs right to left: d3-zoom works in px, so drag,
  // pinch and wheel anchoring then follow the axis by themselves.
  const base = useMemo(
    () =>
      scaleUtc()
        .domain([bounds[0], bounds[1]])
        .range(rtl ? [Math.max(1, width), 0] : [0, Math.max(1, width)]),
    [bounds, width, rtl],
  );
  const maxScale = Math.max(1, (bounds[1] - bounds[0]) / Math.max(1, minSpan));

  const transformFor = useCallback(
    (next: Domain): ZoomTransform => {
      const k = Math.min(maxScale, Math.max(1, (bounds[1] - bounds[0]) / Math.max(1, next[1] - next[0])));
      // The transform that puts next[0] where the widest view's start is drawn (x = 0, or the width).
      return zoomIdentity.translate(base.range()[0]! - k * base(next[0]), 0).scale(k);
    },
    [base, bounds, maxScale],
  );

  // Attach d3-zoom once per geometry.
  useEffect(() => {
    const node = targetRef.current;
    if (!node) return;
    const selection = select(node);
    const behaviourNow = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ])
      .translateExtent([
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'dblclick') return true;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const [start, end] = event.transform.rescaleX(base).domain();
        latest.current.onDomainChange([start!.getTime(), end!.getTime()]);
      });
    selection.call(behaviourNow);
    // d3-zoom sets touch-action: none, which would trap a reader's vertical swipe; keep page scrolling.
    node.style.setProperty('touch-action', 'pan-y');
    behaviour.current = behaviourNow;
    // Stored the way d3-zoom stores it: zoom.transform here would interrupt a zoom already animating.
    selection.property('__zoom', transformFor(latest.current.domain));
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [targetRef, base, maxScale, width, height, transformFor, shown]);

  // Follow domain changes made from outside (controlled prop, keys, bring-into-view). The transform is set
  // as d3-zoom stores it, not through zoom.transform, which would interrupt a running transition; changes
  // that came from d3-zoom itself already match and are skipped.
  useEffect(() => {
    const node = targetRef.current;
    if (!node || !behaviour.current) return;
    const wanted = transformFor(domain);
    const current = zoomTransform(node);
    if (Math.abs(current.k - wanted.k) <= current.k * 1e-6 && Math.abs(current.x - wanted.x) < 0.5) return;
    select(node).property('__zoom', wanted);
  }, [targetRef, domain, transformFor, shown]);

  // Horizontal swipes and Shift + wheel pan; a plain vertical wheel scrolls the page and shows the hint.
  useEffect(() => {
    const node = targetRef.current;
    if (!node) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      const horizontal = event.shiftKey ? event.deltaY || event.deltaX : event.deltaX;
      if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const [start, end] = latest.current.domain;
        // Scrolling right shows what is to the right: later times, or earlier ones on a reversed axis.
        const msPerPx = ((end - start) / Math.max(1, width)) * (rtl ? -1 : 1);
        latest.current.onDomainChange([start + horizontal * msPerPx, end + horizontal * msPerPx]);
        return;
      }
      setShowModifierHint(true);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => setShowModifierHint(false), 1500);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      node.removeEventListener('wheel', onWheel);
      clearTimeout(hintTimer);
    };
  }, [targetRef, width, rtl, shown]);

  const zoomTo = useCallback(
    (next: Domain) => {
      const node = targetRef.current;
      if (!node || !behaviour.current) {
        latest.current.onDomainChange(next);
        return;
      }
      const selection = select(node);
      if (reducedMotion) behaviour.current.transform(selection, transformFor(next));
      else selection.transition().duration(TRANSITION_MS).call(behaviour.current.transform, transformFor(next));
    },
    [targetRef, reducedMotion, transformFor],
  );

  const zoomBy = useCallback(
    (factor: number, anchorTime?: number) => {
      const [start, end] = latest.current.domain;
      const anchor = anchorTime ?? (start + end) / 2;
      const span = Math.min(bounds[1] - bounds[0], Math.max(minSpan, (end - start) / factor));
      const ratio = (anchor - start) / (end - start || 1);
      let nextStart = anchor - ratio * span;
      nextStart = Math.min(Math.max(nextStart, bounds[0]), bounds[1] - span);
      zoomTo([nextStart, nextStart + span]);
    },
    [bounds, minSpan, zoomTo],
  );

  const fitAll = useCallback(() => zoomTo(bounds), [bounds, zoomTo]);
  const panBy = useCallback(
    (share: number) => {
      const [start, end] = latest.current.domain;
      const span = end - start;
      const nextStart = Math.min(Math.max(start + share * span, bounds[0]), bounds[1] - span);
      zoomTo([nextStart, nextStart + span]);
    },
    [bounds, zoomTo],
  );
  const span = domain[1] - domain[0];
  // Less than a millisecond from a bound counts as there (clamping works in floating point).
  const slack = 1;

  return {
    zoomBy,
    zoomTo,
    fitAll,
    panBy,
    showModifierHint,
    canZoomIn: span > minSpan * 1.01,
    canZoomOut: span < (bounds[1] - bounds[0]) * 0.99,
    canPanEarlier: domain[0] > bounds[0] + slack,
    canPanLater: domain[1] < bounds[1] - slack,
  };
}
