import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tooltip, useTooltip, EventTooltipContent } from '../../src/react/index';
import { buildEventListContext } from '../../src/react/components/eventListContext';
import { en } from '../../src/i18n/index';
import { fixtureDataset } from './eventListFixture';

function Harness({ onFocus, onOpenChange }: { onFocus?: () => void; onOpenChange?: (key: string | null) => void }) {
  const tooltip = useTooltip({ closeDelay: 100, onOpenChange });
  return (
    <div>
      <button type="button" {...tooltip.getTriggerProps('a', { onFocus, 'aria-describedby': 'own-note' })}>
        Drone hits…
      </button>
      <span id="own-note">note</span>
      <button type="button">Elsewhere</button>
      {tooltip.openKey !== null && (
        <Tooltip {...tooltip.tooltipProps} x={20} y={40}>
          Drone hits barracks (full title)
        </Tooltip>
      )}
    </div>
  );
}

const trigger = () => screen.getByRole('button', { name: 'Drone hits…' });

afterEach(() => {
  vi.useRealTimers();
});

describe('useTooltip + <Tooltip>', () => {
  it('is closed at first: no tooltip, no description from it', () => {
    render(<Harness />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(trigger().getAttribute('aria-describedby')).toBe('own-note');
  });

  it('opens on focus, referenced by aria-describedby, and calls the trigger’s own handlers', () => {
    const onFocus = vi.fn();
    const onOpenChange = vi.fn();
    render(<Harness onFocus={onFocus} onOpenChange={onOpenChange} />);
    act(() => trigger().focus());
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toBe('Drone hits barracks (full title)');
    expect(trigger().getAttribute('aria-describedby')).toBe(`own-note ${tip.id}`);
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onOpenChange).toHaveBeenLastCalledWith('a');
    expect(tip.getAttribute('style')).toContain('--fp-tooltip-x');
  });

  it('closes on Esc without moving focus, and stays closed until the next hover or focus', () => {
    vi.useFakeTimers();
    render(<Harness />);
    act(() => trigger().focus());
    fireEvent.keyDown(trigger(), { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(trigger());
    fireEvent.pointerEnter(trigger());
    fireEvent.pointerLeave(trigger());
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole('tooltip')).toBeTruthy(); // focus is still on the trigger after a new hover
    fireEvent.keyDown(trigger(), { key: 'Escape' });
    fireEvent.pointerLeave(trigger());
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('closes on Esc while hovered with focus elsewhere (a keydown on its document, only while open)', () => {
    render(<Harness />);
    fireEvent.pointerEnter(trigger());
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('closes after a grace delay on blur or pointer leave, and stays while the tooltip is hovered', () => {
    vi.useFakeTimers();
    render(<Harness />);
    act(() => trigger().focus());
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    expect(screen.getByRole('tooltip')).toBeTruthy();
    act(() => vi.advanceTimersByTime(150));
    expect(screen.queryByRole('tooltip')).toBeNull();

    fireEvent.pointerEnter(trigger());
    fireEvent.pointerLeave(trigger());
    act(() => vi.advanceTimersByTime(50));
    fireEvent.pointerEnter(screen.getByRole('tooltip'));
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.pointerLeave(screen.getByRole('tooltip'));
    act(() => vi.advanceTimersByTime(150));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says the event’s full title, local date, category in words and actors', () => {
    const data = fixtureDataset();
    const { context } = buildEventListContext(data, { locale: 'en-GB', messages: en, headingLevel: 3, idPrefix: 't' });
    const strike = data.events.find((e) => e.id === 'strike')!;
    render(
      <Tooltip id="tip" x={0} y={0}>
        <EventTooltipContent event={strike} context={context} />
      </Tooltip>,
    );
    const text = screen.getByRole('tooltip').textContent!;
    expect(text).toContain('US strikes militia sites');
    expect(text).toContain('26 December 2023, 04:45 Baghdad time (GMT+3)');
    expect(text).toContain('Strike');
    expect(text).toMatch(/By:\s*US forces\s*→\s*Target:\s*Kata'ib Hezbollah/);
  });
});
