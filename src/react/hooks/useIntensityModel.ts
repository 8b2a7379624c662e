import { useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { Aggregate } from '../../schema/aggregate';
import { BUILT_IN_CATEGORIES } from '../../schema/builtInCategories';
import { datePeriod } from '../../schema/epoch';
import { FIGURE_QUALIFIERS } from '../../schema/figureQualifiers';
import { prepareTimeline, type PreparedTimeline } from '../../layout/prepareTimeline';
import { datasetExtent } from '../../layout/datasetExtent';
import { aggregateSeries, type Series } from '../../layout/aggregateSeries';
import { ownCumulativeCount } from '../../layout/ownCumulativeCount';
import { binEvents, type Bin } from '../../layout/binEvents';
import { layoutIntensity, type IntensityLayout } from '../../layout/layoutIntensity';
import type { AxisDirection, AxisLayout, Domain } from '../../layout/types';
import { domainBounds } from '../../state/domainBounds';
import { formatAxisTicks } from '../../i18n/formatAxisTicks';
import { interpolate } from '../../i18n/interpolate';
import { numberFormat } from '../../i18n/intl';
import type { Messages } from '../../i18n/messages';
import { isUsableId, list, objects, text } from '../components/safeData';

export interface IntensityModelOptions {
  dataset: Dataset;
  locale: string;
  timeZone: string | undefined;
  bounds: Domain | undefined;
  width: number;
  height: number;
  showReportedCounts: boolean;
  showOwnCount: boolean;
  ownCountCategories: readonly string[];
  messages: Messages;
  /** Which way time runs on x. */
  direction: AxisDirection;
}

export interface IntensityModel {
  prepared: PreparedTimeline;
  /** The span drawn; null when there is nothing to draw (no dated events, no counts). */
  bounds: Domain | null;
  layout: IntensityLayout | null;
  axis: AxisLayout | null;
  /** Every counter's series, drawn or not (the data table lists them all). */
  series: Series[];
  /** Categories the events use, in stacking order. */
  categories: string[];
  /** Events per month, for the data table. */
  months: Bin[];
  ownCount: number | null;
}

const HOUR = 3_600_000;

function categoriesOf(dataset: Dataset, events: readonly { category: string }[]): string[] {
  const used = new Set(events.map((event) => event.category));
  const order = [...BUILT_IN_CATEGORIES, ...(dataset.categories ?? []).map((c) => c.id), ...used];
  return [...new Set(order)].filter((id) => used.has(id));
}

/** Where the as-of dates of the counts lie, for a dataset with counts and no dated events. */
function countsExtent(aggregates: readonly Aggregate[], timeZone: string): Domain | null {
  const times = aggregates.map((a) => datePeriod(a.asOf, timeZone)?.end ?? NaN).filter(Number.isFinite);
  return times.length > 0 ? [Math.min(...times) - 24 * HOUR, Math.max(...times)] : null;
}

/** Counts that can be drawn, whatever the host passed (an unparsed file): broken entries are left out, not thrown on. */
function usableAggregates(value: readonly Aggregate[] | undefined): Aggregate[] {
  return objects(value)
    .filter((a) => isUsableId(a.series) && typeof a.asOf === 'string' && Number.isFinite(a.count) && a.count >= 0)
    .map((a) => ({
      ...a,
      id: text(a.id) || `${a.series}:${a.asOf}`,
      seriesLabel: text(a.seriesLabel) || a.series,
      measure: text(a.measure),
      qualifier: FIGURE_QUALIFIERS.includes(a.qualifier) ? a.qualifier : 'exact',
      sources: list(a.sources).filter((id): id is string => typeof id === 'string'),
    }));
}

/** Data → layout for the IntensityChart: prepared events, counters' series, our count, geometry and axis words. */
export function useIntensityModel(options: IntensityModelOptions): IntensityModel {
  const { dataset, locale, timeZone, width, height, showReportedCounts, showOwnCount, messages } = options;
  const { ownCountCategories, direction } = options;
  const prepared = useMemo(() => prepareTimeline(dataset, { timeZone, laneMode: 'single' }), [dataset, timeZone]);
  const zone = prepared.timeZone;
  const aggregates = useMemo(() => usableAggregates(dataset.aggregates), [dataset]);

  const series = useMemo(() => {
    const nf = numberFormat(locale);
    return aggregateSeries(aggregates, {
      timeZone: zone,
      formatLabel: (a) =>
        interpolate(messages.qualifier[a.qualifier] ?? messages.qualifier.exact, { n: nf.format(a.count) }),
    });
  }, [aggregates, zone, locale, messages]);

  const boundsProp = options.bounds;
  const bounds = useMemo<Domain | null>(() => {
    if (boundsProp && boundsProp[1] > boundsProp[0]) return boundsProp;
    const extent = datasetExtent(prepared) ?? countsExtent(aggregates, zone);
    return extent ? domainBounds(extent) : null;
  }, [boundsProp, prepared, aggregates, zone]);

  const categories = useMemo(() => categoriesOf(dataset, prepared.events), [dataset, prepared]);
  const own = useMemo(
    () =>
      showOwnCount && prepared.events.length > 0
        ? ownCumulativeCount(prepared, { categories: ownCountCategories })
        : null,
    [showOwnCount, prepared, ownCountCategories],
  );

  const drawn = useMemo(() => (showReportedCounts ? series : []), [showReportedCounts, series]);
  const layout = useMemo(
    () =>
      bounds
        ? layoutIntensity(prepared, {
            bounds,
            width,
            height,
            timeZone: zone,
            categories,
            series: drawn,
            own,
            direction,
          })
        : null,
    [bounds, prepared, width, height, zone, categories, drawn, own, direction],
  );
  const axis = useMemo(
    () => (layout ? formatAxisTicks(layout.ticks, { locale, timeZone: zone, messages }) : null),
    [layout, locale, zone, messages],
  );
  const months = useMemo(
    () => (bounds ? binEvents(prepared, { domain: bounds, unit: 'month', timeZone: zone }).filter((b) => b.total) : []),
    [bounds, prepared, zone],
  );
  const ownCount = own ? (own[own.length - 1]?.count ?? 0) : null;
  return useMemo(
    () => ({ prepared, bounds, layout, axis, series, categories, months, ownCount }),
    [prepared, bounds, layout, axis, series, categories, months, ownCount],
  );
}
