import { describe, it, expect } from 'vitest';
import { generateDataset } from '../../src/datasets/generateDataset';
import type { Dataset } from '../../src/schema/dataset';
import { BUILT_IN_CATEGORIES } from '../../src/schema/category';
import { CLAIM_STATUSES } from '../../src/schema/claimStatuses';
import type { CasualtyReport } from '../../src/schema/casualtyReport';
import { startEpochMs, zoneOffsetMs } from '../../src/schema/epoch';
import { parseDataset } from '../../src/schema/parseDataset';
import { safeParseDataset } from '../../src/schema/safeParseDataset';

const DAY = 86_400_000;
const byId = (dataset: Dataset) => new Map(dataset.events.map((event) => [event.id, event]));
const startOf = (event: Dataset['events'][number]) => startEpochMs(event.start, event.timeZone);

/** The figures of a report as text, to tell two reports apart. */
const figures = (report: CasualtyReport) => JSON.stringify([report.killed, report.injured, report.status]);

describe('generateDataset', () => {
  it('generateDataset({ count, seed }) is deterministic for a seed', () => {
    expect(generateDataset({ count: 500, seed: 7 })).toEqual(generateDataset({ count: 500, seed: 7 }));
    expect(generateDataset({ count: 300 })).toEqual(generateDataset({ count: 300, seed: 1 }));
  });

  it('generateDataset({ seed }) gives different datasets for different seeds', () => {
    const a = generateDataset({ count: 200, seed: 1 });
    const b = generateDataset({ count: 200, seed: 2 });
    const c = generateDataset({ count: 200, seed: -1 });
    expect(a.events).not.toEqual(b.events);
    expect(a.events).not.toEqual(c.events);
    expect(a.title).toBe('Synthetic dataset (seed 1, count 200)');
    expect(a.description).toMatch(/generated/i);
    expect(a.description).toMatch(/not .*real/i);
  });

  it('generateDataset({ count }) returns exactly count events with zero-padded ids in time order', () => {
    for (const count of [0, 1, 2, 50, 1000]) {
      const { events } = generateDataset({ count, seed: 3 });
      expect(events).toHaveLength(count);
      expect(events.map((event) => event.id)).toEqual(
        Array.from({ length: count }, (_, i) => `evt-${String(i + 1).padStart(6, '0')}`),
      );
    }
  });

  it('generateDataset({ count }) throws a RangeError for a count that is not a non-negative integer', () => {
    for (const count of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number]) {
      expect(() => generateDataset({ count })).toThrow(RangeError);
    }
    expect(() => generateDataset({ count: -1 })).toThrow(/count must be a non-negative integer, got -1/);
    expect(() => generateDataset({ count: 10, seed: 0.5 })).toThrow(/seed must be an integer/);
    expect(() => generateDataset({ count: 10, start: '2023-02-30' })).toThrow(/start must be a date/);
    expect(() => generateDataset({ count: 10, timeZone: 'Mars/Olympus' })).toThrow(/IANA time zone/);
  });

  it('generateDataset() returns events sorted by start, over about count / 3 days and at least 30', () => {
    for (const [count, minDays] of [
      [40, 20],
      [3000, 800],
    ] as const) {
      const { events } = generateDataset({ count, seed: 5 });
      const starts = events.map(startOf);
      expect(starts.every((start) => Number.isFinite(start))).toBe(true);
      for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
      const spanDays = (starts.at(-1)! - starts[0]!) / DAY;
      expect(spanDays).toBeGreaterThan(minDays);
      expect(spanDays).toBeLessThanOrEqual(Math.max(30, count / 3) + 1);
    }
    const [first] = generateDataset({ count: 100, start: '2024-01-01' }).events;
    expect(first!.start.slice(0, 10) >= '2024-01-01').toBe(true);
  });

  it('generateDataset() writes starts as dates (day precision) or times with the offset of the place', () => {
    const { events } = generateDataset({ count: 2000, seed: 11 });
    const precisions = new Set(events.map((event) => event.precision));
    expect([...precisions].sort()).toEqual(['day', 'hour', 'minute']);
    expect(events.some((event) => event.approximate)).toBe(true);
    expect(events.some((event) => event.end !== undefined)).toBe(true);
    for (const event of events) {
      if (event.precision === 'day') {
        expect(event.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        continue;
      }
      const match = /^\d{4}-\d{2}-\d{2}T\d{2}:(\d{2})([+-])(\d{2}):(\d{2})$/.exec(event.start);
      expect(match, event.start).not.toBeNull();
      if (event.precision === 'hour') expect(match![1]).toBe('00');
      const offset = (match![2] === '-' ? -1 : 1) * (Number(match![3]) * 60 + Number(match![4])) * 60_000;
      expect(offset).toBe(zoneOffsetMs(startOf(event), event.timeZone!));
      if (event.end) expect(startEpochMs(event.end, event.timeZone) >= startOf(event)).toBe(true);
    }
  });

  it('generateDataset({ count >= 200 }) uses all five categories, every claim status, contested reports and disputes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { events } = generateDataset({ count: 200, seed });
      expect(new Set(events.map((event) => event.category))).toEqual(new Set(BUILT_IN_CATEGORIES));
      const statuses = new Set(events.flatMap((event) => event.casualties.map((report) => report.status)));
      expect(statuses).toEqual(new Set(CLAIM_STATUSES));
      const contested = events.filter(
        (event) => event.casualties.length >= 2 && new Set(event.casualties.map(figures)).size >= 2,
      );
      expect(contested.length).toBeGreaterThan(0);
    }
    const { events } = generateDataset({ count: 1000, seed: 9 });
    const disputes = events.flatMap((event) => event.disputes);
    expect(disputes.length).toBeGreaterThan(0);
    for (const dispute of disputes) expect(dispute.claims.length).toBeGreaterThanOrEqual(2);
  });

  it('generateDataset() links strikes and the attacks they answer in both directions, always to an earlier attack', () => {
    const dataset = generateDataset({ count: 2000, seed: 4 });
    const events = byId(dataset);
    const inverse = {
      retaliates_for: 'retaliated_by',
      retaliated_by: 'retaliates_for',
      responds_to: 'prompted',
      prompted: 'responds_to',
    } as const;
    let retaliations = 0;
    for (const event of dataset.events) {
      for (const link of event.related) {
        const other = events.get(link.id)!;
        expect(other, `${event.id} → ${link.id}`).toBeDefined();
        const back = inverse[link.type as keyof typeof inverse];
        expect(back, link.type).toBeDefined();
        expect(other.related).toContainEqual({ type: back, id: event.id });
        if (link.type === 'retaliates_for' || link.type === 'responds_to') {
          expect(startOf(other)).toBeLessThan(startOf(event));
        }
        if (link.type === 'retaliates_for') {
          retaliations++;
          expect(event.category).toBe('strike');
          expect(other.category).toBe('attack');
          expect(event.targets).toEqual(other.actors);
        }
      }
    }
    expect(retaliations).toBeGreaterThan(100);
  });

  it('generateDataset() refers only to actors, sources and events that exist', () => {
    const dataset = generateDataset({ count: 1500, seed: 8 });
    const actors = new Set(dataset.actors.map((actor) => actor.id));
    const sources = new Set(dataset.sources.map((source) => source.id));
    const events = new Set(dataset.events.map((event) => event.id));
    expect(actors.size).toBeGreaterThanOrEqual(5);
    expect(new Set(dataset.actors.map((actor) => actor.kind))).toEqual(
      new Set(['coalition', 'state', 'government', 'armed-group', 'civilians']),
    );
    for (const event of dataset.events) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const id of [...event.actors, ...event.targets]) expect(actors.has(id), id).toBe(true);
      for (const id of event.sources) expect(sources.has(id), id).toBe(true);
      for (const link of event.related) expect(events.has(link.id), link.id).toBe(true);
      for (const report of event.casualties) {
        if (report.reportedByActor) expect(actors.has(report.reportedByActor)).toBe(true);
        for (const id of report.sources) expect(sources.has(id), id).toBe(true);
      }
      for (const claim of event.disputes.flatMap((dispute) => dispute.claims)) {
        for (const id of claim.sources) expect(sources.has(id), id).toBe(true);
      }
    }
    for (const aggregate of dataset.aggregates) for (const id of aggregate.sources) expect(sources.has(id)).toBe(true);
    for (const correction of dataset.corrections) expect(events.has(correction.eventId!)).toBe(true);
  });

  it('generateDataset() places events in Iraq, Syria and Jordan with their own zones', () => {
    const { events } = generateDataset({ count: 1000, seed: 6 });
    const placed = events.filter((event) => event.location);
    const zones = new Map(placed.map((event) => [event.location!.country, event.timeZone]));
    expect(zones.get('Iraq')).toBe('Asia/Baghdad');
    expect(zones.get('Syria')).toBe('Asia/Damascus');
    expect(zones.get('Jordan')).toBe('Asia/Amman');
    for (const { location } of placed) {
      if (location!.country === 'United States') continue;
      expect(location!.lat).toBeGreaterThan(29);
      expect(location!.lat).toBeLessThan(38);
      expect(location!.lon).toBeGreaterThan(35);
      expect(location!.lon).toBeLessThan(49);
    }
  });

  it('generateDataset() gives significance 1–5, mostly low', () => {
    const { events } = generateDataset({ count: 2000, seed: 2 });
    const counts = [1, 2, 3, 4, 5].map((level) => events.filter((event) => event.significance === level).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts[0]! + counts[1]!).toBeGreaterThan(events.length / 2);
    expect(counts[4]!).toBeLessThan(counts[0]!);
  });

  it('generateDataset() adds cumulative counts in two separate series, as of dates over the period', () => {
    const dataset = generateDataset({ count: 1000, seed: 3 });
    const series = new Map<string, Dataset['aggregates']>();
    for (const aggregate of dataset.aggregates) {
      series.set(aggregate.series, [...(series.get(aggregate.series) ?? []), aggregate]);
    }
    expect([...series.keys()].sort()).toEqual(['synthetic-monitor', 'synthetic-official']);
    const firstDay = dataset.events[0]!.start.slice(0, 10);
    const lastDay = dataset.phases.at(-1)!.end;
    for (const counts of series.values()) {
      expect(counts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(counts.map((aggregate) => aggregate.seriesLabel)).size).toBe(1);
      for (let i = 1; i < counts.length; i++) {
        expect(counts[i]!.asOf > counts[i - 1]!.asOf).toBe(true);
        expect(counts[i]!.count).toBeGreaterThanOrEqual(counts[i - 1]!.count);
      }
      expect(counts[0]!.asOf >= firstDay).toBe(true);
      expect(counts.at(-1)!.asOf <= lastDay).toBe(true);
      const spread = (Date.parse(counts.at(-1)!.asOf) - Date.parse(counts[0]!.asOf)) / DAY;
      expect(spread).toBeGreaterThan(200);
      expect(counts.at(-1)!.count).toBeGreaterThan(0);
    }
  });

  it('generateDataset() adds back-to-back phases spanning the generated period', () => {
    const dataset = generateDataset({ count: 600, seed: 12 });
    const { phases, events } = dataset;
    expect(phases.length).toBeGreaterThanOrEqual(2);
    expect(phases[0]!.start <= events[0]!.start.slice(0, 10)).toBe(true);
    expect(phases.at(-1)!.end >= events.at(-1)!.start.slice(0, 10)).toBe(true);
    for (let i = 1; i < phases.length; i++) {
      expect(Date.parse(phases[i]!.start) - Date.parse(phases[i - 1]!.end)).toBe(DAY);
    }
  });

  it('parseDataset() accepts generated datasets with no issues and changes nothing', () => {
    for (const count of [0, 1, 50, 2000]) {
      const dataset = generateDataset({ count, seed: 21 });
      expect(safeParseDataset(dataset).issues).toEqual([]);
      expect(parseDataset(dataset)).toEqual(dataset);
    }
    const elsewhere = generateDataset({ count: 200, seed: 5, start: '2024-03-01', timeZone: 'America/New_York' });
    expect(elsewhere.timeZone).toBe('America/New_York');
    expect(safeParseDataset(elsewhere).issues).toEqual([]);
  });

  it('generateDataset({ count: 100_000 }) returns 100,000 events with unique ids', () => {
    const { events } = generateDataset({ count: 100_000, seed: 1 });
    expect(events).toHaveLength(100_000);
    expect(new Set(events.map((event) => event.id)).size).toBe(100_000);
  });
});
