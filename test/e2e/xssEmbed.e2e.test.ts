// Every payload of test/xss/payloads.txt in every data-* attribute of a script-tag placeholder and every attribute
// of <flashpoint-timeline>, on the built embed script in Chromium: as `src` itself, and beside a valid `src` whose
// dataset carries the payload in every field. Nothing runs, nothing unsafe is rendered or requested, nothing
// throws into the page.
import { describe, expect, it } from 'vitest';
import { OPTION_ATTRIBUTES } from '../../src/embed/embedOptions';
import { EMBED_SCRIPT_PATH, openHtml, useEmbedBrowser } from './embedHarness';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { attribute, firedIn, hostileDataPath, settlePage, unsafeEmbedDom, watchPage } from '../xss/embedPage';

const BATCH = 10;
const payloads = loadPayloads();
const batches: Payload[][] = [];
for (let i = 0; i < payloads.length; i += BATCH) batches.push(payloads.slice(i, i + BATCH));

/** Every option attribute set to the payload; `src` to `src` when given. */
function attributes(payload: Payload, prefix: string, src?: string): string {
  return OPTION_ATTRIBUTES.map((name) => {
    const value = name === 'src' && src !== undefined ? src : payload.text;
    return `${prefix}${name}="${attribute(value)}"`;
  }).join(' ');
}

function embedsOf(payload: Payload): string {
  const data = hostileDataPath(payload);
  return [
    `<div data-flashpoint ${attributes(payload, 'data-')}></div>`,
    `<div data-flashpoint ${attributes(payload, 'data-', data)}></div>`,
    `<flashpoint-timeline ${attributes(payload, '')}></flashpoint-timeline>`,
    `<flashpoint-timeline ${attributes(payload, '', data)}></flashpoint-timeline>`,
  ].join('\n');
}

describe('hostile attributes on the built embed, in Chromium', () => {
  const browser = useEmbedBrowser();

  it('covers every option attribute, src included', () => {
    expect(OPTION_ATTRIBUTES).toEqual(expect.arrayContaining(['src', 'theme', 'locale', 'time-zone', 'selected-id']));
    expect(payloads.length).toBeGreaterThan(100);
  });

  it('the watch works: a payload that runs is seen, and so are an unsafe element and request', async () => {
    const { page } = await browser.open();
    const unsafeRequests = await watchPage(page, browser.origin, []);
    await openHtml(
      page,
      browser.origin,
      '<div data-flashpoint><img src="/x.png" onerror="__fpXss(999)"><i style="background:url(https://evil.example/a.png)">i</i></div>',
    );
    await expect.poll(() => firedIn(page)).toEqual([999]);
    expect(await unsafeEmbedDom(page)).toHaveLength(3); // a relative src, onerror, url() in a style
    await expect.poll(() => unsafeRequests).toEqual([expect.stringContaining('evil.example')]);
    await page.context().close();
  });

  it.each(batches.map((batch): [number, number, Payload[]] => [batch[0]!.line, batch.at(-1)!.line, batch]))(
    'payloads on lines %i–%i: placeholders and <flashpoint-timeline>',
    async (_from, _to, batch) => {
      const { page, pageErrors } = await browser.open();
      const unsafeRequests = await watchPage(page, browser.origin, batch);
      // The reader's link names an event by a payload too (the embeds sync the hash).
      await openHtml(
        page,
        browser.origin,
        `<main>${batch.map(embedsOf).join('\n')}</main><script src="${EMBED_SCRIPT_PATH}"></script>`,
        '/xss-embed.html',
      );
      await page.evaluate((hash) => (location.hash = hash), `event=${encodeURIComponent(batch[0]!.text)}`);
      expect(await settlePage(page), 'every embed settles').toBe(true);
      const embeds = await page.evaluate(
        () =>
          document.querySelectorAll('[data-flashpoint] [data-fp="embed"]').length +
          Array.from(document.querySelectorAll('flashpoint-timeline')).filter((element) =>
            element.shadowRoot?.querySelector('[data-fp="embed"]'),
          ).length,
      );
      expect(embeds, 'every placeholder and element shows something').toBe(batch.length * 4);
      const timelines = await page.evaluate(
        () =>
          document.querySelectorAll('[data-flashpoint] [data-fp="timeline"], [data-flashpoint] [data-fp="event-list"]')
            .length,
      );
      expect(timelines, 'the embeds with a valid src drew their hostile dataset').toBeGreaterThanOrEqual(batch.length);
      expect(await firedIn(page)).toEqual([]);
      expect(await unsafeEmbedDom(page)).toEqual([]);
      expect(unsafeRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    },
  );
});
