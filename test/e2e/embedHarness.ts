// Shared by the embed end-to-end tests: Chromium and the static server for one test file, pages that record what
// the host page would see (uncaught errors, console errors), and an instrumentation that counts what an embed leaves
// behind (listeners, observers, timers, adopted stylesheets).
import type { Page } from 'playwright';
import { fileURLToPath } from 'node:url';
import { useChromium, type ChromiumSession, type WatchedPage } from './useChromium';

/** The escalation dataset, served from the repository (the examples load the same file). */
export const DATASET_PATH = '/src/datasets/escalation2023/escalation2023.generated.json';
export const EMBED_SCRIPT_PATH = '/dist/embed/flashpoint.js';
const INSTRUMENTATION = fileURLToPath(new URL('./embedInstrumentation.js', import.meta.url));

export type EmbedBrowser = ChromiumSession;
export type { WatchedPage };

/** Starts Chromium and the static server before the file's tests and stops them after. */
export function useEmbedBrowser(): EmbedBrowser {
  return useChromium();
}

/**
 * Serves `body` as an HTML page at `path` on the test server's origin (through Playwright's routing, so the
 * page, the embed script and the datasets share one origin) and opens it.
 */
export async function openHtml(
  page: Page,
  origin: string,
  body: string,
  path = '/embed-test-page.html',
): Promise<void> {
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed test</title></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${origin}${path}`);
}

/** What instrumentation reports: things added and not yet taken away. */
export interface LeakCounts {
  /** Listeners on window, document, media queries… and on elements still in the document. */
  listeners: number;
  /** The same, by "target type". */
  listenersByTarget: Record<string, number>;
  /** Listeners left on elements taken out of the document (they go with them). */
  detachedListeners: number;
  observers: Record<string, number>;
  timeouts: number;
  intervals: number;
  animationFrames: number;
  adoptedStyleSheets: number;
  /** `new Function` / `Function(...)` calls: must stay 0 under a strict CSP. */
  functionConstructions: number;
}

/** Installs test/e2e/embedInstrumentation.js in the page, before any of the page's own scripts. */
export async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript({ path: INSTRUMENTATION });
}

/** The page's counts (instrumentPage must have run). */
export function leakCounts(page: Page): Promise<LeakCounts> {
  return page.evaluate(() => (window as unknown as { __flashpointLeaks(): LeakCounts }).__flashpointLeaks());
}

/** Waits until the Flashpoint global exists (the embed script ran). */
export async function waitForFlashpoint(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as { Flashpoint?: unknown }).Flashpoint === 'object');
}
