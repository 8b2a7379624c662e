// Every payload of test/xss/payloads.txt in every field of a dataset and every value of a theme, through the static
// renderer (flashpoint/static, from source in Node), its SVG and HTML opened as documents in Chromium: nothing
// runs, no script, no handler, no unsafe URL, one stylesheet of its own that loads nothing.
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright';
import { renderStaticHtml, renderStaticSvg } from '../../src/static/index';
import { safeParseDataset } from '../../src/schema/index';
import { useChromium } from './useChromium';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { hostileDatasetInput } from '../xss/hostileDataset';
import { hostileTheme } from '../xss/hostileTheme';
import { findUnsafeDom } from '../xss/unsafeDom';
import { firedIn, watchPage } from '../xss/embedPage';

const BATCH = 15;
const payloads = loadPayloads();
const batches: Payload[][] = [];
for (let i = 0; i < payloads.length; i += BATCH) batches.push(payloads.slice(i, i + BATCH));

/** Serves `body` at `path` and opens it as a document of its own. */
async function openDocument(page: Page, origin: string, path: string, body: string, contentType: string) {
  await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType, body }));
  await page.goto(`${origin}${path}`);
}

/** What the opened document holds that it must not: findUnsafeDom over it, its own stylesheet and meta allowed. */
function inspect(page: Page) {
  return page.evaluate(
    ({ source }) => {
      const check = new Function(`return (${source})`)() as (roots: Node[], allow: string[]) => string[];
      const styles = Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '');
      return {
        unsafe: check([document.documentElement], ['style', 'meta']),
        scripts: document.querySelectorAll('script').length,
        styles: styles.length,
        loads: styles.filter((css) => /url\(\s*["']?(?!#)|@import|expression\(/i.test(css)).length,
      };
    },
    { source: findUnsafeDom.toString() },
  );
}

describe('hostile input through the static renderer, opened in Chromium', () => {
  const browser = useChromium();
  // The renderers warn about the theme values they leave out: expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});

  it.each(batches.map((batch): [number, number, Payload[]] => [batch[0]!.line, batch.at(-1)!.line, batch]))(
    'payloads on lines %i–%i: SVG and HTML',
    async (_from, _to, batch) => {
      const { page, pageErrors } = await browser.open();
      const unsafeRequests = await watchPage(page, browser.origin, []);
      for (const payload of batch) {
        const { dataset } = safeParseDataset(hostileDatasetInput(payload.text));
        const theme = hostileTheme(payload.text);
        const documents: [string, string, string][] = [
          [`/xss-static/${payload.id}.svg`, renderStaticSvg(dataset, { theme }), 'image/svg+xml'],
          [`/xss-static/${payload.id}.html`, renderStaticHtml(dataset, { theme }), 'text/html; charset=utf-8'],
        ];
        for (const [path, body, type] of documents) {
          await openDocument(page, browser.origin, path, body, type);
          await page.waitForTimeout(20);
          expect(await inspect(page), path).toEqual({ unsafe: [], scripts: 0, styles: 1, loads: 0 });
          expect(await firedIn(page), path).toEqual([]);
        }
      }
      expect(unsafeRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    },
  );
});
