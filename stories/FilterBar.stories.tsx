import { useMemo, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FilterBar } from '../src/react/index';
import { escalation2023 } from '../src/datasets/index';
import { applyFilters, type FilterMode, type Filters } from '../src/state/index';

/**
 * `FilterBar` narrows the timeline by category, actor (acting **or** targeted), country, claim status of
 * the casualty figures ("No figures" for events without any) and significance. Each option shows how many
 * events it would show given the other facets' choices, the way faceted search counts. A polite live
 * region says how many events are shown. With `syncHash` the filters live in the page URL
 * (`#cat=attack&status=claimed,denied&sig=3`, beside `#event=`), so a link reproduces the view.
 */
const meta = {
  title: 'Components/FilterBar',
  component: FilterBar,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB' },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    filters: { control: false },
    defaultFilters: { control: false },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ar-IQ'] },
    mode: { control: 'inline-radio', options: ['dim', 'hide'] },
  },
} satisfies Meta<typeof FilterBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The escalation dataset, uncontrolled: the bar keeps its own filters. */
export const Escalation: Story = {};

/**
 * The host owns the filters (controlled `filters` / `onFiltersChange`) and lists the events they keep,
 * and lets the reader choose whether left-out events are dimmed or hidden.
 */
export const Controlled: Story = {
  render: function Render(args) {
    const [filters, setFilters] = useState<Filters>({ categories: ['attack'] });
    const [mode, setMode] = useState<FilterMode>('dim');
    const matching = useMemo(() => applyFilters(args.dataset.events, filters), [args.dataset, filters]);
    const shown = args.dataset.events.filter((event) => mode === 'dim' || matching.has(event.id));
    return (
      <div>
        <FilterBar {...args} filters={filters} onFiltersChange={setFilters} mode={mode} onModeChange={setMode} />
        <h2>Events</h2>
        <ol data-testid="matching">
          {shown.map((event) => (
            <li key={event.id} data-matches={matching.has(event.id)}>
              {matching.has(event.id) ? event.title : <s>{event.title}</s>}
            </li>
          ))}
        </ol>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByTestId('matching');
    await expect(list.querySelectorAll('[data-matches="true"]')).toHaveLength(10);
    await userEvent.click(canvas.getByText(/^Category: 1 chosen$/));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Strike/ }));
    await expect(list.querySelectorAll('[data-matches="true"]')).toHaveLength(21);
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 21 of 33 events');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Events left out' }), 'hide');
    await expect(list.querySelectorAll('li')).toHaveLength(21);
  },
};

/** Opened on the contested figures: events with a casualty figure that is only claimed, or denied. */
export const ClaimedOrDenied: Story = {
  args: { defaultFilters: { statuses: ['claimed', 'denied'] } },
};

/** At 320 px each facet folds to one line; an open one takes the full width. Here all are opened. */
export const Narrow320: Story = {
  args: { defaultFilters: { countries: ['Syria'] } },
  play: async ({ canvasElement }) => {
    for (const summary of canvasElement.querySelectorAll<HTMLElement>('details:not([open]) > summary')) {
      await userEvent.click(summary);
    }
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(4);
  },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
};
