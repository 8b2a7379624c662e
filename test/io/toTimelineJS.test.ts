import { describe, expect, it } from 'vitest';
import { escalation2023 } from '../../src/datasets/index';
import { toTimelineJS } from '../../src/io/toTimelineJS';
import { parseDataset } from '../../src/schema/parseDataset';
import type { DatasetInput } from '../../src/schema/dataset';
import type { TimelineEventInput } from '../../src/schema/event';

function dataset(events: Partial<TimelineEventInput>[], extra: Partial<DatasetInput> = {}) {
  return parseDataset({
    title: 'Test',
    timeZone: 'Asia/Baghdad',
    events: events.map((event, i) => ({
      id: `e${i}`,
      start: '2024-01-01',
      title: `Event ${i}`,
      category: 'attack',
      ...event,
    })),
    ...extra,
  });
}

describe('toTimelineJS', () => {
  it('writes the escalation dataset as a TimelineJS timeline', () => {
    const timeline = toTimelineJS(escalation2023);
    expect(timeline.scale).toBe('human');
    expect(timeline.title?.text?.headline).toBe(escalation2023.title);
    expect(timeline.events).toHaveLength(escalation2023.events.length);
    expect(timeline.events.map((slide) => slide.unique_id)).toEqual(escalation2023.events.map((event) => event.id));
    expect(timeline.eras?.map((era) => era.unique_id)).toEqual(escalation2023.phases.map((phase) => phase.id));
    expect(timeline.flashpoint).toEqual({ timeZone: 'Asia/Baghdad' });
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
    const first = timeline.events[0]!;
    expect(first.start_date).toEqual({ year: '2023', month: '10', day: '7' });
    expect(first.group).toBe('Hamas');
  });

  it('writes date-times as wall-clock times in the event zone, with only the parts its precision gives', () => {
    const timeline = toTimelineJS(
      dataset([
        { start: '2023-11-20T20:45-05:00', timeZone: 'Asia/Baghdad' },
        { start: '2023-10-26T05:00:00+03:00', precision: 'hour' },
        { start: '2023-10-26T05:30+03:00', precision: 'hour' },
        { start: '2023-10-26T05:30:15.250+03:00' },
        { start: '2023-10', end: '2023-12-03' },
        { start: '2023-10-07', precision: 'month' },
      ]),
    );
    const [late, onTheHour, halfPast, seconds, range, coarse] = timeline.events;
    expect(late!.start_date).toEqual({ year: '2023', month: '11', day: '21', hour: '4', minute: '45' });
    expect(late!.flashpoint).toEqual({ timeZone: 'Asia/Baghdad' });
    expect(onTheHour!.start_date).toEqual({ year: '2023', month: '10', day: '26', hour: '5' });
    expect(onTheHour!.flashpoint).toBeUndefined();
    expect(halfPast!.start_date).toMatchObject({ hour: '5', minute: '30' });
    expect(halfPast!.flashpoint).toEqual({ precision: 'hour' });
    expect(seconds!.start_date).toMatchObject({ minute: '30', second: '15', millisecond: '250' });
    expect(range!.start_date).toEqual({ year: '2023', month: '10' });
    expect(range!.end_date).toEqual({ year: '2023', month: '12', day: '3' });
    expect(coarse!.start_date).toEqual({ year: '2023', month: '10', day: '7' });
    expect(coarse!.flashpoint).toEqual({ precision: 'month' });
  });

  it('records the offset of a time in the hour that occurs twice', () => {
    const timeline = toTimelineJS(
      dataset([
        { start: '2023-11-05T01:30-04:00', timeZone: 'America/New_York' },
        { start: '2023-11-05T01:30-05:00', timeZone: 'America/New_York' },
      ]),
    );
    expect(timeline.events[0]!.start_date).toMatchObject({ day: '5', hour: '1', minute: '30' });
    expect(timeline.events[0]!.flashpoint).toEqual({ timeZone: 'America/New_York' });
    expect(timeline.events[1]!.start_date).toMatchObject({ day: '5', hour: '1', minute: '30' });
    expect(timeline.events[1]!.flashpoint).toEqual({ timeZone: 'America/New_York', startOffset: '-05:00' });
  });

  it('escapes text into HTML and keeps paragraphs', () => {
    const timeline = toTimelineJS(
      dataset(
        [
          {
            title: '<script>alert("x")</script> & more',
            summary: 'First line\nsecond line\n\nA "quoted" <b>paragraph</b> & it\'s fine',
            actors: ['a'],
            media: [
              { url: 'https://example.org/a.jpg', alt: 'A < B & C', caption: '<i>cap</i>', credit: 'AP' },
              { url: 'https://example.org/b.jpg', alt: 'second' },
            ],
          },
        ],
        { actors: [{ id: 'a', name: 'Tom & Jerry <Ltd>' }], description: 'Line <one>' },
      ),
    );
    const slide = timeline.events[0]!;
    expect(slide.text).toEqual({
      headline: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
      text: '<p>First line<br>second line</p><p>A &quot;quoted&quot; &lt;b&gt;paragraph&lt;/b&gt; &amp; it&#39;s fine</p>',
    });
    expect(slide.group).toBe('Tom &amp; Jerry &lt;Ltd&gt;');
    expect(slide.media).toEqual({
      url: 'https://example.org/a.jpg',
      alt: 'A < B & C',
      caption: '&lt;i&gt;cap&lt;/i&gt;',
      credit: 'AP',
    });
    expect(timeline.title?.text).toEqual({ headline: 'Test', text: 'Line &lt;one&gt;' });
  });

  it('escapes alt text only when it would read as markup', () => {
    const timeline = toTimelineJS(
      dataset([{ media: [{ url: 'https://example.org/a.jpg', alt: 'An <img> tag &amp; more' }] }]),
    );
    expect(timeline.events[0]!.media?.alt).toBe('An &lt;img&gt; tag &amp;amp; more');
  });

  it('writes phases as eras', () => {
    const timeline = toTimelineJS(
      dataset([{}], {
        phases: [{ id: 'p1', title: 'Truce', start: '2023-11-24', end: '2023-12-01', description: 'Seven days.' }],
      }),
    );
    expect(timeline.eras).toEqual([
      {
        unique_id: 'p1',
        start_date: { year: '2023', month: '11', day: '24' },
        end_date: { year: '2023', month: '12', day: '1' },
        text: { headline: 'Truce', text: 'Seven days.' },
      },
    ]);
  });
});
