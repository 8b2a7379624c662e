import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { act } from 'react';
import { FilterBar, type FilterBarProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Filters } from '../../src/state/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

async function mount(props: Partial<FilterBarProps> = {}, width = 720): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 360), 900);
  return mountInBrowser(<FilterBar dataset={escalation2023} locale="en-GB" {...props} />, { width });
}

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

/** A real user action, with React's updates (the details' async toggle event too) flushed inside act. */
async function user(action: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await action();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

const facet = (container: HTMLElement, name: string) =>
  container.querySelector<HTMLDetailsElement>(`details[data-facet="${name}"]`)!;
const checkbox = (container: HTMLElement, name: string, value: string) =>
  facet(container, name).querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`)!;
const checked = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
    (input) => `${input.closest('details')!.dataset.facet}:${input.value}`,
  );
const status = (container: HTMLElement) => container.querySelector('[role="status"]')!.textContent;

describe('FilterBar in Chromium', () => {
  it('writes the hash when a box is ticked, beside #event=, with syncHash', async () => {
    history.replaceState(null, '', '#event=tower-22-drone-attack');
    const container = await mount({ syncHash: true });
    await user(() => userEvent.click(facet(container, 'categories').querySelector('summary')!));
    await user(() => userEvent.click(checkbox(container, 'categories', 'attack')));
    await expect.poll(() => location.hash).toBe('#event=tower-22-drone-attack&cat=attack');
    await user(() => userEvent.click(facet(container, 'statuses').querySelector('summary')!));
    await user(() => userEvent.click(checkbox(container, 'statuses', 'claimed')));
    await user(() => userEvent.selectOptions(container.querySelector('select')!, '3'));
    await expect.poll(() => location.hash).toBe('#event=tower-22-drone-attack&cat=attack&status=claimed&sig=3');
    await user(() => userEvent.click(container.querySelector('.fp-filter-bar__clear')!));
    await expect.poll(() => location.hash).toBe('#event=tower-22-drone-attack');
  });

  it('filters round-trip through the URL hash: a link restores the ticked boxes', async () => {
    const seen: Filters[] = [];
    let container = await mount({ syncHash: true, onFiltersChange: (f) => seen.push(f) });
    await user(() => userEvent.click(facet(container, 'countries').querySelector('summary')!));
    await user(() => userEvent.click(checkbox(container, 'countries', 'Syria')));
    await user(() => userEvent.click(checkbox(container, 'countries', 'Jordan')));
    await user(() => userEvent.click(facet(container, 'actors').querySelector('summary')!));
    await user(() => userEvent.click(checkbox(container, 'actors', 'kataib-hezbollah')));
    await expect.poll(() => location.hash).toBe('#country=Syria,Jordan&actor=kataib-hezbollah');
    const before = { checked: checked(container), status: status(container) };
    const link = location.hash;

    unmountAll();
    history.replaceState(null, '', location.pathname + location.search);
    container = await mount({ syncHash: true });
    expect(checked(container)).toEqual([]);

    unmountAll();
    history.replaceState(null, '', `${location.pathname}${location.search}${link}`);
    container = await mount({ syncHash: true, onFiltersChange: (f) => seen.push(f) });
    await expect.poll(() => checked(container)).toEqual(before.checked);
    expect(status(container)).toBe(before.status);
    expect(status(container)).not.toBe('Showing all 33 events');
    expect(facet(container, 'countries').open).toBe(true);
    expect(seen.at(-1)).toEqual({ actors: ['kataib-hezbollah'], countries: ['Syria', 'Jordan'] });
    // Restoring did not rewrite the link.
    expect(location.hash).toBe(link);
  });

  it('follows the hash when it changes, ignoring values no event has', async () => {
    const container = await mount({ syncHash: true });
    await act(async () => {
      location.hash = '#cat=strike,ghost&status=denied%2Cx&sig=9';
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await expect.poll(() => checked(container)).toEqual(['categories:strike']);
    expect(status(container)).toBe('Showing 11 of 33 events');
    await expect.poll(() => location.hash).toBe('#cat=strike');
  });

  it('does not touch the hash without syncHash', async () => {
    history.replaceState(null, '', '#cat=attack');
    const container = await mount();
    expect(checked(container)).toEqual([]);
    await user(() => userEvent.click(facet(container, 'categories').querySelector('summary')!));
    await user(() => userEvent.click(checkbox(container, 'categories', 'strike')));
    expect(location.hash).toBe('#cat=attack');
  });

  it('is keyboard operable with native controls', async () => {
    const container = await mount();
    const first = facet(container, 'categories').querySelector('summary')!;
    first.focus();
    await user(() => userEvent.keyboard('{Enter}'));
    expect(facet(container, 'categories').open).toBe(true);
    await userEvent.tab();
    expect(document.activeElement).toBe(checkbox(container, 'categories', 'strike'));
    await user(() => userEvent.keyboard(' '));
    expect(checkbox(container, 'categories', 'strike').checked).toBe(true);
    expect(status(container)).toBe('Showing 11 of 33 events');
  });

  it('at 320 px: facets fold to one line each, every target is at least 24 × 24 px, nothing overflows', async () => {
    const container = await mount({ onModeChange: () => {} }, 320);
    await act(async () => {
      for (const details of container.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const root = container.querySelector<HTMLElement>('[data-fp="filter-bar"]')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    const targets = container.querySelectorAll<HTMLElement>('summary, input, select, button, label');
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
      expect(box.height, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
      expect(box.right).toBeLessThanOrEqual(root.getBoundingClientRect().right + 0.5);
    }
    await act(async () => {
      for (const details of container.querySelectorAll('details')) details.open = false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const summaries = [...container.querySelectorAll('summary')].map((s) => s.getBoundingClientRect());
    expect(new Set(summaries.map((s) => Math.round(s.top))).size).toBe(summaries.length);
    expect(Math.max(...summaries.map((s) => s.height))).toBeLessThan(48);
  });
});
