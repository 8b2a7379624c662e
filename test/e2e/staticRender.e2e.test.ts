// flashpoint/static in Chromium: the SVG and the HTML page written to files, served and opened as documents of
// their own (as an image viewer, a link preview or a browser would), then measured and photographed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { renderStaticHtml, renderStaticSvg, type StaticSvgOptions } from '../../src/static/index';
import { staticSvgDocument } from '../../src/static/renderStaticSvg';
import { escalation2023 } from '../../src/datasets/index';
import { createTheme } from '../../src/theme/createTheme';
import { dark } from '../../src/theme/presets/dark';
import { pngSize } from '../../src/cli/pngSize';
import { launchChromium } from './launchChromium';
import { startStaticServer, type StaticServer } from './staticServer';

const SHOTS = resolve(import.meta.dirname, '__screenshots__');
const FILES = resolve(SHOTS, 'static');
const URL_PATH = '/test/e2e/__screenshots__/static';

/** A custom category, to check that a colour the stylesheet does not name still reaches its marks. */
const withCeasefire = {
  ...escalation2023,
  events: escalation2023.events.map((event, i) => (i % 5 === 0 ? { ...event, category: 'ceasefire' } : event)),
};
const paper = createTheme({ name: 'paper', categories: { ceasefire: { color: '#00607a' } } });

