import type { TimelineEvent } from '../../schema/event';
import type { Location } from '../../schema/location';
import type { Relation } from '../../schema/relation';
import { casualtiesFor, reportsDeaths } from './casualties';
import { describe } from './describe';
import { disputesFor } from './disputes';
import type { Random } from './random';
import type { Category, Slot } from './slots';
import type { ZoneClock } from './zoneClock';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOT_REAL = 'Synthetic event generated for testing; not a real event.';
const CONFIDENCE = ['high', 'medium', 'low'] as const;

/** How often each category is a range, and how long (days for a date, hours for a time). */
const RANGES: Record<Category, { p: number; days: [number, number]; hours: [number, number] }> = {
  attack: { p: 0.03, days: [1, 2], hours: [1, 4] },
  strike: { p: 0.1, days: [1, 2], hours: [6, 36] },
  diplomacy: { p: 0.2, days: [1, 3], hours: [2, 8] },
  statement: { p: 0, days: [1, 1], hours: [1, 1] },
  context: { p: 0.4, days: [2, 14], hours: [2, 48] },
};

/** Each category draws its sources from a pool of plausible outlets. */
const SOURCE_POOLS: Record<Category, string[]> = {
  attack: ['syn-official', 'syn-wire', 'syn-channel', 'syn-news'],
  strike: ['syn-official', 'syn-wire', 'syn-monitor', 'syn-news'],
  diplomacy: ['syn-government', 'syn-news', 'syn-wire'],
  statement: ['syn-wire', 'syn-news'],
  context: ['syn-news', 'syn-analysis', 'syn-monitor'],
};
const STATEMENT_SOURCE: Record<string, string> = {
  coalition: 'syn-official',
  'host-government': 'syn-government',
  'patron-state': 'syn-news',
};

function sourcesFor(slot: Slot, random: Random): string[] {
  const pool = SOURCE_POOLS[slot.category];
  const first = slot.category === 'statement' ? (STATEMENT_SOURCE[slot.actor] ?? 'syn-channel') : undefined;
  const picked = first ? [first] : [];
  const count = random.int(first ? 0 : 1, first ? 1 : 3);
  const offset = random.int(0, pool.length - 1);
  for (let i = 0; i < count; i++) {
    const id = pool[(offset + i) % pool.length]!;
    if (!picked.includes(id)) picked.push(id);
  }
  return picked;
}

function locationFor(slot: Slot, random: Random): Location | undefined {
  const place = slot.place;
  if (!place) return undefined;
  const location: Location = { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
  if (slot.category === 'strike' && random.chance(0.5)) {
    // Strikes hit "near" a town: coordinates moved a few km off the centre and marked approximate.
    location.lat = Math.round((place.lat + (random.next() - 0.5) * 0.1) * 1000) / 1000;
    location.lon = Math.round((place.lon + (random.next() - 0.5) * 0.1) * 1000) / 1000;
    location.approximate = true;
  }
  return location;
}

function endFor(slot: Slot, random: Random, clock: ZoneClock): string | undefined {
  const range = RANGES[slot.category];
  if (!random.chance(range.p)) return undefined;
  if (slot.precision === 'day') {
    return new Date(slot.wall + random.int(...range.days) * DAY).toISOString().slice(0, 10);
  }
  return clock.formatInstant(slot.epoch + random.int(...range.hours) * HOUR);
}

function relatedOf(slot: Slot): Relation[] {
  const related: Relation[] = [];
  for (const attack of slot.retaliatesFor ?? []) related.push({ type: 'retaliates_for', id: attack.id });
  if (slot.retaliatedBy) related.push({ type: 'retaliated_by', id: slot.retaliatedBy.id });
  if (slot.respondsTo) related.push({ type: 'responds_to', id: slot.respondsTo.id });
  for (const reaction of slot.prompted ?? []) related.push({ type: 'prompted', id: reaction.id });
  return related;
}

/** The finished event for a linked slot, in the schema's output form (every defaulted field present). */
export function buildEvent(slot: Slot, random: Random, clock: ZoneClock): TimelineEvent {
  const end = endFor(slot, random, clock);
  const text = describe(slot, end !== undefined, random);
  const casualties = casualtiesFor(slot, random, clock);
  const disputes = disputesFor(slot, random);
  const related = relatedOf(slot);
  let significance = 1 + random.weighted([45, 28, 15, 8, 4]);
  if (reportsDeaths(casualties)) significance++;
  if (slot.retaliatedBy || (slot.retaliatesFor?.length ?? 0) > 1) significance++;

  const event: TimelineEvent = {
    id: slot.id,
    start: slot.precision === 'day' ? new Date(slot.wall).toISOString().slice(0, 10) : clock.formatInstant(slot.epoch),
    precision: slot.precision,
    timeZone: slot.timeZone,
    title: text.title,
    category: slot.category,
    actors: text.actors,
    targets: text.targets,
    casualties,
    disputes,
    related,
    sources: sourcesFor(slot, random),
    media: [],
    significance: Math.min(5, significance),
    tags: text.tags,
  };
  if (end !== undefined) event.end = end;
  if (slot.approximate) {
    event.approximate = true;
    event.dateNote =
      slot.precision === 'day' ? 'Sources give only an approximate date.' : 'Sources give only an approximate time.';
  }
  if (random.chance(0.85)) event.summary = `${text.sentence} ${NOT_REAL}`;
  const location = locationFor(slot, random);
  if (location) event.location = location;
  if (slot.category === 'attack' || slot.category === 'strike')
    event.confidence = CONFIDENCE[random.weighted([5, 3, 2])]!;
  else if (random.chance(0.5)) event.confidence = 'high';
  return event;
}
