import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { EventList, Legend, Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { CATEGORY_SHAPES, createTheme, presetTheme, THEME_NAMES, themes, type Theme } from '../../src/theme/index';
import type { Dataset } from '../../src/schema/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// Issue 7: the theme prop in a real browser. Names select presets from styles.css; theme objects add their
// own rules through a constructable stylesheet; nested graphics keep their own themes.

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 120));
  });
}

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ colorScheme: null });
});

/** `#0b6e4f` → `rgb(11, 110, 79)`, as getComputedStyle writes colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const token = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim().toLowerCase();
const fonts = (family: string) =>
  family
    .replace(/["']/g, '')
    .replace(/\s*,\s*/g, ',')
    .trim();

/** The outermost component root of that kind under `host`. */
function rootOf(host: Element, fp: string): HTMLElement {
  const found = [...host.querySelectorAll<HTMLElement>(`[data-fp="${fp}"]`)].find(
    (element) => !element.parentElement?.closest('[data-fp]'),
  );
  if (!found) throw new Error(`no ${fp} root`);
  return found;
}

/** Asserts the root draws with this theme's colours (the token and the painted background and text). */
function expectColours(root: Element, theme: Theme, what: string): void {
  expect(token(root, '--fp-color-background'), what).toBe(theme.colors.background.toLowerCase());
  expect(getComputedStyle(root).backgroundColor, what).toBe(rgb(theme.colors.background));
  expect(getComputedStyle(root).color, what).toBe(rgb(theme.colors.text));
}

/** A root of its own, so one graphic can be unmounted while another stays. */
async function mountAlone(element: ReactElement): Promise<{ host: HTMLElement; unmount: () => void }> {
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return {
    host,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

const sheetsWith = (text: string) =>
  document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(text)));

const ceasefire = createTheme({
  categories: { ceasefire: { color: '#0b6e4f', shape: CATEGORY_SHAPES.hexagon } },
});

function ceasefireDataset(): Dataset {
  return {
    ...escalation2023,
    categories: [...escalation2023.categories, { id: 'ceasefire', label: 'Ceasefire' }],
    events: [
      ...escalation2023.events,
      {
        ...escalation2023.events[0]!,
        id: 'truce-begins',
        title: 'Truce begins',
        category: 'ceasefire',
        related: [],
        start: '2023-11-24T07:00:00+02:00',
      },
    ],
  };
}

