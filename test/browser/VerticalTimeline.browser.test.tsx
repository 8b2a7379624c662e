import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { act, useState } from 'react';
import { VerticalTimeline, type VerticalTimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { prepareTimeline } from '../../src/layout/index';
import type { Dataset } from '../../src/schema/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

async function mount(props: Partial<VerticalTimelineProps> = {}, width = 375): Promise<HTMLElement> {
  await page.viewport(width + 40, 700);
  const host = await mountInBrowser(<VerticalTimeline dataset={escalation2023} locale="en-GB" {...props} />, {
    width,
  });
  await settle();
  return host;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));

afterEach(async () => {
  unmountAll();
  vi.restoreAllMocks();
  await commands.emulateMedia({ reducedMotion: null });
  history.replaceState(null, '', location.pathname + location.search);
  scrollTo(0, 0);
});

const cards = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('li[data-event-id]')];
const idOf = (element: Element | null) => element?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
const focusedId = () => idOf(document.activeElement);
const card = (host: HTMLElement, id: string) => host.querySelector<HTMLElement>(`li[data-event-id="${id}"]`)!;
/** The escalation events in the layout core's order (prepareTimeline sorts them by extent). */
const ORDER = prepareTimeline(escalation2023).events.map((event) => event.id);

/** A button before the graphic, so Tab enters the list from outside as a reader would. */
function buttonBefore(host: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'before';
  host.before(button);
  return button;
}

