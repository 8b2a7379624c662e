import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { IntensityChart, type IntensityChartProps } from '../src/react/index';
import { escalation2023, generateDataset } from '../src/datasets/index';
import type { Domain } from '../src/layout/types';

/**
 * `IntensityChart` is the overview under the timeline: events per day, week or month stacked by category,
 * each counter's reported cumulative count as its own step line (the Pentagon's count and a think tank's
 * are never joined), our own count of the dataset's events as a separate dashed line, and a brush that
 * sets the timeline's visible span. **Drag** across the chart to choose a span, drag the window to move
 * it or its edges to resize it; **click** a week to zoom to it (the single-pointer alternative); **Tab** to
 * the two sliders to move the start and end a day at a time. The figures are in the "Data table".
 * See "Docs/Why the counts differ" for why the lines disagree.
 */
const meta = {
  title: 'Components/IntensityChart',
  component: IntensityChart,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB' },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    domain: { control: false },
    defaultDomain: { control: false },
    bounds: { control: false },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ar-IQ'] },
  },
} satisfies Meta<typeof IntensityChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const DECEMBER: Domain = [Date.parse('2023-12-01T00:00:00+03:00'), Date.parse('2024-01-01T00:00:00+03:00')];
const baghdadDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Baghdad', dateStyle: 'medium' });
const day = (time: number) => baghdadDay.format(time);

/** The host owns the domain, as the Timeline does: the brush, a click or the sliders change it. */
function WithHostDomain(args: IntensityChartProps & { start: Domain }) {
  const { start, ...props } = args;
  const [domain, setDomain] = useState<Domain>(start);
  return (
    <div>
      <IntensityChart {...props} domain={domain} onDomainChange={setDomain} />
      <p data-testid="host-domain">
        Timeline shows {day(domain[0])} to {day(domain[1])}
      </p>
    </div>
  );
}

/** The 2023–24 escalation: 33 events, the Pentagon's count and four other counters, our own count. */
export const Escalation: Story = {
  render: (args) => <WithHostDomain {...args} start={DECEMBER} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img').getAttribute('aria-label')).toMatch(/US Department of Defense/);
    await expect(canvas.getByRole('slider', { name: 'Start of the period shown' })).toBeTruthy();
    await expect(canvas.getByTestId('host-domain').textContent).toBe('Timeline shows 1 Dec 2023 to 1 Jan 2024');
  },
};

/** A phone-width column: bars by week, the labels kept apart. */
export const Narrow375: Story = {
  args: { width: 375 },
  render: (args) => <WithHostDomain {...args} start={DECEMBER} />,
};

/** A dataset without reported counts: the bars and our own count, and a note that there is nothing else. */
export const NoAggregates: Story = {
  args: { dataset: { ...escalation2023, aggregates: [] } },
};

/** Nothing to draw at all: a short note instead of an empty frame. */
export const Empty: Story = {
  args: { dataset: { ...escalation2023, events: [], aggregates: [] } },
};

/** 1,000 generated events over about 11 months: week bins, two synthetic counters. */
export const Generated1000: Story = {
  args: { dataset: generateDataset({ count: 1000, seed: 3 }) },
  render: (args) => <WithHostDomain {...args} start={[Date.parse('2024-01-01'), Date.parse('2024-03-01')]} />,
};
