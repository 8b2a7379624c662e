import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, truncateLabel, type Box, type LabelCandidate, type PlacedLabel } from '../../src/layout/index';

/** A fake font: 7 px per character. */
const measureText = (text: string) => Array.from(text).length * 7;
const base = { measureText, width: 400, rowHeight: 16, rowsPerLane: 2, maxLabelWidth: 140 };

function candidate(eventId: string, x: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { eventId, text: eventId, x, y: 0, significance: 3, time: 0, ...extra };
}

/** Boxes conflict when their rows overlap and they are less than `gap` px apart horizontally. */
function conflict(a: Box, b: Box, gap: number): boolean {
  return a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;
}

describe('truncateLabel(text, maxWidth, measureText)', () => {
  it('keeps a text that fits, and shortens one that does not to the longest prefix + "…"', () => {
    expect(truncateLabel('Tower 22', 100, measureText)).toEqual({ text: 'Tower 22', width: 56, truncated: false });
    expect(truncateLabel('Drone attack on Tower 22', 70, measureText)).toEqual({
      text: 'Drone att…',
      width: 70,
      truncated: true,
    });
    // A trailing space is not kept before the ellipsis.
    expect(truncateLabel('Drone attack', 49, measureText)?.text).toBe('Drone…');
    expect(truncateLabel('Drone attack', 10, measureText)).toBeNull();
  });
});

