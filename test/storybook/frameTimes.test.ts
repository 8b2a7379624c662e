import { describe, expect, it } from 'vitest';
import {
  FRAME_BUDGET_MS,
  JITTER_MS,
  createFrameRing,
  frameStats,
  percentile,
  pushFrame,
  recentFrames,
} from '../../stories/support/frameTimes';

const ringOf = (deltas: number[], capacity = 512) => {
  const ring = createFrameRing(capacity);
  deltas.forEach((delta) => pushFrame(ring, delta));
  return ring;
};

describe('frame-time ring and statistics (the Scale stories readout)', () => {
  it('percentile(ascending, p) is the nearest rank: the smallest value with p % at or below it', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('frameStats(deltas) gives p50, p95, max and the frames over 16.7 ms, whatever the order', () => {
    const deltas = [16.7, 50, 16.6, 16.8, 33.4, 16.6, 16.7, 16.6, 100, 16.7];
    expect(frameStats(deltas)).toEqual({ frames: 10, p50: 16.7, p95: 100, max: 100, over: 3 });
    // 16.8 ms is the refresh's jitter, not a missed frame; a frame past the jitter allowance is over.
    expect(frameStats([FRAME_BUDGET_MS, 16.8, FRAME_BUDGET_MS + JITTER_MS])?.over).toBe(0);
    expect(frameStats([FRAME_BUDGET_MS + JITTER_MS + 0.1])?.over).toBe(1);
    expect(frameStats([])).toBeNull();
  });

  it('recentFrames(ring) keeps the newest frames up to ~2 s of frame time, oldest first', () => {
    const ring = ringOf([...Array<number>(200).fill(10), 500, 600, 700, 400]);
    // 400 + 700 + 600 + 500 = 2,200 ≥ 2,000: the frame that crosses the edge is kept, older ones are not.
    expect(recentFrames(ring)).toEqual([500, 600, 700, 400]);
    expect(recentFrames(ring, 1000)).toEqual([700, 400]);
    expect(recentFrames(ringOf([]))).toEqual([]);
  });

  it('the ring overwrites its oldest frames once full and counts every push', () => {
    const ring = ringOf([1, 2, 3, 4, 5], 3);
    expect(ring.size).toBe(3);
    expect(ring.pushed).toBe(5);
    expect(recentFrames(ring)).toEqual([3, 4, 5]);
  });

  it('ignores deltas that are not a time (NaN, negative), and refuses an empty ring', () => {
    const ring = ringOf([Number.NaN, -1, Number.POSITIVE_INFINITY, 8]);
    expect(recentFrames(ring)).toEqual([8]);
    expect(ring.pushed).toBe(1);
    expect(() => createFrameRing(0)).toThrow(RangeError);
  });
});
