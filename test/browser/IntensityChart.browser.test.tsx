import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { act, useState } from 'react';
import { IntensityChart, type IntensityChartProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Domain } from '../../src/layout/types';
import '../../src/theme/styles.css';
import { dragAcross } from './pointerDrag';
import { mountInBrowser, unmountAll } from './mountInBrowser';

const DAY = 86_400_000;
const DEC: Domain = [Date.parse('2023-12-01T00:00:00+03:00'), Date.parse('2024-01-01T00:00:00+03:00')];

/** A host that owns the domain, as the Timeline does, and records every change. */
function Host(props: Partial<IntensityChartProps> & { log: Domain[]; start: Domain }) {
  const { log, start, ...rest } = props;
  const [domain, setDomain] = useState<Domain>(start);
  return (
    <IntensityChart
      dataset={escalation2023}
      locale="en-GB"
      width={720}
      {...rest}
      domain={domain}
      onDomainChange={(next) => {
        log.push(next);
        setDomain(next);
      }}
    />
  );
}

async function mount(start: Domain, log: Domain[], width = 760): Promise<HTMLElement> {
  await page.viewport(width + 40, 700);
  const host = await mountInBrowser(<Host log={log} start={start} />, { width });
  await new Promise((resolve) => setTimeout(resolve, 100));
  return host;
}

const svgOf = (host: HTMLElement) => host.querySelector<SVGSVGElement>('svg.fp-intensity__svg')!;
/** The brushed window: the visx selection in the browser. */
const windowRect = (host: HTMLElement) => host.querySelector<SVGRectElement>('.fp-intensity__window')!;

/** A pointer drag over the chart's drawing (see pointerDrag.ts). */
const drag = (host: HTMLElement, fromX: number, toX: number, y?: number, steps?: number) =>
  dragAcross(svgOf(host), fromX, toX, y, steps);

afterEach(() => unmountAll());

describe('IntensityChart in Chromium', () => {
  it('dragging across the overview sets a narrower domain inside the bounds, and the window follows it', async () => {
    const log: Domain[] = [];
    const host = await mount(DEC, log);
    // Start well outside the current window, so this draws a new one.
    await drag(host, 100, 220);
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    const bounds = [Date.parse('2023-09-30'), Date.parse('2024-02-15')];
    expect(start).toBeGreaterThan(bounds[0]!);
    expect(end).toBeLessThan(bounds[1]!);
    expect(end - start).toBeLessThan(bounds[1]! - bounds[0]!);
    // 120 px of 720 over ~138 days is ~23 days, starting in mid-October.
    expect((end - start) / DAY).toBeGreaterThan(20);
    expect((end - start) / DAY).toBeLessThan(26);
    expect(new Date(start).toISOString().slice(0, 7)).toBe('2023-10');
    await expect.poll(() => Number(windowRect(host).getAttribute('x'))).toBeCloseTo(100, -0.5);
    await expect.poll(() => Number(windowRect(host).getAttribute('width'))).toBeCloseTo(120, -0.5);
  });

  it('dragging the window moves the span and keeps its length', async () => {
    const log: Domain[] = [];
    const host = await mount(DEC, log);
    const x = Number(windowRect(host).getAttribute('x'));
    const width = Number(windowRect(host).getAttribute('width'));
    await drag(host, x + width / 2, x + width / 2 - 60);
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    expect(start).toBeLessThan(DEC[0]);
    expect(Math.abs(end - start - (DEC[1] - DEC[0]))).toBeLessThan(DAY / 2);
  });

  it('whole span shown: a drag still draws a new window (the full window does not swallow it)', async () => {
    const log: Domain[] = [];
    const host = await mount([Date.parse('2023-09-01'), Date.parse('2024-03-01')], log);
    await drag(host, 400, 520);
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    expect((end - start) / DAY).toBeLessThan(30);
  });

  it('single pointer: a click zooms to the week (Monday to Monday, Baghdad time) under the pointer', async () => {
    const log: Domain[] = [];
    const host = await mount(DEC, log);
    const svg = svgOf(host);
    await act(async () => {
      await userEvent.click(svg, { position: { x: 600, y: 40 } });
    });
    await expect.poll(() => log.length).toBeGreaterThan(0);
    const [start, end] = log.at(-1)!;
    expect(end - start).toBe(7 * DAY);
    const monday = new Date(start + 3 * 3_600_000);
    expect(monday.getUTCDay()).toBe(1);
    expect(monday.getUTCHours()).toBe(0);
    // The window now shows that week.
    await expect.poll(() => Number(windowRect(host).getAttribute('width'))).toBeLessThan(45);
  });

  it('keyboard: the sliders appear on focus and move the start a day at a time', async () => {
    const log: Domain[] = [];
    const host = await mount(DEC, log);
    const start = host.querySelector<HTMLInputElement>('input[type="range"]')!;
    const keys = host.querySelector<HTMLElement>('.fp-intensity__keys')!;
    expect(keys.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    start.focus();
    await expect.poll(() => keys.getBoundingClientRect().height).toBeGreaterThan(20);
    await act(async () => {
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    });
    await expect.poll(() => log.length).toBe(2);
    expect(log.at(-1)![0]).toBe(Date.parse('2023-12-03T00:00:00+03:00'));
    expect(start.getAttribute('aria-valuetext')).toBe('3 December 2023');
  });

  for (const width of [375, 720]) {
    it(`looks finished at ${width} px (screenshot)`, async () => {
      const log: Domain[] = [];
      await page.viewport(width + 40, 700);
      const host = await mountInBrowser(<Host log={log} start={DEC} width={width} />, { width });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(host.scrollWidth).toBeLessThanOrEqual(width + 1);
      const labels = [...host.querySelectorAll<SVGTextElement>('.fp-intensity__label')].map((t) =>
        t.getBoundingClientRect(),
      );
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!;
          const b = labels[j]!;
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
        }
      }
      await page.screenshot({ element: host, path: `__screenshots__/intensity-${width}.png` });
    });
  }
});
