import type { FigureStatus } from './figureStatus';

/**
 * The plain data that layout hands to rendering. Everything here is computed by pure functions from
 * (dataset, options); components draw it and compute nothing. Pixel values are in the plot's coordinate
 * space: x from 0 (left edge of the plot area) to `width`, y from 0 (top of the first lane).
 */

/** [start, end] in epoch milliseconds. */
export type Domain = readonly [number, number];

/**
 * Which way time runs along the x axis: "ltr" earliest at the left, "rtl" earliest at the right. Independent
 * of the text direction (an editorial choice); x values are always physical px from the left edge.
 */
export type AxisDirection = 'ltr' | 'rtl';

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** Where a tick falls. Layout chooses ticks; src/i18n gives them words (layout never formats text). */
export interface TickPosition {
  /** Epoch ms of the tick: a boundary of `unit` in the display zone (local midnight, local 1st of month…). */
  time: number;
  x: number;
  /**
   * Added: true for the one major tick that falls before the visible start and is drawn at the start edge
   * (x = 0, or x = width when the axis runs right to left), so the reader always sees which month or year
   * the view opens in.
   */
  clamped?: boolean;
}

/** Ticks for the visible span: fine ticks ("17 18 19") under coarse ones ("October 2023"). */
export interface TickSet {
  minor: TickPosition[];
  major: TickPosition[];
  /** The unit of the minor ticks, and how many units each step covers (e.g. 6 hours). */
  unit: TickUnit;
  step: number;
  /** The unit of the major ticks (coarser than `unit`). */
  majorUnit: TickUnit;
  /** Added: how many `majorUnit`s each major step covers (10 for decades); 1 when absent. */
  majorStep?: number;
}

/** A labelled tick, as src/i18n returns it. */
export interface AxisTick extends TickPosition {
  label: string;
  /** The tick's full meaning for assistive technology and tooltips, e.g. "17 October 2023". */
  fullLabel: string;
}

/** The axis as drawn: labelled ticks on two levels and the zone named. */
export interface AxisLayout {
  minor: AxisTick[];
  major: AxisTick[];
  unit: TickUnit;
  majorUnit: TickUnit;
  /** The zone the labels are in, named for readers, e.g. "Baghdad time (GMT+3)". */
  zoneLabel: string;
}

export type LaneMode = 'actor' | 'category' | 'country' | 'single';

export interface Lane {
  /** Stable key (actor id, category id, country name, or "all"). */
  key: string;
  label: string;
  /** Top of the lane, px. */
  y: number;
  height: number;
  /** Number of events assigned to this lane. */
  count: number;
}

/** The time an event covers on the axis: a point, a range, or the span its precision implies. */
export interface EventExtent {
  start: number;
  end: number;
  /** `point`: an exact moment. `range`: start–end given. `uncertain`: an approximate date drawn as the span it could be. */
  kind: 'point' | 'range' | 'uncertain';
}

/** One visible mark: a single event, or a cluster of events too close to tell apart at this zoom. */
export type Mark = EventMark | ClusterMark;

export interface EventMark {
  type: 'event';
  /** How far the event's figures are established (see figureStatus): drawn as fill, outline or a badge. */
  figures?: FigureStatus;
  /** The event's id; also the mark's key. */
  id: string;
  laneKey: string;
  category: string;
  /** Centre of the mark (for a range or uncertain span: its start), px. */
  x: number;
  /**
   * For ranges and uncertain spans: the end, px; right of x (x2 >= x), or left of it when the axis runs
   * right to left. Equal to x for points.
   */
  x2: number;
  y: number;
  kind: EventExtent['kind'];
  significance: number;
  /**
   * Added: where the event's symbol sits, px: x for points and ranges (they start there), the middle of
   * the span for an uncertain date. Clustering, labels and links use this point.
   */
  cx?: number;
}

export interface ClusterMark {
  type: 'cluster';
  /** Stable for the same members: "cluster:<first id>:<last id>". */
  id: string;
  laneKey: string;
  /** Ids of the events merged into this mark, in time order. */
  eventIds: string[];
  count: number;
  x: number;
  /** Left and right edges of the members, px (x1 <= x2 whichever way the axis runs). */
  x1: number;
  x2: number;
  y: number;
  /** Time span of the members, epoch ms. */
  domain: Domain;
}

/** A label placed next to a mark. Labels never overlap; an event whose label does not fit has none here. */
export interface PlacedLabel {
  eventId: string;
  text: string;
  /** True when `text` was shortened; the full title stays available in the tooltip, detail and list. */
  truncated: boolean;
  /** Bounding box, px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A cause → response arrow between two marks. */
export interface LinkPath {
  /** "<from id>→<to id>:<type>" */
  id: string;
  fromId: string;
  toId: string;
  type: string;
  /** SVG path data, from d3-shape. */
  d: string;
  /**
   * Added: when several cause → response pairs join the same two marks (clusters), one path stands for
   * all of them; this says how many (absent for one).
   */
  merged?: number;
}

/** A shaded period (dataset phase) clipped to the visible plot. */
export interface PhaseBand {
  id: string;
  title: string;
  x: number;
  width: number;
}

/** Measures a label's width in px. Passed in, so layout never reads the DOM. */
export type MeasureText = (text: string) => number;

/** Added: a rectangle, px, that labels must keep clear of (a mark, a range bar, a cluster). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Added: everything the Timeline draws for one domain and width (see layoutTimeline). */
export interface TimelineLayout {
  ticks: TickSet;
  lanes: Lane[];
  /** Marks of the events visible in the domain, each event in exactly one mark. */
  marks: Mark[];
  /** Added: how many events are in view (the marks' members), counted by the sweep that placed them. */
  eventsInView: number;
  labels: PlacedLabel[];
  links: LinkPath[];
  phases: PhaseBand[];
  /** Extent of every event of the dataset (not only the visible ones), by event id. */
  extents: Map<string, EventExtent>;
  /** Total height of the lanes, px. */
  height: number;
  plotWidth: number;
  /** Radius of an event mark and of a cluster mark that labels were kept clear of, px. */
  markRadius: number;
  clusterRadius: number;
  /** Added: which way time runs on the x axis (see AxisDirection). */
  axisDirection: AxisDirection;
}
