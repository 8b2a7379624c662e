import { describe, expect, it } from 'vitest';
import {
  COLOR_VISIONS,
  deltaE2000,
  hexToLab,
  paletteDistinctness,
  simulateColorVision,
  type Lab,
} from '../../src/theme/colorVision';
import {
  DISTINCT_PALETTES,
  MIN_DELTA_E,
  distinctPalettes,
  measureDistinctness,
  type DistinctPalette,
} from '../../src/theme/colorVisionChecks';
import { contrastChecks } from '../../src/theme/contrastChecks';
import { createTheme } from '../../src/theme/createTheme';
import { autoTheme, themes } from '../../src/theme/presets/index';
import type { Theme } from '../../src/theme/themeTypes';

const lab = (L: number, a: number, b: number): Lab => ({ L, a, b });

/** Every palette and vision below MIN_DELTA_E, as "category, deuteranopia: 2.9 (category:attack/category:statement)". */
function failures(theme: Theme): string[] {
  return measureDistinctness(theme)
    .filter((result) => result.minimum < MIN_DELTA_E)
    .map((r) => `${r.palette}, ${r.vision}: ${r.minimum.toFixed(1)} (${r.pair.join('/')})`);
}

const withColors = (theme: Theme, colors: Partial<Theme['colors']>): Theme => ({
  ...theme,
  colors: { ...theme.colors, ...colors },
});

const PALETTES: DistinctPalette[] = ['category', ...(Object.keys(DISTINCT_PALETTES) as DistinctPalette[])];

describe('CIEDE2000', () => {
  // G. Sharma, W. Wu, E. N. Dalal (2005), Table 1: pairs 1, 7, 13–16 (the hue-angle wrap-around), 17, 19, 25, 31, 33, 34.
  const SHARMA: [Lab, Lab, number][] = [
    [lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485), 2.0425],
    [lab(50, 0, 0), lab(50, -1, 2), 2.3669],
    [lab(50, 2.49, -0.001), lab(50, -2.49, 0.0009), 7.1792],
    [lab(50, 2.49, -0.001), lab(50, -2.49, 0.001), 7.1792],
    [lab(50, 2.49, -0.001), lab(50, -2.49, 0.0011), 7.2195],
    [lab(50, 2.49, -0.001), lab(50, -2.49, 0.0012), 7.2195],
    [lab(50, 2.5, 0), lab(73, 25, -18), 27.1492],
    [lab(50, 2.5, 0), lab(56, -27, -3), 31.903],
    [lab(60.2574, -34.0099, 36.2677), lab(60.4626, -34.1751, 39.4387), 1.2644],
    [lab(90.8027, -2.0831, 1.441), lab(91.1528, -1.6435, 0.0447), 1.4441],
    [lab(2.0776, 0.0795, -1.135), lab(0.9033, -0.0636, -0.5514), 0.9082],
    [lab(22.7233, 20.0904, -46.694), lab(23.0331, 14.973, -42.5619), 2.0373],
  ];

  it.each(SHARMA)('matches the published test data: %o vs %o → %f', (first, second, expected) => {
    expect(deltaE2000(first, second)).toBeCloseTo(expected, 4);
    expect(deltaE2000(second, first)).toBeCloseTo(expected, 4);
  });

  it('takes hex colours through CIELAB (D65)', () => {
    expect(hexToLab('#ffffff').L).toBeCloseTo(100, 2);
    expect(hexToLab('#000000').L).toBeCloseTo(0, 6);
    const grey = hexToLab('#777777');
    expect(grey.a).toBeCloseTo(0, 2);
    expect(grey.b).toBeCloseTo(0, 2);
    expect(deltaE2000('#0a55a8', '#0a55a8')).toBe(0);
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(() => deltaE2000('rgb(0 0 0)', '#ffffff')).toThrow(/Not an opaque hex colour/);
  });
});

