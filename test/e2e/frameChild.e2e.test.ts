// The iframe child on its own terms: inside sandbox="allow-scripts", transparent over the host, colour scheme
// and deep link from its query. Host pages are made up per test (served at the test server's origin).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useChromium } from './useChromium';
import { DATASET_PATH, frameOf, frameUrl, waitForMarks } from './frameFixtures';

const HOST_BACKGROUND = 'rgb(243, 239, 230)';

let page: Page;
let errors: string[];

const chromium = useChromium();
beforeEach(async () => {
  ({ page, pageErrors: errors } = await chromium.open({ width: 1100, height: 900 }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});
afterEach(async () => {
  await page.context().close();
  expect(errors).toEqual([]);
});

/**
 * Opens a made-up host page holding one iframe (`attributes` as written) of the frame with `query`, in a box of
 * examples.css's `wrapper` class (`dark-panel`: a dark box whose colour scheme is dark, as a dark site declares).
 */
async function host(query: Record<string, string>, attributes = '', wrapper = 'embed') {
  const src = frameUrl(chromium.origin, { src: `${chromium.origin}${DATASET_PATH}`, ...query });
  const html = `<!doctype html><html lang="en"><head><title>host</title><link rel="stylesheet" href="/examples/examples.css"></head>
<body><main><div class="${wrapper}"><iframe id="graphic" src="${src.replace(/&/g, '&amp;')}" ${attributes} title="Timeline"></iframe></div></main></body></html>`;
  await page.route(`${chromium.origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${chromium.origin}/host.html`);
  const frame = await frameOf(page, '#graphic');
  await waitForMarks(frame);
  return frame;
}

describe('the iframe child', () => {
  it('renders inside sandbox="allow-scripts" (an opaque origin, the dataset fetched with CORS)', async () => {
    const frame = await host({}, 'sandbox="allow-scripts" height="800"');
    expect(await frame.evaluate(() => origin)).toBe('null');
    expect(await frame.locator('[data-fp="timeline"] svg .fp-mark').count()).toBeGreaterThan(10);
    expect(await frame.locator('[data-fp="event-list"] [data-event-id]').count()).toBe(33);
  });

  it('is transparent by default: the page, its body and the graphic root let the host show through', async () => {
    const frame = await host({}, 'height="3000"');
    const backgrounds = await frame.evaluate(() =>
      [document.documentElement, document.body, document.querySelector('[data-fp="timeline"]')!].map(
        (element) => getComputedStyle(element).backgroundColor,
      ),
    );
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(HOST_BACKGROUND);
    // What the reader sees: below the content, inside the iframe, the host's colour (no canvas painted).
    expect(await colourBelowContent()).toBe(HOST_BACKGROUND);
  });

  it('paints the theme background with transparent=false', async () => {
    const frame = await host({ transparent: 'false' }, 'height="3000"');
    const root = await frame.evaluate(
      () => getComputedStyle(document.querySelector('[data-fp="timeline"]')!).backgroundColor,
    );
    expect(root).toBe('rgb(255, 255, 255)');
  });

  it('takes the dark preset from color-scheme=dark, and stays transparent on a dark host', async () => {
    const frame = await host({ 'color-scheme': 'dark' }, 'height="3000"', 'embed dark-panel');
    const root = await frame.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-fp="timeline"]')!);
      return { color: style.color, background: style.backgroundColor, scheme: style.colorScheme };
    });
    expect(root).toEqual({ color: 'rgb(236, 236, 239)', background: 'rgba(0, 0, 0, 0)', scheme: 'dark' });
    // The frame's page declares the host's scheme: a page in another scheme than its iframe element would get an
    // opaque backdrop from the browser (white, here), hiding the host's dark box.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await colourBelowContent()).toBe('rgb(22, 23, 26)');
  });

  it('lets an explicit theme win over color-scheme', async () => {
    const frame = await host({ 'color-scheme': 'dark', theme: 'light', transparent: 'false' });
    const root = await frame.evaluate(() => getComputedStyle(document.querySelector('[data-fp="timeline"]')!).color);
    expect(root).toBe('rgb(27, 27, 31)');
  });

  it('selects the event named in parentUrl’s hash', async () => {
    const frame = await host({ parentUrl: 'https://news.example/story?id=1#event=us-strikes-kh-facilities-dec-26' });
    await expect
      .poll(() => frame.getAttribute('[data-fp="event-detail"]', 'data-event-id'))
      .toBe('us-strikes-kh-facilities-dec-26');
  });

  it('ignores a parentUrl that names no event of the dataset', async () => {
    const frame = await host({ parentUrl: 'https://news.example/story#event=no-such-event' });
    expect(await frame.locator('[data-fp="timeline"]').getAttribute('data-detail')).toBe('none');
  });
});

/** What the reader sees inside the 3000 px iframe, well below the graphic's content: the host, or a canvas. */
async function colourBelowContent(): Promise<string> {
  const box = (await page.locator('#graphic').boundingBox())!;
  const clip = { x: box.x + 10, y: box.y + box.height - 20, width: 1, height: 1 };
  return pngColour(await page.screenshot({ fullPage: true, clip }));
}

/** The colour of a 1×1 PNG screenshot, as `rgb(r, g, b)`, read in the page (no image library needed). */
async function pngColour(png: Buffer): Promise<string> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, png.toString('base64'));
}
