import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { act } from 'react';
import { Timeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Domain } from '../../src/layout/types';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

async function mount(props: Partial<TimelineProps> = {}, width = 1024): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 400), 900);
  const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" {...props} />, { width });
  // Let ResizeObserver and canvas measuring run, and the layout settle.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return host;
}

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

const svg = (container: HTMLElement) => container.querySelector<SVGSVGElement>('svg.fp-plot')!;
const minorTicks = (container: HTMLElement) =>
  [...container.querySelectorAll('.fp-axis__minor')].map((t) => t.textContent);

function wheel(target: Element, init: WheelEventInit): WheelEvent {
  const box = target.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    view: window,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

function boxesIntersect(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('Timeline in Chromium', () => {
  it('zooms with Ctrl + wheel: the domain narrows and the ticks change', async () => {
    const domains: Domain[] = [];
    const container = await mount({ onDomainChange: (d) => domains.push(d) });
    const before = minorTicks(container);
    await act(async () => {
      wheel(svg(container), { deltaY: -400, ctrlKey: true });
    });
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    const [start, end] = domains.at(-1)!;
    const full = domains.length ? end - start : 0;
    expect(full).toBeLessThan(Date.parse('2024-02-20') - Date.parse('2023-10-01'));
    await expect.poll(() => minorTicks(container).join()).not.toBe(before.join());
  });

  // The plot is left out of the first client render and of the List view: zoom must attach whenever it appears,
  // also when nothing else changes (a container exactly initialWidth wide).
  it('zooms and pans sideways in a container exactly initialWidth wide, and again after the List view', async () => {
    const domains: Domain[] = [];
    const container = await mount({ onDomainChange: (d) => domains.push(d), initialWidth: 720 }, 720);
    expect(container.querySelector('[data-fp="timeline"]')!.getBoundingClientRect().width).toBe(720);
    await act(async () => {
      wheel(svg(container), { deltaY: -400, ctrlKey: true });
    });
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    const zoomed = domains.length;
    await act(async () => {
      wheel(svg(container), { deltaX: 120, deltaY: 0 });
    });
    await expect.poll(() => domains.length).toBeGreaterThan(zoomed);

    const listButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'List view')!;
    await act(async () => listButton.click());
    expect(container.querySelector('svg.fp-plot')).toBeNull();
    await act(async () => listButton.click());
    const before = domains.length;
    await act(async () => {
      wheel(svg(container), { deltaY: -400, ctrlKey: true });
    });
    await expect.poll(() => domains.length).toBeGreaterThan(before);
  });

  it('lets the page scroll: a plain wheel is not taken and does not zoom', async () => {
    const domains: Domain[] = [];
    const container = await mount({ onDomainChange: (d) => domains.push(d) });
    let event!: WheelEvent;
    await act(async () => {
      event = wheel(svg(container), { deltaY: 200 });
    });
    expect(event.defaultPrevented).toBe(false);
    expect(domains).toEqual([]);
    await expect.poll(() => container.querySelector('.fp-timeline__hint')?.textContent ?? '').toMatch(/Ctrl/);
  });

  it('pans when dragged', async () => {
    const domains: Domain[] = [];
    const container = await mount({
      defaultDomain: [Date.parse('2023-12-01'), Date.parse('2024-01-01')],
      onDomainChange: (d) => domains.push(d),
    });
    const target = svg(container);
    const box = target.getBoundingClientRect();
    const at = (x: number) => ({
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: box.top + 60,
      button: 0,
    });
    await act(async () => {
      target.dispatchEvent(new MouseEvent('mousedown', at(box.left + 500)));
      window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 400)));
      window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 300)));
      window.dispatchEvent(new MouseEvent('mouseup', at(box.left + 300)));
    });
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    const [start, end] = domains.at(-1)!;
    expect(end - start).toBeCloseTo(Date.parse('2024-01-01') - Date.parse('2023-12-01'), -6);
    expect(start).toBeGreaterThan(Date.parse('2023-12-01'));
  });

  it('selects an event on click and shows it in the detail panel', async () => {
    const container = await mount({}, 1280);
    const mark = container.querySelector<SVGGElement>('.fp-mark[data-event-id="tower-22-drone-attack"]')!;
    await userEvent.click(mark);
    const detail = await expect.poll(() => container.querySelector('[data-fp="event-detail"]')).toBeTruthy();
    void detail;
    expect(container.querySelector('[data-fp="event-detail"]')!.getAttribute('data-event-id')).toBe(
      'tower-22-drone-attack',
    );
    expect(container.querySelector('[data-fp="event-detail"] h3, [data-fp="event-detail"] h2')!.textContent).toMatch(
      /Tower 22/,
    );
    expect(mark.getAttribute('aria-pressed')).toBe('true');
  });

  it('selects the event named in #event=<id> and brings it into view', async () => {
    history.replaceState(null, '', '#event=baghdad-strike-kills-abu-baqir-al-saadi');
    const container = await mount({ defaultDomain: [Date.parse('2023-10-10'), Date.parse('2023-11-10')] });
    await expect
      .poll(() => container.querySelector('[data-fp="event-detail"]')?.getAttribute('data-event-id'))
      .toBe('baghdad-strike-kills-abu-baqir-al-saadi');
    await expect
      .poll(() => !!container.querySelector('.fp-mark[data-event-id="baghdad-strike-kills-abu-baqir-al-saadi"]'))
      .toBe(true);
  });

  it('writes the selection into the hash with syncHash', async () => {
    const container = await mount({ syncHash: true }, 1280);
    await userEvent.click(container.querySelector('.fp-mark[data-event-id="tower-22-drone-attack"]')!);
    await expect.poll(() => location.hash).toBe('#event=tower-22-drone-attack');
  });

  it('ignores keys while focus is outside the graphic', async () => {
    const domains: Domain[] = [];
    const container = await mount({ onDomainChange: (d) => domains.push(d) });
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    outside.focus();
    await userEvent.keyboard('+++--{ArrowRight}{Enter}');
    expect(domains).toEqual([]);
    expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
    outside.remove();
  });

  it('moves through marks with the arrow keys and opens one with Enter', async () => {
    const container = await mount({}, 1280);
    const first = container.querySelector<SVGGElement>('.fp-marks [tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    const second = document.activeElement as SVGGElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('.fp-marks [tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => !!container.querySelector('[data-fp="event-detail"]')).toBe(true);
  });

  for (const width of [360, 768, 1280]) {
    it(`shows no two labels overlapping at ${width} px, and looks finished (screenshot)`, async () => {
      const container = await mount({}, width);
      const labels = [...container.querySelectorAll<SVGTextElement>('.fp-mark-label')];
      const boxes = labels.map((label) => label.getBoundingClientRect());
      const describe = (i: number) => `"${labels[i]!.textContent}" ${JSON.stringify(boxes[i]!.toJSON())}`;
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          expect(boxesIntersect(boxes[i]!, boxes[j]!), `${describe(i)} overlaps ${describe(j)}`).toBe(false);
        }
      }
      expect(container.scrollWidth).toBeLessThanOrEqual(width + 1);
      await page.screenshot({ element: container, path: `__screenshots__/timeline-${width}.png` });
    });
  }
});
