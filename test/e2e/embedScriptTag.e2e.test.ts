// The embed script on plain pages (examples/script-tag.html, examples/two-instances.html): placeholders upgraded
// with their own options, instances independent, the script harmless when included twice, the map's outlines
// fetched from beside the script.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { DATASET_PATH, EMBED_SCRIPT_PATH, openHtml, useEmbedBrowser, waitForFlashpoint } from './embedHarness';

const MARK = '[data-fp="timeline"] [data-event-id][aria-pressed]';

/** Ids used twice in the document (light DOM): the instances' useId prefixes must keep them apart. */
function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const element of document.querySelectorAll('[id]')) {
      if (seen.has(element.id)) duplicates.push(element.id);
      seen.add(element.id);
    }
    return duplicates;
  });
}

describe('the embed script', () => {
  const browser = useEmbedBrowser();

  it('upgrades every placeholder with its own theme and locale; selecting in one leaves the other alone', async () => {
    const { page, pageErrors, consoleErrors } = await browser.open();
    await page.goto(`${browser.origin}/examples/script-tag.html`);
    await page.waitForSelector(`#graphic-en ${MARK}`);
    await page.waitForSelector(`#graphic-fr ${MARK}`);

    const roots = await page.evaluate(() =>
      ['#graphic-en', '#graphic-fr'].map((id) => {
        const timeline = document.querySelector(`${id} [data-fp="timeline"]`)!;
        return { lang: timeline.getAttribute('lang'), theme: timeline.getAttribute('data-fp-theme') };
      }),
    );
    expect(roots).toEqual([
      { lang: 'en-GB', theme: 'light' },
      { lang: 'fr-FR', theme: 'dark' },
    ]);
    // The placeholder's own content (a link for readers without JavaScript) made way for the graphic.
    expect(await page.locator('#graphic-en > p').count()).toBe(0);
    // data-show-filters on the second only.
    expect(await page.locator('#graphic-en [data-fp="filter-bar"]').count()).toBe(0);
    expect(await page.locator('#graphic-fr [data-fp="filter-bar"]').count()).toBe(1);

    await page.locator(`#graphic-en ${MARK}`).first().click();
    await page.waitForSelector('#graphic-en [data-fp="event-detail"]');
    expect(await page.locator('#graphic-en [aria-pressed="true"]').count()).toBe(1);
    expect(await page.locator('#graphic-fr [data-fp="event-detail"]').count()).toBe(0);
    expect(await page.locator('#graphic-fr [aria-pressed="true"]').count()).toBe(0);

    expect(await duplicateIds(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('included twice: one window.Flashpoint, each placeholder and element mounted once, iframes alongside', async () => {
    const { page, pageErrors, consoleErrors } = await browser.open();
    await page.goto(`${browser.origin}/examples/two-instances.html`);
    for (const id of ['#placeholder-one', '#placeholder-two', '#element-one', '#element-two'])
      await page.waitForSelector(`${id} ${MARK}`);

    expect(await page.locator('script[src$="flashpoint.js"]').count()).toBe(2);
    const counts = await page.evaluate(() => ({
      placeholderRoots: ['#placeholder-one', '#placeholder-two'].map(
        (id) => document.querySelectorAll(`${id} [data-fp="embed"]`).length,
      ),
      elementRoots: ['#element-one', '#element-two'].map(
        (id) => document.querySelector(id)!.shadowRoot!.querySelectorAll('[data-fp="embed"]').length,
      ),
      adoptedSheets: document.adoptedStyleSheets.length,
      version: (window as unknown as { Flashpoint: { version: string } }).Flashpoint.version,
    }));
    expect(counts.placeholderRoots).toEqual([1, 1]);
    expect(counts.elementRoots).toEqual([1, 1]);
    // One copy of styles.css for the document, shared by both placeholders.
    expect(counts.adoptedSheets).toBe(1);
    expect(counts.version).toMatch(/^\d+\.\d+\.\d+/);

    // Each instance keeps its own state across methods too.
    await page.locator(`#element-one ${MARK}`).first().click();
    await page.waitForSelector('#element-one [data-fp="event-detail"]');
    for (const other of ['#placeholder-one', '#placeholder-two', '#element-two'])
      expect(await page.locator(`${other} [data-fp="event-detail"]`).count()).toBe(0);
    expect(await duplicateIds(page)).toEqual([]);

    // The iframes (pym.js) draw their own timelines.
    for (const frame of ['#frame-one iframe', '#frame-two iframe']) {
      await page.frameLocator(frame).locator('[data-fp="timeline"]').waitFor();
    }
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('a second copy run after the first upgrades placeholders added since, and nothing twice', async () => {
    const { page, pageErrors } = await browser.open();
    await openHtml(
      page,
      browser.origin,
      `<div id="first" data-flashpoint data-src="${DATASET_PATH}"></div><script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    await page.waitForSelector(`#first ${MARK}`);
    const firstGlobal = await page.evaluate(() => {
      const w = window as unknown as { Flashpoint: object; __first?: object; __firstTimeline?: Element };
      w.__first = w.Flashpoint;
      w.__firstTimeline = document.querySelector('#first [data-fp="timeline"]')!;
      const later = document.createElement('div');
      later.id = 'later';
      later.setAttribute('data-flashpoint', '');
      later.setAttribute('data-src', (document.querySelector('#first') as HTMLElement).dataset.src!);
      document.body.append(later);
      const script = document.createElement('script');
      script.src = (document.querySelector('script') as HTMLScriptElement).src;
      document.body.append(script);
      return true;
    });
    expect(firstGlobal).toBe(true);
    await page.waitForSelector(`#later ${MARK}`);
    const state = await page.evaluate(() => {
      const w = window as unknown as { Flashpoint: object; __first: object; __firstTimeline: Element };
      return {
        sameGlobal: w.Flashpoint === w.__first,
        firstKept: w.__firstTimeline.isConnected,
        roots: ['#first', '#later'].map((id) => document.querySelectorAll(`${id} [data-fp="embed"]`).length),
      };
    });
    expect(state).toEqual({ sameGlobal: true, firstKept: true, roots: [1, 1] });
    expect(pageErrors).toEqual([]);
  });

  it('Flashpoint.upgrade(root) upgrades placeholders added later; mount() twice on one element replaces the first', async () => {
    const { page, pageErrors } = await browser.open();
    await openHtml(page, browser.origin, `<div id="area"></div><script src="${EMBED_SCRIPT_PATH}"></script>`);
    await waitForFlashpoint(page);
    await page.evaluate((src) => {
      const area = document.getElementById('area')!;
      area.innerHTML = `<div id="added" data-flashpoint data-src="${src}" data-locale="de-DE"></div>`;
      (window as unknown as { Flashpoint: { upgrade(root?: ParentNode): void } }).Flashpoint.upgrade(area);
    }, DATASET_PATH);
    await page.waitForSelector(`#added ${MARK}`);
    expect(await page.getAttribute('#added [data-fp="timeline"]', 'lang')).toBe('de-DE');

    await page.evaluate((src) => {
      const w = window as unknown as { Flashpoint: { mount(e: Element, o: object): unknown } };
      w.Flashpoint.mount(document.getElementById('added')!, { src, locale: 'es-ES' });
    }, DATASET_PATH);
    await page.waitForFunction(
      () => document.querySelector('#added [data-fp="timeline"]')?.getAttribute('lang') === 'es-ES',
    );
    expect(await page.locator('#added [data-fp="embed"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('draws the map with the country outlines fetched from beside the script', async () => {
    const { page, pageErrors } = await browser.open();
    const atlasRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('world-atlas')) atlasRequests.push(new URL(request.url()).pathname);
    });
    await openHtml(
      page,
      browser.origin,
      `<div id="map" data-flashpoint data-show-map data-src="${DATASET_PATH}"></div><script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    await page.waitForSelector('#map [data-fp="map-inset"] .fp-map-inset__land', { state: 'attached' });
    expect(await page.locator('#map .fp-map-inset__land').count()).toBeGreaterThan(10);
    expect(atlasRequests).toEqual(['/dist/embed/world-atlas-110m.json']);
    expect(pageErrors).toEqual([]);
  });

  it('data-highlight-since marks the events of a live story newer than it, and only those', async () => {
    const { page, pageErrors } = await browser.open();
    await openHtml(
      page,
      browser.origin,
      `<div id="live" data-flashpoint data-src="${DATASET_PATH}" data-highlight-since="2024-01-27T00:00:00Z"></div>` +
        `<script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    await page.waitForSelector(`#live ${MARK}`);
    await page.waitForSelector('#live .fp-mark__new');
    await page.waitForSelector('#live [data-fp="event-list"] .fp-new-badge');
    // The list under the graphic names every event: the badged ones are exactly those from 27 January 2024 on.
    const marked = await page.$$eval('#live [data-fp="event-list"] [data-event-id]', (items) =>
      items.filter((item) => item.querySelector('.fp-new-badge')).map((item) => item.getAttribute('data-event-id')),
    );
    const all = await page.$$eval('#live [data-fp="event-list"] [data-event-id]', (items) => items.length);
    expect(marked).toContain('tower-22-drone-attack');
    expect(marked.length).toBeLessThan(all);
    expect(pageErrors).toEqual([]);
  });
});
