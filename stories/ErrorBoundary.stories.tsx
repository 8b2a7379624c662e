import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/react/index';
import { escalation2023 } from '../src/datasets/index';
import type { LaneAccessor } from '../src/layout/assignLanes';

const meta: Meta<typeof Timeline> = {
  title: 'Hardening/When a graphic fails',
  component: Timeline,
  args: { dataset: escalation2023, locale: 'en-GB', onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Every graphic sits behind an error boundary. If drawing it throws (here, the host’s own `laneAccessor` ' +
          'throws), the graphic is replaced by a sentence and the list of its events, `onError` is called with the ' +
          'error and the component’s name, and nothing reaches the page. A new dataset gets a new try.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<typeof Timeline>;

const brokenLanes: LaneAccessor = () => {
  throw new Error('The host’s lane function broke');
};

/** The host’s lane function throws: the reader gets the events as a list, the host gets `onError`. */
export const FallsBackToTheList: Story = {
  args: { laneAccessor: brokenLanes },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('This graphic could not be drawn. Its events are listed below.')));
    const fallback = canvasElement.querySelector('[data-fp="graphic-fallback"]')!;
    expect(fallback.getAttribute('data-failed')).toBe('Timeline');
    expect(fallback.querySelectorAll('[data-fp="event-list"] > li')).toHaveLength(escalation2023.events.length);
    expect(args.onError).toHaveBeenCalledWith(expect.any(Error), expect.objectContaining({ component: 'Timeline' }));
  },
};

/** The same in Arabic: the fallback speaks the graphic’s language and direction. */
export const FallbackInArabic: Story = {
  args: { laneAccessor: brokenLanes, locale: 'ar' },
};
