import { describe, expect, it } from 'vitest';
import { createTimeScale, phaseBands } from '../../src/layout/index';

const at = (iso: string) => Date.parse(iso);
const phases = [
  { id: 'truce', title: 'Gaza truce', start: '2023-11-24', end: '2023-12-01' },
  { id: 'later', title: 'Later', start: '2024-03-01', end: '2024-03-02' },
  { id: 'earlier', title: 'Earlier', start: '2023-01-01', end: '2023-01-02' },
];

describe('phaseBands(phases, scale, width, timeZone)', () => {
  it("covers the phase's first to last day whole, in the zone", () => {
    const domain = [at('2023-11-20T00:00:00+03:00'), at('2023-12-10T00:00:00+03:00')] as const;
    const [band] = phaseBands(phases, createTimeScale(domain, 2000), 2000, 'Asia/Baghdad');
    expect(band).toMatchObject({ id: 'truce', title: 'Gaza truce' });
    expect(band!.x).toBeCloseTo(400, 6); // 4 of 20 days
    expect(band!.width).toBeCloseTo(800, 6); // 24 November to the end of 1 December: 8 days
  });

  it('clips a band to [0, width] and drops phases outside the view', () => {
    const domain = [at('2023-11-28T00:00:00+03:00'), at('2023-11-30T00:00:00+03:00')] as const;
    expect(phaseBands(phases, createTimeScale(domain, 500), 500, 'Asia/Baghdad')).toEqual([
      { id: 'truce', title: 'Gaza truce', x: 0, width: 500 },
    ]);
  });
});
