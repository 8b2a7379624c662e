import { describe, expect, it } from 'vitest';
import { printColors, themes, tokenName, type ColorToken, type ThemeColors } from '../../src/theme/tokens';
import { loadStylesheet, mediaOf, rulesOf } from './stylesheet';

const rules = rulesOf(loadStylesheet());
const TOKEN_BY_NAME = new Map<string, ColorToken>(
  (Object.keys(themes.light) as ColorToken[]).map((key) => [tokenName(key), key]),
);
const ROOT_FORM = /:is\(\.fp-root, \[data-fp\], \.fp-event-list__more\)\[data-fp-theme='(\w+)'\]$/;
const ANCESTOR_FORM = /^\[data-fp-theme='(\w+)'\] :is\(\.fp-root, \[data-fp\], \.fp-event-list__more\)/;

function colourDeclarations(declarations: { prop: string; value: string }[]): Map<string, string> {
  return new Map(declarations.filter((d) => d.prop.startsWith('--fp-color-')).map((d) => [d.prop, d.value.trim()]));
}

/** The colours a selector must declare: its theme's (auto is dark under prefers-color-scheme: dark), or the light defaults. */
function expectedColours(selector: string, media: string[]): ThemeColors {
  const name = /\[data-fp-theme='(\w+)'\]/.exec(selector)?.[1] ?? 'light';
  if (name === 'auto') return media.some((m) => m.includes('prefers-color-scheme: dark')) ? themes.dark : themes.light;
  const colours = themes[name as keyof typeof themes];
  if (!colours) throw new Error(`Unknown theme in ${selector}`);
  return colours;
}

/** The differences between a rule's colour declarations and a theme, as readable lines. */
function differences(declared: Map<string, string>, colours: ThemeColors, complete: boolean): string[] {
  const problems: string[] = [];
  for (const [prop, value] of declared) {
    const key = TOKEN_BY_NAME.get(prop);
    if (!key) problems.push(`${prop} is not in tokens.ts`);
    else if (value.toLowerCase() !== colours[key].toLowerCase())
      problems.push(`${prop}: css ${value}, tokens.ts ${colours[key]}`);
  }
  if (complete) {
    for (const [name] of TOKEN_BY_NAME) if (!declared.has(name)) problems.push(`${name} missing from the css block`);
  }
  return problems;
}

const colourRules = rules
  .map(({ rule, declarations }, index) => ({
    rule,
    index,
    media: mediaOf(rule),
    declared: colourDeclarations(declarations),
  }))
  .filter(({ declared }) => declared.size > 0);

describe('styles.css and src/theme/tokens.ts cannot drift apart', () => {
  it('finds the defaults and a block for every preset, for the ancestor and for the root itself', () => {
    const selectors = colourRules.flatMap(({ rule }) => rule.selectors);
    for (const name of ['light', 'dark', 'highContrast', 'auto']) {
      expect(
        selectors.some((s) => ANCESTOR_FORM.exec(s)?.[1] === name),
        `ancestor block for ${name}`,
      ).toBe(true);
      expect(
        selectors.some((s) => ROOT_FORM.exec(s)?.[1] === name),
        `root block for ${name}`,
      ).toBe(true);
    }
    const defaults = colourRules.filter(({ rule, media }) => !media.length && !rule.selector.includes('data-fp-theme'));
    expect(defaults).toHaveLength(1);
  });

  it('declares every token of every theme with the value in tokens.ts, and nothing tokens.ts lacks', () => {
    const problems = colourRules.flatMap(({ rule, media, declared }) => {
      const where = `${media.map((m) => `@media ${m} `).join('')}${rule.selector.replace(/\s+/g, ' ')}`;
      if (media.includes('print')) return differences(declared, printColors, false).map((p) => `${where}: ${p}`);
      const expected = new Set(rule.selectors.map((selector) => expectedColours(selector, media)));
      if (expected.size > 1) return [`${where}: one rule for two palettes`];
      const isPreset = rule.selectors.every((s) => s.includes('[data-fp-theme=')) || !media.length;
      // A rule in another @media (say forced colours) may set a token, but only one tokens.ts knows.
      return differences(declared, [...expected][0]!, isPreset)
        .filter((p) => isPreset || p.includes('not in tokens.ts'))
        .map((p) => `${where}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('puts every rule for the attribute on a root after every rule for an ancestor (order decides between them)', () => {
    const indexes = (form: RegExp) =>
      colourRules.filter(({ rule }) => rule.selectors.some((s) => form.test(s))).map(({ index }) => index);
    expect(Math.min(...indexes(ROOT_FORM))).toBeGreaterThan(Math.max(...indexes(ANCESTOR_FORM)));
  });

  it('uses only tokens tokens.ts knows, with the light value as every fallback', () => {
    const problems: string[] = [];
    for (const { rule, declarations } of rules) {
      for (const { prop, value } of declarations) {
        for (const [, name, fallback] of value.matchAll(
          /var\((--fp-color-[a-z0-9-]+)\s*(?:,\s*([^()]+|[a-z]+\([^()]*\)))?\)/g,
        )) {
          const key = TOKEN_BY_NAME.get(name!);
          if (!key) problems.push(`${rule.selector} { ${prop} }: ${name} is not in tokens.ts`);
          else if (fallback && fallback.trim().toLowerCase() !== themes.light[key].toLowerCase())
            problems.push(
              `${rule.selector} { ${prop} }: fallback ${fallback.trim()} for ${name}, light is ${themes.light[key]}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
