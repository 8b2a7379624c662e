import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { VerticalTimeline } from '../src/react/index';

/** A phone's width: the container the component gets, whatever the size of the Storybook canvas. */
function phoneWidth(width: number): Decorator {
  return function PhoneWidth(Story) {
    return (
      <div style={{ inlineSize: width, maxInlineSize: '100%' }}>
        <Story />
      </div>
    );
  };
}

/**
 * The phone and story layout: time runs down the page, each event a card with everything the detail panel
 * shows, long quiet stretches compressed into a break ("2 weeks later"), phase starts as dividers. The card
 * on the reading line is highlighted as you scroll. **Keys** (only while a card has focus; the list is one
 * tab stop): ↓/↑ or →/← (mirrored in right-to-left) move, Home/End, Page Down/Up jump to the next break,
 * Enter or Space selects, Esc clears; Tab reaches the links of the focused card.
 */
const meta = {
  title: 'Components/VerticalTimeline',
  component: VerticalTimeline,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB', onSelectedIdChange: fn() },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    gapThreshold: { control: { type: 'number', min: 0, step: 86_400_000 } },
    headingLevel: { control: { type: 'number', min: 0, max: 6 } },
  },
} satisfies Meta<typeof VerticalTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The escalation story at 375 px, a common phone width. */
export const Phone375: Story = {
  name: 'Escalation at 375 px',
  decorators: [phoneWidth(375)],
};

/** At 320 px, the narrowest phone WCAG asks to reflow for: nothing scrolls sideways. */
export const Phone320: Story = {
  name: 'Escalation at 320 px',
  decorators: [phoneWidth(320)],
};

/** The Arabic edition: right to left (the rail moves to the right), Arabic-Indic digits, Baghdad time. */
export const Arabic: Story = {
  name: 'Arabic, right to left',
  args: { locale: 'ar', numberingSystem: 'arab', timeZone: 'Asia/Baghdad' },
  decorators: [phoneWidth(375)],
};

/** Opened on the Tower 22 attack: the card is marked as the current selection and holds the tab stop. */
export const Preselected: Story = {
  name: 'Tower 22 selected',
  args: { defaultSelectedId: 'tower-22-drone-attack' },
  decorators: [phoneWidth(375)],
};

/** Every pause longer than three days is a break. */
export const ShortBreaks: Story = {
  name: 'Breaks over three days',
  args: { gapThreshold: 3 * 86_400_000 },
  decorators: [phoneWidth(375)],
};
