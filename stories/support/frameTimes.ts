/**
 * Frame-time statistics for the Scale stories' readout: a fixed-size ring of rAF deltas (no allocation per frame)
 * and percentiles over the most recent ~2 seconds of them. Pure: no DOM, no clock.
 */

/** A frame longer than this missed a 60 Hz display's refresh. */
export const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps follow the display's refresh with ~0.1 ms of rounding and jitter (Chromium gives 16.6, 16.7 and
 * 16.8 ms at 60 Hz), while a missed refresh adds a whole 16.7 ms: frames within this much of the budget are on it.
 */
export const JITTER_MS = 1;
/** The readout summarises this much of the most recent frame time. */
export const WINDOW_MS = 2000;

export interface FrameRing {
  readonly deltas: Float64Array;
  /** Index the next delta is written to. */
  next: number;
  /** How many slots hold a delta (≤ capacity). */
  size: number;
  /** Grows with every push, so a reader can tell whether anything arrived since it last looked. */
  pushed: number;
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames longer than the budget (beyond the refresh's jitter). */
  over: number;
}

/** 512 slots hold 2 s of frames even on a 240 Hz display. */
export function createFrameRing(capacity = 512): FrameRing {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be ≥ 1, got ${capacity}`);
  return { deltas: new Float64Array(capacity), next: 0, size: 0, pushed: 0 };
}

export function pushFrame(ring: FrameRing, deltaMs: number): void {
  if (!Number.isFinite(deltaMs) || deltaMs < 0) return;
  ring.deltas[ring.next] = deltaMs;
  ring.next = (ring.next + 1) % ring.deltas.length;
  ring.size = Math.min(ring.size + 1, ring.deltas.length);
  ring.pushed += 1;
}

/**
 * The newest deltas whose sum first reaches `windowMs` (the frame that crosses the edge is kept), oldest first.
 * A window of frame time rather than of wall-clock time, so the figures stay on screen after the reader stops.
 */
export function recentFrames(ring: FrameRing, windowMs = WINDOW_MS): number[] {
  const capacity = ring.deltas.length;
  const newestFirst: number[] = [];
  let total = 0;
  for (let i = 1; i <= ring.size && total < windowMs; i += 1) {
    const delta = ring.deltas[(ring.next - i + capacity) % capacity] ?? 0;
    newestFirst.push(delta);
    total += delta;
  }
  return newestFirst.reverse();
}

/** Nearest-rank percentile of ascending values: the smallest value with at least p % of values at or below it. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * ascending.length));
  return ascending[Math.min(rank, ascending.length) - 1] ?? Number.NaN;
}

/** p50, p95, max and frames over budget; null when there is no frame to summarise. */
export function frameStats(deltas: readonly number[], budgetMs = FRAME_BUDGET_MS): FrameStats | null {
  if (deltas.length === 0) return null;
  const ascending = [...deltas].sort((a, b) => a - b);
  return {
    frames: ascending.length,
    p50: percentile(ascending, 50),
    p95: percentile(ascending, 95),
    max: ascending[ascending.length - 1] ?? Number.NaN,
    over: ascending.filter((delta) => delta > budgetMs + JITTER_MS).length,
  };
}
