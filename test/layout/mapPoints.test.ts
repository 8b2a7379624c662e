import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalation2023 } from '../../src/datasets/index';
import {
  countryLabelAnchors,
  fitMercator,
  groupPlaces,
  layoutMapInset,
  mapPointViews,
  nextInGroup,
  locatedEvents,
  mapFrame,
  placeMapLabels,
  shortPlaceName,
  type MapLabelCandidate,
  type MapPointEvent,
  type ProjectPoint,
} from '../../src/layout/index';

const at = (id: string, lon: number, lat: number, name = id): MapPointEvent => ({ id, location: { name, lon, lat } });
/** 10 px per degree, north up. */
const flat: ProjectPoint = (lon, lat) => [lon * 10, -lat * 10];
const measureText = (text: string) => text.length * 6;

describe('locatedEvents', () => {
  it('keeps events with both coordinates in range, in order, and skips anything else', () => {
    const events = [
      at('a', 44, 33, ' Baghdad '),
      { id: 'b' },
      { id: 'c', location: { name: 'Half', lat: 33 } },
      { id: 'd', location: { name: 'Out of range', lat: 33, lon: 200 } },
      null,
      at('e', -77, 38.9),
    ] as unknown as MapPointEvent[];
    expect(locatedEvents(events).map((event) => [event.id, event.name, event.index])).toEqual([
      ['a', 'Baghdad', 0],
      ['e', 'e', 5],
    ]);
    expect(locatedEvents(undefined)).toEqual([]);
  });
});

describe('groupPlaces', () => {
  it('merges events at the same place, with a count, member ids in order and the most common name', () => {
    const events = [
      at('1', 44.366, 33.315, 'Baghdad'),
      at('2', 42.441, 33.786, 'Al-Asad Air Base, Anbar Governorate'),
      at('3', 44.366, 33.315, 'Iraq (statement published online)'),
      at('4', 44.366, 33.315, 'Baghdad'),
    ];
    const groups = groupPlaces(events, { project: flat, radius: 5 });
    expect(groups.map((group) => [group.ids, group.count, group.label, group.places])).toEqual([
      [['1', '3', '4'], 3, 'Baghdad', 1],
      [['2'], 1, 'Al-Asad Air Base, Anbar Governorate', 1],
    ]);
    expect(groups[1]!.shortLabel).toBe('Al-Asad Air Base');
    expect(groups[0]!.key).toBe('44.366,33.315');
    expect(groups[0]!.x).toBeCloseTo(443.66, 6);
    expect(groups[0]!.y).toBeCloseTo(-333.15, 6);
  });

  it('merges nearby places into the busiest one, and keeps distant ones apart', () => {
    const events = [
      at('embassy', 44.39, 33.3, 'US Embassy, Green Zone, Baghdad'),
      at('b1', 44.366, 33.315, 'Baghdad'),
      at('b2', 44.366, 33.315, 'Baghdad'),
      at('mashtal', 44.47, 33.31, 'Al-Mashtal area, eastern Baghdad'),
      at('asad', 42.441, 33.786, 'Al-Asad'),
    ];
    const groups = groupPlaces(events, { project: flat, radius: 2 });
    expect(groups[0]).toMatchObject({
      ids: ['embassy', 'b1', 'b2', 'mashtal'],
      label: 'Baghdad',
      places: 3,
      lon: 44.366,
    });
    expect(groups[1]!.ids).toEqual(['asad']);
  });

  it('breaks ties by the most significant event, then by the earliest', () => {
    const [group] = groupPlaces([at('1', 0, 0, 'First'), at('2', 0, 0, 'Second')], { project: flat });
    expect(group!.label).toBe('First');
    const tanf = { ...at('tanf', 38.66, 33.49, 'Al-Tanf garrison'), significance: 3 };
    const tower = { ...at('tower', 38.703, 33.314, 'Tower 22, near Rukban'), significance: 5 };
    const [merged] = groupPlaces([tanf, tower], { project: flat, radius: 5 });
    expect(merged).toMatchObject({ ids: ['tanf', 'tower'], shortLabel: 'Tower 22', lon: 38.703 });
  });

  it('leaves out places the projection cannot place', () => {
    const project: ProjectPoint = (lon, lat) => (lon < 0 ? null : [lon, lat]);
    expect(groupPlaces([at('a', -10, 0), at('b', 10, 0)], { project }).map((group) => group.ids)).toEqual([['b']]);
  });

  it('places the escalation story on a 320 × 240 inset as a dozen points, Baghdad the busiest', () => {
    const frame = mapFrame(escalation2023.events, { aspect: 304 / 224 })!;
    const { project } = fitMercator(frame, [
      [8, 8],
      [312, 232],
    ]);
    const groups = groupPlaces(escalation2023.events, { project, radius: 24 });
    expect(groups[0]!.shortLabel).toBe('Baghdad');
    expect(groups[0]!.ids).toContain('baghdad-strike-kills-abu-taqwa');
    const tower22 = groups.find((group) => group.ids.includes('tower-22-drone-attack'))!;
    expect(tower22.ids).toContain('al-tanf-drone-attack-oct-18'); // 40 km apart: one point at this scale
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.length).toBeLessThan(20);
  });

  it('puts every event in exactly one point, and points at least `radius` apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 40 }),
        (points, radius) => {
          const events = points.map((p, i) => at(`e${i}`, p.x / 10, p.y / 10));
          const groups = groupPlaces(events, { project: flat, radius });
          expect(groups.flatMap((group) => group.ids).sort()).toEqual(events.map((event) => event.id).sort());
          for (const a of groups) {
            for (const b of groups) {
              if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(radius - 1e-9);
            }
          }
        },
      ),
    );
  });
});

