import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import { fitMercator, frameEvents, mapFrame, type GeoBox, type MapPointEvent } from '../../src/layout/index';
import { mercatorY } from '../../src/layout/mercator';

const at = (id: string, lon: number, lat: number, name = id): MapPointEvent => ({
  id,
  location: { name, lon, lat },
});

const contains = ([[minLon, minLat], [maxLon, maxLat]]: GeoBox, lon: number, lat: number) =>
  lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;

describe('mapFrame', () => {
  it('frames the escalation story on Iraq, Syria, Jordan and Israel, and leaves the far-off events out', () => {
    const frame = mapFrame(escalation2023.events)!;
    const { inside, outside, unlocated } = frameEvents(escalation2023.events, frame);
    expect(unlocated).toEqual([]);
    expect(outside.map((event) => event.id).sort()).toEqual([
      'biden-warning-to-khamenei', // Washington
      'sudani-visits-tehran',
      'uss-carney-intercepts-houthi-launches', // Northern Red Sea
    ]);
    const countries = new Set(inside.flatMap((event) => event.country.split('; ')));
    expect([...countries].sort()).toEqual(['Iraq', 'Israel', 'Jordan', 'Syria']);
    expect(inside.length / escalation2023.events.length).toBeGreaterThanOrEqual(0.9);
    // Regional, not continental: about 12° of longitude.
    expect(frame[1][0] - frame[0][0]).toBeLessThan(16);
  });

  it('is not blown up by a single event far away', () => {
    const events = [
      ...Array.from({ length: 12 }, (_, i) => at(`b${i}`, 44 + (i % 3) * 0.2, 33 + (i % 4) * 0.2)),
      at('washington', -77.04, 38.9, 'Washington, D.C.'),
    ];
    const frame = mapFrame(events)!;
    expect(contains(frame, -77.04, 38.9)).toBe(false);
    expect(frameEvents(events, frame).outside.map((event) => event.id)).toEqual(['washington']);
  });

  it('keeps every event when asked for a share of 1', () => {
    const events = [at('a', 44, 33), at('w', -77, 38.9)];
    const frame = mapFrame(events, { share: 1 })!;
    expect(frameEvents(events, frame).outside).toEqual([]);
  });

  it('shows the region around a single place, widened to the aspect of the map', () => {
    const frame = mapFrame([at('a', 44.366, 33.315), at('b', 44.366, 33.315)], {
      aspect: 2,
      minSpan: 3,
      padding: 0.1,
    })!;
    const width = frame[1][0] - frame[0][0];
    const height = mercatorY(frame[1][1]) - mercatorY(frame[0][1]);
    expect(width).toBeCloseTo(3 * 1.2, 6);
    expect(width / height).toBeCloseTo(2, 6);
    expect(contains(frame, 44.366, 33.315)).toBe(true);
  });

  it('returns null when nothing has coordinates, and never throws on bad input', () => {
    expect(mapFrame([])).toBeNull();
    expect(mapFrame(null)).toBeNull();
    expect(mapFrame([{ id: 'x' }, { id: 'y', location: { name: 'Nowhere' } }])).toBeNull();
    const junk = [
      null,
      'text',
      3,
      { id: 'a', location: { lat: '33', lon: 44 } },
      { id: 'b', location: { lat: 95, lon: 0 } },
    ];
    expect(() => mapFrame(junk as unknown as MapPointEvent[])).not.toThrow();
    expect(mapFrame(junk as unknown as MapPointEvent[])).toBeNull();
  });

  it('stays within the world, even near the poles and the date line', () => {
    const frame = mapFrame([at('a', 179.9, 84), at('b', 179.5, 83.5)])!;
    expect(frame[1][0]).toBeLessThanOrEqual(180);
    expect(frame[1][1]).toBeLessThanOrEqual(85.0001);
    expect(contains(frame, 179.9, 84)).toBe(true);
  });

  it('always holds at least the share asked for, and fills the aspect asked for', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lon: fc.double({ min: -170, max: 170, noNaN: true }),
            lat: fc.double({ min: -70, max: 70, noNaN: true }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (points, aspect) => {
          const events = points.map((p, i) => at(`e${i}`, p.lon, p.lat));
          const frame = mapFrame(events, { aspect })!;
          const { inside } = frameEvents(events, frame);
          expect(inside.length).toBeGreaterThanOrEqual(Math.ceil(0.9 * events.length - 1e-9));
          const width = frame[1][0] - frame[0][0];
          const height = mercatorY(frame[1][1]) - mercatorY(frame[0][1]);
          if (width < 359 && height < 2 * mercatorY(85) - 1) expect(width / height).toBeCloseTo(aspect, 3);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('frames 10,000 events quickly', () => {
    const { events } = generateDataset({ count: 10_000, seed: 7 });
    const start = performance.now();
    const frame = mapFrame(events);
    expect(performance.now() - start).toBeLessThan(1500);
    expect(frame).not.toBeNull();
    expect(contains(frame!, -77.036, 38.895)).toBe(false); // the synthetic statements from Washington
  });
});

describe('fitMercator', () => {
  it('centres the frame in the extent and fills one of its dimensions', () => {
    const frame: GeoBox = [
      [33.2, 30],
      [45.7, 37.6],
    ];
    const { project, scale, translate } = fitMercator(frame, [
      [8, 8],
      [312, 232],
    ]);
    const [x0, y0] = project(33.2, 37.6)!;
    const [x1, y1] = project(45.7, 30)!;
    expect((x0 + x1) / 2).toBeCloseTo(160, 6);
    expect((y0 + y1) / 2).toBeCloseTo(120, 6);
    const filledWidth = Math.abs(x1 - x0 - 304) < 1e-6;
    const filledHeight = Math.abs(y1 - y0 - 224) < 1e-6;
    expect(filledWidth || filledHeight).toBe(true);
    expect(x1 - x0).toBeLessThanOrEqual(304 + 1e-6);
    expect(y1 - y0).toBeLessThanOrEqual(224 + 1e-6);
    // The same numbers as d3-geo's geoMercator().scale(scale).translate(translate): x = tx + k·λ, y = ty − k·ln tan(π/4 + φ/2).
    expect(project(0, 0)![0]).toBeCloseTo(translate[0], 6);
    expect(project(0, 0)![1]).toBeCloseTo(translate[1], 6);
    expect(project(90, 0)![0]).toBeCloseTo(translate[0] + (scale * Math.PI) / 2, 6);
    expect(project(Number.NaN, 0)).toBeNull();
  });
});
