import type { Theme } from './themeTypes';

/**
 * Mark shapes as SVG path data in a 16×16 box, so a category never rests on colour alone. A theme picks one
 * per category (`categories.attack.shape`); a publication can use these or draw its own. Components draw the
 * path inline, `aria-hidden`, with the category in words beside it.
 */
export const CATEGORY_SHAPES = {
  /** A burst: attacks. */
  burst: 'M8 0.8l1.9 4.3 4.6-0.9-2.9 3.8 2.9 3.8-4.6-0.9L8 15.2l-1.9-4.3-4.6 0.9 2.9-3.8-2.9-3.8 4.6 0.9z',
  /** A triangle pointing down, something coming in from above: strikes. */
  triangleDown: 'M1.5 2.5h13L8 14.5z',
  /** A ring: meetings. */
  ring: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zm0 3a3.5 3.5 0 1 1 0 7 3.5 3.5 0 1 1 0-7z',
  /** A speech bubble: statements. */
  bubble: 'M1.5 2h13v9h-7l-4 3.5V11h-2z',
  /** A square: background. */
  square: 'M2.5 2.5h11v11h-11z',
  /** A diamond: any category the theme does not style. */
  diamond: 'M8 1l7 7-7 7-7-7z',
  circle: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13z',
  triangleUp: 'M8 1.5l6.5 12h-13z',
  hexagon: 'M4.25 1.5h7.5L15.5 8l-3.75 6.5h-7.5L0.5 8z',
  cross: 'M5.5 1h5v4.5H15v5h-4.5V15h-5v-4.5H1v-5h4.5z',
  star: 'M8 0.8l2.1 4.7 5.1 0.5-3.8 3.4 1.1 5L8 11.8l-4.5 2.6 1.1-5L0.8 6l5.1-0.5z',
} as const;

export type CategoryShapeName = keyof typeof CATEGORY_SHAPES;

/** The shape for categories a theme does not style. */
export const CUSTOM_CATEGORY_SHAPE = CATEGORY_SHAPES.diamond;

function styleOf(theme: Pick<Theme, 'categories'>, category: string) {
  return Object.prototype.hasOwnProperty.call(theme.categories, category) ? theme.categories[category] : undefined;
}

/** The mark's path for a category in a theme. */
export function categoryShape(theme: Pick<Theme, 'categories'>, category: string): string {
  return styleOf(theme, category)?.shape ?? CUSTOM_CATEGORY_SHAPE;
}

/** The pictogram beside a category's name: its icon, else its shape. */
export function categoryIcon(theme: Pick<Theme, 'categories'>, category: string): string {
  const style = styleOf(theme, category);
  return style?.icon ?? style?.shape ?? CUSTOM_CATEGORY_SHAPE;
}
