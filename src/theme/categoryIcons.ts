import type { BuiltInCategory } from '../schema/index';

/**
 * One shape per built-in category (SVG path data, 16×16 view box), so the category never rests on
 * colour alone. Components draw the path inline, `aria-hidden`, with the category in words beside it.
 */
export const CATEGORY_ICONS: Record<BuiltInCategory, string> = {
  // A burst.
  attack: 'M8 0.8l1.9 4.3 4.6-0.9-2.9 3.8 2.9 3.8-4.6-0.9L8 15.2l-1.9-4.3-4.6 0.9 2.9-3.8-2.9-3.8 4.6 0.9z',
  // A triangle pointing down: something coming in from above.
  strike: 'M1.5 2.5h13L8 14.5z',
  // A ring: a meeting.
  diplomacy: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zm0 3a3.5 3.5 0 1 1 0 7 3.5 3.5 0 1 1 0-7z',
  // A speech bubble.
  statement: 'M1.5 2h13v9h-7l-4 3.5V11h-2z',
  // A square: background.
  context: 'M2.5 2.5h11v11h-11z',
};

/** A diamond, for categories a dataset declares itself. */
export const CUSTOM_CATEGORY_ICON = 'M8 1l7 7-7 7-7-7z';

export function categoryIconPath(category: string): string {
  return Object.prototype.hasOwnProperty.call(CATEGORY_ICONS, category)
    ? CATEGORY_ICONS[category as BuiltInCategory]
    : CUSTOM_CATEGORY_ICON;
}
