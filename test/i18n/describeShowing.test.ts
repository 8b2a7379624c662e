import { describe, expect, it } from 'vitest';
import { describeShowing } from '../../src/i18n/describeShowing';
import { en } from '../../src/i18n/messages';

const at = (iso: string) => Date.parse(iso);

describe('describeShowing({ shown, total, domain, locale, timeZone, messages })', () => {
  it('says how many of how many, and the span through formatRange in the axis zone', () => {
    const text = describeShowing({
      shown: 14,
      total: 33,
      domain: [at('2023-10-17T06:00:00+03:00'), at('2023-11-21T18:00:00+03:00')],
      locale: 'en-GB',
      timeZone: 'Asia/Baghdad',
      messages: en,
    });
    // ICU puts thin or narrow spaces around the dash: compare the words.
    expect(text.replace(/\s/g, ' ')).toBe('Showing 14 of 33 events, 17 Oct – 21 Nov 2023');
  });

  it('says "all" when nothing is left out, and names the days in the zone (23:30Z is the next day in Baghdad)', () => {
    const text = describeShowing({
      shown: 33,
      total: 33,
      domain: [at('2023-10-16T23:30:00Z'), at('2023-10-25T12:00:00Z')],
      locale: 'en-GB',
      timeZone: 'Asia/Baghdad',
      messages: en,
    });
    expect(text.replace(/\s/g, ' ')).toMatch(/^Showing all 33 events, 17 ?– ?25 Oct 2023$/);
  });

  it('names the times when the view is under two days, and writes numbers in the locale’s digits', () => {
    const text = describeShowing({
      shown: 2,
      total: 33,
      domain: [at('2023-10-23T06:00:00+03:00'), at('2023-10-23T18:00:00+03:00')],
      locale: 'ar-IQ',
      timeZone: 'Asia/Baghdad',
      messages: { announceShowing: '{shown} / {total}: {range}', announceShowingAll: '{total}: {range}' },
    });
    expect(text).toMatch(/^٢ \/ ٣٣: /);
    expect(text).toMatch(/٦/);
    expect(text).toMatch(/١٨|٦:٠٠/);
  });
});
