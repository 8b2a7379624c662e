import type { EventExtent } from './types';

/**
 * One lane's events sorted by where their symbols sit (then by time order), for the per-frame sweep.
 * `order[k]` is an index into the prepared events; `symbols[k]` its symbol time, epoch ms.
 */
export interface LaneSequence {
  order: Uint32Array;
  symbols: Float64Array;
  /** The longest extent in the sequence, ms: how far before (after) the view a symbol can be and still show. */
  maxDuration: number;
}

/**
 * A lane's events in two sequences: "short" ones (points, and dates known to the hour or day) and "long" ones
 * (ranges and dates known only to the month or year). The long ones are few, and keeping them apart lets the
 * short sequence be searched with a window of a day and a half rather than the longest range's length.
 */
export interface LaneSequences {
  short: LaneSequence;
  long: LaneSequence;
}

/** Longer than a day that spans a change of clock (25 h), with room: a date known to the day is "short". */
export const LONG_EXTENT_MS = 36 * 3_600_000;

/** Where an event's symbol sits: a date known only to the day (an uncertain span) in its middle, else its start. */
export function symbolTime(extent: EventExtent): number {
  return extent.kind === 'uncertain' ? (extent.start + extent.end) / 2 : extent.start;
}

function sequence(indices: number[], symbols: Float64Array, extents: readonly EventExtent[]): LaneSequence {
  // Events come in time order, so symbols are nearly sorted already: the sort is cheap.
  indices.sort((a, b) => symbols[a]! - symbols[b]! || a - b);
  let maxDuration = 0;
  for (const i of indices) maxDuration = Math.max(maxDuration, extents[i]!.end - extents[i]!.start);
  return {
    order: Uint32Array.from(indices),
    symbols: Float64Array.from(indices, (i) => symbols[i]!),
    maxDuration,
  };
}

/** Each lane's sequences, from the prepared events' extents and lane indexes. O(n log n), once per dataset. */
export function laneSequences(
  extents: readonly EventExtent[],
  laneIndex: Uint32Array,
  laneCount: number,
): { symbols: Float64Array; lanes: LaneSequences[] } {
  const symbols = Float64Array.from(extents, symbolTime);
  const short: number[][] = Array.from({ length: laneCount }, () => []);
  const long: number[][] = Array.from({ length: laneCount }, () => []);
  extents.forEach((extent, i) => {
    (extent.end - extent.start > LONG_EXTENT_MS ? long : short)[laneIndex[i]!]!.push(i);
  });
  return {
    symbols,
    lanes: short.map((indices, lane) => ({
      short: sequence(indices, symbols, extents),
      long: sequence(long[lane]!, symbols, extents),
    })),
  };
}
