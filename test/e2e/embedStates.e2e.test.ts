// What an embed shows when things are not simple: loading, a failed fetch, a reply that is not JSON, no data,
// invalid data, a component that throws, a new src racing an old one; and what it never does: throw into the page
// or build functions from strings (zod's compiler is off in the embed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright';
import {
  DATASET_PATH,
  EMBED_SCRIPT_PATH,
  instrumentPage,
  leakCounts,
  openHtml,
  useEmbedBrowser,
  waitForFlashpoint,
} from './embedHarness';

const dataset = JSON.parse(readFileSync(`.${DATASET_PATH}`, 'utf8')) as { title: string; events: object[] };

interface EmbedErrorSeen {
  kind: string;
  message: string;
}

/** A page with the script and an empty #host; Flashpoint.mount(#host, options) records onError calls. */
async function hostPage(page: Page, origin: string): Promise<void> {
  await openHtml(page, origin, `<main><div id="host"></div></main><script src="${EMBED_SCRIPT_PATH}"></script>`);
  await waitForFlashpoint(page);
}

function mountHost(page: Page, options: Record<string, unknown>): Promise<void> {
  return page.evaluate((opts) => {
    const w = window as unknown as {
      Flashpoint: { mount(e: Element, o: object): unknown };
      __handle: unknown;
      __errors: EmbedErrorSeen[];
    };
    w.__errors = [];
    w.__handle = w.Flashpoint.mount(document.getElementById('host')!, {
      ...opts,
      onError: (error: EmbedErrorSeen) => w.__errors.push({ kind: error.kind, message: error.message }),
    });
  }, options);
}

function errorsSeen(page: Page): Promise<EmbedErrorSeen[]> {
  return page.evaluate(() => (window as unknown as { __errors: EmbedErrorSeen[] }).__errors);
}

function fulfillJson(body: unknown, delayMs = 0) {
  return async (route: Route) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }).catch(() => {});
  };
}

