import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORY_SHAPES } from '../../src/theme/categoryShapes';
import { createTheme, createThemeWithProblems } from '../../src/theme/createTheme';
import { themes } from '../../src/theme/presets/index';
import type { ThemeOverrides } from '../../src/theme/themeTypes';

const { light, broadsheet } = themes;

/** Overrides as a CMS or a URL could hand them over: anything at all. */
const loose = (value: unknown) => value as ThemeOverrides;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTheme merges a partial theme over a base', () => {
  it('over light by default: only what is given changes, every other token is the base value', () => {
    const { theme, problems } = createThemeWithProblems({
      colors: { link: '#7a1f1f' },
      font: { family: 'Georgia, serif' },
      space: { 2: '0.6rem' },
      geometry: { laneHeight: 64 },
    });
    expect(problems).toEqual([]);
    expect(theme).toEqual({
      ...light,
      name: 'custom',
      colors: { ...light.colors, link: '#7a1f1f' },
      font: { ...light.font, family: 'Georgia, serif' },
      space: { ...light.space, 2: '0.6rem' },
      geometry: { ...light.geometry, laneHeight: 64 },
    });
  });

  it('over another preset: keeps its name, colour scheme, fonts and shapes', () => {
    const { theme, problems } = createThemeWithProblems(
      { colors: { focus: '#c24e00' }, radius: { medium: '2px' } },
      broadsheet,
    );
    expect(problems).toEqual([]);
    expect(theme).toEqual({
      ...broadsheet,
      colors: { ...broadsheet.colors, focus: '#c24e00' },
      radius: { ...broadsheet.radius, medium: '2px' },
    });
    expect(createTheme({ name: 'gazette', colorScheme: 'dark' }, broadsheet)).toMatchObject({
      name: 'gazette',
      colorScheme: 'dark',
      font: broadsheet.font,
    });
  });

  it('adds categories and restyles built-in ones without losing their other fields', () => {
    const theme = createTheme({
      categories: {
        ceasefire: { color: '#1d5f7a', shape: CATEGORY_SHAPES.hexagon },
        attack: { color: '#9a2c22' },
      },
    });
    expect(theme.categories.ceasefire).toEqual({ color: '#1d5f7a', shape: CATEGORY_SHAPES.hexagon });
    expect(theme.categories.attack).toEqual({ ...light.categories.attack, color: '#9a2c22' });
    expect(theme.categories.strike).toEqual(light.categories.strike);
  });

  it('never changes the base', () => {
    const before = JSON.stringify(light);
    createTheme({ colors: { text: '#000000' }, categories: { attack: { color: '#000000' } } });
    expect(JSON.stringify(light)).toBe(before);
  });
});

