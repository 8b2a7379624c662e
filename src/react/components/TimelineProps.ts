import type { Dataset } from '../../schema/dataset';
import type { AxisDirection, Domain, LaneMode } from '../../layout/types';
import type { LaneAccessor } from '../../layout/assignLanes';
import type { MessageOverrides } from '../../i18n/messages';
import type { TimeDisplay } from '../../i18n/displayZone';
import type { FilterMode, Filters } from '../../state/filterModel';
import type { HighlightSinceProps } from '../hooks/useNewEvents';
import type { LinkMode } from './TimelineToolbar';
import type { GraphicProps } from './graphicErrors';

/** Everything a Timeline takes: the dataset, then what the host may control, start with, or switch on. */
export interface TimelineProps extends GraphicProps, HighlightSinceProps {
  /** A validated dataset (parseDataset / safeParseDataset). */
  dataset: Dataset;
  /** IANA zone of the axis and of events whose place names none. Default: the dataset's zone. */
  timeZone?: string;
  /**
   * Which clock times are shown in (controlled): each event in its place's zone and the axis in `timeZone`
   * ("place"), the reader's zone ("reader", applied after mount: server and first render show "place"), or
   * "utc". Every time of day names its zone, and the line under the graphic says which display is on.
   */
  timeDisplay?: TimeDisplay;
  /** The time display at first (uncontrolled). Default "place". */
  defaultTimeDisplay?: TimeDisplay;
  onTimeDisplayChange?: (display: TimeDisplay) => void;
  /** Show the switch between the place's time, the reader's and UTC beside the controls. Default true. */
  showTimeDisplaySwitch?: boolean;
  /**
   * Which way time runs on the axis, whatever the text direction: "ltr" (default) earliest at the left,
   * "rtl" earliest at the right. An editorial choice, hence a prop: news graphics in Arabic and Persian
   * mostly keep left-to-right time axes, Hebrew ones often mirror them. Labels, arrows, keys (← → follow
   * the axis), dragging and the Earlier/Later buttons all follow it; text keeps its own direction.
   */
  axisDirection?: AxisDirection;
  /**
   * Below this container width (px) the Timeline shows the same events as a `VerticalTimeline` (time down the
   * page, one card per event), with its filters, time switch, credits and live region. Default 560; 0 never.
   */
  verticalBelow?: number;
  /** Words to replace (see `en` in the i18n messages). */
  messages?: MessageOverrides;
  /** Lanes by acting actor (default), category, country, or one lane. */
  laneMode?: LaneMode;
  /** Your own lanes: `(event) => ({ key, label })`; overrides laneMode. */
  laneAccessor?: LaneAccessor;
  /** Below this container width (px) every event goes in one lane. Default 480. */
  singleLaneBelow?: number;
  /** The selected event (controlled); null for none. */
  selectedId?: string | null;
  /** The event selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /** The visible span, epoch ms (controlled). */
  domain?: Domain;
  /** The span shown at first (uncontrolled). Default: every event, with padding. */
  defaultDomain?: Domain;
  onDomainChange?: (domain: Domain) => void;
  /** Which cause → response arrows to draw at first: all, only the selected event's, or none. Default "all". */
  defaultLinkMode?: LinkMode;
  /** Shade the dataset's phases. Default true. */
  showPhases?: boolean;
  /** Show the legend under the graphic. Default true. */
  showLegend?: boolean;
  /** Write the selected event into the page URL as `#event=<id>`. Reading it always works. Default false. */
  syncHash?: boolean;
  /** Filters by category, actor, country, claim status and significance (controlled). */
  filters?: Filters;
  /** The filters at first (uncontrolled). */
  defaultFilters?: Filters;
  onFiltersChange?: (filters: Filters) => void;
  /** Show the filter bar above the graphic. Default false. */
  showFilters?: boolean;
  /** Filtered-out events are dimmed (default) or hidden. */
  filterMode?: FilterMode;
  /** Show the intensity chart (events per day or week, reported counts) under the graphic; its brush zooms. Default false. */
  showIntensity?: boolean;
  /** Show a map of the places of the events in view, linked both ways with the graphic. Default false. */
  showMap?: boolean;
  /** Show "Updated …", corrections, the credit and the sources under the graphic. Default true. */
  showCredits?: boolean;
  /** Width used on the server and before the container is measured, px. Default 720. */
  initialWidth?: number;
  /** Heading level of the title (the dataset's); 0 hides it. Default 2. */
  headingLevel?: number;
  className?: string;
}
