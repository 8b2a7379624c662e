import { startEpochMs, type Actor, type Dataset, type Location, type TimelineEvent } from '../schema/index';

export interface ToJsonLdOptions {
  /** The URL of the page that shows the timeline: gives the list a `url` and each event an `@id` (`<url>#event=<id>`). */
  url?: string;
}

type JsonLdNode = { '@type': string | string[]; [property: string]: unknown };

export interface JsonLdItemList extends JsonLdNode {
  '@context': 'https://schema.org';
  itemListElement: { '@type': 'ListItem'; position: number; item: JsonLdNode }[];
}

/** Where an actor fits in schema.org: a person, a country, an organisation, or just a named thing. */
function actorNode(actor: Actor): JsonLdNode {
  const type =
    actor.kind === 'person'
      ? 'Person'
      : actor.kind === 'state'
        ? 'Country'
        : actor.kind && ['government', 'military', 'armed-group', 'coalition', 'organisation'].includes(actor.kind)
          ? 'Organization'
          : 'Thing';
  return { '@type': type, name: actor.name };
}

function placeNode(place: Location): JsonLdNode {
  return {
    '@type': 'Place',
    name: place.name,
    ...(place.country && { address: { '@type': 'PostalAddress', addressCountry: place.country } }),
    ...(place.lat !== undefined &&
      place.lon !== undefined && { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }),
  };
}

function sourceNode(source: Dataset['sources'][number]): JsonLdNode {
  return {
    '@type': 'CreativeWork',
    name: source.title ?? source.outlet,
    ...(source.url && { url: source.url }),
    publisher: { '@type': 'Organization', name: source.outlet },
    ...(source.date && { datePublished: source.date }),
  };
}

function eventIri(pageUrl: string | undefined, id: string): string | undefined {
  return pageUrl === undefined ? undefined : `${pageUrl}#event=${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}

interface Lookup {
  actors: Map<string, Actor>;
  sources: Map<string, Dataset['sources'][number]>;
  pageUrl: string | undefined;
}

function eventNode(event: TimelineEvent, { actors, sources, pageUrl }: Lookup): JsonLdNode {
  const places = [event.location, ...(event.additionalLocations ?? [])].filter((p): p is Location => !!p);
  const about = [...new Set([...event.actors, ...event.targets])].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [actorNode(actor)] : [];
  });
  const cited = event.sources.flatMap((id) => {
    const source = sources.get(id);
    return source ? [sourceNode(source)] : [];
  });
  const iri = eventIri(pageUrl, event.id);
  return {
    '@type': 'Event',
    ...(iri && { '@id': iri }),
    identifier: event.id,
    name: event.title,
    ...(event.summary && { description: event.summary }),
    startDate: event.start,
    ...(event.end && { endDate: event.end }),
    ...(places.length > 0 && { location: places.length === 1 ? placeNode(places[0]!) : places.map(placeNode) }),
    ...(about.length > 0 && { about }),
    ...(cited.length > 0 && { subjectOf: cited }),
  };
}

/**
 * The dataset as schema.org JSON-LD, for a page's structured data: an ItemList of Events in time order.
 *
 * Choices, checked against schema.org's definitions (test/io/toJsonLd.test.ts):
 * - The list is typed `["ItemList", "CreativeWork"]`: `dateModified`, `correction`, `citation`,
 *   `creditText` and `inLanguage` belong to CreativeWork, not to ItemList.
 * - An event's sources are its `subjectOf` (creative works about the event): `citation` is a CreativeWork
 *   property that Event does not have. Every source of the dataset is also a `citation` of the list.
 * - Actors and targets are the event's `about`. No `eventStatus`: its values (scheduled, cancelled …) are
 *   for upcoming events, not for news that has happened.
 * - Corrections are `correction` (CorrectionComment) on the list; one about an event says so in `about`.
 * - A `location` is given only when the event has one; nothing is invented.
 *
 * Text is plain text. A page that embeds the result in `<script type="application/ld+json">` must escape
 * `</` in it: use `jsonLdScriptText`, never a bare JSON.stringify.
 */
export function toJsonLd(dataset: Dataset, options: ToJsonLdOptions = {}): JsonLdItemList {
  const pageUrl = options.url?.replace(/#.*$/, '');
  const zoneOf = (event: TimelineEvent) => event.timeZone ?? dataset.timeZone;
  const ordered = dataset.events
    .map((event, index) => ({ event, index, at: startEpochMs(event.start, zoneOf(event)) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
  const lookup: Lookup = {
    actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    pageUrl,
  };
  const byId = new Map(dataset.events.map((event) => [event.id, event]));
  const corrections = dataset.corrections.map((correction) => {
    const event = correction.eventId === undefined ? undefined : byId.get(correction.eventId);
    const iri = event && eventIri(pageUrl, event.id);
    return {
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
      ...(event && { about: iri ? { '@id': iri } : { '@type': 'Event', name: event.title, startDate: event.start } }),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': ['ItemList', 'CreativeWork'],
    name: dataset.title,
    ...(dataset.description && { description: dataset.description }),
    ...(pageUrl && { url: pageUrl }),
    ...(dataset.updated && { dateModified: dataset.updated }),
    ...(dataset.language && { inLanguage: dataset.language }),
    ...(dataset.credit && { creditText: dataset.credit }),
    ...(dataset.sources.length > 0 && { citation: dataset.sources.map(sourceNode) }),
    ...(corrections.length > 0 && { correction: corrections }),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: ordered.length,
    itemListElement: ordered.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: eventNode(event, lookup),
    })),
  };
}

/**
 * The JSON-LD as text that is safe inside `<script type="application/ld+json">`: every `<` is written
 * `\u003c`, so no `</script>` or `<!--` in the data can end or break the element (U+2028 and U+2029 are
 * escaped too). JSON parsers read the same value back.
 */
export function jsonLdScriptText(jsonLd: unknown, space?: number): string {
  return JSON.stringify(jsonLd, null, space)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
