import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escalation2023 } from '../../src/datasets/index';
import { fromAcled } from '../../src/io/fromAcled';
import { jsonLdScriptText, toJsonLd } from '../../src/io/toJsonLd';
import { parseDataset, startEpochMs, type Dataset } from '../../src/schema/index';

/**
 * The schema.org properties (https://schema.org, checked by hand) of every type toJsonLd uses: a property
 * is allowed when the type or one of its supertypes defines it. Thing's own are allowed everywhere.
 */
const THING = ['@type', '@id', 'name', 'description', 'url', 'identifier', 'subjectOf'];
const CREATIVE_WORK = [
  ...THING,
  'about',
  'author',
  'citation',
  'correction',
  'creditText',
  'dateModified',
  'datePublished',
  'inLanguage',
  'publisher',
  'text',
];
const ALLOWED: Record<string, string[]> = {
  Thing: THING,
  ItemList: [...THING, 'itemListElement', 'itemListOrder', 'numberOfItems'],
  CreativeWork: CREATIVE_WORK,
  ListItem: [...THING, 'item', 'position', 'nextItem', 'previousItem'],
  Event: [...THING, 'about', 'startDate', 'endDate', 'location', 'eventStatus', 'organizer', 'performer'],
  Place: [...THING, 'address', 'geo'],
  PostalAddress: [...THING, 'addressCountry', 'addressLocality', 'addressRegion'],
  GeoCoordinates: [...THING, 'latitude', 'longitude'],
  Organization: [...THING, 'address'],
  Person: [...THING],
  Country: [...THING, 'address', 'geo'],
  CorrectionComment: CREATIVE_WORK,
};
const REQUIRED: Record<string, string[]> = {
  Event: ['name', 'startDate'],
  Place: ['name'],
  ListItem: ['position', 'item'],
  CreativeWork: ['name'],
  CorrectionComment: ['text', 'datePublished'],
};

