import { describe, expect, it } from 'vitest';
import { renderStaticSvg } from '../../src/static/index';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import { createTheme } from '../../src/theme/createTheme';
import { dark } from '../../src/theme/presets/dark';
import { light } from '../../src/theme/presets/light';
import { event, fixtureDataset } from '../react/eventListFixture';
import { drawnEventIds, parseXml, styleText } from './staticSvgDom';

const HOSTILE = '</style><script>alert(1)</script>';

describe('renderStaticSvg(dataset) — the article picture', () => {
  const svg = renderStaticSvg(escalation2023);
  const document = parseXml(svg);
  const root = document.documentElement;

  it('is a well-formed SVG document', () => {
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.localName).toBe('svg');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('is 720 px wide by default, as tall as its content, with a matching viewBox', () => {
    const height = Number(root.getAttribute('height'));
    expect(root.getAttribute('width')).toBe('720');
    expect(root.getAttribute('viewBox')).toBe(`0 0 720 ${height}`);
    // Nine actor lanes of 56 px, the axis, the title, the note and the key.
    expect(height).toBeGreaterThan(9 * 56 + 100);
    const plot = document.querySelector('svg.fp-plot')!;
    expect(Number(plot.getAttribute('y')) + Number(plot.getAttribute('height'))).toBeLessThan(height);
  });

  it('is an accessible image: role="img", a <title> and a <desc> it is labelled and described by', () => {
    expect(root.getAttribute('role')).toBe('img');
    const title = root.querySelector(':scope > title')!;
    const desc = root.querySelector(':scope > desc')!;
    expect(title.textContent).toBe(escalation2023.title);
    expect(desc.textContent).toMatch(/^Showing all 33 events, 7 October 2023 – 7 February 2024\. Times are local/);
    expect(root.getAttribute('aria-labelledby')).toBe(title.getAttribute('id'));
    expect(root.getAttribute('aria-describedby')).toBe(desc.getAttribute('id'));
    expect(root.getAttribute('lang')).toBe('en-GB');
  });

  it('carries the Flashpoint root class and data-fp, so the scoped rules match', () => {
    expect(root.getAttribute('class')!.split(' ')).toEqual(expect.arrayContaining(['fp-root', 'fp-timeline']));
    expect(root.getAttribute('data-fp')).toBe('static-timeline');
  });

  it('draws every event: as a mark (data-event-id) or inside a cluster (data-event-ids)', () => {
    const drawn = drawnEventIds(document);
    for (const { id } of escalation2023.events) expect(drawn, id).toContain(id);
    expect(document.querySelectorAll('.fp-mark[data-event-id]').length).toBeGreaterThan(15);
  });

  it('writes the title, the note on time zones and a key with every category used', () => {
    const texts = [...document.querySelectorAll('.fp-static__title')].map((t) => t.textContent).join(' ');
    expect(texts).toBe(escalation2023.title);
    expect(document.querySelector('.fp-static__note')!.textContent).toContain('Baghdad time (GMT+3)');
    const keyed = [...document.querySelectorAll('.fp-static__key-entry')].map((e) => e.getAttribute('data-category'));
    expect(keyed).toEqual(['attack', 'strike', 'diplomacy', 'statement', 'context']);
    expect(document.querySelector('.fp-static__credit')!.textContent).toContain('Flashpoint');
  });

  it('has its styles inside: scoped rules with the theme’s literal values, no var()', () => {
    const css = styleText(document);
    expect(css).toContain('.fp-timeline .fp-mark__symbol');
    expect(css).toMatch(/\.fp-timeline \.fp-mark__symbol \{[^}]*fill: currentColor/);
    expect(css).toContain(`.fp-static [data-category='attack'] {\n  color: ${light.colors.categoryAttack};`);
    expect(css).not.toContain('var(');
    expect(css).not.toContain('@media');
    // Every selector starts at a Flashpoint root or class: nothing reaches outside the picture when inlined.
    const selectors = [...css.matchAll(/(?:^|\})\s*([^{}]+)\{/g)].flatMap((m) => m[1]!.split(','));
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector.trim()).toMatch(/^\.fp-/);
  });

  it('leaves out rules for parts a picture does not have (the toolbar, the list, hover and focus)', () => {
    const css = styleText(document);
    expect(css).not.toContain('.fp-button');
    expect(css).not.toContain('.fp-event-list');
    expect(css).not.toMatch(/:focus|:hover/);
    expect(css.length).toBeLessThan(12_000);
  });

  it('has no script, no event handler attribute and no javascript: URL', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/javascript:/i);
    expect(document.querySelectorAll('[href], a').length).toBe(0);
  });

  it('gives the same string for the same input, and other ids for another dataset', () => {
    expect(renderStaticSvg(escalation2023)).toBe(svg);
    const other = renderStaticSvg({ ...escalation2023, title: 'Another' });
    const idOf = (text: string) => /aria-labelledby="([^"]+)"/.exec(text)![1];
    expect(idOf(other)).not.toBe(idOf(svg));
  });
});

