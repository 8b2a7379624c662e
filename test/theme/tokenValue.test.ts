import { describe, expect, it } from 'vitest';
import { CATEGORY_SHAPES } from '../../src/theme/categoryShapes';
import { autoTheme, themes } from '../../src/theme/presets/index';
import { CSS_TOKEN_GROUPS } from '../../src/theme/tokenNames';
import { isSafePathData, isSafeTokenValue } from '../../src/theme/tokenValue';
import type { Theme } from '../../src/theme/themeTypes';

const EVERY_THEME: Theme[] = [...Object.values(themes), autoTheme.light, autoTheme.dark];

/** Every CSS value of a theme with where it sits: `broadsheet colors.text`, `wire font.family`. */
function cssValues(theme: Theme): [string, string][] {
  const groups = ['colors', ...CSS_TOKEN_GROUPS] as const;
  return groups.flatMap((group) =>
    Object.entries(theme[group] as unknown as Record<string, string>).map(
      ([key, value]) => [`${theme.name} ${group}.${key}`, value] as [string, string],
    ),
  );
}

/** Values a CMS field or a URL could hand a theme to break out of its declaration, rule or `<style>`. */
const HOSTILE_VALUES = [
  'url(https://x)',
  'URL ( https://x )',
  'image-set("x.png" 1x)',
  'red;}body{display:none',
  'red; background: red',
  'expression(alert(1))',
  '"}</style><script>alert(1)</script>',
  '</style>',
  '@import "https://x/evil.css"',
  'red !important',
  'r\\65 d',
  '\\',
  'red /* comment',
  'red */',
  "'unclosed",
  '"Georgia, serif',
  "'a' 'b",
  'calc(1px',
  'rgb(0 0 0))',
  'attr(data-x)',
  'env(safe-area-inset-top)',
  'paint(worklet)',
  '[data-x]',
  '',
  '   ',
  'x'.repeat(201),
];

const HOSTILE_PATHS = [
  'M0 0L"><script>alert(1)</script>',
  'M0 0 url(x)',
  'M0 0;fill:red',
  '',
  `M0 0${' L1 1'.repeat(1000)}`,
];

describe('isSafeTokenValue', () => {
  it('accepts every value of every preset', () => {
    const unsafe = EVERY_THEME.flatMap(cssValues).filter(([, value]) => !isSafeTokenValue(value));
    expect(unsafe).toEqual([]);
  });

  it('accepts what a publication writes: colours, lengths, quoted font names, calc(), var(), cubic-bezier()', () => {
    for (const value of [
      '#7a1f1f',
      'rgb(40 30 10 / 0.18)',
      'hsl(210deg 50% 40%)',
      'color-mix(in oklab, #000 20%, white)',
      '0.75rem',
      'calc(1rem + 2px)',
      'var(--brand-ink)',
      'var(--brand-ink, #111)',
      'cubic-bezier(0.2, 0.8, 0.2, 1)',
      '"Source Serif 4", Georgia, serif',
      "'Helvetica Neue', Arial, sans-serif",
      '  1.5  ',
    ])
      expect(isSafeTokenValue(value), value).toBe(true);
  });

  it.each(HOSTILE_VALUES)('rejects %j', (value) => {
    expect(isSafeTokenValue(value)).toBe(false);
  });

  it('rejects what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['#fff'], () => '#fff']) expect(isSafeTokenValue(value)).toBe(false);
  });
});

describe('isSafePathData', () => {
  it('accepts every built-in shape and every shape and icon of every preset', () => {
    const paths = [
      ...Object.values(CATEGORY_SHAPES),
      ...EVERY_THEME.flatMap((theme) => Object.values(theme.categories).flatMap((style) => [style.shape, style.icon])),
    ].filter((path): path is string => path !== undefined);
    expect(paths.length).toBeGreaterThan(Object.keys(CATEGORY_SHAPES).length);
    expect(paths.filter((path) => !isSafePathData(path))).toEqual([]);
  });

  it.each(HOSTILE_PATHS)('rejects %j', (value) => {
    expect(isSafePathData(value)).toBe(false);
  });

  it('rejects what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['M0 0']]) expect(isSafePathData(value)).toBe(false);
  });
});
