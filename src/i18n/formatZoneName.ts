import { dateTimeFormat, resolveTimeZone } from './intl';
import { interpolate } from './interpolate';
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

/**
 * A short label for the zone a time is shown in, e.g. "Baghdad time (GMT+3)", or "UTC".
 * The offset is the one in force at `at` (epoch ms), so summer time is right.
 */
export function formatZoneName(timeZone: string, at: number, options: FormatZoneNameOptions): string {
  const messages = options.messages ?? en;
  const zone = resolveTimeZone(timeZone);
  if (UTC_NAMES.has(zone)) return messages.zoneUtc;
  const offset = formatZoneOffset(zone, Number.isFinite(at) ? at : 0, options.locale);
  const city = cityOfTimeZone(zone);
  return city ? interpolate(messages.zoneLabel, { city, offset }) : offset;
}
