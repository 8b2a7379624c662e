import { eventAnchor } from './eventAnchor';
import type { AxisDirection, Domain, EventExtent, Mark } from './types';

/**
 * How keyboard focus moves between the marks of a frame: in time order (never x order, which a reversed
 * axis reverses), between lanes to the mark nearest in time, and to whatever mark holds an event now that
 * zoom or filters have merged, split or removed marks. Pure: marks and extents in, marks out.
 */

type Extents = ReadonlyMap<string, EventExtent>;

/** The time a mark covers, epoch ms: its event's extent, or its cluster's span. */
export function markSpan(mark: Mark, extents: Extents): Domain {
  if (mark.type === 'cluster') return mark.domain;
  const extent = extents.get(mark.id);
  return extent ? [extent.start, extent.end] : [NaN, NaN];
}

/**
 * The moment a mark stands for (where nearness is measured from, and zoom anchored): where an event's
 * symbol sits (eventAnchor: a range's start, the middle of a date known only to the day), a cluster's middle.
 */
export function markTime(mark: Mark, extents: Extents): number {
  if (mark.type === 'cluster') return (mark.domain[0] + mark.domain[1]) / 2;
  const extent = extents.get(mark.id);
  return extent ? eventAnchor(extent) : NaN;
}

/** Where a mark's symbol is drawn, px from the left. */
const symbolX = (mark: Mark) => (mark.type === 'event' ? (mark.cx ?? mark.x) : mark.x);

/**
 * The marks in time order: by start, then top lane first; events of one lane that start together (spread
 * side by side) in the order the axis draws them (`direction`); then id.
 */
export function marksInTimeOrder(marks: readonly Mark[], extents: Extents, direction: AxisDirection = 'ltr'): Mark[] {
  const starts = new Map(marks.map((mark) => [mark, markSpan(mark, extents)[0]]));
  const along = direction === 'rtl' ? -1 : 1;
  return [...marks].sort(
    (a, b) =>
      starts.get(a)! - starts.get(b)! || a.y - b.y || along * (symbolX(a) - symbolX(b)) || (a.id < b.id ? -1 : 1),
  );
}

/**
 * The time step of a horizontal arrow key: the key points the way it looks on screen, so on an axis running
 * right to left ArrowRight goes to the earlier event.
 */
export function arrowTimeStep(key: 'ArrowLeft' | 'ArrowRight', direction: AxisDirection): -1 | 1 {
  const later = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  return key === later ? 1 : -1;
}

/** How far `time` is from a span, ms: 0 inside it. */
function distance(time: number, [start, end]: Domain): number {
  return time < start ? start - time : time > end ? time - end : 0;
}

/** The mark nearest in time to `time` (0 when inside its span); ties go to the earlier, then the upper one. */
export function nearestInTime(marks: readonly Mark[], time: number, extents: Extents): Mark | undefined {
  let best: Mark | undefined;
  let bestDistance = Infinity;
  for (const mark of marksInTimeOrder(marks, extents)) {
    const d = distance(time, markSpan(mark, extents));
    if (d < bestDistance) [best, bestDistance] = [mark, d];
  }
  return best;
}

/**
 * The mark in the nearest lane above (`step` -1) or below (+1) that has marks in view, nearest in time to
 * `from`. Lanes are told apart by the marks' y. Undefined at the top or bottom lane.
 */
export function laneNeighbour(marks: readonly Mark[], from: Mark, step: -1 | 1, extents: Extents): Mark | undefined {
  const rows = [...new Set(marks.map((mark) => mark.y))].sort((a, b) => a - b);
  const index = rows.indexOf(from.y);
  const target = index < 0 ? undefined : rows[index + step];
  if (target === undefined) return undefined;
  return nearestInTime(
    marks.filter((mark) => mark.y === target),
    markTime(from, extents),
    extents,
  );
}

/**
 * The mark that shows an event: its own, or the cluster it is in. Given `extents`, only clusters whose time span
 * holds the event's start are searched, so a view of 100,000 events does not list every cluster's members.
 */
export function markOfEvent(marks: readonly Mark[], eventId: string, extents?: Extents): Mark | undefined {
  const start = extents?.get(eventId)?.start;
  return marks.find((mark) => {
    if (mark.type !== 'cluster') return mark.id === eventId;
    if (start !== undefined && (start < mark.domain[0] || start > mark.domain[1])) return false;
    return mark.eventIds.includes(eventId);
  });
}
