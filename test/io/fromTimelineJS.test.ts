import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromTimelineJS } from '../../src/io/fromTimelineJS';
import { toTimelineJsPath } from '../../src/io/timelinejs/issuePaths';
import type { Dataset } from '../../src/schema/dataset';
import { parseDataset } from '../../src/schema/parseDataset';

/** Real TimelineJS files published by others (see ../shared/fixtures/README.md), read from the repo root. */
const FIXTURES = resolve(process.cwd(), '../shared/fixtures/timelinejs');

function fixture(name: string): { raw: string; json: { events: unknown[] } } {
  if (!existsSync(FIXTURES)) {
    throw new Error(`The TimelineJS fixtures are missing: expected ${FIXTURES} (run the tests from the repo root)`);
  }
  const raw = readFileSync(join(FIXTURES, name), 'utf8');
  return { raw, json: JSON.parse(raw) as { events: unknown[] } };
}

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Markup or script that must not reach a dataset made from someone else's HTML. */
const UNSAFE = [/<[A-Za-z/!?]/, /javascript:/i, /\bon[a-z]+\s*=/i, /<script/i, /&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/i];

function expectNoMarkup(dataset: Dataset) {
  for (const [path, text] of strings(dataset)) {
    for (const pattern of UNSAFE) expect(text, `${path} = ${JSON.stringify(text)}`).not.toMatch(pattern);
  }
}

const byPath = (issues: { path: string }[]) => issues.map((issue) => issue.path);

