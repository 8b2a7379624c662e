import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { EventDetail, EventList, Timeline, type TimelineProps } from '../src/react/index';
import TimelineMeta, { FullStory } from './Timeline.stories';

/** A phone's width: the container the component gets, whatever the size of the Storybook canvas. */
function phoneWidth(width: number): Decorator {
  return function PhoneWidth(Story) {
    return (
      <div style={{ inlineSize: width }}>
        <Story />
      </div>
    );
  };
}

/** The language and clock args (the toolbar merges into them), for the stories that draw another component. */
function localeArgs({ locale, calendar, numberingSystem, dir, timeZone, timeDisplay }: Partial<TimelineProps>) {
  return { locale, calendar, numberingSystem, dir, timeZone, timeDisplay };
}

const selectEvent = fn();
const closeDetail = fn();

/**
 * The escalation story on phones. Flashpoint measures its container, not the screen: below `verticalBelow`
 * (560 px by default) the Timeline draws the vertical layout, time running down the page and each event a
 * card; the filters fold to one line each and the intensity chart bins by week. Nothing scrolls sideways at
 * 320 px (WCAG 1.4.10 Reflow).
 */
const meta = {
  title: 'Layouts/Small screens',
  component: Timeline,
  tags: ['autodocs'],
  args: { ...TimelineMeta.args, ...FullStory.args, dataset: escalation2023, syncHash: false },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The full story in a 320 px column, the narrowest phone WCAG asks to reflow for. */
export const Timeline320: Story = {
  name: 'Timeline at 320 px',
  decorators: [phoneWidth(320)],
};

/** The full story in a 375 px column, a common phone width. */
export const Timeline375: Story = {
  name: 'Timeline at 375 px',
  decorators: [phoneWidth(375)],
};

/** The Arabic edition in a 375 px column: right to left, Arabic-Indic digits, Baghdad time. */
export const ArabicTimeline375: Story = {
  name: 'Arabic timeline at 375 px',
  args: { locale: 'ar', numberingSystem: 'arab', timeZone: 'Asia/Baghdad' },
  decorators: [phoneWidth(375)],
};

/** The list alone at 320 px: long titles and names wrap, casualty reports stack. */
export const EventList320: Story = {
  name: 'EventList at 320 px',
  parameters: { controls: { disable: true } },
  decorators: [phoneWidth(320)],
  render: (args) => <EventList {...localeArgs(args)} dataset={escalation2023} heading={escalation2023.title} />,
};

/** One event's detail at 320 px: the competing figures of the Tower 22 attack stack, one report per row. */
export const EventDetail320: Story = {
  name: 'EventDetail at 320 px',
  parameters: { controls: { disable: true } },
  decorators: [phoneWidth(320)],
  render: (args) => (
    <EventDetail
      {...localeArgs(args)}
      dataset={escalation2023}
      eventId="tower-22-drone-attack"
      layout="panel"
      headingLevel={2}
      onSelectEvent={selectEvent}
      onClose={closeDetail}
    />
  ),
};
