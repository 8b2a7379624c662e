import { describe, expect, it } from 'vitest';
import { countEventsInView } from '../../src/layout/countEventsInView';
import type { EventExtent } from '../../src/layout/types';

describe('countEventsInView(ids, extents, domain, include)', () => {
  const ids = ['before', 'running', 'inside', 'after', 'edge'];
  const extents: EventExtent[] = [
    { start: 0, end: 5, kind: 'point' },
    { start: 5, end: 50, kind: 'range' },
    { start: 20, end: 20, kind: 'point' },
    { start: 60, end: 70, kind: 'range' },
    { start: 30, end: 30, kind: 'point' },
  ];

  it('counts the events whose extent meets the view, a range begun before it included, ends inclusive', () => {
    expect(countEventsInView(ids, extents, [10, 30])).toBe(3);
    expect(countEventsInView(ids, extents, [0, 100])).toBe(5);
    expect(countEventsInView(ids, extents, [51, 59])).toBe(0);
  });

  it('counts only what `include` keeps (the filters)', () => {
    expect(countEventsInView(ids, extents, [10, 30], (id) => id !== 'running')).toBe(2);
  });
});
