import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { act, type ReactElement } from 'react';
import { EventDetail, EventList, Timeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { themes } from '../../src/theme/presets/index';
import type { Domain } from '../../src/layout/types';
import timelineMeta, { FullStory } from '../../stories/Timeline.stories';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';
import { clippedText, horizontalOverflow, measureTargets, motionDurations } from './wcagMeasure';
import { computedColor } from './computedColor';

// WCAG 2.2 AA checks that only a browser can make, on the full escalation story (the FullStory args:
// filters, intensity chart, map, legend, credits, list) and on EventList and EventDetail.

const FULL_STORY = { ...timelineMeta.args, ...FullStory.args } as TimelineProps;
const TOWER_22 = 'tower-22-drone-attack';

const settle = (ms = 250) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function mount(element: ReactElement, width: number): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 400), 900);
  const host = await mountInBrowser(element, { width });
  await settle();
  return host;
}

const fullStory = (width: number, props: Partial<TimelineProps> = {}) =>
  mount(<Timeline {...FULL_STORY} syncHash={false} {...props} />, width);
const detail = (
  <EventDetail dataset={escalation2023} eventId={TOWER_22} locale="en-GB" onClose={() => {}} onSelectEvent={() => {}} />
);
const rootOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-fp]')!;

afterEach(async () => {
  unmountAll();
  document.documentElement.style.fontSize = '';
  await commands.emulateMedia({ reducedMotion: null, forcedColors: null, colorScheme: null });
});

describe('SC 2.5.8 target size: 24 × 24 px, or spaced, or a link in running text', () => {
  const listView = async () => {
    const host = await fullStory(1024);
    await userEvent.click(host.querySelector<HTMLElement>('.fp-timeline__view')!);
    await settle();
    return host;
  };
  const cases: [string, () => Promise<HTMLElement>][] = [
    ['the full story at 1280 px, an event open', () => fullStory(1280, { defaultSelectedId: TOWER_22 })],
    ['the full story at 375 px', () => fullStory(375)],
    ['the full story in list view', listView],
    ['EventList', () => mount(<EventList dataset={escalation2023} locale="en-GB" />, 720)],
    ['EventDetail', () => mount(detail, 480)],
  ];
  for (const [name, render] of cases) {
    it(name, async () => {
      const host = await render();
      const report = measureTargets(host);
      const marks = (line: string) => line.startsWith('<g.');
      console.info(
        `${name}: ${report.measured} targets, ${report.spaced.length} spaced, ${report.inline.length} inline`,
      );
      expect(report.measured).toBeGreaterThan(3);
      expect(report.failing).toEqual([]);
      // Marks on the plot are checked on their own below.
      expect(report.overlapping.filter((pair) => !marks(pair))).toEqual([]);
    });
  }

  // KNOWN FAILURE, kept visible: layoutTimeline merges marks closer than minGap = 14 px, so two marks 14–24 px
  // apart in one lane have overlapping 24 px hit areas (at 1280 px: the AC-130 strike of 20 Nov and the strike
  // of 22 Nov). The fix is in layout (minGap ≥ 24, the target size); when it lands this test fails: make it `it`.
  it('never lets two marks on the plot overlap (their 24 px hit areas)', async () => {
    const overlaps: string[] = [];
    for (const width of [1280, 375]) {
      overlaps.push(...measureTargets(await fullStory(width)).overlapping);
      unmountAll();
    }
    expect(overlaps).toEqual([]);
  });

  it('would fail a 16 px button next to another', async () => {
    const host = await mount(
      <div>
        <button type="button" style={{ width: 16, height: 16, padding: 0 }} aria-label="a" />
        <button type="button" style={{ width: 16, height: 16, padding: 0 }} aria-label="b" />
      </div>,
      200,
    );
    expect(measureTargets(host).failing).toHaveLength(2);
  });
});

describe('Reduced motion', () => {
  it('has no transition or animation anywhere in the full story', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const host = await fullStory(1280, { defaultSelectedId: TOWER_22 });
    expect(motionDurations(host)).toEqual([]);
  });

  it('has some without it (so the check above can fail)', async () => {
    const host = await fullStory(1280, { defaultSelectedId: TOWER_22 });
    expect(motionDurations(host).length).toBeGreaterThan(0);
  });

  it('zooms in one step, without frames in between, when the reader asks for reduced motion', async () => {
    const steps = async () => {
      const domains: Domain[] = [];
      const host = await fullStory(1024, { onDomainChange: (domain) => domains.push(domain) });
      await userEvent.click(host.querySelector<HTMLElement>('.fp-zoom button')!);
      await settle(600);
      unmountAll();
      return domains.length;
    };
    expect(await steps()).toBeGreaterThan(1);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(await steps()).toBe(1);
  });
});