describe('embed states', () => {
  const browser = useEmbedBrowser();

  it('says "Loading timeline…" with aria-busy while the dataset is on its way, then draws it', async () => {
    const { page, pageErrors } = await browser.open();
    await page.route('**/slow-dataset.json', fulfillJson(dataset, 1200));
    await hostPage(page, browser.origin);
    await mountHost(page, { src: '/slow-dataset.json' });
    const busy = page.locator('#host [data-fp="embed"][aria-busy="true"]');
    await busy.waitFor();
    expect(await busy.textContent()).toBe('Loading timeline…');
    await page.waitForSelector('#host [data-fp="timeline"]');
    expect(await page.locator('#host [aria-busy]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('a failed fetch (404): a readable message with the address in place, the detail in the console, no page error', async () => {
    const { page, pageErrors, consoleErrors } = await browser.open();
    await page.addInitScript(() => {
      const w = window as unknown as { __events: EmbedErrorSeen[] };
      w.__events = [];
      document.addEventListener('flashpoint-error', (event) =>
        w.__events.push((event as CustomEvent<EmbedErrorSeen>).detail),
      );
    });
    await openHtml(
      page,
      browser.origin,
      `<div id="missing" data-flashpoint data-src="/no/such/dataset.json"></div><script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    const status = page.locator('#missing [data-fp="embed-status"][data-state="failed"]');
    await status.waitFor();
    const text = await status.textContent();
    expect(text).toContain('The timeline could not be loaded.');
    expect(text).toContain('/no/such/dataset.json');
    expect(text).toContain('404');
    expect(consoleErrors.some((line) => line.startsWith('Flashpoint: The timeline could not be loaded.'))).toBe(true);
    const events = await page.evaluate(() => (window as unknown as { __events: EmbedErrorSeen[] }).__events);
    expect(events.map((e) => e.kind)).toEqual(['fetch']);
    expect(pageErrors).toEqual([]);
  });

  it('a reply that is not JSON, an unreachable address and no data at all each get their own sentence', async () => {
    const { page, pageErrors } = await browser.open();
    await page.route('**/not-json.json', (route) => route.fulfill({ contentType: 'text/html', body: '<p>Oops</p>' }));
    await page.route('**/unreachable.json', (route) => route.abort('connectionrefused'));
    await hostPage(page, browser.origin);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ src: '/not-json.json' }, 'did not return a dataset in JSON', 'parse'],
      [{ src: '/unreachable.json' }, 'could not be reached', 'fetch'],
      [{}, 'No dataset was given', 'parse'],
    ];
    for (const [options, sentence, kind] of cases) {
      await mountHost(page, options);
      await page.waitForSelector('#host [data-fp="embed-status"][data-state="failed"]');
      expect(await page.textContent('#host [data-fp="embed-status"]')).toContain(sentence);
      expect((await errorsSeen(page)).map((e) => e.kind)).toEqual([kind]);
    }
    expect(pageErrors).toEqual([]);
  });

  it('invalid data: the lenient render, with what was left out listed under it', async () => {
    const { page, pageErrors } = await browser.open();
    await hostPage(page, browser.origin);
    const broken = { ...dataset.events[1], start: '03/04/2024' };
    await mountHost(page, { data: { ...dataset, events: [dataset.events[0], broken, dataset.events[2]] } });
    await page.waitForSelector('#host [data-fp="timeline"]');
    const issues = page.locator('#host [data-fp="dataset-issues"]');
    await issues.waitFor();
    expect(await issues.textContent()).toContain('events[1]');
    expect(await page.locator('#host [data-fp="event-list"] [data-event-id]').count()).toBe(2);
    expect(await errorsSeen(page)).toEqual([]);

    // Not a dataset at all: still no throw, an empty graphic and the reason.
    await mountHost(page, { data: 42 });
    await page.waitForSelector('#host [data-fp="dataset-issues"]');
    expect(await page.textContent('#host [data-fp="dataset-issues"]')).toContain('a dataset must be an object');
    expect(pageErrors).toEqual([]);
  });

  it('update(): a new src refetches and an older reply landing later does not win; other options re-render', async () => {
    const { page, pageErrors } = await browser.open();
    let requests = 0;
    await page.route('**/old.json', fulfillJson({ ...dataset, title: 'Old reply' }, 1500));
    await page.route('**/new.json', async (route) => {
      requests += 1;
      await fulfillJson({ ...dataset, title: 'New reply' })(route);
    });
    await hostPage(page, browser.origin);
    await mountHost(page, { src: '/old.json' });
    await page.evaluate(() =>
      (window as unknown as { __handle: { update(o: object): void } }).__handle.update({ src: '/new.json' }),
    );
    await page.waitForSelector('#host [data-fp="timeline"]');
    await page.waitForTimeout(2000);
    expect(await page.textContent('#host [data-fp="timeline"] h2')).toBe('New reply');

    await page.evaluate(() =>
      (window as unknown as { __handle: { update(o: object): void } }).__handle.update({
        locale: 'fr-FR',
        theme: 'dark',
      }),
    );
    await page.waitForFunction(
      () => document.querySelector('#host [data-fp="timeline"]')?.getAttribute('lang') === 'fr-FR',
    );
    expect(await page.getAttribute('#host [data-fp="timeline"]', 'data-fp-theme')).toBe('dark');
    expect(requests).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('a Timeline that throws while rendering gives way to the list of events; the page sees no error', async () => {
    const { page, pageErrors } = await browser.open();
    // Break the graphic only: the Timeline measures its width with ResizeObserver, the list does not.
    await page.addInitScript(() => {
      window.ResizeObserver = class {
        constructor() {
          throw new Error('ResizeObserver broken on purpose');
        }
      } as unknown as typeof ResizeObserver;
    });
    await hostPage(page, browser.origin);
    await mountHost(page, { src: DATASET_PATH });
    // The Timeline's own boundary: a sentence and the list of the same events, in the Timeline's place.
    await page.waitForSelector('#host [data-fp="graphic-fallback"][data-failed="Timeline"]');
    expect(await page.locator('#host [data-fp="event-list"] [data-event-id]').count()).toBe(dataset.events.length);
    expect(await page.locator('#host [data-fp="timeline"]').count()).toBe(0);
    await page.waitForFunction(() => (window as unknown as { __errors: unknown[] }).__errors.length > 0);
    expect((await errorsSeen(page)).map((e) => e.kind)).toEqual(['render']);
    expect(pageErrors).toEqual([]);
  });

  it('builds no function from a string while parsing and drawing (strict CSP: no eval, no new Function)', async () => {
    const { page } = await browser.open();
    await instrumentPage(page);
    await hostPage(page, browser.origin);
    await mountHost(page, { src: DATASET_PATH, showIntensity: true, showFilters: true });
    await page.waitForSelector('#host [data-fp="timeline"]');
    await page.locator('#host [data-fp="timeline"] [data-event-id][aria-pressed]').first().click();
    await page.waitForSelector('#host [data-fp="event-detail"]');
    expect((await leakCounts(page)).functionConstructions).toBe(0);
    // The count does see one: the instrumentation is not blind.
    await page.evaluate(() => new Function('return 1'));
    expect((await leakCounts(page)).functionConstructions).toBe(1);
  });
});
