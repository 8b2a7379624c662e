import { describe, expect, it } from 'vitest';
import { formatAxisTicks } from '../../src/i18n/index';
import { chooseTicks } from '../../src/layout/index';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const baghdad = { locale: 'en-GB', timeZone: 'Asia/Baghdad' };

function axis(from: string, span: number, width = 800, options = baghdad) {
  const ticks = chooseTicks([at(from), at(from) + span], width, { timeZone: options.timeZone });
  return formatAxisTicks(ticks, options);
}

describe('formatAxisTicks(ticks, { locale, timeZone })', () => {
  it('puts "October 2023" over "17": days under their month, the zone named', () => {
    const layout = axis('2023-10-10T00:00:00+03:00', 14 * DAY);
    expect(layout.unit).toBe('day');
    expect(layout.major.map((tick) => tick.label)).toEqual(['October 2023']);
    const the17th = layout.minor.find((tick) => tick.time === at('2023-10-17T00:00:00+03:00'));
    expect(the17th).toMatchObject({ label: '17', fullLabel: '17 October 2023' });
    expect(layout.zoneLabel).toBe('Baghdad time (GMT+3)');
  });

  it('labels hours "06:00" under "17 October 2023", with the zone in the full label', () => {
    const layout = axis('2023-10-17T00:00:00+03:00', 2 * DAY);
    expect(layout.unit).toBe('hour');
    expect(layout.minor.map((tick) => tick.label)).toContain('06:00');
    expect(layout.major.map((tick) => tick.label)).toContain('17 October 2023');
    const six = layout.minor.find((tick) => tick.label === '06:00')!;
    expect(six.fullLabel).toBe('17 October 2023, 06:00 Baghdad time (GMT+3)');
  });

  it('labels months "Oct" under "2023" and years "2025" under a decade', () => {
    const months = axis('2023-07-01T00:00:00+03:00', 122 * DAY);
    // ("Sep" or "Sept" depends on the ICU version.)
    expect(months.minor.map((tick) => tick.label)).toEqual(['Jul', 'Aug', expect.stringMatching(/^Sept?$/), 'Oct']);
    expect(months.major.map((tick) => tick.label)).toEqual(['2023']);
    const years = axis('2011-06-01T00:00:00Z', 30 * 365 * DAY, 800, { locale: 'en-GB', timeZone: 'UTC' });
    expect(years.minor.map((tick) => tick.label)).toContain('2025');
    expect(years.major.map((tick) => tick.label)).toContain('2020');
    expect(years.zoneLabel).toBe('UTC');
  });

  it('names the day at midnight when hour ticks sit under month ticks (no day row)', () => {
    const layout = axis('2023-10-15T00:00:00Z', (800 / 4.5) * HOUR, 800, { locale: 'en-GB', timeZone: 'UTC' });
    expect(layout.majorUnit).toBe('month');
    expect(layout.minor.map((tick) => tick.label)).toEqual(expect.arrayContaining(['16 Oct', '12:00']));
  });

  it('follows the locale and the zone, never the machine', () => {
    const layout = axis('2023-10-10T00:00:00+03:00', 14 * DAY, 800, { locale: 'fr-FR', timeZone: 'Asia/Baghdad' });
    expect(layout.major[0]!.label).toBe('octobre 2023');
    const ny = axis('2023-11-03T12:00:00-04:00', 5 * DAY, 400, { locale: 'en-GB', timeZone: 'America/New_York' });
    expect(ny.minor.map((tick) => tick.label)).toEqual(['4', '5', '6', '7', '8']);
    expect(ny.zoneLabel).toMatch(/^New York time \(GMT-[45]\)$/);
  });

  it('keeps positions and the clamped flag from the tick set', () => {
    const layout = axis('2023-10-10T00:00:00+03:00', 14 * DAY);
    expect(layout.major[0]).toMatchObject({ x: 0, clamped: true, time: at('2023-10-01T00:00:00+03:00') });
  });
});
