import { version as reactVersion } from 'react';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { HYDRATION_EVENT, hydrationCases, type HydrationCase } from '../ssr/hydrationCases';
import type { ServerRender } from '../ssr/renderServerHtml';
import { hydrateServerHtml, unmountHydrated, type Hydrated } from './hydrateServerHtml';
import '../../src/theme/styles.css';

const CASES = Object.keys(hydrationCases) as HydrationCase[];
const reactLine = inject('reactLine');
let server: ServerRender & { stderr: string };

const html = (name: HydrationCase) => {
  const markup = server.html[name];
  if (!markup) throw new Error(`no server HTML for ${name}`);
  return markup;
};

/** What a test must see after hydrating a case: no recoverable error, no console error or warning. */
const expectClean = (hydrated: Hydrated) => {
  expect(hydrated.recoverableErrors).toEqual([]);
  expect(hydrated.consoleErrors).toEqual([]);
  expect(hydrated.consoleWarnings).toEqual([]);
};

/** A mark on the timeline, found by the event it stands for. */
const mark = (container: HTMLElement, id: string) =>
  container.querySelector<SVGGElement>(`.fp-mark[data-event-id="${id}"]`);

beforeAll(async () => {
  await page.viewport(1320, 900);
  server = await commands.renderOnServer(CASES, reactLine);
}, 120_000);