describe('theme objects (constructable stylesheet)', () => {
  it('paint the root in their colours and font, and leave with the last graphic that uses them', async () => {
    await page.viewport(1000, 900);
    const theme = createTheme({
      colors: { background: '#fdf6e3', surface: '#f3ead2', text: '#1d1d1b' },
      font: { family: 'Georgia, serif' },
    });
    const before = document.adoptedStyleSheets.length;
    const first = await mountAlone(<Timeline dataset={escalation2023} locale="en-GB" theme={theme} />);
    const name = rootOf(first.host, 'timeline').getAttribute('data-fp-theme')!;
    expect(name).toMatch(/^fp-theme-/);
    expectColours(rootOf(first.host, 'timeline'), theme, 'timeline');
    expect(fonts(getComputedStyle(rootOf(first.host, 'timeline')).fontFamily)).toBe('Georgia,serif');
    expect(sheetsWith(name)).toHaveLength(1);

    // The same theme object on a second graphic: the same sheet, not a second one.
    const second = await mountAlone(<EventList dataset={escalation2023} locale="en-GB" theme={theme} />);
    expect(rootOf(second.host, 'event-list').getAttribute('data-fp-theme')).toBe(name);
    expectColours(rootOf(second.host, 'event-list'), theme, 'event list');
    expect(sheetsWith(name)).toHaveLength(1);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);

    first.unmount();
    expect(sheetsWith(name)).toHaveLength(1);
    expectColours(rootOf(second.host, 'event-list'), theme, 'event list after the timeline left');
    second.unmount();
    expect(sheetsWith(name)).toHaveLength(0);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('give an added category its colour on marks, legend, list and intensity bars', async () => {
    await page.viewport(1000, 900);
    const host = await mountInBrowser(
      <Timeline dataset={ceasefireDataset()} locale="en-GB" theme={ceasefire} showIntensity />,
      {
        width: 960,
      },
    );
    await settle();
    const colour = rgb('#0b6e4f');
    const symbol = host.querySelector('.fp-mark[data-category="ceasefire"] .fp-mark__symbol')!;
    expect(symbol.getAttribute('d')).toBe(CATEGORY_SHAPES.hexagon);
    expect(getComputedStyle(symbol).fill).toBe(colour);
    const legendIcon = host.querySelector('.fp-legend [data-category="ceasefire"] .fp-category__icon')!;
    expect(getComputedStyle(legendIcon).fill).toBe(colour);
    const item = host.querySelector('.fp-event-list .fp-event[data-category="ceasefire"]')!;
    expect(getComputedStyle(item).borderInlineStartColor).toBe(colour);
    const bar = host.querySelector('.fp-intensity__bar[data-category="ceasefire"]')!;
    expect(getComputedStyle(bar).fill).toBe(colour);
    // Built-in categories keep the light colours.
    const attack = host.querySelector('.fp-mark[data-category="attack"] .fp-mark__symbol')!;
    expect(getComputedStyle(attack).fill).toBe(rgb(ceasefire.colors.categoryAttack));
  });
});

describe('nested graphics with different themes on one page', () => {
  it('each root draws in its own theme; an outer theme does not leak into an inner one', async () => {
    await page.viewport(1100, 900);
    const custom = createTheme({ colors: { background: '#f4efe6', surface: '#ebe3d4', text: '#2b2118' } });
    const host = await mountInBrowser(
      <div data-fp-theme="dark" className="page">
        <div className="a">
          <Timeline dataset={escalation2023} locale="en-GB" />
        </div>
        <div className="b">
          <Timeline dataset={escalation2023} locale="en-GB" theme="broadsheet" />
        </div>
        <div className="c">
          <EventList dataset={escalation2023} locale="en-GB" theme={custom} />
        </div>
      </div>,
      { width: 1040 },
    );
    // (d) A component root inside another, with its own theme: a Legend placed inside the broadsheet Timeline.
    const outer = rootOf(host.querySelector('.b')!, 'timeline');
    const slot = document.createElement('div');
    outer.append(slot);
    const inner = createRoot(slot);
    await act(async () => inner.render(<Legend dataset={escalation2023} locale="en-GB" theme="highContrast" />));
    await settle();

    const a = rootOf(host.querySelector('.a')!, 'timeline');
    expectColours(a, themes.dark, '(a) no theme, in a dark page');
    expect(token(a.querySelector('[data-fp="legend"]')!, '--fp-color-background')).toBe(themes.dark.colors.background);

    expectColours(outer, themes.broadsheet, '(b) broadsheet in a dark page');
    expect(fonts(getComputedStyle(outer).fontFamily)).toBe(fonts(themes.broadsheet.font.family));
    // Its own parts (no theme prop) inherit broadsheet, not the page's dark.
    const ownLegend = [...outer.querySelectorAll('[data-fp="legend"]')].find((legend) => !slot.contains(legend))!;
    expect(token(ownLegend, '--fp-color-background')).toBe(themes.broadsheet.colors.background);
    expect(token(outer.querySelector('[data-fp="event-list"]')!, '--fp-color-text')).toBe(
      themes.broadsheet.colors.text,
    );

    expectColours(rootOf(host.querySelector('.c')!, 'event-list'), custom, '(c) createTheme object in a dark page');

    const nested = slot.querySelector('[data-fp="legend"]')!;
    expectColours(nested, themes.highContrast, '(d) highContrast inside broadsheet');
    // Its tokens are its own; high contrast keeps the font of what surrounds it ("inherit"): broadsheet's here.
    expect(getComputedStyle(nested).fontFamily).toBe(getComputedStyle(slot).fontFamily);
    expect(token(nested, '--fp-color-focus')).toBe(themes.highContrast.colors.focus.toLowerCase());
    act(() => inner.unmount());
  });
});

describe('fonts', () => {
  it('inherit the host’s font in a light theme; broadsheet sets its own serif stack', async () => {
    await page.viewport(1000, 900);
    const host = await mountInBrowser(
      <div>
        <div className="host-georgia" style={{ fontFamily: 'Georgia' }}>
          <Timeline dataset={escalation2023} locale="en-GB" theme="light" />
        </div>
        <div className="host-mono" style={{ fontFamily: '"Courier New", monospace' }}>
          <Timeline dataset={escalation2023} locale="en-GB" theme="broadsheet" />
        </div>
      </div>,
      { width: 960 },
    );
    await settle();
    const light = rootOf(host.querySelector('.host-georgia')!, 'timeline');
    expect(fonts(getComputedStyle(light).fontFamily)).toBe('Georgia');
    expect(fonts(getComputedStyle(light.querySelector('.fp-axis__major-label, .fp-lane__label')!).fontFamily)).toBe(
      'Georgia',
    );
    const broadsheet = rootOf(host.querySelector('.host-mono')!, 'timeline');
    expect(fonts(getComputedStyle(broadsheet).fontFamily)).toBe(fonts(themes.broadsheet.font.family));
    expect(fonts(getComputedStyle(broadsheet).fontFamily)).toMatch(/serif$/);
  });
});

describe('every preset by name', () => {
  it('gives the Timeline the preset’s colours (auto: light, dark when the reader asks for dark)', async () => {
    await page.viewport(1000, 900);
    for (const name of THEME_NAMES) {
      const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" theme={name} />, {
        width: 960,
      });
      const preset = presetTheme(name);
      expectColours(rootOf(host, 'timeline'), 'light' in preset ? preset.light : preset, name);
      unmountAll();
    }
    await commands.emulateMedia({ colorScheme: 'dark' });
    const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" theme="auto" />, {
      width: 960,
    });
    expectColours(rootOf(host, 'timeline'), themes.dark, 'auto in a dark system');
  });

  it.each(['wire', 'broadsheet', 'digital'] as const)(
    '%s: lanes as tall as its geometry says, no labels overlapping each other or a mark',
    async (name) => {
      await page.viewport(1320, 900);
      const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" theme={name} />, {
        width: 1280,
      });
      await settle();
      const rules = [...host.querySelectorAll<SVGLineElement>('.fp-lane__rule')].map(
        (line) => line.getBoundingClientRect().top,
      );
      expect(rules.length).toBeGreaterThan(2);
      for (let i = 1; i < rules.length; i++)
        expect(rules[i]! - rules[i - 1]!).toBeCloseTo(themes[name].geometry.laneHeight, 0);

      const labels = [...host.querySelectorAll<SVGTextElement>('.fp-mark-label')];
      const boxes = labels.map((label) => label.getBoundingClientRect());
      const symbols = [...host.querySelectorAll('.fp-plot .fp-mark__symbol, .fp-plot .fp-cluster__disc')].map((s) =>
        s.getBoundingClientRect(),
      );
      expect(labels.length).toBeGreaterThan(3);
      const overlap = (p: DOMRect, q: DOMRect) =>
        p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlap(boxes[i]!, boxes[j]!), `"${labels[i]!.textContent}" / "${labels[j]!.textContent}"`).toBe(
            false,
          );
        }
        for (const symbol of symbols) expect(overlap(boxes[i]!, symbol), `"${labels[i]!.textContent}"`).toBe(false);
      }
    },
  );
});
