import { categoryColors } from './categoryColors';
import { contrastRatio } from './contrast';
import type { ColorToken, Theme } from './themeTypes';

/**
 * A colour of a theme by name: a colour token (`text`, `statusDenied`), or `category:<id>` for a category's
 * colour, built-in or added by the theme.
 */
export type ThemeColorName = ColorToken | `category:${string}`;

/** One pair that must reach a minimum ratio: 4.5 for text (SC 1.4.3), 3 for marks and boundaries (SC 1.4.11). */
export interface ContrastCheck {
  foreground: ThemeColorName;
  background: ThemeColorName;
  minimum: 4.5 | 3;
  /** What the pair is, in a few words (shown in the accessibility statement). */
  use: string;
}

export interface ContrastResult extends ContrastCheck {
  ratio: number;
}

const STATUSES: ColorToken[] = [
  'statusConfirmed',
  'statusReported',
  'statusClaimed',
  'statusDenied',
  'statusUnverified',
];
const SERIES: ColorToken[] = ['series1', 'series2', 'series3', 'series4', 'series5', 'series6', 'ownCount'];

function each(
  foregrounds: ThemeColorName[],
  backgrounds: ThemeColorName[],
  minimum: 4.5 | 3,
  use: string,
): ContrastCheck[] {
  return foregrounds.flatMap((foreground) =>
    backgrounds.map((background) => ({ foreground, background, minimum, use })),
  );
}

/** The colour a name stands for in a theme. */
export function themeColor(theme: Pick<Theme, 'colors' | 'categories'>, name: ThemeColorName): string {
  if (!name.startsWith('category:')) return theme.colors[name as ColorToken];
  const id = name.slice('category:'.length);
  const found = categoryColors(theme).find(([category]) => category === id);
  return found ? found[1] : theme.colors.categoryOther;
}

/**
 * Every pair the stylesheet draws one colour on another, for a theme (its categories decide the category
 * pairs). Text sits on the background, on cards (surface), on phase bands (axis and lane labels), on the
 * highlighted target event and, on the map, on land (labels carry a land-coloured halo). Marks sit on the
 * background, cards and phase bands, and on the map's land and water.
 */
export function contrastChecks(theme: Pick<Theme, 'colors' | 'categories'>): ContrastCheck[] {
  const categories = categoryColors(theme).map(([id]) => `category:${id}` as const);
  return [
    ...each(['text', 'textMuted', 'link'], ['background', 'surface', 'target'], 4.5, 'text'),
    ...each(['text', 'textMuted'], ['phase', 'land'], 4.5, 'label on a phase band or on land'),
    ...each(STATUSES, ['background', 'surface'], 4.5, 'claim status, written in its colour'),
    ...each(SERIES, ['background'], 4.5, 'intensity line and its label'),
    { foreground: 'clusterText', background: 'cluster', minimum: 4.5, use: 'count on a cluster' },
    { foreground: 'background', background: 'text', minimum: 4.5, use: 'pressed button, hint (inverted text)' },
    ...each(['focus', 'border'], ['background', 'surface'], 3, 'focus ring, control boundary'),
    ...each(['mark', 'cluster', 'relation', ...categories], ['background', 'surface', 'phase'], 3, 'mark'),
    ...each(['mark', 'cluster', 'focus'], ['land', 'water'], 3, 'map point and its selection ring'),
  ];
}

/** The ratio of every check for one theme, in the order of `contrastChecks(theme)`. */
export function measureContrast(theme: Pick<Theme, 'colors' | 'categories'>): ContrastResult[] {
  return contrastChecks(theme).map((check) => ({
    ...check,
    ratio: contrastRatio(themeColor(theme, check.foreground), themeColor(theme, check.background)),
  }));
}
