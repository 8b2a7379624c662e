import { readFileSync } from 'node:fs';
import postcss, { type Declaration, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { GENERATED_END, GENERATED_START, presetStylesheet } from '../../src/theme/presetStylesheet';
import { THEME_NAMES, presetTheme, themes, type ThemeName } from '../../src/theme/presets/index';
import { ROOT, themeSelector, type ThemeForm } from '../../src/theme/themeToCss';
import { categoryColorName, CSS_TOKEN_GROUPS, groupTokenName, tokenName } from '../../src/theme/tokenNames';
import type { ColorToken, Theme } from '../../src/theme/themeTypes';
import { mediaOf, STYLES_PATH } from './stylesheet';

/*
 * The token section of styles.css is generated from the presets (`npm run build:theme`). The first test ties
 * the file to the generator; the others read the generator's output, parsed, so they say what is wrong with
 * the generated CSS whether or not the file has been rebuilt yet.
 */

interface ParsedRule {
  index: number;
  selectors: string[];
  media: string[];
  declarations: Map<string, string>;
}

function parse(css: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  postcss.parse(css, { from: STYLES_PATH }).walkRules((rule: Rule) => {
    const declarations = rule.nodes.filter((node): node is Declaration => node.type === 'decl');
    rules.push({
      index: rules.length,
      selectors: rule.selectors,
      media: mediaOf(rule),
      declarations: new Map(declarations.map((decl) => [decl.prop, decl.value])),
    });
  });
  return rules;
}

/** The generated section of styles.css as it is on disk, markers included. */
function generatedSectionOnDisk(): string {
  const css = readFileSync(STYLES_PATH, 'utf8');
  const start = css.indexOf(GENERATED_START);
  const end = css.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`styles.css has no generated section (${GENERATED_START})`);
  return css.slice(start, end + GENERATED_END.length);
}

const rules = parse(presetStylesheet());
const FORMS: ThemeForm[] = ['ancestor', 'root'];
const SCREEN = 'screen';
const DARK_SCREEN = 'screen and (prefers-color-scheme: dark)';
const DEFAULTS_SELECTOR = ':where(.fp-root, [data-fp], .fp-event-list__more):where(:not(.fp-root *, [data-fp] *))';

/** Every colour custom property of a theme with its value, named independently of the generator. */
function expectedColors(theme: Theme): Map<string, string> {
  const colors = new Map<string, string>();
  for (const key of Object.keys(theme.colors) as ColorToken[]) colors.set(tokenName(key), theme.colors[key]);
  for (const [id, style] of Object.entries(theme.categories))
    if (style.color) colors.set(categoryColorName(id), style.color);
  return colors;
}

function expectedGroupTokens(theme: Theme): Map<string, string> {
  return new Map(
    CSS_TOKEN_GROUPS.flatMap((group) =>
      Object.entries(theme[group] as unknown as Record<string, string>).map(
        ([key, value]) => [groupTokenName(group, key), value] as [string, string],
      ),
    ),
  );
}

/** The colour declarations of a rule (`--fp-color-*`). */
const colorsOf = (rule: ParsedRule) =>
  new Map([...rule.declarations].filter(([prop]) => prop.startsWith('--fp-color-')));

/** The one rule for exactly this selector in exactly these @media. */
function ruleFor(selector: string, media: string[]): ParsedRule {
  const found = rules.filter((rule) => rule.selectors.includes(selector) && rule.media.join('|') === media.join('|'));
  expect(found, `${media.map((m) => `@media ${m} `).join('')}${selector}`).toHaveLength(1);
  return found[0]!;
}

const lightHalf = (name: ThemeName): Theme => {
  const preset = presetTheme(name);
  return 'light' in preset ? preset.light : preset;
};