describe('colour-vision simulation (Machado, Oliveira & Fernandes 2009, severity 1)', () => {
  it('leaves greys alone and turns red and green into the same yellow-brown for a deuteranope', () => {
    for (const kind of COLOR_VISIONS) {
      for (const grey of ['#000000', '#808080', '#ffffff']) expect(simulateColorVision(grey, kind)).toBe(grey);
    }
    expect(simulateColorVision('#c0392b', 'normal')).toBe('#c0392b');
    expect(
      deltaE2000(simulateColorVision('#c0392b', 'deuteranopia'), simulateColorVision('#4a8a2a', 'deuteranopia')),
    ).toBeLessThan(5);
    // Tritanopes keep red–green but lose blue–yellow: pure blue turns teal.
    expect(simulateColorVision('#0000ff', 'tritanopia')).toBe('#006b96');
  });

  it('finds the closest pair of a palette', () => {
    expect(paletteDistinctness(['#000000', '#ffffff', '#0a0a0a'], 'normal')).toEqual({
      minimum: deltaE2000('#000000', '#0a0a0a'),
      pair: [0, 2],
    });
    expect(() => paletteDistinctness(['#000000'], 'normal')).toThrow();
  });
});

const EVERY_THEME: [string, Theme][] = [
  ...Object.entries(themes),
  ['auto (light)', autoTheme.light],
  ['auto (dark)', autoTheme.dark],
];

describe.each(EVERY_THEME)('the %s preset', (_name, theme) => {
  it(`keeps every two colours of the category, status and series palettes ≥ ${MIN_DELTA_E} ΔE2000 apart, for normal vision, protanopia, deuteranopia and tritanopia`, () => {
    expect(failures(theme)).toEqual([]);
    const measured = measureDistinctness(theme);
    expect(measured.map((r) => `${r.palette}/${r.vision}`)).toEqual(
      PALETTES.flatMap((palette) => COLOR_VISIONS.map((vision) => `${palette}/${vision}`)),
    );
  });
});

describe('the palettes', () => {
  it('hold every category of the theme, the ones it adds and `other`', () => {
    expect(distinctPalettes(themes.light).category).toEqual([
      'category:attack',
      'category:strike',
      'category:diplomacy',
      'category:statement',
      'category:context',
      'category:other',
    ]);
    const added = createTheme({ categories: { ceasefire: { color: '#1d5f7a' } } });
    expect(distinctPalettes(added).category).toContain('category:ceasefire');
  });

  it('each have a contrast check against the background: ≥ 3:1 for category marks, 4.5:1 for status words and series lines', () => {
    const checks = contrastChecks(themes.light);
    const minimum = (name: string, background: string) =>
      checks.find((check) => check.foreground === name && check.background === background)?.minimum;
    for (const name of distinctPalettes(themes.light).category) {
      expect(minimum(name, 'background'), name).toBe(3);
      expect(minimum(name, 'surface'), name).toBe(3);
    }
    for (const name of [...DISTINCT_PALETTES.status, ...DISTINCT_PALETTES.series]) {
      expect(minimum(name, 'background'), name).toBe(4.5);
    }
  });
});

describe('a bad palette', () => {
  it('fails: a red and a green of similar lightness are far apart for most readers but not for a deuteranope', () => {
    const red = '#c0392b';
    const green = '#4a8a2a';
    expect(paletteDistinctness([red, green], 'normal').minimum).toBeGreaterThan(50);
    expect(paletteDistinctness([red, green], 'deuteranopia').minimum).toBeLessThan(MIN_DELTA_E);
    expect(failures(withColors(themes.light, { categoryAttack: red, categoryDiplomacy: green }))).toContainEqual(
      expect.stringMatching(/^category, deuteranopia: \d\.\d \(category:attack\/category:diplomacy\)$/),
    );
  });

  it('fails in the old light palette too: attack and statement were 2.9 apart for a deuteranope', () => {
    const before = withColors(themes.light, { categoryAttack: '#b3261e', categoryStatement: '#855000' });
    expect(failures(before)).toContain('category, deuteranopia: 2.9 (category:attack/category:statement)');
  });

  it('fails in the wire preset as it was first drawn: strike and other merged for a deuteranope', () => {
    const before = withColors(themes.wire, { categoryStrike: '#6c3483', categoryOther: '#2e4a7d' });
    expect(failures(before)).toContainEqual(
      expect.stringMatching(/^category, deuteranopia: \d\.\d \(category:strike\/category:other\)$/),
    );
  });

  it('fails when a theme adds a category in nearly the colour of a built-in one', () => {
    const near = createTheme({ categories: { ceasefire: { color: '#ad5046' } } });
    expect(failures(near)).toContainEqual(
      expect.stringMatching(/^category, normal: \d\.\d \(category:attack\/category:ceasefire\)$/),
    );
  });
});
