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
export { figureStatus, type FigureStatus } from './figureStatus';
export {
  locatedEvents,
  type LonLat,
  type GeoBox,
  type ProjectPoint,
  type MapPointEvent,
  type LocatedEvent,
} from './mapPoints';
export { mapFrame, type MapFrameOptions } from './mapFrame';
export { frameEvents, type FramedEvents } from './frameEvents';
export { fitMercator, type FittedMercator } from './fitMercator';
export { groupPlaces, type GroupPlacesOptions, type PlaceGroup } from './groupPlaces';
export {
  placeMapLabels,
  type MapLabelCandidate,
  type MapCircle,
  type MapLabelBox,
  type PlacedMapLabel,
  type PlaceMapLabelsOptions,
} from './placeMapLabels';
export { countryLabelAnchors, type CountryLabelAnchor } from './countryLabelAnchors';
export { shortPlaceName } from './shortPlaceName';
export { chooseBinUnit, type BinUnit } from './chooseBinUnit';
export { eventAnchor } from './eventAnchor';
export { binEvents, type Bin, type BinInput, type BinEventsOptions } from './binEvents';
export { stackBins, type StackLayer, type StackSegment } from './stackBins';
export { aggregateSeries, type Series, type SeriesPoint, type AggregateSeriesOptions } from './aggregateSeries';
export { ownCumulativeCount, type CountPoint, type OwnCumulativeCountOptions } from './ownCumulativeCount';
export { layoutIntensity, type IntensityLayout, type LayoutIntensityOptions } from './layoutIntensity';
export { layoutMapInset, type LayoutMapInsetOptions, type MapInsetLayout } from './layoutMapInset';
export {
  mapPointViews,
  compareMapPoints,
  type MapPointState,
  type MapPointView,
  type MapPointViewsOptions,
} from './mapPointViews';
export { nextInGroup } from './nextInGroup';
export { gapDuration, type GapDuration, type GapUnit } from './gapDuration';
export {
  layoutVertical,
  defaultGapThreshold,
  SPACE_STEPS,
  GAP_MEDIAN_MULTIPLE,
  GAP_THRESHOLD_FLOOR,
  type LayoutVerticalOptions,
  type VerticalCard,
  type VerticalEvent,
  type VerticalGap,
  type VerticalItem,
  type VerticalLayout,
  type VerticalPhase,
  type VerticalPhaseStart,
  type VerticalUndated,
} from './layoutVertical';
export {
  arrowTimeStep,
  laneNeighbour,
  markOfEvent,
  marksInTimeOrder,
  markSpan,
  markTime,
  nearestInTime,
} from './markOrder';
export { mirrorMark } from './mirrorMark';
export { spreadClusters } from './spreadClusters';
export { clusterZoomDomain } from './clusterZoomDomain';
export { countEventsInView } from './countEventsInView';
