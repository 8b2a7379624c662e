import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  countFilterOptions,
  keepKnownFilters,
  normalizeFilters,
  toggleFilterValue,
  type Filters,
  type FilterOptions,
} from '../../src/state/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset, TimelineEvent } from '../../src/schema/index';
import { event, fixtureDataset } from '../react/eventListFixture';

const data = fixtureDataset([
  event({
    id: 'a',
    start: '2023-10-01',
    title: 'A',
    category: 'attack',
    actors: ['kh'],
    targets: ['us'],
    significance: 4,
    location: { name: 'Erbil', country: 'Iraq' },
    casualties: [
      { injured: 1, status: 'reported', reportedBy: 'officials', sources: [] },
      { killed: 0, status: 'denied', reportedBy: 'CENTCOM', sources: [] },
    ],
  }),
  event({
    id: 'b',
    start: '2023-10-02',
    title: 'B',
    category: 'strike',
    actors: ['us'],
    targets: ['kh'],
    significance: 2,
    location: { name: 'Al-Qaim', country: 'Iraq' },
    additionalLocations: [{ name: 'Abu Kamal', country: 'Syria' }],
  }),
  event({
    id: 'c',
    start: '2023-10-03',
    title: 'C',
    category: 'attack',
    actors: ['irq-militia'],
    targets: ['us'],
    significance: 3,
    location: { name: 'Tower 22', country: 'Jordan' },
    casualties: [{ killed: 3, status: 'confirmed', reportedBy: 'Pentagon', sources: [] }],
  }),
  event({
    id: 'd',
    start: '2023-10-04',
    title: 'D',
    category: 'diplomacy',
    significance: 1,
    location: { name: 'Region', country: 'Iraq; Syria' },
  }),
]);

const ids = (filters: Filters) => [...applyFilters(data.events, filters)].sort();

describe('applyFilters(events, filters)', () => {
  it('lets every event through with no filter, or with empty facets', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ categories: [], actors: [] })).toEqual(['a', 'b', 'c', 'd']);
    expect([...applyFilters(data.events, null)].length).toBe(4);
  });

  it('matches any value within a facet, and every present facet', () => {
    expect(ids({ categories: ['attack'] })).toEqual(['a', 'c']);
    expect(ids({ categories: ['attack', 'strike'] })).toEqual(['a', 'b', 'c']);
    expect(ids({ categories: ['attack', 'strike'], countries: ['Jordan'] })).toEqual(['c']);
    expect(ids({ categories: ['diplomacy'], countries: ['Jordan'] })).toEqual([]);
  });

  it('matches an actor who acts or who is targeted', () => {
    expect(ids({ actors: ['us'] })).toEqual(['a', 'b', 'c']);
    expect(ids({ actors: ['kh'] })).toEqual(['a', 'b']);
    expect(ids({ actors: ['irq-militia', 'kh'] })).toEqual(['a', 'b', 'c']);
  });

  it('matches the country of any place, and both countries of "Iraq; Syria"', () => {
    expect(ids({ countries: ['Syria'] })).toEqual(['b', 'd']);
    expect(ids({ countries: ['Iraq'] })).toEqual(['a', 'b', 'd']);
  });

  it('matches a status held by any casualty report; "none" is an event with no report', () => {
    expect(ids({ statuses: ['denied'] })).toEqual(['a']);
    expect(ids({ statuses: ['reported', 'confirmed'] })).toEqual(['a', 'c']);
    expect(ids({ statuses: ['none'] })).toEqual(['b', 'd']);
    expect(ids({ statuses: ['claimed'] })).toEqual([]);
  });

  it('keeps events at least as significant as the threshold', () => {
    expect(ids({ minSignificance: 3 })).toEqual(['a', 'c']);
    expect(ids({ minSignificance: 5 })).toEqual([]);
  });

  it('never throws on events or filters that bypassed the parser', () => {
    const broken = [null, 42, { id: 'x' }, { id: 'y', actors: 'kh', casualties: [null, { status: 'nope' }] }];
    expect(() =>
      applyFilters(broken as unknown as TimelineEvent[], { actors: ['kh'], statuses: ['none'] }),
    ).not.toThrow();
    expect([...applyFilters(broken as unknown as TimelineEvent[], { statuses: ['none'] })]).toEqual(['x', 'y']);
    expect(() => applyFilters(data.events, { categories: 'attack' } as unknown as Filters)).not.toThrow();
  });

  it('keeps exactly the matching events of a 10,000-event synthetic dataset', async () => {
    const { generateDataset } = await import('../../src/datasets/index');
    const big = generateDataset({ count: 10_000, seed: 3 });
    const matched = applyFilters(big.events, { categories: ['attack'], minSignificance: 2 });
    const expected = big.events.filter((e) => e.category === 'attack' && e.significance >= 2).map((e) => e.id);
    expect([...matched].sort()).toEqual(expected.sort());
  });
});

