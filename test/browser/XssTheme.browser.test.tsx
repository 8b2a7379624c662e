// Every payload of test/xss/payloads.txt as every value of a theme (the `theme` prop object and createTheme), in
// Chromium: the stylesheet the graphic adopts has the same rules, selectors and properties as with a clean theme;
// nothing loads, nothing runs.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EventList, Legend, Timeline, VerticalTimeline } from '../../src/react/index';
import { safeParseDataset } from '../../src/schema/index';
import { createTheme } from '../../src/theme/createTheme';
import type { Theme } from '../../src/theme/themeTypes';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { hostileDatasetInput } from '../xss/hostileDataset';
import { hostileTheme } from '../xss/hostileTheme';
import { findUnsafeDom } from '../xss/unsafeDom';
import { installSentinel, settle } from '../xss/sentinel';
import { zoneIndependentRepeat } from './zoneRepeat';

const fired = installSentinel();
const payloads = loadPayloads();
const { dataset } = safeParseDataset(hostileDatasetInput('Plain words'));

/** A category's own rule (when its colour is a plain value): `[data-category="<id>"] { --fp-category-… }`. */
const CATEGORY_RULE = /\[data-category="[A-Za-z0-9][A-Za-z0-9_.:-]*"\][^{]*\{ (--fp-category-[a-z-]+,?)+ \}$/;

/** The rules beyond the clean theme's: only category rules, for ids that are ids. */
function extraRules(shapes: string[]): string[] {
  return shapes.filter((shape) => !clean.includes(shape) && !CATEGORY_RULE.test(shape));
}

/** Each adopted rule as its selector and its property names (values aside), theme names made alike. */
function ruleShapes(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) =>
    Array.from(sheet.cssRules, (rule) => {
      const selector = rule instanceof CSSStyleRule ? rule.selectorText : rule.cssText.split('{')[0]!;
      const properties = rule instanceof CSSStyleRule ? Array.from(rule.style).sort().join(',') : '';
      return `${selector.replace(/fp-theme-[a-z0-9]+/g, 'fp-theme-*')} { ${properties} }`;
    }),
  );
}

function adoptedCss(): string {
  return document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');
}

async function renderThemed(theme: Theme): Promise<HTMLElement> {
  const host = await mountInBrowser(
    <>
      <Timeline dataset={dataset} theme={theme} showIntensity showMap showLegend initialWidth={960} />
      <VerticalTimeline dataset={dataset} theme={theme} />
      <EventList dataset={dataset} theme={theme} />
      <Legend dataset={dataset} theme={theme} />
    </>,
    { width: 1000 },
  );
  await settle();
  return host;
}

const clean = await (async () => {
  await renderThemed(createTheme({}));
  const shapes = ruleShapes();
  unmountAll();
  return shapes;
})();

afterEach(unmountAll);
afterAll(async () => {
  await settle(300);
  expect(fired).toEqual([]);
});

describe.skipIf(zoneIndependentRepeat)('hostile theme values, in Chromium', () => {
  // createTheme warns about every value it leaves out: expected here, and not what is tested.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});

  it('a clean theme adopts rules (the comparison has something to compare)', () => {
    expect(clean.length).toBeGreaterThanOrEqual(2);
    expect(clean.join('\n')).toContain('--fp-font-family');
  });

  it.each(payloads.map((p): [number, Payload] => [p.line, p]))(
    'payload on line %i: stays inside its property, as a theme object and through createTheme',
    async (_, payload) => {
      for (const theme of [hostileTheme(payload.text), createTheme(hostileTheme(payload.text))]) {
        const host = await renderThemed(theme);
        const shapes = ruleShapes();
        expect(
          clean.filter((shape) => !shapes.includes(shape)),
          'rules of the clean theme missing',
        ).toEqual([]);
        expect(extraRules(shapes), 'rules a clean theme does not have').toEqual([]);
        const css = adoptedCss();
        // A word like `javascript:x` may stay as a custom property's value: inert there, and it cannot leave it.
        expect(css).not.toMatch(/url\(|expression\(|@import|image-set\(|<\/?style|<script/i);
        expect(findUnsafeDom([host])).toEqual([]);
        expect(fired).toEqual([]);
        unmountAll();
      }
    },
  );
});
