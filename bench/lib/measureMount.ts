// Opens a library's page, loads the case's data, and times the mount (heap before and after, through CDP).
import type { Browser, BrowserContext, Page } from 'playwright';
import { VIEWPORT } from './browser';
import { usedHeapMb } from './heap';
import type { MountTiming } from './types';
import { TimedOut, withTimeout } from './withTimeout';

/** Loading and parsing the JSON is not timed, but a page that cannot even do that has a cap too. */
const LOAD_CAP_MS = 120_000;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw (a library that fails shows here). */
  errors: string[];
}

/** A fresh context and page, with every request that is not to the loopback server refused (no network). */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (address) => address.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('the page crashed (out of memory?)'));
  await page.goto(url);
  return { context, page, errors };
}

export interface MountMeasurement {
  /** Null when nothing was painted within the cap. */
  mount: MountTiming | null;
  heap: { beforeMountMb: number; afterMountMb: number } | null;
}

export async function loadData(page: Page, dataPath: string): Promise<void> {
  await withTimeout(
    page.evaluate((path) => window.bench.load(path), dataPath),
    LOAD_CAP_MS,
    'loading the data',
  );
}

/** Heap with the data loaded, the timed mount, heap once the mount has settled. Throws TimedOut past `capMs`. */
export async function measureMount(page: Page, capMs: number): Promise<MountMeasurement> {
  const cdp = await page.context().newCDPSession(page);
  const beforeMountMb = await usedHeapMb(cdp);
  // The page gives up at capMs; the extra time here covers a mount that blocks the page's thread past it.
  const mount = await withTimeout(
    page.evaluate((cap) => window.bench.mount(cap), capMs),
    capMs + 15_000,
    'the mount',
  ).catch((error: unknown) => {
    // The page blocked past its own cap: the cap that counts is still capMs.
    throw error instanceof TimedOut ? new TimedOut('the mount', capMs) : error;
  });
  if (!mount) return { mount: null, heap: null };
  const afterMountMb = await usedHeapMb(cdp);
  await cdp.detach();
  return { mount, heap: { beforeMountMb, afterMountMb } };
}
