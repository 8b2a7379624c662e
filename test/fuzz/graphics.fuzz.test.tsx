import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import {
  Credits,
  EventDetail,
  EventList,
  FilterBar,
  IntensityChart,
  Legend,
  MapInset,
  Timeline,
  VerticalTimeline,
} from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { RELATION_TYPES, safeParseDataset, type Dataset } from '../../src/schema/index';

// Issue 10, part 2: nothing a dataset contains makes a component throw. Datasets built from arbitrary text, dates
// across the supported years, coordinates, figures and links (valid after lenient parsing, as a host gets them)
// are drawn by every graphic, on the server and in the DOM; no boundary may have to catch anything.
const RUNS = { numRuns: 20, seed: 1010 };

const ids = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
const actorIds = escalation2023.actors.map((a) => a.id);
const sourceIds = escalation2023.sources.map((s) => s.id);

const awkwardText = fc.constantFrom(
  'مقتل ثلاثة جنود في البرج 22 (Tower 22) في الأردن',
  'שביתה ב-Al-Qaim ו- אבו כמאל',
  'e\u0301\u0302\u0303 combining',
  '👩‍👩‍👧‍👦🇮🇶🇯🇴 family and flags',
  '\u202Ereversed\u202C override',
  'x'.repeat(400),
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  awkwardText,
);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2000, max: 2030 }) }, fc.integer({ min: 1000, max: 9999 })),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom('year', 'month', 'day', 'datetime'),
    fc.constantFrom('Z', '+03:00', '-05:00', '+14:00'),
  )
  .map(([y, m, d, h, form, offset]) => {
    const year = pad(y, 4);
    if (form === 'year') return year;
    if (form === 'month') return `${year}-${pad(m, 2)}`;
    if (form === 'day') return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
    return `${year}-${pad(m, 2)}-${pad(d, 2)}T${pad(h, 2)}:30${offset}`;
  });
const figure = fc.oneof(
  fc.nat({ max: 100_000 }),
  fc.record({ min: fc.nat({ max: 50 }), max: fc.integer({ min: 50, max: 5000 }) }),
);
const event = fc.record(
  {
    id: fc.constantFrom(...ids),
    start: date,
    end: date,
    title: text,
    summary: text,
    category: fc.constantFrom('attack', 'strike', 'diplomacy', 'statement', 'context'),
    actors: fc.subarray(actorIds, { maxLength: 3 }),
    targets: fc.subarray(actorIds, { maxLength: 2 }),
    location: fc.record({
      name: text,
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
    casualties: fc.array(
      fc.record({
        killed: figure,
        injured: figure,
        status: fc.constantFrom('confirmed', 'reported', 'claimed', 'denied', 'unverified'),
        reportedBy: text,
        sources: fc.subarray(sourceIds, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    related: fc.array(fc.record({ type: fc.constantFrom(...RELATION_TYPES), id: fc.constantFrom(...ids) }), {
      maxLength: 3,
    }),
    significance: fc.integer({ min: 1, max: 5 }),
    sources: fc.subarray(sourceIds, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'start', 'title', 'category'] },
);
const dataset = fc
  .array(event, { maxLength: 8 })
  .map((events) => safeParseDataset({ ...escalation2023, events }).dataset as Dataset);

function graphics(data: Dataset, onError: () => void): ReactElement[] {
  const selected = data.events[0]?.id ?? null;
  return [
    <Timeline
      dataset={data}
      onError={onError}
      showFilters
      showIntensity
      showMap
      defaultSelectedId={selected}
      initialWidth={900}
    />,
    <Timeline dataset={data} onError={onError} initialWidth={320} />,
    <VerticalTimeline dataset={data} onError={onError} />,
    <EventList dataset={data} onError={onError} />,
    <EventDetail dataset={data} eventId={selected ?? 'none'} onSelectEvent={() => {}} onError={onError} />,
    <MapInset dataset={data} onError={onError} />,
    <IntensityChart dataset={data} onError={onError} />,
    <FilterBar dataset={data} onError={onError} />,
    <Legend dataset={data} onError={onError} />,
    <Credits dataset={data} onError={onError} />,
  ];
}

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

describe('graphics under arbitrary valid datasets', () => {
  it('render on the server without throwing', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        for (const element of graphics(data, () => {})) expect(() => renderToString(element)).not.toThrow();
      }),
      RUNS,
    );
  }, 120_000);

  it('mount in the DOM without any boundary having to catch', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const onError = vi.fn();
        for (const element of graphics(data, onError)) render(element).unmount();
        expect(onError).not.toHaveBeenCalled();
        expect(consoleError).not.toHaveBeenCalled();
      }),
      RUNS,
    );
  }, 120_000);
});
