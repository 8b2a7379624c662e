// The iframe child's AMP and WordPress messages, against the host pages in examples/ that play those hosts' part
// (amp-host.js: AMP's <amp-iframe resizable>; wordpress-host.js: WordPress's wp-embed.js).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { useChromium } from './useChromium';
import {
  DATASET_PATH,
  contentHeightOf,
  frameOf,
  frameUrl,
  iframeHeight,
  receivedMessages,
  recordMessages,
  waitForMarks,
} from './frameFixtures';

let page: Page;
let errors: string[];

const chromium = useChromium();
beforeEach(async () => {
  ({ page, pageErrors: errors } = await chromium.open({ width: 1280, height: 900 }));
  await recordMessages(page);
});
afterEach(async () => {
  await page.context().close();
  expect(errors).toEqual([]);
});

interface Sized {
  from: number;
  height: number;
}

async function ampSizes(): Promise<Sized[]> {
  return (await receivedMessages(page)).flatMap(({ from, data }) => {
    const message = data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    return message && message.sentinel === 'amp' && message.type === 'embed-size'
      ? [{ from, height: Number(message.height) }]
      : [];
  });
}

async function wordpressHeights(): Promise<(Sized & { secret: unknown })[]> {
  return (await receivedMessages(page)).flatMap(({ from, data }) => {
    const message = data as { message?: unknown; value?: unknown; secret?: unknown } | null;
    return message && message.message === 'height'
      ? [{ from, height: Number(message.value), secret: message.secret }]
      : [];
  });
}

/** Waits until the last message of `sizes` from iframe `from` gives the frame's content height. */
async function reportsItsHeight(sizes: () => Promise<Sized[]>, from: number, frame: Frame): Promise<number> {
  await waitForMarks(frame);
  // The difference between the last height told and the content's (-1 when nothing was told yet).
  await expect
    .poll(
      async () => {
        const told = (await sizes()).filter((size) => size.from === from).at(-1)?.height;
        return told === undefined ? -1 : Math.abs(told - (await contentHeightOf(frame)));
      },
      { timeout: 15_000 },
    )
    .toBe(0);
  return contentHeightOf(frame);
}

describe('AMP: embed-size', () => {
  it('asks for its content height, and the amp-iframe stand-in takes it', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-amp.html`);
    const selector = 'iframe[data-amp-resizable]';
    const frame = await frameOf(page, selector);
    const content = await reportsItsHeight(ampSizes, 0, frame);
    expect(content).toBeGreaterThan(300);
    await expect.poll(() => iframeHeight(page, selector)).toBe(content);

    // An event opens: a new, larger embed-size, and nothing more once it settled.
    await page.frameLocator(selector).locator('svg .fp-mark[data-event-id="tower-22-drone-attack"]').click();
    await expect.poll(() => iframeHeight(page, selector), { timeout: 10_000 }).toBeGreaterThan(content + 20);
    const grown = await reportsItsHeight(ampSizes, 0, frame);
    await expect.poll(() => iframeHeight(page, selector)).toBe(grown);
    const count = (await ampSizes()).length;
    await page.waitForTimeout(1000);
    expect((await ampSizes()).length).toBe(count);
  });
});

describe('WordPress: height with the secret', () => {
  it('tells the wp-embed stand-in its height under the secret in its URL, clamped to 200–1000 px by the host', async () => {
    await page.goto(`${chromium.origin}/examples/iframe-wordpress.html`);
    const secrets = await page.$$eval('iframe.wp-embedded-content', (frames) =>
      frames.map((frame) => frame.getAttribute('data-secret')),
    );
    expect(secrets).toEqual(['Fl4shp01nt', 'Br0adsh33t']);

    for (const [index, secret] of secrets.entries()) {
      const selector = `iframe.wp-embedded-content >> nth=${index}`;
      const frame = await frameOf(page, selector);
      const content = await reportsItsHeight(wordpressHeights, index, frame);
      expect(content).toBeGreaterThan(300);
      await expect.poll(() => iframeHeight(page, selector)).toBe(Math.min(1000, Math.max(200, content)));
      const mine = (await wordpressHeights()).filter((message) => message.from === index);
      expect(new Set(mine.map((message) => message.secret))).toEqual(new Set([secret]));
    }
  });

  it('answers ready for its own secret only, takes the host’s when its URL has none, and hears a secret added later', async () => {
    const query = { src: `${chromium.origin}${DATASET_PATH}` };
    const iframe = (id: string, hash = '') =>
      `<div class="embed"><iframe id="${id}" sandbox="allow-scripts" src="${frameUrl(chromium.origin, query, hash).replace(/&/g, '&amp;')}" title="${id}"></iframe></div>`;
    const html = `<!doctype html><html lang="en"><head><title>host</title><link rel="stylesheet" href="/examples/examples.css"></head>
<body><main>${iframe('with', '#?secret=Right00000')}${iframe('without')}${iframe('later')}</main></body></html>`;
    await page.route(`${chromium.origin}/wp-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    await page.goto(`${chromium.origin}/wp-host.html`);
    await reportsItsHeight(wordpressHeights, 0, await frameOf(page, '#with'));
    await reportsItsHeight(ampSizes, 1, await frameOf(page, '#without'));
    await reportsItsHeight(ampSizes, 2, await frameOf(page, '#later'));
    // Without a secret, nothing for WordPress (AMP's message goes out regardless).
    expect((await wordpressHeights()).filter((message) => message.from !== 0)).toEqual([]);

    const ready = (id: string, secret: string) =>
      page.evaluate(
        ([id, secret]: [string, string]) =>
          (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
            { message: 'ready', secret },
            '*',
          ),
        [id, secret] as [string, string],
      );
    const since = async (count: number) => (await wordpressHeights()).slice(count);

    let count = (await wordpressHeights()).length;
    await ready('with', 'Wrong00000');
    await page.waitForTimeout(500);
    expect(await since(count)).toEqual([]);
    await ready('with', 'Right00000');
    await expect.poll(() => since(count)).toEqual([expect.objectContaining({ from: 0, secret: 'Right00000' })]);

    // No secret in its URL: the host's ready brings it (WordPress sends ready with the secret it gave the iframe).
    count = (await wordpressHeights()).length;
    await ready('without', 'Given00000');
    await expect.poll(() => since(count)).toEqual([expect.objectContaining({ from: 1, secret: 'Given00000' })]);
    count = (await wordpressHeights()).length;
    await ready('without', 'Other00000');
    await page.waitForTimeout(500);
    expect(await since(count)).toEqual([]);

    // wp-embed.js may append the secret to a loaded frame's URL: the frame hears the hash change.
    count = (await wordpressHeights()).length;
    await page.evaluate(() => {
      const later = document.getElementById('later') as HTMLIFrameElement;
      later.src += '#?secret=Later00000';
    });
    await expect.poll(() => since(count)).toEqual([expect.objectContaining({ from: 2, secret: 'Later00000' })]);
  });
});
