import { describe, expect, it } from 'vitest';
import { formatFigure, formatZoneName, interpolate, mergeMessages, en } from '../../src/i18n/index';

const options = { locale: 'en-GB' };

describe('formatFigure(figure, { locale })', () => {
  it.each([
    [3, '3'],
    [0, '0'],
    [1200, '1,200'],
    [{ min: 2, max: 3 }, '2–3'],
    [{ min: 5, max: 5 }, '5'],
    [{ min: 40, qualifier: 'more-than' }, 'more than 40'],
    [{ min: 40 }, 'at least 40'],
    [{ max: 10 }, 'up to 10'],
    [{ value: 1200, qualifier: 'about' }, 'about 1,200'],
    [{ value: 12, qualifier: 'nearly' }, 'nearly 12'],
    [{ text: 'several' }, 'several'],
    [{ value: 12, text: 'dozens' }, '12 (“dozens”)'],
  ] as const)('%j → %s', (figure, expected) => {
    expect(formatFigure(figure, options)).toBe(expected);
  });

  it('uses the locale’s digits and range sign', () => {
    expect(formatFigure({ min: 30, max: 40 }, { locale: 'ar-IQ' })).toBe('٣٠–٤٠');
  });

  it('returns "" for things that are not figures', () => {
    expect(formatFigure(undefined, options)).toBe('');
    expect(formatFigure({} as never, options)).toBe('');
    expect(formatFigure(-3 as never, options)).toBe('');
  });
});

describe('formatZoneName(zone, at, { locale })', () => {
  const at = Date.parse('2023-12-26T01:45:00Z');
  it('names the city and the offset', () => {
    expect(formatZoneName('Asia/Baghdad', at, options)).toBe('Baghdad time (GMT+3)');
    expect(formatZoneName('America/New_York', at, options)).toBe('New York time (GMT-5)');
    expect(formatZoneName('UTC', at, options)).toBe('UTC');
  });
});

describe('messages', () => {
  it('interpolate fills placeholders once and leaves unknown ones', () => {
    expect(interpolate('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });

  it('mergeMessages applies partial overrides, groups included', () => {
    const merged = mergeMessages(en, { noEvents: 'Nothing yet.', status: { claimed: 'Claimed (unconfirmed)' } });
    expect(merged.noEvents).toBe('Nothing yet.');
    expect(merged.status.claimed).toBe('Claimed (unconfirmed)');
    expect(merged.status.confirmed).toBe('Confirmed');
    expect(en.noEvents).toBe('No events to show.');
  });
});
