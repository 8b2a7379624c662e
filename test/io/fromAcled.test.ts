import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/index';
import { fromAcled } from '../../src/io/fromAcled';
import { ACLED_COLUMNS } from '../../src/io/acled/columns';
import { parseAcledDate } from '../../src/io/acled/parseAcledDate';
import { acledCategory } from '../../src/io/acled/categories';

const FIXTURE = readFileSync(resolve(__dirname, '../fixtures/acled-sample.csv'), 'utf8');

type Row = Partial<Record<(typeof ACLED_COLUMNS)[number], string>>;

const BASE: Row = {
  event_id_cnty: 'XVL1',
  event_date: '2024-03-02',
  year: '2024',
  time_precision: '1',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Air Force of Veldoria',
  inter1: '1',
  actor2: 'Northern Ridge Brigade',
  inter2: '2',
  country: 'Veldoria',
  location: 'Tarrow Ford',
  latitude: '0.5',
  longitude: '-25.2',
  geo_precision: '1',
  source: 'Veldoria Daily Ledger',
  source_scale: 'National',
  notes: 'Synthetic.',
  fatalities: '2',
};

/** An ACLED-shaped CSV with every export column, from partial rows laid over BASE. */
function acledCsv(...rows: Row[]): string {
  return csvFormat(
    rows.map((row) => ({ ...BASE, ...row })),
    [...ACLED_COLUMNS],
  );
}

describe('fromAcled on the synthetic sample (test/fixtures/acled-sample.csv)', () => {
  const { dataset, issues } = fromAcled(FIXTURE);
  const event = (id: string) => dataset.events.find((e) => e.id === id)!;

  it('keeps every row, with no issues', () => {
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual([
      'XVL1007',
      'XVL1006',
      'XVL1005',
      'XVL1004',
      'XVL1003',
      'XVL1002',
      'XVL1001',
    ]);
  });

  it('fills the dataset: title from the countries, ACLED credit, latest timestamp, UTC by default', () => {
    expect(dataset.title).toBe('ACLED events in Veldoria (fictional)');
    expect(dataset.credit).toBe('Data: Armed Conflict Location & Event Data (ACLED), acleddata.com');
    expect(dataset.updated).toBe('2024-03-07T00:00:00Z');
    expect(dataset.timeZone).toBe('UTC');
    expect(dataset.language).toBe('en');
  });

  it('maps event types to categories and declares only the custom ones used', () => {
    expect(Object.fromEntries(dataset.events.map((e) => [e.id, e.category]))).toEqual({
      XVL1007: 'strike', // Air/drone strike
      XVL1006: 'battle', // Battles
      XVL1005: 'attack', // Violence against civilians
      XVL1004: 'protest',
      XVL1003: 'riot',
      XVL1002: 'attack', // Shelling/artillery/missile attack
      XVL1001: 'diplomacy', // Strategic developments: Agreement
    });
    expect(dataset.categories.map((c) => [c.id, c.label])).toEqual([
      ['battle', 'Battle'],
      ['protest', 'Protest'],
      ['riot', 'Riot'],
    ]);
  });

  it('maps time_precision 1, 2 and 3 to day, approximate day and approximate month', () => {
    expect(event('XVL1007')).toMatchObject({ start: '2024-03-02', precision: 'day' });
    expect(event('XVL1007').approximate).toBeUndefined();
    expect(event('XVL1006')).toMatchObject({
      start: '2024-02-28', // written "28 February 2024"
      precision: 'day',
      approximate: true,
      dateNote: 'ACLED: date within a week',
    });
    expect(event('XVL1005')).toMatchObject({
      start: '2024-02',
      precision: 'month',
      approximate: true,
      dateNote: 'ACLED: only the month (or a longer period) is known; ACLED coded the date as 2024-02-15',
    });
    expect(event('XVL1003').start).toBe('2024-02-05'); // written "5 Feb 2024"
  });

  it('builds title, summary, place and tags', () => {
    const strike = event('XVL1007');
    expect(strike.title).toBe('Air/drone strike in Tarrow Ford');
    expect(strike.summary).toMatch(/^SYNTHETIC EXAMPLE\. On 2 March 2024/);
    expect(strike.location).toEqual({
      name: 'Tarrow Ford',
      country: 'Veldoria (fictional)',
      lat: 0.5123,
      lon: -25.2041,
    });
    expect(event('XVL1006').location?.approximate).toBe(true); // geo_precision 2
    expect(event('XVL1005').location?.approximate).toBe(true); // geo_precision 3
    expect(event('XVL1005').tags).toEqual(['civilian targeting']);
    expect(event('XVL1004').tags).toEqual(['crowd size=around 200']);
    expect(event('XVL1002').summary).toContain('\nTwo soldiers were killed');
  });

  it('lists both sides as acting (ACLED actor order has no direction), except civilians, who are targets', () => {
    expect(event('XVL1006').actors).toEqual([
      'military-forces-of-veldoria-2019',
      'tarrow-volunteer-guard',
      'northern-ridge-brigade',
    ]);
    expect(event('XVL1006').targets).toEqual([]);
    expect(event('XVL1005')).toMatchObject({ actors: ['northern-ridge-brigade'], targets: ['civilians-veldoria'] });
    expect(dataset.actors.find((a) => a.id === 'civilians-veldoria')).toEqual({
      id: 'civilians-veldoria',
      name: 'Civilians (Veldoria)',
      kind: 'civilians',
      description: 'ACLED actor type: Civilians',
    });
    const kinds = Object.fromEntries(dataset.actors.map((a) => [a.id, a.kind]));
    expect(kinds).toMatchObject({
      'military-forces-of-veldoria-2019': 'military',
      'government-of-veldoria-2019': 'government',
      'northern-ridge-brigade': 'armed-group',
      'tarrow-volunteer-guard': undefined, // associated actors have no type of their own
      'protesters-veldoria': undefined,
    });
  });

  it('makes one source per outlet and one casualty report reported by ACLED', () => {
    expect(dataset.sources).toEqual([
      {
        id: 'veldoria-daily-ledger',
        outlet: 'Veldoria Daily Ledger',
        kind: 'news',
        note: 'Named as a source in ACLED coding',
      },
      { id: 'ridge-radio', outlet: 'Ridge Radio', kind: 'news', note: 'Named as a source in ACLED coding' },
      { id: 'amsel-voice', outlet: 'Amsel Voice', kind: 'other', note: 'Named as a source in ACLED coding' },
    ]);
    const shelling = event('XVL1002');
    expect(shelling.sources).toEqual(['veldoria-daily-ledger', 'ridge-radio']);
    expect(shelling.casualties).toEqual([
      {
        killed: 1,
        status: 'reported',
        reportedBy: 'ACLED (coded from Veldoria Daily Ledger; Ridge Radio)',
        sources: ['veldoria-daily-ledger', 'ridge-radio'],
        note: "ACLED's fatality counts are conservative estimates: where reports differ it codes the lowest figure.",
      },
    ]);
    // 0 means "no deaths reported", which is not a figure.
    expect(event('XVL1006').casualties).toEqual([]);
  });
});

