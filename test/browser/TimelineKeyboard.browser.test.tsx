import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useState } from 'react';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { eventAnchor } from '../../src/layout/eventAnchor';
import { prepareTimeline } from '../../src/layout/prepareTimeline';
import type { Domain } from '../../src/layout/types';
import { en } from '../../src/i18n/messages';
import type { Filters } from '../../src/state/filterModel';
import '../../src/theme/styles.css';
import { mountInBrowser } from './mountInBrowser';
import { mountTimeline, unmountTimelines } from './mountTimeline';

const HOUR = 3_600_000;
const extents = prepareTimeline(escalation2023).extentById;
const startOf = (id: string) => extents.get(id)!.start;
const anchorOf = (id: string) => eventAnchor(extents.get(id)!);

const mount = mountTimeline;

afterEach(unmountTimelines);

function focusedMark(): SVGGElement {
  const element = document.activeElement;
  expect(element).not.toBe(document.body);
  expect(element?.matches('svg.fp-plot [data-mark-key]')).toBe(true);
  return element as SVGGElement;
}

const eventsOf = (mark: Element) =>
  mark.getAttribute('data-event-ids')?.split(' ') ?? [mark.getAttribute('data-event-id')!];
const firstStart = (mark: Element) => Math.min(...eventsOf(mark).map(startOf));
const centreX = (mark: Element) => {
  const box = mark.querySelector('.fp-mark__ring')!.getBoundingClientRect();
  return box.left + box.width / 2;
};
const centreY = (mark: Element) => {
  const box = mark.querySelector('.fp-mark__ring')!.getBoundingClientRect();
  return box.top + box.height / 2;
};

/** Puts focus on the graphic's tab stop as Tab would, then makes it keyboard focus with a first key. */
async function enterGraphic(container: HTMLElement, key = '{Home}') {
  container.querySelector<SVGGElement>('svg.fp-plot [tabindex="0"]')!.focus();
  await userEvent.keyboard(key);
  return focusedMark();
}