describe('VerticalTimeline in Chromium', () => {
  it('renders every event once, in time order', async () => {
    const host = await mount();
    expect(cards(host).map((li) => li.dataset.eventId)).toEqual(ORDER);
  });

  it('puts a break over a long quiet stretch, as readable text', async () => {
    const host = await mount();
    const breaks = [...host.querySelectorAll<HTMLElement>('.fp-vertical__break[data-kind="gap"]')];
    expect(breaks.length).toBeGreaterThan(1);
    for (const gap of breaks) {
      expect(gap.textContent).toMatch(/^\d+ (days|weeks|months) later$/);
      expect(gap.getAttribute('aria-hidden')).toBe('false');
      expect(gap.getBoundingClientRect().height).toBeGreaterThan(10);
    }
    // 8 December 04:15 to 25 December, Baghdad: nothing in between.
    let before = card(host, 'erbil-air-base-drone-attack-dec-25').previousElementSibling;
    while (before?.classList.contains('fp-vertical__phase')) before = before.previousElementSibling;
    expect(before?.textContent).toBe('17 days later');
  });

  it('highlights the card on the reading line as the page scrolls, without moving focus', async () => {
    const host = await mount();
    const readingLine = innerHeight * 0.4;
    const scrollToCard = (id: string) => {
      const box = card(host, id).getBoundingClientRect();
      scrollTo(0, scrollY + box.top - readingLine + 8);
    };
    const current = () => host.querySelector('[data-current="true"]')?.getAttribute('data-event-id');
    const active = document.activeElement;

    scrollToCard('gaza-truce-lull');
    await expect.poll(current).toBe('gaza-truce-lull');
    scrollToCard('tower-22-drone-attack');
    await expect.poll(current).toBe('tower-22-drone-attack');
    expect(host.querySelectorAll('[data-current="true"]')).toHaveLength(1);
    expect(document.activeElement).toBe(active);
    // The highlight is more than a colour: the dot grows.
    const dot = (id: string) => card(host, id).querySelector('.fp-vertical__dot')!.getBoundingClientRect().width;
    expect(dot('tower-22-drone-attack')).toBeGreaterThan(dot('gaza-truce-lull'));
  });

  it('is one tab stop: Tab enters on one card, arrows, Home and End move as the timeline does', async () => {
    const host = await mount();
    buttonBefore(host).focus();
    await userEvent.tab();
    expect(focusedId()).toBe(ORDER[0]);
    expect(document.activeElement!.matches('li[data-event-id]')).toBe(true);
    expect(host.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedId()).toBe(ORDER[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedId()).toBe(ORDER[1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(ORDER[2]);
    await userEvent.keyboard('{End}');
    expect(focusedId()).toBe(ORDER.at(-1));
    await userEvent.keyboard('{Home}');
    expect(focusedId()).toBe(ORDER[0]);
    // The card that has focus holds the only tab stop.
    await userEvent.keyboard('{ArrowDown}');
    expect(card(host, ORDER[1]!).tabIndex).toBe(0);
    expect(host.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('reaches the links of the focused card with Tab, and skips the other cards’ links', async () => {
    const host = await mount();
    const after = document.createElement('button');
    after.textContent = 'after';
    host.after(after);
    card(host, ORDER[0]!).focus();
    await userEvent.tab();
    expect(idOf(document.activeElement)).toBe(ORDER[0]);
    expect(document.activeElement!.matches('a, button')).toBe(true);
    const links = card(host, ORDER[0]!).querySelectorAll('a[href], button').length;
    for (let i = 1; i < links; i += 1) await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
    after.remove();
  });

  it('jumps to the next and previous break with Page Down and Page Up', async () => {
    const host = await mount();
    const afterBreaks = [...host.querySelectorAll('.fp-vertical__break[data-kind="gap"]')].map((gap) => {
      let next = gap.nextElementSibling;
      while (next && !next.matches('li[data-event-id]')) next = next.nextElementSibling;
      return next!.getAttribute('data-event-id');
    });
    card(host, ORDER[0]!).focus();
    await userEvent.keyboard('{PageDown}');
    expect(focusedId()).toBe(afterBreaks[0]);
    await userEvent.keyboard('{PageDown}');
    expect(focusedId()).toBe(afterBreaks[1]);
    await userEvent.keyboard('{ArrowDown}{PageUp}');
    expect(focusedId()).toBe(afterBreaks[1]);
    await userEvent.keyboard('{PageUp}');
    expect(focusedId()).toBe(afterBreaks[0]);
  });

  it('mirrors ← and → in right to left: ← is next', async () => {
    const host = await mount({ locale: 'ar' });
    expect(host.querySelector('[data-fp="vertical-timeline"]')!.getAttribute('dir')).toBe('rtl');
    card(host, ORDER[0]!).focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedId()).toBe(ORDER[2]);
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(ORDER[1]);
    // The rail is on the inline-start side: the right.
    const list = host.querySelector('.fp-vertical__list')!.getBoundingClientRect();
    const first = card(host, ORDER[0]!).getBoundingClientRect();
    expect(list.right - first.right).toBeGreaterThan(10);
  });

  it('selects with Enter (aria-current, callback, hash) and clears with Esc, keeping focus', async () => {
    const onSelectedIdChange = vi.fn();
    const host = await mount({ onSelectedIdChange, syncHash: true });
    card(host, ORDER[0]!).focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(ORDER[1]);
    expect(card(host, ORDER[1]!).getAttribute('aria-current')).toBe('true');
    expect(host.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
    await expect.poll(() => location.hash).toBe(`#event=${ORDER[1]}`);

    await userEvent.keyboard('{ArrowDown} ');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(ORDER[2]);

    await userEvent.keyboard('{Escape}');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(null);
    expect(host.querySelector('[aria-current="true"]')).toBeNull();
    expect(focusedId()).toBe(ORDER[2]);
    await expect.poll(() => location.hash).toBe('');
  });

  it('follows a related event: its button selects it and takes focus to its card', async () => {
    const host = await mount();
    const tower = card(host, 'tower-22-drone-attack');
    tower.focus();
    const button = tower.querySelector<HTMLButtonElement>('.fp-related__button')!;
    const target = [...host.querySelectorAll('li[data-event-id]')].find((li) =>
      button.textContent!.includes(li.querySelector('.fp-event__title')!.textContent!),
    )!;
    await userEvent.click(button);
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('aria-current')).toBe('true');
  });

  it('ignores keys while focus is outside the list', async () => {
    const onSelectedIdChange = vi.fn();
    const host = await mount({ onSelectedIdChange });
    buttonBefore(host).focus();
    await userEvent.keyboard('{ArrowDown}{End}{Enter}{Escape}');
    expect(onSelectedIdChange).not.toHaveBeenCalled();
    expect(focusedId()).toBeNull();
  });

  it('keeps focus when the focused event disappears: the nearest card takes it', async () => {
    let setDataset!: (dataset: Dataset) => void;
    function Harness() {
      const [dataset, set] = useState<Dataset>(escalation2023);
      setDataset = set;
      return <VerticalTimeline dataset={dataset} locale="en-GB" />;
    }
    await page.viewport(415, 700);
    const host = await mountInBrowser(<Harness />, { width: 375 });
    const gone = ORDER[5]!;
    card(host, gone).focus();
    await act(async () =>
      setDataset({ ...escalation2023, events: escalation2023.events.filter((e) => e.id !== gone) }),
    );
    await expect.poll(focusedId).toBe(ORDER[6]);
    expect(host.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedId()).toBe(ORDER[4]);
  });

  it('scrolls a card into view instantly under reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const host = await mount();
    card(host, ORDER[0]!).focus();
    await userEvent.keyboard('{End}');
    const box = card(host, ORDER.at(-1)!).getBoundingClientRect();
    expect(box.top).toBeLessThan(innerHeight);
    expect(box.bottom).toBeGreaterThan(0);
  });

  for (const width of [320, 375]) {
    it(`never scrolls sideways at ${width} px (reflow), and looks finished (screenshots)`, async () => {
      const host = await mount({ defaultSelectedId: 'tower-22-drone-attack' }, width);
      const root = host.querySelector<HTMLElement>('[data-fp="vertical-timeline"]')!;
      expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(width);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      for (const li of cards(host)) expect(li.scrollWidth, li.dataset.eventId).toBeLessThanOrEqual(li.clientWidth);
      // The page is tens of thousands of px long: the host becomes a phone-sized scrolling box to photograph.
      Object.assign(host.style, { blockSize: '640px', overflowY: 'auto' });
      const shoot = async (name: string, element?: Element | null) => {
        await act(async () => {
          element?.scrollIntoView({ block: 'start' });
          await new Promise((resolve) => setTimeout(resolve, 100));
        });
        expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
        await page.screenshot({ element: host, path: `__screenshots__/vertical-timeline-${width}-${name}.png` });
      };
      await shoot('top');
      await shoot('break', host.querySelector('.fp-vertical__break[data-kind="gap"]:nth-of-type(n+3)'));
      await shoot('selected', card(host, 'tower-22-drone-attack').previousElementSibling);
    });
  }

  it('follows the reading line inside a scrolling box too', async () => {
    const host = await mount();
    Object.assign(host.style, { blockSize: '500px', overflowY: 'auto' });
    await settle();
    const current = () => host.querySelector('[data-current="true"]')?.getAttribute('data-event-id');
    for (const id of ['us-strikes-kh-facilities-dec-26', 'kataib-hezbollah-suspends-attacks']) {
      const box = card(host, id).getBoundingClientRect();
      const line = host.getBoundingClientRect().top + 0.4 * host.clientHeight;
      host.scrollTop += box.top - line + 8;
      await expect.poll(current).toBe(id);
    }
  });

  it('disconnects its IntersectionObserver on unmount', async () => {
    const disconnect = vi.spyOn(IntersectionObserver.prototype, 'disconnect');
    const observe = vi.spyOn(IntersectionObserver.prototype, 'observe');
    await mount();
    expect(observe).toHaveBeenCalledTimes(ORDER.length);
    const before = disconnect.mock.calls.length;
    unmountAll();
    expect(disconnect.mock.calls.length).toBe(before + 1);
  });
});