describe('fromTimelineJS on the real TimelineJS files', () => {
  it('finds the fixture folder and its four files', () => {
    expect(existsSync(FIXTURES), `missing fixture folder ${FIXTURES}`).toBe(true);
    expect(
      readdirSync(FIXTURES)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(['group_sample.json', 'houston.json', 'marktwain.json', 'republican.json']);
  });

  const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => name.endsWith('.json')) : [];
  it.each(files)('%s converts with all its events and no markup', (name) => {
    const { json, raw } = fixture(name);
    const { dataset, issues } = fromTimelineJS(json);
    expect(dataset.events).toHaveLength(json.events.length);
    expect(new Set(dataset.events.map((event) => event.id)).size).toBe(json.events.length);
    expectNoMarkup(dataset);
    // The JSON text gives the same result as the parsed object.
    expect(fromTimelineJS(raw)).toEqual({ dataset, issues });
    for (const issue of issues) expect(issue.path).toMatch(/^(title|scale|events\[\d+\]|eras\[\d+\])/);
  });

  it('group_sample.json: groups become actors, one lane each; times are read in the zone given', () => {
    const { json } = fixture('group_sample.json');
    const { dataset, issues } = fromTimelineJS(json);
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('Demo of groups');
    expect(dataset.description).toBe('Demo of groups and actions');
    expect(dataset.timeZone).toBe('UTC');
    expect(dataset.actors.map((actor) => actor.name)).toEqual([
      'Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment',
      'Group 2 - 2ND_INTERVIEW - 2nd Interview',
      'Group 3 - 3RD_INTERVIEW - 3rd Interview',
      'Group 4 - 4th_INTERVIEW - 4th Interview',
    ]);
    expect(dataset.actors[0]!.id).toBe('group-1-1st-interview-1st-interview-technical');
    expect(dataset.events.map((event) => event.actors)).toEqual([
      [dataset.actors[0]!.id],
      [dataset.actors[0]!.id],
      [dataset.actors[1]!.id],
      [dataset.actors[1]!.id],
      [dataset.actors[2]!.id],
      [dataset.actors[2]!.id],
      [dataset.actors[3]!.id],
    ]);
    const first = dataset.events[0]!;
    expect(first).toMatchObject({
      id: 'event-1-heading-send-notification-long-2016-11-13',
      start: '2016-11-13T09:30Z',
      precision: 'minute',
      title: 'event 1 heading send notification long description',
      summary: 'text of event 1 - group 1',
      category: 'context',
    });
    const chicago = fromTimelineJS(json, { timeZone: 'America/Chicago' }).dataset;
    expect(chicago.timeZone).toBe('America/Chicago');
    expect(chicago.events[0]!.start).toBe('2016-11-13T09:30-06:00');
  });

  it('houston.json: partial dates, HTML headlines and credits, relative and protocol-relative media', () => {
    const { dataset, issues } = fromTimelineJS(fixture('houston.json').json);
    expect(dataset.title).toBe('Whitney Houston 1963 - 2012');
    expect(dataset.description).toMatch(/^Houston's voice caught the imagination/);
    const [heritage, firstRecording] = dataset.events;
    expect(heritage).toMatchObject({ start: '1963-08-09', precision: 'day', title: 'A Musical Heritage', media: [] });
    expect(firstRecording).toMatchObject({ id: 'first-recording-1978', start: '1978', precision: 'year' });
    expect(firstRecording!.media[0]).toEqual({
      url: 'https://youtu.be/fSrO91XO1Ck',
      kind: 'video',
      alt: 'First Recording',
      credit: 'Unidisc Music',
    });
    const crack = dataset.events.find((event) => event.title === 'Crack is Whack')!;
    expect(crack.media[0]).toMatchObject({
      url: 'https://upload.wikimedia.org/wikipedia/commons/d/dd/ABC_-_Good_Morning_America_-_Diane_Sawyer.jpg',
      kind: 'image',
      caption: 'Diane Sawyer',
      alt: 'Diane Sawyer',
      credit: 'flickr/Amanda Benham',
    });
    expect(dataset.events.at(-1)).toMatchObject({ title: 'Whitney Houston 1963-2012', start: '2012-02-11' });
    expect(issues).toEqual([
      {
        path: 'events[0].media.url',
        message:
          'the media url "/static/img/examples/houston/family.jpg" is a relative address, which only works on the page it was made for; the media is left out',
        eventId: 'a-musical-heritage-1963-08-09',
      },
    ]);
  });

  it('marktwain.json: date-times, ranges, slides without headline, empty unique_ids, places', () => {
    const { dataset, issues } = fromTimelineJS(fixture('marktwain.json').json);
    expect(dataset.title).toBe('Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910),[1]…');
    expect(dataset.description).toMatch(/better known by his pen name Mark Twain/);
    const hannibal = dataset.events.find((event) => event.title === 'Hannibal, Missouri')!;
    expect(hannibal).toMatchObject({
      start: '1920-01-05T06:45:56Z',
      end: '1923-01-05T06:45:56Z',
      precision: 'minute',
      location: { name: 'Florida, Missouri', lat: 39.501711, lon: -91.94326 },
    });
    expect(dataset.events.find((event) => event.title === 'Get started!')).toMatchObject({
      start: '2014',
      precision: 'year',
    });
    expect(dataset.events[3]).toMatchObject({ id: 'a-youtube-video-1900-01-06', title: 'a Youtube video' });
    expect(byPath(issues)).toEqual([
      'title.text.headline',
      'events[0].text.headline',
      'events[3].text.headline',
      'events[3].location',
      'events[4].text.headline',
      'events[5].text.headline',
      ...[6, 7, 8, 9, 10, 11, 12, 13, 14].map((i) => `events[${i}].location`),
    ]);
    expect(issues[2]!.message).toBe(
      'the slide has no headline; its title is made from its first words: "a Youtube video"',
    );
  });

  it('republican.json: HTML credits become text; blockquote "media" is reported, the event kept', () => {
    const { dataset, issues } = fromTimelineJS(fixture('republican.json').json);
    expect(dataset.title).toBe('The Republican Run-Up');
    const iowa = dataset.events[0]!;
    expect(iowa.media[0]).toMatchObject({
      url: 'https://farm7.staticflickr.com/6200/6057989217_3bd755477b.jpg',
      caption: 'Rick Santorum at the Iowa State Fair before the Ages Straw Poll.',
      alt: 'Rick Santorum at the Iowa State Fair before the Ages Straw Poll.',
      credit: 'Gage Skidmore/Flickr',
    });
    expect(iowa.summary).toContain('in Iowa after much debate about the results.');
    expect(dataset.events[3]!.summary).toContain('"46 States To Go" campaign.\n\nThe GOP race');
    expect(dataset.events[1]).toMatchObject({ title: 'New Hampshire', media: [] });
    expect(issues).toEqual([
      {
        path: 'events[1].media.url',
        message: 'the media url is HTML (a quote or an embed), not a web address; the media is left out',
        eventId: 'new-hampshire-2012-01-10',
      },
      {
        path: 'events[10].media.url',
        message: 'the media url is HTML (a quote or an embed), not a web address; the media is left out',
        eventId: 'huntsman-drops-out-2012-01-16',
      },
    ]);
  });
});

/** A minimal valid timeline with the given slides. */
const timeline = (events: unknown, extra: Record<string, unknown> = {}) => ({
  title: { text: { headline: 'T' } },
  events,
  ...extra,
});
const slide = (start: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline: 'H' },
  ...more,
});

