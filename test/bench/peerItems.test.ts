import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/datasets/index';
import { NO_ACTOR_GROUP, toChronoItems, toEpochMs, toVisData } from '../../bench/lib/peerItems';

const dataset = generateDataset({ count: 200, seed: 1 });

describe('toVisData(dataset)', () => {
  const { items, groups } = toVisData(dataset);
  it('gives vis-timeline every event once, with the same id and title', () => {
    expect(items.map((item) => item.id)).toEqual(dataset.events.map((event) => event.id));
    expect(items[0]!.content).toBe(dataset.events[0]!.title);
  });
  it('puts each event in the lane of its first acting actor, or a lane for none', () => {
    dataset.events.forEach((event, i) => expect(items[i]!.group).toBe(event.actors[0] ?? NO_ACTOR_GROUP));
    const ids = new Set(groups.map((group) => group.id));
    expect(items.every((item) => ids.has(item.group))).toBe(true);
  });
  it('writes starts and ends as epoch ms, ends only for ranges', () => {
    const range = dataset.events.findIndex((event) => event.end);
    expect(items[range]!.end).toBe(Date.parse(dataset.events[range]!.end!));
    expect(items.filter((item) => item.end !== undefined)).toHaveLength(dataset.events.filter((e) => e.end).length);
  });
});

describe('toChronoItems(dataset)', () => {
  it("dates each card in the dataset's zone and carries the title, place and summary", () => {
    const [first] = toChronoItems({ ...dataset, events: [{ ...dataset.events[1]!, start: '2023-10-09T22:30:00Z' }] });
    // 22:30 UTC is already the 10th in Baghdad (UTC+3), the synthetic dataset's zone.
    expect(dataset.timeZone).toBe('Asia/Baghdad');
    expect(first!.title).toBe('10 Oct 2023');
    expect(first!.cardTitle).toBe(dataset.events[1]!.title);
    expect(first!.cardDetailedText).toBe(dataset.events[1]!.summary);
  });
});

describe('toEpochMs(iso)', () => {
  it('reads offsets, and a date alone as midnight UTC', () => {
    expect(toEpochMs('2023-10-07T19:00-04:00')).toBe(Date.UTC(2023, 9, 7, 23));
    expect(toEpochMs('2023-10-07')).toBe(Date.UTC(2023, 9, 7));
  });
  it('refuses what is not a date', () => expect(() => toEpochMs('soon')).toThrow(/not an ISO date/));
});
