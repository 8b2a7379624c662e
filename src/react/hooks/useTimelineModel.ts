import { useCallback, useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { AxisDirection, AxisLayout, Domain, LaneMode, MeasureText, TimelineLayout } from '../../layout/types';
import type { LaneAccessor } from '../../layout/assignLanes';
import { prepareTimeline, type PreparedTimeline } from '../../layout/prepareTimeline';
import { layoutTimeline } from '../../layout/layoutTimeline';
import { datasetExtent } from '../../layout/datasetExtent';
import { domainBounds } from '../../state/domainBounds';
import { clampDomain } from '../../state/clampDomain';
import { formatAxisTicks } from '../../i18n/formatAxisTicks';
import type { Messages } from '../../i18n/messages';
import type { ThemeGeometry } from '../../theme/themeTypes';
import { useFollowingDomain } from './useFollowingDomain';

export interface TimelineModelOptions {
  dataset: Dataset;
  locale: string;
  timeZone: string | undefined;
  messages: Messages;
  laneMode: LaneMode;
  laneAccessor: LaneAccessor | undefined;
  plotWidth: number;
  measureText: MeasureText;
  linkMode: 'all' | 'none' | 'selected';
  selectedId: string | null;
  domain: Domain | undefined;
  defaultDomain: Domain | undefined;
  onDomainChange: ((domain: Domain) => void) | undefined;
  /** The theme's layout numbers: label row height, mark and cluster radius, the gap under which marks merge. */
  geometry: ThemeGeometry;
  /** Height of one lane, px (the Timeline derives it from `geometry.laneHeight`). */
  laneHeight: number;
  laneHeaderHeight: number;
  /** Which way time runs on the x axis. Default "ltr". */
  axisDirection?: AxisDirection;
  /** Lay nothing out (no marks, no ticks): the plot is not drawn in this render. Default false. */
  skipLayout?: boolean;
}

export interface TimelineModel {
  prepared: PreparedTimeline;
  layout: TimelineLayout;
  axis: AxisLayout;
  domain: Domain;
  bounds: Domain;
  /** Narrowest allowed view across the plot, ms (about an hour per 100 px). */
  minSpan: number;
  setDomain: (next: Domain) => void;
}

const HOUR = 3_600_000;
const MS_PER_100PX = HOUR;

/**
 * Data → layout for the Timeline: the per-dataset work once (prepareTimeline), the per-frame work when the
 * domain, width or selection change, and the domain itself, controlled or not, always clamped to the bounds
 * (uncontrolled, it follows the data's extent until the reader picks a narrower span: see useFollowingDomain).
 */
export function useTimelineModel(options: TimelineModelOptions): TimelineModel {
  const { dataset, locale, timeZone, messages, laneMode, laneAccessor, plotWidth, measureText } = options;
  const prepared = useMemo(
    () =>
      prepareTimeline(dataset, {
        timeZone,
        laneMode,
        laneAccessor,
        laneLabels: {
          unattributed: messages.laneUnattributed,
          unknownPlace: messages.laneUnknownPlace,
          all: messages.laneAll,
          category: messages.category,
        },
      }),
    [dataset, timeZone, laneMode, laneAccessor, messages],
  );

  const bounds = useMemo<Domain>(() => {
    const extent = datasetExtent(prepared);
    // No dated events: show a day around the dataset's update, or the epoch, so the axis still renders.
    return domainBounds(extent ?? [0, 24 * HOUR]);
  }, [prepared]);

  const clamp = useCallback(
    (next: Domain) => clampDomain(next, { bounds, width: plotWidth, minMsPer100px: MS_PER_100PX }),
    [bounds, plotWidth],
  );
  const { domain, setDomain } = useFollowingDomain(options, bounds, clamp);
  const minSpan = (MS_PER_100PX * plotWidth) / 100;

  const layout = useMemo(
    () =>
      options.skipLayout
        ? emptyLayout(prepared, plotWidth, options)
        : layoutTimeline(prepared, {
            domain,
            width: plotWidth,
            measureText,
            linkMode: options.linkMode,
            selectedId: options.selectedId,
            laneHeight: options.laneHeight,
            laneHeaderHeight: options.laneHeaderHeight,
            axisDirection: options.axisDirection,
            // At the narrowest zoom Enter or a click on a cluster can no longer part it: its events are spread.
            spreadClusters: domain[1] - domain[0] <= minSpan * 1.001,
            rowHeight: options.geometry.rowHeight,
            markRadius: options.geometry.markRadius,
            clusterRadius: options.geometry.clusterRadius,
            minGap: options.geometry.minGap,
          }),
    [
      prepared,
      domain,
      plotWidth,
      measureText,
      options.linkMode,
      options.selectedId,
      options.geometry,
      options.laneHeight,
      options.laneHeaderHeight,
      options.axisDirection,
      options.skipLayout,
      minSpan,
    ],
  );
  const axis = useMemo(
    () => formatAxisTicks(layout.ticks, { locale, timeZone: prepared.timeZone, messages }),
    [layout.ticks, locale, prepared.timeZone, messages],
  );

  return { prepared, layout, axis, domain, bounds, minSpan, setDomain };
}

/** The layout of a render that draws no plot: every event's extent, nothing placed. */
function emptyLayout(prepared: PreparedTimeline, width: number, options: TimelineModelOptions): TimelineLayout {
  return {
    ticks: { minor: [], major: [], unit: 'day', step: 1, majorUnit: 'month' },
    lanes: [],
    marks: [],
    eventsInView: 0,
    labels: [],
    links: [],
    phases: [],
    extents: prepared.extentById,
    height: 0,
    plotWidth: width,
    markRadius: options.geometry.markRadius,
    clusterRadius: options.geometry.clusterRadius,
    axisDirection: options.axisDirection ?? 'ltr',
  };
}
