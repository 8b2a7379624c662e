import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { act, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { EventList, Timeline, VerticalTimeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/dataset';
import type { TimelineEvent } from '../../src/schema/event';
import { datePeriod, startEpochMs } from '../../src/schema/epoch';
import type { Domain } from '../../src/layout/types';
import '../../src/theme/styles.css';

// Developing stories in Chromium: the host re-renders with an updated dataset while the reader is in the graphic.

const ordered = [...escalation2023.events].sort((a, b) => startEpochMs(a.start) - startEpochMs(b.start));
const story = (events: TimelineEvent[]): Dataset => ({ ...escalation2023, events, corrections: [] });
const slice = (from: number, to: number) => story(ordered.slice(from, to));
const without = (dataset: Dataset, id: string) => story(dataset.events.filter((event) => event.id !== id));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setActEnvironment = (on: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
};

let mounted: { root: Root; host: HTMLElement } | null = null;

/** Renders into a page-wide host, settles, then leaves act() off so timers and focus run as for a reader. */
async function mount(element: ReactElement, width = 1280) {
  await page.viewport(width + 40, 900);
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const root = createRoot(host);
  mounted = { root, host };
  setActEnvironment(true);
  await act(async () => root.render(element));
  await wait(150);
  setActEnvironment(false);
  return {
    host,
    /**
     * The host publishing an update: a re-render outside act, committed with its effects before this returns (a
     * busy CI machine once took longer than the wait to commit a plain render), then time for timers and focus.
     */
    update: async (next: ReactElement) => {
      flushSync(() => root.render(next));
      await wait(200);
    },
  };
}

afterEach(() => {
  setActEnvironment(true);
  if (mounted) act(() => mounted!.root.unmount());
  mounted?.host.remove();
  mounted = null;
});

const timeline = (dataset: Dataset, props: Partial<TimelineProps> = {}) => (
  <Timeline dataset={dataset} locale="en-GB" {...props} />
);
const markOf = (host: HTMLElement, id: string) =>
  host.querySelector<SVGGElement>(`.fp-mark[data-event-id="${id}"]`) ??
  [...host.querySelectorAll<SVGGElement>('.fp-cluster')].find((c) => c.dataset.eventIds?.split(' ').includes(id));
const active = () => document.activeElement as HTMLElement | SVGElement | null;
const activeEventIds = () => {
  const element = active();
  return (element?.getAttribute('data-event-id') ?? element?.getAttribute('data-event-ids') ?? '').split(' ');
};
const majorLabels = (host: HTMLElement) =>
  [...host.querySelectorAll('.fp-axis__major-label, .fp-axis__minor')].map((t) => t.textContent).join('|');
const zoomIn = (host: HTMLElement) =>
  [...host.querySelectorAll('button')]
    .find((button) => button.textContent === 'Zoom in' || button.getAttribute('aria-label') === 'Zoom in')!
    .click();
// Null-safe: a failed test unmounts while `sayings` still polls.
const region = (host: HTMLElement) => host.querySelector('.fp-timeline > .fp-live-region')?.textContent ?? '';

/** Every new text the region gets during `ms`, polled: what a screen reader would be given. */
async function sayings(host: HTMLElement, ms: number): Promise<string[]> {
  const heard: string[] = [];
  let last = region(host);
  for (let t = 0; t < ms; t += 50) {
    const text = region(host);
    if (text && text !== last) heard.push(text);
    last = text;
    await wait(50);
  }
  return heard;
}

describe('Timeline focus across updates (Chromium)', () => {
  it('keeps focus on an edited event’s mark when events are added before and after it', async () => {
    const target = ordered[12]!;
    const { host, update } = await mount(timeline(slice(8, 16)));
    markOf(host, target.id)!.focus();
    expect(activeEventIds()).toContain(target.id);
    const edited = story([...ordered.slice(2, 12), { ...target, title: 'Edited title' }, ...ordered.slice(13, 24)]);
    await update(timeline(edited));
    expect(host.contains(active())).toBe(true);
    expect(activeEventIds()).toContain(target.id);
    expect(active()!.getAttribute('aria-label')).toContain('Edited title');
  });

  it('moves focus to the nearest mark in time when its event is removed, never to <body>', async () => {
    const data = slice(8, 16);
    const target = ordered[12]!;
    const { host, update } = await mount(timeline(data));
    markOf(host, target.id)!.focus();
    await update(timeline(without(data, target.id)));
    expect(active()).not.toBe(document.body);
    expect(host.querySelector('svg.fp-plot')!.contains(active())).toBe(true);
    const neighbours = [ordered[11]!.id, ordered[13]!.id];
    expect(activeEventIds().some((id) => neighbours.includes(id))).toBe(true);
  });

  it('never takes focus from outside the graphic', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    try {
      const data = slice(8, 16);
      const { host, update } = await mount(timeline(data));
      markOf(host, ordered[12]!.id)!.focus();
      outside.focus();
      await update(timeline(without(data, ordered[12]!.id)));
      await update(timeline(slice(4, 20)));
      expect(active()).toBe(outside);
    } finally {
      outside.remove();
    }
  });

  it('closes the detail of a removed event, says so once, and gives focus to the nearest mark', async () => {
    const data = slice(8, 16);
    const target = ordered[12]!;
    const { host, update } = await mount(timeline(data));
    markOf(host, target.id)!.focus();
    await userEvent.keyboard('{Enter}');
    await wait(150);
    const detail = host.querySelector('[data-fp="event-detail"]')!;
    expect(detail.contains(active())).toBe(true);
    await wait(700);
    const heard = sayings(host, 3000);
    await update(timeline(without(data, target.id)));
    expect(host.querySelector('[data-fp="event-detail"]')).toBeNull();
    expect(host.querySelector('svg.fp-plot')!.contains(active())).toBe(true);
    expect(activeEventIds().some((id) => [ordered[11]!.id, ordered[13]!.id].includes(id))).toBe(true);
    const said = (await heard).filter((text) => !text.startsWith('Showing'));
    expect(said).toEqual(['The event you had open was removed in an update']);
  });
});

describe('Timeline zoom across updates (Chromium)', () => {
  it('keeps the reader’s span when events are added; follows the extent if the reader never zoomed', async () => {
    const domains: Domain[] = [];
    const zoomed = await mount(timeline(slice(0, 12), { onDomainChange: (d) => domains.push(d) }));
    zoomIn(zoomed.host);
    await wait(500);
    const chosen = domains.at(-1)!;
    const ticks = majorLabels(zoomed.host);
    await zoomed.update(timeline(slice(0, 24), { onDomainChange: (d) => domains.push(d) }));
    expect(majorLabels(zoomed.host)).toBe(ticks);
    expect(domains.at(-1)).toEqual(chosen);
    act(() => mounted!.root.unmount());

    const fitted = await mount(timeline(slice(0, 12)));
    const before = majorLabels(fitted.host);
    await fitted.update(timeline(slice(0, 24)));
    expect(majorLabels(fitted.host)).not.toBe(before);
    // The new extent's last event is in view: its mark (or a cluster holding it) is drawn.
    expect(markOf(fitted.host, ordered[23]!.id)).toBeTruthy();
  });
});

describe('New events (highlightSince) in Chromium', () => {
  // Events after the 11th (a time to the minute) are new.
  const since = startEpochMs(ordered[10]!.start);

  it('marks the right events, announces each batch once, repeats nothing on re-render, and passes axe', async () => {
    const first = timeline(slice(0, 13), { highlightSince: since });
    const { host, update } = await mount(first);
    // Said after the region's settling delay (500 ms). Polled, not listened for: on a loaded machine it can come
    // before the listening starts (CI once heard nothing in a 3 s window). Then nothing more.
    await expect.poll(() => region(host), { timeout: 5000 }).toMatch(/^2 new events since /);
    expect((await sayings(host, 1500)).filter((text) => /new event/.test(text))).toEqual([]);
    const fresh = [ordered[11]!.id, ordered[12]!.id];
    const marked = [...host.querySelectorAll('svg [data-new="true"]')];
    expect(marked.length).toBeGreaterThan(0);
    for (const mark of marked) {
      const ids = (mark.getAttribute('data-event-id') ?? mark.getAttribute('data-event-ids') ?? '').split(' ');
      expect(ids.some((id) => fresh.includes(id))).toBe(true);
      expect(mark.getAttribute('aria-label')).toMatch(/^New: /);
      expect(mark.querySelector('.fp-mark__new')!.getBoundingClientRect().width).toBeGreaterThan(4);
    }
    // An unrelated re-render, a zoom and a filter-free pan: nothing new to say.
    const quiet = sayings(host, 2500);
    await update(timeline(slice(0, 13), { highlightSince: since, showLegend: false }));
    zoomIn(host);
    expect((await quiet).filter((text) => /new event/.test(text))).toEqual([]);
    // The next update brings three more: said once.
    const next = sayings(host, 2500);
    await update(timeline(slice(0, 16), { highlightSince: since, showLegend: false }));
    expect((await next).filter((text) => /new event/.test(text))).toEqual([
      expect.stringMatching(/^3 new events since /),
    ]);
    const results = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('New events in a VerticalTimeline (Chromium)', () => {
  const since = startEpochMs(ordered[10]!.start);
  const liveTexts = (host: HTMLElement) => [...host.querySelectorAll('.fp-live-region')].map((r) => r.textContent);

  it('on its own, announces each batch once in its own (hidden) live region', async () => {
    const vertical = (dataset: Dataset) => <VerticalTimeline dataset={dataset} locale="en-GB" highlightSince={since} />;
    const { host, update } = await mount(vertical(slice(0, 13)), 420);
    const live = host.querySelector<HTMLElement>('.fp-vertical > .fp-live-region')!;
    await expect.poll(() => live.textContent, { timeout: 3000 }).toMatch(/^2 new events since /);
    expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await update(vertical(slice(0, 16)));
    await expect.poll(() => live.textContent, { timeout: 3000 }).toMatch(/^3 new events since /);
  });

  it('inside a narrow Timeline, says it once: only the Timeline’s region speaks', async () => {
    const { host } = await mount(timeline(slice(0, 13), { highlightSince: since }), 420);
    expect(host.querySelector('[data-fp="vertical-timeline"]')).not.toBeNull();
    const saying = () => liveTexts(host).filter((text) => /new event/.test(text ?? ''));
    await expect.poll(saying, { timeout: 3000 }).toHaveLength(1);
    // Past the region's settling delay, still one: the VerticalTimeline inside never speaks.
    await wait(900);
    expect(saying()).toHaveLength(1);
  });
});

describe('VerticalTimeline and the List view across updates (Chromium)', () => {
  it('keeps the reader’s place when earlier events are added above, and focus on a removed card’s neighbour', async () => {
    const data = slice(10, 20);
    const view = (d: Dataset) => <VerticalTimeline dataset={d} locale="en-GB" highlightSince={since()} />;
    const { host, update } = await mount(view(data), 400);
    const card = (id: string) => host.querySelector<HTMLElement>(`.fp-vertical__card[data-event-id="${id}"]`)!;
    const target = ordered[15]!;
    card(target.id).scrollIntoView({ block: 'start' });
    // A reader scrolls well before an update comes: let the scroll event through first.
    await wait(100);
    const top = card(target.id).getBoundingClientRect().top;
    await update(view(story(ordered.slice(0, 20))));
    // Chromium's scroll anchoring keeps the card where the reader was looking.
    expect(Math.abs(card(target.id).getBoundingClientRect().top - top)).toBeLessThan(2);
    card(target.id).focus();
    await update(view(without(story(ordered.slice(0, 20)), target.id)));
    expect(active()).not.toBe(document.body);
    expect([ordered[14]!.id, ordered[16]!.id]).toContain(active()!.getAttribute('data-event-id'));
  });

  it('gives focus to the nearest list item when the focused one is removed', async () => {
    const data = slice(0, 10);
    const list = (d: Dataset) => <EventList dataset={d} locale="en-GB" />;
    const { host, update } = await mount(list(data));
    const item = host.querySelector<HTMLElement>(`li[data-event-id="${ordered[4]!.id}"]`)!;
    const link = item.querySelector<HTMLElement>('a[href], button');
    if (!link) item.tabIndex = -1;
    (link ?? item).focus();
    expect(item.contains(active())).toBe(true);
    await update(list(without(data, ordered[4]!.id)));
    expect(active()).not.toBe(document.body);
    expect([ordered[3]!.id, ordered[5]!.id]).toContain(active()!.getAttribute('data-event-id'));
  });
});

/** For the vertical test: events after the 12th are new (badges must not disturb scroll anchoring). */
function since() {
  return datePeriod(ordered[11]!.start, ordered[11]!.timeZone)!.end;
}