describe('fromAcled options and variants', () => {
  it('takes title, description, credit and time zone', () => {
    const { dataset } = fromAcled(acledCsv({}), {
      title: 'Strikes',
      description: 'D',
      credit: 'C',
      timeZone: 'Asia/Baghdad',
    });
    expect(dataset).toMatchObject({ title: 'Strikes', description: 'D', credit: 'C', timeZone: 'Asia/Baghdad' });
  });

  it("makes actor2 a target with actor2: 'targets', and keeps 0 deaths with includeZeroFatalities", () => {
    const { dataset } = fromAcled(acledCsv({ fatalities: '0' }), { actor2: 'targets', includeZeroFatalities: true });
    expect(dataset.events[0]).toMatchObject({
      actors: ['air-force-of-veldoria'],
      targets: ['northern-ridge-brigade'],
      casualties: [{ killed: 0, status: 'reported' }],
    });
  });

  it('reads the newer worded actor types, a BOM, CRLF line ends and blank rows', () => {
    const csv =
      `\uFEFF${acledCsv({ inter1: 'State forces', inter2: 'Civilians', actor2: 'Civilians (Veldoria)' }, { event_id_cnty: 'XVL2', inter1: 'Rebel group', actor1: 'Brigade' })}`
        .replace(/\n/g, '\r\n')
        .replace(/\r\nXVL2/, '\r\n,,,\r\n\r\nXVL2');
    const { dataset, issues } = fromAcled(csv);
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['XVL1', 'XVL2']);
    expect(dataset.events[0]!.targets).toEqual(['civilians-veldoria']);
    expect(dataset.actors.map((a) => [a.id, a.kind])).toEqual([
      ['air-force-of-veldoria', 'military'],
      ['civilians-veldoria', 'civilians'],
      ['brigade', 'armed-group'],
      ['northern-ridge-brigade', 'armed-group'],
    ]);
  });

  it('gives names that slug alike distinct ids, and the same name (in any case) one id', () => {
    const { dataset } = fromAcled(
      acledCsv({ actor1: 'Brigade (A)', actor2: 'Brigade [A]' }, { event_id_cnty: 'XVL2', actor1: 'BRIGADE (A)' }),
    );
    expect(dataset.actors.map((a) => [a.id, a.name])).toEqual([
      ['brigade-a', 'Brigade (A)'],
      ['brigade-a-2', 'Brigade [A]'],
      ['northern-ridge-brigade', 'Northern Ridge Brigade'],
    ]);
    expect(dataset.events[1]!.actors).toEqual(['brigade-a', 'northern-ridge-brigade']);
  });
});

