import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { act, useState } from 'react';
import { IntensityChart, Timeline, type IntensityChartProps, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { createTimeScale } from '../../src/layout/createTimeScale';
import { datasetExtent } from '../../src/layout/datasetExtent';
import { eventAnchor } from '../../src/layout/eventAnchor';
import { prepareTimeline } from '../../src/layout/prepareTimeline';
import type { AxisDirection, Domain } from '../../src/layout/types';
import { domainBounds } from '../../src/state/domainBounds';
import '../../src/theme/styles.css';
import { dragAcross } from './pointerDrag';
import { mountInBrowser, unmountAll } from './mountInBrowser';

const DAY = 86_400_000;
const WIDTH = 720;
const DEC: Domain = [Date.parse('2023-12-01T00:00:00+03:00'), Date.parse('2024-01-01T00:00:00+03:00')];
const prepared = prepareTimeline(escalation2023);
/** The span both charts cover by default: every event, padded. */
const BOUNDS = domainBounds(datasetExtent(prepared)!);
const anchors = prepared.extents.map(eventAnchor);
const EARLIEST = Math.min(...anchors);
const LATEST = Math.max(...anchors);
const earliestId = prepared.events[anchors.indexOf(EARLIEST)]!.id;
/** Wider on the later side: a mirrored chart is not the same picture by chance (the default padding is even). */
const LOPSIDED: Domain = [Date.parse('2023-10-01T00:00:00+03:00'), Date.parse('2024-04-01T00:00:00+03:00')];

/** A host that owns the domain, as the Timeline does, and records every change. */
function Host(props: Partial<IntensityChartProps> & { log: Domain[]; start: Domain }) {
  const { log, start, ...rest } = props;
  const [domain, setDomain] = useState<Domain>(start);
  return (
    <IntensityChart
      dataset={escalation2023}
      locale="en-GB"
      width={WIDTH}
      axisDirection="rtl"
      {...rest}
      domain={domain}
      onDomainChange={(next) => {
        log.push(next);
        setDomain(next);
      }}
    />
  );
}

async function mountChart(log: Domain[], props: Partial<IntensityChartProps> = {}, start = DEC): Promise<HTMLElement> {
  await page.viewport(WIDTH + 80, 700);
  const host = await mountInBrowser(<Host log={log} start={start} {...props} />, { width: WIDTH + 40 });
  await new Promise((resolve) => setTimeout(resolve, 100));
  return host;
}

async function mountTimeline(props: Partial<TimelineProps>, width = 1024): Promise<HTMLElement> {
  await page.viewport(width + 40, 1200);
  const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" showIntensity {...props} />, {
    width,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  return host;
}

const svgOf = (host: HTMLElement) => host.querySelector<SVGSVGElement>('svg.fp-intensity__svg')!;
const windowRect = (host: HTMLElement) => host.querySelector<SVGRectElement>('.fp-intensity__window')!;
const bars = (host: HTMLElement) => [...host.querySelectorAll<SVGRectElement>('.fp-intensity__bar')];
/** The chart's x scale, as the layout builds it from the drawing's width. */
const scaleOf = (host: HTMLElement, direction: AxisDirection, bounds = BOUNDS) =>
  createTimeScale(bounds, Number(svgOf(host).getAttribute('width')), direction);

/** The bar drawn over an instant: the one whose x-span holds the instant's px. */
function barAt(host: HTMLElement, time: number, direction: AxisDirection, bounds = BOUNDS): SVGRectElement {
  const x = scaleOf(host, direction, bounds)(time);
  const bar = bars(host).find((rect) => {
    const left = Number(rect.getAttribute('x'));
    return left - 1 <= x && x <= left + Number(rect.getAttribute('width')) + 1;
  });
  expect(bar, `a bar at ${new Date(time).toISOString()}`).toBeDefined();
  return bar!;
}

/** A pointer drag over the chart's drawing (see pointerDrag.ts). */
const drag = (host: HTMLElement, fromX: number, toX: number, y?: number, steps?: number) =>
  dragAcross(svgOf(host), fromX, toX, y, steps);

afterEach(() => unmountAll());

describe('IntensityChart with axisDirection="rtl" in Chromium', () => {
  it('draws the earliest day’s bar at the right and the latest day’s at the left', async () => {
    const host = await mountChart([], { bounds: LOPSIDED });
    expect(host.querySelector('[data-fp="intensity-chart"]')!.getAttribute('data-axis-direction')).toBe('rtl');
    const first = barAt(host, EARLIEST, 'rtl', LOPSIDED).getBoundingClientRect();
    const last = barAt(host, LATEST, 'rtl', LOPSIDED).getBoundingClientRect();
    expect(first.left).toBeGreaterThan(last.right);
    const all = bars(host).map((bar) => bar.getBoundingClientRect());
    expect(first.right).toBeCloseTo(Math.max(...all.map((box) => box.right)), 0);
    expect(last.left).toBeCloseTo(Math.min(...all.map((box) => box.left)), 0);
    // The brushed window (December) lies left of the October bars.
    expect(windowRect(host).getBoundingClientRect().right).toBeLessThan(first.left);
  });

  it('keeps every axis label inside the drawing on a right-to-left page (SVG anchors stay physical)', async () => {
    const host = await mountChart([], { locale: 'ar', dir: 'rtl' });
    expect(getComputedStyle(host.querySelector('[data-fp="intensity-chart"]')!).direction).toBe('rtl');
    const svg = svgOf(host).getBoundingClientRect();
    const labels = [
      ...host.querySelectorAll(
        '.fp-intensity__major, .fp-intensity__minor, .fp-intensity__scale, .fp-intensity__label',
      ),
    ];
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.left, label.textContent!).toBeGreaterThanOrEqual(svg.left - 1);
      expect(box.right, label.textContent!).toBeLessThanOrEqual(svg.right + 1);
    }
    // The months, named after their tick, run leftwards like the days.
    const months = [...host.querySelectorAll('.fp-intensity__major')].map((t) => t.getBoundingClientRect().left);
    for (let i = 1; i < months.length; i++) expect(months[i]).toBeLessThan(months[i - 1]!);
    await page.screenshot({ element: host, path: '__screenshots__/intensity-rtl-720.png' });
  });

  it('a drag selects the span under the pointer: the left end is the later instant', async () => {
    const log: Domain[] = [];
    const host = await mountChart(log);
    await drag(host, 100, 220);
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    const scale = scaleOf(host, 'rtl');
    expect(Math.abs(start - scale.invert(220).getTime())).toBeLessThan(DAY / 2);
    expect(Math.abs(end - scale.invert(100).getTime())).toBeLessThan(DAY / 2);
    await expect.poll(() => Number(windowRect(host).getAttribute('x'))).toBeCloseTo(100, -0.5);
    await expect.poll(() => Number(windowRect(host).getAttribute('width'))).toBeCloseTo(120, -0.5);
  });

  it('dragging the window to the left moves the span later and keeps its length', async () => {
    const log: Domain[] = [];
    const host = await mountChart(log);
    const x = Number(windowRect(host).getAttribute('x'));
    const width = Number(windowRect(host).getAttribute('width'));
    await drag(host, x + width / 2, x + width / 2 - 60);
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    expect(start).toBeGreaterThan(DEC[0]);
    expect(Math.abs(end - start - (DEC[1] - DEC[0]))).toBeLessThan(DAY / 2);
  });

  it('a click zooms to the week under the pointer', async () => {
    const log: Domain[] = [];
    const host = await mountChart(log);
    await act(async () => {
      await userEvent.click(svgOf(host), { position: { x: 600, y: 40 } });
    });
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    expect(end - start).toBe(7 * DAY);
    const under = scaleOf(host, 'rtl').invert(600).getTime();
    expect(start).toBeLessThanOrEqual(under);
    expect(end).toBeGreaterThan(under);
    // 600 px from the left of a right-to-left chart is early on: October.
    expect(new Date(under).toISOString().slice(0, 7)).toBe('2023-10');
    await expect.poll(() => Number(windowRect(host).getAttribute('x'))).toBeGreaterThan(500);
  });

  it('sliders keep meaning start and end in time, running the way the axis does', async () => {
    const log: Domain[] = [];
    const host = await mountChart(log, { locale: 'en-GB', dir: 'ltr' });
    const [start, end] = [...host.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(start!.getAttribute('dir')).toBe('rtl');
    expect(end!.getAttribute('dir')).toBe('rtl');
    start!.focus();
    // On a right-to-left track ArrowLeft moves towards the maximum: later, as on the chart above.
    await act(async () => {
      await userEvent.keyboard('{ArrowLeft}');
    });
    await expect.poll(() => log.length).toBe(1);
    expect(log[0]).toEqual([Date.parse('2023-12-02T00:00:00+03:00'), DEC[1]]);
    expect(start!.getAttribute('aria-valuetext')).toBe('2 December 2023');
    // The track runs right to left even on this left-to-right page: its minimum (the earliest day) at the right.
    expect(getComputedStyle(start!).direction).toBe('rtl');
    end!.focus();
    await act(async () => {
      await userEvent.keyboard('{ArrowRight}');
    });
    await expect.poll(() => log.length).toBe(2);
    expect(log[1]).toEqual([Date.parse('2023-12-02T00:00:00+03:00'), Date.parse('2023-12-31T00:00:00+03:00')]);
  });
});