describe('fromTimelineJS on broken input', () => {
  it('reports input that is not a timeline', () => {
    for (const [input, got] of [
      [42, '42'],
      [null, 'null'],
      [[1], 'a list'],
      ['"text"', '"text"'],
    ] as const) {
      const { dataset, issues } = fromTimelineJS(input);
      expect(issues).toEqual([
        { path: '', message: `a TimelineJS timeline must be an object with "events", got ${got}` },
      ]);
      expect(dataset.events).toEqual([]);
    }
    const broken = fromTimelineJS('{ "events": [');
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]!.message).toMatch(/^the text is not valid JSON \(/);
  });

  it('reports events that are not a list, or missing', () => {
    expect(fromTimelineJS(timeline({ a: 1 })).issues).toEqual([
      { path: 'events', message: 'events must be a list of slides, got an object' },
    ]);
    expect(fromTimelineJS({ title: { text: { headline: 'T' } } }).issues).toEqual([
      { path: 'events', message: 'events is missing (a timeline needs a list of slides)' },
    ]);
  });

  it('leaves out a slide without start_date or with an unreadable year, and says so', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([slide({ year: 2012 }), { text: { headline: 'No date' } }, slide({ year: 'abc' }), 'slide']),
    );
    expect(dataset.events.map((event) => event.start)).toEqual(['2012']);
    expect(issues).toEqual([
      {
        path: 'events[1].start_date',
        message: 'the slide has no start_date (every slide but the title needs one); it is left out',
      },
      { path: 'events[2].start_date.year', message: '"abc" is not a year; the event is left out' },
      { path: 'events[3]', message: 'expected a slide object, got "slide"; it is left out' },
    ]);
  });

  it('keeps a date with a bad part at the precision its good parts give', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([
        slide({ year: '2012', month: '13', day: '1' }),
        slide({ year: 2023, month: 4, day: 31 }),
        slide({ year: 2023, month: 4, day: 3, hour: 25, minute: 10 }),
        slide({ year: 2023, month: 4, day: 3, hour: 7, minute: 'x' }),
      ]),
    );
    expect(dataset.events.map((event) => [event.start, event.precision])).toEqual([
      ['2012', 'year'],
      ['2023-04', 'month'],
      ['2023-04-03', 'day'],
      ['2023-04-03T07:00Z', 'hour'],
    ]);
    expect(issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'events[0].start_date.month', message: '"13" is not a month (1–12); the date is kept as the year 2012' },
      {
        path: 'events[1].start_date.day',
        message: '"31" is not a day of April 2023 (1–30); the date is kept as the month 2023-04',
      },
      {
        path: 'events[2].start_date.hour',
        message: '"25" is not an hour (0–23); the date is kept as the day 2023-04-03',
      },
      { path: 'events[3].start_date.minute', message: '"x" is not a minute (0–59); the time is kept to the hour' },
    ]);
    expect(issues[0]!.eventId).toBe('h-2012');
  });

  it('leaves out years outside 0–9999 (the cosmological scale)', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([slide({ year: -13_800_000_000 }), slide({ year: 1969, month: 7 })], { scale: 'cosmological' }),
    );
    expect(dataset.events.map((event) => event.start)).toEqual(['1969-07']);
    expect(issues).toEqual([
      {
        path: 'scale',
        message: 'the timeline uses the "cosmological" scale; Flashpoint keeps only events in the years 0–9999',
      },
      {
        path: 'events[0].start_date.year',
        message:
          'the year -13800000000 is outside 0–9999, the years Flashpoint can place on a time axis (TimelineJS\'s "cosmological" scale is not supported); the event is left out',
      },
    ]);
  });

  it('drops a javascript: media URL, keeping the event', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([slide({ year: 2020 }, { media: { url: 'javascript:alert(1)', caption: 'c' } })]),
    );
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]!.media).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'events[0].media.url',
        message:
          'the media url "javascript:alert(1)" is not a web address (only http:// and https:// links are kept); the media is left out',
        eventId: 'h-2020',
      },
    ]);
  });

  it('drops an end before the start, keeping the event', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([slide({ year: 2020, month: 5 }, { end_date: { year: 2019 } })]),
    );
    expect(dataset.events[0]).toMatchObject({ start: '2020-05' });
    expect(dataset.events[0]!.end).toBeUndefined();
    expect(issues.map((issue) => issue.message)).toEqual([
      'the end (2019) is before the start (2020-05); the end date is left out',
    ]);
  });

  it('makes titles from the text when the headline is missing', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([
        {
          start_date: { year: 2001 },
          text: { text: '<p>One two three four five six seven eight nine ten eleven</p>' },
        },
        { start_date: { year: 2002 } },
        { start_date: { year: 2003 }, text: { headline: '<script>alert(1)</script>' } },
      ]),
    );
    expect(dataset.events.map((event) => event.title)).toEqual([
      'One two three four five six seven eight nine ten…',
      'Untitled event',
      'Untitled event',
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'the slide has no headline; its title is made from its first words: "One two three four five six seven eight nine ten…"',
      'the slide has no headline and no text; it is called "Untitled event"',
      'the slide has no headline and no text; it is called "Untitled event"',
    ]);
  });

  it('sanitises unique_id, renames repeats and generates stable ids otherwise', () => {
    const input = timeline([
      slide({ year: 2001 }, { unique_id: 'strike one' }),
      slide({ year: 2001 }, { unique_id: 'dup' }),
      slide({ year: 2001 }, { unique_id: 'dup' }),
      slide({ year: 2001 }, { unique_id: '' }),
      slide({ year: 2001 }),
      slide({ year: 2001 }, { unique_id: 'h-2001' }),
      slide({ year: 2001 }, { unique_id: '!!!' }),
    ]);
    const { dataset, issues } = fromTimelineJS(input);
    expect(dataset.events.map((event) => event.id)).toEqual([
      'strike-one',
      'dup',
      'dup-2',
      'h-2001-2',
      'h-2001-3',
      'h-2001',
      'h-2001-4',
    ]);
    expect(fromTimelineJS(input).dataset).toEqual(dataset);
    expect(issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'events[0].unique_id: "strike one" is not a usable id (letters, digits, -, _, . or :); "strike-one" is used',
      'events[2].unique_id: "dup" is already the id of events[1]; this event gets "dup-2"',
      'events[6].unique_id: "!!!" has nothing usable as an id; an id is made from the headline',
    ]);
  });

  it('keeps display_date as dateNote and reads eras as phases', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([slide({ year: 1863, month: 4 }, { display_date: 'Spring <b>1863</b>' })], {
        eras: [
          {
            start_date: { year: 1861 },
            end_date: { year: 1865 },
            text: { headline: 'The <i>Civil</i> War', text: '<p>Four years.</p>' },
          },
          { start_date: { year: 1870 }, end_date: { year: 1860 }, text: { headline: 'Backwards' } },
          { start_date: { year: 1870 }, text: { headline: 'No end' } },
        ],
      }),
    );
    expect(dataset.events[0]!.dateNote).toBe('Spring 1863');
    expect(dataset.phases).toEqual([
      { id: 'the-civil-war', title: 'The Civil War', start: '1861', end: '1865', description: 'Four years.' },
    ]);
    expect(issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'eras[2].end_date: an era needs a start_date and an end_date; it is left out',
      'eras[1].end_date: end "1860" is before start "1870"',
      'eras[1]: phase "backwards" was left out because of the problems above',
    ]);
  });

  it('reads wall-clock times in the zone given, with its offset at that date', () => {
    const input = timeline([
      slide({ year: 2023, month: 7, day: 1, hour: 9, minute: 0 }),
      slide({ year: 2023, month: 12, day: 1, hour: 9, minute: 0 }),
      slide({ year: 2023, month: 3, day: 12, hour: 2, minute: 30 }),
    ]);
    const { dataset, issues } = fromTimelineJS(input, { timeZone: 'America/New_York' });
    expect(dataset.events.map((event) => event.start)).toEqual([
      '2023-07-01T09:00-04:00',
      '2023-12-01T09:00-05:00',
      '2023-03-12T03:30-04:00',
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '2023-03-12T02:30 does not exist in America/New_York (the clocks go forward then); read as 2023-03-12T03:30',
    ]);
    expect(fromTimelineJS(input, { timeZone: 'Mars/Olympus' }).issues[0]).toEqual({
      path: '',
      message: 'the time zone option "Mars/Olympus" is not an IANA time zone',
    });
  });

  it('gives every event the category asked for, declaring it when it is not built in', () => {
    const input = timeline([slide({ year: 2001 })]);
    expect(fromTimelineJS(input, { category: 'statement' }).dataset.events[0]!.category).toBe('statement');
    const custom = fromTimelineJS(input, { category: 'election' });
    expect(custom.issues).toEqual([]);
    expect(custom.dataset.categories).toEqual([{ id: 'election', label: 'election' }]);
    expect(custom.dataset.events[0]!.category).toBe('election');
    expect(fromTimelineJS(input, { category: 'not an id' }).dataset.events[0]!.category).toBe('context');
  });

  it('reports a timeline without a title slide', () => {
    const { dataset, issues } = fromTimelineJS({ events: [slide({ year: 2001 })] });
    expect(dataset.title).toBe('Untitled timeline');
    expect(issues).toEqual([
      { path: 'title', message: 'the timeline has no title slide; it is called "Untitled timeline"' },
    ]);
  });
});

