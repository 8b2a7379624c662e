import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { IntensityChart, MapInset, Timeline, VerticalTimeline } from '../../src/react/index';
import '../../src/theme/styles.css';
import { EDGE_DATASETS, MIXED_TITLES, millionCharTitle, mixedScripts } from '../fixtures/edgeDatasets';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// docs/edge-cases.md, the graphics side: each edge dataset in each graphic, in Chromium.
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Attributes that say a number went wrong on its way to the page (x="NaN", width="Infinity"). */
function nonFiniteAttributes(host: HTMLElement): string[] {
  const bad: string[] = [];
  for (const element of host.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.startsWith('data-') || name.startsWith('aria-')) continue;
      if (/\bNaN\b|\bInfinity\b/.test(value)) bad.push(`<${element.localName} ${name}="${value.slice(0, 60)}">`);
    }
  }
  return bad;
}

const listedIds = (host: HTMLElement) =>
  [...host.querySelectorAll('ol[data-fp="event-list"] > li[data-event-id]')].map((li) =>
    li.getAttribute('data-event-id'),
  );

const setActEnvironment = (on: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
};

/** Mounted, then with act() off: clicks and timers then update the page as they do for a reader (mountTimeline.tsx). */
async function mount(element: Parameters<typeof mountInBrowser>[0], width: number): Promise<HTMLElement> {
  const host = await mountInBrowser(element, { width });
  setActEnvironment(false);
  return host;
}

let consoleError: MockInstance;
beforeEach(async () => {
  consoleError = vi.spyOn(console, 'error');
  await page.viewport(1100, 900);
});
afterEach(() => {
  setActEnvironment(true);
  unmountAll();
  const calls = consoleError.mock.calls.map((call) => call.map(String).join(' ').slice(0, 300));
  consoleError.mockRestore();
  expect(calls).toEqual([]);
});

describe.each(Object.entries(EDGE_DATASETS))('%s', (name, dataset) => {
  const ids = dataset.events.map((event) => event.id);

  it('Timeline: every event listed, marks drawn for them, finite axis ticks', async () => {
    const started = performance.now();
    const host = await mount(<Timeline dataset={dataset} locale="en-GB" />, 1000);
    const mountMs = performance.now() - started;
    await settle();
    expect(mountMs).toBeLessThan(name === 'millionCharTitle' ? 3000 : 2000);
    expect(host.querySelector('[data-fp="timeline"]')).not.toBeNull();
    expect(listedIds(host)).toEqual(ids);
    const plot = host.querySelector('.fp-plot');
    const drawn = plot ? plot.querySelectorAll('[data-event-id], [data-event-ids]').length : 0;
    if (ids.length === 0) expect(drawn).toBe(0);
    else expect(drawn).toBeGreaterThan(0);
    const ticks = [...host.querySelectorAll('.fp-axis__tick line')].map((line) => Number(line.getAttribute('x1')));
    if (ids.length > 0) expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every(Number.isFinite)).toBe(true);
    expect(nonFiniteAttributes(host)).toEqual([]);
    for (const label of host.querySelectorAll('.fp-mark-label')) expect(label.textContent!.length).toBeLessThan(400);
  });

  it('Timeline List view: every event in the list', async () => {
    const host = await mount(<Timeline dataset={dataset} locale="en-GB" />, 1000);
    await settle();
    await userEvent.click(host.querySelector<HTMLElement>('.fp-timeline__view')!);
    await settle();
    expect(host.querySelector('[data-fp="timeline"]')!.getAttribute('data-view')).toBe('list');
    expect(listedIds(host)).toEqual(ids);
  });

  it('VerticalTimeline: a card for every event', async () => {
    const host = await mount(<VerticalTimeline dataset={dataset} locale="en-GB" />, 420);
    await settle();
    expect(host.querySelector('[data-fp="vertical-timeline"]')).not.toBeNull();
    expect(
      [...host.querySelectorAll('[data-fp="vertical-timeline"] [data-event-id]')].map((card) =>
        card.getAttribute('data-event-id'),
      ),
    ).toEqual(expect.arrayContaining(ids));
    expect(nonFiniteAttributes(host)).toEqual([]);
  });

  it('IntensityChart and MapInset draw without a non-finite number', async () => {
    const host = await mount(
      <div>
        <IntensityChart dataset={dataset} locale="en-GB" width={720} />
        <MapInset dataset={dataset} locale="en-GB" />
      </div>,
      760,
    );
    await settle();
    expect(host.querySelector('[data-fp="intensity-chart"]')).not.toBeNull();
    expect(host.querySelector('[data-fp="map-inset"]')).not.toBeNull();
    expect(nonFiniteAttributes(host)).toEqual([]);
    const located = dataset.events.filter((event) => event.location?.lat !== undefined).length;
    const points = host.querySelectorAll('[data-fp="map-inset"] [data-event-ids]').length;
    if (located === 0) expect(points).toBe(0);
    else expect(points).toBeGreaterThan(0);
  });
});

describe('text that must not break', () => {
  it('labels of mixed scripts are cut between graphemes, never inside an emoji or an accent', async () => {
    const host = await mount(<Timeline dataset={mixedScripts} locale="en-GB" />, 700);
    await settle();
    const titles = new Map(mixedScripts.events.map((event) => [event.id, event.title]));
    const labels = [...host.querySelectorAll<SVGTextElement>('.fp-mark-label')];
    expect(labels.some((label) => label.textContent!.endsWith('…'))).toBe(true);
    for (const label of labels) {
      const title = titles.get(label.getAttribute('data-event-id')!)!;
      const text = label.textContent!;
      const kept = graphemes(text.endsWith('…') ? text.slice(0, -1) : text);
      expect(kept).toEqual(graphemes(title).slice(0, kept.length));
    }
  });

  it('an Arabic title with English inside reads right to left, and its label stays where layout put it', async () => {
    const host = await mount(<Timeline dataset={mixedScripts} locale="en-GB" />, 1000);
    await settle();
    const label = host.querySelector<SVGTextElement>('.fp-mark-label[data-event-id="mixed-englishInArabic"]');
    expect(label, 'the label is placed at 1000 px').not.toBeNull();
    expect(getComputedStyle(label!).unicodeBidi).toBe('plaintext');
    // Anchored at its start: the box begins at x (left), whatever direction the text reads in.
    expect(Math.abs(label!.getBBox().x - Number(label!.getAttribute('x')))).toBeLessThan(1);
    // Read right to left: the first Arabic letter is drawn to the right of "Tower".
    const first = label!.getStartPositionOfChar(0).x;
    const tower = label!.getStartPositionOfChar(label!.textContent!.indexOf('T')).x;
    expect(first).toBeGreaterThan(tower);
  });

  it('titles in the list, tooltip and cards are isolated (<bdi>), so neighbours keep their order', async () => {
    const host = await mount(<VerticalTimeline dataset={mixedScripts} locale="en-GB" />, 420);
    await settle();
    const titles = [...host.querySelectorAll('.fp-event__title')];
    expect(titles).toHaveLength(Object.keys(MIXED_TITLES).length);
    for (const title of titles) expect(title.querySelector('bdi')).not.toBeNull();
  });

  it('a million-character title mounts in under 3 s and its label is short', async () => {
    const started = performance.now();
    const host = await mount(<Timeline dataset={millionCharTitle} locale="en-GB" />, 1000);
    const ms = performance.now() - started;
    console.info(`Timeline with a million-character title and summary: mounted in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(3000);
    const label = host.querySelector('.fp-mark-label[data-event-id="huge"]');
    expect(label?.textContent?.length ?? 0).toBeLessThan(200);
  });
});
