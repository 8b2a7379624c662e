import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import {
  datasetExtent,
  layoutTimeline,
  prepareTimeline,
  type Mark,
  type PlacedLabel,
  type TimelineLayout,
} from '../../src/layout/index';

const measureText = (text: string) => Array.from(text).length * 6.5;
const idsOf = (mark: Mark) => (mark.type === 'event' ? [mark.id] : mark.eventIds);

function expectNoLabelOverlap(labels: PlacedLabel[], width: number) {
  for (const [i, a] of labels.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(width);
    for (const b of labels.slice(i + 1)) {
      const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
      expect(apart, `${a.eventId} and ${b.eventId} overlap`).toBe(true);
    }
  }
}

function expectEveryEventOnce(layout: TimelineLayout, ids: string[]) {
  const placed = layout.marks.flatMap(idsOf);
  expect(placed.sort()).toEqual([...ids].sort());
  expect(layout.marks.reduce((sum, m) => sum + (m.type === 'event' ? 1 : m.count), 0)).toBe(ids.length);
}

describe('layoutTimeline(prepareTimeline(escalation2023), { domain, width, measureText })', () => {
  const prepared = prepareTimeline(escalation2023);
  const domain = datasetExtent(prepared)!;

  it('spans the dataset, from the Hamas attack (7 October, Jerusalem) to the 7 February strike', () => {
    expect(domain).toEqual([Date.parse('2023-10-07T00:00:00+03:00'), Date.parse('2024-02-07T21:30:00+03:00')]);
  });

  it.each([360, 768, 1280])('at %i px: every event in exactly one mark, no labels overlapping', (width) => {
    const layout = layoutTimeline(prepared, { domain, width, measureText });
    expectEveryEventOnce(
      layout,
      escalation2023.events.map((event) => event.id),
    );
    expectNoLabelOverlap(layout.labels, width);
    expect(layout.labels.length).toBeGreaterThan(0);
    expect(layout.ticks.minor.length).toBeGreaterThan(1);
    expect(layout.height).toBe(layout.lanes.length * 56);
    expect(layout.phases.map((band) => band.id)).toEqual([
      'first-wave',
      'gaza-truce',
      'strikes-inside-iraq',
      'after-tower-22',
    ]);
  });

  it.each([360, 768, 1280])('at %i px: links Tower 22 → the 2–3 February strikes, from cause to response', (width) => {
    const layout = layoutTimeline(prepared, { domain, width, measureText });
    const link = layout.links.find(
      (l) => l.fromId === 'tower-22-drone-attack' && l.toId === 'us-strikes-85-targets-iraq-syria',
    );
    expect(link?.type).toBe('retaliates_for');
    /** Where the mark's symbol is drawn. */
    const symbolOf = (id: string) => {
      const mark = layout.marks.find((m) => idsOf(m).includes(id))!;
      return { x: mark.type === 'event' ? (mark.cx ?? mark.x) : mark.x, y: mark.y };
    };
    const numbers = link!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const distance = (x: number, y: number, to: { x: number; y: number }) => Math.hypot(x - to.x, y - to.y);
    // Each end lies within a mark radius or so of its mark (the inset keeps the arrow head off the symbol).
    expect(distance(numbers[0]!, numbers[1]!, symbolOf('tower-22-drone-attack'))).toBeLessThan(10);
    expect(distance(numbers.at(-2)!, numbers.at(-1)!, symbolOf('us-strikes-85-targets-iraq-syria'))).toBeLessThan(10);
  });

  it('puts a multi-actor event in its first actor\'s lane ("tower-22-drone-attack": IRI, then KH)', () => {
    expect(prepared.laneOf.get('tower-22-drone-attack')).toBe('iri');
    expect(prepared.lanes[0]).toMatchObject({ key: 'us-military', label: 'US military' });
  });

  it('draws no mark for an event outside the domain, and keeps every extent', () => {
    const november = [Date.parse('2023-11-01T00:00:00+03:00'), Date.parse('2023-11-30T00:00:00+03:00')] as const;
    const layout = layoutTimeline(prepared, { domain: november, width: 768, measureText });
    const ids = layout.marks.flatMap(idsOf);
    expect(ids).toContain('us-strike-deir-ez-zor-nov-8');
    expect(ids).toContain('gaza-truce-lull'); // 24 November – 1 December reaches into the view
    expect(ids).not.toContain('tower-22-drone-attack');
    expect(layout.extents.size).toBe(escalation2023.events.length);
  });

  it('shows only the selected event\'s links in "selected" mode', () => {
    const layout = layoutTimeline(prepared, {
      domain,
      width: 1280,
      measureText,
      linkMode: 'selected',
      selectedId: 'tower-22-drone-attack',
    });
    expect(layout.links.length).toBeGreaterThan(0);
    for (const link of layout.links) expect([link.fromId, link.toId]).toContain('tower-22-drone-attack');
  });

  it('takes a Dataset directly (prepared on the fly) with the same result', () => {
    const direct = layoutTimeline(escalation2023, { domain, width: 768, measureText });
    expect(direct.marks).toEqual(layoutTimeline(prepared, { domain, width: 768, measureText }).marks);
  });

  it('is deterministic: the same input gives a deep-equal layout', () => {
    const options = { domain, width: 768, measureText };
    expect(layoutTimeline(prepared, options)).toEqual(layoutTimeline(prepared, options));
  });
});

describe('layoutTimeline(prepareTimeline(generateDataset(…)), …) (property)', () => {
  const dataset = generateDataset({ count: 400, seed: 7 });
  const prepared = prepareTimeline(dataset);
  const [start, end] = datasetExtent(prepared)!;

  it('keeps every visible event in exactly one mark and labels apart at any zoom and width', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.0005, max: 1, noNaN: true }),
        fc.integer({ min: 320, max: 1600 }),
        fc.constantFrom('actor', 'category', 'country', 'single' as const),
        (from, share, width, laneMode) => {
          const d0 = start + from * (end - start);
          const domain = [d0, d0 + share * (end - start)] as const;
          const layout = layoutTimeline(laneMode === 'actor' ? prepared : dataset, {
            domain,
            width,
            measureText,
            laneMode,
          });
          const visible = prepared.events.filter(
            (_, i) => prepared.extents[i]!.end >= domain[0] && prepared.extents[i]!.start <= domain[1],
          );
          expectEveryEventOnce(
            layout,
            visible.map((event) => event.id),
          );
          expectNoLabelOverlap(layout.labels, width);
        },
      ),
      { numRuns: 40 },
    );
  });
});
