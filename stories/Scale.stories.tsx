import { useRef, useState, type ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { Timeline, type TimelineProps } from '../src/react/index';
import { generateDataset } from '../src/datasets/index';
import type { Dataset } from '../src/schema/dataset';
import { FrameTimeReadout } from './support/FrameTimeReadout';

// Generated once per count and kept: switching stories (or re-running one) does not pay for it again.
const datasets = new Map<number, Dataset>();
function datasetOf(count: number): Dataset {
  let dataset = datasets.get(count);
  if (!dataset) {
    dataset = generateDataset({ count, seed: 1 });
    datasets.set(count, dataset);
  }
  return dataset;
}

/** Every Timeline prop but the dataset, which a loader supplies (out of the args: no 100,000-event control). */
type ScaleArgs = Omit<TimelineProps, 'dataset'>;
type Story = StoryObj<ScaleArgs>;

/** The loader runs before the story renders, so generating the data is not counted in the mount time. */
const withEvents = (count: number) => [() => ({ dataset: datasetOf(count) })];

const meta: Meta<ScaleArgs> = {
  title: 'Scale',
  // For the toolbar's language and clock props and the props table; the render adds the loader's dataset.
  component: Timeline as ComponentType<ScaleArgs>,
  tags: ['autodocs'],
  // A real-world page: the default Timeline with its filter bar. The map is one switch away (it adds its own cost).
  args: { locale: 'en-GB', showFilters: true, showIntensity: false, showMap: false },
  parameters: {
    docs: {
      description: {
        component:
          'The full `Timeline` on `generateDataset({ count, seed: 1 })`, with a frame-time readout above it: the ' +
          'mount time (first render of the story to the first frame after the Timeline is in the page), and over ' +
          'the last ~2 s of frames produced while you zoom (Ctrl/⌘ + wheel) or pan (drag) the p50, p95 and ' +
          "longest frame and how many took over 16.7 ms, plus the Timeline's DOM element count. It is a feel " +
          'for one browser on one machine; `npm run bench` is the real measurement. The 10,000- and ' +
          '100,000-event stories are left off this page (they add 10,000 and 100,000 events to it): open them in the sidebar.',
      },
    },
  },
  render: function Render(args, { loaded }) {
    const [startedAt] = useState(() => performance.now());
    const target = useRef<HTMLDivElement>(null);
    return (
      <>
        <FrameTimeReadout target={target} startedAt={startedAt} />
        <div ref={target}>
          <Timeline {...args} dataset={loaded.dataset as Dataset} />
        </div>
      </>
    );
  },
};
export default meta;

/** 1,000 events: the readout checked in every theme, and that zooming fills it. */
export const Events1000: Story = {
  name: '1,000 events',
  loaders: withEvents(1000),
  parameters: { a11y: { options: { resultTypes: ['violations'] } } },
  play: async ({ canvasElement }) => {
    const graphic = await waitFor(() => {
      const element = canvasElement.querySelector<HTMLElement>('.fp-timeline__graphic');
      if (!element) throw new Error('no graphic yet');
      return element;
    });
    graphic.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, bubbles: true, cancelable: true }));
    const readout = canvasElement.querySelector<HTMLElement>('[data-frame-time-readout]');
    const frames = () => readout?.querySelector('dl div:nth-child(2) dd')?.textContent;
    await waitFor(() => expect(frames()).toMatch(/^\d+$/), { timeout: 5000 });
    // The interaction has settled and its last figures (the DOM count) are on screen.
    await waitFor(() => expect(readout?.dataset.state).toBe('idle'), { timeout: 5000 });
  },
};

/**
 * 10,000 events. Axe checks the readout, the graphic and its controls; the list under it is checked at 1,000
 * events (the EventList stories).
 */
export const Events10000: Story = {
  name: '10,000 events',
  tags: ['!autodocs'],
  loaders: withEvents(10_000),
  parameters: {
    a11y: {
      context: '[data-frame-time-readout], .fp-timeline__header, .fp-timeline__graphic',
      options: { resultTypes: ['violations'] },
    },
  },
};

/**
 * 100,000 events. Run once with axe (light theme) rather than in every theme: its markup is the 10,000-event
 * story's, which the theme matrix checks, and one mount takes seconds.
 */
export const Events100000: Story = {
  name: '100,000 events',
  tags: ['!autodocs'],
  loaders: withEvents(100_000),
  parameters: {
    a11y: {
      context: '[data-frame-time-readout], .fp-timeline__header, .fp-timeline__graphic',
      options: { resultTypes: ['violations'] },
    },
    axeMatrix: { defaultOnly: true },
  },
};
