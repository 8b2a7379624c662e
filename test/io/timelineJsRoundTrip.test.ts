import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import { fromTimelineJS } from '../../src/io/fromTimelineJS';
import { toTimelineJS } from '../../src/io/toTimelineJS';
import type { Dataset } from '../../src/schema/dataset';
import { dateForm } from '../../src/schema/dates';
import { datePeriod } from '../../src/schema/epoch';
import type { Media } from '../../src/schema/media';
import { parseDataset } from '../../src/schema/parseDataset';

/**
 * What survives `fromTimelineJS(toTimelineJS(dataset))`, compared field by field:
 *
 * - dataset: `title`, `description`, `timeZone`;
 * - each event, in order: `id`; `title` and `summary` (up to whitespace: runs of spaces and tabs become one
 *   space, lines are trimmed, at most one blank line in a row, titles on one line); `start` and `end` as the same
 *   period of time (the same instant for a date-time, the same calendar date otherwise) with the same form;
 *   `precision` (stated, or the one the start gives); `timeZone`; the first media item's `url`, `caption`,
 *   `credit` and `alt`; and the name of the first actor (TimelineJS's `group`);
 * - each phase: `id`, `title`, `start`, `end`, `description`.
 *
 * Not kept: category, targets, other actors, actor details, location, casualties, disputes, related links,
 * sources, further media and media kind, approximate, dateNote, confidence, significance, tags, aggregates,
 * corrections, credit (see `toTimelineJS`).
 */
const normaliseText = (text: string | undefined) =>
  (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\f ]+/g, ' ').replace(/^ | $/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() || undefined;
const normaliseLine = (text: string | undefined) => normaliseText(text)?.replace(/\s*\n\s*/g, ' ');

const FORM_PRECISION = { year: 'year', month: 'month', day: 'day', datetime: 'minute' } as const;

function period(value: string | undefined, zone: string) {
  if (value === undefined) return undefined;
  return { form: dateForm(value), ...datePeriod(value, zone) };
}

function surviving(dataset: Dataset) {
  const actorName = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const media = (item: Media | undefined) =>
    item && {
      url: item.url,
      caption: normaliseText(item.caption),
      credit: normaliseText(item.credit),
      alt: normaliseLine(item.alt),
    };
  return {
    title: normaliseLine(dataset.title),
    description: normaliseText(dataset.description),
    timeZone: dataset.timeZone,
    events: dataset.events.map((event) => {
      const zone = event.timeZone ?? dataset.timeZone;
      return {
        id: event.id,
        title: normaliseLine(event.title),
        summary: normaliseText(event.summary),
        start: period(event.start, zone),
        end: period(event.end, zone),
        precision: event.precision ?? FORM_PRECISION[dateForm(event.start)!],
        timeZone: event.timeZone,
        media: media(event.media[0]),
        group: event.actors[0] === undefined ? undefined : normaliseLine(actorName.get(event.actors[0])),
      };
    }),
    phases: dataset.phases.map(({ id, title, start, end, description }) => ({
      id,
      title: normaliseLine(title),
      start,
      end,
      description: normaliseText(description),
    })),
  };
}

function roundTrip(dataset: Dataset) {
  return fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(dataset))));
}

// Text that HTML and TimelineJS make trouble with: markup, entities, quotes, spaces, line breaks, non-Latin.
const word = fc.oneof(
  fc.constantFrom('<script>alert(1)</script>', '<b>', '&amp;', '&', '"quoted"', "it's", 'a<b', '1 < 2', '→', 'بغداد'),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:void(0)',
    '&lt;p&gt;',
    'no\u00a0break',
    'café',
    '🚀',
    '#',
    ';',
  ),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
);
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const text = fc
  .array(fc.tuple(line, fc.constantFrom(' ', '\n', '\n\n', '  \t')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([words, gap]) => words + gap).join(''));
const media = fc.record(
  {
    url: fc
      .tuple(
        fc.constantFrom('https://example.org', 'http://img.example.com', 'https://youtu.be'),
        fc.stringMatching(/^[a-z0-9_-]{0,12}$/),
      )
      .map(([host, path]) => `${host}/${path}`),
    alt: line,
    caption: text,
    credit: line,
  },
  { requiredKeys: ['url', 'alt'] },
);
const override = fc.record(
  {
    title: line,
    summary: fc.option(text, { nil: undefined }),
    media: fc.option(media, { nil: undefined }),
    coarser: fc.boolean(),
    timeZone: fc.constantFrom(undefined, 'America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Kolkata'),
  },
  { requiredKeys: [] },
);

type Override = typeof override extends fc.Arbitrary<infer T> ? T : never;

const COARSER = { year: 'year', month: 'year', day: 'month', hour: 'day', minute: 'hour' } as const;

/** A generated dataset with some of its events given awkward text, media, zones and precisions. */
function awkward(count: number, seed: number, overrides: Override[], zone: string): Dataset {
  const base = generateDataset({ count, seed });
  return parseDataset({
    ...base,
    timeZone: zone,
    events: base.events.map((event, i) => {
      const o = overrides[i];
      if (!o) return event;
      const precision = event.precision ?? FORM_PRECISION[dateForm(event.start)!];
      return {
        ...event,
        ...(o.title !== undefined && { title: o.title }),
        ...('summary' in o && { summary: o.summary }),
        ...(o.media !== undefined && { media: [o.media, { url: 'https://example.org/second.jpg', alt: 'second' }] }),
        ...(o.coarser && { precision: COARSER[precision] }),
        ...('timeZone' in o && { timeZone: o.timeZone }),
      };
    }),
  });
}

describe('toTimelineJS → fromTimelineJS round trip', () => {
  it('keeps every event of the escalation dataset, with the fields TimelineJS can carry', () => {
    const { dataset, issues } = roundTrip(escalation2023);
    expect(issues).toEqual([]);
    expect(surviving(dataset)).toEqual(surviving(escalation2023));
  });

  it('keeps them for generated datasets with awkward text, media, zones and precisions (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(override, { maxLength: 60 }),
        fc.constantFrom('Asia/Baghdad', 'UTC', 'America/New_York'),
        (count, seed, overrides, zone) => {
          const original = awkward(count, seed, overrides, zone);
          const { dataset, issues } = roundTrip(original);
          expect(issues).toEqual([]);
          expect(surviving(dataset)).toEqual(surviving(original));
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps the instant of a time in the repeated hour when clocks go back', () => {
    const original = parseDataset({
      title: 'DST',
      timeZone: 'America/New_York',
      events: [
        { id: 'a', start: '2023-11-05T01:30-04:00', title: 'First 01:30', category: 'context' },
        { id: 'b', start: '2023-11-05T01:30-05:00', title: 'Second 01:30', category: 'context' },
      ],
    });
    const { dataset, issues } = roundTrip(original);
    expect(issues).toEqual([]);
    expect(dataset.events.map((event) => event.start)).toEqual(['2023-11-05T01:30-04:00', '2023-11-05T01:30-05:00']);
  });

  it('writes the same TimelineJS again from what it read (a fixed point after one trip)', () => {
    const once = toTimelineJS(roundTrip(escalation2023).dataset);
    expect(toTimelineJS(roundTrip(roundTrip(escalation2023).dataset).dataset)).toEqual(once);
    expect(once.events.map((slide) => slide.unique_id)).toEqual(escalation2023.events.map((event) => event.id));
  });
});
