import { describe, expect, it } from 'vitest';
import { en, formatDuration, formatGapLater } from '../../src/i18n/index';
import { localeTag } from '../../src/i18n/localeTag';

describe('formatDuration(count, unit, locale)', () => {
  it.each([
    [1, 'week', '1 week'],
    [3, 'week', '3 weeks'],
    [17, 'day', '17 days'],
    [2, 'month', '2 months'],
    [1, 'year', '1 year'],
    [36, 'hour', '36 hours'],
  ] as const)('en-GB: %d %s → %s', (count, unit, expected) => {
    expect(formatDuration(count, unit, 'en-GB')).toBe(expected);
  });

  it("follows Arabic plural forms (one, two, few, many) in the locale's digits", () => {
    const arab = localeTag({ locale: 'ar', numberingSystem: 'arab' });
    expect(formatDuration(1, 'week', arab)).toBe('أسبوع');
    expect(formatDuration(2, 'week', arab)).toBe('أسبوعان');
    expect(formatDuration(3, 'week', arab)).toBe('٣ أسابيع');
    expect(formatDuration(11, 'week', arab)).toBe('١١ أسبوعًا');
    expect(formatDuration(3, 'week', localeTag({ locale: 'ar' }))).toBe('3 أسابيع');
  });

  it('never throws on a bad locale tag', () => {
    expect(formatDuration(3, 'week', 'not a locale!')).toBe('3 weeks');
  });
});

describe('formatGapLater(gap, { locale, messages })', () => {
  it('fills the duration into the message', () => {
    expect(formatGapLater({ count: 3, unit: 'week' }, { locale: 'en-GB', messages: en })).toBe('3 weeks later');
  });

  it('puts the Arabic duration into an Arabic template', () => {
    const messages = { gapLater: '{duration} لاحقًا' };
    expect(formatGapLater({ count: 2, unit: 'month' }, { locale: 'ar', messages })).toBe('شهران لاحقًا');
    expect(formatGapLater({ count: 3, unit: 'day' }, { locale: 'ar-u-nu-arab', messages })).toBe('٣ أيام لاحقًا');
  });
});
