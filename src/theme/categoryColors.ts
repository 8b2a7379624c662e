import type { ColorToken, Theme } from './themeTypes';

/** The built-in categories and their colour tokens. */
export const BUILT_IN_CATEGORY_TOKENS = {
  attack: 'categoryAttack',
  strike: 'categoryStrike',
  diplomacy: 'categoryDiplomacy',
  statement: 'categoryStatement',
  context: 'categoryContext',
} as const satisfies Record<string, ColorToken>;

export const CATEGORY_COLOR_KEYS = new Set<ColorToken>(Object.values(BUILT_IN_CATEGORY_TOKENS));

/**
 * Every category's colour in a theme, built-in first: `categories[id].color` if the theme sets one, else the
 * built-in token; then `other` (`categoryOther`, for categories the theme does not style).
 */
export function categoryColors(theme: Pick<Theme, 'colors' | 'categories'>): [string, string][] {
  const builtIn = Object.entries(BUILT_IN_CATEGORY_TOKENS).map(
    ([id, token]) => [id, theme.categories[id]?.color ?? theme.colors[token]] as [string, string],
  );
  const added = Object.entries(theme.categories)
    .filter(([id, style]) => !(id in BUILT_IN_CATEGORY_TOKENS) && style.color)
    .map(([id, style]) => [id, style.color!] as [string, string]);
  return [...builtIn, ...added, ['other', theme.colors.categoryOther]];
}
