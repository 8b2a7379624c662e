import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as flashpointReact from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { safeParseDataset } from '../../src/schema/index';
import { createTheme } from '../../src/theme/index';
import { en } from '../../src/i18n/messages';
import { buildEventListContext } from '../../src/react/components/eventListContext';

const {
  Credits,
  DatasetIssues,
  EventDetail,
  EventList,
  EventTooltipContent,
  FilterBar,
  IntensityChart,
  Legend,
  MapInset,
  TimeDisplaySwitch,
  Timeline,
  Tooltip,
  VerticalTimeline,
} = flashpointReact;

const dataset = escalation2023;
const eventId = 'tower-22-drone-attack';
const flawed = safeParseDataset({ ...dataset, events: [...dataset.events, { id: 'no-date', title: 'Undated' }] });
const parchment = { colors: { background: '#f4efe6', surface: '#ebe3d4', text: '#2b2118' } };
const tooltipContext = buildEventListContext(dataset, {
  locale: 'en-GB',
  messages: en,
  headingLevel: 3,
  idPrefix: 't',
}).context;

interface ServerCase {
  /** The exported component the case renders. */
  component: string;
  /** Its root's `data-fp`. */
  root: string;
  element: ReactElement;
  /** The drawing's size before anything is measured: its `<svg>` carries this width, height and viewBox. */
  drawing?: { className: string; width: number; height?: number };
}

const cases: ServerCase[] = [
  {
    component: 'Timeline',
    root: 'timeline',
    element: createElement(Timeline, { dataset }),
    drawing: { className: 'fp-plot', width: 720 },
  },
  {
    component: 'Timeline',
    root: 'timeline',
    element: createElement(Timeline, {
      dataset,
      initialWidth: 1000,
      showFilters: true,
      showIntensity: true,
      showMap: true,
    }),
    drawing: { className: 'fp-plot', width: 1000 },
  },
  {
    component: 'Timeline',
    root: 'timeline',
    element: createElement(Timeline, { dataset, locale: 'ar', timeDisplay: 'reader', theme: 'dark' }),
    drawing: { className: 'fp-plot', width: 720 },
  },
  {
    component: 'Timeline',
    root: 'timeline',
    element: createElement(Timeline, { dataset, theme: createTheme(parchment) }),
    drawing: { className: 'fp-plot', width: 720 },
  },
  { component: 'VerticalTimeline', root: 'vertical-timeline', element: createElement(VerticalTimeline, { dataset }) },
  { component: 'EventList', root: 'event-list', element: createElement(EventList, { dataset, pageSize: 10 }) },
  {
    component: 'EventDetail',
    root: 'event-detail',
    element: createElement(EventDetail, { dataset, eventId, onSelectEvent: () => {}, onClose: () => {} }),
  },
  {
    component: 'IntensityChart',
    root: 'intensity-chart',
    element: createElement(IntensityChart, { dataset }),
    drawing: { className: 'fp-intensity__svg', width: 720, height: 140 },
  },
  {
    component: 'IntensityChart',
    root: 'intensity-chart',
    element: createElement(IntensityChart, { dataset, width: 480, height: 120, axisDirection: 'rtl' }),
    drawing: { className: 'fp-intensity__svg', width: 480, height: 120 },
  },
  {
    component: 'MapInset',
    root: 'map-inset',
    element: createElement(MapInset, { dataset, defaultSelectedId: eventId }),
    drawing: { className: 'fp-map-inset__svg', width: 320, height: 240 },
  },
  { component: 'Legend', root: 'legend', element: createElement(Legend, { dataset }) },
  {
    component: 'FilterBar',
    root: 'filter-bar',
    element: createElement(FilterBar, { dataset, defaultFilters: { categories: ['attack'] } }),
  },
  { component: 'Credits', root: 'credits', element: createElement(Credits, { dataset }) },
  { component: 'DatasetIssues', root: 'dataset-issues', element: createElement(DatasetIssues, flawed) },
  { component: 'TimeDisplaySwitch', root: 'time-display', element: createElement(TimeDisplaySwitch, {}) },
  {
    component: 'Tooltip',
    root: 'tooltip',
    element: createElement(Tooltip, { id: 'tip', x: 120, y: 40, children: 'Tower 22' }),
  },
  {
    component: 'EventTooltipContent',
    root: 'tooltip',
    element: createElement(Tooltip, {
      id: 'tip',
      x: 120,
      y: 40,
      children: createElement(EventTooltipContent, {
        event: dataset.events.find((e) => e.id === eventId)!,
        context: tooltipContext,
      }),
    }),
  },
];