describe('Forced colours (Windows High Contrast)', () => {
  it('draws marks, clusters, arrows and the selection and focus rings in system colours', async () => {
    const host = await fullStory(1280, { defaultSelectedId: TOWER_22, defaultLinkMode: 'all' });
    await commands.emulateMedia({ forcedColors: 'active' });
    const [canvas, canvasText, highlight] = ['Canvas', 'CanvasText', 'Highlight'].map((c) => computedColor(c));
    const style = (selector: string) => getComputedStyle(host.querySelector(selector)!);

    expect(style('.fp-mark[data-figures="none"] .fp-mark__symbol').fill).toBe(canvasText);
    expect(style('.fp-cluster__disc').fill).toBe(canvasText);
    expect(style('.fp-cluster__count').fill).toBe(canvas);
    expect(style('.fp-link[data-state="selected"]').stroke).toBe(canvasText);
    expect(style('.fp-link:not([data-state="selected"])').stroke).toBe(canvasText);
    expect(style('.fp-links__head').fill).toBe(canvasText);
    expect(style(`.fp-mark[data-event-id="${TOWER_22}"] .fp-mark__ring`).stroke).toBe(canvasText);

    const mark = host.querySelector<SVGGElement>(`.fp-mark:not([data-event-id="${TOWER_22}"])`)!;
    act(() => mark.focus());
    await userEvent.keyboard('{ArrowRight}');
    const focused = document.activeElement!;
    expect(focused.matches('.fp-mark, .fp-cluster')).toBe(true);
    expect(getComputedStyle(focused.querySelector('.fp-mark__ring')!).stroke).toBe(highlight);
  });

  it('keeps a pressed toggle distinct from the other buttons', async () => {
    const host = await fullStory(1024);
    await userEvent.click(host.querySelector<HTMLElement>('.fp-timeline__view')!);
    await commands.emulateMedia({ forcedColors: 'active' });
    const pressed = host.querySelector<HTMLElement>('.fp-button[aria-pressed="true"]')!;
    const other = host.querySelector<HTMLElement>('button:not([aria-pressed="true"])')!;
    expect(getComputedStyle(pressed).backgroundColor).toBe(computedColor('Highlight'));
    expect(getComputedStyle(pressed).backgroundColor).not.toBe(getComputedStyle(other).backgroundColor);
  });

  it('still shows the category by shape: one symbol per category, every one drawn in CanvasText', async () => {
    const host = await fullStory(1280);
    await commands.emulateMedia({ forcedColors: 'active' });
    const canvasText = computedColor('CanvasText');
    const byCategory = new Map<string, Set<string>>();
    const notSystem: string[] = [];
    for (const symbol of host.querySelectorAll<SVGPathElement>('.fp-mark .fp-mark__symbol')) {
      const mark = symbol.closest('.fp-mark')!;
      const category = mark.getAttribute('data-category')!;
      byCategory.set(category, (byCategory.get(category) ?? new Set()).add(symbol.getAttribute('d')!));
      const { fill, stroke } = getComputedStyle(symbol);
      // Solid symbols are filled with CanvasText; hollow ones (figures only claimed…) outlined in it.
      if (fill !== canvasText && stroke !== canvasText)
        notSystem.push(`${mark.getAttribute('data-event-id')}: ${fill} ${stroke}`);
    }
    expect(notSystem).toEqual([]);
    const shapes = [...byCategory.values()].map((set) => [...set].join());
    expect(byCategory.size).toBeGreaterThan(2);
    expect(new Set(shapes).size).toBe(byCategory.size);
  });
});

