import type { Dataset } from '../schema/dataset';
import { chooseTicks } from './chooseTicks';
import { createTimeScale } from './createTimeScale';
import { linksInView } from './linksInView';
import { spreadMarks } from './spreadMarks';
import { sweepLaneMarks } from './sweepLaneMarks';
import { phaseBands } from './phaseBands';
import { placeLabels, type LabelCandidate } from './placeLabels';
import { prepareTimeline, type PrepareTimelineOptions, type PreparedTimeline } from './prepareTimeline';
import { routeLinks } from './routeLinks';
import type { AxisDirection, Box, Domain, MeasureText, TimelineLayout } from './types';

export interface LayoutTimelineOptions extends PrepareTimelineOptions {
  /** The visible span, epoch ms. */
  domain: Domain;
  /** Plot width, px. */
  width: number;
  measureText: MeasureText;
  linkMode?: 'all' | 'none' | 'selected';
  selectedId?: string | null;
  /**
   * Marks in a lane closer than this (px) merge into a cluster. Default 28: the cluster disc's diameter, the
   * largest target, so no two targets' hit areas overlap and each keeps 24 × 24 px (WCAG 2.5.8).
   */
  minGap?: number;
  /** A cluster spans at most this many px of its members' positions (so zooming into one always helps). */
  maxClusterWidth?: number;
  maxLabelWidth?: number;
  /** Label row height, px (the first row is the marks' own row, beside them). */
  rowHeight?: number;
  markRadius?: number;
  clusterRadius?: number;
  /** Space at the top of each lane kept for its label, px (marks and event labels start below it). */
  laneHeaderHeight?: number;
  /** Which way time runs: "ltr" (default) earliest at the left, "rtl" earliest at the right. */
  axisDirection?: AxisDirection;
  /**
   * The view is at its narrowest zoom: clusters can no longer be parted by zooming, so their events are
   * spread side by side instead (see spreadClusters). Default false.
   */
  spreadClusters?: boolean;
}

const PAD = 4;

function isPrepared(input: PreparedTimeline | Dataset): input is PreparedTimeline {
  return 'extentById' in input;
}

/**
 * The geometry of one frame: ticks, lanes, marks (clustered), labels, links and phase bands for `domain`
 * at `width`. Pass the result of prepareTimeline so zooming only redoes this per-frame work (events in
 * view found by binary search); a Dataset is prepared on the fly (laneMode, laneAccessor, timeZone apply
 * then). Each lane: its marks centred in the first label row, further label rows below; events outside
 * the domain get no mark. `axisDirection` "rtl" mirrors the time scale (x is still px from the left), so
 * marks, clusters, labels, links, phases and ticks all follow it.
 */
export function layoutTimeline(input: PreparedTimeline | Dataset, options: LayoutTimelineOptions): TimelineLayout {
  const prepared = isPrepared(input) ? input : prepareTimeline(input, options);
  const { domain, width, measureText, linkMode = 'all', selectedId = null } = options;
  const { minGap = 28, maxLabelWidth = 180, rowHeight = 16, markRadius = 6, clusterRadius = 10 } = options;
  const { maxClusterWidth = Math.max(96, 2 * minGap) } = options;
  const laneHeight = options.laneHeight ?? 56;
  const laneHeader = options.laneHeaderHeight ?? 0;
  const lanes = prepared.lanes.map((lane, i) => ({ ...lane, y: i * laneHeight, height: laneHeight }));
  const axisDirection = options.axisDirection ?? 'ltr';
  // Marks are placed and clustered left to right in time order, then mirrored for an axis running right to
  // left: the same events cluster together whichever way the axis runs.
  const laneY = lanes.map((lane) => lane.y + laneHeader + PAD + rowHeight / 2);
  const { marks, markOf, inView } = options.spreadClusters
    ? spreadMarks(prepared, { domain, width, laneY, minGap, maxWidth: maxClusterWidth, axisDirection })
    : sweepLaneMarks(
        { ...prepared, laneKeys: lanes.map((lane) => lane.key), lanes: prepared.laneSequences, laneY },
        { domain, width, minGap, maxWidth: maxClusterWidth, mirror: axisDirection === 'rtl' },
      );

  // Where links start and end: an event's own symbol, or (inside a cluster) the cluster's disc, one object per
  // mark so routeLinks merges links between the same marks without string keys.
  const markPoints = marks.map((mark) => ({ x: mark.type === 'cluster' ? mark.x : (mark.cx ?? mark.x), y: mark.y }));
  const positions = {
    get: (id: string) => {
      const index = prepared.indexById.get(id);
      const slot = index === undefined ? -1 : markOf[index]!;
      return slot >= 0 ? markPoints[slot] : undefined;
    },
  };
  const obstacles: Box[] = [];
  const candidates: LabelCandidate[] = [];
  for (const mark of marks) {
    const top = mark.y - rowHeight / 2;
    if (mark.type === 'cluster') {
      const left = Math.min(mark.x1, mark.x - clusterRadius);
      obstacles.push({ x: left, y: top, width: Math.max(mark.x2, mark.x + clusterRadius) - left, height: rowHeight });
      continue;
    }
    const cx = mark.cx ?? mark.x;
    // x2 is left of x for a range on an axis running right to left.
    const left = Math.min(mark.x, mark.x2, cx - markRadius);
    const right = Math.max(mark.x, mark.x2, cx + markRadius);
    obstacles.push({ x: left, y: top, width: right - left, height: rowHeight });
    candidates.push({
      eventId: mark.id,
      text: prepared.events[prepared.indexById.get(mark.id)!]?.title ?? mark.id,
      x: Math.max(0, cx),
      y: top,
      significance: mark.significance,
      time: prepared.extentById.get(mark.id)!.start,
    });
  }
  const labels = placeLabels(candidates, {
    measureText,
    width,
    rowHeight,
    rowsPerLane: Math.max(1, Math.floor((laneHeight - laneHeader - 2 * PAD) / rowHeight)),
    maxLabelWidth,
    gap: 4,
    offset: markRadius + 4,
    obstacles,
    firstSide: axisDirection === 'rtl' ? 'left' : 'right',
  });

  return {
    ticks: chooseTicks(domain, width, { timeZone: prepared.timeZone, direction: axisDirection }),
    lanes,
    marks,
    eventsInView: inView,
    labels,
    links: routeLinks([], positions, {
      show: linkMode,
      selectedId,
      inset: markRadius + 2,
      links: linksInView(prepared.indexedLinks, markOf, {
        show: linkMode,
        selectedIndex: selectedId === null ? -1 : (prepared.indexById.get(selectedId) ?? -1),
      }),
    }),
    // Phase dates are the story's calendar days: read them in the dataset's zone, whatever the axis shows.
    phases: phaseBands(
      prepared.dataset.phases ?? [],
      createTimeScale(domain, width, axisDirection),
      width,
      prepared.dataset.timeZone ?? prepared.timeZone,
    ),
    extents: prepared.extentById,
    height: lanes.length * laneHeight,
    plotWidth: width,
    markRadius,
    clusterRadius,
    axisDirection,
  };
}
