import type { DatasetIssue } from './DatasetIssue';
import { shortenText } from './graphemes';
import { salvageLocation } from './salvageLocation';
import { capEventText } from './textLimits';
import * as z from 'zod';
import { ID_PATTERN } from './idPattern';
import { id } from './primitives';
import { mediaSchema } from './media';
import { RELATION_TYPES, relationSchema } from './relation';
import { salvageItems } from './salvageItems';

const DEFAULT_SIGNIFICANCE = 3;

const isId = (item: unknown) => typeof item === 'string' && ID_PATTERN.test(item);
const RELATION_TYPE_SET = new Set<unknown>(RELATION_TYPES);
const looksLikeLink = (item: unknown) =>
  item !== null &&
  typeof item === 'object' &&
  RELATION_TYPE_SET.has((item as { type?: unknown }).type) &&
  isId((item as { id?: unknown }).id) &&
  ['string', 'undefined'].includes(typeof (item as { note?: unknown }).note);

/** Lists whose bad items can go without changing what the event says (casualty reports and disputes cannot). */
const LISTS: [string, z.ZodType, string, ((item: unknown) => boolean) | undefined][] = [
  ['actors', id, 'actor reference', isId],
  ['targets', id, 'target reference', isId],
  ['sources', id, 'source reference', isId],
  ['related', relationSchema, 'link', looksLikeLink],
  ['media', mediaSchema, 'media item', undefined],
  ['tags', z.string(), 'tag', (item) => typeof item === 'string'],
];

function isSignificance(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}

function describe(value: unknown): string {
  return typeof value === 'number'
    ? String(value)
    : typeof value === 'string'
      ? `"${shortenText(value, 40)}"`
      : typeof value;
}

/**
 * One raw event made fit to parse without losing it for a part that can go: over-long text is shortened, bad
 * coordinates and locations are removed, so are bad ids, links, media items and tags from their lists, and an
 * unreadable significance falls back to the default. Each repair is
 * an issue. What cannot be repaired (no id, no date, no title) is left for the schema to report, and drops
 * the event. Returns the input itself when nothing needed repair.
 */
export function prepareEvent(raw: unknown, index: number, issues: DatasetIssue[], eventId?: string): unknown {
  const at = `events[${index}]`;
  const capped = capEventText(raw, at, issues, eventId);
  if (capped === null || typeof capped !== 'object' || Array.isArray(capped)) return capped;
  const event = capped as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  const set = (key: string, value: unknown) => {
    copy ??= { ...event };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  };

  const location = salvageLocation(event.location, `${at}.location`, issues, eventId);
  if (location !== event.location) set('location', location);

  const more = event.additionalLocations;
  if (Array.isArray(more)) {
    const kept = more.flatMap((place, i) => {
      const salvaged = salvageLocation(place, `${at}.additionalLocations[${i}]`, issues, eventId);
      return salvaged === undefined ? [] : [salvaged];
    });
    if (kept.length !== more.length || kept.some((place, i) => place !== more[i])) set('additionalLocations', kept);
  }

  for (const [key, schema, noun, looksValid] of LISTS) {
    const kept = salvageItems(event[key], schema, issues, { at: ['events', index, key], noun, eventId, looksValid });
    if (kept !== event[key]) set(key, kept);
  }

  if (!isSignificance(event.significance)) {
    issues.push({
      path: `${at}.significance`,
      message: `significance must be a whole number from 1 to 5, got ${describe(event.significance)} (${DEFAULT_SIGNIFICANCE}, the default, is used)`,
      ...(eventId !== undefined && { eventId }),
    });
    set('significance', undefined);
  }
  return copy ?? capped;
}
