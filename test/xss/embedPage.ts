// Node side of the hostile-input e2e tests: a page that watches for the sentinel and for requests it must not make,
// and HTML with a payload in attributes.
import type { Frame, Page, Request } from 'playwright';
import { SENTINEL_GLOBAL, type Payload } from './loadPayloads';
import { hostileDatasetInput } from './hostileDataset';
import { findUnsafeDom } from './unsafeDom';

/** The payload as an attribute value (the attribute then holds exactly the payload). */
export function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Where each payload's own hostile dataset is served. */
export const hostileDataPath = (payload: Payload) => `/xss-data/${payload.id}.json`;

/**
 * Prepares a page: the sentinel in every frame (before any script), each payload's hostile dataset served, the
 * made-up hosts of the corpus answered without the network. Returns the requests that no embed may make: a
 * scheme other than http(s), or a picture, stylesheet, script, font, frame… from anywhere but the test server and
 * the dataset's own media host (a `src` fetch to another origin is the page's choice: see allowedOrigins).
 */
export async function watchPage(page: Page, origin: string, payloads: readonly Payload[]): Promise<string[]> {
  const unsafe: string[] = [];
  await page.addInitScript((name) => {
    const w = window as unknown as Record<string, unknown> & { __fpFired: number[]; __fpErrors: string[] };
    w.__fpFired = [];
    w.__fpErrors = [];
    w[name] = (id: number) => w.__fpFired.push(id);
    // What would reach the host's (or the frame's) own error handlers.
    addEventListener('error', (event) => w.__fpErrors.push(String(event.message)));
    addEventListener('unhandledrejection', (event) => w.__fpErrors.push(String(event.reason)));
  }, SENTINEL_GLOBAL);
  for (const payload of payloads) {
    const body = JSON.stringify(hostileDatasetInput(payload.text));
    await page.route(`${origin}${hostileDataPath(payload)}`, (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );
  }
  await page.route(/^https?:\/\/(ok|evil)\.example\//, (route) => route.fulfill({ status: 404, body: '' }));
  page.on('request', (request: Request) => {
    const url = request.url();
    const type = request.resourceType();
    if (!/^https?:/i.test(url)) unsafe.push(`${type} ${url.slice(0, 100)}`);
    else if (type !== 'fetch' && !url.startsWith(origin) && !url.startsWith('https://ok.example/'))
      unsafe.push(`${type} ${url.slice(0, 100)}`);
  });
  return unsafe;
}

/** Uncaught errors and unhandled rejections in a frame. */
export function errorsIn(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __fpErrors?: string[] }).__fpErrors ?? []);
}

/** The payload ids whose sentinel fired in a frame. */
export function firedIn(frame: Frame | Page): Promise<number[]> {
  return frame.evaluate(() => (window as unknown as { __fpFired?: number[] }).__fpFired ?? []);
}

/**
 * What the embeds rendered (inside placeholders and the custom elements' shadow roots, not the attributes the page
 * wrote) that is unsafe. Runs findUnsafeDom in the frame.
 */
export function unsafeEmbedDom(
  frame: Frame | Page,
  containers = '[data-flashpoint], flashpoint-timeline, #flashpoint',
): Promise<string[]> {
  return frame.evaluate(
    ({ source, selector }) => {
      const check = new Function(`return (${source})`)() as (roots: Node[]) => string[];
      const roots = Array.from(document.querySelectorAll(selector)).flatMap((element): Node[] =>
        element.shadowRoot ? [element.shadowRoot] : Array.from(element.children),
      );
      return check(roots);
    },
    { source: findUnsafeDom.toString(), selector: containers },
  );
}

/**
 * Waits until every embed in the frame shows something and none says it is loading, then a little longer for late
 * errors and timers. Resolves false when that did not happen within `timeout`.
 */
export async function settlePage(frame: Frame | Page, ms = 300, timeout = 15_000): Promise<boolean> {
  const settled = await frame
    .waitForFunction(
      () => {
        const roots: ParentNode[] = [
          document,
          ...Array.from(document.querySelectorAll('flashpoint-timeline'), (element) => element.shadowRoot!),
        ];
        const containers = document.querySelectorAll('[data-flashpoint], flashpoint-timeline, #flashpoint').length;
        const shown = roots.reduce((n, root) => n + (root?.querySelectorAll('[data-fp="embed"]').length ?? 0), 0);
        return shown >= containers && roots.every((root) => !root?.querySelector('[aria-busy="true"]'));
      },
      undefined,
      { timeout, polling: 100 },
    )
    .then(
      () => true,
      () => false,
    );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}
