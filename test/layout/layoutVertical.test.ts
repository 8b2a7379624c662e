import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultGapThreshold,
  eventExtent,
  gapDuration,
  layoutVertical,
  GAP_THRESHOLD_FLOOR,
  SPACE_STEPS,
  type VerticalCard,
  type VerticalEvent,
  type VerticalItem,
} from '../../src/layout/index';
import { escalation2023 } from '../../src/datasets/index';

const DAY = 86_400_000;
const cards = (items: VerticalItem[]) => items.filter((item): item is VerticalCard => item.type === 'card');
const day = (iso: string): VerticalEvent => ({ start: iso });

describe('gapDuration(ms)', () => {
  it('tells a gap in the unit a reader would use, rounded to a whole count', () => {
    expect(gapDuration(90 * 60_000)).toEqual({ unit: 'minute', count: 90 });
    expect(gapDuration(30 * 3_600_000)).toEqual({ unit: 'hour', count: 30 });
    expect(gapDuration(2 * DAY)).toEqual({ unit: 'day', count: 2 });
    expect(gapDuration(17 * DAY)).toEqual({ unit: 'day', count: 17 });
    expect(gapDuration(21 * DAY)).toEqual({ unit: 'week', count: 3 });
    expect(gapDuration(8 * 7 * DAY)).toEqual({ unit: 'week', count: 8 });
    expect(gapDuration(62 * DAY)).toEqual({ unit: 'month', count: 2 });
    expect(gapDuration(300 * DAY)).toEqual({ unit: 'month', count: 10 });
    expect(gapDuration(3 * 365 * DAY)).toEqual({ unit: 'year', count: 3 });
  });

  it('never says zero', () => {
    expect(gapDuration(0)).toEqual({ unit: 'minute', count: 1 });
    expect(gapDuration(-5)).toEqual({ unit: 'minute', count: 1 });
  });
});

describe('defaultGapThreshold(quietTimes)', () => {
  it('is four times the median quiet time, at least a week', () => {
    expect(defaultGapThreshold([])).toBe(GAP_THRESHOLD_FLOOR);
    expect(defaultGapThreshold([DAY, DAY, 2 * DAY])).toBe(GAP_THRESHOLD_FLOOR);
    expect(defaultGapThreshold([3 * DAY, 5 * DAY, 100 * DAY])).toBe(20 * DAY);
    expect(defaultGapThreshold([2 * DAY, 4 * DAY, 6 * DAY, 8 * DAY])).toBe(20 * DAY);
    // Overlaps (negative quiet time) count as no time at all.
    expect(defaultGapThreshold([-10 * DAY, -10 * DAY, 30 * DAY])).toBe(GAP_THRESHOLD_FLOOR);
  });
});