/** Every problem in a JSON-LD tree: a key its type does not have, a missing required key, an unknown type. */
function shapeProblems(node: unknown, at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => shapeProblems(item, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const problems: string[] = [];
  if (record['@type'] === undefined) {
    // Only a reference to a node described elsewhere may go without a type.
    if (Object.keys(record).join() !== '@id') problems.push(`${at}: an object without @type`);
  } else {
    const types = ([] as unknown[]).concat(record['@type']) as string[];
    for (const type of types) if (!ALLOWED[type]) problems.push(`${at}: unknown type ${type}`);
    const allowed = new Set(types.flatMap((type) => ALLOWED[type] ?? []));
    if (at === '$') allowed.add('@context');
    for (const key of Object.keys(record))
      if (!allowed.has(key)) problems.push(`${at}.${key}: not a property of ${types.join('+')}`);
    for (const type of types)
      for (const key of REQUIRED[type] ?? [])
        if (record[key] === undefined) problems.push(`${at}: ${type} needs ${key}`);
  }
  for (const [key, value] of Object.entries(record)) problems.push(...shapeProblems(value, `${at}.${key}`));
  return problems;
}

type Node = Record<string, unknown>;
const items = (jsonLd: Node) => (jsonLd.itemListElement as { position: number; item: Node }[]).map((li) => li.item);

const WITH_EXTRAS = parseDataset({
  title: 'Strikes </script><script>alert(1)</script>',
  description: 'A test',
  updated: '2024-02-08',
  credit: 'Graphic: Desk',
  language: 'en',
  timeZone: 'Asia/Baghdad',
  actors: [
    { id: 'us', name: 'US military', kind: 'military' },
    { id: 'kh', name: 'Kataib Hezbollah', kind: 'armed-group' },
    { id: 'iraq', name: 'Iraq', kind: 'state' },
    { id: 'spokes', name: 'A spokesman', kind: 'person' },
    { id: 'crowd', name: 'Bystanders', kind: 'civilians' },
  ],
  sources: [
    { id: 's1', outlet: 'Wire', title: 'Strikes hit', url: 'https://example.com/a', date: '2024-02-03' },
    { id: 's2', outlet: 'Ministry' },
  ],
  events: [
    {
      id: 'later',
      start: '2024-02-03T01:00+03:00',
      end: '2024-02-03T01:30+03:00',
      title: 'Strikes',
      summary: 'Plain text.',
      category: 'strike',
      actors: ['us'],
      targets: ['kh', 'iraq'],
      location: { name: 'Al-Qaim', country: 'Iraq', lat: 34.37, lon: 41.09 },
      additionalLocations: [{ name: 'Akashat' }],
      sources: ['s1', 's2'],
    },
    { id: 'earlier', start: '2024-02-02', title: 'Statement', category: 'statement', actors: ['spokes', 'crowd'] },
    { id: 'placeless', start: '2024-02', precision: 'month', title: 'Talks', category: 'diplomacy' },
  ],
  corrections: [
    { date: '2024-02-05', text: 'An earlier version misnamed the town.', eventId: 'later' },
    { date: '2024-02-06', text: 'A general correction.' },
  ],
});

describe('toJsonLd', () => {
  it('uses only properties schema.org defines for each type (escalation2023, ACLED sample, extras)', () => {
    const acled = fromAcled(readFileSync(resolve(__dirname, '../fixtures/acled-sample.csv'), 'utf8')).dataset;
    for (const dataset of [escalation2023, acled, WITH_EXTRAS]) {
      expect(shapeProblems(toJsonLd(dataset))).toEqual([]);
      expect(shapeProblems(toJsonLd(dataset, { url: 'https://news.example/story' }))).toEqual([]);
    }
  });

  it('the shape check itself catches a stray property and a missing date', () => {
    expect(shapeProblems({ '@type': 'Event', name: 'x', citation: [] })).toEqual([
      '$.citation: not a property of Event',
      '$: Event needs startDate',
    ]);
  });

  it('lists every event in time order, numbered from 1', () => {
    const jsonLd = toJsonLd(escalation2023);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': ['ItemList', 'CreativeWork'],
      name: escalation2023.title,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: escalation2023.events.length,
      dateModified: escalation2023.updated,
    });
    expect(jsonLd.itemListElement.map((li) => li.position)).toEqual(escalation2023.events.map((_, i) => i + 1));
    const starts = items(jsonLd).map((item) => {
      const event = escalation2023.events.find((e) => e.id === item.identifier)!;
      return startEpochMs(event.start, event.timeZone ?? escalation2023.timeZone);
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const item of items(jsonLd)) expect(item.location).toBeDefined(); // every event there has a place
  });

  it('describes an event: dates as given, places with country and geo, actors, sources', () => {
    const list = items(toJsonLd(WITH_EXTRAS, { url: 'https://news.example/story#top' }));
    // A month sorts by its first day.
    expect(list.map((item) => item.identifier)).toEqual(['placeless', 'earlier', 'later']);
    const [placeless, earlier, later] = list;
    expect(later).toEqual({
      '@type': 'Event',
      '@id': 'https://news.example/story#event=later',
      identifier: 'later',
      name: 'Strikes',
      description: 'Plain text.',
      startDate: '2024-02-03T01:00+03:00',
      endDate: '2024-02-03T01:30+03:00',
      location: [
        {
          '@type': 'Place',
          name: 'Al-Qaim',
          address: { '@type': 'PostalAddress', addressCountry: 'Iraq' },
          geo: { '@type': 'GeoCoordinates', latitude: 34.37, longitude: 41.09 },
        },
        { '@type': 'Place', name: 'Akashat' },
      ],
      about: [
        { '@type': 'Organization', name: 'US military' },
        { '@type': 'Organization', name: 'Kataib Hezbollah' },
        { '@type': 'Country', name: 'Iraq' },
      ],
      subjectOf: [
        {
          '@type': 'CreativeWork',
          name: 'Strikes hit',
          url: 'https://example.com/a',
          publisher: { '@type': 'Organization', name: 'Wire' },
          datePublished: '2024-02-03',
        },
        { '@type': 'CreativeWork', name: 'Ministry', publisher: { '@type': 'Organization', name: 'Ministry' } },
      ],
    });
    expect(earlier!.about).toEqual([
      { '@type': 'Person', name: 'A spokesman' },
      { '@type': 'Thing', name: 'Bystanders' },
    ]);
    expect(placeless).toEqual({
      '@type': 'Event',
      '@id': 'https://news.example/story#event=placeless',
      identifier: 'placeless',
      name: 'Talks',
      startDate: '2024-02',
    });
  });

  it('carries the dataset metadata, its sources and its corrections', () => {
    const jsonLd = toJsonLd(WITH_EXTRAS);
    expect(jsonLd).toMatchObject({
      description: 'A test',
      dateModified: '2024-02-08',
      inLanguage: 'en',
      creditText: 'Graphic: Desk',
      numberOfItems: 3,
    });
    expect(jsonLd.url).toBeUndefined();
    expect((jsonLd.citation as unknown[]).length).toBe(2);
    expect(jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version misnamed the town.',
        datePublished: '2024-02-05',
        about: { '@type': 'Event', name: 'Strikes', startDate: '2024-02-03T01:00+03:00' },
      },
      { '@type': 'CorrectionComment', text: 'A general correction.', datePublished: '2024-02-06' },
    ]);
    expect(toJsonLd(WITH_EXTRAS, { url: 'https://news.example/story' }).correction).toMatchObject([
      { about: { '@id': 'https://news.example/story#event=later' } },
      {},
    ]);
  });

  it('leaves out what a dataset does not have', () => {
    const bare: Dataset = {
      ...WITH_EXTRAS,
      description: undefined,
      updated: undefined,
      credit: undefined,
      language: undefined,
      sources: [],
      corrections: [],
      events: [],
    };
    expect(toJsonLd(bare)).toEqual({
      '@context': 'https://schema.org',
      '@type': ['ItemList', 'CreativeWork'],
      name: WITH_EXTRAS.title,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: 0,
      itemListElement: [],
    });
  });
});

describe('jsonLdScriptText', () => {
  it('escapes every < so data cannot close the script element, and parses back to the same value', () => {
    const jsonLd = toJsonLd(WITH_EXTRAS);
    const text = jsonLdScriptText(jsonLd);
    expect(text).not.toContain('<');
    expect(text).toContain('Strikes \\u003c/script>\\u003cscript>');
    expect(JSON.parse(text)).toEqual(jsonLd);
    expect(jsonLdScriptText({ a: '<!-- x \u2028 y \u2029' })).toBe('{"a":"\\u003c!-- x \\u2028 y \\u2029"}');
    expect(jsonLdScriptText({ a: 1 }, 2)).toBe('{\n  "a": 1\n}');
  });
});
