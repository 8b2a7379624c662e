import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateSeries,
  datasetExtent,
  layoutIntensity,
  ownCumulativeCount,
  prepareTimeline,
  type IntensityLayout,
  type LayoutIntensityOptions,
} from '../../src/layout/index';
import type { IntensityLabelSpot } from '../../src/layout/layoutIntensity';
import { domainBounds } from '../../src/state/domainBounds';
import { escalation2023, generateDataset } from '../../src/datasets/index';

const WIDTH = 720;
/** Layout rounds px to two decimals, each side on its own: a mirrored value may differ by one rounding step. */
const PX = 0.011;

/** The (command, x, y) steps of an SVG path made of M and L commands, as d3-shape writes them. */
function steps(d: string): { command: string; x: number; y: number }[] {
  return (d.match(/[ML][^ML]*/g) ?? []).map((step) => {
    const [x, y] = step.slice(1).split(',').map(Number);
    return { command: step[0]!, x: x!, y: y! };
  });
}

function expectMirroredPath(rtl: string, ltr: string, width: number) {
  const a = steps(rtl);
  const b = steps(ltr);
  expect(a.length).toBeGreaterThan(0);
  expect(a.map((s) => s.command)).toEqual(b.map((s) => s.command));
  a.forEach((step, i) => {
    expect(Math.abs(step.x - (width - b[i]!.x))).toBeLessThanOrEqual(PX);
    expect(step.y).toBe(b[i]!.y);
  });
}

function expectMirroredLabel(rtl: IntensityLabelSpot | null, ltr: IntensityLabelSpot | null, width: number) {
  expect(rtl === null).toBe(ltr === null);
  if (!rtl || !ltr) return;
  expect(Math.abs(rtl.x - (width - ltr.x))).toBeLessThanOrEqual(PX);
  expect(Math.abs(rtl.labelX - (width - ltr.labelX))).toBeLessThanOrEqual(PX);
  expect(rtl.labelY).toBe(ltr.labelY);
  expect(rtl.anchor).toBe(ltr.anchor === 'start' ? 'end' : 'start');
}

/** Every x of the "rtl" layout is the "ltr" one reflected across the middle; nothing else changes. */
function expectMirrored(rtl: IntensityLayout, ltr: IntensityLayout, width: number) {
  expect(rtl.direction).toBe('rtl');
  expect(ltr.direction).toBe('ltr');
  expect(rtl.unit).toBe(ltr.unit);
  expect(rtl.bins).toEqual(ltr.bins);
  expect(rtl.barTicks).toEqual(ltr.barTicks);
  expect(rtl.countTicks).toEqual(ltr.countTicks);

  expect(rtl.bars.map((bar) => bar.key)).toEqual(ltr.bars.map((bar) => bar.key));
  rtl.bars.forEach((bar, i) => {
    const twin = ltr.bars[i]!;
    expect(bar.width).toBeGreaterThan(0);
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(width + PX);
    expect(Math.abs(bar.width - twin.width)).toBeLessThanOrEqual(PX);
    expect(Math.abs(bar.x - (width - twin.x - twin.width))).toBeLessThanOrEqual(2 * PX);
    expect([bar.y, bar.height, bar.count, bar.category]).toEqual([twin.y, twin.height, twin.count, twin.category]);
  });

  for (const level of ['minor', 'major'] as const) {
    expect(rtl.ticks[level].map((t) => [t.time, t.clamped])).toEqual(ltr.ticks[level].map((t) => [t.time, t.clamped]));
    rtl.ticks[level].forEach((tick, i) => expect(tick.x).toBeCloseTo(width - ltr.ticks[level][i]!.x, 6));
  }

  expect(rtl.lines.map((line) => [line.id, line.index, line.latestId])).toEqual(
    ltr.lines.map((line) => [line.id, line.index, line.latestId]),
  );
  rtl.lines.forEach((line, i) => {
    const twin = ltr.lines[i]!;
    expect(line.markers.map((m) => [m.id, m.y])).toEqual(twin.markers.map((m) => [m.id, m.y]));
    line.markers.forEach((m, j) => expect(Math.abs(m.x - (width - twin.markers[j]!.x))).toBeLessThanOrEqual(PX));
    expectMirroredPath(line.d, twin.d, width);
    expectMirroredLabel(line.label, twin.label, width);
  });

  expect(rtl.own === null).toBe(ltr.own === null);
  if (rtl.own && ltr.own) {
    expect(rtl.own.count).toBe(ltr.own.count);
    expectMirroredPath(rtl.own.d, ltr.own.d, width);
    expectMirroredLabel(rtl.own.label, ltr.own.label, width);
  }
}

