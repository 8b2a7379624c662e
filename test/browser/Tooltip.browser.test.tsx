import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useMemo, useState } from 'react';
import { EventTooltipContent, Tooltip, useTooltip } from '../../src/react/index';
import { buildEventListContext } from '../../src/react/components/eventListContext';
import { escalation2023 } from '../../src/datasets/index';
import { en } from '../../src/i18n/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

afterEach(unmountAll);

const tower22 = escalation2023.events.find((e) => e.id === 'tower-22-drone-attack')!;

/** A 24 px square trigger (the smallest target allowed) in a positioned plot, like a mark on the timeline. */
function Plot({ left = 150 }: { left?: number }) {
  const tooltip = useTooltip({ closeDelay: 300 });
  const [anchor, setAnchor] = useState({ x: 0, y: 0 });
  const { context } = useMemo(
    () => buildEventListContext(escalation2023, { locale: 'en-GB', messages: en, headingLevel: 3, idPrefix: 't' }),
    [],
  );
  const measure = (el: HTMLElement) => setAnchor({ x: el.offsetLeft + el.offsetWidth / 2, y: el.offsetTop });
  return (
    <div className="fp-root" style={{ position: 'relative', width: 400, height: 300 }}>
      <button
        type="button"
        aria-label="Tower 22"
        {...tooltip.getTriggerProps<HTMLButtonElement>('t22', {
          onPointerEnter: (e) => measure(e.currentTarget),
          onFocus: (e) => measure(e.currentTarget),
        })}
        style={{ position: 'absolute', left, top: 200, width: 24, height: 24, padding: 0 }}
      />
      <button type="button" style={{ position: 'absolute', left: 0, top: 270 }}>
        Elsewhere
      </button>
      {tooltip.openKey && (
        <Tooltip {...tooltip.tooltipProps} x={anchor.x} y={anchor.y}>
          <EventTooltipContent event={tower22} context={context} />
        </Tooltip>
      )}
    </div>
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tooltipOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[role="tooltip"]');

describe('Tooltip in Chromium', () => {
  it('opens on hover above its trigger, inside the container, and its trigger is at least 24×24 px', async () => {
    const container = await mountInBrowser(<Plot />);
    const trigger = container.querySelector<HTMLElement>('button[aria-label="Tower 22"]')!;
    const box = trigger.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await userEvent.hover(trigger);
    await expect.poll(() => tooltipOf(container)).not.toBeNull();
    const tip = tooltipOf(container)!;
    expect(trigger.getAttribute('aria-describedby')).toBe(tip.id);
    const rect = tip.getBoundingClientRect();
    const plot = container.firstElementChild!.getBoundingClientRect();
    expect(rect.bottom).toBeLessThanOrEqual(box.top);
    expect(box.top - rect.bottom).toBeLessThanOrEqual(10);
    expect(rect.left).toBeGreaterThanOrEqual(plot.left);
    expect(rect.right).toBeLessThanOrEqual(plot.right + 0.5);
    expect(tip.dataset.placement).toBe('top');
    expect(tip.textContent).toContain('Drone strike on Tower 22 in Jordan kills three US soldiers');
  });

  it('stays open while the pointer moves from the trigger onto the tooltip, and closes after it leaves', async () => {
    const container = await mountInBrowser(<Plot />);
    const trigger = container.querySelector<HTMLElement>('button[aria-label="Tower 22"]')!;
    await userEvent.hover(trigger);
    await expect.poll(() => tooltipOf(container)).not.toBeNull();
    await userEvent.hover(tooltipOf(container)!);
    await sleep(600);
    expect(tooltipOf(container)).not.toBeNull();
    await userEvent.hover(container.querySelector<HTMLElement>('button:not([aria-label])')!);
    await expect.poll(() => tooltipOf(container), { timeout: 2000 }).toBeNull();
  });

  it('closes on Esc with the pointer still over it and focus elsewhere', async () => {
    const container = await mountInBrowser(<Plot />);
    const trigger = container.querySelector<HTMLElement>('button[aria-label="Tower 22"]')!;
    await userEvent.hover(trigger);
    await expect.poll(() => tooltipOf(container)).not.toBeNull();
    expect(document.activeElement).not.toBe(trigger);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => tooltipOf(container)).toBeNull();
    await sleep(400);
    expect(tooltipOf(container)).toBeNull();
  });

  it('opens on keyboard focus and closes on Esc while focus stays on the trigger', async () => {
    const container = await mountInBrowser(<Plot />);
    const trigger = container.querySelector<HTMLElement>('button[aria-label="Tower 22"]')!;
    await userEvent.tab();
    expect(document.activeElement).toBe(trigger);
    await expect.poll(() => tooltipOf(container)).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => tooltipOf(container)).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('stays inside the container next to its left edge', async () => {
    const container = await mountInBrowser(<Plot left={0} />);
    const trigger = container.querySelector<HTMLElement>('button[aria-label="Tower 22"]')!;
    await userEvent.hover(trigger);
    await expect.poll(() => tooltipOf(container)).not.toBeNull();
    const plot = container.firstElementChild!.getBoundingClientRect();
    expect(tooltipOf(container)!.getBoundingClientRect().left).toBeGreaterThanOrEqual(plot.left);
  });
});
