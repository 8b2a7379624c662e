/**
 * Shared shapes of the map inset's pure layout (groupPlaces, mapFrame, frameEvents, fitMercator,
 * placeMapLabels), and the one step they all start from: which events have usable coordinates.
 */

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [lon: number, lat: number];

/** A longitude/latitude box: [[minLon, minLat], [maxLon, maxLat]]. */
export type GeoBox = readonly [LonLat, LonLat];

/** Screen position of a place, px; null when the projection cannot place it. */
export type ProjectPoint = (lon: number, lat: number) => readonly [number, number] | null;

/** What the map layout reads from an event: anything with an id and (maybe) a location. */
export interface MapPointEvent {
  id: string;
  /** 1–5: breaks ties when choosing which place names a point. */
  significance?: number;
  location?: {
    name?: string;
    country?: string;
    lat?: number;
    lon?: number;
    approximate?: boolean;
  } | null;
}

/** An event with coordinates the map can draw. */
export interface LocatedEvent {
  id: string;
  /** The place's name as the data gives it ("" when there is none). */
  name: string;
  /** The country as the data gives it ("" when there is none). */
  country: string;
  lon: number;
  lat: number;
  approximate: boolean;
  /** The event's significance (1–5), 0 when it has none. */
  significance: number;
  /** Position in the input, so ties resolve the same way every time. */
  index: number;
}

function isLon(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -180 && value <= 180;
}

function isLat(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -90 && value <= 90;
}

function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The events that have both coordinates within range, in input order. Anything else (no location, one
 * coordinate, a string where a number belongs, an event that is not an object) is skipped, never thrown on.
 */
export function locatedEvents(events: readonly MapPointEvent[] | null | undefined): LocatedEvent[] {
  const out: LocatedEvent[] = [];
  if (!Array.isArray(events)) return out;
  events.forEach((event: unknown, index) => {
    if (typeof event !== 'object' || event === null) return;
    const { id, location, significance } = event as MapPointEvent;
    if (typeof id !== 'string' || id === '' || typeof location !== 'object' || location === null) return;
    const { lon, lat } = location;
    if (!isLon(lon) || !isLat(lat)) return;
    out.push({
      id,
      name: trimmed(location.name),
      country: trimmed(location.country),
      lon,
      lat,
      approximate: location.approximate === true,
      significance: typeof significance === 'number' && Number.isFinite(significance) ? significance : 0,
      index,
    });
  });
  return out;
}
