// The iframe child under the real pym.js (node_modules/pym.js, as published on npm): examples/iframe-pym.html
// has two pym.Parent embeds of dist/embed/frame.html.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useChromium } from './useChromium';
import {
  contentHeightOf,
  frameOf,
  iframeHeight,
  receivedMessages,
  recordMessages,
  waitForMarks,
  type ReceivedMessage,
} from './frameFixtures';

const WIDE = '#graphic-wide iframe';
const NARROW = '#graphic-narrow iframe';

let page: Page;
let errors: string[];

const chromium = useChromium();
beforeEach(async () => {
  ({ page, pageErrors: errors } = await chromium.open({ width: 1280, height: 900 }));
  await recordMessages(page);
});
afterEach(async () => {
  await page.context().close();
  expect(errors).toEqual([]);
});

/** pym height messages from the page's messages: `pymxPYMx<id>xPYMxheightxPYMx<px>` → { id, height }. */
function pymHeights(messages: ReceivedMessage[]): { from: number; id: string; height: number }[] {
  return messages.flatMap(({ from, data }) => {
    const match = typeof data === 'string' ? /^pymxPYMx(.+?)xPYMxheightxPYMx(\d+)$/.exec(data) : null;
    return match ? [{ from, id: match[1] ?? '', height: Number(match[2]) }] : [];
  });
}

async function settled(selector: string): Promise<void> {
  const frame = await frameOf(page, selector);
  await waitForMarks(frame);
  await expect
    .poll(async () => Math.abs((await iframeHeight(page, selector)) - (await contentHeightOf(frame))), {
      timeout: 15_000,
    })
    .toBeLessThanOrEqual(2);
}

describe('the iframe child under pym.js', () => {
  it('sizes each iframe to its own content, with its own child id', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-pym.html`);
    await settled(WIDE);
    await settled(NARROW);

    const wide = await iframeHeight(page, WIDE);
    const narrow = await iframeHeight(page, NARROW);
    expect(wide).toBeGreaterThan(300);
    expect(narrow).toBeGreaterThan(300);
    // Different widths and options: different heights, each kept apart.
    expect(Math.abs(wide - narrow)).toBeGreaterThan(2);

    const heights = pymHeights(await receivedMessages(page));
    // Each frame speaks only under the id pym gave it.
    expect(new Set(heights.filter((h) => h.from === 0).map((h) => h.id))).toEqual(new Set(['graphic-wide']));
    expect(new Set(heights.filter((h) => h.from === 1).map((h) => h.id))).toEqual(new Set(['graphic-narrow']));
    expect(heights.filter((h) => h.id === 'graphic-wide').at(-1)?.height).toBe(wide);
    expect(heights.filter((h) => h.id === 'graphic-narrow').at(-1)?.height).toBe(narrow);
  });

  it('follows the content when an event opens inside the frame, and leaves the other frame alone', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-pym.html`);
    await settled(WIDE);
    await settled(NARROW);
    const before = await iframeHeight(page, WIDE);
    const other = await iframeHeight(page, NARROW);

    const frame = page.frameLocator(WIDE);
    await frame.locator('[data-fp="timeline"] svg .fp-mark[data-event-id="tower-22-drone-attack"]').click();
    await expect.poll(() => frame.locator('[data-fp="event-detail"]').count()).toBeGreaterThan(0);
    await expect.poll(() => iframeHeight(page, WIDE), { timeout: 10_000 }).toBeGreaterThan(before + 20);
    await settled(WIDE);
    expect(await iframeHeight(page, NARROW)).toBe(other);

    // The narrower frame shows the detail as a sheet under the graphic (no viewport cap inside a frame).
    const narrow = page.frameLocator(NARROW);
    await narrow.locator('[data-fp="timeline"] svg .fp-mark[data-event-id="tower-22-drone-attack"]').click();
    await expect.poll(() => narrow.locator('[data-fp="timeline"]').getAttribute('data-detail')).toBe('sheet');
    await expect.poll(() => iframeHeight(page, NARROW), { timeout: 10_000 }).toBeGreaterThan(other + 20);
    await settled(NARROW);
  });

  it('answers a width message with its height, and is quiet while nothing changes', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-pym.html`);
    await settled(WIDE);
    await settled(NARROW);
    await page.waitForTimeout(500);
    const count = pymHeights(await receivedMessages(page)).length;
    await page.waitForTimeout(1000);
    // Nothing changed: nothing sent (no polling, no resize loop).
    expect(pymHeights(await receivedMessages(page)).length).toBe(count);

    // pym.Parent sends `width` on every window resize; the frame answers even when its height stays the same.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await expect
      .poll(async () =>
        pymHeights(await receivedMessages(page))
          .slice(count)
          .map((h) => h.id)
          .sort(),
      )
      .toEqual(['graphic-narrow', 'graphic-wide']);

    // A real resize: the layout changes and the iframes follow.
    await page.setViewportSize({ width: 700, height: 900 });
    await settled(WIDE);
    await settled(NARROW);
  });

  it('opens the event named in the host page URL (pym passes it as parentUrl)', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-pym.html#event=tower-22-drone-attack`);
    const frame = await frameOf(page, WIDE);
    expect(new URL(frame.url()).searchParams.get('parentUrl')).toContain('#event=tower-22-drone-attack');
    await waitForMarks(frame);
    await expect
      .poll(() => frame.getAttribute('[data-fp="event-detail"]', 'data-event-id'), { timeout: 10_000 })
      .toBe('tower-22-drone-attack');
    await settled(WIDE);
  });
});
