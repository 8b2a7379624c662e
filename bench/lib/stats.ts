// Medians and percentiles of the runs and steps.
import type { StepTiming } from './types';

/** A frame budget at 60 Hz: a step over this dropped at least one frame. */
export const FRAME_BUDGET_MS = 1000 / 60;

/** The value at fraction `p` (0–1) of the sorted values, interpolated linearly between ranks (numpy's default). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 1) throw new Error(`percentile ${p} is outside 0–1`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Median of the values that exist; undefined when none does. */
export function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  return present.length ? median(present) : undefined;
}

export interface StepSummary {
  /** Steps measured. */
  steps: number;
  /** Frame time of the step (see StepTiming.frameMs): median, 95th percentile, longest. */
  p50: number;
  p95: number;
  max: number;
  /** Steps whose longest frame was over FRAME_BUDGET_MS. */
  over: number;
  /** 95th percentile of input → painted response. */
  latencyP95: number;
  /** Steps after which the container changed: 0 means the input did nothing. */
  changed: number;
}

export function summariseSteps(steps: readonly StepTiming[]): StepSummary {
  const frames = steps.map((step) => step.frameMs);
  return {
    steps: steps.length,
    p50: percentile(frames, 0.5),
    p95: percentile(frames, 0.95),
    max: Math.max(...frames),
    over: frames.filter((ms) => ms > FRAME_BUDGET_MS).length,
    latencyP95: percentile(
      steps.map((step) => step.latencyMs),
      0.95,
    ),
    changed: steps.filter((step) => step.changed).length,
  };
}

/** Field by field median of several runs' summaries. */
export function medianSummary(summaries: readonly StepSummary[]): StepSummary {
  const field = (key: keyof StepSummary) => median(summaries.map((summary) => summary[key]));
  return {
    steps: field('steps'),
    p50: field('p50'),
    p95: field('p95'),
    max: field('max'),
    over: field('over'),
    latencyP95: field('latencyP95'),
    changed: field('changed'),
  };
}
