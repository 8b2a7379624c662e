import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { formatEventDate, formatZoneName, formatZoneOffset } from '../../src/i18n/index';
import { localeTag } from '../../src/i18n/localeTag';
import { displayZone, effectiveTimeDisplay } from '../../src/i18n/displayZone';
import { EventList, Timeline } from '../../src/react/index';
import type { TimeDisplay } from '../../src/i18n/displayZone';
import { escalation2023 } from '../../src/datasets/index';
import { event, fixtureDataset } from '../react/eventListFixture';

/**
 * Issue 6 and research/newsroom.md §4: an instant late on 13 April UTC is already 14 April in Baghdad,
 * Tehran and Jerusalem; Tehran is +03:30 all year since 2022; Israel keeps summer time.
 */
const LATE = '2024-04-13T23:45:00Z';
const PLACES = ['Asia/Baghdad', 'Asia/Tehran', 'Asia/Jerusalem'] as const;
/** Measured in the research file (Node 20): the local clock at LATE, with the zone's offset. */
const LOCAL_CLOCK = {
  'Asia/Baghdad': '14 April 2024, 02:45 Baghdad time (GMT+3)',
  'Asia/Tehran': '14 April 2024, 03:15 Tehran time (GMT+3:30)',
  'Asia/Jerusalem': '14 April 2024, 02:45 Jerusalem time (GMT+3)',
} as const;
const en = { locale: 'en-GB' };

/** The text of each event's <time> in server HTML, by event id. */
function listedTimes(html: string): Record<string, string> {
  const items = html.matchAll(/data-event-id="([^"]+)".*?class="fp-event__time"[^>]*>([^<]*)</g);
  return Object.fromEntries([...items].map((match) => [match[1]!, match[2]!]));
}

function renderList(props: { timeZone?: string; timeDisplay?: TimeDisplay }, eventZone?: string): string {
  const dataset = {
    ...fixtureDataset([
      event({ id: 'late', start: LATE, precision: 'minute', title: 'Late strike', timeZone: eventZone }),
      event({ id: 'day', start: '2024-04-13', title: 'A day', timeZone: eventZone }),
    ]),
    timeZone: 'UTC',
  };
  return renderToString(createElement(EventList, { dataset, locale: 'en-GB', ...props }));
}

