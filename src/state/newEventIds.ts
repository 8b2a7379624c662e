import type { TimelineEvent } from '../schema/event';
import { datePeriod } from '../schema/epoch';

/** When an event counts as having happened or been added, epoch ms; undefined when it cannot be told. */
export type EventAddedAt = (event: TimelineEvent) => string | number | null | undefined;

/**
 * An instant from a `highlightSince`-like value: epoch ms, or an ISO 8601 date-time (a date alone is read as its
 * first instant in UTC). Undefined for anything else, so a bad value marks nothing instead of throwing.
 */
export function readInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value !== 'string') return undefined;
  const period = datePeriod(value.trim());
  return period ? period.start : undefined;
}

/** The last instant an event's start may stand for: a date known to the day counts through that whole day. */
function latestStart(event: TimelineEvent, fallbackZone: string): number | undefined {
  if (typeof event.start !== 'string') return undefined;
  try {
    return datePeriod(event.start, typeof event.timeZone === 'string' ? event.timeZone : fallbackZone)?.end;
  } catch {
    // A zone Intl does not know: the start read in UTC is as close as it gets.
    return datePeriod(event.start)?.end;
  }
}

/**
 * The ids of the events newer than `since`. "Newer" reads, in order: the host's `addedAt(event)` (when the
 * event was published or added, if the host knows it), the event's own `addedAt` (the schema's "first
 * published" field), else the event's start, at its precision: "2024-01-28" is new against any time that day.
 * Strictly later: an event at exactly `since` is not new. Pure; never throws on odd events.
 */
export function newEventIds(
  events: readonly TimelineEvent[] | null | undefined,
  since: number | undefined,
  options: { addedAt?: EventAddedAt | undefined; timeZone?: string | undefined } = {},
): ReadonlySet<string> {
  const ids = new Set<string>();
  if (since === undefined || !Array.isArray(events)) return ids;
  const zone = options.timeZone ?? 'UTC';
  for (const event of events) {
    if (!event || typeof event !== 'object' || typeof event.id !== 'string') continue;
    const own = event.addedAt;
    let given: unknown;
    try {
      given = options.addedAt?.(event);
    } catch {
      given = undefined;
    }
    const at = readInstant(given ?? own) ?? latestStart(event, zone);
    if (at !== undefined && at > since) ids.add(event.id);
  }
  return ids;
}

/**
 * How many of `ids` were not announced before; records them in `announced`. Each new event is counted in one
 * announcement, the first time it is new, whatever re-renders, zooms or filters come after.
 */
export function takeNewArrivals(ids: ReadonlySet<string>, announced: Set<string>): number {
  let arrived = 0;
  for (const id of ids) {
    if (announced.has(id)) continue;
    announced.add(id);
    arrived += 1;
  }
  return arrived;
}