describe('layoutVertical(events, options)', () => {
  it('puts a break over a long quiet stretch, with its duration in words-to-be', () => {
    const events = [day('2023-10-01'), day('2023-10-02'), day('2023-10-23'), day('2023-10-24')];
    const { items, gapThreshold } = layoutVertical(events, { timeZone: 'Asia/Baghdad' });
    expect(gapThreshold).toBe(GAP_THRESHOLD_FLOOR);
    expect(items.map((item) => item.type)).toEqual(['card', 'card', 'gap', 'card', 'card']);
    expect(items[2]).toMatchObject({ type: 'gap', unit: 'week', count: 3, duration: 21 * DAY });
  });

  it('sorts by the layout core extents in each place’s zone, ties as given', () => {
    const events: VerticalEvent[] = [
      { start: '2023-10-27T04:30:00+03:00' },
      { start: '2023-10-26', timeZone: 'Asia/Baghdad' },
      { start: '2023-10-26' },
      { start: '2023-10-26', timeZone: 'Asia/Baghdad' },
    ];
    const order = cards(layoutVertical(events, { timeZone: 'UTC' }).items).map((card) => card.index);
    // Baghdad's 26 October starts three hours before UTC's.
    expect(order).toEqual([1, 3, 2, 0]);
    expect(cards(layoutVertical(events).items)[0]!.extent).toEqual(eventExtent(events[1]!, 'Asia/Baghdad'));
  });

  it('measures quiet time from the end of a range, not from its start', () => {
    const events: VerticalEvent[] = [{ start: '2023-10-01', end: '2023-10-20' }, day('2023-10-25')];
    const weekly = { gapThreshold: GAP_THRESHOLD_FLOOR };
    expect(layoutVertical(events, weekly).items.map((item) => item.type)).toEqual(['card', 'card']);
    const after = layoutVertical([...events, day('2023-11-30')], weekly).items;
    expect(after.map((item) => item.type)).toEqual(['card', 'card', 'gap', 'card']);
    expect(after[2]).toMatchObject({ unit: 'week', count: 5 });
  });

  it('spaces cards in proportion to the time between them, tight after a break', () => {
    const events = ['2023-10-01', '2023-10-01', '2023-10-03', '2023-10-07', '2023-10-30', '2023-10-31'].map(day);
    const spaces = cards(layoutVertical(events, { gapThreshold: 8 * DAY }).items).map((card) => card.space);
    expect(spaces).toEqual([0, 0, 1, 2, 0, 1 /* 1 of 8 days */]);
    expect(Math.max(...spaces)).toBeLessThanOrEqual(SPACE_STEPS);
  });

  it('lists events without a usable date last, after an undated marker, never dropping them', () => {
    const events = [
      { start: 'sometime' },
      day('2023-10-05'),
      { start: 42 } as unknown as VerticalEvent,
      day('2023-10-01'),
    ];
    const { items } = layoutVertical(events);
    expect(items.map((item) => (item.type === 'card' ? item.index : item.type))).toEqual([3, 1, 'undated', 0, 2]);
    expect(items[2]).toEqual({ type: 'undated', key: 'undated', count: 2 });
  });

  it('marks where a phase starts, before the first card inside it; a phase without cards is left out', () => {
    const events = ['2023-10-17', '2023-11-10', '2023-11-25', '2023-12-05'].map(day);
    const phases = [
      { id: 'truce', title: 'Truce', start: '2023-11-24', end: '2023-12-01' },
      { id: 'wave', title: 'Wave', start: '2023-10-17', end: '2023-11-23' },
      { id: 'empty', title: 'Nothing happened', start: '2023-12-02', end: '2023-12-03' },
    ];
    const { items } = layoutVertical(events, { phases, timeZone: 'Asia/Baghdad', gapThreshold: 60 * DAY });
    expect(items.map((item) => (item.type === 'phase' ? `phase ${phases[item.index]!.id}` : item.type))).toEqual([
      'phase wave',
      'card',
      'card',
      'phase truce',
      'card',
      'card',
    ]);
  });

  it('gives the escalation story a few breaks, each over more than a week', () => {
    const { items, gapThreshold } = layoutVertical(escalation2023.events, {
      timeZone: escalation2023.timeZone,
      phases: escalation2023.phases,
    });
    const gaps = items.filter((item) => item.type === 'gap');
    expect(cards(items)).toHaveLength(escalation2023.events.length);
    expect(gapThreshold).toBeGreaterThanOrEqual(GAP_THRESHOLD_FLOOR);
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    expect(gaps.length).toBeLessThan(escalation2023.events.length / 4);
    expect(items.some((item) => item.type === 'phase')).toBe(true);
  });

  const eventArb: fc.Arbitrary<VerticalEvent> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .integer({ min: 0, max: 900 })
        .map((d) => day(new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10))),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 900 * 24 }), fc.integer({ min: 0, max: 40 * 24 }))
        .map(([h, length]) => ({
          start: new Date(Date.UTC(2023, 0, 1, h)).toISOString(),
          end: new Date(Date.UTC(2023, 0, 1, h + length)).toISOString(),
        })),
    },
    { weight: 1, arbitrary: fc.constantFrom<VerticalEvent>({ start: '' }, { start: '2023-02-30' }, { start: 'n/a' }) },
  );

  it('keeps every event exactly once, in time order, with a break exactly where the quiet time exceeds the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.option(fc.integer({ min: 1, max: 60 * DAY }), { nil: undefined }),
        (events, threshold) => {
          const { items, gapThreshold } = layoutVertical(events, { gapThreshold: threshold });
          if (threshold !== undefined) expect(gapThreshold).toBe(threshold);
          const placed = cards(items);
          // Every event exactly once.
          expect(placed.map((card) => card.index).sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
          // Dated cards in time order (ties as given), then the undated ones as given.
          const dated = placed.filter((card) => card.extent);
          for (let i = 1; i < dated.length; i += 1) {
            const [a, b] = [dated[i - 1]!, dated[i]!];
            expect(
              a.extent!.start < b.extent!.start || (a.extent!.start === b.extent!.start && a.index < b.index),
            ).toBe(true);
          }
          const firstUndated = items.findIndex((item) => item.type === 'undated');
          if (firstUndated >= 0)
            expect(items.slice(firstUndated + 1).every((item) => item.type === 'card' && !item.extent)).toBe(true);
          // Breaks only, and always, where the quiet time since the latest reach exceeds the threshold.
          let reach = Number.NEGATIVE_INFINITY;
          let pendingGap: VerticalItem | undefined;
          for (const item of items) {
            if (item.type === 'gap') pendingGap = item;
            if (item.type !== 'card' || !item.extent) continue;
            const quiet = item.extent.start - reach;
            const expectBreak = reach !== Number.NEGATIVE_INFINITY && quiet > gapThreshold;
            expect(pendingGap !== undefined).toBe(expectBreak);
            if (pendingGap?.type === 'gap') {
              expect(pendingGap.duration).toBe(quiet);
              expect(pendingGap.count).toBeGreaterThanOrEqual(1);
            }
            expect(item.space).toBeGreaterThanOrEqual(0);
            expect(item.space).toBeLessThanOrEqual(SPACE_STEPS);
            pendingGap = undefined;
            reach = Math.max(reach, item.extent.kind === 'range' ? item.extent.end : item.extent.start);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
