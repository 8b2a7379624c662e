import type { TimelineEvent } from '../schema/event';
import { CLAIM_STATUSES } from '../schema/claimStatuses';
import type { FilterStatus } from './filterModel';

/** What the filters look at in one event, read defensively (an event that bypassed the parser never throws). */
export interface EventFacets {
  category: string;
  /** Acting and targeted actors together. */
  actors: string[];
  countries: string[];
  statuses: FilterStatus[];
  significance: number;
}

const STATUSES = new Set<string>(CLAIM_STATUSES);

function words(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map(words).filter(Boolean) : [];
}

/** Countries of a place; "Iraq; Syria" (a place on both sides of a border) counts for both. */
function countriesOf(place: unknown): string[] {
  if (!place || typeof place !== 'object') return [];
  return words((place as { country?: unknown }).country)
    .split(';')
    .map((country) => country.trim())
    .filter(Boolean);
}

export function eventFacets(event: TimelineEvent): EventFacets {
  const reports = Array.isArray(event.casualties) ? event.casualties : [];
  const statuses = new Set<FilterStatus>();
  for (const report of reports) {
    const status = report && typeof report === 'object' ? report.status : undefined;
    if (typeof status === 'string' && STATUSES.has(status)) statuses.add(status);
  }
  if (statuses.size === 0) statuses.add('none');
  const places = [event.location, ...(Array.isArray(event.additionalLocations) ? event.additionalLocations : [])];
  const significance = typeof event.significance === 'number' ? event.significance : 3;
  return {
    category: words(event.category),
    actors: [...new Set([...ids(event.actors), ...ids(event.targets)])],
    countries: [...new Set(places.flatMap(countriesOf))],
    statuses: [...statuses],
    significance,
  };
}
