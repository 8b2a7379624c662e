import type { Dataset } from '../schema/dataset';
import type { TimelineEvent } from '../schema/event';
import { assignLanes, type LaneAccessor, type LaneLabels } from './assignLanes';
import { causalLinks, type CausalLink } from './causalLinks';
import { eventExtent } from './eventExtent';
import { figureStatus, type FigureStatus } from './figureStatus';
import { laneSequences, type LaneSequences } from './laneSequences';
import { indexLinks, type IndexedLinks } from './linksInView';
import type { EventExtent, Lane, LaneMode } from './types';

export interface PrepareTimelineOptions {
  /** The zone the axis is shown in. Default: the dataset's. Extents use each event's place's zone. */
  timeZone?: string;
  laneMode?: LaneMode;
  laneAccessor?: LaneAccessor;
  laneLabels?: LaneLabels;
  /** Lane height used for `lanes` (layoutTimeline restacks them if it is given another). Default 56. */
  laneHeight?: number;
}

/** What does not change while zooming: extents in time order, lanes, and a window for bisection. */
export interface PreparedTimeline {
  dataset: Dataset;
  /** The axis zone. */
  timeZone: string;
  /** Events with a readable date, sorted by extent start (then by their order in the dataset). */
  events: TimelineEvent[];
  /** `extents[i]` belongs to `events[i]`. */
  extents: EventExtent[];
  /** `extents[i].start`, for binary search. */
  starts: Float64Array;
  /** The longest extent, ms: an event starting this long before the view may still reach into it. */
  maxDuration: number;
  extentById: Map<string, EventExtent>;
  lanes: Lane[];
  laneOf: Map<string, string>;
  /** `laneIndex[i]`: index in `lanes` of `events[i]`'s lane (no string lookups per frame). */
  laneIndex: Uint32Array;
  /** Position of each event id in `events`. */
  indexById: Map<string, number>;
  /** Cause → response pairs of the whole dataset, by cause id (routeLinks keeps those whose ends are placed). */
  linksFrom: Map<string, CausalLink[]>;
  /** `extents[i].end`, for the per-frame sweep. */
  ends: Float64Array;
  /** The same links with their ends as indexes in `events`, causes in time order (see linksInView). */
  indexedLinks: IndexedLinks;
  /** Where each event's symbol sits, epoch ms (see symbolTime). */
  symbols: Float64Array;
  /** Each lane's events sorted by symbol, for the per-frame sweep (see sweepLaneMarks). */
  laneSequences: LaneSequences[];
  /** How far each event's figures are established (drawn on its mark), worked out once. */
  figures: FigureStatus[];
}

function byCause(links: CausalLink[]): Map<string, CausalLink[]> {
  const map = new Map<string, CausalLink[]>();
  for (const link of links) {
    const list = map.get(link.fromId);
    if (list) list.push(link);
    else map.set(link.fromId, [link]);
  }
  return map;
}

/**
 * The per-dataset half of the layout, computed once: each event's extent in its place's zone, events
 * sorted by time, and lane assignment. layoutTimeline then only does the per-frame work.
 */
export function prepareTimeline(dataset: Dataset, options: PrepareTimelineOptions = {}): PreparedTimeline {
  const timeZone = options.timeZone ?? dataset.timeZone ?? 'UTC';
  const dated: { event: TimelineEvent; extent: EventExtent; index: number }[] = [];
  dataset.events.forEach((event, index) => {
    const extent = eventExtent(event, event.timeZone ?? dataset.timeZone ?? 'UTC');
    // An unreadable date cannot be placed on the axis; the event stays in the list view.
    if (Number.isFinite(extent.start) && Number.isFinite(extent.end)) dated.push({ event, extent, index });
  });
  dated.sort((a, b) => a.extent.start - b.extent.start || a.index - b.index);
  const events = dated.map((d) => d.event);
  const extents = dated.map((d) => d.extent);
  const { lanes, laneOf } = assignLanes(events, {
    mode: options.laneMode ?? 'actor',
    accessor: options.laneAccessor,
    actors: dataset.actors ?? [],
    categories: dataset.categories ?? [],
    laneHeight: options.laneHeight ?? 56,
    labels: options.laneLabels,
  });
  const laneAt = new Map(lanes.map((lane, i) => [lane.key, i]));
  let maxDuration = 0;
  for (const extent of extents) maxDuration = Math.max(maxDuration, extent.end - extent.start);
  const laneIndex = Uint32Array.from(events, (event) => laneAt.get(laneOf.get(event.id)!)!);
  const sequences = laneSequences(extents, laneIndex, lanes.length);
  const linksFrom = byCause(causalLinks(events));
  return {
    dataset,
    timeZone,
    events,
    extents,
    starts: Float64Array.from(extents, (extent) => extent.start),
    maxDuration,
    extentById: new Map(events.map((event, i) => [event.id, extents[i]!])),
    lanes,
    laneOf,
    laneIndex,
    indexById: new Map(events.map((event, i) => [event.id, i])),
    linksFrom,
    ends: Float64Array.from(extents, (extent) => extent.end),
    indexedLinks: indexLinks(linksFrom, events),
    symbols: sequences.symbols,
    laneSequences: sequences.lanes,
    figures: events.map((event) => figureStatus(event.casualties)),
  };
}
