import { describe, expect, it } from 'vitest';
import { describeFigureSpread } from '../../src/i18n/describeFigureSpread';
import { escalation2023 } from '../../src/datasets/index';

describe('describeFigureSpread(reports, which, { locale })', () => {
  it('sums up accounts that differ as a range', () => {
    const reports = [{ killed: 1 }, { killed: { min: 2, max: 3 } }, { killed: { text: 'a number' } }];
    expect(describeFigureSpread(reports, 'killed', { locale: 'en-GB' })).toBe('Killed, by 2 accounts that differ: 1–3');
  });

  it('says nothing when accounts agree or only one gives a number', () => {
    expect(describeFigureSpread([{ killed: 2 }, { killed: 2 }], 'killed', { locale: 'en-GB' })).toBeNull();
    expect(describeFigureSpread([{ killed: 2 }, { injured: 5 }], 'killed', { locale: 'en-GB' })).toBeNull();
  });

  it('gives the 3 Feb strikes a range of deaths across the Iraqi and monitor figures', () => {
    const event = escalation2023.events.find((e) => e.id === 'us-strikes-85-targets-iraq-syria')!;
    expect(describeFigureSpread(event.casualties, 'killed', { locale: 'en-GB' })).toMatch(
      /^Killed, by \d accounts that differ: \d+–\d+$/,
    );
  });
});
