import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { ReactElement } from 'react';
import { EventDetail, EventList, IntensityChart, Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { mountInBrowser, unmountAll } from './mountInBrowser';
import '../../src/theme/styles.css';

async function mount(element: ReactElement, width = 1024): Promise<HTMLElement> {
  await page.viewport(width + 40, 1000);
  const host = await mountInBrowser(element, { width });
  // Let ResizeObserver, text measuring and the map's lazy outlines settle.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return host;
}

afterEach(() => unmountAll());

/**
 * The allow-list for Latin digits: text that comes from the data itself, written by the newsroom in its own
 * digits — event titles ("Tower 22", "F-16s"), summaries, source titles, quoted wording, ids and ISO dates in
 * attributes (attributes are not text, so they are never checked). Everything Flashpoint writes itself
 * (dates, times, zone offsets, counts, figures, axis ticks, scales) must use the locale's digits.
 */
function dataStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/[0-9]/.test(value)) out.push(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) dataStrings(item, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) dataStrings(item, out);
  }
  return out;
}
const FROM_DATA = [...new Set(dataStrings(escalation2023))].sort((a, b) => b.length - a.length);

/** Text nodes under `root` with a Latin digit that is not part of a string from the data. */
function latinDigitLeaks(root: Element): string[] {
  const leaks: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!/[0-9]/.test(text)) continue;
    // A label cut to fit ("Drone strike on Tower 2…") is a piece of a title.
    const piece = text.replace(/…$/, '').trim();
    if (FROM_DATA.some((data) => data.includes(piece))) continue;
    let rest = text;
    for (const data of FROM_DATA) rest = rest.split(data).join('');
    if (/[0-9]/.test(rest)) leaks.push(`${node.parentElement?.className || node.parentElement?.tagName}: ${text}`);
  }
  return leaks;
}

const PERSIAN_DIGIT = /[۰-۹]/;
const persian = { locale: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' } as const;

describe('Persian (fa-IR, Persian calendar, arabext digits)', () => {
  it('Timeline with its detail, list, intensity chart, map and filters writes no Latin digit of its own', async () => {
    const host = await mount(
      <Timeline
        dataset={escalation2023}
        {...persian}
        defaultSelectedId="tower-22-drone-attack"
        showIntensity
        showMap
        showFilters
      />,
      1280,
    );
    const root = host.querySelector('[data-fp="timeline"]')!;
    await expect.poll(() => root.querySelector('[data-fp="map-inset"]')?.getAttribute('data-state')).toBe('ready');
    expect(root.getAttribute('lang')).toBe('fa-IR');
    expect(root.getAttribute('dir')).toBe('rtl');
    // Persian digits are there where Flashpoint writes numbers: the axis, the list's dates, the chart's scale.
    expect(root.querySelector('.fp-axis')?.textContent).toMatch(PERSIAN_DIGIT);
    expect(root.querySelector('[data-fp="event-list"] .fp-event__time')?.textContent).toMatch(PERSIAN_DIGIT);
    expect(root.querySelector('[data-fp="event-detail"] .fp-event__time')?.textContent).toMatch(PERSIAN_DIGIT);
    expect(root.querySelector('.fp-intensity__scale')?.textContent).toMatch(PERSIAN_DIGIT);
    expect(latinDigitLeaks(root)).toEqual([]);
  });

  it('EventList, EventDetail and IntensityChart on their own write no Latin digit of their own', async () => {
    const host = await mount(
      <>
        <EventList dataset={escalation2023} {...persian} />
        <EventDetail
          dataset={escalation2023}
          eventId="us-strikes-85-targets-iraq-syria"
          onSelectEvent={() => {}}
          {...persian}
        />
        <IntensityChart dataset={escalation2023} {...persian} />
      </>,
    );
    for (const name of ['event-list', 'event-detail', 'intensity-chart']) {
      const root = host.querySelector(`[data-fp="${name}"]`)!;
      expect(root.getAttribute('lang')).toBe('fa-IR');
      expect(root.textContent).toMatch(PERSIAN_DIGIT);
    }
    expect(latinDigitLeaks(host)).toEqual([]);
  });

  it('the check can fail: an English render of the same list leaks Latin digits', async () => {
    const host = await mount(<EventList dataset={escalation2023} locale="en-GB" />);
    expect(latinDigitLeaks(host).length).toBeGreaterThan(10);
  });
});

describe.each([
  ['ar', 'Arabic'],
  ['he', 'Hebrew'],
])('%s (%s): right to left', (locale) => {
  it('Timeline and EventList carry lang and dir="rtl" on their roots', async () => {
    const host = await mount(
      <>
        <Timeline dataset={escalation2023} locale={locale} />
        <EventList dataset={escalation2023} locale={locale} />
      </>,
    );
    const roots = [...host.querySelectorAll('[data-fp="timeline"], :scope > [data-fp="event-list"]')];
    expect(roots).toHaveLength(2);
    for (const root of roots) {
      expect(root.getAttribute('lang')).toBe(locale);
      expect(root.getAttribute('dir')).toBe('rtl');
      expect(getComputedStyle(root).direction).toBe('rtl');
    }
  });

  it('keeps the intensity chart’s axis labels inside its drawing (SVG anchors stay physical)', async () => {
    const host = await mount(<IntensityChart dataset={escalation2023} locale={locale} />, 720);
    const svg = host.querySelector('.fp-intensity__svg')!.getBoundingClientRect();
    const labels = [...host.querySelectorAll('.fp-intensity__major, .fp-intensity__minor, .fp-intensity__scale')];
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(svg.left - 1);
      expect(box.right).toBeLessThanOrEqual(svg.right + 1);
    }
  });

  it('puts each event’s category bar on the inline-start side: the right', async () => {
    const host = await mount(<EventList dataset={escalation2023} locale={locale} />, 600);
    const item = host.querySelector<HTMLElement>('.fp-event[data-event-id="tower-22-drone-attack"]')!;
    const article = item.querySelector('article')!.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    const style = getComputedStyle(item);
    const bar = parseFloat(style.borderRightWidth);
    expect(bar).toBeGreaterThanOrEqual(3);
    expect(parseFloat(style.borderLeftWidth)).toBeLessThan(bar);
    // Padding is the same on both sides, so the right-hand gap is wider by the bar.
    expect(box.right - article.right - (article.left - box.left)).toBeCloseTo(bar, 0);
  });
});