/** Everything `flashpoint/react` exports that React can render: functions and forwardRef objects named in PascalCase. */
const exportedComponents = Object.entries(flashpointReact)
  .filter(([name, value]) => {
    if (!/^[A-Z][a-z]/.test(name)) return false;
    const kind = (value as { $$typeof?: symbol } | null)?.$$typeof;
    return typeof value === 'function' || kind === Symbol.for('react.forward_ref');
  })
  .map(([name]) => name);

const numberAttribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('every component on the server (renderToString, no DOM)', () => {
  let consoleMessages: unknown[][];
  beforeEach(() => {
    consoleMessages = [];
    for (const method of ['error', 'warn'] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => void consoleMessages.push(args));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('runs where there is no window and no document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof ResizeObserver).toBe('undefined');
  });

  it('has a case for each exported component', () => {
    expect(exportedComponents.length).toBeGreaterThanOrEqual(13);
    expect(exportedComponents.filter((name) => !cases.some((c) => c.component === name))).toEqual([]);
  });

  describe.each(cases.map((c, index) => ({ ...c, label: `${c.component} #${index}` })))('$label', (c) => {
    const render = () => renderToString(c.element);

    it('renders its root, says nothing on the console, and writes no style attribute, <style> or <script>', () => {
      const html = render();
      expect(html.match(new RegExp(`<[a-z]+\\s[^>]*data-fp="${c.root}"`))).not.toBeNull();
      expect(consoleMessages).toEqual([]);
      expect(html.match(/\sstyle=.{0,80}/i)).toBeNull();
      expect(html.match(/<(?:style|script).{0,80}/i)).toBeNull();
      expect(html.match(/\s[\w-]+="[^"]*(?:NaN|undefined|Infinity)[^"]*"/)).toBeNull();
    });

    it('gives every svg a viewBox, and positive sizes wherever it gives one', () => {
      for (const tag of render().match(/<svg\s[^>]*>/g) ?? []) {
        expect(tag).toMatch(/\sviewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"/);
        for (const name of ['width', 'height']) {
          const value = numberAttribute(tag, name);
          if (value !== undefined) expect(Number(value), tag).toBeGreaterThan(0);
        }
      }
    });
  });

  describe.each(cases.filter((c) => c.drawing).map((c) => ({ ...c, className: c.drawing!.className })))(
    '$component ($className)',
    (c) => {
      it('draws at its initial size before anything is measured', () => {
        const { className, width, height } = c.drawing!;
        const tag = renderToString(c.element).match(new RegExp(`<svg\\s[^>]*class="${className}"[^>]*>`))?.[0];
        expect(tag, `no <svg class="${className}">`).toBeDefined();
        expect(numberAttribute(tag!, 'width')).toBe(String(width));
        const drawn = Number(numberAttribute(tag!, 'height'));
        if (height !== undefined) expect(drawn).toBe(height);
        expect(drawn).toBeGreaterThan(0);
        expect(numberAttribute(tag!, 'viewBox')).toBe(`0 0 ${width} ${drawn}`);
      });
    },
  );

  it('renders the same HTML twice for the same props (nothing random, nothing from the clock)', () => {
    for (const c of cases) expect(renderToString(c.element) === renderToString(c.element), c.component).toBe(true);
  });

  it('shows a narrow initialWidth as the vertical timeline already on the server', () => {
    const html = renderToString(createElement(Timeline, { dataset, initialWidth: 400 }));
    expect(html.match(/<section[^>]*data-fp="timeline"[^>]*>/)?.[0]).toContain('data-layout="vertical"');
    expect(html.includes('class="fp-plot"')).toBe(false);
    expect(html.includes(`data-event-id="${eventId}"`)).toBe(true);
  });

  it('names a theme object by a hash of its contents, so the browser gives it the same name', () => {
    const themeName = (theme: Parameters<typeof Legend>[0]['theme']) =>
      renderToString(createElement(Legend, { dataset, theme })).match(/data-fp-theme="([^"]+)"/)?.[1];
    const name = themeName(createTheme(parchment));
    expect(name).toMatch(/^fp-theme-[a-z0-9]+$/);
    expect(themeName(createTheme(parchment))).toBe(name);
    expect(themeName(createTheme({ colors: { ...parchment.colors, text: '#1b2a30' } }))).not.toBe(name);
  });

  it('writes Arabic right to left, in Arabic', () => {
    const html = renderToString(createElement(Timeline, { dataset, locale: 'ar' }));
    expect(html.match(/<section[^>]*data-fp="timeline"[^>]*>/)?.[0]).toMatch(/lang="ar" dir="rtl"/);
    expect(html.match(/<label[^>]*data-fp="time-display"[^>]*>.*?<\/label>/)?.[0]).toMatch(/[\u0600-\u06ff]/);
  });
});