describe('the generated token section of styles.css', () => {
  it('is exactly what the presets generate (if not: run `npm run build:theme`)', () => {
    expect(
      generatedSectionOnDisk() === presetStylesheet(),
      'src/theme/styles.css is out of date with src/theme/presets: run `npm run build:theme`',
    ).toBe(true);
  });

  it('parses with postcss, on disk and as generated', () => {
    expect(() => postcss.parse(generatedSectionOnDisk())).not.toThrow();
    expect(rules.length).toBeGreaterThan(THEME_NAMES.length * 2);
  });

  it('puts the light preset on the outermost root as defaults, without specificity', () => {
    const defaults = ruleFor(DEFAULTS_SELECTOR, []);
    expect(colorsOf(defaults)).toEqual(expectedColors(themes.light));
    expect(defaults.declarations.get('color-scheme')).toBe('light');
    for (const [prop, value] of expectedGroupTokens(themes.light))
      expect(defaults.declarations.get(prop), prop).toBe(value);
  });

  describe.each(THEME_NAMES)('the %s preset', (name) => {
    const theme = lightHalf(name);

    it.each(FORMS)('on %s: declares every colour with the preset’s value, on screen', (form) => {
      const rule = ruleFor(themeSelector(name, form), [SCREEN]);
      expect(colorsOf(rule)).toEqual(expectedColors(theme));
      expect(rule.declarations.get('color-scheme')).toBe(theme.colorScheme);
    });

    it.each(FORMS)('on %s: every other token resolves to the preset’s value', (form) => {
      const defaults = ruleFor(DEFAULTS_SELECTOR, []).declarations;
      const own = rules.filter((rule) => rule.selectors.includes(themeSelector(name, form)) && !rule.media.length);
      expect(own.length).toBeLessThanOrEqual(1);
      const resolved = (prop: string) => own[0]?.declarations.get(prop) ?? defaults.get(prop);
      for (const [prop, value] of expectedGroupTokens(theme)) expect(resolved(prop), prop).toBe(value);
    });
  });

  it.each(FORMS)('auto on %s: the dark colours under prefers-color-scheme: dark', (form) => {
    const rule = ruleFor(themeSelector('auto', form), [DARK_SCREEN]);
    expect(colorsOf(rule)).toEqual(expectedColors(themes.dark));
    expect(rule.declarations.get('color-scheme')).toBe('dark');
    const darkRules = rules.filter((rule) => rule.media.join() === DARK_SCREEN);
    expect(darkRules.flatMap((rule) => rule.selectors)).toEqual(FORMS.map((f) => themeSelector('auto', f)));
  });

  it('prints every theme in the print preset’s colours', () => {
    const printRule = ruleFor(ROOT, ['print']);
    expect(colorsOf(printRule)).toEqual(expectedColors(themes.print));
  });

  it('puts every rule for the attribute on a root after every rule for an ancestor (order decides between them)', () => {
    const indexes = (form: ThemeForm) =>
      rules
        .filter((rule) => THEME_NAMES.some((name) => rule.selectors.includes(themeSelector(name, form))))
        .map((rule) => rule.index);
    expect(Math.min(...indexes('root'))).toBeGreaterThan(Math.max(...indexes('ancestor')));
  });

  it('has no selector whose subject is not a Flashpoint root', () => {
    const ROOTS = [ROOT, ':where(.fp-root, [data-fp], .fp-event-list__more)'];
    /** The last compound of a selector: what it selects. */
    const subject = (selector: string) => {
      let depth = 0;
      let start = 0;
      [...selector].forEach((char, index) => {
        if (char === '(' || char === '[') depth++;
        else if (char === ')' || char === ']') depth--;
        else if (depth === 0 && /[\s>+~]/.test(char)) start = index + 1;
      });
      return selector.slice(start);
    };
    const outside = [...parse(generatedSectionOnDisk()), ...rules]
      .flatMap((rule) => rule.selectors)
      .filter((selector) => !ROOTS.some((root) => subject(selector).startsWith(root)));
    expect(outside).toEqual([]);
    const page = rules.flatMap((rule) => rule.selectors).filter((s) => /(^|[\s,>+~(])(html|body)\b|:root\b/.test(s));
    expect(page).toEqual([]);
  });
});
