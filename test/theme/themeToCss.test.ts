import postcss, { type Declaration, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { createTheme } from '../../src/theme/createTheme';
import { autoTheme, themes } from '../../src/theme/presets/index';
import { ROOT, themeSelector, themeToCss } from '../../src/theme/themeToCss';
import { categoryColorName, CSS_TOKEN_GROUPS, groupTokenName, tokenName } from '../../src/theme/tokenNames';
import type { ColorToken, Theme, ThemePair } from '../../src/theme/themeTypes';
import { mediaOf } from './stylesheet';

interface ParsedRule {
  selectors: string[];
  media: string[];
  declarations: [string, string][];
}

/** A stylesheet's rules, parsed by postcss (a syntax error throws). */
function parse(css: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  postcss.parse(css).walkRules((rule: Rule) => {
    const declarations = rule.nodes
      .filter((node): node is Declaration => node.type === 'decl')
      .map((decl) => [decl.prop, decl.value] as [string, string]);
    rules.push({ selectors: rule.selectors, media: mediaOf(rule), declarations });
  });
  return rules;
}

/** The two forms a theme named `name` answers to: on an ancestor of the root, and on the root itself. */
const scopes = (name: string) => [themeSelector(name, 'ancestor'), themeSelector(name, 'root')];

/** Every non-colour token of a theme as its custom property, named independently of themeToCss. */
function expectedGroupTokens(theme: Theme): Map<string, string> {
  return new Map(
    CSS_TOKEN_GROUPS.flatMap((group) =>
      Object.entries(theme[group] as unknown as Record<string, string>).map(
        ([key, value]) => [groupTokenName(group, key), value] as [string, string],
      ),
    ),
  );
}

/** Every colour of a theme as its custom property: the tokens, then the categories' own colours over them. */
function expectedColors(theme: Theme): Map<string, string> {
  const colors = new Map<string, string>([['color-scheme', theme.colorScheme]]);
  for (const key of Object.keys(theme.colors) as ColorToken[]) colors.set(tokenName(key), theme.colors[key]);
  for (const [id, style] of Object.entries(theme.categories))
    if (style.color) colors.set(categoryColorName(id), style.color);
  return colors;
}

/** A rule's declarations as a map, failing on a property declared twice. */
function declared(rule: ParsedRule): Map<string, string> {
  const props = rule.declarations.map(([prop]) => prop);
  expect(props.filter((prop, index) => props.indexOf(prop) !== index)).toEqual([]);
  return new Map(rule.declarations);
}

const isColor = (prop: string) => prop.startsWith('--fp-color-') || prop === 'color-scheme';

function expectScoped(rules: ParsedRule[], name: string) {
  const allowed = scopes(name);
  const outside = rules
    .flatMap((rule) => rule.selectors)
    .filter((selector) => !allowed.some((scope) => selector.startsWith(scope)));
  expect(outside).toEqual([]);
}

describe('themeToCss writes a theme as scoped custom properties', () => {
  const theme = themes.broadsheet;
  const rules = parse(themeToCss(theme));

  it('scopes every selector to data-fp-theme="<name>" on a Flashpoint root or its ancestor', () => {
    expect(rules.length).toBeGreaterThan(0);
    expectScoped(rules, 'broadsheet');
    for (const rule of rules) expect(rule.selectors).toEqual(scopes('broadsheet'));
    expect(scopes('broadsheet')).toEqual([
      `[data-fp-theme='broadsheet'] ${ROOT}:where(:not(.fp-root *, [data-fp] *))`,
      `${ROOT}[data-fp-theme='broadsheet']`,
    ]);
  });

  it('declares every non-colour token with the theme’s value, outside any @media', () => {
    const groups = rules.filter((rule) => !rule.media.length);
    expect(groups).toHaveLength(1);
    expect(declared(groups[0]!)).toEqual(expectedGroupTokens(theme));
  });

  it('declares every colour (and every category colour) with the theme’s value, only inside @media screen', () => {
    const screen = rules.filter((rule) => rule.media.join() === 'screen');
    expect(screen).toHaveLength(1);
    const colors = declared(screen[0]!);
    expect(colors.get('color')).toBe('var(--fp-color-text)');
    expect(colors.get('background-color')).toBe('var(--fp-color-background)');
    colors.delete('color');
    colors.delete('background-color');
    expect(colors).toEqual(expectedColors(theme));

    const colorsElsewhere = rules
      .filter((rule) => !rule.media.every((media) => media.startsWith('screen')) || !rule.media.length)
      .flatMap((rule) => rule.declarations.filter(([prop]) => isColor(prop)));
    expect(colorsElsewhere).toEqual([]);
  });

  it('writes nothing for built-in categories or `other`: the stylesheet already points them at their colour', () => {
    expect(rules.some((rule) => rule.selectors.some((s) => s.includes('data-category')))).toBe(false);
  });

  it('answers to a custom name, and writes only the forms asked for', () => {
    const named = parse(themeToCss(theme, { name: 'gazette' }));
    expectScoped(named, 'gazette');
    expect(named.every((rule) => !rule.selectors.some((s) => s.includes("'broadsheet'")))).toBe(true);
    const rootOnly = parse(themeToCss(theme, { name: 'gazette', forms: ['root'] }));
    for (const rule of rootOnly) expect(rule.selectors).toEqual([themeSelector('gazette', 'root')]);
  });

  it('turns a name that is not one into one instead of breaking out of the selector', () => {
    const rules = parse(themeToCss(theme, { name: "x'] body { color: red } [a='" }));
    expectScoped(rules, 'x___body___color__red____a__');
  });
});

describe('a pair (`auto`, or your own light and dark)', () => {
  it('adds a prefers-color-scheme: dark block with the dark theme’s colours', () => {
    const pair: ThemePair = { name: 'house', light: themes.broadsheet, dark: themes.digital };
    const rules = parse(themeToCss(pair));
    expectScoped(rules, 'house');
    const dark = rules.filter((rule) => rule.media.join() === 'screen and (prefers-color-scheme: dark)');
    expect(dark).toHaveLength(1);
    const colors = declared(dark[0]!);
    colors.delete('color');
    colors.delete('background-color');
    expect(colors).toEqual(expectedColors(themes.digital));
    const light = declared(rules.find((rule) => rule.media.join() === 'screen')!);
    expect(light.get(tokenName('background'))).toBe(themes.broadsheet.colors.background);
  });

  it('the auto preset: light by default, dark under prefers-color-scheme: dark', () => {
    const rules = parse(themeToCss(autoTheme));
    const background = (media: string) =>
      declared(rules.find((rule) => rule.media.join() === media)!).get(tokenName('background'));
    expect(background('screen')).toBe(themes.light.colors.background);
    expect(background('screen and (prefers-color-scheme: dark)')).toBe(themes.dark.colors.background);
  });
});

describe('a category the theme adds', () => {
  it('gets its colour property and a rule pointing --fp-category-color at it', () => {
    const theme = createTheme({ name: 'gazette', categories: { ceasefire: { color: '#1d5f7a' } } });
    const rules = parse(themeToCss(theme));
    const screen = declared(rules.find((rule) => rule.media.join() === 'screen')!);
    expect(screen.get('--fp-color-category-ceasefire')).toBe('#1d5f7a');
    const categoryRules = rules.filter((rule) => rule.selectors.some((s) => s.includes('data-category')));
    expect(categoryRules).toEqual([
      {
        selectors: scopes('gazette').flatMap((scope) => [
          `${scope} [data-category='ceasefire']`,
          `${scope}[data-category='ceasefire']`,
        ]),
        media: [],
        declarations: [['--fp-category-color', 'var(--fp-color-category-ceasefire)']],
      },
    ]);
  });

  it('`other` set through categories recolours the fallback once, with no rule of its own', () => {
    const theme = createTheme({ categories: { other: { color: '#3b3b6b' } } });
    const rules = parse(themeToCss(theme));
    expect(declared(rules.find((rule) => rule.media.join() === 'screen')!).get('--fp-color-category-other')).toBe(
      '#3b3b6b',
    );
    expect(rules.some((rule) => rule.selectors.some((s) => s.includes('data-category')))).toBe(false);
  });

  it('cannot break out of the rule with a hostile id', () => {
    /** The id back from the escaped CSS string (`\27 ` → `'`). */
    const unescape = (text: string) =>
      text.replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    const ids = ["a']{} body{x:y}", "a'] , body, [b='", 'a\n}</style><script>alert(1)</script>', "a\\'] *"];
    // A Theme built by hand, not through createTheme (which would drop these ids).
    const theme: Theme = {
      ...themes.light,
      name: 'hostile',
      categories: Object.fromEntries(ids.map((id) => [id, { color: '#1d5f7a' }])),
    };
    const css = themeToCss(theme);
    expect(css).not.toMatch(/<\/style|<script/i);
    const rules = parse(css);
    expectScoped(rules, 'hostile');
    const categoryRules = rules.filter((rule) => rule.declarations.some(([prop]) => prop === '--fp-category-color'));
    expect(categoryRules).toHaveLength(ids.length);
    categoryRules.forEach((rule, index) => {
      expect(rule.declarations).toHaveLength(1);
      for (const selector of rule.selectors) {
        const attribute = /\[data-category='((?:[A-Za-z0-9_-]|\\[0-9a-f]{1,6} )*)'\]$/.exec(selector);
        expect(attribute, selector).not.toBeNull();
        expect(unescape(attribute![1]!)).toBe(ids[index]);
      }
    });
    expect(rules.flatMap((rule) => rule.declarations).some(([prop]) => prop === 'x')).toBe(false);
  });
});
