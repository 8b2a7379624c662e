import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Timeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Domain } from '../../src/layout/types';
import { mountInBrowser, unmountAll } from './mountInBrowser';
import '../../src/theme/styles.css';

async function mount(props: Partial<TimelineProps>, width: number): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 400), 1000);
  const container = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" {...props} />, { width });
  await new Promise((resolve) => setTimeout(resolve, 200));
  return container;
}

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('The full escalation story in Chromium', () => {
  it('zooms the timeline from the intensity chart (its single-pointer alternative: click a week)', async () => {
    const domains: Domain[] = [];
    const container = await mount({ showIntensity: true, onDomainChange: (d) => domains.push(d) }, 1024);
    const chart = container.querySelector<SVGElement>('[data-fp="intensity-chart"] svg')!;
    const box = chart.getBoundingClientRect();
    await userEvent.click(chart, { position: { x: box.width * 0.6, y: box.height * 0.5 } });
    await expect.poll(() => domains.length).toBeGreaterThan(0);
    const [start, end] = domains.at(-1)!;
    expect(end - start).toBeLessThan(15 * 24 * 3_600_000);
    await expect.poll(() => container.querySelector('.fp-axis__minor')?.textContent ?? '').not.toBe('');
  });

  it('selects on the map and the timeline opens that event; selects on the timeline and the map marks it', async () => {
    const container = await mount({ showMap: true }, 1280);
    await expect.poll(() => container.querySelector('[data-fp="map-inset"]')?.getAttribute('data-state')).toBe('ready');
    const point = container.querySelector<SVGElement>('[data-fp="map-inset"] [data-event-id]')!;
    const id = point.getAttribute('data-event-id')!;
    await userEvent.click(point);
    await expect
      .poll(() => container.querySelector('[data-fp="event-detail"]')?.getAttribute('data-event-id'))
      .toBe(id);

    await userEvent.click(container.querySelector('.fp-mark[data-event-id="tower-22-drone-attack"]')!);
    await expect
      .poll(() =>
        container
          .querySelector('[data-fp="map-inset"] [data-event-ids~="tower-22-drone-attack"]')
          ?.getAttribute('data-state'),
      )
      .toBe('selected');
  });

  it('dims events outside the filters, and the filters come back from the URL hash', async () => {
    history.replaceState(null, '', '#cat=strike');
    const container = await mount({ showFilters: true, syncHash: true }, 1024);
    await expect
      .poll(() => container.querySelector('.fp-mark[data-category="attack"]')?.getAttribute('data-state'))
      .toBe('dimmed');
    expect(container.querySelector('.fp-mark[data-category="strike"]')!.getAttribute('data-state')).not.toBe('dimmed');
    const strikeBox = container.querySelector<HTMLInputElement>(
      '[data-fp="filter-bar"] input[type="checkbox"][value="strike"]',
    );
    expect(strikeBox?.checked).toBe(true);
  });

  it('keeps media behind a content warning blurred until the reader reveals it', async () => {
    const dataset = {
      ...escalation2023,
      events: escalation2023.events.map((event) =>
        event.id === 'tower-22-drone-attack'
          ? {
              ...event,
              media: [
                {
                  url: 'https://example.org/x.jpg',
                  kind: 'image' as const,
                  alt: 'Damaged housing',
                  contentWarning: 'damage and injuries',
                },
              ],
            }
          : event,
      ),
    };
    const container = await mount({ dataset, defaultSelectedId: 'tower-22-drone-attack' }, 1280);
    const content = container.querySelector<HTMLElement>('[data-fp="event-detail"] .fp-media__content')!;
    expect(getComputedStyle(content).filter).toMatch(/blur/);
    await userEvent.click(container.querySelector<HTMLElement>('[data-fp="event-detail"] .fp-media__reveal')!);
    expect(getComputedStyle(content).filter).toBe('none');
  });

  for (const width of [375, 768, 1280]) {
    it(`renders everything on at ${width} px (screenshot)`, async () => {
      const container = await mount({ showFilters: true, showIntensity: true, showMap: true }, width);
      if (width < 560) {
        // The phone layout: cards down the page; the zoom-linked chart and map are left out.
        await expect.poll(() => container.querySelector('[data-fp="vertical-timeline"]')).not.toBeNull();
        expect(container.querySelector('[data-fp="map-inset"]')).toBeNull();
      } else {
        await expect
          .poll(() => container.querySelector('[data-fp="map-inset"]')?.getAttribute('data-state'))
          .toBe('ready');
      }
      expect(container.scrollWidth).toBeLessThanOrEqual(width + 1);
      await page.screenshot({ element: container, path: `__screenshots__/full-story-${width}.png` });
    });
  }
});