afterEach(() => {
  unmountHydrated();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('the two sides', () => {
  it('the server rendered in UTC, in Node, with no DOM, and said nothing', () => {
    expect(server.timeZone).toMatch(/^(Etc\/)?UTC$/);
    expect(server.hadDom).toBe(false);
    expect(server.stderr).toBe('');
    for (const name of CASES) expect(html(name).length, name).toBeGreaterThan(100);
  });

  it('the browser runs in New York, with the React line of the project, the same as the server’s', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(inject('browserTimeZone'));
    expect(inject('browserTimeZone')).toBe('America/New_York');
    // Date's local clock too: 1 July 2024 is in summer time, UTC−4.
    expect(new Date(Date.UTC(2024, 6, 1, 12)).getTimezoneOffset()).toBe(240);
    expect(reactVersion).toBe(server.reactVersion);
    if (reactLine) expect(reactVersion.startsWith(reactLine), reactVersion).toBe(true);
  });
});

describe('hydrateRoot over the server HTML: no recoverable error, no mismatch warning, and it works after', () => {
  it.each(['timeline', 'timeline-theme-object', 'timeline-arabic'] as const)(
    '%s: a click on a mark opens it',
    async (name) => {
      const hydrated = await hydrateServerHtml(html(name), hydrationCases[name](), 1280);
      expectClean(hydrated);
      const { container } = hydrated;
      expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
      await userEvent.click(mark(container, HYDRATION_EVENT)!);
      await expect
        .poll(() => container.querySelector('[data-fp="event-detail"]')?.getAttribute('data-event-id'))
        .toBe(HYDRATION_EVENT);
      expect(mark(container, HYDRATION_EVENT)!.getAttribute('aria-pressed')).toBe('true');
      expectClean(hydrated);
    },
  );

  it('timeline-theme-object: the theme’s stylesheet is adopted once hydrated, under the name the server wrote', async () => {
    const name = html('timeline-theme-object').match(/data-fp-theme="(fp-theme-[a-z0-9]+)"/)?.[1];
    expect(name).toBeDefined();
    const hydrated = await hydrateServerHtml(html('timeline-theme-object'), hydrationCases['timeline-theme-object']());
    expectClean(hydrated);
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.some((rule) => rule.includes(name!))).toBe(true);
  });

  it('timeline-reader-time: shows the place’s clock first, then the reader’s (New York) once hydrated', async () => {
    const serverHtml = html('timeline-reader-time');
    expect(serverHtml.includes('Times are local to each place')).toBe(true);
    expect(serverHtml.includes('Times are in your time zone')).toBe(false);
    const hydrated = await hydrateServerHtml(serverHtml, hydrationCases['timeline-reader-time'](), 1280);
    expectClean(hydrated);
    await expect.poll(() => hydrated.container.textContent).toMatch(/Times are in your time zone: New York/);
    expectClean(hydrated);
  });

  it('timeline-every-part: filters, intensity chart, map and the selected event hydrate; the map then loads', async () => {
    const hydrated = await hydrateServerHtml(
      html('timeline-every-part'),
      hydrationCases['timeline-every-part'](),
      1280,
    );
    expectClean(hydrated);
    const { container } = hydrated;
    for (const part of ['filter-bar', 'intensity-chart', 'map-inset', 'event-detail', 'event-list']) {
      expect(container.querySelector(`[data-fp="${part}"]`), part).not.toBeNull();
    }
    await expect.poll(() => container.querySelector('[data-fp="map-inset"]')?.getAttribute('data-state')).toBe('ready');
    const other = 'us-strikes-85-targets-iraq-syria';
    await userEvent.click(mark(container, other)!);
    await expect
      .poll(() => container.querySelector('[data-fp="event-detail"]')?.getAttribute('data-event-id'))
      .toBe(other);
    expectClean(hydrated);
  });

  it('vertical-timeline: Enter on a card selects it', async () => {
    const onSelectedIdChange = vi.fn();
    const hydrated = await hydrateServerHtml(
      html('vertical-timeline'),
      hydrationCases['vertical-timeline']({ onSelectedIdChange }),
      420,
    );
    expectClean(hydrated);
    const card = hydrated.container.querySelector<HTMLElement>(`li[data-event-id="${HYDRATION_EVENT}"]`)!;
    card.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(HYDRATION_EVENT);
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    expectClean(hydrated);
  });

  it('event-list: hydrates, and its in-page links still lead to the events', async () => {
    const hydrated = await hydrateServerHtml(html('event-list'), hydrationCases['event-list'](), 720);
    expectClean(hydrated);
    const items = hydrated.container.querySelectorAll('ol[data-fp="event-list"] > li[data-event-id]');
    expect(items.length).toBe(hydrationCases['event-list']().props.dataset.events.length);
    const link = hydrated.container.querySelector<HTMLAnchorElement>('a.fp-related__link')!;
    const target = document.getElementById(link.hash.slice(1));
    expect(target).not.toBeNull();
    expect(hydrated.container.contains(target)).toBe(true);
  });

  it('intensity-chart: a slider moves the window', async () => {
    const onDomainChange = vi.fn();
    const hydrated = await hydrateServerHtml(
      html('intensity-chart'),
      hydrationCases['intensity-chart']({ onDomainChange }),
    );
    expectClean(hydrated);
    hydrated.container.querySelector<HTMLInputElement>('input[type="range"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => onDomainChange.mock.calls.length).toBeGreaterThan(0);
    expectClean(hydrated);
  });

  it('map-inset: the outlines load after hydration, and a click on a point selects its event', async () => {
    const onSelect = vi.fn();
    const hydrated = await hydrateServerHtml(html('map-inset'), hydrationCases['map-inset']({ onSelect }), 320);
    expectClean(hydrated);
    const root = hydrated.container.querySelector('[data-fp="map-inset"]')!;
    expect(html('map-inset')).toContain('data-state="loading"');
    await expect.poll(() => root.getAttribute('data-state')).toBe('ready');
    const point = [...root.querySelectorAll<SVGGElement>('.fp-map-inset__point')].find((g) =>
      g.getAttribute('data-event-ids')!.split(' ').includes('hamas-attack-on-israel'),
    )!;
    await userEvent.click(point);
    expect(onSelect).toHaveBeenLastCalledWith('hamas-attack-on-israel');
    expectClean(hydrated);
  });

  it('event-detail: the close button calls onClose', async () => {
    const onClose = vi.fn();
    const hydrated = await hydrateServerHtml(html('event-detail'), hydrationCases['event-detail']({ onClose }), 480);
    expectClean(hydrated);
    await userEvent.click(hydrated.container.querySelector<HTMLButtonElement>('[data-fp="event-detail"] button')!);
    expect(onClose).toHaveBeenCalledTimes(1);
    expectClean(hydrated);
  });
});

describe('the check can fail', () => {
  // First: React 18 warns about a mismatched attribute once per page, so it must not follow another mismatch.
  it('sees an attribute that differs (another theme name): React warns on the console', async () => {
    const hydrated = await hydrateServerHtml(html('event-list'), hydrationCases['event-list']({ theme: 'dark' }), 720);
    expect(hydrated.consoleErrors.join('\n')).toMatch(/data-fp-theme|hydrat|did not match/i);
    expect(hydrated.recoverableErrors).toEqual([]);
    expect(() => expectClean(hydrated)).toThrow();
  });

  it('sees a server render in another language (text differs): React recovers and says so', async () => {
    const hydrated = await hydrateServerHtml(html('timeline'), hydrationCases.timeline({ locale: 'fr' }), 1280);
    expect(hydrated.recoverableErrors.length).toBeGreaterThan(0);
    expect(hydrated.recoverableErrors.join('\n')).toMatch(/hydrat|did not match/i);
    expect(() => expectClean(hydrated)).toThrow();
  });
});
