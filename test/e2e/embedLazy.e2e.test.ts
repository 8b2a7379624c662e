// data-lazy (examples/lazy.html): the placeholder keeps its own content and fetches nothing until it comes within
// 200px of the viewport; then it mounts, and the observer that waited for it is disconnected.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { instrumentPage, leakCounts, useEmbedBrowser, waitForFlashpoint } from './embedHarness';

/** Scrolls so that the placeholder's top is `gap` px below the bottom of the viewport. */
async function scrollToGapBelowViewport(page: Page, gap: number): Promise<void> {
  await page.evaluate((px) => {
    const top = document.getElementById('graphic-lazy')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight - px);
  }, gap);
  // Two frames: intersection observations are delivered after a rendering update.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(200);
}

describe('data-lazy placeholders', () => {
  const browser = useEmbedBrowser();

  it('mount only when scrolled near the viewport', async () => {
    const { page, pageErrors } = await browser.open();
    await instrumentPage(page);
    const datasetRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) datasetRequests.push(request.url());
    });
    await page.goto(`${browser.origin}/examples/lazy.html`);
    await waitForFlashpoint(page);
    await page.waitForTimeout(500);

    const before = await page.evaluate(() => ({
      ownText: document.getElementById('graphic-lazy')!.textContent!.trim(),
      embeds: document.querySelectorAll('#graphic-lazy [data-fp="embed"]').length,
      belowTheFold: document.getElementById('graphic-lazy')!.getBoundingClientRect().top - window.innerHeight,
    }));
    expect(before.belowTheFold).toBeGreaterThan(400);
    expect(before).toMatchObject({ ownText: 'The timeline loads as you scroll to it.', embeds: 0 });
    expect(datasetRequests).toEqual([]);
    expect((await leakCounts(page)).observers.IntersectionObserver).toBe(1);

    // Closer, but still beyond the 200px margin: nothing yet.
    await scrollToGapBelowViewport(page, 400);
    expect(await page.locator('#graphic-lazy [data-fp="embed"]').count()).toBe(0);
    expect(datasetRequests).toEqual([]);

    // Within the margin (not yet on screen): it mounts, so the graphic is there when the reader arrives.
    await scrollToGapBelowViewport(page, 100);
    await page.waitForSelector('#graphic-lazy [data-fp="timeline"]', { state: 'attached' });
    expect(datasetRequests).toHaveLength(1);
    expect((await leakCounts(page)).observers.IntersectionObserver).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
