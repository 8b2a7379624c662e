import { bisectRight } from 'd3-array';
import { IntervalRow } from './IntervalRow';
import { truncateLabel } from './truncateLabel';
import type { Box, MeasureText, PlacedLabel } from './types';

/** An event mark that would like a label. */
export interface LabelCandidate {
  eventId: string;
  text: string;
  /** Anchor x of the mark, px. */
  x: number;
  /** Top of the first label row of the mark's lane, px. */
  y: number;
  significance: number;
  /** Epoch ms: earlier events win ties. */
  time: number;
}

export interface PlaceLabelsOptions {
  measureText: MeasureText;
  width: number;
  rowHeight: number;
  /** Label rows per lane, from `y` down. */
  rowsPerLane: number;
  maxLabelWidth: number;
  /** Horizontal px kept clear between a label and anything else in its row. */
  gap?: number;
  /** px between the mark's anchor and the near edge of its label. */
  offset?: number;
  /** Marks and bars that labels must keep `gap` px away from. */
  obstacles?: readonly Box[];
  /**
   * The side of its mark a label tries first: "right" (default), or "left" when the axis runs right to left,
   * so labels keep following their event in time.
   */
  firstSide?: 'right' | 'left';
}

interface Row {
  top: number;
  /** Labels placed in this row. */
  labels: IntervalRow;
  /** Obstacles reaching into this row. */
  blocked: IntervalRow;
  /** Rows whose span overlaps this one (itself included), when candidates' y are not on one grid. */
  overlapping: Row[];
}

function rowsFor(candidates: readonly LabelCandidate[], rowHeight: number, rowsPerLane: number) {
  const byTop = new Map<number, Row>();
  for (const c of candidates) {
    for (let r = 0; r < rowsPerLane; r++) {
      const top = c.y + r * rowHeight;
      if (!byTop.has(top))
        byTop.set(top, { top, labels: new IntervalRow(), blocked: new IntervalRow(), overlapping: [] });
    }
  }
  const sorted = [...byTop.values()].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i; j < sorted.length && sorted[j]!.top < sorted[i]!.top + rowHeight; j++) {
      sorted[i]!.overlapping.push(sorted[j]!);
      if (j !== i) sorted[j]!.overlapping.push(sorted[i]!);
    }
  }
  return { byTop, sorted };
}

/**
 * Places labels so that none overlap, most significant first (then earliest). Each label tries the slot
 * right of its mark in each of its lane's rows, then the slot left of it (the other way round with
 * `firstSide` "left"); it is truncated to
 * `maxLabelWidth` with "…" and must lie within [0, width]. Two boxes conflict when their rows overlap
 * vertically and they are less than `gap` px apart horizontally. A label that fits nowhere is omitted:
 * every one of its slots was out of bounds, on an obstacle, or taken by a label of higher priority.
 * O(n log n): rows keep their occupied stretches sorted and each test is a binary search.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceLabelsOptions): PlacedLabel[] {
  const { measureText, width, rowHeight, rowsPerLane, maxLabelWidth, gap = 4, offset = 0, obstacles = [] } = options;
  const sides = options.firstSide === 'left' ? ([-1, 1] as const) : ([1, -1] as const);
  if (rowsPerLane < 1 || !(rowHeight > 0)) return [];
  const { byTop, sorted } = rowsFor(candidates, rowHeight, rowsPerLane);
  const tops = sorted.map((row) => row.top);
  for (const box of obstacles) {
    // Every row the box reaches into: tops in (box.y - rowHeight, box.y + box.height).
    for (let i = bisectRight(tops, box.y - rowHeight); i < tops.length && tops[i]! < box.y + box.height; i++) {
      sorted[i]!.blocked.insert(box.x, box.x + box.width);
    }
  }
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => {
      const ca = candidates[a]!;
      const cb = candidates[b]!;
      return cb.significance - ca.significance || ca.time - cb.time || a - b;
    });
  const placed: PlacedLabel[] = [];
  const slotOptions = { rowHeight, rowsPerLane, width, gap, offset, sides };
  const ellipsisWidth = measureText('…');
  for (const index of order) {
    const c = candidates[index]!;
    const full = measureText(c.text);
    // Where not even the shortest label fits, skip the truncation search (most candidates when crowded).
    if (!findSlot(c, Math.min(full, ellipsisWidth), byTop, slotOptions)) continue;
    const fitted = truncateLabel(c.text, maxLabelWidth, measureText, full);
    if (!fitted) continue;
    const slot = findSlot(c, fitted.width, byTop, slotOptions);
    if (!slot) continue;
    slot.row.labels.insert(slot.x, slot.x + fitted.width);
    placed.push({
      eventId: c.eventId,
      text: fitted.text,
      truncated: fitted.truncated,
      x: slot.x,
      y: slot.row.top,
      width: fitted.width,
      height: rowHeight,
    });
  }
  return placed;
}

function findSlot(
  c: LabelCandidate,
  labelWidth: number,
  byTop: Map<number, Row>,
  o: { rowHeight: number; rowsPerLane: number; width: number; gap: number; offset: number; sides: readonly number[] },
): { row: Row; x: number } | null {
  for (const side of o.sides) {
    const x = side === 1 ? c.x + o.offset : c.x - o.offset - labelWidth;
    if (x < 0 || x + labelWidth > o.width) continue;
    for (let r = 0; r < o.rowsPerLane; r++) {
      const row = byTop.get(c.y + r * o.rowHeight)!;
      const b = x + labelWidth;
      if (row.blocked.isFree(x, b, o.gap) && row.overlapping.every((other) => other.labels.isFree(x, b, o.gap))) {
        return { row, x };
      }
    }
  }
  return null;
}
