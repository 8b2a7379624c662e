// Pure layout: (dataset, options) → plain geometry. No React, no DOM, no clock; text measurement is passed in.
export type * from './types';
export { eventExtent, type ExtentEvent } from './eventExtent';
export { createTimeScale } from './createTimeScale';
export { chooseTicks, type ChooseTicksOptions } from './chooseTicks';
export {
  assignLanes,
  UNATTRIBUTED_LANE,
  UNKNOWN_PLACE_LANE,
  SINGLE_LANE,
  type AssignLanesOptions,
  type LaneAccessor,
  type LaneEvent,
  type LaneLabels,
} from './assignLanes';
export { clusterMarks, type ClusterMarksOptions, type MarkItem } from './clusterMarks';
export { truncateLabel } from './truncateLabel';
export { placeLabels, type LabelCandidate, type PlaceLabelsOptions } from './placeLabels';
export { causalLinks, type CausalLink, type LinkEvent } from './causalLinks';
export { routeLinks, type RouteLinksOptions } from './routeLinks';
export { phaseBands, type TimeToPx } from './phaseBands';
export { prepareTimeline, type PrepareTimelineOptions, type PreparedTimeline } from './prepareTimeline';
export { layoutTimeline, type LayoutTimelineOptions } from './layoutTimeline';
export { datasetExtent } from './datasetExtent';
export { toWallClock } from './toWallClock';
export { fromWallClock } from './fromWallClock';
