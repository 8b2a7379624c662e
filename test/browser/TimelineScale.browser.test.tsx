import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateDataset } from '../../src/datasets/generateDataset';
import '../../src/theme/styles.css';
import { mountTimeline, unmountTimelines } from './mountTimeline';

// 100,000 events: the DOM stays bounded by pixels, the list is paged, and the keyboard still reaches any event by
// zooming into clusters. Speed is measured by `npm run bench`, not here.
const dataset = generateDataset({ count: 100_000, seed: 1 });

afterEach(unmountTimelines);

const focusedMark = () => {
  const element = document.activeElement;
  expect(element?.matches('svg.fp-plot [data-mark-key]')).toBe(true);
  return element as SVGGElement;
};

describe('a Timeline of 100,000 events in Chromium', () => {
  it('stays under 3,000 elements, and its list under the graphic is paged 30 at a time', async () => {
    const host = await mountTimeline({ dataset }, 1200);
    const root = host.querySelector('[data-fp="timeline"]')!;
    expect(root.querySelectorAll('*').length).toBeLessThan(3000);
    const list = root.querySelector('ol[data-fp="event-list"]')!;
    expect(list.querySelectorAll(':scope > li')).toHaveLength(30);
    // The first page is the earliest events, in time order.
    expect(list.querySelector('li [data-event-id], li[data-event-id]')?.getAttribute('data-event-id')).toBe(
      'evt-000001',
    );
    const more = root.querySelector<HTMLButtonElement>('.fp-event-list__more')!;
    expect(more.textContent).toMatch(/99,970/);
    more.click();
    await expect.poll(() => list.querySelectorAll(':scope > li').length).toBe(60);
    expect(root.querySelectorAll('*').length).toBeLessThan(6000);
  });

  it('reaches the first event from the keyboard: Home, then Enter into clusters until it has its own mark', async () => {
    const host = await mountTimeline({ dataset }, 1200);
    host.querySelector<SVGGElement>('svg.fp-plot [tabindex="0"]')!.focus();
    await userEvent.keyboard('{Home}');
    for (let step = 0; step < 40 && focusedMark().getAttribute('data-event-id') !== 'evt-000001'; step++) {
      const mark = focusedMark();
      // Home stays on the earliest mark; a cluster is zoomed into with Enter, keeping focus on its first event's mark.
      expect(mark.matches('.fp-cluster')).toBe(true);
      const count = Number(mark.getAttribute('data-count'));
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => Number(focusedMark().getAttribute('data-count') ?? 1)).toBeLessThan(count);
      await userEvent.keyboard('{Home}');
    }
    expect(focusedMark().getAttribute('data-event-id')).toBe('evt-000001');
  });
});
