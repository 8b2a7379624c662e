import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/safeParseDataset';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../../src/schema/textLimits';
import { EDGE_DATASETS, MILLION, millionCharTitle, relatedCycle } from '../fixtures/edgeDatasets';
import { withChange } from './fixtures';

// docs/edge-cases.md: what the parser says for each edge case. The graphics side is EdgeCases.browser.test.tsx.
const parse = (change: Parameters<typeof withChange>[0]) => safeParseDataset(withChange(change));

describe('safeParseDataset on the edge datasets', () => {
  it.each(Object.entries(EDGE_DATASETS).filter(([name]) => name !== 'millionCharTitle' && name !== 'relatedCycle'))(
    '%s parses with no issues and every event kept',
    (_name, dataset) => {
      const { dataset: parsed, issues } = safeParseDataset(JSON.parse(JSON.stringify(dataset)));
      expect(issues).toEqual([]);
      expect(parsed.events.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
    },
  );
});

describe('dates outside the supported range (years 1000 to 9999)', () => {
  it.each([
    ['0900-01-01', '"0900-01-01" is before the supported range (years 1000 to 9999)'],
    ['0999', '"0999" is before the supported range (years 1000 to 9999)'],
    ['-0500', '"-0500" is before the supported range (years 1000 to 9999)'],
    ['12000-01-01', '"12000-01-01" is after the supported range (years 1000 to 9999)'],
    ['+012000-01-01T00:00Z', '"+012000-01-01T00:00Z" is after the supported range (years 1000 to 9999)'],
  ])('%s is refused with a message naming the range', (start, message) => {
    const { dataset, issues } = parse((d) => (d.events[0]!.start = start));
    expect(issues).toContainEqual({ path: 'events[0].start', message, eventId: 'drone-attack' });
    expect(dataset.events.map((event) => event.id)).toEqual(['strike']);
  });

  it('keeps the first and last days of the range', () => {
    const { dataset, issues } = parse((d) => {
      d.events[0]!.start = '1000-01-01';
      delete d.events[0]!.precision;
      d.events[1]!.start = '9999-12-31T23:59+14:00';
    });
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(2);
  });
});

describe('text longer than its limit', () => {
  it(`shortens a million-character title to ${MAX_TITLE_LENGTH} characters, keeps the event, and says so`, () => {
    const huge = millionCharTitle.events[0]!;
    const started = performance.now();
    const { dataset, issues } = parse((d) => {
      d.events[0]!.title = huge.title;
      d.events[0]!.summary = huge.summary;
    });
    expect(performance.now() - started).toBeLessThan(1000);
    const title = dataset.events[0]!.title;
    expect(Array.from(title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(title.endsWith('…')).toBe(true);
    expect(dataset.events[0]!.summary!.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH + 1);
    expect(issues).toEqual([
      {
        path: 'events[0].title',
        message: `title is ${MILLION.toLocaleString('en')} characters long; it was shortened to the first 300 (a title is a headline: put the rest in summary)`,
        eventId: 'drone-attack',
      },
      expect.objectContaining({ path: 'events[0].summary', eventId: 'drone-attack' }),
    ]);
  });

  it('never cuts an emoji or a letter from its accent', () => {
    const title = '👨‍👩‍👧‍👦'.repeat(MAX_TITLE_LENGTH + 10);
    const { dataset } = parse((d) => (d.events[0]!.title = title));
    const kept = dataset.events[0]!.title.slice(0, -1);
    expect(kept).toBe('👨‍👩‍👧‍👦'.repeat(MAX_TITLE_LENGTH));
  });

  it('shortens nested notes too, but never a web address', () => {
    const long = 'n'.repeat(MAX_TEXT_LENGTH + 5);
    const { dataset, issues } = parse((d) => {
      (d.events[0]!.casualties as { note?: string }[])[0]!.note = long;
      d.events[0]!.media = [{ url: `https://example.com/${'p'.repeat(MAX_TEXT_LENGTH)}`, alt: 'A picture' }];
    });
    expect(dataset.events[0]!.casualties[0]!.note).toHaveLength(MAX_TEXT_LENGTH + 1);
    expect(dataset.events[0]!.media[0]!.url.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    expect(issues.map((issue) => issue.path)).toEqual(['events[0].casualties[0].note']);
  });
});

describe('non-finite and out-of-range coordinates', () => {
  it.each([
    [Number.NaN, 'latitude is NaN, not a finite number'],
    [Number.POSITIVE_INFINITY, 'latitude is Infinity, not a finite number'],
    [Number.NEGATIVE_INFINITY, 'latitude is -Infinity, not a finite number'],
  ])('latitude %s: the event and the place name are kept, the coordinates removed', (lat, message) => {
    const { dataset, issues } = parse((d) => ((d.events[0]!.location as { lat: number }).lat = lat));
    expect(dataset.events[0]!.location).toEqual({ name: 'Erbil', country: 'Iraq' });
    expect(issues).toEqual([
      { path: 'events[0].location', message, eventId: 'drone-attack' },
      {
        path: 'events[0].location',
        message: 'the coordinates were removed; the place keeps its name but is not on the map',
        eventId: 'drone-attack',
      },
    ]);
  });

  it('removes coordinates out of range or given alone, with the reason', () => {
    const { dataset, issues } = parse((d) => {
      (d.events[0]!.location as { lat: number }).lat = 136.2;
      d.events[1]!.location = { name: 'Qaim', lat: 34.4 };
    });
    expect(dataset.events.map((event) => event.location)).toEqual([
      { name: 'Erbil', country: 'Iraq' },
      { name: 'Qaim' },
    ]);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'events[0].location.lat: latitude 136.2 is out of range (-90 to 90)',
      'events[0].location: the coordinates were removed; the place keeps its name but is not on the map',
      'events[1].location: give both lat and lon, or neither',
      'events[1].location: the coordinates were removed; the place keeps its name but is not on the map',
    ]);
  });

  it('leaves out a location with no name, and a bad additional location, but keeps the event', () => {
    const { dataset, issues } = parse((d) => {
      d.events[0]!.location = { lat: Number.NaN, lon: 44 } as never;
      d.events[1]!.additionalLocations = [{ name: 'Ok', lat: 1, lon: 2 }, 'Nowhere' as never];
    });
    expect(dataset.events).toHaveLength(2);
    expect(dataset.events[0]!.location).toBeUndefined();
    expect(dataset.events[1]!.additionalLocations).toEqual([{ name: 'Ok', lat: 1, lon: 2 }]);
    expect(issues.filter((issue) => issue.message === 'this location was left out; the event is kept')).toEqual([
      expect.objectContaining({ path: 'events[0].location' }),
      expect.objectContaining({ path: 'events[1].additionalLocations[1]' }),
    ]);
  });

  it('uses the default significance for NaN instead of dropping the event', () => {
    const { dataset, issues } = parse((d) => (d.events[0]!.significance = Number.NaN));
    expect(dataset.events[0]!.significance).toBe(3);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'events[0].significance',
        message: 'significance must be a whole number from 1 to 5, got NaN (3, the default, is used)',
      }),
    ]);
  });
});

