import { describe, expect, it } from 'vitest';
import { figureStatus } from '../../src/layout/figureStatus';
import { escalation2023 } from '../../src/datasets/index';

const of = (...statuses: ('confirmed' | 'reported' | 'claimed' | 'denied' | 'unverified')[]) =>
  figureStatus(statuses.map((status) => ({ status })));

describe('figureStatus(reports)', () => {
  it('is "none" without reports', () => {
    expect(figureStatus([])).toBe('none');
    expect(figureStatus(undefined)).toBe('none');
  });

  it('takes the strongest status when accounts agree in kind', () => {
    expect(of('reported', 'confirmed')).toBe('confirmed');
    expect(of('reported', 'unverified')).toBe('reported');
    expect(of('claimed')).toBe('claimed');
    expect(of('denied')).toBe('denied');
    expect(of('unverified')).toBe('unverified');
  });

  it('is "contested" when a claim meets a denial or an established figure', () => {
    expect(of('claimed', 'denied')).toBe('contested');
    expect(of('claimed', 'confirmed')).toBe('contested');
    expect(of('denied', 'reported')).toBe('contested');
  });

  it('marks the 22 Oct death claims, denied by CENTCOM, as contested', () => {
    const event = escalation2023.events.find((e) => e.id === 'al-asad-attacks-oct-22-death-claims-denied')!;
    expect(figureStatus(event.casualties)).toBe('contested');
  });
});