describe('renderStaticSvg(dataset, { size: "social" })', () => {
  const document = parseXml(renderStaticSvg(escalation2023, { size: 'social' }));
  const root = document.documentElement;

  it('is exactly 1200 × 630', () => {
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('height')).toBe('630');
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 630');
    expect(root.getAttribute('data-size')).toBe('social');
  });

  it('puts the title large, and everything inside the card', () => {
    const title = document.querySelector('.fp-static__title')!;
    expect(Number(title.getAttribute('font-size'))).toBeGreaterThanOrEqual(40);
    const plot = document.querySelector('svg.fp-plot')!;
    const bottom = Number(plot.getAttribute('y')) + Number(plot.getAttribute('height'));
    expect(bottom).toBeLessThanOrEqual(630);
    for (const text of document.querySelectorAll('.fp-static__header text, .fp-static__footer text')) {
      expect(Number(text.getAttribute('y'))).toBeGreaterThan(0);
      expect(Number(text.getAttribute('y'))).toBeLessThan(630);
    }
    expect(Number(document.querySelector('.fp-static__note')!.getAttribute('y'))).toBeGreaterThan(bottom);
  });

  it('draws the plot larger than the article does, with fewer labels', () => {
    const plot = document.querySelector('svg.fp-plot')!;
    const [, , viewWidth] = plot.getAttribute('viewBox')!.split(' ').map(Number);
    expect(Number(plot.getAttribute('width')) / viewWidth!).toBeGreaterThanOrEqual(1.1);
    const article = parseXml(renderStaticSvg(escalation2023, { width: 1200 }));
    expect(document.querySelectorAll('.fp-mark-label').length).toBeLessThan(
      article.querySelectorAll('.fp-mark-label').length,
    );
  });

  it('still draws every event', () => {
    const drawn = drawnEventIds(document);
    for (const { id } of escalation2023.events) expect(drawn).toContain(id);
  });

  it('fits a large dataset in 1200 × 630 too', () => {
    const big = parseXml(renderStaticSvg(generateDataset({ count: 400, seed: 3 }), { size: 'social' }));
    expect(big.documentElement.getAttribute('height')).toBe('630');
    const plot = big.querySelector('svg.fp-plot')!;
    expect(Number(plot.getAttribute('y')) + Number(plot.getAttribute('height'))).toBeLessThanOrEqual(630);
  });
});