describe('Timeline keys in Chromium', () => {
  for (const axisDirection of ['ltr', 'rtl'] as const) {
    it(`with axisDirection="${axisDirection}", → goes ${axisDirection === 'ltr' ? 'later' : 'earlier'}, and the keys point the way the marks lie`, async () => {
      const container = await mount({ axisDirection });
      const visit = [await enterGraphic(container, '{Home}')];
      // Home is the earliest mark: drawn at the start edge (left, or right on a reversed axis).
      const backwards = axisDirection === 'ltr' ? '{ArrowLeft}' : '{ArrowRight}';
      const forwards = axisDirection === 'ltr' ? '{ArrowRight}' : '{ArrowLeft}';
      for (let i = 0; i < 60; i++) {
        await userEvent.keyboard(forwards);
        const mark = focusedMark();
        if (mark === visit.at(-1)) break;
        visit.push(mark);
      }
      expect(visit.length).toBe(container.querySelectorAll('svg.fp-plot [data-mark-key]').length);
      // Each step goes on in time (never back), whatever x does.
      for (let i = 1; i < visit.length; i++)
        expect(firstStart(visit[i]!)).toBeGreaterThanOrEqual(firstStart(visit[i - 1]!));
      const [first, last] = [visit[0]!, visit.at(-1)!];
      if (axisDirection === 'ltr') expect(centreX(last)).toBeGreaterThan(centreX(first));
      else expect(centreX(last)).toBeLessThan(centreX(first));
      // The other arrow goes back in time, and End is the latest.
      await userEvent.keyboard(backwards);
      expect(focusedMark()).toBe(visit.at(-2));
      await userEvent.keyboard('{Home}{End}');
      expect(focusedMark()).toBe(last);
      await userEvent.keyboard('{Home}');
      expect(focusedMark()).toBe(first);
      // On the reversed axis → is earlier: from the latest, → steps back.
      await userEvent.keyboard(`{End}${axisDirection === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}'}`);
      expect(focusedMark()).toBe(visit.at(-2));
    });
  }

  it('↑ and ↓ move to the lane above and below, to the mark nearest in time', async () => {
    const container = await mount({});
    const start = await enterGraphic(container, '{Home}');
    await userEvent.keyboard('{ArrowUp}');
    const top = focusedMark();
    // Down, lane by lane, to the bottom: each step lower on screen.
    const lanes = [top];
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard('{ArrowDown}');
      const mark = focusedMark();
      if (mark === lanes.at(-1)) break;
      expect(centreY(mark)).toBeGreaterThan(centreY(lanes.at(-1)!));
      lanes.push(mark);
    }
    expect(lanes.length).toBeGreaterThan(3);
    await userEvent.keyboard('{ArrowUp}');
    expect(centreY(focusedMark())).toBeLessThan(centreY(lanes.at(-1)!));
    void start;
  });

  it('listens for no keys on document or window while mounting and while used from the keyboard', async () => {
    const onDocument = vi.spyOn(document, 'addEventListener');
    const onWindow = vi.spyOn(window, 'addEventListener');
    const container = await mount({ showFilters: true, showIntensity: true });
    const keyTypes = (spy: typeof onDocument) =>
      spy.mock.calls.map(([type]) => type).filter((type) => /^key/.test(type));
    expect(keyTypes(onDocument)).toEqual([]);
    expect(keyTypes(onWindow)).toEqual([]);
    // Keyboard use opens tooltips on focus and the detail: still nothing on the page.
    await enterGraphic(container, '{Home}');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.poll(() => document.querySelector('.fp-tooltip')).not.toBeNull();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    expect(keyTypes(onDocument)).toEqual([]);
    expect(keyTypes(onWindow)).toEqual([]);
    // The spies did see the mount: something registered (e.g. hashchange on window), so they work.
    expect(onDocument.mock.calls.length + onWindow.mock.calls.length).toBeGreaterThan(0);
    onDocument.mockRestore();
    onWindow.mockRestore();
  });

  it('describes the graphic with the keyboard help, hidden from view', async () => {
    const container = await mount({});
    const plot = container.querySelector('svg.fp-plot')!;
    const help = document.getElementById(plot.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toBe(en.keyboardHelp);
    expect(help.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('draws a focus ring in the focus colour and width, on marks and clusters, not clipped by the plot', async () => {
    const container = await mount({}, 640);
    const plot = container.querySelector<SVGSVGElement>('svg.fp-plot')!;
    expect(getComputedStyle(plot).overflow).toBe('visible');
    const probe = document.createElement('span');
    probe.style.color = 'var(--fp-color-focus)';
    container.querySelector('.fp-timeline')!.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const width = getComputedStyle(container.querySelector('.fp-timeline')!)
      .getPropertyValue('--fp-stroke-focus')
      .trim();
    const seen = new Set<string>();
    await enterGraphic(container, '{Home}');
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const mark = focusedMark();
      expect(mark.matches(':focus-visible')).toBe(true);
      const ring = getComputedStyle(mark.querySelector('.fp-mark__ring')!);
      expect(ring.stroke).toBe(focusColour);
      expect(ring.strokeWidth).toBe(width);
      seen.add(mark.classList.contains('fp-cluster') ? 'cluster' : 'event');
      await userEvent.keyboard('{ArrowRight}');
    }
    expect([...seen].sort()).toEqual(['cluster', 'event']);
  });

  it('keeps focus on the event through zooming out (into its cluster) and back in (onto it again)', async () => {
    // The narrowest view around 23 October: two same-day Iraqi government events, spread side by side.
    const noon = Date.parse('2023-10-23T12:00:00+03:00');
    const domains: Domain[] = [];
    const container = await mount({
      defaultDomain: [noon - 6.4 * HOUR, noon + 6.4 * HOUR],
      onDomainChange: (d) => domains.push(d),
    });
    const id = 'sudani-orders-pursuit-of-attackers';
    const mark = container.querySelector<SVGGElement>(`svg.fp-plot [data-event-id="${id}"]`)!;
    mark.focus();
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => focusedMark().classList.contains('fp-cluster'), { timeout: 3000 }).toBe(true);
    expect(eventsOf(focusedMark())).toContain(id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await userEvent.keyboard('{PageUp}');
    await expect.poll(() => focusedMark().getAttribute('data-event-id'), { timeout: 3000 }).toBe(id);
  });

  it('moves focus to the nearest event in time when the focused one is filtered away (filterMode "hide")', async () => {
    let setFilters: (filters: Filters) => void = () => {};
    function Host() {
      const [filters, set] = useState<Filters>({});
      setFilters = set;
      return <Timeline dataset={escalation2023} locale="en-GB" filterMode="hide" filters={filters} />;
    }
    await page.viewport(1320, 900);
    const container = await mountInBrowser(<Host />, { width: 1280 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const strike = 'us-strikes-abu-kamal-oct-27';
    container.querySelector<SVGGElement>(`svg.fp-plot [data-event-id="${strike}"]`)!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}');
    expect(focusedMark().getAttribute('data-event-id')).toBe(strike);
    setFilters({ categories: ['attack'] });
    await expect.poll(() => container.querySelector(`svg.fp-plot [data-event-id="${strike}"]`)).toBeNull();
    const now = focusedMark();
    const distance = (mark: Element) =>
      Math.min(...eventsOf(mark).map((id) => Math.abs(anchorOf(id) - anchorOf(strike))));
    for (const other of container.querySelectorAll('svg.fp-plot [data-mark-key]')) {
      expect(distance(now)).toBeLessThanOrEqual(distance(other));
    }
    for (const id of eventsOf(now)) {
      expect(escalation2023.events.find((event) => event.id === id)!.category).toBe('attack');
    }
  });

  it("Enter on the open event's own mark moves focus into its detail; Esc on a mark closes it and focus goes to that event", async () => {
    const container = await mount({ defaultSelectedId: 'tower-22-drone-attack' });
    const detail = () => container.querySelector('[data-fp="event-detail"]');
    // The tab stop starts on the selected event.
    const stop = container.querySelector<SVGGElement>('svg.fp-plot [tabindex="0"]')!;
    expect(stop.getAttribute('data-event-id')).toBe('tower-22-drone-attack');
    stop.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => detail()?.contains(document.activeElement)).toBe(true);
    // Back on the graphic, on another mark: Esc closes the detail and focus returns to Tower 22.
    container.querySelector<SVGGElement>('svg.fp-plot [data-event-id="hamas-attack-on-israel"]')!.focus();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => detail()).toBeNull();
    await expect.poll(() => focusedMark().getAttribute('data-event-id')).toBe('tower-22-drone-attack');
  });

  it('Earlier and Later move the view by a third of it, and are at least 24 × 24 px', async () => {
    const domains: Domain[] = [];
    const december: Domain = [Date.parse('2023-12-01'), Date.parse('2024-01-01')];
    const container = await mount({ defaultDomain: december, onDomainChange: (d) => domains.push(d) });
    const later = container.querySelector<HTMLButtonElement>('.fp-pan__later')!;
    const earlier = container.querySelector<HTMLButtonElement>('.fp-pan__earlier')!;
    for (const button of [earlier, later]) {
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(later.textContent).toBe(en.panLater);
    const span = december[1] - december[0];
    later.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => domains.at(-1)?.[0]).toBeCloseTo(december[0] + span / 3, -4);
    expect(domains.at(-1)![1] - domains.at(-1)![0]).toBeCloseTo(span, -4);
    earlier.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => domains.at(-1)?.[0]).toBeCloseTo(december[0], -4);
  });
});