describe('layoutIntensity(…, { direction: "rtl" })', () => {
  const prepared = prepareTimeline(escalation2023);
  const bounds = domainBounds(datasetExtent(prepared)!);
  const options: LayoutIntensityOptions = {
    bounds,
    width: WIDTH,
    height: 140,
    timeZone: 'Asia/Baghdad',
    categories: ['attack', 'strike', 'diplomacy', 'statement', 'context'],
    series: aggregateSeries(escalation2023.aggregates!, { timeZone: 'Asia/Baghdad' }),
    own: ownCumulativeCount(prepared),
  };
  const ltr = layoutIntensity(prepared, options);
  const rtl = layoutIntensity(prepared, { ...options, direction: 'rtl' });

  it('runs left to right by default', () => {
    expect(layoutIntensity(prepared, { ...options, direction: 'ltr' })).toEqual(ltr);
    expect(ltr.direction).toBe('ltr');
  });

  it('is the left-to-right chart mirrored: bars (width - x - w), ticks, lines, markers and labels', () => {
    expectMirrored(rtl, ltr, WIDTH);
  });

  it('puts the earliest bin at the right edge and the latest at the left', () => {
    const first = rtl.bars.filter((bar) => bar.binIndex === Math.min(...rtl.bars.map((b) => b.binIndex)));
    const last = rtl.bars.filter((bar) => bar.binIndex === Math.max(...rtl.bars.map((b) => b.binIndex)));
    expect(first[0]!.x).toBeGreaterThan(last[0]!.x);
    expect(first[0]!.x).toBeGreaterThan(WIDTH / 2);
    expect(last[0]!.x).toBeLessThan(WIDTH / 2);
    // The clamped major tick (the month the bounds open in) sits at the start edge, now the right one.
    expect(rtl.ticks.major.find((tick) => tick.clamped)?.x ?? WIDTH).toBe(WIDTH);
  });

  it('runs our own count from zero at the right edge to today at the left edge, labelled inside', () => {
    const path = steps(rtl.own!.d);
    expect(path[0]!.x).toBe(WIDTH);
    expect(path.at(-1)!.x).toBe(0);
    expect(path.at(-1)!.y).toBe(path.at(-2)!.y);
    expect(rtl.own!.label).toMatchObject({ x: 0, anchor: 'start' });
    expect(rtl.own!.label!.labelX).toBeGreaterThan(0);
    // Every counter's latest point is in the later (left) half here: its label reads rightwards, into the plot.
    for (const line of rtl.lines) if (line.label) expect(line.label.anchor).toBe('start');
  });

  it('mirrors any dataset at any width, our count thinned to the same points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 120, max: 1600 }), (seed, width) => {
        const data = prepareTimeline(generateDataset({ count: 300, seed }));
        const opts: LayoutIntensityOptions = {
          bounds: domainBounds(datasetExtent(data)!),
          width,
          height: 120,
          timeZone: data.timeZone,
          categories: [],
          series: [],
          own: ownCumulativeCount(data),
        };
        expectMirrored(layoutIntensity(data, { ...opts, direction: 'rtl' }), layoutIntensity(data, opts), width);
      }),
      { numRuns: 15 },
    );
  });
});
