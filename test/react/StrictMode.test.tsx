import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrictMode, type ReactElement } from 'react';
import { act, fireEvent, render } from '@testing-library/react';
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

// Hosts develop under React's StrictMode (Next.js turns it on): every effect runs, is cleaned up and runs again at
// mount, and every render runs twice. Each graphic must mount, work and unmount there without a warning. (Leaks
// under StrictMode are counted in Chromium: test/browser/leaks/graphics.tsx.)

const dataset = escalation2023;
const TOWER_22 = 'tower-22-drone-attack';
const noop = () => undefined;

let consoleError: ReturnType<typeof vi.spyOn>;
let consoleWarn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  consoleError = vi.spyOn(console, 'error');
  consoleWarn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  vi.useRealTimers();
  consoleError.mockRestore();
  consoleWarn.mockRestore();
});

const strict = (element: ReactElement) => render(<StrictMode>{element}</StrictMode>);
const settle = () => act(() => vi.advanceTimersByTime(1_000));

describe('every graphic under StrictMode', () => {
  const graphics: [string, ReactElement][] = [
    ['Timeline with every option', <Timeline dataset={dataset} showFilters showIntensity showMap />],
    ['narrow Timeline', <Timeline dataset={dataset} initialWidth={320} />],
    ['VerticalTimeline', <VerticalTimeline dataset={dataset} />],
    ['EventList', <EventList dataset={dataset} />],
    ['EventDetail', <EventDetail dataset={dataset} eventId={TOWER_22} onSelectEvent={noop} onClose={noop} />],
    ['MapInset', <MapInset dataset={dataset} />],
    ['IntensityChart', <IntensityChart dataset={dataset} />],
    ['FilterBar', <FilterBar dataset={dataset} />],
    ['Legend', <Legend dataset={dataset} />],
    ['Credits', <Credits dataset={dataset} />],
  ];
  for (const [name, element] of graphics) {
    it(`${name}: mounts, draws and unmounts without a warning or an error`, () => {
      const { container, unmount } = strict(element);
      settle();
      expect(container.querySelector('[data-fp]')).not.toBeNull();
      // Drawn, not its fallback: no boundary caught.
      expect(container.querySelector('[data-fp="graphic-fallback"], [data-fp="part-fallback"]')).toBeNull();
      unmount();
      settle();
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    });
  }

  it('Timeline: a mark opens its detail with focus in it, Escape closes it and gives focus back, once each', () => {
    const onSelectedIdChange = vi.fn();
    const { container } = strict(<Timeline dataset={dataset} onSelectedIdChange={onSelectedIdChange} />);
    settle();
    const mark = container.querySelector<SVGGElement>(`.fp-mark[data-event-id="${TOWER_22}"]`)!;
    mark.focus();
    fireEvent.keyDown(mark, { key: 'Enter' });
    const detail = container.querySelector<HTMLElement>('[data-fp="event-detail"]')!;
    expect(detail).not.toBeNull();
    expect(detail.contains(document.activeElement)).toBe(true);
    expect(onSelectedIdChange.mock.calls).toEqual([[TOWER_22]]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-event-id')).toBe(TOWER_22);
    expect(onSelectedIdChange.mock.calls).toEqual([[TOWER_22], [null]]);
    settle();
    // Said once each: StrictMode's second run of every effect adds nothing to the live region.
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Details closed');
    expect(consoleError).not.toHaveBeenCalled();
  });
});