describe('Arabic with English data: names isolated in <bdi>', () => {
  const ltrRunsInOrder = (first: Element, second: Element) =>
    first.getBoundingClientRect().left >= second.getBoundingClientRect().right - 1;

  it('a source reads outlet then title from the right, the colon between them', async () => {
    const host = await mount(<EventList dataset={escalation2023} locale="ar" />, 800);
    const links = [...host.querySelectorAll('.fp-source__link')].filter(
      (link) => link.querySelectorAll('bdi').length === 2,
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links.slice(0, 10)) {
      const [outlet, title] = link.querySelectorAll('bdi');
      const one = outlet!.getClientRects().length === 1 && title!.getClientRects().length === 1;
      // Only where both fit on one line can "right of" be measured.
      if (one && Math.abs(outlet!.getBoundingClientRect().top - title!.getBoundingClientRect().top) < 2) {
        expect(ltrRunsInOrder(outlet!, title!)).toBe(true);
      }
    }
  });

  it('names in running text are isolated: actors, places, related events, who says what, who reports', async () => {
    const host = await mount(<EventList dataset={escalation2023} locale="ar" />, 800);
    const item = host.querySelector('.fp-event[data-event-id="tower-22-drone-attack"]')!;
    const actorNames = escalation2023.actors.map((actor) => actor.name);
    const isolated = (selector: string) => [...item.querySelectorAll(`${selector} bdi`)].map((b) => b.textContent);
    expect(isolated('.fp-event__actors').length).toBeGreaterThan(0);
    for (const name of isolated('.fp-event__actors')) expect(actorNames).toContain(name);
    expect(isolated('.fp-event__place')).toHaveLength(1);
    expect(isolated('.fp-related__item').length).toBeGreaterThan(0);
    expect(isolated('.fp-casualty__status').length).toBeGreaterThan(0);
    // Each actor name renders as one run, read in order from the right: the first listed is rightmost.
    const names = [...item.querySelectorAll('.fp-event__actors bdi')];
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!.getBoundingClientRect(), names[i]!.getBoundingClientRect()];
      if (Math.abs(a.top - b.top) < 2) expect(a.left).toBeGreaterThanOrEqual(b.right - 1);
    }
  });
});
