import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStaticHtml } from '../../src/static/index';
import { escalation2023 } from '../../src/datasets/index';
import { createTheme } from '../../src/theme/createTheme';
import { event, fixtureDataset } from '../react/eventListFixture';
import { parseHtml } from './staticSvgDom';

const STYLES = readFileSync(resolve(__dirname, '../../src/theme/styles.css'), 'utf8');
const HOSTILE = '</style><script>alert(1)</script>';

describe('renderStaticHtml(dataset) — a whole page', () => {
  const html = renderStaticHtml(escalation2023);
  const document = parseHtml(html);

  it('is an HTML document with a charset, the language and direction, and the title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(document.title).toBe(escalation2023.title);
    expect(document.querySelector('h1')!.textContent).toBe(escalation2023.title);
  });

  it('lists every event, in one ordered list, none held back behind "Show more"', () => {
    const list = document.querySelector('ol[data-fp="event-list"]')!;
    const ids = [...list.querySelectorAll(':scope > li[data-event-id]')].map((li) => li.getAttribute('data-event-id'));
    expect(ids).toHaveLength(escalation2023.events.length);
    expect(new Set(ids)).toEqual(new Set(escalation2023.events.map((e) => e.id)));
    expect(document.querySelector('.fp-event-list__more')).toBeNull();
    expect(document.querySelector('.fp-credits')).not.toBeNull();
  });

  it('carries the stylesheet it needs inside one <style>, not the whole of styles.css', () => {
    const styles = [...document.querySelectorAll('style')];
    expect(styles).toHaveLength(1);
    const css = styles[0]!.textContent!;
    expect(css).toContain('.fp-event-list');
    expect(css).toContain('--fp-color-text:');
    expect(css).not.toContain('.fp-timeline .fp-mark__symbol');
    expect(css.length).toBeLessThan(STYLES.length / 2);
  });

  it('has no script, no event handler attribute, and only http(s) links that open nothing with the page', () => {
    expect(html).not.toMatch(/<script/i);
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(html).not.toMatch(/style="/);
    const external = [...document.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
    expect(external.length).toBeGreaterThan(10);
    for (const link of external) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it('gives the same string for the same input', () => {
    expect(renderStaticHtml(escalation2023)).toBe(html);
  });
});

describe('renderStaticHtml options', () => {
  it('sets lang and dir from the locale: Arabic runs right to left', () => {
    const html = renderStaticHtml(escalation2023, { locale: 'ar' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    const document = parseHtml(html);
    expect(document.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('.fp-credits')!.textContent).toMatch(/[\u0600-\u06ff]/);
  });

  it('gives only the fragment, without any style, with document: false', () => {
    const html = renderStaticHtml(escalation2023, { document: false });
    expect(html.startsWith('<article class="fp-root fp-static-page"')).toBe(true);
    expect(html).not.toMatch(/<html|<head|<style|<!DOCTYPE/i);
    expect(html.match(/data-event-id="/g)!.length).toBeGreaterThanOrEqual(escalation2023.events.length);
    expect(parseHtml(html).querySelector('h2')!.textContent).toBe(escalation2023.title);
  });

  it('lists the problems found in the data after the events', () => {
    const issues = [{ path: 'events[3].start', message: 'not a date <b>' }];
    const document = parseHtml(renderStaticHtml(escalation2023, { issues }));
    const list = document.querySelector('[data-fp="dataset-issues"]')!;
    expect(list.textContent).toContain('events[3].start');
    expect(list.textContent).toContain('not a date <b>');
    expect(list.querySelector('b')).toBeNull();
    expect(parseHtml(renderStaticHtml(escalation2023)).querySelector('[data-fp="dataset-issues"]')).toBeNull();
  });

  it('puts a preset on the page and keeps its rules; a theme object brings its own', () => {
    const dark = parseHtml(renderStaticHtml(escalation2023, { theme: 'dark' }));
    expect(dark.body.getAttribute('data-fp-theme')).toBe('dark');
    expect(dark.querySelector('style')!.textContent).toContain("[data-fp-theme='dark']");
    expect(dark.querySelector('style')!.textContent).not.toContain("[data-fp-theme='wire']");
    const theme = createTheme({ name: 'paper', colors: { background: '#fdf6e3' } });
    const paper = parseHtml(renderStaticHtml(escalation2023, { theme }));
    const name = paper.body.getAttribute('data-fp-theme')!;
    expect(name).toMatch(/^fp-theme-/);
    expect(paper.querySelector('style')!.textContent).toContain(`[data-fp-theme='${name}']`);
    expect(paper.querySelector('style')!.textContent).toContain('#fdf6e3');
  });

  it('escapes text from the data, and writes no link that is not http(s)', () => {
    const base = fixtureDataset([event({ id: 'x', start: '2023-10-20', title: HOSTILE, sources: ['bad'] })]);
    const dataset = {
      ...base,
      title: HOSTILE,
      sources: [...base.sources, { id: 'bad', outlet: 'Bad', url: 'javascript:alert(1)' }],
    };
    const html = renderStaticHtml(dataset);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/javascript:/i);
    const document = parseHtml(html);
    expect(document.title).toBe(HOSTILE);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('[data-event-id="x"] .fp-event__title')!.textContent).toBe(HOSTILE);
  });

  it('refuses a theme name that is not a preset, and data that was not validated', () => {
    expect(() => renderStaticHtml(escalation2023, { theme: 'houseStyle' })).toThrow(/renderStaticHtml: .*not a preset/);
    expect(() => renderStaticHtml(null as never)).toThrow(/pass a validated dataset/);
  });
});
