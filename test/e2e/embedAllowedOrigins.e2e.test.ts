// The embed's `src` fetch on the built script and frame, in Chromium: an address on an origin the page does not
// allow, or not http(s), is refused before any request; the iframe's query cannot widen the deployer's list; an
// answer over MAX_DATASET_BYTES is refused by its Content-Length, or while it streams, with a sentence.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { MAX_DATASET_BYTES } from '../../src/schema/limits';
import { DATASET_PATH, EMBED_SCRIPT_PATH, openHtml, useEmbedBrowser } from './embedHarness';

const dataset = readFileSync(`.${DATASET_PATH}`, 'utf8');
const ALLOWED = 'https://data.example.org';
const OTHER = 'https://other.example';

/** Serves the dataset from the two made-up origins (with CORS) and records every request made to them. */
async function fakeOrigins(page: Page): Promise<string[]> {
  const requested: string[] = [];
  for (const origin of [ALLOWED, OTHER]) {
    await page.route(`${origin}/**`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({
        contentType: 'application/json',
        body: dataset,
        headers: { 'access-control-allow-origin': '*' },
      });
    });
  }
  return requested;
}

const failedText = (page: Page, selector: string) =>
  page.locator(`${selector} [data-fp="embed-status"][data-state="failed"]`).textContent({ timeout: 20_000 });

/**
 * A server that answers with more than the limit (by its Content-Length, or streaming without one), and serves the
 * page and the embed script too: Chromium keeps pages from fetching another loopback port.
 */
function startLargeServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = /^\/(declared|streamed)\.json$/.exec(request.url ?? '')?.[1];
    if (!file) {
      const script = request.url === '/flashpoint.js';
      response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
      const name = new URL(request.url ?? '/', 'http://x').searchParams.get('src');
      return void response.end(
        script
          ? readFileSync(`.${EMBED_SCRIPT_PATH}`)
          : `<!doctype html><title>Big</title><div id="big" data-flashpoint data-src="/${name}"></div><script src="/flashpoint.js"></script>`,
      );
    }
    const headers = { 'content-type': 'application/json' };
    if (file === 'declared') {
      response.writeHead(200, { ...headers, 'content-length': String(MAX_DATASET_BYTES + 1) });
      response.write('[');
      return; // Never finished: the embed must not wait for it.
    }
    response.writeHead(200, headers);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent <= MAX_DATASET_BYTES + chunk.length && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

describe('allowedOrigins, schemes and size of the embed src, in Chromium', () => {
  const browser = useEmbedBrowser();
  let large: { origin: string; server: Server };
  beforeAll(async () => {
    large = await startLargeServer();
  });
  afterAll(() => {
    large.server.closeAllConnections();
    large.server.close();
  });

  it('Flashpoint.mount: an origin outside allowedOrigins is refused before fetching; a listed one loads', async () => {
    const { page, pageErrors } = await browser.open();
    const requested = await fakeOrigins(page);
    await openHtml(
      page,
      browser.origin,
      `<div id="a"></div><div id="b"></div><script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    await page.waitForFunction(() => 'Flashpoint' in window);
    await page.evaluate(
      ({ allowed, other }) => {
        const { mount } = (window as unknown as { Flashpoint: { mount(e: Element, o: object): void } }).Flashpoint;
        mount(document.getElementById('a')!, { src: `${other}/d.json`, allowedOrigins: [allowed] });
        mount(document.getElementById('b')!, { src: `${allowed}/d.json`, allowedOrigins: [allowed] });
      },
      { allowed: ALLOWED, other: OTHER },
    );
    expect(await failedText(page, '#a')).toContain(`is on ${OTHER}, which this page does not allow datasets from`);
    await page.waitForSelector('#b [data-fp="timeline"]');
    expect(requested).toEqual([`${ALLOWED}/d.json`]);
    expect(pageErrors).toEqual([]);
  });

  it('the page meta applies to placeholders and <flashpoint-timeline>; the page origin is always allowed', async () => {
    const { page, pageErrors } = await browser.open();
    const requested = await fakeOrigins(page);
    await openHtml(
      page,
      browser.origin,
      `<meta name="flashpoint-allowed-origins" content="${ALLOWED}">
       <div id="refused" data-flashpoint data-src="${OTHER}/d.json" data-allowed-origins="${OTHER}"></div>
       <flashpoint-timeline id="element" src="//other.example/d.json"></flashpoint-timeline>
       <div id="own" data-flashpoint data-src="${DATASET_PATH}"></div>
       <script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    expect(await failedText(page, '#refused')).toContain(OTHER);
    await page.waitForSelector('#element [data-fp="embed-status"][data-state="failed"]');
    await page.waitForSelector('#own [data-fp="timeline"]');
    expect(requested).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('non-http(s) src (data:, javascript:, blob:) is refused with its own sentence and no request', async () => {
    const { page, pageErrors } = await browser.open();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const sources = ['data:application/json,{"title":"x","events":[]}', 'javascript:alert(1)', 'blob:null/1234'];
    await openHtml(
      page,
      browser.origin,
      `${sources.map((src, i) => `<div id="s${i}" data-flashpoint data-src='${src}'></div>`).join('')}
       <script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    for (const i of sources.keys())
      expect(await failedText(page, `#s${i}`)).toContain(
        'is not a web address: only http and https addresses are fetched',
      );
    expect(requests.filter((url) => !url.startsWith(browser.origin))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("the iframe: its query cannot set or widen the deployer's list (a meta in their copy of frame.html)", async () => {
    const { page, pageErrors } = await browser.open();
    const requested = await fakeOrigins(page);
    const hardened = readFileSync('dist/embed/frame.html', 'utf8').replace(
      '</title>',
      `</title><meta name="flashpoint-allowed-origins" content="${ALLOWED}">`,
    );
    await page.route(`${browser.origin}/dist/embed/hardened.html*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: hardened }),
    );
    const query = new URLSearchParams({ src: `${OTHER}/d.json`, 'allowed-origins': OTHER, allowedOrigins: OTHER });
    await page.goto(`${browser.origin}/dist/embed/hardened.html?${query}`);
    expect(await failedText(page, '#flashpoint')).toContain(OTHER);
    expect(requested).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['declared.json', 'by its Content-Length'],
    ['streamed.json', 'while it streams, without a Content-Length'],
  ])('a dataset over the size limit (%s) is refused %s', async (file) => {
    const { page, pageErrors } = await browser.open();
    await page.goto(`${large.origin}/page.html?src=${file}`);
    expect(await failedText(page, '#big')).toContain('returned more than 100 MB, the most a timeline reads');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