const PICTURES: Record<string, string> = {
  'article.svg': renderStaticSvg(escalation2023),
  'social.svg': renderStaticSvg(escalation2023, { size: 'social' }),
  'social-ar.svg': renderStaticSvg(escalation2023, { size: 'social', locale: 'ar' }),
  'list.html': renderStaticHtml(escalation2023),
  'list-dark-ar.html': renderStaticHtml(escalation2023, { theme: 'dark', locale: 'ar' }),
};
/** Each picture twice: with the theme's values written out, and with the stylesheet's var()s kept. */
const PAIRS: [string, typeof escalation2023, StaticSvgOptions][] = [
  ['light', escalation2023, {}],
  ['dark-social', escalation2023, { theme: 'dark', size: 'social' }],
  ['paper-rtl', withCeasefire, { theme: paper, axisDirection: 'rtl', locale: 'he' }],
];
for (const [name, dataset, options] of PAIRS) {
  PICTURES[`${name}-resolved.svg`] = staticSvgDocument(dataset, options, { resolveVariables: true });
  PICTURES[`${name}-vars.svg`] = staticSvgDocument(dataset, options, { resolveVariables: false });
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(FILES, { recursive: true });
  for (const [name, text] of Object.entries(PICTURES)) writeFileSync(resolve(FILES, name), text);
  server = await startStaticServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a written file as a document of its own; fails on any error the page reports. */
async function open(name: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  const response = await page.goto(`${server.origin}${URL_PATH}/${name}`);
  expect(response?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(errors).toEqual([]);
  return page;
}

interface Painted {
  fill: string;
  width: number;
  height: number;
}

/** Each mark's symbol as drawn: its computed fill and its box on screen. */
function paintedSymbols(page: Page): Promise<Painted[]> {
  return page.$$eval('.fp-mark__symbol', (symbols) =>
    symbols.map((symbol) => {
      const box = symbol.getBoundingClientRect();
      return { fill: getComputedStyle(symbol).fill, width: box.width, height: box.height };
    }),
  );
}

describe('the static SVG in Chromium', () => {
  it('opens as an SVG document whose marks, labels and title are drawn', async () => {
    const page = await open('article.svg');
    expect(await page.evaluate(() => document.contentType)).toBe('image/svg+xml');
    const symbols = await paintedSymbols(page);
    expect(symbols.length).toBeGreaterThan(15);
    for (const symbol of symbols) {
      expect(symbol.fill).not.toBe('none');
      expect(symbol.fill).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(symbol.width).toBeGreaterThan(4);
      expect(symbol.height).toBeGreaterThan(4);
    }
    // Different categories, different colours: the category colours reached the marks.
    expect(new Set(symbols.map((symbol) => symbol.fill)).size).toBeGreaterThanOrEqual(4);
    const title = await page.$eval('.fp-static__title', (text) => text.getBoundingClientRect().width);
    expect(title).toBeGreaterThan(200);
    const labels = await page.$$eval('.fp-mark-label', (texts) => texts.map((t) => t.getBoundingClientRect().width));
    expect(labels.every((width) => width > 10)).toBe(true);
    // The fonts are the system's sans-serif, not the serif a standalone SVG falls back to.
    const family = await page.$eval('.fp-static__title', (text) => getComputedStyle(text).fontFamily);
    expect(family).toMatch(/^system-ui/);
    await page.close();
  });

  it('draws the social card at 1200 × 630 with every line of text inside its margins (photographed)', async () => {
    const page = await open('social.svg', { width: 1200, height: 630 });
    const lines = await page.$$eval('.fp-static__header text, .fp-static__footer text', (texts) =>
      texts.map((t) => {
        const box = t.getBoundingClientRect();
        return { text: t.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    );
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      expect(line.left, line.text!).toBeGreaterThanOrEqual(48 - 1);
      expect(line.right, line.text!).toBeLessThanOrEqual(1200 - 48 + 1);
      expect(line.top).toBeGreaterThan(0);
      expect(line.bottom).toBeLessThanOrEqual(630);
    }
    const titleSize = await page.$eval('.fp-static__title', (t) => getComputedStyle(t).fontSize);
    expect(titleSize).toBe('44px');
    for (const symbol of await paintedSymbols(page)) expect(symbol.width).toBeGreaterThan(6);
    const png = await page.screenshot({ path: resolve(SHOTS, 'static-social.png') });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    await page.close();
  });

  it('draws Arabic from the right, shaped by Chromium (photographed)', async () => {
    const page = await open('social-ar.svg', { width: 1200, height: 630 });
    const subtitle = await page.$eval('.fp-static__subtitle', (t) => {
      const box = t.getBoundingClientRect();
      return { right: box.right, left: box.left, text: t.textContent };
    });
    expect(subtitle.text).toMatch(/[\u0600-\u06ff]/);
    expect(subtitle.right).toBeGreaterThan(1200 - 48 - 4);
    expect(subtitle.left).toBeGreaterThan(48);
    // Letters joined into one word are drawn in other forms than the same letters kept apart by U+200C (which only
    // stops joining): the widths differ only if Chromium shapes the text.
    const [joined, apart] = await page.$eval('.fp-static__key-label', (text) => {
      const measure = (content: string) => {
        const probe = text.cloneNode() as SVGTextElement;
        probe.textContent = content;
        text.parentNode!.appendChild(probe);
        const width = probe.getComputedTextLength();
        probe.remove();
        return width;
      };
      const word = text.textContent!;
      return [measure(word), measure([...word].join('\u200c'))];
    });
    expect(Math.abs(joined - apart)).toBeGreaterThan(0.5);
    await page.screenshot({ path: resolve(SHOTS, 'static-social-ar.png') });
    await page.close();
  });

  it.each(PAIRS.map(([name]) => [name]))(
    '%s: writing the theme’s values out changes nothing on screen (same computed paint and type as with var())',
    async (name) => {
      const computed = async (file: string) => {
        const page = await open(file);
        // Everything drawn (title, desc and style draw nothing).
        const styles = await page.$$eval('svg *:not(title, desc, style)', (elements) =>
          elements.map((element) => {
            const style = getComputedStyle(element);
            const props = ['fill', 'stroke', 'stroke-width', 'opacity', 'fill-opacity', 'stroke-opacity'] as const;
            const paint = props.map((prop) => style.getPropertyValue(prop));
            const type = ['font-size', 'font-weight', 'font-family', 'font-style', 'text-transform'].map((prop) =>
              style.getPropertyValue(prop),
            );
            return `${element.tagName}.${element.getAttribute('class') ?? ''} ${[...paint, ...type].join(' | ')}`;
          }),
        );
        await page.close();
        return styles;
      };
      const resolved = await computed(`${name}-resolved.svg`);
      const withVars = await computed(`${name}-vars.svg`);
      expect(resolved.length).toBeGreaterThan(100);
      const differ = resolved.flatMap((line, i) =>
        line === withVars[i] ? [] : [`${line}\n  with var(): ${withVars[i]}`],
      );
      expect(differ.slice(0, 3)).toEqual([]);
      expect(resolved).toEqual(withVars);
    },
  );

  it('colours a category the theme adds (paper: ceasefire) on its marks', async () => {
    const page = await open('paper-rtl-resolved.svg');
    const fills = await page.$$eval('[data-category="ceasefire"] .fp-mark__symbol', (symbols) =>
      symbols.map((symbol) => getComputedStyle(symbol).fill),
    );
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(fill).toBe('rgb(0, 96, 122)');
    await page.close();
  });
});

describe('the static HTML page in Chromium', () => {
  it('shows every event with the system fonts', async () => {
    const page = await open('list.html', { width: 800, height: 900 });
    const boxes = await page.$$eval('ol[data-fp="event-list"] > li', (items) =>
      items.map((item) => item.getBoundingClientRect().height),
    );
    expect(boxes).toHaveLength(escalation2023.events.length);
    for (const height of boxes) expect(height).toBeGreaterThan(20);
    const family = await page.$eval('.fp-event__title', (title) => getComputedStyle(title).fontFamily);
    expect(family).toMatch(/^system-ui/);
    await page.close();
  });

  it('is dark to the edges of the page with the dark theme, and right to left in Arabic', async () => {
    const page = await open('list-dark-ar.html', { width: 800, height: 900 });
    const { background, direction, text } = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      direction: getComputedStyle(document.querySelector('ol')!).direction,
      text: getComputedStyle(document.querySelector('.fp-event__title')!).color,
    }));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(background).toBe(rgb(dark.colors.background));
    expect(text).toBe(rgb(dark.colors.text));
    expect(direction).toBe('rtl');
    await page.screenshot({ path: resolve(SHOTS, 'static-list-dark-ar.png') });
    await page.close();
  });
});

it('leaves the files it loaded where they can be looked at', () => {
  expect(readFileSync(resolve(FILES, 'social.svg'), 'utf8')).toBe(PICTURES['social.svg']);
});
