import { MILITIAS, MILITIA_WEIGHTS, type MilitiaId } from './actors';
import { BASES, PLACES, sitesOf, type Place } from './places';
import type { Random } from './random';
import { sortByEpoch } from './sortByEpoch';
import type { ZoneClock } from './zoneClock';

export type Category = 'attack' | 'strike' | 'diplomacy' | 'statement' | 'context';
export type SlotPrecision = 'day' | 'hour' | 'minute';

/** One event in the making: when, what, where and who, before titles and links are written. */
export interface Slot {
  /** `evt-000001`, given in time order once the slots are sorted. */
  id: string;
  /** The first instant the start names (local midnight for a day, the hour for an hour). */
  epoch: number;
  /** The local wall clock `epoch` was made from, written as if it were UTC (prints day-precision dates). */
  wall: number;
  category: Category;
  precision: SlotPrecision;
  approximate: boolean;
  place: Place | undefined;
  timeZone: string;
  actor: string;
  /** The attacked or struck party, or the other side of talks. */
  other: string | undefined;
  /** Filled in by `linkSlots`; the lists stay undefined until something is linked. */
  retaliatesFor: Slot[] | undefined;
  retaliatedBy: Slot | undefined;
  respondsTo: Slot | undefined;
  prompted: Slot[] | undefined;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CATEGORIES: Category[] = ['attack', 'strike', 'diplomacy', 'statement', 'context'];
const BURST_MIX = [52, 18, 5, 15, 10];
const QUIET_MIX = [18, 8, 27, 27, 20];
const PRECISIONS: SlotPrecision[] = ['day', 'hour', 'minute'];
const PRECISION_MIX: Record<Category, number[]> = {
  attack: [30, 35, 35],
  strike: [30, 20, 50],
  diplomacy: [60, 20, 20],
  statement: [20, 20, 60],
  context: [85, 10, 5],
};
const STATEMENT_ACTORS = ['coalition', 'host-government', 'patron-state', 'militia'] as const;
const placeNamed = (name: string) => PLACES.find((place) => place.name === name)!;
const BAGHDAD = placeNamed('Baghdad');
const WASHINGTON = placeNamed('Washington, D.C.');
const TALKS: [string, string, Place][] = [
  ['host-government', 'coalition', WASHINGTON],
  ['coalition', 'host-government', BAGHDAD],
  ['coalition', 'host-government', placeNamed('Amman')],
  ['patron-state', 'host-government', BAGHDAD],
  ['host-government', 'patron-state', placeNamed('Damascus')],
];

/** Bursts of activity (a few busy days) separated by quiet spells; returns each day's weight. */
function dayWeights(days: number, random: Random): { cumulative: Float64Array; burst: Uint8Array } {
  const cumulative = new Float64Array(days);
  const burst = new Uint8Array(days);
  let total = 0;
  let day = 0;
  let busy = true;
  while (day < days) {
    const length = busy ? random.int(2, 7) : random.int(3, 18);
    for (let i = 0; i < length && day < days; i++, day++) {
      total += busy ? 4 + random.next() * 8 : 0.2 + random.next() * 0.6;
      cumulative[day] = total;
      burst[day] = busy ? 1 : 0;
    }
    busy = !busy;
  }
  return { cumulative, burst };
}

function pickDay(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function militia(random: Random): MilitiaId {
  return MILITIAS[random.weighted(MILITIA_WEIGHTS)]!;
}

/** Who acts, against whom, and where, for one category. */
function cast(category: Category, random: Random): Pick<Slot, 'actor' | 'other' | 'place'> {
  switch (category) {
    case 'attack':
      return { actor: militia(random), other: 'coalition', place: random.pick(BASES) };
    case 'strike': {
      const target = militia(random);
      return { actor: 'coalition', other: target, place: random.pick(sitesOf(target)) };
    }
    case 'diplomacy': {
      // The first party is the visitor, the place the host's capital (or neutral ground).
      const [actor, other, place] = random.pick(TALKS);
      return { actor, other, place };
    }
    case 'statement': {
      const who = STATEMENT_ACTORS[random.weighted([4, 2, 1, 3])]!;
      if (who === 'militia') return { actor: militia(random), other: undefined, place: undefined };
      if (who === 'coalition')
        return { actor: who, other: undefined, place: random.chance(0.6) ? WASHINGTON : BAGHDAD };
      return { actor: who, other: undefined, place: who === 'host-government' ? BAGHDAD : undefined };
    }
    case 'context':
      // Context happens to people at large: whether anyone acts is decided by the title (a protest).
      return { actor: 'civilians', other: undefined, place: random.chance(0.5) ? random.pick(PLACES) : undefined };
  }
}

/** Attacks and strikes mostly at night; talks and statements in the working day. Local hour. */
function hourOfDay(category: Category, random: Random): number {
  if (category === 'attack' || category === 'strike') {
    return random.chance(0.65) ? (20 + random.int(0, 9)) % 24 : random.int(0, 23);
  }
  return random.int(8, 21);
}

/**
 * `count` events over `days` days from `startWall` (local midnight of the first day, as if UTC),
 * in bursts and quiet spells, sorted by start, with ids in that order.
 */
export function generateSlots(
  count: number,
  days: number,
  startWall: number,
  random: Random,
  clockFor: (timeZone: string) => ZoneClock,
  defaultZone: string,
): Slot[] {
  const { cumulative, burst } = dayWeights(days, random);
  const total = cumulative[days - 1]!;
  const slots: Slot[] = new Array<Slot>(count);
  for (let i = 0; i < count; i++) {
    const day = pickDay(cumulative, random.next() * total);
    const busy = burst[day] === 1;
    const category = CATEGORIES[random.weighted(busy ? BURST_MIX : QUIET_MIX)]!;
    const { actor, other, place } = cast(category, random);
    const precision = PRECISIONS[random.weighted(PRECISION_MIX[category])]!;
    const approximate = random.chance(precision === 'day' ? 0.08 : category === 'attack' ? 0.2 : 0.1);
    const hour = hourOfDay(category, random);
    const minute = random.int(0, 59);
    const wall =
      startWall + day * DAY + (precision === 'day' ? 0 : hour * HOUR + (precision === 'minute' ? minute * 60_000 : 0));
    const timeZone = place?.timeZone ?? defaultZone;
    slots[i] = {
      id: '',
      epoch: clockFor(timeZone).wallToEpoch(wall),
      wall,
      category,
      precision,
      approximate,
      place,
      timeZone,
      actor,
      other,
      retaliatesFor: undefined,
      retaliatedBy: undefined,
      respondsTo: undefined,
      prompted: undefined,
    };
  }
  const sorted = sortByEpoch(slots, startWall - 2 * DAY);
  const width = Math.max(6, String(count).length);
  sorted.forEach((slot, i) => (slot.id = `evt-${String(i + 1).padStart(width, '0')}`));
  return sorted;
}
