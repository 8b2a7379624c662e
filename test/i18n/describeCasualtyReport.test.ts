import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type CasualtyReport } from '../../src/schema/index';
import { casualtyReportParts, describeCasualtyReport } from '../../src/i18n/index';

const options = { locale: 'en-GB', timeZone: 'Asia/Baghdad' };
const report = (fields: Partial<CasualtyReport>): CasualtyReport => ({
  status: 'reported',
  reportedBy: 'Someone',
  sources: [],
  ...fields,
});

describe('describeCasualtyReport(report, { locale, timeZone })', () => {
  it('says figures, status in words, who, and as-of date', () => {
    expect(
      describeCasualtyReport(
        report({
          killed: 3,
          injured: { min: 40, qualifier: 'more-than' },
          status: 'confirmed',
          reportedBy: 'US Department of Defense',
          asOf: '2024-01-29',
        }),
        options,
      ),
    ).toBe('3 killed, more than 40 injured — confirmed by US Department of Defense (as of 29 January 2024)');
  });

  it.each([
    ['confirmed', 'confirmed by Someone'],
    ['reported', 'reported by Someone'],
    ['claimed', 'claimed by Someone'],
    ['denied', 'denied by Someone'],
    ['unverified', 'not verified'],
  ] as const)('status %s is said in words', (status, words) => {
    expect(describeCasualtyReport(report({ killed: 1, status }), options)).toContain(words);
  });

  it('has words for every claim status', () => {
    for (const status of CLAIM_STATUSES) {
      expect(casualtyReportParts(report({ status }), options).statusLabel).toMatch(/\w/);
    }
  });

  it('names the group hit and says "no injuries" for zero', () => {
    expect(
      describeCasualtyReport(report({ group: 'US service members', injured: 0, reportedBy: 'WSJ' }), options),
    ).toBe('US service members: no injuries — reported by WSJ');
  });

  it('keeps the words of the source', () => {
    expect(
      describeCasualtyReport(
        report({ killed: { text: 'several' }, status: 'claimed', reportedBy: 'Islamic Resistance in Iraq' }),
        options,
      ),
    ).toBe('several killed — claimed by Islamic Resistance in Iraq');
  });

  it('treats an unknown status as not verified rather than throwing', () => {
    expect(describeCasualtyReport(report({ killed: 2, status: 'rumoured' as never }), options)).toContain(
      'not verified',
    );
  });
});
