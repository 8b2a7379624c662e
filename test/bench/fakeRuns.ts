// Hand-made runs for the benchmark's pure parts: figures chosen so that every median and maximum is known.
import type { RunRecord } from '../../bench/lib/runCase';
import type { StepTiming } from '../../bench/lib/types';

export function steps(count: number, frameMs: (i: number) => number, domCount = 100): StepTiming[] {
  return Array.from({ length: count }, (_, i) => ({
    frameMs: frameMs(i),
    firstFrameMs: frameMs(i),
    latencyMs: frameMs(i) + 1,
    frames: 1,
    changed: true,
    settled: true,
    domCount,
  }));
}

export function run(overrides: Partial<RunRecord> & Pick<RunRecord, 'library' | 'size' | 'run'>): RunRecord {
  return {
    status: 'ok',
    mount: { firstPaintMs: 100, settledMs: 120, settled: true, domCount: 500 },
    heap: { beforeMountMb: 10, afterMountMb: 15 },
    interaction: { status: 'ok', zoom: steps(60, () => 10), pan: steps(60, () => 5) },
    ...overrides,
  };
}
