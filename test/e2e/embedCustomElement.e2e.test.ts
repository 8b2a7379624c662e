// <flashpoint-timeline> (examples/custom-element.html): drawn in an open shadow root with constructable stylesheets,
// the host page's font inherited, attributes followed without reloading, theme objects styled inside the shadow
// root, a move keeping the graphic, a removal destroying it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { DATASET_PATH, EMBED_SCRIPT_PATH, openHtml, useEmbedBrowser } from './embedHarness';

const MARK = '[data-fp="timeline"] [data-event-id][aria-pressed]';

/** Facts about #graphic-one's shadow root, read in the page. */
function shadowFacts(page: Page) {
  return page.evaluate(() => {
    const host = document.getElementById('graphic-one')!;
    const shadow = host.shadowRoot!;
    const timeline = shadow.querySelector('[data-fp="timeline"]');
    return {
      lightChildren: host.children.length,
      timelines: shadow.querySelectorAll('[data-fp="timeline"]').length,
      lang: timeline?.getAttribute('lang') ?? null,
      theme: timeline?.getAttribute('data-fp-theme') ?? null,
      background: timeline ? getComputedStyle(timeline).backgroundColor : null,
      shadowSheets: shadow.adoptedStyleSheets.length,
      documentSheets: document.adoptedStyleSheets.length,
      pressed: shadow.querySelectorAll('[aria-pressed="true"]').length,
    };
  });
}

