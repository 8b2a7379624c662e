import { interpolate } from './interpolate';
import { listFormat, numberFormat, safeLocale } from './intl';
import { shortPlaceName } from '../layout/shortPlaceName';
import { mergeWords, type WordOverrides } from './mergeWords';

/** A message that depends on a count, by CLDR plural category (`Intl.PluralRules`); `other` is the fallback. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The words of the map inset. Placeholders in braces; `{count}` is formatted for the locale. */
export interface MapMessages {
  /** The map's accessible name: `{count}` events drawn, in `{countries}` (a list from the data). */
  mapSummary: PluralMessage;
  /** The same when no drawn event names a country: `{count}`. */
  mapSummaryNoCountries: PluralMessage;
  /** Added to the accessible name when only some events are in the timeline's view: `{count}`. */
  mapInView: PluralMessage;
  /** Under the map: `{count}` events the frame leaves out, at `{places}`. */
  mapOutside: PluralMessage;
  /** The tail of a long list of places: `{count}` more. */
  mapMorePlaces: PluralMessage;
  /** Under the map: `{count}` events without coordinates. */
  mapUnlocated: PluralMessage;
  /** Instead of a map, when no event has coordinates. */
  mapEmpty: string;
  /** When the land outlines cannot be loaded (the points are still drawn). */
  mapLandError: string;
}

export const mapMessagesEn: MapMessages = {
  mapSummary: {
    one: 'Map of {count} located event, in {countries}.',
    other: 'Map of {count} located events, in {countries}.',
  },
  mapSummaryNoCountries: { one: 'Map of {count} located event.', other: 'Map of {count} located events.' },
  mapInView: { one: '{count} of them is in the current view.', other: '{count} of them are in the current view.' },
  mapOutside: {
    one: '{count} event outside the map: {places}.',
    other: '{count} events outside the map: {places}.',
  },
  mapMorePlaces: { one: '{count} other place', other: '{count} other places' },
  mapUnlocated: { one: '{count} event has no map coordinates.', other: '{count} events have no map coordinates.' },
  mapEmpty: 'None of these events has map coordinates, so there is no map.',
  mapLandError: 'The map’s outlines could not be loaded; the places are drawn without them.',
};

/** Partial overrides: any message, and any plural form of one. */
export type MapMessageOverrides = WordOverrides<MapMessages>;

/** The English words with overrides applied; overrides that are not text are ignored. */
export function mergeMapMessages(overrides?: MapMessageOverrides | null): MapMessages {
  return mergeWords(mapMessagesEn, overrides);
}

const pluralRules = new Map<string, Intl.PluralRules>();
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The plural form for `count` in `locale`, filled in with the count (formatted) and `values`. */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const tag = safeLocale(locale);
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  const template = message[rules.select(count)] ?? message.other;
  return interpolate(template, { ...values, count: numberFormat(tag).format(count) });
}

/** "A, B and 3 other places": at most `max` names, then a count of the rest. */
export function formatPlaceList(names: readonly string[], locale: string, messages: MapMessages, max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  const items = rest > 0 ? [...shown, formatPlural(messages.mapMorePlaces, rest, locale)] : shown;
  return listFormat(locale, 'conjunction').format(items);
}

/** A country's name in `locale` from its ISO 3166-1 alpha-2 code, or `fallback` when Intl has none. */
export function countryName(code: string, locale: string, fallback: string): string {
  const tag = safeLocale(locale);
  let names = displayNames.get(tag);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(tag, names);
  }
  try {
    return names?.of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** What describeMapInset needs: the events drawn, those outside the frame, and those without coordinates. */
export interface MapInsetFacts {
  inside: readonly { id: string; country: string }[];
  outside: readonly { name: string }[];
  unlocated: readonly string[];
  /** Events in the timeline's view; undefined: all. */
  visibleIds?: ReadonlySet<string>;
  /** The land outlines could not be loaded. */
  failed?: boolean;
}

/** Countries named by the events, most events first, ties in order of appearance ("Iraq; Syria" counts for both). */
function countriesOf(events: MapInsetFacts['inside']): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const country of event.country.split(';').map((part) => part.trim())) {
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}

/**
 * The map in words: its accessible name ("Map of 30 located events, in Iraq, Syria, Israel and Jordan.")
 * and the notes shown under it (events outside the frame by place, events without coordinates, a failed load).
 */
export function describeMapInset(
  facts: MapInsetFacts,
  locale: string,
  messages: MapMessages,
): { summary: string; notes: { key: string; text: string }[] } {
  const { inside, outside, unlocated, visibleIds } = facts;
  const countries = countriesOf(inside);
  const inView = visibleIds ? inside.filter((event) => visibleIds.has(event.id)).length : inside.length;
  const summary = [
    countries.length
      ? formatPlural(messages.mapSummary, inside.length, locale, {
          countries: formatPlaceList(countries, locale, messages),
        })
      : formatPlural(messages.mapSummaryNoCountries, inside.length, locale),
    inView < inside.length ? formatPlural(messages.mapInView, inView, locale) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const notes: { key: string; text: string }[] = [];
  if (outside.length > 0) {
    const places = [...new Set(outside.map((event) => shortPlaceName(event.name)).filter(Boolean))];
    const text = formatPlural(messages.mapOutside, outside.length, locale, {
      places: formatPlaceList(places, locale, messages),
    });
    notes.push({ key: 'outside', text });
  }
  if (unlocated.length > 0) {
    notes.push({ key: 'unlocated', text: formatPlural(messages.mapUnlocated, unlocated.length, locale) });
  }
  if (facts.failed) notes.push({ key: 'error', text: messages.mapLandError });
  return { summary, notes };
}
