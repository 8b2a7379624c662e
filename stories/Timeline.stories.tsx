import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Timeline } from '../src/react/index';
import { escalation2023, generateDataset } from '../src/datasets/index';
import type { Domain } from '../src/layout/types';

const meta: Meta<typeof Timeline> = {
  title: 'Components/Timeline',
  component: Timeline,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB' },
  parameters: {
    docs: {
      description: {
        component:
          'The interactive escalation timeline. **Zoom**: Ctrl/⌘ + scroll or pinch, double-click, or the buttons; ' +
          '**pan**: drag, swipe sideways, or Shift + scroll. A plain scroll wheel scrolls the page, so readers are ' +
          'never trapped in the graphic. **Keys** (only while a mark has focus): ←/→ previous/next event the way the ' +
          'axis runs, ↑/↓ lanes, Home/End, Enter opens or zooms into a cluster, Esc closes and returns focus, ' +
          '+/− or Page Up/Down zoom; Earlier/Later buttons pan. Below 560 px it becomes a VerticalTimeline.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<typeof Timeline>;

/** The bundled escalation dataset, every event in view. */
export const Escalation: Story = {};

/** A phone-width container: one lane, the detail as a bottom sheet. */
export const Narrow360: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360, maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

/** Opened on the Tower 22 attack, with only its arrows drawn. */
export const Preselected: Story = {
  args: { defaultSelectedId: 'tower-22-drone-attack', defaultLinkMode: 'selected' },
};

/** Lanes by category, without phase bands. */
export const ByCategoryNoPhases: Story = {
  args: { laneMode: 'category', showPhases: false },
};

const DECEMBER: Domain = [Date.parse('2023-12-20T00:00:00+03:00'), Date.parse('2024-01-10T00:00:00+03:00')];

/** The host owns the visible span (controlled `domain`) and shows it. */
export const ControlledDomain: Story = {
  render: function Render(args) {
    const [domain, setDomain] = useState<Domain>(DECEMBER);
    return (
      <div>
        <Timeline {...args} domain={domain} onDomainChange={setDomain} />
        <p>
          Host state: {new Date(domain[0]).toISOString().slice(0, 10)} to{' '}
          {new Date(domain[1]).toISOString().slice(0, 10)}
        </p>
      </div>
    );
  },
};

/** 1,000 generated events: clusters keep the graphic readable. */
export const Generated1000: Story = {
  args: { dataset: generateDataset({ count: 1000, seed: 3 }), showLegend: false },
  parameters: { a11y: { options: { resultTypes: ['violations'] } } },
};

/**
 * 10,000 generated events. Axe checks the graphic and its controls here; the full 10,000-item list is
 * checked at 1,000 events in the EventList stories (axe over 10,000 articles takes minutes).
 */
export const Generated10000: Story = {
  args: { dataset: generateDataset({ count: 10_000, seed: 11 }), showLegend: false },
  parameters: {
    a11y: { context: '.fp-timeline__header, .fp-timeline__graphic', options: { resultTypes: ['violations'] } },
  },
};

/**
 * The full story as a news site would run it: filters (in the URL), the graphic, the intensity chart with
 * the reported counts, the map, the legend, credits and the list.
 */
export const FullStory: Story = {
  name: 'Escalation, Oct 2023 – Feb 2024',
  args: { showFilters: true, showIntensity: true, showMap: true, syncHash: true },
};
