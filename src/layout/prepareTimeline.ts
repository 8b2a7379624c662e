import type { Dataset } from '../schema/dataset';
import type { TimelineEvent } from '../schema/event';
import { assignLanesIndexed, type LaneAccessor, type LaneLabels } from './assignLanes';
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
  const { events, extents } = datedInTimeOrder(dataset);
  const { lanes, laneOf, laneIndex } = assignLanesIndexed(events, {
    mode: options.laneMode ?? 'actor',
    accessor: options.laneAccessor,
    actors: dataset.actors ?? [],
    categories: dataset.categories ?? [],
    laneHeight: options.laneHeight ?? 56,
    labels: options.laneLabels,
  });
  // One loop for the typed arrays and id maps (at 100,000 events each extra pass is milliseconds).
  const starts = new Float64Array(extents.length);
  const ends = new Float64Array(extents.length);
  const extentById = new Map<string, EventExtent>();
  const indexById = new Map<string, number>();
  let maxDuration = 0;
  for (let i = 0; i < events.length; i++) {
    const extent = extents[i]!;
    starts[i] = extent.start;
    ends[i] = extent.end;
    maxDuration = Math.max(maxDuration, extent.end - extent.start);
    extentById.set(events[i]!.id, extent);
    indexById.set(events[i]!.id, i);
  }
  const sequences = laneSequences(extents, laneIndex, lanes.length);
  const links = causalLinks(events);
  return {
    dataset,
    timeZone,
    events,
    extents,
    starts,
    maxDuration,
    extentById,
    lanes,
    laneOf,
    laneIndex,
    indexById,
    linksFrom: byCause(links),
    ends,
    indexedLinks: indexLinks(links, indexById),
    symbols: sequences.symbols,
    laneSequences: sequences.lanes,
    figures: events.map((event) => figureStatus(event.casualties)),
  };
}

/** Events with a readable date and their extents, sorted by start (ties: dataset order); no sort when in order. */
function datedInTimeOrder(dataset: Dataset): { events: TimelineEvent[]; extents: EventExtent[] } {
  const fallbackZone = dataset.timeZone ?? 'UTC';
  const events: TimelineEvent[] = [];
  const extents: EventExtent[] = [];
  let inOrder = true;
  for (const event of dataset.events) {
    const extent = eventExtent(event, event.timeZone ?? fallbackZone);
    // An unreadable date cannot be placed on the axis; the event stays in the list view.
    if (!(Number.isFinite(extent.start) && Number.isFinite(extent.end))) continue;
    if (extents.length > 0 && extent.start < extents[extents.length - 1]!.start) inOrder = false;
    events.push(event);
    extents.push(extent);
  }
  if (inOrder) return { events, extents };
  const order = Array.from(events.keys()).sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  return { events: order.map((i) => events[i]!), extents: order.map((i) => extents[i]!) };
}
