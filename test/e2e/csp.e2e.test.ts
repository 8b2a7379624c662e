// examples/csp.html under `default-src 'self'; script-src 'self'; style-src 'self'`, and the iframe's page under
// the same policy: the script embed, the custom element and the iframe render with no policy violation. Two
// variants of the page with one inline style attribute or one inline script show the check does see violations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useChromium } from './useChromium';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const MARKS = '[data-fp="timeline"] svg .fp-mark';

let page: Page;
let errors: string[];

// Every page this server sends is under the policy: examples/csp.html and dist/embed/frame.html alike.
const chromium = useChromium({
  headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': POLICY } : {}),
});
beforeEach(async () => {
  ({ page, pageErrors: errors } = await chromium.open({ width: 1280, height: 900 }));
  // Runs in the page and in every frame before their own scripts; Playwright injects it outside the policy.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'} ${event.sourceFile}`),
      true,
    );
  });
});
afterEach(async () => {
  await page.context().close();
});

/** Violations recorded in the page and in each of its frames. */
async function violations(): Promise<string[]> {
  const all = await Promise.all(
    page
      .frames()
      .map((frame) => frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
  );
  return all.flat();
}

async function allThreeRendered(): Promise<void> {
  await page.locator(`#csp-script-embed ${MARKS}`).first().waitFor({ timeout: 30_000 });
  // Playwright's CSS locators pierce the custom element's open shadow root.
  await page.locator(`#csp-custom-element ${MARKS}`).first().waitFor({ timeout: 30_000 });
  await page.frameLocator('#csp-frame iframe').locator(MARKS).first().waitFor({ timeout: 30_000 });
}

/** examples/csp.html with `edit` applied, served under the policy at /examples/csp-variant.html. */
async function variant(edit: (html: string) => string): Promise<void> {
  const html = edit(readFileSync(resolve(import.meta.dirname, '../../examples/csp.html'), 'utf8'));
  await page.route(`${chromium.origin}/examples/csp-variant.html`, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': POLICY }, body: html }),
  );
  await page.goto(`${chromium.origin}/examples/csp-variant.html`);
}

describe('strict Content-Security-Policy', () => {
  it('shows the script embed, the custom element and the iframe with zero violations', async () => {
    const policies: (string | undefined)[] = [];
    page.on('response', (response) => {
      if (/\/(csp|frame)\.html/.test(response.url())) policies.push(response.headers()['content-security-policy']);
    });
    await page.goto(`${chromium.origin}/examples/csp.html`);
    await allThreeRendered();
    // The iframe's page was served under the policy too (so what ran inside it complied).
    expect(policies).toEqual([POLICY, POLICY]);
    expect(await page.locator(`#csp-script-embed ${MARKS}`).count()).toBeGreaterThan(10);
    expect(await page.locator(`#csp-custom-element ${MARKS}`).count()).toBeGreaterThan(10);
    expect(await page.frameLocator('#csp-frame iframe').locator(MARKS).count()).toBeGreaterThan(10);
    // Open an event in each, so the detail, its figures and the map are drawn too.
    await page.locator(`#csp-script-embed ${MARKS}[data-event-id="tower-22-drone-attack"]`).click();
    await page.locator(`#csp-custom-element ${MARKS}[data-event-id="tower-22-drone-attack"]`).click();
    await page.frameLocator('#csp-frame iframe').locator(`${MARKS}[data-event-id="tower-22-drone-attack"]`).click();
    await page.frameLocator('#csp-frame iframe').locator('[data-fp="event-detail"]').waitFor();
    await page.waitForTimeout(500);

    expect(page.frames().length).toBe(2);
    expect(await violations()).toEqual([]);
    expect(await page.locator('#csp-violations').textContent()).toBe('0');
    expect(errors).toEqual([]);
  });

  it('sees a violation when the page has one inline style attribute', async () => {
    await variant((html) => html.replace('<h2>The script embed</h2>', '<h2 style="color: red">The script embed</h2>'));
    await allThreeRendered();
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr inline /)]);
    expect(await page.locator('#csp-violations').textContent()).toBe('1');
  });

  it('sees a violation when the page has one inline script', async () => {
    await variant((html) => html.replace('</main>', '<script>document.title = "inline";</script></main>'));
    await allThreeRendered();
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline /)]);
    expect(await page.title()).not.toBe('inline');
  });

  it('sees a violation inside the iframe’s page (frame.html with one inline style attribute)', async () => {
    const frameHtml = readFileSync(resolve(import.meta.dirname, '../../dist/embed/frame.html'), 'utf8');
    await page.route(/\/dist\/embed\/frame\.html/, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': POLICY },
        body: frameHtml.replace('<body>', '<body style="margin: 0">'),
      }),
    );
    await page.goto(`${chromium.origin}/examples/csp.html`);
    await allThreeRendered();
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr inline .*frame\.html/)]);
    // The host page saw nothing: the violation belongs to the frame.
    expect(await page.locator('#csp-violations').textContent()).toBe('0');
  });
});