describe('fromAcled on broken input: every problem, at its row and column', () => {
  it('reports bad dates, coordinates, figures, types and ids, and keeps what it can', () => {
    const csv = acledCsv(
      { event_id_cnty: 'XVL1', event_date: '2024-02-30' },
      { event_id_cnty: 'XVL2', event_date: '03/04/2024' },
      { event_id_cnty: 'XVL3', year: '2023', time_precision: '4', latitude: 'north', fatalities: 'some' },
      { event_id_cnty: 'XVL4', event_date: '7 Smarch 2024' },
      { event_id_cnty: 'XVL5', event_type: 'Earthquakes', sub_event_type: '', longitude: '200', fatalities: '2.5' },
      { event_id_cnty: '', longitude: '' },
      { event_id_cnty: 'XVL5', geo_precision: 'x' },
      { event_id_cnty: 'XVL 8' },
    );
    const { dataset, issues } = fromAcled(csv);
    expect(issues).toEqual([
      {
        path: 'rows[2].event_date',
        message: '"2024-02-30" is not a date (no such day); the row was left out',
        eventId: 'XVL1',
      },
      {
        path: 'rows[3].event_date',
        message:
          '"03/04/2024" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD or like "28 January 2024"; the row was left out',
        eventId: 'XVL2',
      },
      {
        path: 'rows[4].year',
        message: 'year 2023 does not match event_date 2024-03-02; the event_date was used',
        eventId: 'XVL3',
      },
      {
        path: 'rows[4].time_precision',
        message: '"4" is not an ACLED time precision (1, 2 or 3); the date was marked approximate',
        eventId: 'XVL3',
      },
      {
        path: 'rows[4].latitude',
        message: '"north" is not a latitude; the place was kept without coordinates',
        eventId: 'XVL3',
      },
      {
        path: 'rows[4].fatalities',
        message: '"some" is not a number of deaths (a whole number, 0 or more); no casualty figure was kept',
        eventId: 'XVL3',
      },
      {
        path: 'rows[5].event_date',
        message: '"7 Smarch 2024" is not a date ("Smarch" is not a month); the row was left out',
        eventId: 'XVL4',
      },
      {
        path: 'rows[6].event_type',
        message: '"Earthquakes" is not an ACLED event type; the event was filed under "context"',
        eventId: 'XVL5',
      },
      {
        path: 'rows[6].longitude',
        message: 'longitude 200 is out of range (-180 to 180); the place was kept without coordinates',
        eventId: 'XVL5',
      },
      {
        path: 'rows[6].fatalities',
        message: '"2.5" is not a number of deaths (a whole number, 0 or more); no casualty figure was kept',
        eventId: 'XVL5',
      },
      {
        path: 'rows[7].event_id_cnty',
        message: 'event_id_cnty is empty; the event was given the id "acled-row-7"',
        eventId: 'acled-row-7',
      },
      {
        path: 'rows[7].longitude',
        message: 'longitude is empty; the place was kept without coordinates',
        eventId: 'acled-row-7',
      },
      {
        path: 'rows[8].geo_precision',
        message: '"x" is not an ACLED geo precision (1, 2 or 3); the coordinates were marked approximate',
        eventId: 'XVL5',
      },
      {
        path: 'rows[8].event_id_cnty',
        message: 'id "XVL5" is already used by row 6; this event was left out',
        eventId: 'XVL5',
      },
      {
        path: 'rows[9].event_id_cnty',
        message: '"XVL 8" is not a usable id (start with a letter or digit; then only letters, digits, -, _, . or :)',
        eventId: 'XVL 8',
      },
      { path: 'rows[9]', message: 'event "XVL 8" was left out because of the problems above', eventId: 'XVL 8' },
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['XVL3', 'XVL5', 'acled-row-7']);
    const [xvl3, xvl5, row7] = dataset.events;
    expect(xvl3).toMatchObject({ start: '2024-03-02', approximate: true, casualties: [] });
    expect(xvl3!.location).toEqual({ name: 'Tarrow Ford', country: 'Veldoria' });
    expect(xvl5).toMatchObject({ category: 'context', title: 'Earthquakes in Tarrow Ford' });
    expect(row7!.location).toEqual({ name: 'Tarrow Ford', country: 'Veldoria' });
  });

  it('refuses a file without the ACLED columns, and an empty one', () => {
    expect(fromAcled('id,date,title\n1,2024-01-01,x\n').issues).toEqual([
      {
        path: 'rows[1]',
        message: 'the header has no "event_id_cnty", "event_date", "event_type" columns: is this an ACLED export?',
      },
    ]);
    const empty = fromAcled('');
    expect(empty.issues).toEqual([
      { path: '', message: 'the file is empty (expected an ACLED CSV export with a header row)' },
    ]);
    expect(empty.dataset.events).toEqual([]);
  });

  it('reports a bad time zone option through the schema', () => {
    const { dataset, issues } = fromAcled(acledCsv({}), { timeZone: 'Mars/Olympus' });
    expect(issues).toEqual([
      {
        path: 'timeZone',
        message: '"Mars/Olympus" is not an IANA time zone (use a name like "Asia/Baghdad" or "America/New_York")',
      },
    ]);
    expect(dataset.events).toHaveLength(1);
  });
});

describe('ACLED dates and categories', () => {
  it.each([
    ['2024-01-28', '2024-01-28'],
    ['2024-1-5', '2024-01-05'],
    ['28 January 2024', '2024-01-28'],
    ['28-January-2024', '2024-01-28'],
    ['5 Feb 2024', '2024-02-05'],
    ['1 Sept 2023', '2023-09-01'],
    ['29 february 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseAcledDate(text)).toEqual({ date: iso });
  });

  it.each([
    ['', 'the date is empty'],
    ['29 February 2023', '"29 February 2023" is not a date (no such day)'],
    ['2024-13-01', '"2024-13-01" is not a date (no month 13)'],
    [
      '12.01.2024',
      '"12.01.2024" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD or like "28 January 2024"',
    ],
    ['last week', '"last week" is not a date (use YYYY-MM-DD or the export\'s "28 January 2024")'],
  ])('refuses %j', (text, problem) => {
    expect(parseAcledDate(text)).toEqual({ problem });
  });

  it.each([
    ['Battles', 'Government regains territory', 'battle'],
    ['Explosions/Remote violence', 'Air/drone strike', 'strike'],
    ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'attack'],
    ['Violence against civilians', 'Abduction/forced disappearance', 'attack'],
    ['Protests', 'Excessive force against protesters', 'protest'],
    ['Riots', 'Violent demonstration', 'riot'],
    ['Strategic developments', 'Agreement', 'diplomacy'],
    ['Strategic Developments', 'Arrests', 'context'],
    ['strategic developments', 'Looting/property destruction', 'context'],
    ['Sports', 'Football', null],
  ])('%s / %s → %s', (eventType, subEventType, category) => {
    expect(acledCategory(eventType, subEventType)).toBe(category);
  });
});

describe('fromAcled on any cell values (property)', () => {
  it('never throws, keeps only valid events, and points every issue at a row and column', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '1', '2', '3', '-1', '2024-02-29', '31 April 2024', '95', 'Battles', 'Riots'),
    );
    const row = fc.record(
      Object.fromEntries(
        [
          'event_id_cnty',
          'event_date',
          'time_precision',
          'event_type',
          'actor1',
          'inter2',
          'latitude',
          'longitude',
          'geo_precision',
          'fatalities',
          'source',
        ].map((column) => [column, cell]),
      ) as Record<keyof Row, typeof cell>,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const { dataset, issues } = fromAcled(acledCsv(...rows));
        for (const issue of issues) expect(issue.path).toMatch(/^(rows\[\d+\](\.[a-z_0-9]+)?|timeZone|title)?$/);
        expect(safeParseDataset(dataset).issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