describe('duplicate ids and dangling references', () => {
  it('keeps the first event of an id and drops each later one with an issue naming the first', () => {
    const { dataset, issues } = parse((d) => {
      d.events.push({ ...d.events[0]!, title: 'Second copy' }, { ...d.events[0]!, title: 'Third copy' });
    });
    expect(dataset.events.map((event) => event.title)).toEqual(['Drone attack on a base', 'Strike in response']);
    expect(issues).toEqual([
      {
        path: 'events[2].id',
        message: 'id "drone-attack" is already used by events[0]; this event was left out',
        eventId: 'drone-attack',
      },
      {
        path: 'events[3].id',
        message: 'id "drone-attack" is already used by events[0]; this event was left out',
        eventId: 'drone-attack',
      },
    ]);
  });

  it('removes links, actors and sources that point nowhere, and keeps the event', () => {
    const { dataset, issues } = parse((d) => {
      d.events[1]!.related = [
        { type: 'retaliates_for', id: 'gone' },
        { type: 'retaliates_for', id: 'drone-attack' },
      ];
      d.events[1]!.actors = ['ghost', 'us-military'];
      d.events[1]!.sources = ['nowhere'];
    });
    expect(dataset.events[1]).toMatchObject({
      related: [{ type: 'retaliates_for', id: 'drone-attack' }],
      actors: ['us-military'],
      sources: [],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'events[1].actors[0]',
      'events[1].sources[0]',
      'events[1].related[0].id',
    ]);
  });
});

describe('cycles of cause and response', () => {
  it('keeps the links of a cycle and reports each cycle once', () => {
    const { dataset, issues } = safeParseDataset(JSON.parse(JSON.stringify(relatedCycle)));
    expect(dataset.events.flatMap((event) => event.related)).toHaveLength(5);
    expect(issues).toEqual([
      expect.objectContaining({ path: 'events[0].related', eventId: 'ping' }),
      expect.objectContaining({ path: 'events[2].related', eventId: 'a' }),
    ]);
    expect(issues[0]!.message).toMatch(/^events "ping", "pong" are each other's cause and response in a cycle/);
    expect(issues[1]!.message).toMatch(/^events "a", "b", "c" are/);
  });

  it('does not call a two-way record of one retaliation a cycle', () => {
    const { issues } = parse((d) => (d.events[0]!.related = [{ type: 'retaliated_by', id: 'strike' }]));
    expect(issues).toEqual([]);
  });

  it('finds a cycle through a chain of 100,000 events without overflowing the stack', () => {
    const count = 100_000;
    const events = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      start: '2024-01-01',
      title: `Event ${i}`,
      category: 'attack',
      related: [{ type: 'responds_to', id: `e${(i + count - 1) % count}` }],
    }));
    const { issues } = safeParseDataset({ title: 'Ring', events });
    expect(issues).toEqual([expect.objectContaining({ path: 'events[0].related' })]);
    expect(issues[0]!.message).toContain('and 99,995 more');
  }, 60_000);
});
