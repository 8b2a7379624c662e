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

/** Whether an id is a built-in category (an own key: `constructor` or `toString` is not one). */
export function isBuiltInCategory(id: string): id is keyof typeof BUILT_IN_CATEGORY_TOKENS {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_CATEGORY_TOKENS, id);
}

/** The id whose colour every category the theme does not style takes (`colors.categoryOther`). */
export const OTHER_CATEGORY = 'other';

const ownStyle = (theme: Pick<Theme, 'categories'>, id: string) =>
  Object.prototype.hasOwnProperty.call(theme.categories, id) ? theme.categories[id] : undefined;

/**
 * Every category's colour in a theme, each id once, built-in first: `categories[id].color` if the theme sets
 * one, else the built-in token; then the categories the theme adds; then `other` (`categories.other.color`,
 * else `categoryOther`, for categories the theme does not style).
 */
export function categoryColors(theme: Pick<Theme, 'colors' | 'categories'>): [string, string][] {
  const builtIn = Object.entries(BUILT_IN_CATEGORY_TOKENS).map(
    ([id, token]) => [id, ownStyle(theme, id)?.color ?? theme.colors[token]] as [string, string],
  );
  const added = Object.entries(theme.categories)
    .filter(([id, style]) => !isBuiltInCategory(id) && id !== OTHER_CATEGORY && style?.color)
    .map(([id, style]) => [id, style.color!] as [string, string]);
  const other = ownStyle(theme, OTHER_CATEGORY)?.color ?? theme.colors.categoryOther;
  return [...builtIn, ...added, [OTHER_CATEGORY, other]];
}