describe('Timeline showIntensity follows axisDirection', () => {
  for (const axisDirection of ['ltr', 'rtl'] as const) {
    it(`${axisDirection}: the chart’s earliest bar lies under the timeline’s earliest mark`, async () => {
      const host = await mountTimeline({ axisDirection });
      const mark = host.querySelector(`svg.fp-plot [data-event-id="${earliestId}"]`)!;
      expect(mark).not.toBeNull();
      const ring = mark.querySelector('.fp-mark__ring')!.getBoundingClientRect();
      const markX = ring.left + ring.width / 2;
      const plot = host.querySelector('svg.fp-plot')!.getBoundingClientRect();
      const first = barAt(host, EARLIEST, axisDirection).getBoundingClientRect();
      const all = bars(host).map((bar) => bar.getBoundingClientRect());
      const rtl = axisDirection === 'rtl';
      // Same side of both drawings…
      expect(markX > plot.left + plot.width / 2).toBe(rtl);
      expect(first.left > svgOf(host).getBoundingClientRect().left + plot.width / 2).toBe(rtl);
      // …the outermost bar on that side, and within a few px of the mark.
      if (rtl) expect(first.right).toBeCloseTo(Math.max(...all.map((box) => box.right)), 0);
      else expect(first.left).toBeCloseTo(Math.min(...all.map((box) => box.left)), 0);
      expect(Math.abs(markX - (first.left + first.width / 2))).toBeLessThan(8);
      // The month the story opens in is named on the same side above and below.
      const october = (selector: string) =>
        [...host.querySelectorAll(selector)].find((label) => label.textContent?.includes('October'))!;
      const above = october('.fp-axis__major-label').getBoundingClientRect();
      const below = october('.fp-intensity__major').getBoundingClientRect();
      expect(below.left > plot.left + plot.width / 2).toBe(rtl);
      // Both anchored on the side the month's days run to (left edge, or right edge when mirrored).
      const edge = (box: DOMRect) => (rtl ? box.right : box.left);
      expect(Math.abs(edge(below) - edge(above))).toBeLessThan(6);
    });
  }

  it('rtl: a brush drag sets the Timeline’s domain to the span under the pointer', async () => {
    const domains: Domain[] = [];
    const host = await mountTimeline({ axisDirection: 'rtl', onDomainChange: (domain) => domains.push(domain) });
    await drag(host, 150, 350);
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    const [start, end] = domains.at(-1)!;
    const scale = scaleOf(host, 'rtl');
    expect(Math.abs(start - scale.invert(350).getTime())).toBeLessThan(DAY / 2);
    expect(Math.abs(end - scale.invert(150).getTime())).toBeLessThan(DAY / 2);
    // The timeline now shows that span: the window is where the pointer went.
    await expect.poll(() => Number(windowRect(host).getAttribute('x'))).toBeCloseTo(150, -0.5);
  });
});
