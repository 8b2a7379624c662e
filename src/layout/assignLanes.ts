import type { Actor } from '../schema/actor';
import { BUILT_IN_CATEGORIES } from '../schema/builtInCategories';
import type { CategoryDefinition } from '../schema/category';
import type { TimelineEvent } from '../schema/event';
import type { Lane, LaneMode } from './types';

export type LaneEvent = Pick<TimelineEvent, 'id' | 'actors' | 'category' | 'location'>;

/** Which lane an event goes to when the caller decides; null sends it to the "Unattributed" lane. */
export type LaneAccessor = (event: LaneEvent) => { key: string; label: string } | null | undefined;

/** Words for lanes that layout names itself (layout does not translate: pass them from your messages). */
export interface LaneLabels {
  unattributed?: string;
  unknownPlace?: string;
  all?: string;
  /** Labels of the built-in categories, by id. */
  category?: Partial<Record<string, string>>;
}

export interface AssignLanesOptions {
  mode?: LaneMode;
  /** Overrides `mode`. */
  accessor?: LaneAccessor;
  actors: readonly Actor[];
  /** The dataset's own categories, for their labels. */
  categories?: readonly CategoryDefinition[];
  laneHeight: number;
  /** Below this width (with `width` given) everything goes in one lane. */
  singleLaneBelow?: number;
  width?: number;
  labels?: LaneLabels;
}

/** Lane keys layout makes up; ids cannot start with "_", so they never collide with an actor's. */
export const UNATTRIBUTED_LANE = '_unattributed';
export const UNKNOWN_PLACE_LANE = '_unknown-place';
export const SINGLE_LANE = 'all';

const EN_CATEGORY = new Map([
  ['attack', 'Attack'],
  ['strike', 'Strike'],
  ['diplomacy', 'Diplomacy'],
  ['statement', 'Statement'],
  ['context', 'Context'],
]);

type Keyed = { key: string; label: string };

function accessorFor(options: AssignLanesOptions, mode: LaneMode): LaneAccessor {
  if (options.accessor) return options.accessor;
  const labels = options.labels ?? {};
  if (mode === 'single') return () => ({ key: SINGLE_LANE, label: labels.all ?? 'All events' });
  if (mode === 'category') {
    const declared = new Map((options.categories ?? []).map((c) => [c.id, c.label]));
    return (event) => ({
      key: event.category,
      label:
        declared.get(event.category) ??
        (labels.category && Object.hasOwn(labels.category, event.category)
          ? labels.category[event.category]
          : undefined) ??
        EN_CATEGORY.get(event.category) ??
        event.category,
    });
  }
  if (mode === 'country') {
    return (event) => {
      const country = event.location?.country?.trim();
      return country
        ? { key: country, label: country }
        : { key: UNKNOWN_PLACE_LANE, label: labels.unknownPlace ?? 'Unknown place' };
    };
  }
  const actors = new Map(options.actors.map((a) => [a.id, a.shortName?.trim() || a.name]));
  // Several acting actors: the event sits in its FIRST actor's lane; the others are named in its detail.
  return (event) => {
    const first = event.actors?.[0];
    return first === undefined ? null : { key: first, label: actors.get(first) ?? first };
  };
}

/** The lane key the built-in accessor would give, without building the lane (its label is not needed twice). */
function builtInKeyOf(mode: LaneMode): (event: LaneEvent) => string | undefined {
  if (mode === 'single') return () => SINGLE_LANE;
  if (mode === 'category') return (event) => event.category;
  if (mode === 'country') return (event) => event.location?.country?.trim() || UNKNOWN_PLACE_LANE;
  return (event) => {
    const first = event.actors?.[0];
    return first === undefined ? UNATTRIBUTED_LANE : first;
  };
}

function rankOf(key: string, byCategory: boolean): number {
  if (key === UNATTRIBUTED_LANE || key === UNKNOWN_PLACE_LANE) return 100;
  if (!byCategory) return 0;
  const builtIn = (BUILT_IN_CATEGORIES as readonly string[]).indexOf(key);
  return builtIn === -1 ? BUILT_IN_CATEGORIES.length : builtIn;
}

/**
 * Lanes for events given in time order, and the lane of each event. Mode `actor` (default): the first
 * acting actor's lane, events with none in "Unattributed"; `category`: built-in categories in their
 * order (attack, strike, diplomacy, statement, context), then the others; `country`: location.country,
 * "Unknown place" last; `single`: one lane; `accessor` overrides the mode. Lanes are ordered by number of
 * events, most first, ties by first appearance in time; fallback lanes come last. They stack from y = 0.
 */
export function assignLanes(
  events: readonly LaneEvent[],
  options: AssignLanesOptions,
): { lanes: Lane[]; laneOf: Map<string, string> } {
  const { lanes, laneOf } = assignLanesIndexed(events, options);
  return { lanes, laneOf };
}

/** assignLanes, plus `laneIndex[i]`: the index in `lanes` of `events[i]`'s lane (no lookups by id later). */
export function assignLanesIndexed(
  events: readonly LaneEvent[],
  options: AssignLanesOptions,
): { lanes: Lane[]; laneOf: Map<string, string>; laneIndex: Uint32Array } {
  const { singleLaneBelow, width } = options;
  const narrow = singleLaneBelow !== undefined && width !== undefined && width < singleLaneBelow;
  const mode = narrow ? 'single' : (options.mode ?? 'actor');
  const laneFor = accessorFor({ ...options, accessor: narrow ? undefined : options.accessor }, mode);
  const keyOf = narrow || !options.accessor ? builtInKeyOf(mode) : undefined;
  const unattributed = { key: UNATTRIBUTED_LANE, label: options.labels?.unattributed ?? 'Unattributed' };
  const found = new Map<string, Keyed & { count: number; first: number; slot: number }>();
  const laneOf = new Map<string, string>();
  // Each event's lane as its position in `found`; renumbered once the lanes are sorted.
  const foundIndex = new Uint32Array(events.length);
  // forEach skips the holes of a sparse array, as this public function always has.
  events.forEach((event, index) => {
    // The built-in modes know the key without building a lane; its label is only needed the first time.
    const known = keyOf?.(event);
    let entry = known === undefined ? undefined : found.get(known);
    if (!entry) {
      const lane = laneFor(event) ?? unattributed;
      entry = found.get(lane.key);
      if (!entry) {
        entry = { key: lane.key, label: lane.label, count: 0, first: index, slot: found.size };
        found.set(lane.key, entry);
      }
    }
    entry.count += 1;
    foundIndex[index] = entry.slot;
    laneOf.set(event.id, entry.key);
  });
  if (mode === 'single' && found.size === 0) {
    found.set(SINGLE_LANE, {
      key: SINGLE_LANE,
      label: options.labels?.all ?? 'All events',
      count: 0,
      first: 0,
      slot: 0,
    });
  }
  const byCategory = mode === 'category' && !options.accessor;
  const ordered = [...found.values()].sort(
    (a, b) => rankOf(a.key, byCategory) - rankOf(b.key, byCategory) || b.count - a.count || a.first - b.first,
  );
  const lanes = ordered.map(({ key, label, count }, i) => ({
    key,
    label,
    y: i * options.laneHeight,
    height: options.laneHeight,
    count,
  }));
  const laneAtSlot = new Uint32Array(ordered.length);
  ordered.forEach((lane, i) => (laneAtSlot[lane.slot] = i));
  const laneIndex = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) laneIndex[i] = laneAtSlot[foundIndex[i]!]!;
  return { lanes, laneOf, laneIndex };
}
