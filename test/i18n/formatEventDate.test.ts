import { describe, expect, it } from 'vitest';
import { formatDateValue, formatEventDate } from '../../src/i18n/index';

const en = { locale: 'en-GB' };
/** ICU puts thin and narrow no-break spaces around range dashes; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('formatEventDate(event, { locale, timeZone })', () => {
  it("shows a date-time on the place's local day, not the reader's", () => {
    const event = { start: '2023-12-26T04:45:00+03:00' };
    expect(formatEventDate(event, { ...en, timeZone: 'Asia/Baghdad' })).toBe(
      '26 December 2023, 04:45 Baghdad time (GMT+3)',
    );
    // The same instant is still 25 December in New York.
    expect(formatEventDate(event, { ...en, timeZone: 'America/New_York' })).toBe(
      '25 December 2023, 20:45 New York time (GMT-5)',
    );
  });

  it('shows a 23:45Z instant as 14 April in Baghdad, Tehran and Jerusalem, 13 April in UTC', () => {
    const event = { start: '2024-04-13T23:45:00Z', precision: 'day' as const };
    for (const timeZone of ['Asia/Baghdad', 'Asia/Tehran', 'Asia/Jerusalem']) {
      expect(formatEventDate(event, { ...en, timeZone })).toBe('14 April 2024');
    }
    expect(formatEventDate(event, { ...en, timeZone: 'UTC' })).toBe('13 April 2024');
  });

  it('names the offset in force at the instant (Tehran +3:30, Jerusalem summer time)', () => {
    expect(formatEventDate({ start: '2024-07-01T12:00:00Z' }, { ...en, timeZone: 'Asia/Tehran' })).toContain(
      'GMT+3:30',
    );
    expect(formatEventDate({ start: '2024-07-01T12:00:00Z' }, { ...en, timeZone: 'Asia/Jerusalem' })).toContain(
      'GMT+3',
    );
    expect(formatEventDate({ start: '2024-01-01T12:00:00Z' }, { ...en, timeZone: 'Asia/Jerusalem' })).toContain(
      'GMT+2',
    );
  });

  it('keeps a date-only start on the calendar day as written, in any zone', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Baghdad', 'UTC']) {
      expect(formatEventDate({ start: '2023-10-07' }, { ...en, timeZone })).toBe('7 October 2023');
    }
  });

  it('respects precision: year, month, day, hour/minute', () => {
    const timeZone = 'Asia/Baghdad';
    expect(formatEventDate({ start: '2023' }, { ...en, timeZone })).toBe('2023');
    expect(formatEventDate({ start: '2023-10' }, { ...en, timeZone })).toBe('October 2023');
    expect(formatEventDate({ start: '2023-10-07', precision: 'month' }, { ...en, timeZone })).toBe('October 2023');
    expect(formatEventDate({ start: '2023-10-07' }, { ...en, timeZone })).toBe('7 October 2023');
    expect(formatEventDate({ start: '2023-10-26T05:00:00+03:00', precision: 'day' }, { ...en, timeZone })).toBe(
      '26 October 2023',
    );
    expect(formatEventDate({ start: '2023-10-26T05:00:00+03:00', precision: 'hour' }, { ...en, timeZone })).toBe(
      '26 October 2023, 05:00 Baghdad time (GMT+3)',
    );
  });

  it('never shows a precision finer than the date gives', () => {
    expect(formatEventDate({ start: '2023-10', precision: 'minute' }, { ...en, timeZone: 'UTC' })).toBe('October 2023');
  });

  it('words approximate dates: "about" and "c."', () => {
    expect(
      formatEventDate(
        { start: '2023-10-26T05:00:00+03:00', precision: 'hour', approximate: true },
        { ...en, timeZone: 'Asia/Baghdad' },
      ),
    ).toBe('about 26 October 2023, 05:00 Baghdad time (GMT+3)');
    expect(formatEventDate({ start: '2023', approximate: true }, { ...en, timeZone: 'UTC' })).toBe('c. 2023');
  });

  it('joins ranges through formatRange', () => {
    expect(plain(formatEventDate({ start: '2023-11-20', end: '2023-11-22' }, { ...en, timeZone: 'UTC' }))).toBe(
      '20 – 22 November 2023',
    );
    expect(plain(formatEventDate({ start: '2023-10', end: '2024-02' }, { ...en, timeZone: 'UTC' }))).toBe(
      'October 2023 – February 2024',
    );
    expect(
      plain(
        formatEventDate(
          { start: '2023-11-20T23:00+03:00', end: '2023-11-20T23:30+03:00' },
          { ...en, timeZone: 'Asia/Baghdad' },
        ),
      ),
    ).toBe('20 November 2023, 23:00–23:30 Baghdad time (GMT+3)');
  });

  it('can leave the zone out', () => {
    expect(
      formatEventDate({ start: '2023-12-26T04:45:00+03:00' }, { ...en, timeZone: 'Asia/Baghdad', showZone: false }),
    ).toBe('26 December 2023, 04:45');
  });

  it('uses the locale given, not the machine’s', () => {
    expect(formatEventDate({ start: '2023-10-07' }, { locale: 'en-US', timeZone: 'UTC' })).toBe('October 7, 2023');
    expect(
      formatEventDate(
        { start: '2024-04-13T23:45:00Z', precision: 'day' },
        { locale: 'ar-IQ', timeZone: 'Asia/Baghdad' },
      ),
    ).toMatch(/١٤/);
  });

  it('never throws: bad dates come back as written, bad zones and locales fall back', () => {
    expect(formatEventDate({ start: 'yesterday' }, { ...en, timeZone: 'UTC' })).toBe('yesterday');
    expect(
      formatEventDate({ start: '2023-10-07T10:00:00Z' }, { locale: 'not a locale!', timeZone: 'Mars/Olympus' }),
    ).toBe('7 October 2023, 10:00 UTC');
  });
});

describe('formatDateValue(value, options)', () => {
  it('formats one date at a chosen precision', () => {
    expect(formatDateValue('2024-01-29', { ...en, timeZone: 'UTC' })).toBe('29 January 2024');
    expect(formatDateValue('2023-12-26T04:45:00+03:00', { ...en, timeZone: 'Asia/Baghdad', precision: 'day' })).toBe(
      '26 December 2023',
    );
  });
});
