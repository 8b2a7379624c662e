import { interpolate } from './interpolate';
import { knownTimeZone, resolveTimeZone } from './intl';
import type { Messages } from './messages';

/**
 * Which clock times are shown in: each event in its place's zone ("place", the default), the reader's own
 * zone ("reader"), or UTC ("utc"). Whichever it is, every time of day is labelled with its zone.
 */
export type TimeDisplay = 'place' | 'reader' | 'utc';

export const TIME_DISPLAYS: readonly TimeDisplay[] = ['place', 'reader', 'utc'];

export function isTimeDisplay(value: unknown): value is TimeDisplay {
  return TIME_DISPLAYS.includes(value as TimeDisplay);
}

/**
 * The display in force. "reader" needs the reader's zone, which is only known in the browser after mount:
 * until then (on the server, while hydrating) it is "place", so server and first client render agree.
 * Anything unknown is "place".
 */
export function effectiveTimeDisplay(wanted: unknown, readerTimeZone: string | undefined): TimeDisplay {
  if (wanted === 'utc') return 'utc';
  if (wanted === 'reader' && knownTimeZone(readerTimeZone)) return 'reader';
  return 'place';
}

/**
 * The zone a time is shown in under a display: `placeZone` for "place" (an event's place, or the axis's
 * zone), the reader's for "reader", UTC for "utc". Date-only values ignore the zone (a day is a day).
 */
export function displayZone(display: TimeDisplay, placeZone: unknown, readerTimeZone: string | undefined): string {
  if (display === 'utc') return 'UTC';
  if (display === 'reader') return resolveTimeZone(readerTimeZone, placeZone);
  return resolveTimeZone(placeZone);
}

/** The line under the graphic that says which clock the times follow; `zone` names the axis's zone. */
export function describeTimeDisplay(
  display: TimeDisplay,
  zone: string,
  messages: Pick<Messages, 'timesInPlace' | 'timesInReader' | 'timesInUtc'>,
): string {
  const template =
    display === 'utc' ? messages.timesInUtc : display === 'reader' ? messages.timesInReader : messages.timesInPlace;
  return interpolate(template, { zone });
}
