import { CATEGORY_COLOR_KEYS, OTHER_CATEGORY, categoryColors, isBuiltInCategory } from './categoryColors';
import { categoryColorName, groupDeclarations, tokenName } from './tokenNames';
import type { ColorToken, Theme, ThemePair } from './themeTypes';

/** The elements that carry a theme: component roots (and EventList's "Show more", which stands beside its list). */
export const ROOT = ':is(.fp-root, [data-fp], .fp-event-list__more)';
/** The outermost root under an element: roots nested in it inherit from it instead of being reset. */
export const OUTERMOST_ROOT = `${ROOT}:where(:not(.fp-root *, [data-fp] *))`;

/** Where a theme named `name` applies: on a root carrying `data-fp-theme`, or on the outermost roots below one. */
export type ThemeForm = 'ancestor' | 'root';

export function themeSelector(name: string, form: ThemeForm): string {
  return form === 'root' ? `${ROOT}[data-fp-theme='${name}']` : `[data-fp-theme='${name}'] ${OUTERMOST_ROOT}`;
}

function rule(selectors: string[], declarations: [string, string][], indent = ''): string {
  const inner = declarations.map(([prop, value]) => `${indent}  ${prop}: ${value};`).join('\n');
  return `${indent}${selectors.join(`,\n${indent}`)} {\n${inner}\n${indent}}`;
}

/** Colours, the built-in and added category colours, `color-scheme`, and the root's own text and background. */
export function colorDeclarations(theme: Theme): [string, string][] {
  const colors = (Object.keys(theme.colors) as ColorToken[])
    // Category colours (with `other`) come from categoryColors, which applies the theme's `categories`.
    .filter((key) => !CATEGORY_COLOR_KEYS.has(key) && key !== 'categoryOther')
    .map((key) => [tokenName(key), theme.colors[key]] as [string, string]);
  const categories = categoryColors(theme).map(([id, color]) => [categoryColorName(id), color] as [string, string]);
  return [
    ['color-scheme', theme.colorScheme],
    ...colors,
    ...categories,
    ['color', 'var(--fp-color-text)'],
    ['background-color', 'var(--fp-color-background)'],
  ];
}

/**
 * A category id as the inside of a quoted CSS string: anything but letters, digits, `-` and `_` as a hex escape,
 * so no id (a quote, a newline, `</style>`) can end the string, the rule, or a `<style>` element.
 */
function cssStringContent(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
}

/**
 * Rules that point `--fp-category-color` at the colour of each category the built-in stylesheet does not know
 * (`other` needs none: the stylesheet falls back to it).
 */
function addedCategoryRules(theme: Theme, selectors: string[]): string[] {
  return categoryColors(theme)
    .filter(([id]) => !isBuiltInCategory(id) && id !== OTHER_CATEGORY)
    .map(([id]) => {
      const attribute = `[data-category='${cssStringContent(id)}']`;
      return rule(
        selectors.flatMap((s) => [`${s} ${attribute}`, `${s}${attribute}`]),
        [['--fp-category-color', `var(${categoryColorName(id)})`]],
      );
    });
}

export interface ThemeToCssOptions {
  /** The `data-fp-theme` value the rules answer to. Default: the theme's name. */
  name?: string;
  /** Which forms to write: on the root itself, on an ancestor, or both (default). */
  forms?: ThemeForm[];
}

/**
 * A theme as a stylesheet: `themeToCss(theme)` → rules for `data-fp-theme="<theme.name>"`. Write it into your
 * own CSS (server rendering, strict CSP) and pass `theme="<name>"`; the `theme` prop does the same at run time
 * through a constructable stylesheet. Colours apply on screen only (on paper every theme prints in the print
 * colours); a pair (`{ light, dark }`) switches with `prefers-color-scheme`.
 */
export function themeToCss(theme: Theme | ThemePair, options: ThemeToCssOptions = {}): string {
  const name = (options.name ?? theme.name).replace(/[^A-Za-z0-9_-]/g, '_');
  const selectors = (options.forms ?? ['ancestor', 'root']).map((form) => themeSelector(name, form));
  const base = 'light' in theme ? theme.light : theme;
  const parts = [
    `/* Flashpoint theme "${name}" */`,
    rule(selectors, groupDeclarations(base)),
    `@media screen {\n${rule(selectors, colorDeclarations(base), '  ')}\n}`,
  ];
  if ('dark' in theme) {
    parts.push(
      `@media screen and (prefers-color-scheme: dark) {\n${rule(selectors, colorDeclarations(theme.dark), '  ')}\n}`,
    );
  }
  parts.push(...addedCategoryRules(base, selectors));
  if ('dark' in theme) parts.push(...addedCategoryRules(theme.dark, selectors));
  return `${[...new Set(parts)].join('\n\n')}\n`;
}
