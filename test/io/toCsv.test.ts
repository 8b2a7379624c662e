import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/io/csvColumns';
import { toCsv } from '../../src/io/toCsv';
import type { Dataset } from '../../src/schema/dataset';
import type { TimelineEvent } from '../../src/schema/event';

function event(change: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'tower-22',
    start: '2024-01-28T05:30:00+03:00',
    precision: 'minute',
    timeZone: 'Asia/Amman',
    title: 'Drone attack on Tower 22',
    category: 'attack',
    actors: ['iri'],
    targets: ['us-forces'],
    casualties: [],
    disputes: [],
    related: [],
    sources: [],
    media: [],
    significance: 5,
    tags: [],
    ...change,
  };
}

function dataset(events: TimelineEvent[]): Dataset {
  return {
    title: 'Test',
    timeZone: 'UTC',
    categories: [],
    actors: [
      { id: 'iri', name: 'Islamic Resistance in Iraq' },
      { id: 'us-forces', name: 'US forces' },
      { id: 'odd', name: 'Name; with a semicolon' },
    ],
    phases: [],
    sources: [
      { id: 'dod', outlet: 'US Department of Defense', url: 'https://www.defense.gov/a', title: 'Statement' },
      { id: 'reuters', outlet: 'Reuters', title: 'Three US troops killed; dozens hurt' },
      { id: 'ap', outlet: 'AP', url: 'https://apnews.com/b' },
    ],
    events,
    aggregates: [],
    corrections: [],
  };
}

/** The written rows as objects keyed by column name, without the header. */
function rows(text: string): Record<string, string>[] {
  const [header, ...body] = csvParseRows(text);
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

describe('toCsv(dataset)', () => {
  it('writes the header of CSV_COLUMNS, in order, and one row per event', () => {
    const text = toCsv(dataset([event(), event({ id: 'b', title: 'B' })]));
    expect(csvParseRows(text)[0]).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(rows(text).map((row) => row.id)).toEqual(['tower-22', 'b']);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes dates as stored, yes/no flags, actor names, and numbers as digits', () => {
    const [row] = rows(
      toCsv(
        dataset([
          event({
            approximate: false,
            actors: ['iri', 'odd'],
            location: { name: 'Tower 22', country: 'Jordan', lat: 33.321, lon: 38.689, approximate: true },
            tags: ['drone', 'a;b'],
          }),
        ]),
      ),
    );
    expect(row).toMatchObject({
      start: '2024-01-28T05:30:00+03:00',
      end: '',
      precision: 'minute',
      approximate: 'no',
      time_zone: 'Asia/Amman',
      actors: 'Islamic Resistance in Iraq; Name\\; with a semicolon',
      targets: 'US forces',
      place: 'Tower 22',
      lat: '33.321',
      lon: '38.689',
      coordinates_approximate: 'yes',
      significance: '5',
      tags: 'drone; a\\;b',
    });
  });

  it('writes each further casualty report as a row with the same id and only the casualty columns', () => {
    const reports: TimelineEvent['casualties'] = [
      {
        killed: 3,
        injured: { min: 40, qualifier: 'more-than' },
        status: 'confirmed',
        reportedBy: 'DoD',
        sources: ['dod'],
      },
      {
        killed: { value: 5, qualifier: 'at-least' },
        status: 'claimed',
        reportedBy: 'IRI',
        reportedByActor: 'iri',
        sources: [],
      },
      { killed: { text: '3' }, status: 'reported', reportedBy: 'Wire', sources: ['reuters'], asOf: '2024-01-29' },
    ];
    const written = rows(toCsv(dataset([event({ casualties: reports, sources: ['dod'] })])));
    expect(written).toHaveLength(3);
    expect(written[0]).toMatchObject({
      killed: '3',
      injured: 'more than 40',
      casualty_status: 'confirmed',
      casualty_sources: '1',
    });
    const further = CSV_COLUMNS.filter((c) => c.group === 'event' && c.name !== 'id').map((c) => c.name);
    for (const row of written.slice(1)) {
      expect(row.id).toBe('tower-22');
      for (const column of further) expect(row[column]).toBe('');
    }
    expect(written[1]).toMatchObject({ killed: 'at least 5', reported_by_actor: 'Islamic Resistance in Iraq' });
    expect(written[2]).toMatchObject({ killed: '"3"', casualty_as_of: '2024-01-29', casualty_sources: '2' });
    // The report's source that the event did not list is added to the event's lists, which casualty_sources counts.
    expect(written[0]).toMatchObject({
      source_outlets: 'US Department of Defense; Reuters',
      source_urls: 'https://www.defense.gov/a; ',
      source_titles: 'Statement; Three US troops killed\\; dozens hurt',
    });
  });

  it('pairs source URLs, outlets and titles by position, leaving a slot empty where a source has none', () => {
    const [row] = rows(toCsv(dataset([event({ sources: ['reuters', 'ap', 'dod'] })])));
    expect(row).toMatchObject({
      source_urls: '; https://apnews.com/b; https://www.defense.gov/a',
      source_outlets: 'Reuters; AP; US Department of Defense',
      source_titles: 'Three US troops killed\\; dozens hurt; ; Statement',
    });
  });

  it('writes related links as type:id with notes in quotes', () => {
    const [row] = rows(
      toCsv(
        dataset([
          event({
            related: [
              { type: 'retaliated_by', id: 'strikes' },
              { type: 'responds_to', id: 'x', note: 'said so; later' },
            ],
          }),
        ]),
      ),
    );
    expect(row!.related).toBe('retaliated_by:strikes; responds_to:x "said so\\; later"');
  });

  it('quotes cells with commas, quotes and line breaks so spreadsheets read them as one cell', () => {
    const text = toCsv(dataset([event({ title: 'A "quoted", title', summary: 'Line one\nline two' })]));
    expect(text).toContain('"A ""quoted"", title"');
    expect(rows(text)[0]).toMatchObject({ title: 'A "quoted", title', summary: 'Line one\nline two' });
  });

  it('writes a dataset without events as the header alone', () => {
    expect(toCsv(dataset([]))).toBe(`${CSV_COLUMNS.map((c) => c.name).join(',')}\n`);
  });
});
