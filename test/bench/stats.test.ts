import { describe, expect, it } from 'vitest';
import { FRAME_BUDGET_MS, median, medianOf, medianSummary, percentile, summariseSteps } from '../../bench/lib/stats';
import { steps } from './fakeRuns';

describe('percentile(values, p)', () => {
  it('interpolates linearly between ranks, like numpy', () => {
    expect(percentile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([7], 0.95)).toBe(7);
  });
  it('gives the smallest and largest at 0 and 1', () => {
    expect(percentile([5, 9, 1], 0)).toBe(1);
    expect(percentile([5, 9, 1], 1)).toBe(9);
  });
  it('refuses no values and fractions outside 0–1', () => {
    expect(() => percentile([], 0.5)).toThrow(/no values/);
    expect(() => percentile([1], 95)).toThrow(/outside/);
  });
});

describe('median(values) and medianOf(values)', () => {
  it('median of an odd count is the middle value', () => expect(median([30, 10, 20])).toBe(20));
  it('medianOf skips missing values and is undefined when none is left', () => {
    expect(medianOf([undefined, 4, 8])).toBe(6);
    expect(medianOf([undefined])).toBeUndefined();
  });
});

describe('summariseSteps(steps)', () => {
  it('counts the steps over one 60 Hz frame, not those exactly at it', () => {
    const summary = summariseSteps(steps(4, (i) => [10, FRAME_BUDGET_MS, 17, 40][i]!));
    expect(summary.over).toBe(2);
    expect(summary.max).toBe(40);
    expect(summary.steps).toBe(4);
  });
  it('reads p95 from the frame times and latencyP95 from input → painted', () => {
    const summary = summariseSteps(steps(20, (i) => i + 1));
    expect(summary.p95).toBeCloseTo(19.05);
    expect(summary.latencyP95).toBeCloseTo(20.05);
  });
  it('counts the steps after which nothing changed', () => {
    const unchanged = steps(3, () => 1).map((step, i) => ({ ...step, changed: i === 0 }));
    expect(summariseSteps(unchanged).changed).toBe(1);
  });
});

describe('medianSummary(summaries)', () => {
  it('takes the median of each field on its own', () => {
    const runs = [10, 30, 20].map((ms) => summariseSteps(steps(5, () => ms)));
    expect(medianSummary(runs)).toMatchObject({ p50: 20, p95: 20, max: 20 });
  });
});
