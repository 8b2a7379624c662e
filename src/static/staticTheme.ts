import { resolveTheme } from '../react/hooks/resolveTheme';
import { categoryColors, OTHER_CATEGORY } from '../theme/categoryColors';
import { light } from '../theme/presets/light';
import { colorDeclarations } from '../theme/themeToCss';
import { groupDeclarations } from '../theme/tokenNames';
import type { Theme, ThemePair } from '../theme/themeTypes';
import type { CssNode } from './parseCss';

/** The `theme` option of the static renderers: a preset's name or a theme object (`createTheme`). */
export type StaticThemeOption = string | Theme | ThemePair;

export interface StaticTheme {
  /** The theme drawn: a pair (`auto`, `{ light, dark }`) draws its light half, as the interactive graphic does at first. */
  theme: Theme;
  /** The `data-fp-theme` value for the root, when a theme was asked for. */
  attribute: string | undefined;
  /** For a theme object: the rules that make `attribute` mean it (`themeToCss`), for a stylesheet inside. */
  css: string | undefined;
}

/**
 * Fonts for a picture that stands alone: there is no host page to inherit from, so a theme that inherits
 * (`inherit`, the default) gets the system's sans-serif faces, which cover Arabic, Persian and Hebrew.
 */
export const STATIC_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/** The theme option as a theme object; a name that is not a preset cannot be drawn (its CSS is not ours): an error. */
export function resolveStaticTheme(option: unknown, caller: string): StaticTheme {
  if (option === undefined || option === null || option === '')
    return { theme: light, attribute: undefined, css: undefined };
  const resolved = resolveTheme(option);
  if (!resolved.theme) {
    const why =
      resolved.problem ??
      `theme ${JSON.stringify(option)} is not a preset (light, dark, auto, highContrast, print, broadsheet, wire, digital)`;
    throw new TypeError(`${caller}: ${why}; pass a preset's name or a theme object from createTheme()`);
  }
  return { theme: resolved.theme, attribute: resolved.attribute, css: resolved.css };
}

/** Every custom property of a theme with its value: what `var()` reads on a Flashpoint root in that theme. */
export function themeTokens(theme: Theme): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const [name, value] of [...groupDeclarations(theme), ...colorDeclarations(theme)]) {
    if (name.startsWith('--')) tokens.set(name, value);
  }
  if (tokens.get('--fp-font-family') === 'inherit') tokens.set('--fp-font-family', STATIC_FONT_STACK);
  return tokens;
}

/** A CSS string's content: anything but letters, digits, `-` and `_` as a hex escape, so no id can end it. */
function cssString(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
}

/**
 * Each category's colour as `color` on the element carrying `data-category` (its drawings paint in
 * `currentColor`): plain selectors and literal colours, which every SVG renderer reads.
 */
export function categoryColorRules(theme: Theme, root: string): CssNode[] {
  const colors = categoryColors(theme);
  const other = colors.find(([id]) => id === OTHER_CATEGORY)![1];
  return [
    { type: 'rule', prelude: `${root} [data-category]`, body: `color: ${other}` },
    ...colors
      .filter(([id]) => id !== OTHER_CATEGORY)
      .map(([id, color]): CssNode => ({
        type: 'rule',
        prelude: `${root} [data-category='${cssString(id)}']`,
        body: `color: ${color}`,
      })),
  ];
}
