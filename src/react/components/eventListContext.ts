import type { Actor, CategoryDefinition, Dataset, Source, TimelineEvent } from '../../schema/index';
import { datePeriod } from '../../schema/epoch';
import { resolveTimeZone, safeLocale, type Messages } from '../../i18n/index';
import { displayZone, type TimeDisplay } from '../../i18n/displayZone';
import { isUsableId, objects, text } from './safeData';

/**
 * What every part of one list (or of EventDetail and the tooltip, which reuse the same parts) needs to
 * render an event: lookups, words, ids. Built once per render.
 */
export interface EventListContext {
  /** The locale tag every formatter gets: language, calendar and digits ("fa-IR-u-ca-persian-nu-arabext"). */
  locale: string;
  messages: Messages;
  /** Level of each event title; sections inside an event use the next one. */
  headingLevel: number;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  categories: Map<string, CategoryDefinition>;
  /** Events that have an element id on this page, by event id: what related links may point at. */
  targets: Map<string, { title: string; elementId: string }>;
  /**
   * The zone an event's date-times are shown in: under the "place" display its place's, else the list's,
   * else the dataset's; under "reader" the reader's; under "utc" UTC.
   */
  zoneOf: (event: TimelineEvent) => string;
  /** Which clock `zoneOf` follows. */
  timeDisplay: TimeDisplay;
  /** The reader's IANA zone, when known (EventDetail, after mount): date-times are also given in it. Unset in lists. */
  readerTimeZone?: string | undefined;
  /** When set, related events are buttons that call it with the event id (EventDetail) instead of in-page links. */
  onSelectEvent?: ((id: string) => void) | undefined;
}

/** One event ready to render, in time order. */
export interface ListedEvent {
  event: TimelineEvent;
  /** `<prefix>-event-<id>`, or `<prefix>-item-<n>` when the id is missing, unusable or repeated. */
  elementId: string;
  /** The id for `data-event-id`, when it is usable. */
  eventId: string | undefined;
}

function byId<T extends { id?: unknown }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of objects(items)) if (typeof item.id === 'string' && !map.has(item.id)) map.set(item.id, item);
  return map;
}

export function buildEventListContext(
  dataset: Dataset | null | undefined,
  options: {
    locale: string;
    timeZone?: string | undefined;
    messages: Messages;
    headingLevel: number;
    idPrefix: string;
    /** Which clock times follow (default "place"), and the reader's zone for "reader" (known after mount). */
    timeDisplay?: TimeDisplay | undefined;
    readerTimeZone?: string | undefined;
    /**
     * List the events (sorted, with element ids and link targets). Default true; false builds only the lookups
     * and words, for a tooltip or detail of one event (sorting 100,000 events for that took half a second).
     */
    listEvents?: boolean;
  },
): { context: EventListContext; events: ListedEvent[] } {
  const fallbackZone = resolveTimeZone(options.timeZone, dataset?.timeZone);
  const placeZoneOf = (event: TimelineEvent) => resolveTimeZone(event.timeZone, fallbackZone);
  const timeDisplay = options.timeDisplay ?? 'place';
  const zoneOf = (event: TimelineEvent) => displayZone(timeDisplay, placeZoneOf(event), options.readerTimeZone);

  // Time order by the first instant each start covers in its place (whatever the display, so the order never
  // changes with it); events with an unreadable start go last; ties keep input order.
  const dated = (options.listEvents === false ? [] : objects(dataset?.events)).map((event, index) => {
    const start = typeof event.start === 'string' ? datePeriod(event.start, placeZoneOf(event))?.start : undefined;
    return { event, index, at: start ?? Number.POSITIVE_INFINITY };
  });
  dated.sort((a, b) => (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1));

  const seen = new Set<string>();
  const targets: EventListContext['targets'] = new Map();
  const events = dated.map(({ event }, n): ListedEvent => {
    const usable = isUsableId(event.id) && !seen.has(event.id);
    if (!usable) return { event, elementId: `${options.idPrefix}-item-${n}`, eventId: undefined };
    seen.add(event.id);
    const elementId = `${options.idPrefix}-event-${event.id}`;
    targets.set(event.id, { title: text(event.title) || event.id, elementId });
    return { event, elementId, eventId: event.id };
  });

  return {
    events,
    context: {
      locale: safeLocale(options.locale),
      messages: options.messages,
      headingLevel: options.headingLevel,
      actors: byId(dataset?.actors),
      sources: byId(dataset?.sources),
      categories: byId(dataset?.categories),
      targets,
      zoneOf,
      timeDisplay,
    },
  };
}
