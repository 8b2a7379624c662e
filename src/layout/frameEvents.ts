import { locatedEvents, type GeoBox, type LocatedEvent, type MapPointEvent } from './mapPoints';

export interface FramedEvents {
  /** Located events within the frame, in input order: the ones the map draws. */
  inside: LocatedEvent[];
  /** Located events beyond the frame, in input order: the map names them in words instead. */
  outside: LocatedEvent[];
  /** Ids of events with no usable coordinates. */
  unlocated: string[];
}

/** Splits events by where the map can show them: inside `frame`, outside it, or nowhere (no coordinates). */
export function frameEvents(events: readonly MapPointEvent[] | null | undefined, frame: GeoBox | null): FramedEvents {
  const located = locatedEvents(events);
  const locatedIds = new Set(located.map((event) => event.id));
  const unlocated = (Array.isArray(events) ? events : [])
    .filter((event): event is MapPointEvent => typeof event === 'object' && event !== null)
    .map((event) => event.id)
    .filter((id) => typeof id === 'string' && id !== '' && !locatedIds.has(id));
  if (!frame) return { inside: [], outside: located, unlocated };
  const [[minLon, minLat], [maxLon, maxLat]] = frame;
  const inside: LocatedEvent[] = [];
  const outside: LocatedEvent[] = [];
  for (const event of located) {
    const within = event.lon >= minLon && event.lon <= maxLon && event.lat >= minLat && event.lat <= maxLat;
    (within ? inside : outside).push(event);
  }
  return { inside, outside, unlocated };
}
