import type { ColorToken, Theme } from './themeTypes';

/** The groups of a theme that become custom properties (geometry is read in JavaScript; categories have their own). */
export const CSS_TOKEN_GROUPS = ['font', 'space', 'radius', 'stroke', 'size', 'motion', 'opacity'] as const;
export type CssTokenGroup = (typeof CSS_TOKEN_GROUPS)[number];

const kebab = (key: string) => key.replace(/[A-Z]|\d+/g, (part) => `-${part.toLowerCase()}`);

/** `categoryAttack` → `--fp-color-category-attack`, `series1` → `--fp-color-series-1`. */
export function tokenName(key: ColorToken): `--fp-color-${string}` {
  return `--fp-color-${kebab(key)}`;
}

/** `font.sizeSmall` → `--fp-font-size-small`, `space[2]` → `--fp-space-2`, `stroke.focus` → `--fp-stroke-focus`. */
export function groupTokenName(group: CssTokenGroup, key: string): `--fp-${string}` {
  return `--fp-${group}-${kebab(key).replace(/^-/, '')}`;
}

/** A category id as it may appear in a custom property name: letters, digits, `-` and `_`; anything else becomes `_`. */
export function categorySlug(category: string): string {
  return category.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The colour property of a category: `--fp-color-category-attack`, `--fp-color-category-ceasefire`. */
export function categoryColorName(category: string): `--fp-color-category-${string}` {
  return `--fp-color-category-${categorySlug(category)}`;
}

/** Every custom property of the non-colour groups with its value, in a stable order. */
export function groupDeclarations(theme: Pick<Theme, CssTokenGroup>): [string, string][] {
  return CSS_TOKEN_GROUPS.flatMap((group) =>
    Object.entries(theme[group] as unknown as Record<string, string>).map(
      ([key, value]) => [groupTokenName(group, key), value] as [string, string],
    ),
  );
}
