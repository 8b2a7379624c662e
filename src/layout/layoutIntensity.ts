import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { Series } from './aggregateSeries';
import { binEvents, type Bin, type BinInput } from './binEvents';
import { chooseBinUnit, type BinUnit } from './chooseBinUnit';
import { chooseTicks } from './chooseTicks';
import { createTimeScale } from './createTimeScale';
import type { CountPoint } from './ownCumulativeCount';
import { stackBins } from './stackBins';
import type { AxisDirection, Domain, TickSet } from './types';

export interface LayoutIntensityOptions {
  /** The span the chart covers (the whole dataset: it is an overview). */
  bounds: Domain;
  width: number;
  height: number;
  /** The axis zone: bins and ticks follow its calendar. */
  timeZone: string;
  /** Stacking order of the categories, bottom first. */
  categories: readonly string[];
  /** Reported counts, one series per counter (aggregateSeries); [] to draw none. */
  series: readonly Series[];
  /** Our own running count (ownCumulativeCount); null to draw none. */
  own: readonly CountPoint[] | null;
  /** Default: chooseBinUnit(bounds, width). */
  unit?: BinUnit;
  /** Which way time runs: "rtl" puts the start of the bounds at x = width, as on a mirrored Timeline. Default "ltr". */
  direction?: AxisDirection;
}

