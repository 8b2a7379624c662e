import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { AxisDirection, ClusterMark, Domain, EventExtent, TimelineLayout } from '../../layout/types';
import { clusterZoomDomain } from '../../layout/clusterZoomDomain';
import { useMarkNavigation, type MarkNavigation } from './useMarkNavigation';
import { useRemovedSelection } from './useRemovedSelection';
import { useEventHash } from './useEventHash';
import type { TimelineZoom } from './useTimelineZoom';

export interface TimelineSelectionOptions {
  /** The selection as asked for (controlled or not), even if the data no longer holds it. */
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  hasEvent: (id: string) => boolean;
  layout: TimelineLayout;
  /** Every event's extent (the prepared data's, filtered or not): where a removed event was. */
  preparedExtents: ReadonlyMap<string, EventExtent>;
  domain: Domain;
  minSpan: number;
  zoom: Pick<TimelineZoom, 'zoomTo' | 'zoomBy'>;
  axisDirection: AxisDirection;
  svgRef: RefObject<SVGSVGElement | null>;
  detailRef: RefObject<HTMLElement | null>;
  syncHash: boolean;
}

export interface TimelineSelection {
  /** Select an event (or none), and bring it into view keeping the span. */
  select: (id: string | null) => void;
  /** Open an event's detail and move focus into it. */
  openDetail: (id: string) => void;
  /** Close the detail and give focus back to its event's mark (or its cluster, or the nearest one). */
  closeDetail: () => void;
  zoomToCluster: (cluster: ClusterMark) => void;
  nav: MarkNavigation;
  /** For the element that holds the detail: where focus goes when an update removes the open event. */
  detailFocusProps: ReturnType<typeof useRemovedSelection>;
}

/**
 * The Timeline's selection and the focus that follows it: opening and closing the detail from marks and keys,
 * zooming into clusters, the `#event=` address, and an open event removed by an update.
 */
export function useTimelineSelection(options: TimelineSelectionOptions): TimelineSelection {
  const { selectedId, setSelectedId, hasEvent, layout, domain, minSpan, zoom } = options;
  const { detailRef } = options;

  const bringIntoView = useCallback(
    (id: string) => {
      const extent = layout.extents.get(id);
      if (!extent || (extent.start >= domain[0] && extent.end <= domain[1])) return;
      const span = domain[1] - domain[0];
      const centre = (extent.start + extent.end) / 2;
      zoom.zoomTo([centre - span / 2, centre + span / 2]);
    },
    [layout.extents, domain, zoom],
  );
  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      if (id) bringIntoView(id);
    },
    [setSelectedId, bringIntoView],
  );
  const zoomToCluster = useCallback(
    (cluster: ClusterMark) => zoom.zoomTo(clusterZoomDomain(cluster, layout.extents, minSpan)),
    [zoom, layout.extents, minSpan],
  );

  // Focus moves into the detail once it has rendered (opened from a mark, or another event picked in it).
  const focusDetail = useRef(false);
  const openDetail = useCallback(
    (id: string) => {
      select(id);
      // Already open on this event: nothing re-renders, so focus moves now.
      if (id === selectedId && detailRef.current) detailRef.current.focus();
      else focusDetail.current = true;
    },
    [select, selectedId, detailRef],
  );
  useEffect(() => {
    if (!focusDetail.current) return;
    focusDetail.current = false;
    detailRef.current?.focus();
  }, [selectedId, detailRef]);

  const nav = useMarkNavigation({
    marks: layout.marks,
    extents: layout.extents,
    axisDirection: options.axisDirection,
    plotRef: options.svgRef,
    selectedId: selectedId !== null && hasEvent(selectedId) ? selectedId : null,
    onOpen: openDetail,
    onClose: () => closeDetail(),
    onZoomCluster: zoomToCluster,
    onZoomBy: zoom.zoomBy,
  });
  const closeDetail = () => {
    const id = selectedId;
    select(null);
    if (id) nav.focusEvent(id);
  };

  // Developing stories: an update that removes the open event closes its detail and keeps focus in the graphic.
  const detailFocusProps = useRemovedSelection({
    selectedId,
    hasEvent,
    setSelectedId,
    detailRef,
    extents: options.preparedExtents,
    focusNear: nav.focusEvent,
  });
  useEventHash({ hasEvent, selectedId, onHashEvent: select, syncHash: options.syncHash });

  return { select, openDetail, closeDetail, zoomToCluster, nav, detailFocusProps };
}
