// Chromium and the loopback server for one e2e test file, and pages that record what a host page would see.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './staticServer';

export interface WatchedPage {
  page: Page;
  /** `pageerror`: what would reach the host page's error handlers. */
  pageErrors: string[];
  consoleErrors: string[];
}

export interface ChromiumSession {
  /** `http://127.0.0.1:<port>` of the static server. */
  readonly origin: string;
  /** A new page in its own context (closed with `page.context().close()`). */
  open(viewport?: { width: number; height: number }): Promise<WatchedPage>;
}

/** Starts Chromium and the static server (with `serverOptions`, e.g. a CSP header) before the file's tests. */
export function useChromium(serverOptions: StaticServerOptions = {}): ChromiumSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(serverOptions);
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
    async open(viewport = { width: 1200, height: 800 }) {
      if (!browser) throw new Error('Chromium is not started');
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const watched: WatchedPage = { page, pageErrors: [], consoleErrors: [] };
      page.on('pageerror', (error) => watched.pageErrors.push(error.message));
      page.on('console', (message) => {
        // The server's 404 for /favicon.ico is not the graphic's.
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
          watched.consoleErrors.push(message.text());
      });
      return watched;
    },
  };
}