describe('fromTimelineJS on arbitrary input (property)', () => {
  const part = fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    'abc',
    '05',
    5,
    13,
    25,
    61,
    -44,
    99999,
    2.5,
    '2012',
    1999,
    {},
    [],
  );
  const html = fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<script>x()</script>',
        '<img onerror=alert(1)>',
        '&amp;',
        'word',
        ' ',
        '<br>',
        '<a href="javascript:x()">',
      ),
    )
    .map((parts) => parts.join(''));
  const date = fc.record({
    year: part,
    month: part,
    day: part,
    hour: part,
    minute: part,
    second: part,
    millisecond: part,
  });
  const slideArb = fc.record(
    {
      start_date: fc.oneof(date, part),
      end_date: fc.oneof(date, part),
      text: fc.record({ headline: fc.oneof(html, part), text: fc.oneof(html, part) }, { requiredKeys: [] }),
      media: fc.record(
        {
          url: fc.constantFrom<unknown>(
            'https://example.org/a.jpg',
            '//x.org/b',
            'javascript:alert(1)',
            '<blockquote>q</blockquote>',
            '',
            5,
          ),
          caption: html,
          credit: html,
          alt: fc.oneof(html, part),
        },
        { requiredKeys: [] },
      ),
      group: fc.oneof(html, part),
      unique_id: fc.oneof(fc.constantFrom('a', 'a', 'b c', '!!', ''), part),
      display_date: fc.oneof(html, part),
      flashpoint: fc.record(
        {
          timeZone: fc.constantFrom<unknown>('Asia/Baghdad', 'Nowhere/City', 3),
          precision: fc.constantFrom<unknown>('year', 'minute', 'week'),
          startOffset: fc.constantFrom<unknown>('+03:00', 'x'),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
  const timelineArb = fc.record(
    {
      title: fc.oneof(
        fc.record({ text: fc.record({ headline: fc.oneof(html, part), text: html }, { requiredKeys: [] }) }),
        part,
      ),
      events: fc.oneof(fc.array(fc.oneof(slideArb, part), { maxLength: 12 }), part),
      eras: fc.oneof(
        fc.array(fc.record({ start_date: date, end_date: date, text: fc.record({ headline: html }) }), {
          maxLength: 3,
        }),
        part,
      ),
      scale: fc.constantFrom<unknown>('human', 'cosmological', undefined),
    },
    { requiredKeys: [] },
  );

  it('never throws, always gives a valid dataset, and reports every slide it leaves out', () => {
    fc.assert(
      fc.property(fc.oneof(timelineArb, fc.anything()), (input) => {
        const { dataset, issues } = fromTimelineJS(input);
        expect(() => parseDataset(dataset)).not.toThrow();
        const slides = (input as { events?: unknown } | null)?.events;
        if (Array.isArray(slides)) {
          // Every slide is an event, or an issue on the slide or its start date says it was left out.
          const leftOut = issues
            .filter((issue) => /left out/.test(issue.message))
            .map((issue) => /^events\[(\d+)\](?:\.start_date(?:\.year)?)?$/.exec(issue.path)?.[1])
            .filter((index) => index !== undefined);
          expect(dataset.events.length + new Set(leftOut).size).toBe(slides.length);
        }
        for (const [path, text] of strings(dataset))
          expect(text, path).not.toMatch(/<[A-Za-z/!?]|onerror=|javascript:/i);
      }),
      { numRuns: 500 },
    );
  });
});

describe('issue paths from the schema check', () => {
  it('point back into the TimelineJS file', () => {
    const map = (path: string) => toTimelineJsPath({ path, message: 'm' }, [0, 3, 7], [2]).path;
    expect(map('events[2].title')).toBe('events[7].text.headline');
    expect(map('events[1].media[0].url')).toBe('events[3].media.url');
    expect(map('events[0].start')).toBe('events[0].start_date');
    expect(map('events[2].actors[0]')).toBe('events[7].group');
    expect(map('events[2].category')).toBe('events[7].category');
    expect(map('phases[0].end')).toBe('eras[2].end_date');
    expect(map('title')).toBe('title.text.headline');
    expect(map('')).toBe('');
  });

  it('reads the flashpoint extension only where it is sound', () => {
    const { dataset, issues } = fromTimelineJS(
      timeline([
        slide({ year: 2023, month: 10, day: 7 }, { flashpoint: { precision: 'minute', timeZone: 'Nowhere/City' } }),
        slide({ year: 2023, month: 10, day: 7 }, { flashpoint: { precision: 'year', timeZone: 'Asia/Baghdad' } }),
      ]),
    );
    expect(dataset.events.map(({ start, precision, timeZone }) => ({ start, precision, timeZone }))).toEqual([
      { start: '2023-10-07', precision: 'day', timeZone: undefined },
      { start: '2023-10-07', precision: 'year', timeZone: 'Asia/Baghdad' },
    ]);
    expect(issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'events[0].flashpoint.timeZone: "Nowhere/City" is not an IANA time zone; the times are read in UTC',
    ]);
  });
});

describe('fromTimelineJS options', () => {
  it('never throws on odd options', () => {
    const input = { title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2001 } }] };
    expect(fromTimelineJS(input, null as never).dataset.events).toHaveLength(1);
    expect(fromTimelineJS(input, { timeZone: 5 as never, category: 7 as never }).issues.map((i) => i.message)).toEqual([
      'the time zone option 5 is not an IANA time zone',
      'the category option 7 is not a usable id; "context" is used',
      'the slide has no headline and no text; it is called "Untitled event"',
    ]);
  });
});
