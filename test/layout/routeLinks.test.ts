import { describe, expect, it } from 'vitest';
import { causalLinks, routeLinks, type LinkEvent } from '../../src/layout/index';

const events: LinkEvent[] = [
  {
    id: 'attack',
    related: [
      { type: 'retaliated_by', id: 'strike' },
      { type: 'precedes', id: 'statement' },
    ],
  },
  {
    id: 'strike',
    related: [
      { type: 'retaliates_for', id: 'attack' },
      { type: 'prompted', id: 'talks' },
    ],
  },
  {
    id: 'statement',
    related: [
      { type: 'responds_to', id: 'attack' },
      { type: 'follows', id: 'attack' },
    ],
  },
  { id: 'talks', related: [] },
];

const positions = new Map([
  ['attack', { x: 10, y: 12 }],
  ['strike', { x: 200, y: 68 }],
  ['statement', { x: 120, y: 12 }],
  ['talks', { x: 300, y: 124 }],
]);

const pairs = (links: { fromId: string; toId: string; type: string }[]) =>
  links.map((link) => `${link.fromId}→${link.toId}:${link.type}`);

describe('causalLinks(events)', () => {
  it('reads cause → response from either side, once per pair, and ignores non-causal relations', () => {
    expect(pairs(causalLinks(events))).toEqual([
      'attack→strike:retaliates_for',
      'strike→talks:responds_to',
      'attack→statement:responds_to',
    ]);
  });
});

describe('routeLinks(events, positions, { show, selectedId })', () => {
  it('draws every causal link from cause to response, with non-empty SVG path data', () => {
    const links = routeLinks(events, positions, { show: 'all' });
    expect(links.map((link) => link.id)).toEqual([
      'attack→strike:retaliates_for',
      'strike→talks:responds_to',
      'attack→statement:responds_to',
    ]);
    for (const link of links) expect(link.d).toMatch(/^M[\d.,-]+C/);
  });

  it('starts the path at the cause and ends it at the response, arched above the higher end', () => {
    const [link] = routeLinks(events, positions, { show: 'all' });
    const numbers = link!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.slice(0, 2)).toEqual([10, 12]);
    expect(numbers.slice(-2)).toEqual([200, 68]);
    expect(Math.min(...numbers.filter((_, i) => i % 2 === 1))).toBeLessThan(12);
  });

  it('arches a link within one lane so it does not run along the marks', () => {
    const [link] = routeLinks(events, positions, { show: 'all', selectedId: 'statement' }).filter(
      (l) => l.toId === 'statement',
    );
    const ys = link!.d
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBeLessThanOrEqual(0);
  });

  it('cuts `inset` px off both ends so arrows stop at the mark edge', () => {
    const [link] = routeLinks(events, positions, { show: 'all', inset: 8 });
    expect(link!.d.startsWith('M10,12')).toBe(false);
  });

  it('keeps only the links touching the selected event in "selected" mode, and none in "none" mode', () => {
    expect(pairs(routeLinks(events, positions, { show: 'selected', selectedId: 'strike' }))).toEqual([
      'attack→strike:retaliates_for',
      'strike→talks:responds_to',
    ]);
    expect(routeLinks(events, positions, { show: 'selected', selectedId: null })).toEqual([]);
    expect(routeLinks(events, positions, { show: 'none' })).toEqual([]);
  });

  it('skips links with an end not placed, or both ends on the same point (one cluster)', () => {
    const partial = new Map([...positions].filter(([id]) => id !== 'talks'));
    partial.set('statement', { x: 10, y: 12 });
    expect(pairs(routeLinks(events, partial, { show: 'all' }))).toEqual(['attack→strike:retaliates_for']);
  });

  it('draws links between the same two clusters once, counting them, the selected one standing for the rest', () => {
    const clustered = new Map([
      ['attack', { x: 10, y: 12 }],
      ['statement', { x: 10, y: 12 }],
      ['strike', { x: 200, y: 68 }],
      ['talks', { x: 200, y: 68 }],
    ]);
    const more: LinkEvent[] = [...events, { id: 'talks', related: [{ type: 'responds_to', id: 'statement' }] }];
    const links = routeLinks(more, clustered, { show: 'all', selectedId: 'talks' });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ fromId: 'statement', toId: 'talks', merged: 2 });
  });
});
