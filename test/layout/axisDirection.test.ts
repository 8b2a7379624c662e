import { describe, expect, it } from 'vitest';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import {
  chooseTicks,
  createTimeScale,
  datasetExtent,
  layoutTimeline,
  phaseBands,
  placeLabels,
  prepareTimeline,
  type LabelCandidate,
  type Mark,
  type TimelineLayout,
} from '../../src/layout/index';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const measureText = (text: string) => Array.from(text).length * 6.5;
const symbolX = (mark: Mark) => (mark.type === 'event' ? (mark.cx ?? mark.x) : mark.x);

describe('createTimeScale(domain, width, direction)', () => {
  const domain = [at('2023-10-01T00:00:00Z'), at('2023-10-11T00:00:00Z')] as const;

  it('puts the start at the left by default, and at the right with "rtl"', () => {
    const ltr = createTimeScale(domain, 1000);
    const rtl = createTimeScale(domain, 1000, 'rtl');
    expect(ltr(domain[0])).toBe(0);
    expect(rtl(domain[0])).toBe(1000);
    expect(rtl(domain[1])).toBe(0);
    // Three days in: 300 px from the left, or from the right.
    expect(ltr(domain[0] + 3 * DAY)).toBeCloseTo(300, 9);
    expect(rtl(domain[0] + 3 * DAY)).toBeCloseTo(700, 9);
  });

  it('inverts a reversed scale: x → the same instant the forward scale gives at width - x', () => {
    const ltr = createTimeScale(domain, 800);
    const rtl = createTimeScale(domain, 800, 'rtl');
    for (const x of [0, 123, 400, 799.5, 800]) {
      expect(rtl.invert(x).getTime()).toBeCloseTo(ltr.invert(800 - x).getTime(), -1);
    }
  });
});

describe('chooseTicks(…, { direction: "rtl" })', () => {
  it('gives the same ticks, each at width - x, the clamped major one at the right edge', () => {
    const domain = [at('2023-10-20T00:00:00+03:00'), at('2023-12-03T00:00:00+03:00')] as const;
    const ltr = chooseTicks(domain, 900, { timeZone: 'Asia/Baghdad' });
    const rtl = chooseTicks(domain, 900, { timeZone: 'Asia/Baghdad', direction: 'rtl' });
    expect(rtl.minor.map((t) => t.time)).toEqual(ltr.minor.map((t) => t.time));
    expect(rtl.major.map((t) => t.time)).toEqual(ltr.major.map((t) => t.time));
    for (const [i, tick] of rtl.minor.entries()) expect(tick.x).toBeCloseTo(900 - ltr.minor[i]!.x, 9);
    const clamped = rtl.major.find((tick) => tick.clamped);
    expect(clamped?.x).toBe(900);
    // Later ticks lie further left.
    for (let i = 1; i < rtl.minor.length; i++) expect(rtl.minor[i]!.x).toBeLessThan(rtl.minor[i - 1]!.x);
  });
});

describe('phaseBands with a reversed scale', () => {
  it('covers the same days, measured from the right edge', () => {
    const phases = [{ id: 'truce', title: 'Gaza truce', start: '2023-11-24', end: '2023-12-01' }];
    const domain = [at('2023-11-20T00:00:00+03:00'), at('2023-12-10T00:00:00+03:00')] as const;
    const [band] = phaseBands(phases, createTimeScale(domain, 2000, 'rtl'), 2000, 'Asia/Baghdad');
    // 24 November starts 4 of 20 days in (400 px from the right); the band is 8 days wide.
    expect(band!.width).toBeCloseTo(800, 6);
    expect(band!.x).toBeCloseTo(2000 - 400 - 800, 6);
  });
});

describe('placeLabels(…, { firstSide: "left" })', () => {
  it('tries the slot left of the mark first, and the right one when the left is out of bounds', () => {
    const candidates: LabelCandidate[] = [
      { eventId: 'a', text: 'aaaa', x: 200, y: 0, significance: 3, time: 0 },
      { eventId: 'b', text: 'bbbb', x: 10, y: 0, significance: 3, time: 1 },
    ];
    const options = { measureText: () => 28, width: 400, rowHeight: 16, rowsPerLane: 1, maxLabelWidth: 100 };
    const left = placeLabels(candidates, { ...options, offset: 10, firstSide: 'left' });
    expect(left.map(({ eventId, x }) => [eventId, x])).toEqual([
      ['a', 200 - 10 - 28],
      ['b', 20],
    ]);
    const right = placeLabels(candidates, { ...options, offset: 10 });
    expect(right.map(({ eventId, x }) => [eventId, x])).toEqual([
      ['a', 210],
      ['b', 20],
    ]);
  });
});