describe('placeLabels(candidates, { measureText, width, rowHeight, rowsPerLane, maxLabelWidth, gap })', () => {
  it('puts a label right of its mark in the first row, then in the next row, then left of the mark', () => {
    // cccc: right of its mark both rows are taken; left of it, row 0 is within 4 px (gap) of aaaa.
    const labels = placeLabels(
      [candidate('aaaa', 100), candidate('bbbb', 110, { time: 1 }), candidate('cccc', 120, { time: 2 })],
      { ...base, offset: 10 },
    );
    expect(labels.map(({ eventId, x, y }) => [eventId, x, y])).toEqual([
      ['aaaa', 110, 0],
      ['bbbb', 120, 16],
      ['cccc', 82, 16],
    ]);
  });

  it('places more significant labels first, then earlier ones, and omits one that fits nowhere', () => {
    const labels = placeLabels(
      [candidate('minor', 10, { significance: 1 }), candidate('major', 12, { significance: 5, time: 9 })],
      { ...base, rowsPerLane: 1 },
    );
    expect(labels.map((label) => label.eventId)).toEqual(['major']);
  });

  it('keeps labels off obstacles (marks, bars) and inside [0, width]', () => {
    const obstacles = [{ x: 100, y: 0, width: 50, height: 16 }];
    const [label] = placeLabels([candidate('abcdefgh', 90)], { ...base, rowsPerLane: 1, obstacles });
    expect(label).toMatchObject({ x: 90 - 56 });
    expect(placeLabels([candidate('abcdefgh', 395)], { ...base, rowsPerLane: 1 })[0]!.x + 56).toBeLessThanOrEqual(400);
  });

  it('truncates a long title to maxLabelWidth and says so', () => {
    const [label] = placeLabels(
      [candidate('x', 0, { text: 'US strikes more than 85 targets in Iraq and Syria' })],
      base,
    );
    expect(label).toMatchObject({ truncated: true, text: 'US strikes more tha…', width: 140 });
  });

  it('places 10,000 candidates quickly', () => {
    const candidates = Array.from({ length: 10_000 }, (_, i) =>
      candidate(`event ${i} with a long enough title`, (i * 7919) % 1280, {
        y: (i % 8) * 56,
        significance: 1 + (i % 5),
        time: i,
      }),
    );
    const t0 = performance.now();
    placeLabels(candidates, { ...base, width: 1280, rowsPerLane: 3 });
    expect(performance.now() - t0).toBeLessThan(500); // typically ~15 ms; loose for slow CI machines
  });

  const scenario = fc.record({
    width: fc.integer({ min: 50, max: 1200 }),
    rowsPerLane: fc.integer({ min: 1, max: 3 }),
    maxLabelWidth: fc.integer({ min: 20, max: 220 }),
    gap: fc.integer({ min: 0, max: 8 }),
    offset: fc.integer({ min: 0, max: 10 }),
    candidates: fc.array(
      fc.record({
        text: fc.string({ minLength: 1, maxLength: 50 }),
        x: fc.integer({ min: -50, max: 1250 }),
        // Lane tops on a 56 px grid, plus a few off the grid so rows of different lanes overlap.
        y: fc.oneof(
          fc.integer({ min: 0, max: 4 }).map((lane) => lane * 56),
          fc.integer({ min: 0, max: 250 }),
        ),
        significance: fc.integer({ min: 1, max: 5 }),
        time: fc.integer({ min: 0, max: 1000 }),
      }),
      { maxLength: 120 },
    ),
    obstacles: fc.array(
      fc.record({
        x: fc.integer({ min: -20, max: 1200 }),
        y: fc.integer({ min: 0, max: 250 }),
        width: fc.integer({ min: 0, max: 60 }),
        height: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 20 },
    ),
  });

  it('never overlaps two labels or an obstacle, stays in [0, width], truncates with "…" (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { candidates: raw, ...options } = s;
        const candidates = raw.map((c, i) => ({ ...c, eventId: `e${i}` }));
        const labels = placeLabels(candidates, { ...options, measureText, rowHeight: 16 });
        const byId = new Map(candidates.map((c) => [c.eventId, c]));
        expect(new Set(labels.map((l) => l.eventId)).size).toBe(labels.length);
        for (const [i, label] of labels.entries()) {
          expect(label.x).toBeGreaterThanOrEqual(0);
          expect(label.x + label.width).toBeLessThanOrEqual(s.width);
          expect(label.width).toBeLessThanOrEqual(s.maxLabelWidth);
          expect(label.width).toBe(measureText(label.text));
          if (label.truncated) expect(label.text.endsWith('…')).toBe(true);
          else expect(label.text).toBe(byId.get(label.eventId)!.text);
          for (const other of labels.slice(i + 1)) expect(conflict(label, other, s.gap)).toBe(false);
          for (const box of s.obstacles) expect(conflict(label, box, s.gap)).toBe(false);
        }
      }),
    );
  });

  it('omits a label only when every slot is out of bounds, on an obstacle or taken by a higher-priority label (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { candidates: raw, ...options } = s;
        const candidates = raw.map((c, i) => ({ ...c, eventId: `e${i}` }));
        const labels = placeLabels(candidates, { ...options, measureText, rowHeight: 16 });
        const rank = new Map(
          candidates
            .map((c, i) => ({ c, i }))
            .sort((a, b) => b.c.significance - a.c.significance || a.c.time - b.c.time || a.i - b.i)
            .map(({ c }, order) => [c.eventId, order]),
        );
        const placedIds = new Set(labels.map((l) => l.eventId));
        for (const c of candidates) {
          if (placedIds.has(c.eventId)) continue;
          const fitted = truncateLabel(c.text, s.maxLabelWidth, measureText);
          if (!fitted) continue;
          for (const x of [c.x + s.offset, c.x - s.offset - fitted.width]) {
            for (let r = 0; r < s.rowsPerLane; r++) {
              const slot = { x, y: c.y + r * 16, width: fitted.width, height: 16 };
              const outside = x < 0 || x + fitted.width > s.width;
              const blocked = s.obstacles.some((box) => conflict(slot, box, s.gap));
              const taken = labels.some(
                (l: PlacedLabel) => rank.get(l.eventId)! < rank.get(c.eventId)! && conflict(slot, l, s.gap),
              );
              expect(outside || blocked || taken).toBe(true);
            }
          }
        }
      }),
    );
  });
});
