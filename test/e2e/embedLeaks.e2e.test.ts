// destroy() leaves nothing behind: the page's listeners, observers, timers and adopted stylesheets are counted by an
// instrumentation installed before the embed script, then an embed is mounted and destroyed 200 times (as the
// issue asks of every graphic), and a <flashpoint-timeline> added and removed as often.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright';
import {
  DATASET_PATH,
  EMBED_SCRIPT_PATH,
  instrumentPage,
  leakCounts,
  openHtml,
  useEmbedBrowser,
  waitForFlashpoint,
  type LeakCounts,
} from './embedHarness';

const ROUNDS = 200;
/** A round takes ~0.45 s on a quiet 2-core machine; CI's load can double it. */
const ROUNDS_TIMEOUT = 600_000;
/** Like the browser leak test, only in npm test's first zone: no zone changes the outcome (test/browser/zoneRepeat.ts). */
const zoneRepeat = inject('zoneRepeat') === true;

interface FlashpointWindow {
  Flashpoint: {
    mount(element: HTMLElement, options: Record<string, unknown>): { update(o: object): void; destroy(): void };
  };
}

/** What must come back to its baseline: everything but the listeners on nodes that left the document. */
function settled(counts: LeakCounts) {
  const { detachedListeners: _detached, functionConstructions: _functions, ...rest } = counts;
  return rest;
}

async function openInstrumentedPage(browser: ReturnType<typeof useEmbedBrowser>): Promise<Page> {
  const { page, pageErrors } = await browser.open();
  await instrumentPage(page);
  await openHtml(
    page,
    browser.origin,
    `<main><div id="host"></div></main><script src="${EMBED_SCRIPT_PATH}"></script>`,
  );
  await waitForFlashpoint(page);
  expect(pageErrors).toEqual([]);
  return page;
}

/** Mounts an embed on #host, waits for its graphic, opens an event (detail, tooltip, focus handling), destroys it. */
async function mountAndDestroy(page: Page, options: Record<string, unknown>): Promise<void> {
  await page.evaluate((opts) => {
    const w = window as unknown as FlashpointWindow & { __handle?: { destroy(): void } };
    w.__handle = w.Flashpoint.mount(document.getElementById('host')!, opts);
  }, options);
  await page.waitForSelector('#host [data-fp="timeline"] [data-event-id][aria-pressed]');
  await page.locator('#host [data-fp="timeline"] [data-event-id][aria-pressed]').first().click();
  await page.waitForSelector('#host [data-fp="event-detail"]');
  await page.mouse.move(10, 10);
  await page.evaluate(() => (window as unknown as { __handle: { destroy(): void } }).__handle.destroy());
}

describe.skipIf(zoneRepeat)('destroy() leaves nothing behind', () => {
  const browser = useEmbedBrowser();

  it(
    `mounting and destroying ${ROUNDS} times brings listeners, observers, timers and stylesheets back to where they were`,
    async () => {
      const page = await openInstrumentedPage(browser);
      const options = { src: DATASET_PATH, showIntensity: true, showFilters: true };
      // One round first: the page's one-off work (module caches, the stylesheet's first parse) is not a leak.
      await mountAndDestroy(page, options);
      await page.waitForTimeout(300);
      const baseline = await leakCounts(page);

      for (let round = 0; round < ROUNDS; round += 1) await mountAndDestroy(page, options);
      // A destroy while the dataset is still on its way: the fetch is aborted, nothing lands afterwards.
      await page.evaluate((src) => {
        const w = window as unknown as FlashpointWindow;
        w.Flashpoint.mount(document.getElementById('host')!, { src }).destroy();
      }, DATASET_PATH);
      await page.waitForTimeout(300);
      const after = await leakCounts(page);

      expect(settled(after)).toEqual(settled(baseline));
      expect(await page.evaluate(() => document.getElementById('host')!.childNodes.length)).toBe(0);
      // The page itself (before any embed) has no adopted sheet: the embed's left with the last one.
      expect(after.adoptedStyleSheets).toBe(0);
      // A real count, not an instrumentation that sees nothing: React's root listeners were added, and left with
      // the embed's own container (taken out of the document on destroy).
      expect(after.detachedListeners).toBeGreaterThan(ROUNDS * 10);
    },
    ROUNDS_TIMEOUT,
  );

  it('an embed while mounted does add listeners and observers (the counts can fail)', async () => {
    const page = await openInstrumentedPage(browser);
    const before = await leakCounts(page);
    await page.evaluate((src) => {
      const w = window as unknown as FlashpointWindow;
      w.Flashpoint.mount(document.getElementById('host')!, { src });
    }, DATASET_PATH);
    await page.waitForSelector('#host [data-fp="timeline"]');
    const during = await leakCounts(page);
    expect(during.listeners).toBeGreaterThan(before.listeners);
    expect(during.observers.ResizeObserver).toBeGreaterThan(before.observers.ResizeObserver!);
    expect(during.adoptedStyleSheets).toBe(before.adoptedStyleSheets + 1);
  });

  it(
    `adding and removing <flashpoint-timeline> ${ROUNDS} times leaves nothing behind either`,
    async () => {
      const page = await openInstrumentedPage(browser);
      const cycle = async () => {
        await page.evaluate((src) => {
          const element = document.createElement('flashpoint-timeline');
          element.setAttribute('src', src);
          document.getElementById('host')!.append(element);
        }, DATASET_PATH);
        await page.waitForSelector('#host flashpoint-timeline [data-fp="timeline"]');
        await page.evaluate(() => document.querySelector('#host flashpoint-timeline')!.remove());
        // destroy() runs in a microtask after the removal (a move keeps the graphic).
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      };
      await cycle();
      await page.waitForTimeout(300);
      const baseline = await leakCounts(page);
      for (let round = 0; round < ROUNDS; round += 1) await cycle();
      await page.waitForTimeout(300);
      expect(settled(await leakCounts(page))).toEqual(settled(baseline));
    },
    ROUNDS_TIMEOUT,
  );
});
