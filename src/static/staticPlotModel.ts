import type { Dataset } from '../schema/dataset';
import type { AxisDirection, AxisLayout, Domain, LaneMode, MeasureText, TimelineLayout } from '../layout/types';
import { prepareTimeline, type PreparedTimeline } from '../layout/prepareTimeline';
import { layoutTimeline } from '../layout/layoutTimeline';
import { datasetExtent } from '../layout/datasetExtent';
import { domainBounds } from '../state/domainBounds';
import { clampDomain } from '../state/clampDomain';
import { formatAxisTicks } from '../i18n/formatAxisTicks';
import type { Messages } from '../i18n/messages';
import type { ThemeGeometry } from '../theme/themeTypes';
import { TIMELINE_AXIS_HEIGHT } from '../react/components/TimelineAxis';
import { LANES_TOP } from '../react/components/TimelinePlot';

export interface StaticPlotOptions {
  /** The locale tag for every formatter. */
  locale: string;
  /** The axis zone. */
  timeZone: string;
  messages: Messages;
  laneMode: LaneMode;
  /** Height of one lane, px. */
  laneHeight: number;
  geometry: ThemeGeometry;
  /** Plot width, px (in the plot's own units: the picture may scale it). */
  width: number;
  measureText: MeasureText;
  axisDirection: AxisDirection;
}

export interface StaticPlotModel {
  prepared: PreparedTimeline;
  layout: TimelineLayout;
  axis: AxisLayout;
  domain: Domain;
  /** The first and last instant of the dated events, or null when none has a readable date. */
  extent: Domain | null;
  width: number;
  /** Height of the whole plot: axis, headroom, lanes and the margin under them, px. */
  height: number;
}

const HOUR = 3_600_000;
/** Space under the last lane, px (as the interactive plot). */
export const PLOT_BOTTOM = 8;
/** Room above each lane's marks for its name, px (as the Timeline). */
const LANE_HEADER = 16;
/** What a lane needs besides its label rows: its name and the padding above and below the rows (layoutTimeline). */
export const LANE_OVERHEAD = LANE_HEADER + 8;

/**
 * The timeline's geometry for a picture: every event, the whole span (the interactive graphic's first view), laid
 * out by the same pure layout as the Timeline, with the theme's geometry.
 */
export function staticPlotModel(dataset: Dataset, options: StaticPlotOptions): StaticPlotModel {
  const { locale, timeZone, messages, laneMode, laneHeight, geometry, width, measureText, axisDirection } = options;
  const prepared = prepareTimeline(dataset, {
    timeZone,
    laneMode,
    laneLabels: {
      unattributed: messages.laneUnattributed,
      unknownPlace: messages.laneUnknownPlace,
      all: messages.laneAll,
      category: messages.category,
    },
  });
  const extent = datasetExtent(prepared);
  const bounds = domainBounds(extent ?? [0, 24 * HOUR]);
  const domain = clampDomain(bounds, { bounds, width, minMsPer100px: HOUR });
  const minSpan = (HOUR * width) / 100;
  const layout = layoutTimeline(prepared, {
    domain,
    width,
    measureText,
    linkMode: 'all',
    laneHeight,
    laneHeaderHeight: LANE_HEADER,
    axisDirection,
    // A picture cannot be zoomed: where even the narrowest view cannot part a cluster, its events stand side by side.
    spreadClusters: domain[1] - domain[0] <= minSpan * 1.001,
    rowHeight: geometry.rowHeight,
    markRadius: geometry.markRadius,
    clusterRadius: geometry.clusterRadius,
    minGap: geometry.minGap,
  });
  const axis = formatAxisTicks(layout.ticks, { locale, timeZone: prepared.timeZone, messages });
  return { prepared, layout, axis, domain, extent, width, height: LANES_TOP + layout.height + PLOT_BOTTOM };
}

/** Height of a plot with `lanes` lanes of `laneHeight` px, before laying it out. */
export function plotHeight(lanes: number, laneHeight: number): number {
  return LANES_TOP + lanes * laneHeight + PLOT_BOTTOM;
}

export { LANES_TOP, TIMELINE_AXIS_HEIGHT };
