import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { act } from 'react';
import { EventList, Timeline, VerticalTimeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// Issue 7, print: controls hidden, every event listed, colours kept, no event split across pages.

const EVENT_COUNT = escalation2023.events.length;

async function settle(): Promise<void> {
  // Let ResizeObserver, canvas measuring and matchMedia listeners run, and the layout settle.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
}

async function printMedia(): Promise<void> {
  await commands.emulateMedia({ media: 'print' });
  await settle();
}

async function mountTimeline(): Promise<HTMLElement> {
  await page.viewport(1100, 900);
  const host = await mountInBrowser(
    <Timeline
      dataset={escalation2023}
      locale="en-GB"
      showFilters
      showIntensity
      defaultSelectedId={escalation2023.events[0]!.id}
    />,
    { width: 1024 },
  );
  await settle();
  return host;
}

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ media: null });
});

const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

/** Hidden by display: none on the element or on one of its ancestors. */
function displayNone(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement)
    if (style(node).display === 'none') return true;
  return false;
}

/** A colour that carries meaning: not black, white or transparent. */
const isHue = (color: string) => !/^rgba?\((?:0, 0, 0|255, 255, 255)(?:, 1)?\)$|rgba\(.*, 0\)$/.test(color);

function expectVisibleList(list: Element, count: number): void {
  const box = list.getBoundingClientRect();
  expect(list.checkVisibility()).toBe(true);
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeGreaterThan(200);
  const items = [...list.querySelectorAll(':scope > .fp-event')];
  expect(items).toHaveLength(count);
  for (const item of items) {
    expect(item.checkVisibility()).toBe(true);
    expect(style(item).breakInside).toBe('avoid');
  }
}

describe('Timeline on paper', () => {
  it('shows the controls on screen (the check below is not vacuous)', async () => {
    const host = await mountTimeline();
    expect(displayNone(host.querySelector('.fp-timeline__controls')!)).toBe(false);
    expect(displayNone(host.querySelector('.fp-filter-bar__facets')!)).toBe(false);
    expect(host.querySelector('.fp-timeline__list')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('hides every control: toolbar, zoom, pan, time switch, filter inputs, close button, brush controls', async () => {
    const host = await mountTimeline();
    await printMedia();
    const controls = [
      '.fp-timeline__controls',
      '.fp-zoom',
      '.fp-pan',
      '.fp-timeline__links select',
      '.fp-time-display',
      '.fp-filter-bar__facets',
      '.fp-filter-bar__controls',
      '.fp-filter-bar__checkbox',
      '.fp-close-button',
      '.fp-intensity__controls',
    ];
    const shown = controls.filter((selector) => {
      const element = host.querySelector(selector);
      if (!element) throw new Error(`not rendered: ${selector}`);
      return !displayNone(element);
    });
    expect(shown).toEqual([]);
    // The detail's related-event buttons ("Before: …") are words on paper too: they say what answered what.
    for (const button of host.querySelectorAll('button:not(.fp-related__button), select, input, summary')) {
      expect([button.outerHTML.slice(0, 80), displayNone(button)]).toEqual([button.outerHTML.slice(0, 80), true]);
    }
  });

  it('prints the list of every event, each kept on one page', async () => {
    const host = await mountTimeline();
    await printMedia();
    expectVisibleList(host.querySelector('.fp-timeline__list .fp-event-list')!, EVENT_COUNT);
  });

  it('keeps the category colours: exact colour adjustment, a coloured marker', async () => {
    const host = await mountTimeline();
    await printMedia();
    const events = [...host.querySelectorAll('.fp-timeline__list .fp-event')];
    for (const event of events) {
      expect(style(event).printColorAdjust).toBe('exact');
      expect(isHue(style(event).borderInlineStartColor)).toBe(true);
    }
    const marks = [...host.querySelectorAll('.fp-plot .fp-mark__symbol')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(style(mark).printColorAdjust).toBe('exact');
    for (const icon of host.querySelectorAll('.fp-category__icon')) {
      expect(style(icon).printColorAdjust).toBe('exact');
      expect(isHue(style(icon).fill)).toBe(true);
    }
  });

  it('prints the open detail inline, unbroken, its sources with their addresses', async () => {
    const host = await mountTimeline();
    await printMedia();
    const detail = host.querySelector('.fp-event-detail')!;
    expect(style(detail).position).toBe('static');
    expect(detail.checkVisibility()).toBe(true);
    const link = host.querySelector<HTMLAnchorElement>('.fp-event-detail a.fp-source__link[href^="http"]')!;
    expect(style(link, '::after').content).toContain(link.getAttribute('href'));
  });
});

describe('EventList on paper', () => {
  it('prints every event of a paged list, not just the first page', async () => {
    await page.viewport(900, 900);
    const host = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" pageSize={10} />, {
      width: 800,
    });
    await settle();
    const more = host.querySelector('.fp-event-list__more')!;
    expect(host.querySelectorAll('.fp-event-list > .fp-event')).toHaveLength(10);
    await printMedia();
    expectVisibleList(host.querySelector('.fp-event-list')!, EVENT_COUNT);
    expect(displayNone(more) || !more.isConnected).toBe(true);
    await commands.emulateMedia({ media: null });
    await settle();
    expect(host.querySelectorAll('.fp-event-list > .fp-event')).toHaveLength(10);
  });

  it('expands before the browser prints (beforeprint), and pages again after', async () => {
    await page.viewport(900, 900);
    const host = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" pageSize={10} />, {
      width: 800,
    });
    // Printing with Ctrl+P: the browser fires beforeprint and lays the page out right after, synchronously.
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.querySelectorAll('.fp-event-list > .fp-event')).toHaveLength(EVENT_COUNT);
    await act(async () => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(host.querySelectorAll('.fp-event-list > .fp-event')).toHaveLength(10);
  });
});

describe('VerticalTimeline on paper', () => {
  it('prints every card, each kept on one page, with its category colour', async () => {
    await page.viewport(420, 900);
    const host = await mountInBrowser(<VerticalTimeline dataset={escalation2023} locale="en-GB" />, { width: 380 });
    await printMedia();
    const list = host.querySelector('.fp-vertical__list')!;
    expectVisibleList(list, EVENT_COUNT);
    // The current card's dot has a ring in the text colour; every other dot a ring in its category's.
    for (const dot of list.querySelectorAll(".fp-vertical__card:not([data-current='true']) .fp-vertical__dot")) {
      expect(style(dot).printColorAdjust).toBe('exact');
      expect(isHue(style(dot).borderTopColor)).toBe(true);
    }
    for (const icon of list.querySelectorAll('.fp-vertical__icon')) expect(isHue(style(icon).fill)).toBe(true);
  });

  it('is what the Timeline prints below its vertical width', async () => {
    await page.viewport(420, 900);
    const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" showFilters />, {
      width: 380,
    });
    await settle();
    await printMedia();
    expectVisibleList(host.querySelector('.fp-vertical__list')!, EVENT_COUNT);
    expect(displayNone(host.querySelector('.fp-filter-bar__facets')!)).toBe(true);
    expect(displayNone(host.querySelector('.fp-time-display')!)).toBe(true);
  });
});