describe('countFilterOptions(events, filters, dataset)', () => {
  const byValue = (options: FilterOptions, facet: 'categories' | 'actors' | 'countries' | 'statuses') =>
    Object.fromEntries(options[facet].map((o) => [o.value, o.count]));

  it('counts each option with labels, sorted by count', () => {
    const options = countFilterOptions(data.events, {}, data, {
      labels: { category: { attack: 'Attack' }, status: { none: 'No figures' } },
    });
    expect(options.categories.map((o) => [o.value, o.label, o.count])).toEqual([
      ['attack', 'Attack', 2],
      ['strike', 'strike', 1],
      ['diplomacy', 'diplomacy', 1],
    ]);
    expect(options.actors.map((o) => [o.label, o.count])).toEqual([
      ['US forces', 3],
      ["Kata'ib Hezbollah", 2],
      ['Islamic Resistance in Iraq', 1],
    ]);
    expect(byValue(options, 'countries')).toEqual({ Iraq: 3, Syria: 2, Jordan: 1 });
    expect(options.statuses.find((o) => o.value === 'none')).toMatchObject({ label: 'No figures', count: 2 });
    expect(options.significance.map((o) => o.count)).toEqual([4, 3, 2, 1, 0]);
    expect(options.significance[0]!.selected).toBe(true);
    expect([options.matched, options.total]).toEqual([4, 4]);
  });

  it('counts the faceted way: an option counts the events it would show given the OTHER facets', () => {
    const options = countFilterOptions(data.events, { categories: ['attack'], countries: ['Iraq'] }, data);
    // Categories are counted among Iraqi events, whatever category is ticked.
    expect(byValue(options, 'categories')).toEqual({ attack: 1, strike: 1, diplomacy: 1 });
    // Countries are counted among attacks.
    expect(byValue(options, 'countries')).toEqual({ Iraq: 1, Jordan: 1, Syria: 0 });
    // Other facets are counted among events matching both.
    expect(byValue(options, 'actors')).toEqual({ kh: 1, us: 1, 'irq-militia': 0 });
    expect(options.matched).toBe(1);
    expect(options.categories.find((o) => o.value === 'attack')!.selected).toBe(true);
  });

  it('adds up: single-valued facets sum to the events matching the other facets (property over the dataset)', () => {
    const samples: Filters[] = [
      {},
      { actors: ['iri'] },
      { statuses: ['claimed', 'denied'] },
      { countries: ['Syria'], minSignificance: 3 },
      { categories: ['attack'], actors: ['kataib-hezbollah', 'us-military'] },
    ];
    for (const filters of samples) {
      const options = countFilterOptions(escalation2023.events, filters, escalation2023);
      const sum = (list: { count: number }[]) => list.reduce((total, o) => total + o.count, 0);
      const without = (facet: keyof Filters) =>
        applyFilters(escalation2023.events, { ...filters, [facet]: undefined }).size;
      expect(sum(options.categories)).toBe(without('categories'));
      expect(sum(options.statuses)).toBeGreaterThanOrEqual(without('statuses'));
      expect(sum(options.actors)).toBeGreaterThanOrEqual(without('actors'));
      expect(options.significance[0]!.count).toBe(without('minSignificance'));
      expect(options.matched).toBe(applyFilters(escalation2023.events, filters).size);
      // Each option's count is what choosing it alone in its facet would show.
      for (const option of options.actors) {
        expect(option.count).toBe(applyFilters(escalation2023.events, { ...filters, actors: [option.value] }).size);
      }
      for (const option of options.statuses) {
        expect(option.count).toBe(applyFilters(escalation2023.events, { ...filters, statuses: [option.value] }).size);
      }
      for (const list of [options.categories, options.actors, options.countries, options.statuses]) {
        const counts = list.map((o) => o.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
    }
  });

  it('names actors from the dataset and keeps a chosen value nobody has, at 0, so it can be unticked', () => {
    const options = countFilterOptions(escalation2023.events, { actors: ['iri', 'ghost'] }, escalation2023);
    expect(options.actors.find((o) => o.value === 'iri')!.label).toBe('Islamic Resistance in Iraq');
    expect(options.actors.find((o) => o.value === 'ghost')).toMatchObject({ label: 'ghost', count: 0, selected: true });
  });

  it('labels a declared category from the dataset', () => {
    const own: Dataset = { ...data, categories: [{ id: 'press', label: 'Press release' }] };
    own.events = [event({ id: 'p', start: '2023-01-01', title: 'P', category: 'press' })];
    expect(countFilterOptions(own.events, {}, own).categories[0]!.label).toBe('Press release');
  });
});

describe('normalizeFilters, toggleFilterValue, keepKnownFilters', () => {
  it('drops blanks, repeats, empty facets, unknown statuses and a threshold outside 2–5', () => {
    expect(
      normalizeFilters({
        categories: [' attack ', 'attack', ''],
        actors: [],
        statuses: ['claimed', 'bogus' as 'claimed'],
        minSignificance: 1,
      }),
    ).toEqual({ categories: ['attack'], statuses: ['claimed'] });
    expect(normalizeFilters({ minSignificance: 7 as 5 })).toEqual({});
    expect(normalizeFilters('nonsense' as unknown as Filters)).toEqual({});
  });

  it('ticks and unticks a value, removing a facet left empty', () => {
    const one = toggleFilterValue({}, 'categories', 'attack', true);
    expect(one).toEqual({ categories: ['attack'] });
    expect(toggleFilterValue(one, 'categories', 'strike', true)).toEqual({ categories: ['attack', 'strike'] });
    expect(toggleFilterValue(one, 'categories', 'attack', false)).toEqual({});
  });

  it('keeps only values some event has', () => {
    expect(
      keepKnownFilters(
        {
          categories: ['attack', 'x'],
          actors: ['us', 'nobody'],
          countries: ['Mars'],
          statuses: ['claimed', 'denied'],
          minSignificance: 3,
        },
        data.events,
      ),
    ).toEqual({ categories: ['attack'], actors: ['us'], statuses: ['denied'], minSignificance: 3 });
  });
});
