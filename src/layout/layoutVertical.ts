import type { TimelineEvent } from '../schema/event';
import type { Phase } from '../schema/phase';
import { datePeriod } from '../schema/epoch';
import { isTimeZone } from '../schema/timeZones';
import { eventExtent } from './eventExtent';
import { gapDuration, type GapUnit } from './gapDuration';
import type { EventExtent } from './types';

export type VerticalEvent = Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'approximate' | 'timeZone'>;
export type VerticalPhase = Pick<Phase, 'id' | 'title' | 'start' | 'end'>;

/** How many spacing steps a card can have above it (0 = tight, SPACE_STEPS = just under a break). */
export const SPACE_STEPS = 4;
/** A gap gets a break when it is this many times the median gap between events… */
export const GAP_MEDIAN_MULTIPLE = 4;
/** …and never below a week: a shorter pause is not news worth a break. */
export const GAP_THRESHOLD_FLOOR = 7 * 24 * 3_600_000;

/** One event's card. `index` is its position in the events given. */
export interface VerticalCard {
  type: 'card';
  index: number;
  /** Undefined for an event without a usable date (listed last). */
  extent: EventExtent | undefined;
  /** Space above the card, 0…SPACE_STEPS, in proportion to the quiet time before it (0 after a break). */
  space: number;
}

/** A compressed quiet stretch between two cards: "3 weeks later". */
export interface VerticalGap {
  type: 'gap';
  key: string;
  /** Quiet time, ms: from the last moment an earlier event covers (a range's end, else its start) to the next start. */
  duration: number;
  unit: GapUnit;
  count: number;
}

/** Where a phase of the story starts: before the first card that falls inside it. */
export interface VerticalPhaseStart {
  type: 'phase';
  key: string;
  /** Position in the phases given. */
  index: number;
}

/** Where the events without a usable date begin (after every dated one). */
export interface VerticalUndated {
  type: 'undated';
  key: 'undated';
  count: number;
}

export type VerticalItem = VerticalCard | VerticalGap | VerticalPhaseStart | VerticalUndated;

export interface VerticalLayout {
  /** Cards in time order with breaks and phase starts between them, then the undated cards. */
  items: VerticalItem[];
  /** The quiet time above which a gap becomes a break, ms. */
  gapThreshold: number;
}

export interface LayoutVerticalOptions {
  /** Zone of events whose place names none (and of date-only phases). Default UTC. */
  timeZone?: string;
  /** Gaps longer than this (ms) become breaks. Default: see `defaultGapThreshold`. */
  gapThreshold?: number;
  phases?: readonly VerticalPhase[];
}

/** The default break threshold: GAP_MEDIAN_MULTIPLE × the median quiet time between events, at least a week. */
export function defaultGapThreshold(quietTimes: readonly number[]): number {
  if (quietTimes.length === 0) return GAP_THRESHOLD_FLOOR;
  const sorted = quietTimes.map((t) => Math.max(0, t)).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.max(GAP_THRESHOLD_FLOOR, GAP_MEDIAN_MULTIPLE * median);
}

const zoneOr = (zone: unknown, fallback: string) => (typeof zone === 'string' && isTimeZone(zone) ? zone : fallback);

function datedCards(events: readonly VerticalEvent[], timeZone: string) {
  const dated: { index: number; extent: EventExtent }[] = [];
  const undated: number[] = [];
  events.forEach((event, index) => {
    const extent = typeof event?.start === 'string' ? eventExtent(event, zoneOr(event.timeZone, timeZone)) : undefined;
    if (extent && Number.isFinite(extent.start) && Number.isFinite(extent.end)) dated.push({ index, extent });
    else undated.push(index);
  });
  // The layout core's order: by extent start, then as given (as prepareTimeline sorts).
  dated.sort((a, b) => a.extent.start - b.extent.start || a.index - b.index);
  return { dated, undated };
}

/** Quiet time before each dated card: its start minus the latest moment any earlier event reaches. */
function quietTimes(dated: readonly { extent: EventExtent }[]): number[] {
  let reach = Number.NEGATIVE_INFINITY;
  return dated.map(({ extent }) => {
    const quiet = extent.start - reach;
    // A range reaches its end; a point or an uncertain date is told from its start ("17 Oct, 10 days later 27 Oct").
    reach = Math.max(reach, extent.kind === 'range' ? extent.end : extent.start);
    return quiet;
  });
}

function phaseStarts(phases: readonly VerticalPhase[], timeZone: string) {
  return phases
    .map((phase, index) => ({
      index,
      start: typeof phase?.start === 'string' ? datePeriod(phase.start, timeZone)?.start : undefined,
      end: typeof phase?.end === 'string' ? datePeriod(phase.end, timeZone)?.end : undefined,
    }))
    .filter((p): p is { index: number; start: number; end: number } => p.start !== undefined && p.end !== undefined)
    .sort((a, b) => a.start - b.start || a.index - b.index);
}

/**
 * The vertical (phone, story) layout: cards in time order down the page, a break ("3 weeks later")
 * wherever the quiet time between events exceeds the threshold, and between shorter gaps a spacing step
 * in proportion to the time, so time visibly runs down the page. A phase start precedes the first card
 * inside the phase (phases without a card are left out). Events without a usable date come last, after
 * an `undated` marker, in the order given: never dropped. Pure: no clock, no DOM.
 */
export function layoutVertical(events: readonly VerticalEvent[], options: LayoutVerticalOptions = {}): VerticalLayout {
  const timeZone = zoneOr(options.timeZone, 'UTC');
  const { dated, undated } = datedCards(events, timeZone);
  const quiet = quietTimes(dated);
  const wanted = options.gapThreshold;
  const gapThreshold =
    typeof wanted === 'number' && wanted > 0 ? wanted : defaultGapThreshold(quiet.slice(1).filter(Number.isFinite));
  const phases = phaseStarts(options.phases ?? [], timeZone);
  let nextPhase = 0;

  const items: VerticalItem[] = [];
  dated.forEach(({ index, extent }, n) => {
    const before = quiet[n]!;
    const isBreak = n > 0 && before > gapThreshold;
    if (isBreak) items.push({ type: 'gap', key: `gap:${index}`, duration: before, ...gapDuration(before) });
    // Every phase that has started by this card: marked here if the card falls inside it.
    while (nextPhase < phases.length && phases[nextPhase]!.start <= extent.start) {
      const phase = phases[nextPhase++]!;
      if (extent.start <= phase.end) items.push({ type: 'phase', key: `phase:${phase.index}`, index: phase.index });
    }
    const space = n === 0 || isBreak ? 0 : Math.round(SPACE_STEPS * Math.min(1, Math.max(0, before) / gapThreshold));
    items.push({ type: 'card', index, extent, space });
  });
  if (undated.length > 0) {
    items.push({ type: 'undated', key: 'undated', count: undated.length });
    for (const index of undated) items.push({ type: 'card', index, extent: undefined, space: 0 });
  }
  return { items, gapThreshold };
}