describe('an event at 23:45Z on 13 April 2024', () => {
  it('is 14 April in Baghdad, Tehran and Jerusalem and 13 April in UTC (formatEventDate)', () => {
    const day = { start: LATE, precision: 'day' as const };
    for (const timeZone of PLACES) {
      expect(formatEventDate(day, { ...en, timeZone })).toBe('14 April 2024');
      expect(formatEventDate({ start: LATE }, { ...en, timeZone })).toBe(LOCAL_CLOCK[timeZone]);
    }
    expect(formatEventDate(day, { ...en, timeZone: 'UTC' })).toBe('13 April 2024');
    expect(formatEventDate({ start: LATE }, { ...en, timeZone: 'UTC' })).toBe('13 April 2024, 23:45 UTC');
  });

  it('is listed on 14 April in the place’s zone, whether the event or the list names it', () => {
    for (const zone of PLACES) {
      expect(listedTimes(renderList({}, zone)).late).toBe(LOCAL_CLOCK[zone]);
      expect(listedTimes(renderList({ timeZone: zone })).late).toBe(LOCAL_CLOCK[zone]);
      // The event's own zone wins over the list's under the "place" display.
      expect(listedTimes(renderList({ timeZone: 'UTC' }, zone)).late).toBe(LOCAL_CLOCK[zone]);
    }
  });

  it('is listed on 13 April, 23:45 UTC under the "utc" display, whatever the place', () => {
    for (const zone of PLACES) {
      expect(listedTimes(renderList({ timeDisplay: 'utc' }, zone)).late).toBe('13 April 2024, 23:45 UTC');
      expect(listedTimes(renderList({ timeDisplay: 'utc', timeZone: zone })).late).toBe('13 April 2024, 23:45 UTC');
    }
  });

  it('keeps a date-only event on its calendar day under every display', () => {
    for (const timeDisplay of ['place', 'reader', 'utc'] as const) {
      for (const zone of PLACES) {
        expect(listedTimes(renderList({ timeDisplay }, zone)).day).toBe('13 April 2024');
      }
    }
  });

  it('renders the "reader" display as "place" on the server, where the reader’s zone is unknown', () => {
    for (const zone of PLACES) {
      expect(renderList({ timeDisplay: 'reader' }, zone)).toBe(renderList({ timeDisplay: 'place' }, zone));
    }
    expect(effectiveTimeDisplay('reader', undefined)).toBe('place');
    expect(effectiveTimeDisplay('reader', 'America/Los_Angeles')).toBe('reader');
    expect(displayZone('reader', 'Asia/Tehran', 'America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(displayZone('utc', 'Asia/Tehran', 'America/Los_Angeles')).toBe('UTC');
    expect(displayZone('place', 'Asia/Tehran', 'America/Los_Angeles')).toBe('Asia/Tehran');
  });
});

describe('offsets in force', () => {
  const july = Date.UTC(2024, 6, 15, 12);
  const january = Date.UTC(2024, 0, 15, 12);

  it('Tehran is +03:30 in July 2024 (no summer time since 2022), and in January', () => {
    expect(formatZoneOffset('Asia/Tehran', july, 'en-GB')).toBe('GMT+3:30');
    expect(formatZoneName('Asia/Tehran', july, en)).toBe('Tehran time (GMT+3:30)');
    expect(formatZoneOffset('Asia/Tehran', january, 'en-GB')).toBe('GMT+3:30');
  });

  it('Jerusalem is +3 in summer and +2 in winter', () => {
    expect(formatZoneOffset('Asia/Jerusalem', july, 'en-GB')).toBe('GMT+3');
    expect(formatZoneOffset('Asia/Jerusalem', january, 'en-GB')).toBe('GMT+2');
  });
});

describe('calendars', () => {
  const day = { start: LATE, precision: 'day' as const };

  it('writes the Persian calendar with Persian digits: ۲۶ فروردین ۱۴۰۳ in Tehran', () => {
    const locale = localeTag({ locale: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' });
    expect(formatEventDate(day, { locale, timeZone: 'Asia/Tehran' })).toBe('۲۶ فروردین ۱۴۰۳');
    // A time of day too: the zone's offset is in Persian digits, no Latin digit anywhere.
    const withTime = formatEventDate({ start: LATE }, { locale, timeZone: 'Asia/Tehran' });
    expect(withTime).toContain('۰۳:۱۵');
    expect(withTime).not.toMatch(/[0-9]/);
  });

  it('writes the Hebrew calendar with its own numerals: ו׳ בניסן תשפ״ד in Jerusalem', () => {
    const locale = localeTag({ locale: 'he-IL', calendar: 'hebrew' });
    expect(formatEventDate(day, { locale, timeZone: 'Asia/Jerusalem' })).toBe('ו׳ בניסן תשפ״ד');
    // The same as a month: what Intl itself says for that instant in Jerusalem.
    const month = new Intl.DateTimeFormat('he-IL-u-ca-hebrew', {
      timeZone: 'Asia/Jerusalem',
      year: 'numeric',
      month: 'long',
    }).format(Date.parse(LATE));
    expect(formatEventDate({ start: LATE, precision: 'month' }, { locale, timeZone: 'Asia/Jerusalem' })).toBe(month);
  });

  it('writes the Umm al-Qura calendar: 5 شوال 1445 هـ in Baghdad, 4 Shawwal in UTC', () => {
    const locale = localeTag({ locale: 'ar', calendar: 'islamic-umalqura' });
    expect(formatEventDate(day, { locale, timeZone: 'Asia/Baghdad' })).toBe('5 شوال 1445 هـ');
    const utc = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', dateStyle: 'long' });
    expect(formatEventDate(day, { locale, timeZone: 'UTC' })).toBe(utc.format(Date.parse(LATE)));
  });
});

describe('the axis of a Timeline', () => {
  const DAY = 86_400_000;
  const WIDTH = 640;
  // A week in November 2023, inside the escalation story's span (the domain is clamped to it).
  const domain: [number, number] = [Date.UTC(2023, 10, 1), Date.UTC(2023, 10, 8)];

  /** The instants the axis ticks stand for, read back from the grid lines' x in server HTML. */
  function tickTimes(props: { timeZone?: string; timeDisplay?: TimeDisplay }): number[] {
    const html = renderToString(
      createElement(Timeline, { dataset: escalation2023, initialWidth: WIDTH, domain, ...props }),
    );
    const grid = /<g class="fp-axis__grid"[^>]*>(.*?)<\/g>/.exec(html)?.[1] ?? '';
    return [...grid.matchAll(/x1="([-\d.e]+)"/g)].map(
      (match) => domain[0] + (Number(match[1]) / WIDTH) * (domain[1] - domain[0]),
    );
  }
  /** Minutes past the last local midnight in a zone with a fixed offset (minutes east of UTC). */
  const pastMidnight = (time: number, offsetMinutes: number) =>
    Math.round(((((time + offsetMinutes * 60_000) % DAY) + DAY) % DAY) / 60_000) % 1440;

  it('in Asia/Tehran, falls on Tehran midnights (20:30 UTC), not on UTC ones', () => {
    const times = tickTimes({ timeZone: 'Asia/Tehran' });
    expect(times.length).toBeGreaterThanOrEqual(5);
    for (const time of times) {
      expect(pastMidnight(time, 210)).toBe(0);
      expect(pastMidnight(time, 0)).toBe(20 * 60 + 30);
    }
  });

  it('under the "utc" display, falls on UTC midnights whatever the zone', () => {
    const times = tickTimes({ timeZone: 'Asia/Tehran', timeDisplay: 'utc' });
    expect(times.length).toBeGreaterThanOrEqual(5);
    for (const time of times) expect(pastMidnight(time, 0)).toBe(0);
  });
});

describe('zone names in right-to-left editions', () => {
  it('name the place in the edition’s own language, never an English city inside an Arabic, Persian or Hebrew sentence', () => {
    const at = Date.UTC(2024, 6, 1);
    for (const locale of ['ar-u-nu-arab', 'fa-IR-u-nu-arabext', 'he-IL']) {
      for (const zone of ['Asia/Baghdad', 'Asia/Tehran', 'Asia/Jerusalem']) {
        const label = formatZoneName(zone, at, { locale });
        expect(label, `${locale} ${zone}`).not.toMatch(/Baghdad|Tehran|Jerusalem|time/);
        const generic = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')!.value;
        expect(label.startsWith(generic), `${label} starts with ${generic}`).toBe(true);
      }
    }
    // Left-to-right editions keep the city from the zone's name.
    expect(formatZoneName('Asia/Tehran', at, { locale: 'en-GB' })).toBe('Tehran time (GMT+3:30)');
  });
});
