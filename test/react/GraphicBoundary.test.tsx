import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import {
  Credits,
  EventDetail,
  FilterBar,
  IntensityChart,
  Legend,
  MapInset,
  Timeline,
  VerticalTimeline,
} from '../../src/react/index';
import { GraphicBoundary } from '../../src/react/components/GraphicBoundary';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/index';

// React reports every error a boundary catches to console.error; the tests check what the host sees instead.
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

const small: Dataset = { ...escalation2023, events: escalation2023.events.slice(0, 5) };
const boom = new Error('lane accessor broke');
const throwingLanes = () => {
  throw boom;
};

function Thrower({ what }: { what: unknown }): never {
  throw what;
}

describe('every graphic sits behind an error boundary', () => {
  it('a Timeline that throws while drawing falls back to the list of its events and calls onError', () => {
    const onError = vi.fn();
    const { container } = render(<Timeline dataset={small} laneAccessor={throwingLanes} onError={onError} />);
    const fallback = container.querySelector('[data-fp="graphic-fallback"]')!;
    expect(fallback.getAttribute('data-failed')).toBe('Timeline');
    expect(fallback.textContent).toContain('This graphic could not be drawn');
    const titles = [...fallback.querySelectorAll('[data-fp="event-list"] .fp-event__title')].map((t) => t.textContent);
    expect(titles).toEqual(small.events.map((e) => e.title));
    expect(container.querySelector('svg.fp-plot')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBe(boom);
    expect(onError.mock.calls[0]![1]).toMatchObject({ component: 'Timeline' });
  });

  it('speaks the graphic’s language in its fallback', () => {
    const { container } = render(<Timeline dataset={small} laneAccessor={throwingLanes} locale="fr-FR" />);
    const fallback = container.querySelector('[data-fp="graphic-fallback"]')!;
    expect(fallback.getAttribute('lang')).toBe('fr-FR');
    expect(fallback.textContent).toContain('Ce graphique n’a pas pu être affiché');
  });

  it('a host handler that throws in turn changes nothing for the page', () => {
    const onError = () => {
      throw new Error('the host’s own bug');
    };
    expect(() => render(<Timeline dataset={small} laneAccessor={throwingLanes} onError={onError} />)).not.toThrow();
  });

  it('tries again when the dataset changes', () => {
    const onError = vi.fn();
    const { container, rerender } = render(<Timeline dataset={small} laneAccessor={throwingLanes} onError={onError} />);
    expect(container.querySelector('[data-fp="graphic-fallback"]')).not.toBeNull();
    rerender(<Timeline dataset={{ ...small }} onError={onError} />);
    expect(container.querySelector('[data-fp="graphic-fallback"]')).toBeNull();
    expect(container.querySelector('svg.fp-plot')).not.toBeNull();
  });

  it('a part inside a graphic falls back to a sentence and reports to the graphic’s onError with its own name', () => {
    const onError = vi.fn();
    const { container } = render(
      <GraphicBoundary component="Timeline" props={{ onError }} fallback={<p>whole graphic failed</p>}>
        <p>the rest of the graphic</p>
        <GraphicBoundary component="MapInset" props={{}}>
          <Thrower what="a string, not an Error" />
        </GraphicBoundary>
      </GraphicBoundary>,
    );
    expect(container.textContent).toContain('the rest of the graphic');
    expect(container.textContent).not.toContain('whole graphic failed');
    const part = container.querySelector('[data-fp="part-failed"]')!;
    expect(part.getAttribute('data-failed')).toBe('MapInset');
    expect(part.textContent).toBe('This part of the graphic could not be drawn.');
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, info] = onError.mock.calls[0]!;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('a string, not an Error');
    expect(info.component).toBe('MapInset');
  });

  it('a graphic handed something that is not a dataset never throws into the host', () => {
    // A host passing raw JSON it never parsed: the graphics draw what they can or fall back, and say so.
    const raw = { title: 42, events: [{ id: 'a', start: 12, title: {} }, null, 'x'], actors: 'none' };
    const notADataset = raw as unknown as Dataset;
    for (const element of [
      <Timeline dataset={notADataset} showFilters showIntensity showMap />,
      <VerticalTimeline dataset={notADataset} />,
      <MapInset dataset={notADataset} />,
      <IntensityChart dataset={notADataset} />,
      <FilterBar dataset={notADataset} />,
      <Legend dataset={notADataset} />,
      <Credits dataset={notADataset} />,
      <EventDetail dataset={notADataset} eventId="a" onSelectEvent={() => {}} />,
    ]) {
      expect(() => render(element).unmount()).not.toThrow();
    }
  });
});
