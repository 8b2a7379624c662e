import { describe, expect, it } from 'vitest';
import { formatDayRange } from '../../src/i18n/formatDayRange';
import { localeTag } from '../../src/i18n/localeTag';

const OCT_17 = Date.UTC(2023, 9, 17, 12);
const NOV_21 = Date.UTC(2023, 10, 21, 12);

describe('formatDayRange', () => {
  it('joins the two days the language’s way, not with an English "to"', () => {
    const en = formatDayRange(OCT_17, NOV_21, { locale: 'en-GB', timeZone: 'UTC' });
    expect(en).toMatch(/17 October\s?–\s?21 November 2023/);
    const ar = formatDayRange(OCT_17, NOV_21, {
      locale: localeTag({ locale: 'ar', numberingSystem: 'arab' }),
      timeZone: 'UTC',
    });
    expect(ar).not.toMatch(/[0-9]/);
    expect(ar).toContain('٢٠٢٣');
    expect(ar).not.toMatch(/\bto\b/);
  });

  it('names the days of the zone asked for: 23:45 UTC is already the next day in Tehran', () => {
    const late = Date.UTC(2024, 3, 13, 23, 45);
    expect(formatDayRange(late, late, { locale: 'en-GB', timeZone: 'UTC' })).toBe('13 April 2024');
    expect(formatDayRange(late, late, { locale: 'en-GB', timeZone: 'Asia/Tehran' })).toBe('14 April 2024');
  });

  it('gives one day when both ends fall on it, and never throws on bad input', () => {
    expect(formatDayRange(OCT_17, OCT_17 + 3_600_000, { locale: 'en-GB', timeZone: 'UTC' })).toBe('17 October 2023');
    expect(formatDayRange(Number.NaN, NOV_21, { locale: 'en-GB', timeZone: 'Not/AZone' })).toBe('');
    expect(formatDayRange(OCT_17, NOV_21, { locale: 'en-GB', timeZone: 'Not/AZone' })).toMatch(/2023/);
  });
});
