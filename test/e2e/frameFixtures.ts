// Shared by the iframe child's end-to-end tests (test/e2e/frame*.e2e.test.ts and csp.e2e.test.ts).
import type { Frame, Page } from 'playwright';

export { DATASET_PATH } from './embedHarness';

/** One message a host page received: which of its iframes sent it (index in document order, -1: none) and what. */
export interface ReceivedMessage {
  from: number;
  data: unknown;
}

/**
 * Records every message the page's window receives, from before any frame can post (an init script runs before
 * the page's own scripts). Read them with `receivedMessages`.
 */
export async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { from: number; data: unknown }[] = [];
    (window as unknown as { __messages: typeof log }).__messages = log;
    window.addEventListener('message', (event) => {
      const frames = Array.from(document.querySelectorAll('iframe'));
      log.push({ from: frames.findIndex((frame) => frame.contentWindow === event.source), data: event.data });
    });
  });
}

export function receivedMessages(page: Page): Promise<ReceivedMessage[]> {
  return page.evaluate(() => (window as unknown as { __messages: ReceivedMessage[] }).__messages.slice());
}

/**
 * The frame inside the iframe that `selector` names, scrolled into view: Chromium stops rendering a cross-origin
 * frame that is out of view (no layout, no ResizeObserver) until the reader scrolls near it.
 */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const element = await page.waitForSelector(selector, { state: 'attached' });
  await element.scrollIntoViewIfNeeded();
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

/** The iframe's `height` attribute in px (what pym.js, AMP and WordPress set), NaN when it has none. */
export function iframeHeight(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (iframe) => parseFloat(iframe.getAttribute('height') ?? ''));
}

/** The frame's content height as the frame reports it: the body's box, rounded up. */
export function contentHeightOf(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

/** Waits until the frame's timeline has drawn its marks (in the DOM: a frame out of view is not painted). */
export async function waitForMarks(frame: Frame): Promise<void> {
  await frame.waitForSelector('[data-fp="timeline"] svg .fp-mark', { state: 'attached', timeout: 30_000 });
}

/** A URL of the iframe child with a query (values are encoded here). */
export function frameUrl(origin: string, query: Record<string, string>, hash = ''): string {
  return `${origin}/dist/embed/frame.html?${new URLSearchParams(query).toString()}${hash}`;
}
