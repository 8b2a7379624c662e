import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { escalation2023 } from '../../src/datasets/index';
import { prepareTimeline } from '../../src/layout/prepareTimeline';
import type { Domain } from '../../src/layout/types';
import '../../src/theme/styles.css';
import { mountTimeline, unmountTimelines } from './mountTimeline';

const extents = prepareTimeline(escalation2023).extentById;
/** Events whose extent meets the view (counted here from the extents, not by the code under test). */
const inView = (domain: Domain, keep: (id: string) => boolean = () => true) =>
  escalation2023.events.filter((event) => {
    const extent = extents.get(event.id)!;
    return extent.start <= domain[1] && extent.end >= domain[0] && keep(event.id);
  }).length;

const mount = mountTimeline;

afterEach(unmountTimelines);

const liveRegions = (container: HTMLElement) =>
  [...container.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].filter(
    (element) => !element.closest('[data-fp="filter-bar"]'),
  );
const region = (container: HTMLElement) => container.querySelector('.fp-timeline > .fp-live-region')!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('The Timeline live region in Chromium', () => {
  it('is one polite, visually hidden region, there from the start and silent on mount', async () => {
    // Opened on an event, in the reader's time (the axis zone changes after mount): still nothing to say.
    const container = await mount({ defaultSelectedId: 'tower-22-drone-attack', defaultTimeDisplay: 'reader' });
    const live = region(container);
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(liveRegions(container)).toEqual([live]);
    await wait(900);
    expect(live.textContent).toBe('');
  });

  it('says what is shown after a zoom, once the view has settled (debounced)', async () => {
    const domains: Domain[] = [];
    const container = await mount({ onDomainChange: (d) => domains.push(d) });
    container.querySelector<SVGGElement>('svg.fp-plot [tabindex="0"]')!.focus();
    await userEvent.keyboard('{End}++');
    // Still moving (or just stopped): nothing said yet.
    expect(region(container).textContent).toBe('');
    await expect.poll(() => region(container).textContent, { timeout: 3000 }).not.toBe('');
    const domain = domains.at(-1)!;
    const shown = inView(domain);
    expect(shown).toBeLessThan(escalation2023.events.length);
    // "Showing 6 of 33 events, 27 Jan – 14 Feb 2024": the count, and the span through formatRange.
    expect(region(container).textContent).toMatch(
      new RegExp(
        `^Showing ${shown} of ${escalation2023.events.length} events, \\d+ \\w+ ?(\\d{4})?\\s–\\s\\d+ \\w+ 2024$`,
      ),
    );
    // And after no further change, it is not said again (the region keeps its text, nothing new queued).
    const said = region(container).textContent;
    await wait(800);
    expect(region(container).textContent).toBe(said);
  });

  it('says what is shown after a filter, counting only matching events in view', async () => {
    const container = await mount({ showFilters: true });
    const toggle = container.querySelector<HTMLElement>(
      '[data-fp="filter-bar"] details[data-facet="categories"] summary',
    )!;
    await userEvent.click(toggle);
    await userEvent.click(
      container.querySelector<HTMLInputElement>('[data-fp="filter-bar"] input[value="diplomacy"]')!,
    );
    const diplomacy = new Set(escalation2023.events.filter((e) => e.category === 'diplomacy').map((e) => e.id));
    await expect
      .poll(() => region(container).textContent, { timeout: 3000 })
      .toMatch(new RegExp(`^Showing ${diplomacy.size} of 33 events, 30 Sept 2023\\s–\\s14 Feb 2024$`));
  });

  it('says "Selected: …" when an event is opened and "Details closed" when it is closed', async () => {
    const container = await mount({});
    container.querySelector<SVGGElement>('svg.fp-plot [data-event-id="tower-22-drone-attack"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => region(container).textContent)
      .toBe(
        'Selected: Drone strike on Tower 22 in Jordan kills three US soldiers and wounds more than 40, 28 January 2024',
      );
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => region(container).textContent).toBe('Details closed');
  });

  it('does not make the zoom hint a second live region', async () => {
    const container = await mount({});
    const plot = container.querySelector('svg.fp-plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        deltaY: 200,
        clientX: box.left + 50,
        clientY: box.top + 50,
      }),
    );
    await expect.poll(() => container.querySelector('.fp-timeline__hint')).not.toBeNull();
    expect(liveRegions(container)).toEqual([region(container)]);
  });
});
