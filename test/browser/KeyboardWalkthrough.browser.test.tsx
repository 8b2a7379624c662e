import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Timeline, type TimelineProps } from '../../src/react/index';
import type { Domain } from '../../src/layout/types';
import meta, { FullStory } from '../../stories/Timeline.stories';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

/**
 * The whole escalation story, as the "Escalation, Oct 2023 – Feb 2024" story shows it (filters, intensity
 * chart, map), driven by the keyboard alone: real key presses through Playwright, never a click.
 */
const storyProps = { ...meta.args, ...FullStory.args } as TimelineProps;
const allIds = storyProps.dataset.events.map((event) => event.id);

/** Real key presses update React outside act(): say so, so React does not warn on every one. */
const setActEnvironment = (on: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
};

afterEach(() => {
  setActEnvironment(true);
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

async function mountStory(domains: Domain[]): Promise<HTMLElement> {
  await page.viewport(1320, 1000);
  const host = await mountInBrowser(<Timeline {...storyProps} onDomainChange={(d) => domains.push(d)} />, {
    width: 1280,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  setActEnvironment(false);
  return host;
}

/** Focus is somewhere real: never dropped on the page. */
function expectFocusKept() {
  expect(document.activeElement).not.toBeNull();
  expect(document.activeElement).not.toBe(document.body);
}

async function press(keys: string) {
  await userEvent.keyboard(keys);
  expectFocusKept();
}

/** The focused mark of the graphic (an event or a cluster), or null when focus is elsewhere. */
function focusedMark(container: HTMLElement): SVGGElement | null {
  const element = document.activeElement;
  return element instanceof SVGGElement && element.matches('svg.fp-plot [data-mark-key]') && container.contains(element)
    ? element
    : null;
}

/** The events a mark shows: its own, or its cluster's members. */
function eventsOf(mark: Element): string[] {
  const members = mark.getAttribute('data-event-ids');
  return members ? members.split(' ') : [mark.getAttribute('data-event-id')!];
}

/** Waits until the view has not changed for 400 ms (a zoom's transition has ended). */
async function settle(domains: Domain[]) {
  let seen = -1;
  await expect
    .poll(
      () => {
        const same = domains.length === seen;
        seen = domains.length;
        return same;
      },
      { interval: 400, timeout: 8000 },
    )
    .toBe(true);
}

/** Zooms out with Page Down, from the focused mark, until the whole story is in view. */
async function zoomAllOut(container: HTMLElement, domains: Domain[]) {
  const zoomOut = container.querySelector<HTMLButtonElement>('.fp-zoom__out')!;
  for (let i = 0; i < 20 && !zoomOut.disabled; i++) {
    await press('{PageDown}');
    await settle(domains);
    expect(focusedMark(container)).not.toBeNull();
  }
  expect(zoomOut.disabled).toBe(true);
}

/** Moves focus, by keys only, to the mark of one event: zooming into the clusters that hold it. */
async function focusEventByKeys(container: HTMLElement, domains: Domain[], id: string) {
  for (let round = 0; round < 6; round++) {
    await press('{Home}');
    let previous: string | null = null;
    while (focusedMark(container)?.getAttribute('data-mark-key') !== previous) {
      const mark = focusedMark(container)!;
      previous = mark.getAttribute('data-mark-key');
      if (eventsOf(mark).includes(id)) {
        if (mark.hasAttribute('data-event-id')) return;
        await press('{Enter}');
        await settle(domains);
        break;
      }
      await press('{ArrowRight}');
    }
  }
  throw new Error(`could not reach ${id} by keys`);
}

describe('Keyboard-only walkthrough of the full escalation story (Chromium)', () => {
  it('reaches every event, opens one, follows a retaliation link, closes, zooms and filters without a mouse', async () => {
    const domains: Domain[] = [];
    const container = await mountStory(domains);
    const plot = container.querySelector('svg.fp-plot')!;

    // Tab into the graphic: one tab stop among the marks.
    for (let i = 0; i < 80 && !focusedMark(container); i++) await press('{Tab}');
    expect(focusedMark(container)).not.toBeNull();
    expect(plot.querySelectorAll('[data-mark-key][tabindex="0"]')).toHaveLength(1);

    // Every event, by arrow keys: sweep the view from Home to End; Enter on a cluster that still hides an
    // unseen event (focus stays on one of its events), sweep again; zoom out when a view holds nothing new.
    const focusedIds = new Set<string>();
    for (let sweep = 0; sweep < 40; sweep++) {
      await press('{Home}');
      let previous: string | null = null;
      let zoomedIn = false;
      while (focusedMark(container)?.getAttribute('data-mark-key') !== previous) {
        const mark = focusedMark(container)!;
        previous = mark.getAttribute('data-mark-key');
        if (mark.hasAttribute('data-event-id')) focusedIds.add(mark.getAttribute('data-event-id')!);
        else if (eventsOf(mark).some((id) => !focusedIds.has(id))) {
          await press('{Enter}');
          await settle(domains);
          // Focus stayed on the cluster's events: on one of them, or on a smaller cluster of them.
          expect(eventsOf(focusedMark(container)!).some((id) => eventsOf(mark).includes(id))).toBe(true);
          zoomedIn = true;
          break;
        }
        await press('{ArrowRight}');
      }
      if (zoomedIn) continue;
      if (container.querySelector<HTMLButtonElement>('.fp-zoom__out')!.disabled) break;
      await zoomAllOut(container, domains);
    }
    expect([...focusedIds].sort()).toEqual([...allIds].sort());

    // Open the US strikes of 2 February with Enter: the detail opens and takes focus.
    await zoomAllOut(container, domains);
    await focusEventByKeys(container, domains, 'us-strikes-85-targets-iraq-syria');
    await press('{Enter}');
    const detail = () => container.querySelector<HTMLElement>('[data-fp="event-detail"]');
    await expect.poll(() => detail()?.getAttribute('data-event-id')).toBe('us-strikes-85-targets-iraq-syria');
    await expect.poll(() => detail()!.contains(document.activeElement)).toBe(true);

    // Follow "Retaliation for: …" with Tab and Enter: the detail now shows the Tower 22 attack.
    const isRetaliationLink = () =>
      !!document.activeElement?.matches('[data-fp="event-detail"] li[data-relation="retaliates_for"] button');
    for (let i = 0; i < 60 && !isRetaliationLink(); i++) await press('{Tab}');
    expect(isRetaliationLink()).toBe(true);
    expect(document.activeElement!.textContent).toMatch(/Retaliation for:.*Tower 22/);
    await press('{Enter}');
    await expect.poll(() => detail()?.getAttribute('data-event-id')).toBe('tower-22-drone-attack');
    await expect.poll(() => detail()!.contains(document.activeElement)).toBe(true);
    expectFocusKept();

    // Esc from inside the detail closes it and gives focus back to the Tower 22 mark (or its cluster).
    await press('{Tab}');
    expect(detail()!.contains(document.activeElement)).toBe(true);
    await press('{Escape}');
    await expect.poll(() => detail()).toBeNull();
    await expect
      .poll(() => focusedMark(container) && eventsOf(focusedMark(container)!))
      .toContain('tower-22-drone-attack');
    await settle(domains);

    // Zoom with + and −, Page Up and Page Down: the view changes, focus stays on a mark.
    for (const [key, narrower] of [
      ['+', true],
      ['-', false],
      ['{PageUp}', true],
      ['{PageDown}', false],
    ] as const) {
      const before = domains.at(-1) ?? [0, Infinity];
      await press(key);
      await settle(domains);
      const after = domains.at(-1)!;
      const span = (d: Domain) => d[1] - d[0];
      if (narrower) expect(span(after)).toBeLessThan(span(before));
      else expect(span(after)).toBeGreaterThan(span(before));
      expect(focusedMark(container)).not.toBeNull();
    }

    // Filter by keyboard: back to the filter bar, open "Category", tick "Strike" with Space.
    await zoomAllOut(container, domains);
    const categoryToggle = container.querySelector('[data-fp="filter-bar"] details[data-facet="categories"] summary');
    for (let i = 0; i < 40 && document.activeElement !== categoryToggle; i++) await press('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(categoryToggle);
    await press('{Enter}');
    const strike = container.querySelector<HTMLInputElement>('[data-fp="filter-bar"] input[value="strike"]')!;
    for (let i = 0; i < 20 && document.activeElement !== strike; i++) await press('{Tab}');
    expect(document.activeElement).toBe(strike);
    await press(' ');
    expect(strike.checked).toBe(true);
    expect(document.activeElement).toBe(strike);

    const strikes = storyProps.dataset.events.filter((event) => event.category === 'strike').length;
    const liveRegion = container.querySelector('.fp-timeline > [role="status"][aria-live="polite"]')!;
    await expect
      .poll(() => liveRegion.textContent, { timeout: 3000 })
      .toMatch(new RegExp(`^Showing ${strikes} of ${allIds.length} events, \\d+ \\w+ 2023\\s–\\s\\d+ \\w+ 2024$`));
    expectFocusKept();
    // The graphic's tab stop survived the filter: Tab goes on to a mark.
    for (let i = 0; i < 40 && !focusedMark(container); i++) await press('{Tab}');
    expect(focusedMark(container)).not.toBeNull();
  }, 240_000);
});