export interface IntensityBar {
  /** "<bin start>:<category>" */
  key: string;
  category: string;
  binIndex: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface IntensityMarker {
  id: string;
  x: number;
  y: number;
}

/** Where a line's direct label goes: next to its latest visible point, moved up or down to stay clear. */
export interface IntensityLabelSpot {
  /** The point labelled (x, y), and the label's baseline position. */
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface IntensityLine {
  /** The counter's id. */
  id: string;
  /** Position among the series: picks the dash pattern, marker shape and colour. */
  index: number;
  /** Step-after path through the points, px (may run outside the plot: clip it). */
  d: string;
  /** Points inside the plot's time span. */
  markers: IntensityMarker[];
  /** Id of the latest point inside the plot, labelled in the chart; null when none is inside. */
  latestId: string | null;
  label: IntensityLabelSpot | null;
}

export interface IntensityOwnLine {
  d: string;
  count: number;
  label: IntensityLabelSpot | null;
}

export interface IntensityTick {
  value: number;
  y: number;
}

/**
 * Everything the IntensityChart draws, px: x from 0 to width (physical, from the left edge whichever way time
 * runs), y from 0 (top) to height.
 */
export interface IntensityLayout {
  unit: BinUnit;
  bins: Bin[];
  /** Stacked bars, each x ≤ x + width in either direction. */
  bars: IntensityBar[];
  /** The largest bin total (≥ 1) and its scale's ticks, for the left edge (in either direction, as the legend says). */
  barMax: number;
  barTicks: IntensityTick[];
  /** The top of the count scale (≥ 1) and its ticks, for the right edge. */
  countMax: number;
  countTicks: IntensityTick[];
  lines: IntensityLine[];
  own: IntensityOwnLine | null;
  /** Time ticks of the bounds, for the axis under the bars. */
  ticks: TickSet;
  plotTop: number;
  plotBottom: number;
  /** Which way time runs on x (see AxisDirection). */
  direction: AxisDirection;
}

const TOP = 10;
/** Two rows of axis labels under the bars. */
export const INTENSITY_AXIS_HEIGHT = 32;
const LABEL_GAP = 13;
const LABEL_OFFSET = 7;
const LABEL_RISE = 5;

const stepLine = line<[number, number]>().curve(curveStepAfter).digits(2);
/** Two decimals are plenty for px, and keep server HTML small. */
const r = (value: number) => Math.round(value * 100) / 100;

/** Labels no closer than LABEL_GAP vertically, kept inside [top, bottom], in their wanted order. */
function spreadLabels(wanted: number[], top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((item) => Math.max(top, item.y));
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + LABEL_GAP);
  const overflow = (ys[ys.length - 1] ?? bottom) - bottom;
  if (overflow > 0) for (let k = 0; k < ys.length; k++) ys[k] = ys[k]! - overflow;
  const out = new Array<number>(wanted.length);
  order.forEach((item, k) => (out[item.i] = ys[k]!));
  return out;
}

/**
 * Keeps one point per pixel column (the last), so 10,000 events do not make a 10,000-step path. Columns are
 * counted from the start edge `origin` in the direction time runs (`later`), so a mirrored axis keeps the
 * same points.
 */
function thin(points: [number, number][], origin: number, later: number): [number, number][] {
  const out: [number, number][] = [];
  const column = (x: number) => Math.round((x - origin) * later);
  for (const point of points) {
    const last = out[out.length - 1];
    if (last && column(last[0]) === column(point[0])) out[out.length - 1] = [last[0], point[1]];
    else out.push(point);
  }
  return out;
}

/**
 * The intensity chart's geometry: bars of events per bin stacked by category over the whole `bounds`
 * (left scale), each counter's reported counts as a step line and our own running count as another
 * (one shared right-hand count scale), direct labels for the latest point of each line, and time ticks.
 * With `direction` "rtl" every x is the "ltr" one mirrored (x → width - x); the y scales do not move.
 */
export function layoutIntensity(input: BinInput, options: LayoutIntensityOptions): IntensityLayout {
  const { bounds, width, height, timeZone, categories, series, direction = 'ltr' } = options;
  const unit = options.unit ?? chooseBinUnit(bounds, width);
  const plotTop = TOP;
  const plotBottom = Math.max(plotTop + 20, height - INTENSITY_AXIS_HEIGHT);
  const x = createTimeScale(bounds, width, direction);
  // The start edge (earliest time) and the "now" edge: 0 and width, swapped when time runs right to left.
  const [startX, endX] = x.range() as [number, number];
  // +1 when later times lie to the right, -1 when they lie to the left.
  const later = direction === 'rtl' ? -1 : 1;
  const inside = (time: number) => time >= bounds[0] && time <= bounds[1];

  const bins = binEvents(input, { domain: bounds, unit, timeZone });
  const barMax = Math.max(1, max(bins, (bin) => bin.total) ?? 0);
  const barY = scaleLinear().domain([0, barMax]).range([plotBottom, plotTop]).nice();
  const bars: IntensityBar[] = [];
  for (const layer of stackBins(bins, categories)) {
    layer.segments.forEach((segment, binIndex) => {
      const count = segment.y1 - segment.y0;
      if (count <= 0) return;
      const a = x(segment.start);
      const b = x(segment.end);
      const x0 = Math.max(0, Math.min(a, b));
      const x1 = Math.min(width, Math.max(a, b));
      if (!(x1 > x0)) return;
      // The 1 px gap between bins goes at the bin's later end, so a mirrored axis mirrors the bars exactly.
      const gap = x1 - x0 >= 4 ? 1 : 0;
      const barWidth = Math.max(1, x1 - x0 - gap);
      bars.push({
        key: `${segment.start}:${layer.category}`,
        category: layer.category,
        binIndex,
        count,
        x: r(direction === 'rtl' ? x1 - barWidth : x0),
        y: r(barY(segment.y1)),
        width: r(barWidth),
        height: r(barY(segment.y0) - barY(segment.y1)),
      });
    });
  }

  const own = options.own;
  const ownLast = own && own.length > 0 ? own[own.length - 1]!.count : 0;
  const seriesMax = max(series.flatMap((s) => s.points.filter((p) => inside(p.asOf)).map((p) => p.count))) ?? 0;
  const countY = scaleLinear()
    .domain([0, Math.max(1, seriesMax, own ? ownLast : 0)])
    .range([plotBottom, plotTop])
    .nice();

  const spots: { x: number; y: number }[] = [];
  const lines = series.map((s, index) => {
    const points = s.points.map((p): [number, number] => [x(p.asOf), countY(p.count)]);
    const markers = s.points
      .filter((p) => inside(p.asOf))
      .map((p) => ({ id: p.id, x: r(x(p.asOf)), y: r(countY(p.count)) }));
    const latest = markers[markers.length - 1];
    if (latest) spots.push(latest);
    return { id: s.id, index, d: stepLine(points) ?? '', markers, latestId: latest?.id ?? null, label: null };
  }) as IntensityLine[];

  let ownLine: IntensityOwnLine | null = null;
  if (own) {
    // From zero at the start edge to today's count at the "now" edge.
    const points: [number, number][] = [[startX, countY(0)]];
    for (const point of own) points.push([x(point.time), countY(point.count)]);
    points.push([endX, countY(ownLast)]);
    ownLine = { d: stepLine(thin(points, startX, later)) ?? '', count: ownLast, label: null };
    spots.push({ x: endX, y: r(countY(ownLast)) });
  }

  // Baselines just above each point, so the text sits over its line rather than across it.
  const labelYs = spreadLabels(
    spots.map((spot) => spot.y - LABEL_RISE),
    plotTop + 2,
    plotBottom - 2,
  );
  // A point in the later half is labelled on its earlier side (over its own line, not past the edge), an
  // earlier one on its later side: towards the middle either way.
  const place = (spot: { x: number; y: number }, k: number): IntensityLabelSpot => {
    const side = Math.abs(spot.x - startX) > width / 2 ? -later : later;
    return {
      x: spot.x,
      y: spot.y,
      labelX: r(spot.x + side * LABEL_OFFSET),
      labelY: r(labelYs[k]!),
      anchor: side > 0 ? 'start' : 'end',
    };
  };
  let k = 0;
  for (const l of lines) if (l.latestId !== null) l.label = place(l.markers[l.markers.length - 1]!, k++);
  if (ownLine) ownLine.label = place(spots[k]!, k);

  const ticksOf = (scale: typeof barY, count: number) =>
    scale
      .ticks(count)
      .filter((value) => Number.isInteger(value))
      .map((value) => ({ value, y: r(scale(value)) }));
  return {
    unit,
    bins,
    bars,
    barMax: barY.domain()[1]!,
    barTicks: ticksOf(barY, 2),
    countMax: countY.domain()[1]!,
    countTicks: ticksOf(countY, 3),
    lines,
    own: ownLine,
    ticks: chooseTicks(bounds, width, { timeZone, minMinorSpacing: 36, minMajorSpacing: 96, direction }),
    plotTop,
    plotBottom,
    direction,
  };
}