describe('<flashpoint-timeline>', () => {
  const browser = useEmbedBrowser();

  it('renders in an open shadow root, styled there, in the host page font', async () => {
    const { page, pageErrors, consoleErrors } = await browser.open();
    await page.goto(`${browser.origin}/examples/custom-element.html`);
    await page.waitForSelector(`#graphic-one ${MARK}`);
    await page.waitForSelector(`#graphic-two ${MARK}`);

    const facts = await shadowFacts(page);
    expect(facts).toMatchObject({ lightChildren: 0, timelines: 1, lang: 'en-GB', theme: 'light' });
    // Its host sheet and styles.css, in the shadow root; the page's own list of sheets untouched.
    expect(facts.shadowSheets).toBe(2);
    expect(facts.documentSheets).toBe(0);

    const fonts = await page.evaluate(() => {
      const shadow = document.getElementById('graphic-one')!.shadowRoot!;
      return {
        page: getComputedStyle(document.body).fontFamily,
        host: getComputedStyle(document.getElementById('graphic-one')!).display,
        timeline: getComputedStyle(shadow.querySelector('[data-fp="timeline"]')!).fontFamily,
        title: getComputedStyle(shadow.querySelector('[data-fp="timeline"] h2')!).fontFamily,
        button: getComputedStyle(shadow.querySelector('[data-fp="timeline"] button')!).fontFamily,
      };
    });
    expect(fonts.page).toContain('Georgia');
    expect(fonts).toEqual({
      page: fonts.page,
      host: 'block',
      timeline: fonts.page,
      title: fonts.page,
      button: fonts.page,
    });

    // The second element, with its own theme and language.
    const second = await page.evaluate(() => {
      const timeline = document.getElementById('graphic-two')!.shadowRoot!.querySelector('[data-fp="timeline"]')!;
      return { lang: timeline.getAttribute('lang'), theme: timeline.getAttribute('data-fp-theme') };
    });
    expect(second).toEqual({ lang: 'es-ES', theme: 'dark' });
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('follows attribute changes without reloading its data, and keeps its state', async () => {
    const { page, pageErrors } = await browser.open();
    const datasetRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('escalation2023.generated.json')) datasetRequests.push(request.url());
    });
    await page.goto(`${browser.origin}/examples/custom-element.html`);
    await page.waitForSelector(`#graphic-one ${MARK}`);
    await page.waitForSelector(`#graphic-two ${MARK}`);
    expect(datasetRequests).toHaveLength(2);
    await page.locator(`#graphic-one ${MARK}`).first().click();
    const lightBackground = (await shadowFacts(page)).background;

    // The page's own buttons set the attributes.
    await page.click('#switch-theme');
    await page.waitForFunction(
      () =>
        document
          .getElementById('graphic-one')!
          .shadowRoot!.querySelector('[data-fp="timeline"]')!
          .getAttribute('data-fp-theme') === 'dark',
    );
    await page.click('#switch-locale');
    await page.waitForFunction(
      () =>
        document
          .getElementById('graphic-one')!
          .shadowRoot!.querySelector('[data-fp="timeline"]')!
          .getAttribute('lang') === 'fr-FR',
    );
    const facts = await shadowFacts(page);
    expect(facts.background).not.toBe(lightBackground);
    expect(facts.pressed).toBe(1);
    expect(datasetRequests).toHaveLength(2);

    // Several attributes in one go make one update; removing one returns it to its default.
    await page.evaluate(() => {
      const host = document.getElementById('graphic-one')!;
      host.removeAttribute('theme');
      host.setAttribute('locale', 'de-DE');
      host.setAttribute('show-filters', '');
    });
    await page.waitForSelector('#graphic-one [data-fp="filter-bar"]');
    expect(await shadowFacts(page)).toMatchObject({ lang: 'de-DE', theme: null });

    // A new src is fetched.
    await page.evaluate(
      (src) => document.getElementById('graphic-one')!.setAttribute('src', `${src}?again`),
      DATASET_PATH,
    );
    await page.waitForFunction(() =>
      document.getElementById('graphic-one')!.shadowRoot!.querySelector('[data-fp="timeline"]'),
    );
    await expect.poll(() => datasetRequests.length).toBe(3);
    expect(pageErrors).toEqual([]);
  });

  it('a theme object (element.options) is styled inside the shadow root, not in the document', async () => {
    const { page, pageErrors } = await browser.open();
    await page.goto(`${browser.origin}/examples/custom-element.html`);
    await page.waitForSelector(`#graphic-one ${MARK}`);
    await page.evaluate(() => {
      const host = document.getElementById('graphic-one') as HTMLElement & { options: object };
      host.options = { theme: { colors: { background: '#102030' }, categories: {}, font: {} } };
    });
    await page.waitForFunction(() => {
      const timeline = document.getElementById('graphic-one')!.shadowRoot!.querySelector('[data-fp="timeline"]')!;
      return getComputedStyle(timeline).backgroundColor === 'rgb(16, 32, 48)';
    });
    const facts = await shadowFacts(page);
    expect(facts.shadowSheets).toBe(3);
    expect(facts.documentSheets).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('moved within the page it keeps its graphic; taken out it destroys it; put back it mounts again', async () => {
    const { page, pageErrors } = await browser.open();
    await page.goto(`${browser.origin}/examples/custom-element.html`);
    await page.waitForSelector(`#graphic-one ${MARK}`);
    await page.locator(`#graphic-one ${MARK}`).first().click();

    const moved = await page.evaluate(async () => {
      const host = document.getElementById('graphic-one')!;
      const timeline = host.shadowRoot!.querySelector('[data-fp="timeline"]');
      document.querySelector('main')!.append(host);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return timeline === host.shadowRoot!.querySelector('[data-fp="timeline"]') && timeline!.isConnected;
    });
    expect(moved).toBe(true);
    expect((await shadowFacts(page)).pressed).toBe(1);

    const removed = await page.evaluate(async () => {
      const host = document.getElementById('graphic-one')!;
      host.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const shadow = host.shadowRoot!;
      const result = {
        embeds: shadow.querySelectorAll('[data-fp="embed"]').length,
        sheets: shadow.adoptedStyleSheets.length,
      };
      document.querySelector('main')!.append(host);
      return result;
    });
    // Only the host sheet (display: block) stays with the element; styles.css left with the embed.
    expect(removed).toEqual({ embeds: 0, sheets: 1 });
    await page.waitForSelector(`#graphic-one ${MARK}`);
    expect((await shadowFacts(page)).pressed).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('narrow, its cards are walked with the arrow keys inside the shadow root', async () => {
    const { page, pageErrors } = await browser.open();
    await openHtml(
      page,
      browser.origin,
      `<main style="width: 360px"><flashpoint-timeline id="narrow" src="${DATASET_PATH}"></flashpoint-timeline></main>
       <script src="${EMBED_SCRIPT_PATH}"></script>`,
    );
    const cards = page.locator('#narrow .fp-vertical__card');
    await cards.first().waitFor();
    await cards.first().focus();
    await page.keyboard.press('ArrowDown');
    // Found by id in the shadow root, not the document (which cannot see into it).
    const focused = await page.evaluate(() => {
      const shadow = document.getElementById('narrow')!.shadowRoot!;
      const cardsInShadow = [...shadow.querySelectorAll('.fp-vertical__card')];
      return cardsInShadow.indexOf(shadow.activeElement!);
    });
    expect(focused).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
