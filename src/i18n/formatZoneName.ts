import { dateTimeFormat, resolveTimeZone } from './intl';
import { interpolate } from './interpolate';
import { textDirection } from './localeTag';
import { en, type Messages } from './messages';

export interface FormatZoneNameOptions {
  locale: string;
  messages?: Messages;
}

const UTC_NAMES = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/UCT',
  'UCT',
  'GMT',
  'Etc/GMT',
  'Etc/Universal',
  'Universal',
  'Etc/Zulu',
  'Zulu',
]);

/** "Asia/Baghdad" → "Baghdad", "America/New_York" → "New York"; null for zones that name no place. */
export function cityOfTimeZone(timeZone: string): string | null {
  if (timeZone.startsWith('Etc/') || !timeZone.includes('/')) return null;
  const city = timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return city || null;
}

/** The zone's offset at an instant, in the locale's words: "GMT+3", "GMT+3:30". */
export function formatZoneOffset(timeZone: string, at: number, locale: string): string {
  // timeZoneName cannot be combined with dateStyle/timeStyle (TypeError): use component options.
  const parts = dateTimeFormat(locale, { timeZone, hour: 'numeric', timeZoneName: 'shortOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The zone's place-based name in the locale's own words ("توقيت العراق", "שעון עיראק"), or null if it has none. */
export function genericZoneName(timeZone: string, at: number, locale: string): string | null {
  const parts = dateTimeFormat(locale, { timeZone, hour: 'numeric', timeZoneName: 'shortGeneric' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value;
  // Without a name for the place, Intl falls back to an offset ("GMT+3"): no better than the city.
  return name && !/^(GMT|UTC)|[+−-]\d/.test(name) ? name : null;
}

/**
 * A short label for the zone a time is shown in, e.g. "Baghdad time (GMT+3)", or "UTC".
 * The offset is the one in force at `at` (epoch ms), so summer time is right. The city comes from the IANA
 * name, in Latin letters: right-to-left languages (Arabic, Persian, Hebrew…) get Intl's own name of the zone's
 * place instead ("توقيت العراق (غرينتش+٣)"), so no English word sits inside their sentences.
 */
export function formatZoneName(timeZone: string, at: number, options: FormatZoneNameOptions): string {
  const messages = options.messages ?? en;
  const zone = resolveTimeZone(timeZone);
  if (UTC_NAMES.has(zone)) return messages.zoneUtc;
  const when = Number.isFinite(at) ? at : 0;
  const offset = formatZoneOffset(zone, when, options.locale);
  const city = cityOfTimeZone(zone);
  if (city && textDirection(options.locale) === 'rtl') {
    const generic = genericZoneName(zone, when, options.locale);
    if (generic) return `${generic} (${offset})`;
  }
  return city ? interpolate(messages.zoneLabel, { city, offset }) : offset;
}
