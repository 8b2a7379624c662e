import { describe, expect, it } from 'vitest';
import { toleranceMb } from '../../bench/lib/measureMemory';

describe('toleranceMb(oneTimelineMb)', () => {
  it('allows a quarter of one mounted timeline', () => expect(toleranceMb(12)).toBe(3));
  it('never less than 2 MB, however small the timeline', () => expect(toleranceMb(1)).toBe(2));
});