describe('placeMapLabels', () => {
  const options = { measureText, width: 200, height: 100, lineHeight: 12 };

  it('puts a label beside its point, on the left when the right is taken by the edge', () => {
    const [right] = placeMapLabels([{ key: 'a', text: 'Baghdad', x: 50, y: 50, r: 5 }], options);
    expect(right).toMatchObject({ anchor: 'start', x: 58, y: 50 });
    const [left] = placeMapLabels([{ key: 'b', text: 'Baghdad', x: 190, y: 50, r: 5 }], options);
    expect(left).toMatchObject({ anchor: 'end', x: 182 });
  });

  it('never overlaps labels, never covers a point, and stays inside the map', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 200 }),
            y: fc.integer({ min: 0, max: 100 }),
            r: fc.integer({ min: 0, max: 12 }),
          }),
          { maxLength: 30 },
        ),
        (raw) => {
          const candidates: MapLabelCandidate[] = raw.map((c, i) => ({ key: `k${i}`, text: `Place ${i}`, ...c }));
          const obstacles = candidates.filter((c) => c.r > 0);
          const placed = placeMapLabels(candidates, { ...options, obstacles });
          for (const label of placed) {
            expect(label.box.x0).toBeGreaterThanOrEqual(0);
            expect(label.box.x1).toBeLessThanOrEqual(200);
            expect(label.box.y0).toBeGreaterThanOrEqual(0);
            expect(label.box.y1).toBeLessThanOrEqual(100);
            for (const other of placed) {
              if (other === label) continue;
              const apart =
                label.box.x1 <= other.box.x0 ||
                other.box.x1 <= label.box.x0 ||
                label.box.y1 <= other.box.y0 ||
                other.box.y1 <= label.box.y0;
              expect(apart).toBe(true);
            }
            for (const circle of obstacles) {
              const dx = Math.max(label.box.x0 - circle.x, 0, circle.x - label.box.x1);
              const dy = Math.max(label.box.y0 - circle.y, 0, circle.y - label.box.y1);
              expect(dx * dx + dy * dy).toBeGreaterThanOrEqual(circle.r * circle.r - 1e-9);
            }
          }
        },
      ),
    );
  });

  it('shortens long labels, drops names wider than their country, and stops at the limit', () => {
    const [long] = placeMapLabels([{ key: 'a', text: 'A very long place name indeed', x: 20, y: 50, r: 4 }], {
      ...options,
      maxWidth: 60,
    });
    expect(long!.text.endsWith('…')).toBe(true);
    expect(long!.truncated).toBe(true);
    expect(placeMapLabels([{ key: 'c', text: 'LEBANON', x: 100, y: 50, r: 0, fit: 20 }], options)).toEqual([]);
    const many = Array.from({ length: 5 }, (_, i) => ({ key: `${i}`, text: 'X', x: 20 + i * 30, y: 50, r: 3 }));
    expect(placeMapLabels(many, { ...options, limit: 2 })).toHaveLength(2);
  });
});