describe('renderStaticSvg options', () => {
  it('takes a width for the article size, and grows with the lanes', () => {
    const narrow = parseXml(renderStaticSvg(escalation2023, { width: 480 })).documentElement;
    expect(narrow.getAttribute('width')).toBe('480');
    const oneActor = fixtureDataset([
      event({ id: 'a', start: '2023-10-20', title: 'A', actors: ['us'] }),
      event({ id: 'b', start: '2023-10-25', title: 'B', actors: ['us'] }),
    ]);
    const threeActors = fixtureDataset([
      event({ id: 'a', start: '2023-10-20', title: 'A', actors: ['us'] }),
      event({ id: 'b', start: '2023-10-25', title: 'B', actors: ['kh'] }),
      event({ id: 'c', start: '2023-10-28', title: 'C', actors: ['irq-militia'] }),
    ]);
    const height = (svg: string) => Number(parseXml(svg).documentElement.getAttribute('height'));
    expect(height(renderStaticSvg(threeActors))).toBeGreaterThan(height(renderStaticSvg(oneActor)) + 100);
  });

  it('refuses a size or width it cannot draw, saying which values it takes', () => {
    expect(() => renderStaticSvg(escalation2023, { size: 'poster' as 'social' })).toThrow(
      'renderStaticSvg: size must be "article" or "social" (got "poster")',
    );
    expect(() => renderStaticSvg(escalation2023, { width: 100 })).toThrow(/width must be a number of pixels from 240/);
    expect(() => renderStaticSvg(escalation2023, { width: Number.NaN })).toThrow(RangeError);
    expect(() => renderStaticSvg({ events: 'x' } as never)).toThrow(/pass a validated dataset/);
  });

  it('writes a preset’s values (dark) and names it on the root', () => {
    const document = parseXml(renderStaticSvg(escalation2023, { theme: 'dark' }));
    expect(document.documentElement.getAttribute('data-fp-theme')).toBe('dark');
    const css = styleText(document);
    expect(css).toContain(`.fp-static .fp-static__background {\n  fill: ${dark.colors.background};`);
    expect(css).toContain(`color: ${dark.colors.categoryStrike};`);
  });

  it('writes a theme object’s values, and a category it adds gets its colour', () => {
    const theme = createTheme({
      name: 'paper',
      colors: { background: '#fdf6e3' },
      categories: { ceasefire: { color: '#00607a' } },
    });
    const dataset = fixtureDataset([
      event({ id: 'truce', start: '2023-11-24', title: 'Truce', category: 'ceasefire' }),
    ]);
    const css = styleText(parseXml(renderStaticSvg(dataset, { theme })));
    expect(css).toContain('fill: #fdf6e3;');
    expect(css).toContain(".fp-static [data-category='ceasefire'] {\n  color: #00607a;");
  });

  it('refuses a theme name that is not a preset (its CSS would not be in the picture)', () => {
    expect(() => renderStaticSvg(escalation2023, { theme: 'houseStyle' })).toThrow(/not a preset.*createTheme/);
  });

  it('speaks the locale: Arabic words, lang="ar", text laid out from the right', () => {
    const document = parseXml(renderStaticSvg(escalation2023, { locale: 'ar' }));
    const root = document.documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(document.querySelector('.fp-static__header')!.getAttribute('direction')).toBe('rtl');
    expect(document.querySelector('.fp-static__note')!.textContent).toMatch(/[\u0600-\u06ff]/);
    expect(Number(document.querySelector('.fp-static__title')!.getAttribute('x'))).toBe(720 - 16);
    const labels = [...document.querySelectorAll('.fp-static__key-label')].map((t) => t.textContent);
    expect(labels).toContain('هجوم');
  });

  it('runs time right to left on request, and shows the axis in the zone asked for', () => {
    const document = parseXml(renderStaticSvg(escalation2023, { axisDirection: 'rtl', timeZone: 'UTC' }));
    expect(document.querySelector('svg.fp-plot')!.getAttribute('data-axis-direction')).toBe('rtl');
    expect(document.querySelector('.fp-static__note')!.textContent).toMatch(/UTC/);
  });

  it('escapes text from the data: a hostile title or label stays text', () => {
    const dataset = fixtureDataset([
      event({ id: 'x', start: '2023-10-20', title: HOSTILE, significance: 5 }),
      event({ id: 'y', start: '2023-11-20', title: 'B & <C>' }),
    ]);
    const svg = renderStaticSvg({ ...dataset, title: HOSTILE, credit: '<img src=x onerror=alert(1)>' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/<img/i);
    const document = parseXml(svg);
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(document.querySelector('.fp-static__credit')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('title')!.textContent).toBe(HOSTILE);
    expect(document.getElementsByTagName('script').length).toBe(0);
    expect(document.getElementsByTagName('style').length).toBe(1);
    expect(document.querySelector('.fp-mark[data-event-id="x"]')!.getAttribute('aria-label')).toBe(HOSTILE);
  });

  it('draws a dataset with no dated event (the axis alone) without throwing', () => {
    const document = parseXml(renderStaticSvg(fixtureDataset([])));
    expect(document.querySelectorAll('.fp-mark').length).toBe(0);
    expect(document.querySelector('.fp-axis')).not.toBeNull();
  });
});