describe('A right-to-left time axis in Chromium', () => {
  it('puts earlier events to the right, ticks running leftwards, labels apart, and Earlier on the right', async () => {
    const container = await mount({ axisDirection: 'rtl' }, 1024);
    const x = (id: string) => centreX(container.querySelector(`svg.fp-plot [data-event-id="${id}"]`)!);
    expect(x('hamas-attack-on-israel')).toBeGreaterThan(x('tower-22-drone-attack'));
    const ticks = [...container.querySelectorAll('.fp-axis__minor')].map((t) => t.getBoundingClientRect().left);
    expect(ticks.length).toBeGreaterThan(2);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeLessThan(ticks[i - 1]!);
    const labels = [...container.querySelectorAll('.fp-mark-label')].map((l) => l.getBoundingClientRect());
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
      }
    }
    // "Earlier" still means earlier; it sits on the side earlier times are, its arrow pointing there.
    const earlier = container.querySelector('.fp-pan__earlier')!.getBoundingClientRect();
    const later = container.querySelector('.fp-pan__later')!.getBoundingClientRect();
    expect(earlier.left).toBeGreaterThan(later.left);
    // Lane names sit where time starts, and each phase name at its band's start in time: the right ends.
    const plot = container.querySelector('svg.fp-plot')!.getBoundingClientRect();
    for (const lane of container.querySelectorAll('.fp-lane__label')) {
      const box = lane.getBoundingClientRect();
      expect(box.right, lane.textContent!).toBeGreaterThan(plot.right - 12);
      expect(box.left, lane.textContent!).toBeGreaterThan(plot.left + plot.width / 2);
    }
    for (const phase of container.querySelectorAll('.fp-phase')) {
      const band = phase.querySelector('.fp-phase__band')!.getBoundingClientRect();
      const label = phase.querySelector('.fp-phase__label')?.getBoundingClientRect();
      if (label) expect(band.right - label.right).toBeLessThan(8);
    }
    await page.screenshot({ element: container, path: '__screenshots__/timeline-axis-rtl-1024.png' });
  });

  it('keeps each label where layout put it, text in its own direction (a right-to-left page, Hebrew titles)', async () => {
    const dataset = {
      ...escalation2023,
      events: escalation2023.events.map((event) => ({ ...event, title: `הפיגוע ${event.id.length} במגדל` })),
    };
    const container = await mount({ dataset, dir: 'rtl', axisDirection: 'rtl' }, 1024);
    const labels = [...container.querySelectorAll<SVGTextElement>('.fp-mark-label')];
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      // Anchored at its x, running rightwards over the box layout measured (not mirrored onto the mark).
      expect(label.getBoundingClientRect().left - label.ownerSVGElement!.getBoundingClientRect().left).toBeCloseTo(
        Number(label.getAttribute('x')),
        -1,
      );
    }
  });

  it('pans the way the pointer drags and the wheel scrolls', async () => {
    const domains: Domain[] = [];
    const december: Domain = [Date.parse('2023-12-01'), Date.parse('2024-01-01')];
    const container = await mount({
      axisDirection: 'rtl',
      defaultDomain: december,
      onDomainChange: (d) => domains.push(d),
    });
    const target = container.querySelector<SVGSVGElement>('svg.fp-plot')!;
    const box = target.getBoundingClientRect();
    const at = (x: number) => ({
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: box.top + 60,
      button: 0,
    });
    // Dragged leftwards, the content moves left: what lies to the right comes into view, the earlier days.
    target.dispatchEvent(new MouseEvent('mousedown', at(box.left + 500)));
    window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 400)));
    window.dispatchEvent(new MouseEvent('mouseup', at(box.left + 300)));
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    expect(domains.at(-1)![0]).toBeLessThan(december[0]);
    // A sideways scroll to the right shows what is to the right: earlier still.
    const before = domains.at(-1)![0];
    target.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        deltaX: 200,
        clientX: box.left + 300,
        clientY: box.top + 60,
      }),
    );
    await expect.poll(() => domains.at(-1)![0]).toBeLessThan(before);
  });
});