describe('createTheme reports what it cannot use, with its path', () => {
  const pathsOf = (overrides: unknown) => createThemeWithProblems(loose(overrides)).problems.map((p) => p.path);

  it('unknown groups and unknown keys', () => {
    expect(
      pathsOf({
        colours: { text: '#000' },
        colors: { txt: '#000' },
        font: { size: '12px' },
        categories: { ceasefire: { colour: '#000' } },
      }),
    ).toEqual(['colors.txt', 'categories.ceasefire.colour', 'font.size', 'colours']);
  });

  it.each([
    'url(https://x)',
    'red;}body{display:none',
    'expression(alert(1))',
    '"}</style><script>',
    '@import "https://x/evil.css"',
    'r\\65 d',
    'calc(1px',
  ])('rejects the unsafe value %j and keeps the base value', (value) => {
    const { theme, problems } = createThemeWithProblems(
      loose({ colors: { text: value }, font: { family: value }, categories: { ceasefire: { color: value } } }),
    );
    expect(problems.map((p) => p.path)).toEqual(['colors.text', 'categories.ceasefire.color', 'font.family']);
    expect(problems[0]!.message).toContain(JSON.stringify(value));
    expect(theme.colors.text).toBe(light.colors.text);
    expect(theme.font.family).toBe(light.font.family);
    expect(theme.categories.ceasefire?.color).toBeUndefined();
  });

  it('allows var(): it reads another custom property and cannot fetch or break out', () => {
    const { theme, problems } = createThemeWithProblems({ colors: { link: 'var(--brand-link, #7a1f1f)' } });
    expect(problems).toEqual([]);
    expect(theme.colors.link).toBe('var(--brand-link, #7a1f1f)');
  });

  it('rejects values that are not strings, and geometry that is not a positive number', () => {
    expect(
      pathsOf({ colors: { text: 0 }, space: { 1: null }, geometry: { laneHeight: '56px', rowHeight: -1 } }),
    ).toEqual(['colors.text', 'geometry.laneHeight', 'geometry.rowHeight', 'space.1']);
  });

  it('raises minGap below 24 to 24, so pointer targets never overlap', () => {
    const { theme, problems } = createThemeWithProblems({ geometry: { minGap: 12 } });
    expect(theme.geometry.minGap).toBe(24);
    expect(problems).toEqual([{ path: 'geometry.minGap', message: expect.stringContaining('24') }]);
    expect(createTheme({ geometry: { minGap: 30 } }).geometry.minGap).toBe(30);
  });

  it('validates category shapes and icons as SVG path data', () => {
    const { theme, problems } = createThemeWithProblems({
      categories: {
        ceasefire: { shape: 'M0 0L"><script>alert(1)</script>', icon: CATEGORY_SHAPES.star },
        attack: { icon: 'M0 0 url(x)' },
      },
    });
    expect(problems.map((p) => p.path)).toEqual(['categories.ceasefire.shape', 'categories.attack.icon']);
    expect(theme.categories.ceasefire).toEqual({ icon: CATEGORY_SHAPES.star });
    expect(theme.categories.attack).toEqual(light.categories.attack);
  });

  it('ignores category ids that no dataset can use, including __proto__', () => {
    const overrides = JSON.parse(
      '{"categories": {"__proto__": {"color": "#000000"}, "a\'] body {": {"color": "#000000"}, "air-strike": {"color": "#7a1f1f"}}}',
    ) as unknown;
    const { theme, problems } = createThemeWithProblems(loose(overrides));
    expect(problems.map((p) => p.path)).toEqual(['categories.__proto__', "categories.a'] body {"]);
    expect(Object.keys(theme.categories)).toEqual([...Object.keys(light.categories), 'air-strike']);
    expect(Object.getPrototypeOf(theme.categories)).toBe(Object.prototype);
  });

  it('rejects a name that is not one and a colour scheme that is neither light nor dark', () => {
    const { theme, problems } = createThemeWithProblems(loose({ name: "x'] body", colorScheme: 'sepia' }));
    expect(problems.map((p) => p.path)).toEqual(['name', 'colorScheme']);
    expect(theme.name).toBe('custom');
    expect(theme.colorScheme).toBe('light');
  });
});

describe('createTheme never throws', () => {
  it.each([null, 42, 'x', ['colors'], true])('on %j: the base theme and one problem', (value) => {
    const { theme, problems } = createThemeWithProblems(loose(value));
    expect(theme.colors).toEqual(light.colors);
    expect(problems).toEqual([{ path: '', message: expect.any(String) }]);
  });

  it.each([null, 42, 'x', ['#000']])('on a group that is %j', (value) => {
    const { theme, problems } = createThemeWithProblems(loose({ colors: value, geometry: value, categories: value }));
    expect(theme.colors).toEqual(light.colors);
    expect(theme.geometry).toEqual(light.geometry);
    expect(theme.categories).toEqual(light.categories);
    expect(problems.map((p) => p.path)).toEqual(['colors', 'geometry', 'categories']);
  });

  it('warns once on the console with every problem, and returns the theme', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const theme = createTheme(loose({ colors: { text: 'url(x)', link: '#7a1f1f' }, size: { giant: '9rem' } }));
    expect(theme.colors.link).toBe('#7a1f1f');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/colors\.text[\s\S]*size\.giant/);
  });

  it('does not warn when everything is used', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createTheme({ colors: { link: '#7a1f1f' } });
    expect(warn).not.toHaveBeenCalled();
  });
});
