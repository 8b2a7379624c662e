import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATEGORY_TOKENS } from '../../src/theme/categoryColors';
import { contrastRatio, relativeLuminance } from '../../src/theme/contrast';
import { contrastChecks, measureContrast, type ThemeColorName } from '../../src/theme/contrastChecks';
import { createTheme } from '../../src/theme/createTheme';
import { autoTheme, themes } from '../../src/theme/presets/index';
import type { ColorToken, Theme } from '../../src/theme/themeTypes';

/** Every check below its minimum, as "textMuted on surface: 2.85 < 4.5 (text)". */
function failures(theme: Theme): string[] {
  return measureContrast(theme)
    .filter((result) => result.ratio < result.minimum)
    .map((r) => `${r.foreground} on ${r.background}: ${r.ratio.toFixed(2)} < ${r.minimum} (${r.use})`);
}

/** Tokens no reader has to tell apart from their background: a shadow, the faint span fill, coastlines. */
const DECORATIVE: ColorToken[] = ['shadow', 'markSpan', 'borderLand'];

/** The name a check uses for a colour token: category tokens are checked as the category (`category:attack`). */
function checkedName(token: ColorToken): ThemeColorName {
  if (token === 'categoryOther') return 'category:other';
  const category = Object.entries(BUILT_IN_CATEGORY_TOKENS).find(([, value]) => value === token);
  return category ? `category:${category[0]}` : token;
}

const withColors = (theme: Theme, colors: Partial<Theme['colors']>): Theme => ({
  ...theme,
  colors: { ...theme.colors, ...colors },
});

describe('WCAG contrast, computed', () => {
  it('measures luminance and ratios as WCAG 2.2 defines them', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(() => contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff')).toThrow(/Not an opaque hex colour/);
  });

  it('checks every colour a reader must see against what it is drawn on', () => {
    const checked = new Set(contrastChecks(themes.light).flatMap((check) => [check.foreground, check.background]));
    const unchecked = (Object.keys(themes.light.colors) as ColorToken[])
      .filter((token) => !DECORATIVE.includes(token))
      .filter((token) => !checked.has(checkedName(token)));
    expect(unchecked).toEqual([]);
  });
});

const EVERY_THEME: [string, Theme][] = [
  ...Object.entries(themes),
  ['auto (light)', autoTheme.light],
  ['auto (dark)', autoTheme.dark],
];

describe.each(EVERY_THEME)('the %s preset', (_name, theme) => {
  it('meets WCAG 2.2 AA: text ≥ 4.5:1, marks, boundaries and focus ≥ 3:1, on every surface they sit on', () => {
    expect(failures(theme)).toEqual([]);
  });

  it('measures every check with a real ratio', () => {
    const results = measureContrast(theme);
    expect(results).toHaveLength(contrastChecks(theme).length);
    for (const result of results) expect(result.ratio).toBeGreaterThanOrEqual(1);
  });
});

describe('a bad colour', () => {
  it('fails the check, and the message names the pair, its ratio and the minimum', () => {
    const bad = withColors(themes.light, { textMuted: '#999999', categoryStrike: '#c8b4e6' });
    expect(failures(bad)).toEqual(
      expect.arrayContaining([
        'textMuted on background: 2.85 < 4.5 (text)',
        'textMuted on surface: 2.61 < 4.5 (text)',
        'category:strike on background: 1.89 < 3 (mark)',
      ]),
    );
  });

  it('in a dark preset too: light-preset text on the digital background fails', () => {
    const ratio = contrastRatio(themes.light.colors.text, themes.digital.colors.background);
    expect(failures(withColors(themes.digital, { text: themes.light.colors.text }))).toContain(
      `text on background: ${ratio.toFixed(2)} < 4.5 (text)`,
    );
  });

  it('a built-in category recoloured through `categories` is the colour checked', () => {
    const theme = createTheme({ categories: { attack: { color: '#f4c7c3' } } });
    expect(failures(theme)).toContain(
      `category:attack on background: ${contrastRatio('#f4c7c3', '#ffffff').toFixed(2)} < 3 (mark)`,
    );
  });
});

describe('a category a publication adds through the theme', () => {
  const checksOf = (theme: Theme, name: ThemeColorName) =>
    contrastChecks(theme).filter((check) => check.foreground === name);

  it('is checked as a mark on the background, cards and phase bands', () => {
    const theme = createTheme({ categories: { ceasefire: { color: '#1d5f7a' } } }, themes.broadsheet);
    expect(checksOf(theme, 'category:ceasefire')).toEqual([
      { foreground: 'category:ceasefire', background: 'background', minimum: 3, use: 'mark' },
      { foreground: 'category:ceasefire', background: 'surface', minimum: 3, use: 'mark' },
      { foreground: 'category:ceasefire', background: 'phase', minimum: 3, use: 'mark' },
    ]);
    expect(checksOf(themes.broadsheet, 'category:ceasefire')).toEqual([]);
    expect(failures(theme)).toEqual([]);
  });

  it('fails when it is too light to see on the page', () => {
    const theme = createTheme({ categories: { ceasefire: { color: '#a9d8ea' } } });
    const ratio = (background: string) => contrastRatio('#a9d8ea', background).toFixed(2);
    expect(failures(theme)).toEqual([
      `category:ceasefire on background: ${ratio(themes.light.colors.background)} < 3 (mark)`,
      `category:ceasefire on surface: ${ratio(themes.light.colors.surface)} < 3 (mark)`,
      `category:ceasefire on phase: ${ratio(themes.light.colors.phase)} < 3 (mark)`,
    ]);
  });
});
