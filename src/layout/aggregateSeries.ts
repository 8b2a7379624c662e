import type { Aggregate } from '../schema/aggregate';
import { datePeriod } from '../schema/epoch';

/** One published count on a counter's line. */
export interface SeriesPoint {
  /** The aggregate's id. */
  id: string;
  /** The counter (aggregate.series): always the id of the Series the point is in. */
  series: string;
  /** Epoch ms of the end of the as-of day in the display zone: the count covers that whole day. */
  asOf: number;
  /** The as-of date as given, e.g. "2024-01-29". */
  asOfDate: string;
  periodStart?: string;
  count: number;
  qualifier: Aggregate['qualifier'];
  /** The count in words ("at least 40"), from `formatLabel`; the digits alone by default. */
  label: string;
  /** The count as the source worded it. */
  text?: string;
  sourceIds: string[];
}

/** One counter's published counts, oldest first: drawn as one step line (step after each point). */
export interface Series {
  /** aggregate.series, e.g. "us-dod". */
  id: string;
  /** Who counted, in words (the seriesLabel of the counter's first count). */
  label: string;
  /** What was counted (the measure of the counter's first count). */
  measure: string;
  points: SeriesPoint[];
}

export interface AggregateSeriesOptions {
  /** Zone in which a date-only as-of ends. Default UTC. */
  timeZone?: string;
  /** Words for a count; layout formats nothing, so the caller passes i18n in. Default: the digits. */
  formatLabel?: (aggregate: Aggregate) => string;
}

/**
 * Reported counts as one series per counter (`series` id), in the order each counter first appears,
 * points sorted by as-of time (then id). Two counters are never merged into one line: grouping is by
 * series id alone, and the result is checked for it. Aggregates whose as-of date cannot be read are left out.
 */
export function aggregateSeries(aggregates: readonly Aggregate[], options: AggregateSeriesOptions = {}): Series[] {
  const { timeZone = 'UTC', formatLabel = (aggregate: Aggregate) => String(aggregate.count) } = options;
  const bySeries = new Map<string, Series>();
  for (const aggregate of aggregates) {
    const asOf = datePeriod(aggregate.asOf, timeZone)?.end;
    if (asOf === undefined || !Number.isFinite(asOf)) continue;
    let series = bySeries.get(aggregate.series);
    if (!series) {
      series = { id: aggregate.series, label: aggregate.seriesLabel, measure: aggregate.measure, points: [] };
      bySeries.set(aggregate.series, series);
    }
    const point: SeriesPoint = {
      id: aggregate.id,
      series: aggregate.series,
      asOf,
      asOfDate: aggregate.asOf,
      count: aggregate.count,
      qualifier: aggregate.qualifier,
      label: formatLabel(aggregate),
      sourceIds: [...aggregate.sources],
    };
    if (aggregate.periodStart !== undefined) point.periodStart = aggregate.periodStart;
    if (aggregate.text !== undefined) point.text = aggregate.text;
    series.points.push(point);
  }
  const out = [...bySeries.values()];
  for (const series of out) {
    series.points.sort((a, b) => a.asOf - b.asOf || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The rule of the whole chart: one counter per line. Cannot fail as built; kept as a guard for edits.
    if (series.points.some((point) => point.series !== series.id)) {
      throw new Error(`aggregateSeries: series "${series.id}" mixes counts from another counter`);
    }
  }
  return out;
}