function expectMirrored(ltr: TimelineLayout, rtl: TimelineLayout, width: number) {
  expect(rtl.axisDirection).toBe('rtl');
  expect(ltr.axisDirection).toBe('ltr');
  const byId = new Map(rtl.marks.map((mark) => [mark.id, mark]));
  // The same marks (same clusters, same members), each reflected.
  expect([...byId.keys()].sort()).toEqual(ltr.marks.map((mark) => mark.id).sort());
  for (const mark of ltr.marks) {
    const other = byId.get(mark.id)!;
    expect(other.y).toBe(mark.y);
    expect(symbolX(other)).toBeCloseTo(width - symbolX(mark), 6);
    if (mark.type === 'cluster' && other.type === 'cluster') {
      expect(other.eventIds).toEqual(mark.eventIds);
      expect(other.x1).toBeCloseTo(width - mark.x2, 6);
      expect(other.x2).toBeCloseTo(width - mark.x1, 6);
      expect(other.x1).toBeLessThanOrEqual(other.x2);
    } else if (mark.type === 'event' && other.type === 'event') {
      expect(other.x2).toBeCloseTo(width - mark.x2, 6);
      // A range runs from its start leftwards.
      if (mark.kind === 'range') expect(other.x2).toBeLessThanOrEqual(other.x);
    }
  }
  // Labels: the same events labelled, none overlapping, inside the plot.
  expect(rtl.labels.map((label) => label.eventId).sort()).toEqual(ltr.labels.map((label) => label.eventId).sort());
  for (const [i, a] of rtl.labels.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(width + 1e-6);
    for (const b of rtl.labels.slice(i + 1)) {
      const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
      expect(apart, `${a.eventId} and ${b.eventId} overlap`).toBe(true);
    }
  }
  // Links join the same pairs; phases cover the mirrored stretch.
  expect(rtl.links.map((link) => link.id).sort()).toEqual(ltr.links.map((link) => link.id).sort());
  expect(rtl.phases.map((band) => band.id)).toEqual(ltr.phases.map((band) => band.id));
  for (const [i, band] of rtl.phases.entries()) {
    const other = ltr.phases[i]!;
    expect(band.width).toBeCloseTo(other.width, 6);
    expect(band.x).toBeCloseTo(width - other.x - other.width, 6);
  }
  expect(rtl.ticks.minor.map((tick) => tick.x)).toEqual(ltr.ticks.minor.map((tick) => width - tick.x));
}

describe('layoutTimeline(…, { axisDirection: "rtl" })', () => {
  const prepared = prepareTimeline(escalation2023);
  const domain = datasetExtent(prepared)!;

  it.each([360, 1280])('at %i px is the mirror image of the left-to-right layout', (width) => {
    const ltr = layoutTimeline(prepared, { domain, width, measureText });
    const rtl = layoutTimeline(prepared, { domain, width, measureText, axisDirection: 'rtl' });
    expectMirrored(ltr, rtl, width);
  });

  it('puts the earliest event right of the latest one', () => {
    const rtl = layoutTimeline(prepared, { domain, width: 1280, measureText, axisDirection: 'rtl' });
    const x = (id: string) => symbolX(rtl.marks.find((mark) => mark.id === id)!);
    expect(x('hamas-attack-on-israel')).toBeGreaterThan(x('tower-22-drone-attack'));
  });

  it('mirrors a dense generated dataset too (clusters and ranges)', () => {
    const dense = prepareTimeline(generateDataset({ count: 400, seed: 5 }));
    const extent = datasetExtent(dense)!;
    const options = { domain: extent, width: 900, measureText };
    const ltr = layoutTimeline(dense, options);
    const rtl = layoutTimeline(dense, { ...options, axisDirection: 'rtl' });
    expect(ltr.marks.some((mark) => mark.type === 'cluster')).toBe(true);
    expectMirrored(ltr, rtl, 900);
  });
});
