import { fitMercator, type FittedMercator } from './fitMercator';
import { frameEvents, type FramedEvents } from './frameEvents';
import { groupPlaces, type PlaceGroup } from './groupPlaces';
import { mapFrame } from './mapFrame';
import type { GeoBox, MapPointEvent } from './mapPoints';

export interface LayoutMapInsetOptions {
  /** The map's size, px. */
  width: number;
  height: number;
  /** Kept clear inside the edges, px. Default 8. */
  margin?: number;
  /** Places closer than this share a point, px. Default 24 (a pointer target's size). */
  radius?: number;
}

export interface MapInsetLayout {
  /** The region shown; null when no event has coordinates. */
  frame: GeoBox | null;
  /** Which events are drawn, named under the map, or cannot be placed. */
  framed: FramedEvents;
  /** The projection (for the land too); null with the frame. */
  fitted: FittedMercator | null;
  /** The points, busiest first. */
  groups: PlaceGroup[];
}

/** The geometry of a map inset: its frame, its projection, and the grouped points of the events inside. */
export function layoutMapInset(
  events: readonly MapPointEvent[] | null | undefined,
  { width, height, margin = 8, radius = 24 }: LayoutMapInsetOptions,
): MapInsetLayout {
  const frame = mapFrame(events, { aspect: (width - 2 * margin) / (height - 2 * margin) });
  const framed = frameEvents(events, frame);
  if (!frame) return { frame, framed, fitted: null, groups: [] };
  const fitted = fitMercator(frame, [
    [margin, margin],
    [width - margin, height - margin],
  ]);
  const inside = new Set(framed.inside.map((event) => event.id));
  const drawn = (Array.isArray(events) ? events : []).filter(
    (event) => typeof event === 'object' && event !== null && inside.has(event.id),
  );
  return { frame, framed, fitted, groups: groupPlaces(drawn, { project: fitted.project, radius }) };
}
