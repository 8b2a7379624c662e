import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Timeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

async function mount(width: number, props: Partial<TimelineProps> = {}): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 360), 900);
  const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" {...props} />, { width });
  // The container is measured after mount (ResizeObserver), then the layout is chosen.
  await expect.poll(() => host.querySelector('[data-fp="timeline"]')?.getAttribute('data-layout')).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return host;
}

afterEach(() => unmountAll());

const layoutOf = (host: HTMLElement) => host.querySelector('[data-fp="timeline"]')!.getAttribute('data-layout');
const eventIdCounts = (host: HTMLElement) => {
  const counts = new Map<string, number>();
  for (const element of host.querySelectorAll('li[data-event-id]')) {
    const id = element.getAttribute('data-event-id')!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
};

describe('Timeline switches to the vertical layout below verticalBelow', () => {
  it('is vertical at 375 px: cards for every event once, no plot, one live region', async () => {
    const host = await mount(375, { showFilters: true });
    await expect.poll(() => layoutOf(host)).toBe('vertical');
    expect(host.querySelector('[data-fp="vertical-timeline"]')).not.toBeNull();
    expect(host.querySelector('svg.fp-plot')).toBeNull();
    const counts = eventIdCounts(host);
    expect([...counts.keys()].sort()).toEqual(escalation2023.events.map((event) => event.id).sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    // Inside the Timeline's titled section the vertical layout is not a second landmark of the same name.
    expect(host.querySelectorAll('section[aria-labelledby], section[aria-label]')).toHaveLength(1);
    expect(host.querySelectorAll('[role="status"]')).toHaveLength(1);
  });

  it('is horizontal at 800 px, and never vertical with verticalBelow={0}', async () => {
    const wide = await mount(800);
    expect(layoutOf(wide)).toBe('horizontal');
    expect(wide.querySelector('svg.fp-plot')).not.toBeNull();
    expect(wide.querySelector('[data-fp="vertical-timeline"]')).toBeNull();
    unmountAll();
    const narrow = await mount(375, { verticalBelow: 0 });
    expect(layoutOf(narrow)).toBe('horizontal');
  });

  it("shows the Timeline's selection, selects from the keyboard, and lists only what the filters keep", async () => {
    const attacks = escalation2023.events.filter((event) => event.category === 'attack').map((event) => event.id);
    const chosen = attacks[2]!;
    const host = await mount(375, { defaultSelectedId: chosen, defaultFilters: { categories: ['attack'] } });
    await expect.poll(() => layoutOf(host)).toBe('vertical');
    expect([...eventIdCounts(host).keys()].sort()).toEqual([...attacks].sort());
    const card = (id: string) => host.querySelector<HTMLElement>(`.fp-vertical__card[data-event-id="${id}"]`)!;
    expect(card(chosen).getAttribute('aria-current')).toBe('true');
    const first = host.querySelector<HTMLElement>('.fp-vertical__card')!;
    first.focus();
    await userEvent.keyboard('{Home}{Enter}');
    expect(first.getAttribute('aria-current')).toBe('true');
    expect(card(chosen).getAttribute('aria-current')).not.toBe('true');
  });
});
