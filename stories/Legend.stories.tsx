import type { Meta, StoryObj } from '@storybook/react-vite';
import { escalation2023 } from '../src/datasets/index';
import { Legend } from '../src/react/index';

/**
 * `Legend` is the key to the timeline, in words: each category in the dataset with its symbol and colour,
 * then how marks encode time (a point, a range bar, an approximate date drawn as a span, a cluster with its
 * count), cause → response arrows and phases. Colour is never the only cue.
 */
const meta = {
  title: 'Components/Legend',
  component: Legend,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB' },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ar-IQ'] },
    items: {
      control: 'check',
      options: ['categories', 'point', 'range', 'approximate', 'cluster', 'link', 'phase'],
    },
  },
} satisfies Meta<typeof Legend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The key for the 2023–24 escalation dataset: its five categories and every mark it can draw. */
export const EscalationDataset: Story = {};

/** Categories only, as a compact strip above a small graphic. */
export const CategoriesOnly: Story = {
  args: { items: ['categories'] },
};

/** At 320 px the entries wrap, one sentence per line. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320 }}>
        <Story />
      </div>
    ),
  ],
};
