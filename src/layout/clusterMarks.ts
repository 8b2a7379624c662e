import type { ClusterMark, EventExtent, EventMark, Mark } from './types';

/** One event placed on the plot, before clustering. */
export interface MarkItem {
  id: string;
  laneKey: string;
  category: string;
  x: number;
  x2: number;
  /** Where the symbol sits (default x): closeness is measured between these, and items are sorted by them. */
  cx?: number;
  y: number;
  kind: EventExtent['kind'];
  significance: number;
  /** Passed through to the event mark (see figureStatus). */
  figures?: EventMark['figures'];
  /** Epoch ms. */
  start: number;
  end: number;
}

export interface ClusterMarksOptions {
  /** Marks in one lane whose x are closer than this (px) merge. */
  minGap: number;
  /**
   * A cluster stops growing once its members' x span would exceed this (px), so a dense lane becomes
   * several clusters (each worth zooming into) rather than one. Default: no limit.
   */
  maxWidth?: number;
}

interface Group {
  slot: number;
  members: MarkItem[];
  minX: number;
  maxX: number;
}

function toMark(group: Group): Mark {
  const { members } = group;
  const first = members[0]!;
  if (members.length === 1) {
    const { id, laneKey, category, x, x2, y, kind, significance } = first;
    const mark: EventMark = { type: 'event', id, laneKey, category, x, x2, y, kind, significance };
    if (first.cx !== undefined) mark.cx = first.cx;
    if (first.figures !== undefined) mark.figures = first.figures;
    return mark;
  }
  // Items come sorted by x; time order can differ when ranges start before points (x is a range's start).
  const byTime = [...members].sort((a, b) => a.start - b.start || a.x - b.x);
  let x1 = Infinity;
  let x2 = -Infinity;
  let start = Infinity;
  let end = -Infinity;
  for (const m of members) {
    // A range's end is left of its start when the axis runs right to left.
    x1 = Math.min(x1, m.x, m.x2);
    x2 = Math.max(x2, m.x2, m.x);
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  return {
    type: 'cluster',
    id: `cluster:${byTime[0]!.id}:${byTime.at(-1)!.id}`,
    laneKey: first.laneKey,
    eventIds: byTime.map((m) => m.id),
    count: members.length,
    x: (group.minX + group.maxX) / 2,
    x1,
    x2,
    y: first.y,
    domain: [start, end],
  } satisfies ClusterMark;
}

/**
 * Merges marks too close to tell apart. `items` must be sorted by their symbol position `cx ?? x`.
 * Within a lane, an item closer than `minGap` to the previous member joins its cluster, unless its
 * members would then span more than `maxWidth`; a lone item stays an EventMark. Cluster x is the middle
 * of its members' symbol positions; x1..x2 their drawn edges; domain their time span. Guarantees: every
 * item is in exactly one mark; `count` is the number of members; in a lane, consecutive marks' symbols
 * (EventMark `cx ?? x`, ClusterMark x) are at least min(minGap, maxWidth / 2) px apart. O(n).
 */
export function clusterMarks(items: readonly MarkItem[], options: ClusterMarksOptions): Mark[] {
  const { minGap, maxWidth = Infinity } = options;
  const slots: (Mark | undefined)[] = [];
  const open = new Map<string, Group>();
  for (const item of items) {
    const at = item.cx ?? item.x;
    const group = open.get(item.laneKey);
    if (group && at - group.maxX < minGap && at - group.minX <= maxWidth) {
      group.members.push(item);
      group.maxX = Math.max(group.maxX, at);
      continue;
    }
    if (group) slots[group.slot] = toMark(group);
    // The slot keeps marks in the order their first member appears (x order).
    open.set(item.laneKey, { slot: slots.push(undefined) - 1, members: [item], minX: at, maxX: at });
  }
  for (const group of open.values()) slots[group.slot] = toMark(group);
  return slots as Mark[];
}