describe('countryLabelAnchors and shortPlaceName', () => {
  it('offers the countries of the region, with their width on the map', () => {
    const frame = mapFrame(escalation2023.events)!;
    const anchors = countryLabelAnchors(frame, flat);
    expect(anchors.map((anchor) => anchor.code)).toEqual(expect.arrayContaining(['IQ', 'SY', 'JO']));
    expect(anchors.map((anchor) => anchor.code)).not.toContain('AF');
    expect(anchors.find((anchor) => anchor.code === 'IQ')!.maxWidth).toBeCloseTo(98, 6);
    expect(countryLabelAnchors(null, flat)).toEqual([]);
  });

  it('shortens a place name at its first comma or parenthesis', () => {
    expect(shortPlaceName('Erbil Air Base (Erbil International Airport), Kurdistan Region')).toBe('Erbil Air Base');
    expect(shortPlaceName('Washington, D.C.')).toBe('Washington');
    expect(shortPlaceName('Tehran')).toBe('Tehran');
    expect(shortPlaceName(', odd')).toBe(', odd');
  });
});

describe('mapPointViews and nextInGroup', () => {
  const groups = groupPlaces([at('a1', 0, 0), at('a2', 0, 0), at('a3', 0, 0), at('b', 10, 0), at('c', 20, 0)], {
    project: flat,
  });

  it('marks the selected, the highlighted and the out-of-view points, and sizes dots by the events in view', () => {
    const views = mapPointViews(groups, {
      visibleIds: new Set(['a2', 'b']),
      selectedId: 'b',
      highlightId: 'a3',
    });
    const byKey = new Map(views.map((view) => [view.group.ids[0], view]));
    expect(byKey.get('a1')).toMatchObject({ state: 'highlighted', pool: ['a2'], count: 1, r: 5 });
    expect(byKey.get('b')).toMatchObject({ state: 'selected', count: 1 });
    expect(byKey.get('c')).toMatchObject({ state: 'dimmed', pool: ['c'] });
    // Drawing order: dimmed first, the marked ones last.
    expect(views.map((view) => view.state)).toEqual(['dimmed', 'highlighted', 'selected']);
    expect(mapPointViews(groups, { visibleIds: new Set(['b']), outOfView: 'hide' }).map((v) => v.group.ids)).toEqual([
      ['b'],
    ]);
    const all = mapPointViews(groups);
    expect(all.find((view) => view.count === 3)!.r).toBeGreaterThan(5);
    expect(Math.max(...all.map((view) => view.r))).toBeLessThanOrEqual(15);
  });

  it('cycles through a group on each click, wrapping round, starting with the first', () => {
    expect(nextInGroup(['a', 'b', 'c'], null)).toBe('a');
    expect(nextInGroup(['a', 'b', 'c'], 'elsewhere')).toBe('a');
    expect(nextInGroup(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextInGroup(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextInGroup([], 'a')).toBeUndefined();
  });

  it('lays out the whole inset: frame, projection and points, or nothing without coordinates', () => {
    const layout = layoutMapInset(escalation2023.events, { width: 320, height: 240 });
    expect(layout.groups.flatMap((group) => group.ids)).toHaveLength(layout.framed.inside.length);
    for (const group of layout.groups) {
      expect(group.x).toBeGreaterThanOrEqual(8);
      expect(group.x).toBeLessThanOrEqual(312);
      expect(group.y).toBeGreaterThanOrEqual(8);
      expect(group.y).toBeLessThanOrEqual(232);
    }
    expect(layoutMapInset([{ id: 'a' }], { width: 320, height: 240 })).toMatchObject({
      frame: null,
      fitted: null,
      groups: [],
      framed: { unlocated: ['a'] },
    });
  });
});
