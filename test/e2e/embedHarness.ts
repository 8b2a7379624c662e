// Shared by the embed end-to-end tests: Chromium and the static server for one test file, pages that record what
// the host page would see (uncaught errors, console errors), and an instrumentation that counts what an embed leaves
// behind (listeners, observers, timers, adopted stylesheets).
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

/** The escalation dataset, served from the repository (the examples load the same file). */
export const DATASET_PATH = '/src/datasets/escalation2023/escalation2023.generated.json';
export const EMBED_SCRIPT_PATH = '/dist/embed/flashpoint.js';
const INSTRUMENTATION = fileURLToPath(new URL('./embedInstrumentation.js', import.meta.url));

export interface EmbedBrowser {
  readonly origin: string;
  /** A new page (own context) that records uncaught errors and console errors. */
  open(): Promise<WatchedPage>;
}

export interface WatchedPage {
  page: Page;
  /** `pageerror`: what would reach the host page's error handlers. */
  pageErrors: string[];
  consoleErrors: string[];
}

/** Starts Chromium and the static server before the file's tests and stops them after. */
export function useEmbedBrowser(): EmbedBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the static server is not started');
      return server.origin;
    },
    async open() {
      if (!browser) throw new Error('Chromium is not started');
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      const watched: WatchedPage = { page, pageErrors: [], consoleErrors: [] };
      page.on('pageerror', (error) => watched.pageErrors.push(error.message));
      page.on('console', (message) => {
        // The server's 404 for /favicon.ico is not the embed's.
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
          watched.consoleErrors.push(message.text());
      });
      return watched;
    },
  };
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