describe('SC 1.4.10 reflow and SC 1.4.4 text at 200 %', () => {
  const parts: [string, (width: number) => Promise<HTMLElement>][] = [
    ['the full story', (width) => fullStory(width)],
    ['EventList', (width) => mount(<EventList dataset={escalation2023} locale="en-GB" />, width)],
    ['EventDetail', (width) => mount(detail, width)],
  ];
  for (const [name, render] of parts) {
    it(`${name} fits 320 px without sideways scrolling`, async () => {
      const host = await render(320);
      expect(horizontalOverflow(rootOf(host))).toEqual([]);
    });

    it(`${name} fits 640 px with text at 200 % and clips no text`, async () => {
      document.documentElement.style.fontSize = '200%';
      const host = await render(640);
      expect(horizontalOverflow(rootOf(host))).toEqual([]);
      expect(clippedText(rootOf(host))).toEqual([]);
    });
  }
});

describe('SC 1.4.13 content on hover or focus, on the timeline itself', () => {
  it('opens on focus, closes with Esc, and focus stays on the mark', async () => {
    const host = await fullStory(1280);
    const mark = host.querySelector<SVGGElement>(`.fp-mark[data-event-id="${TOWER_22}"]`)!;
    act(() => mark.focus());
    await expect.poll(() => host.querySelector('[role="tooltip"]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => host.querySelector('[role="tooltip"]')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('opens on hover and stays while the pointer moves onto it', async () => {
    const host = await fullStory(1280);
    await userEvent.hover(host.querySelector<SVGGElement>(`.fp-mark[data-event-id="${TOWER_22}"] .fp-mark__target`)!);
    await expect.poll(() => host.querySelector('[role="tooltip"]')).not.toBeNull();
    await userEvent.hover(host.querySelector<HTMLElement>('[role="tooltip"]')!);
    await settle(600);
    expect(host.querySelector('[role="tooltip"]')).not.toBeNull();
  });
});

describe('Themes apply through an ancestor and through the root attribute', () => {
  const rgb = (hex: string) => computedColor(hex);
  const colours = (element: Element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor };
  };
  const expected = (name: keyof typeof themes) => ({
    color: rgb(themes[name].colors.text),
    background: rgb(themes[name].colors.background),
  });

  for (const name of ['dark', 'highContrast'] as const) {
    it(`${name} on an ancestor reaches the timeline and every part inside it`, async () => {
      const host = await mount(
        <div data-fp-theme={name}>
          <Timeline {...FULL_STORY} syncHash={false} />
        </div>,
        1024,
      );
      expect(colours(host.querySelector('[data-fp="timeline"]')!)).toEqual(expected(name));
      expect(colours(host.querySelector('[data-fp="event-list"]')!)).toEqual(expected(name));
      const mark = host.querySelector('.fp-mark[data-category="attack"] .fp-mark__symbol')!;
      expect(getComputedStyle(mark).fill).toBe(rgb(themes[name].colors.categoryAttack));
      await page.screenshot({ element: host, path: `__screenshots__/wcag-theme-${name}.png` });
    });

    it(`${name} as the theme prop (the attribute on the root)`, async () => {
      const host = await mount(<Timeline {...FULL_STORY} syncHash={false} theme={name} />, 1024);
      const root = host.querySelector('[data-fp="timeline"]')!;
      expect(root.getAttribute('data-fp-theme')).toBe(name);
      expect(colours(root)).toEqual(expected(name));
      expect(colours(host.querySelector('[data-fp="event-list"]')!)).toEqual(expected(name));
    });
  }

  it('light on the root wins over a dark ancestor; a dark root inside a light ancestor stays dark', async () => {
    const host = await mount(
      <>
        <div data-fp-theme="dark">
          <EventList dataset={escalation2023} locale="en-GB" theme="light" />
        </div>
        <div data-fp-theme="light">
          <EventList dataset={escalation2023} locale="en-GB" theme="dark" />
        </div>
      </>,
      720,
    );
    const [first, second] = host.querySelectorAll('[data-fp="event-list"]');
    expect(colours(first!)).toEqual(expected('light'));
    expect(colours(second!)).toEqual(expected('dark'));
  });

  it('auto follows the reader: light, then dark under prefers-color-scheme: dark', async () => {
    const host = await mount(<EventList dataset={escalation2023} locale="en-GB" theme="auto" />, 720);
    const list = host.querySelector('[data-fp="event-list"]')!;
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(colours(list)).toEqual(expected('light'));
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(colours(list)).toEqual(expected('dark'));
    expect(getComputedStyle(list).colorScheme).toBe('dark');
  });
});
