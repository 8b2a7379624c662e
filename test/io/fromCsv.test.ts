import { csvFormatRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/io/fromCsv';

const HEADER = [
  'id',
  'start',
  'title',
  'category',
  'actors',
  'targets',
  'place',
  'country',
  'lat',
  'lon',
  'killed',
  'injured',
  'casualty_status',
  'reported_by',
  'casualty_sources',
  'source_urls',
  'source_outlets',
  'related',
];
type Row = Partial<Record<string, string>>;

/** A sheet with HEADER, one line per row; row N of the result is spreadsheet row N + 1 (the header is row 1). */
function sheet(...rows: Row[]): string {
  return csvFormatRows([HEADER, ...rows.map((row) => HEADER.map((column) => row[column] ?? ''))]);
}

const tower22: Row = {
  id: 'tower-22',
  start: '2024-01-28',
  title: 'Drone attack on Tower 22',
  category: 'attack',
  actors: 'Islamic Resistance in Iraq',
  targets: 'US forces',
  place: 'Tower 22',
  country: 'Jordan',
  lat: '33.321',
  lon: '38.689',
  killed: '3',
  injured: 'more than 40',
  casualty_status: 'confirmed',
  reported_by: 'US Department of Defense',
  casualty_sources: '1',
  source_urls: 'https://www.defense.gov/a; https://www.reuters.com/b',
  source_outlets: 'US Department of Defense; Reuters',
};
const strike: Row = {
  id: 'strikes-feb-2',
  start: '2024-02-02',
  title: 'US strikes in Iraq and Syria',
  category: 'strike',
  actors: 'US military',
};

describe('fromCsv(text, options)', () => {
  it('reads one event per row, with actors, place, casualties and sources', () => {
    const { dataset, issues } = fromCsv(sheet(tower22, strike), { title: 'Attacks', timeZone: 'Asia/Baghdad' });
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('Attacks');
    expect(dataset.timeZone).toBe('Asia/Baghdad');
    expect(dataset.events.map((e) => e.id)).toEqual(['tower-22', 'strikes-feb-2']);
    const [event] = dataset.events;
    expect(event).toMatchObject({
      start: '2024-01-28',
      title: 'Drone attack on Tower 22',
      category: 'attack',
      actors: ['islamic-resistance-in-iraq'],
      targets: ['us-forces'],
      location: { name: 'Tower 22', country: 'Jordan', lat: 33.321, lon: 38.689 },
      casualties: [
        {
          killed: 3,
          injured: { min: 40, qualifier: 'more-than' },
          status: 'confirmed',
          reportedBy: 'US Department of Defense',
        },
      ],
    });
    expect(dataset.actors).toContainEqual({ id: 'islamic-resistance-in-iraq', name: 'Islamic Resistance in Iraq' });
  });

  it('uses "Untitled timeline" and UTC when no options are given, and the credit when one is', () => {
    expect(fromCsv(sheet(strike)).dataset).toMatchObject({ title: 'Untitled timeline', timeZone: 'UTC' });
    expect(fromCsv(sheet(strike), { credit: 'Graphic: A. Editor' }).dataset.credit).toBe('Graphic: A. Editor');
  });

  it('ignores a byte-order mark', () => {
    const { dataset, issues } = fromCsv(`\uFEFF${sheet(strike)}`);
    expect(issues).toEqual([]);
    expect(dataset.events[0]!.id).toBe('strikes-feb-2');
  });

  it('reads CRLF line endings', () => {
    const { dataset, issues } = fromCsv(sheet(tower22, strike).replace(/\n/g, '\r\n'));
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => e.title)).toEqual(['Drone attack on Tower 22', 'US strikes in Iraq and Syria']);
  });

  it('keeps line breaks inside a quoted summary, and counts the row as one spreadsheet row', () => {
    const text = [
      'id,start,title,category,summary',
      'a,2024-01-28,First,attack,"Line one,\r\nline two ""quoted"""',
      'b,2024-13-01,Second,attack,',
    ].join('\r\n');
    const { dataset, issues } = fromCsv(text);
    expect(dataset.events[0]!.summary).toBe('Line one,\r\nline two "quoted"');
    expect(issues[0]).toMatchObject({ path: 'rows[3].start', eventId: 'b' });
  });

  it('reads cells separated by tabs (pasted from a spreadsheet) or by ; (Excel with a decimal comma)', () => {
    const tabs = 'id\tstart\ttitle\tcategory\tsummary\na\t2024-01-28\tTabs, with a comma\tattack\tx; y';
    const semicolons = '"id";"start";"title";"category"\r\na;2024-01-28;"Semicolons; quoted";attack';
    expect(fromCsv(tabs)).toMatchObject({
      issues: [],
      dataset: { events: [{ title: 'Tabs, with a comma', summary: 'x; y' }] },
    });
    expect(fromCsv(semicolons)).toMatchObject({ issues: [], dataset: { events: [{ title: 'Semicolons; quoted' }] } });
  });

  it('skips blank rows silently, and still names rows by their spreadsheet number', () => {
    const text = `${HEADER.join(',')}\n\n${','.repeat(HEADER.length - 1)}\n${csvFormatRows([HEADER.map((c) => ({ ...strike, start: '2024-02-30' })[c] ?? '')])}\n\n`;
    const { dataset, issues } = fromCsv(text);
    expect(dataset.events).toEqual([]);
    expect(issues.map((issue) => issue.path)).toEqual(['rows[4].start', 'rows[4]']);
  });

  it('matches headers whatever their case, spaces, - or _, and accepts the documented aliases', () => {
    const text = 'ID,Start Date,TITLE,category,Casualty-Status,Reported by,Killed,Latitude,Longitude,Location\n';
    const row = 'a,2024-01-28,T,attack,claimed,Group,2,33,44,Somewhere';
    const { dataset, issues } = fromCsv(text + row);
    expect(issues).toEqual([]);
    expect(dataset.events[0]).toMatchObject({
      start: '2024-01-28',
      location: { name: 'Somewhere', lat: 33, lon: 44 },
      casualties: [{ killed: 2, status: 'claimed', reportedBy: 'Group' }],
    });
  });

  it('reports each unknown column once, by name, and ignores it', () => {
    const text = 'id,start,title,category,foo,Foo,notes\na,2024-01-28,T,attack,1,2,x\nb,2024-01-29,U,attack,3,4,y';
    const { dataset, issues } = fromCsv(text);
    expect(dataset.events).toHaveLength(2);
    expect(issues).toEqual([
      { path: 'columns.foo', message: 'unknown column "foo" (ignored)' },
      { path: 'columns.foo', message: 'unknown column "Foo" (ignored)' },
      { path: 'columns.notes', message: 'unknown column "notes" (ignored)' },
    ]);
  });

  it('reports a missing required column once and reads no rows', () => {
    const { dataset, issues } = fromCsv('id,start,category\na,2024-01-28,attack');
    expect(dataset.events).toEqual([]);
    expect(issues).toEqual([{ path: 'columns.title', message: 'the required column "title" is missing' }]);
  });

  it('reports an empty text', () => {
    expect(fromCsv('\n\n').issues).toEqual([
      { path: '', message: 'the CSV is empty: it needs a header row and one row per event' },
    ]);
  });

  it('never guesses an ambiguous date: 03/04/2024 is an issue naming row and column, and the event is left out', () => {
    const { dataset, issues } = fromCsv(sheet(tower22, { ...strike, start: '03/04/2024' }));
    expect(dataset.events.map((e) => e.id)).toEqual(['tower-22']);
    expect(issues).toEqual([
      {
        path: 'rows[3].start',
        message: '"03/04/2024" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD',
        eventId: 'strikes-feb-2',
      },
      {
        path: 'rows[3]',
        message: 'event "strikes-feb-2" was left out because of the problems above',
        eventId: 'strikes-feb-2',
      },
    ]);
  });

  it('turns YYYY-MM-DD HH:MM into a date-time with the offset of the row’s time_zone (or the dataset’s)', () => {
    const text = [
      'id,start,end,title,category,time_zone',
      'a,2024-01-28 05:30,2024-07-01 12:00,Local,attack,Asia/Baghdad',
      'b,2024-03-10 09:15,,Dataset zone,attack,',
      'c,2024-03-10 02:30,,Skipped hour,attack,America/New_York',
    ].join('\n');
    const { dataset, issues } = fromCsv(text, { timeZone: 'America/New_York' });
    expect(dataset.events[0]).toMatchObject({ start: '2024-01-28T05:30+03:00', end: '2024-07-01T12:00+03:00' });
    expect(dataset.events[1]!.start).toBe('2024-03-10T09:15-04:00');
    expect(issues[0]).toEqual({
      path: 'rows[4].start',
      message: '"2024-03-10 02:30" does not exist in America/New_York (the clocks skip it): check the time',
      eventId: 'c',
    });
  });

  it('reports a latitude out of range or not a number at its cell, and keeps the event without coordinates', () => {
    const { dataset, issues } = fromCsv(
      sheet({ ...tower22, lat: '95' }, { ...strike, place: 'Qaim', lat: '34,4', lon: '41' }),
    );
    expect(dataset.events.map((e) => e.location)).toEqual([{ name: 'Tower 22', country: 'Jordan' }, { name: 'Qaim' }]);
    expect(issues).toContainEqual({
      path: 'rows[2].lat',
      message: 'latitude 95 is out of range (-90 to 90)',
      eventId: 'tower-22',
    });
    expect(issues).toContainEqual({
      path: 'rows[3].lat',
      message: '"34,4" is not a latitude in decimal degrees (write 34.4 with a point)',
      eventId: 'strikes-feb-2',
    });
  });

  it('keeps an event with an unknown category and names the cell', () => {
    const { dataset, issues } = fromCsv(sheet({ ...strike, category: 'Raid' }));
    expect(dataset.events[0]!.category).toBe('raid');
    expect(issues).toEqual([
      {
        path: 'rows[2].category',
        message:
          '"raid" is not a category (use attack, strike, diplomacy, statement, context, or declare it in categories)',
        eventId: 'strikes-feb-2',
      },
    ]);
  });

  it('reads figures: a range 2-3 or 2–3, at least, more than, about, up to, 40+, words and quoted wording', () => {
    const cells = ['2-3', '2–3', 'at least 40', 'more than 40', 'about 1,200', 'up to 7', '40+', 'several'];
    const rows = cells.map((killed, i) => ({
      ...strike,
      id: `e${i}`,
      killed,
      casualty_status: 'reported',
      reported_by: 'X',
    }));
    rows.push({
      ...strike,
      id: 'w',
      killed: 'about 1400 "about 1,400 (early estimate)"',
      casualty_status: 'reported',
      reported_by: 'X',
    });
    const { dataset, issues } = fromCsv(sheet(...rows));
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => e.casualties[0]!.killed)).toEqual([
      { min: 2, max: 3 },
      { min: 2, max: 3 },
      { min: 40, qualifier: 'at-least' },
      { min: 40, qualifier: 'more-than' },
      { value: 1200, qualifier: 'about' },
      { max: 7, qualifier: 'up-to' },
      { min: 40, qualifier: 'at-least' },
      { text: 'several' },
      { value: 1400, qualifier: 'about', text: 'about 1,400 (early estimate)' },
    ]);
  });

  it('reports a figure that is not a count, and a range whose max is below its min', () => {
    const { issues } = fromCsv(
      sheet({ ...tower22, killed: '1.5' }, { ...strike, killed: '5-2', casualty_status: 'claimed', reported_by: 'X' }),
    );
    expect(issues).toEqual([
      {
        path: 'rows[2].killed',
        message: '"1.5" is not a count: write a whole number like 3, a range like 2-3, or words',
        eventId: 'tower-22',
      },
      { path: 'rows[2]', message: 'event "tower-22" was left out because of the problems above', eventId: 'tower-22' },
      { path: 'rows[3].killed', message: 'max 2 is below min 5', eventId: 'strikes-feb-2' },
      {
        path: 'rows[3]',
        message: 'event "strikes-feb-2" was left out because of the problems above',
        eventId: 'strikes-feb-2',
      },
    ]);
  });

  it('reads rows that repeat an id as further casualty reports of that event, in order', () => {
    const further = { id: 'tower-22', killed: '0', casualty_status: 'denied', reported_by: 'Kataib Hezbollah' };
    const claim = {
      id: 'tower-22',
      killed: 'at least 5',
      casualty_status: 'claimed',
      reported_by: 'IRI',
      casualty_sources: '2',
    };
    const { dataset, issues } = fromCsv(sheet(tower22, further, strike, claim));
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(2);
    const reports = dataset.events[0]!.casualties;
    expect(reports.map((r) => [r.status, r.reportedBy])).toEqual([
      ['confirmed', 'US Department of Defense'],
      ['denied', 'Kataib Hezbollah'],
      ['claimed', 'IRI'],
    ]);
    expect(reports[2]!.sources).toEqual([dataset.events[0]!.sources[1]]);
  });

  it('reports a casualty source number the event does not have, and keeps the report without it', () => {
    const { dataset, issues } = fromCsv(sheet({ ...tower22, casualty_sources: '2; 5; AP' }));
    expect(dataset.events[0]!.casualties[0]!.sources).toEqual([dataset.events[0]!.sources[1]]);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'rows[2].casualty_sources: there is no source 5: the event lists 2 (reference left out)',
      'rows[2].casualty_sources: "AP" is not a source number: count the event\'s sources in source_outlets from 1 (reference left out)',
    ]);
  });

  it('reports a repeated row whose report is broken at that row, and a repeated id with another title', () => {
    const broken = { id: 'tower-22', killed: '2', reported_by: 'IRI' };
    const clash = { ...strike, id: 'tower-22' };
    const { dataset, issues } = fromCsv(sheet(tower22, broken, clash));
    expect(dataset.events).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'rows[4].id',
        message:
          'id "tower-22" is already used by row 2, which has another title; a row that repeats an id may only add a casualty report (row left out)',
        eventId: 'tower-22',
      },
      {
        path: 'rows[3].casualty_status',
        message: 'a casualty report needs a status: confirmed, reported, claimed, denied or unverified',
        eventId: 'tower-22',
      },
      { path: 'rows[2]', message: 'event "tower-22" was left out because of the problems above', eventId: 'tower-22' },
    ]);
  });

  it('pairs source URLs and outlets by position, with stable ids, and reports a URL without an outlet', () => {
    const row = {
      ...strike,
      source_urls: 'https://www.centcom.mil/x; ; https://apnews.com/y; javascript:alert(1)',
      source_outlets: 'US Central Command; Reuters',
    };
    const first = fromCsv(sheet(row));
    const again = fromCsv(sheet(row));
    expect(first.dataset.sources).toEqual(again.dataset.sources);
    expect(first.dataset.sources.map(({ outlet, url }) => ({ outlet, url }))).toEqual([
      { outlet: 'US Central Command', url: 'https://www.centcom.mil/x' },
      { outlet: 'Reuters', url: undefined },
    ]);
    expect(first.dataset.sources.map((s) => s.id)).toEqual([
      expect.stringMatching(/^us-central-command-[0-9a-f]{8}$/),
      'reuters',
    ]);
    expect(first.dataset.events[0]!.sources).toEqual(first.dataset.sources.map((s) => s.id));
    expect(first.issues).toEqual([
      {
        path: 'rows[2].source_outlets',
        message:
          'source 3 (https://apnews.com/y) has no outlet: write its publisher at position 3 of source_outlets (source left out)',
        eventId: 'strikes-feb-2',
      },
      {
        path: 'rows[2].source_urls',
        message:
          '"javascript:alert(1)" is not a web address (only http:// and https:// links); source 4 is kept without it',
        eventId: 'strikes-feb-2',
      },
      {
        path: 'rows[2].source_outlets',
        message:
          'source 4 (javascript:alert(1)) has no outlet: write its publisher at position 4 of source_outlets (source left out)',
        eventId: 'strikes-feb-2',
      },
    ]);
  });

  it('reads related links as type:id with an optional note, and reports unknown types and missing targets', () => {
    const attack = { ...tower22, related: 'retaliated_by:strikes-feb-2; Responds to:nowhere; revenge:strikes-feb-2' };
    const response = { ...strike, related: 'retaliates_for:tower-22 "the White House said so\\; later confirmed"' };
    const { dataset, issues } = fromCsv(sheet(attack, response));
    expect(dataset.events[0]!.related).toEqual([{ type: 'retaliated_by', id: 'strikes-feb-2' }]);
    expect(dataset.events[1]!.related).toEqual([
      { type: 'retaliates_for', id: 'tower-22', note: 'the White House said so; later confirmed' },
    ]);
    expect(issues).toEqual([
      {
        path: 'rows[2].related',
        message:
          '"revenge" is not a link type (use one of retaliates_for, retaliated_by, responds_to, prompted, precedes, follows, same_day, part_of_wave) (link left out)',
        eventId: 'tower-22',
      },
      {
        path: 'rows[2].related',
        message: 'this link points to "nowhere", which is not an event in the dataset (link removed)',
        eventId: 'tower-22',
      },
    ]);
  });

  it('gives a row without an id one made from its title, and says so', () => {
    const { dataset, issues } = fromCsv(sheet({ ...strike, id: '' }));
    expect(dataset.events[0]!.id).toBe('us-strikes-in-iraq-and-syria');
    expect(issues).toEqual([
      {
        path: 'rows[2].id',
        message:
          'no id: the event got "us-strikes-in-iraq-and-syria", made from its title (give every row an id, so links and URLs stay the same when the title changes)',
        eventId: 'us-strikes-in-iraq-and-syria',
      },
    ]);
  });

  it('names the place column when lat/lon are given without a place', () => {
    const { issues } = fromCsv(sheet({ ...strike, lat: '34', lon: '41' }));
    expect(issues[0]).toEqual({
      path: 'rows[2].place',
      message: 'place is missing: a row with country, lat or lon needs the name of the place',
      eventId: 'strikes-feb-2',
    });
  });

  it('lists only the actors and sources that kept events use', () => {
    const { dataset } = fromCsv(sheet({ ...tower22, start: 'soon' }, strike));
    expect(dataset.actors.map((a) => a.id)).toEqual(['us-military']);
    expect(dataset.sources).toEqual([]);
  });
});
