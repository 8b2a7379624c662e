import { useMemo, useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { en } from '../src/i18n/index';
import { EventTooltipContent, Tooltip, useTooltip } from '../src/react/index';
import { buildEventListContext } from '../src/react/components/eventListContext';

/**
 * `Tooltip` with `useTooltip()`: opens on hover and on keyboard focus, stays while the pointer is over the
 * trigger or the tooltip itself, and closes on Esc without moving focus or pointer (WCAG 1.4.13). It says
 * the event's full title, its local date, the category in words and who acted; the rest is in EventDetail.
 * Its position is set from script after the interaction (custom properties), never as a style attribute.
 */
const meta = {
  title: 'Components/Tooltip',
  component: Tooltip,
  tags: ['autodocs'],
  args: { id: 'fp-demo-tooltip', x: 160, y: 48, gap: 8, children: 'A tooltip' },
  argTypes: { children: { control: 'text' } },
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

const tower22 = escalation2023.events.find((e) => e.id === 'tower-22-drone-attack')!;

/** The positioned box the tooltip is placed in (the Timeline's plot area in real use). */
function Stage({ children }: { children: ReactNode }) {
  return <div style={{ position: 'relative', minBlockSize: 220, paddingBlockStart: 120 }}>{children}</div>;
}

/** A trigger button (a mark, in the Timeline) with the event's tooltip. */
function TriggerWithTooltip() {
  const tooltip = useTooltip();
  const [anchor, setAnchor] = useState({ x: 0, y: 0 });
  const { context } = useMemo(
    () => buildEventListContext(escalation2023, { locale: 'en-GB', messages: en, headingLevel: 3, idPrefix: 'demo' }),
    [],
  );
  const measure = (el: HTMLElement) => setAnchor({ x: el.offsetLeft + el.offsetWidth / 2, y: el.offsetTop });
  return (
    <Stage>
      <button
        type="button"
        {...tooltip.getTriggerProps<HTMLButtonElement>('tower-22', {
          onPointerEnter: (e) => measure(e.currentTarget),
          onFocus: (e) => measure(e.currentTarget),
        })}
        style={{ marginInlineStart: 120, minBlockSize: 44, minInlineSize: 44, font: 'inherit' }}
      >
        Tower 22 attack
      </button>
      {tooltip.openKey === 'tower-22' && (
        <Tooltip {...tooltip.tooltipProps} x={anchor.x} y={anchor.y}>
          <EventTooltipContent event={tower22} context={context} />
        </Tooltip>
      )}
    </Stage>
  );
}

/** Hover the button: the tooltip appears and is hoverable; Esc hides it with the pointer still there. */
export const HoverThenEscape: Story = {
  render: () => <TriggerWithTooltip />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Tower 22 attack' });
    await userEvent.hover(button);
    const tip = await canvas.findByRole('tooltip');
    await expect(tip).toHaveTextContent('Drone strike on Tower 22 in Jordan kills three US soldiers');
    await expect(button).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.hover(tip);
    await expect(canvas.getByRole('tooltip')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};

/** Tab to the button: the tooltip opens on focus, and Esc closes it while focus stays on the button. */
export const KeyboardFocus: Story = {
  render: () => <TriggerWithTooltip />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Tower 22 attack' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await canvas.findByRole('tooltip');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await expect(button).toHaveFocus();
  },
};

/** The box alone, placed at x/y in its container (kept inside it near the edges). */
export const Placement: Story = {
  render: (args) => (
    <Stage>
      <Tooltip {...args} />
    </Stage>
  ),
};
