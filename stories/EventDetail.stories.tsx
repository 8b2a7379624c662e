import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { EventDetail, type EventDetailProps } from '../src/react/index';

/**
 * `EventDetail` shows everything about one event, as a region named by its title: the place's local time
 * (and the reader's, once the Timeline knows it), category, actors → targets, place, casualty reports with
 * their status and sources, disputes, media and sources, and related events as buttons that select them.
 * The Timeline shows it as a side panel on wide containers and as a bottom sheet on narrow ones.
 */
const meta = {
  title: 'Components/EventDetail',
  component: EventDetail,
  tags: ['autodocs'],
  args: {
    dataset: escalation2023,
    eventId: 'tower-22-drone-attack',
    locale: 'en-GB',
    layout: 'panel',
    headingLevel: 2,
    onSelectEvent: fn(),
    onClose: fn(),
  },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    eventId: { control: 'select', options: [null, ...escalation2023.events.map((e) => e.id)] },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ar-IQ', 'fa-IR', 'he-IL'] },
    timeZone: { control: 'select', options: [undefined, 'UTC', 'Asia/Baghdad', 'America/New_York'] },
    readerTimeZone: { control: 'select', options: [undefined, 'America/New_York', 'Europe/London', 'Asia/Baghdad'] },
    layout: { control: 'inline-radio', options: ['panel', 'sheet'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
} satisfies Meta<typeof EventDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keeps the selection, so the related-event buttons and the close button do what they say. */
function Navigable(props: EventDetailProps) {
  const [eventId, setEventId] = useState(props.eventId);
  return (
    <EventDetail
      {...props}
      eventId={eventId}
      onSelectEvent={(id) => {
        props.onSelectEvent(id);
        setEventId(id);
      }}
      onClose={() => {
        props.onClose?.();
        setEventId(null);
      }}
    />
  );
}

/**
 * The Tower 22 attack in Jordan, 28 January 2024: competing injury counts side by side, each with its status
 * and who gives it; the US responses as buttons ("Answered by: …") that select them.
 */
export const Tower22: Story = {
  render: (args) => <Navigable {...args} />,
};

/**
 * The drone that hit a US barracks but did not explode: sources disagree about the base, the date and the
 * injuries; the disputes list each claim with who makes it.
 */
export const DisputedBarracksDrone: Story = {
  args: { eventId: 'barracks-drone-fails-to-detonate' },
  render: (args) => <Navigable {...args} />,
};

/**
 * The US strikes of 26 December 2023, 04:45 in Baghdad, for a reader in New York: it was still 25 December
 * there, and the detail says so next to the place's time.
 */
export const ReaderInNewYork: Story = {
  args: { eventId: 'us-strikes-kh-facilities-dec-26', readerTimeZone: 'America/New_York' },
};

/** The bottom sheet a narrow container gets: at most 60% of the screen high, scrolling inside. */
export const SheetOnNarrowScreen: Story = {
  args: { layout: 'sheet' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360, maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

/** Nothing selected (or an id the dataset does not have): a short hint instead of an empty box. */
export const NoSelection: Story = {
  args: { eventId: null, onClose: undefined },
};
