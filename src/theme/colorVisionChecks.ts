import { categoryColors } from './categoryColors';
import { COLOR_VISIONS, paletteDistinctness, type ColorVision } from './colorVision';
import { themeColor, type ThemeColorName } from './contrastChecks';
import type { ColorToken, Theme } from './themeTypes';

/**
 * The palettes whose colours a reader tells apart: the category of a mark (every category of the theme, with
 * `other`), the claim status, and the lines of the intensity chart (one per counter; `ownCount` is a separate
 * dashed line with its own label, not part of it).
 */
export const DISTINCT_PALETTES = {
  status: ['statusConfirmed', 'statusReported', 'statusClaimed', 'statusDenied', 'statusUnverified'],
  series: ['series1', 'series2', 'series3', 'series4', 'series5', 'series6'],
} as const satisfies Record<string, readonly ColorToken[]>;

export type DistinctPalette = 'category' | keyof typeof DISTINCT_PALETTES;

/**
 * The smallest CIEDE2000 difference two colours of one palette may have, for every vision checked.
 *
 * ΔE2000 ≈ 1 is a just-noticeable difference between two large patches side by side; marks here are small
 * (10–16 px symbols, 2 px lines) and seen apart, and the difference needed to tell small marks apart grows
 * quickly as they shrink (M. Stone, D. Albers Szafir and V. Setlur, "An Engineering Model for Color
 * Difference as a Function of Size", Color and Imaging Conference 2014). 10 is the usual target for colours
 * that must read as clearly different at a glance. Colour is never the only cue (a category is also a shape
 * and a word, a status a word and a border style, a line a dash pattern, a marker shape and a direct label),
 * so this keeps the redundant cue useful rather than carrying meaning alone.
 */
export const MIN_DELTA_E = 10;

export interface DistinctnessResult {
  palette: DistinctPalette;
  vision: ColorVision;
  /** Smallest ΔE2000 between two colours of the palette, as seen with this vision. */
  minimum: number;
  /** The two colours that come closest. */
  pair: [ThemeColorName, ThemeColorName];
}

/** The colour names of each palette in a theme. */
export function distinctPalettes(
  theme: Pick<Theme, 'colors' | 'categories'>,
): Record<DistinctPalette, readonly ThemeColorName[]> {
  return {
    category: categoryColors(theme).map(([id]) => `category:${id}` as const),
    ...DISTINCT_PALETTES,
  };
}

/** Every palette under every vision (normal, protanopia, deuteranopia, tritanopia), for one theme. */
export function measureDistinctness(theme: Pick<Theme, 'colors' | 'categories'>): DistinctnessResult[] {
  const palettes = distinctPalettes(theme);
  return (Object.keys(palettes) as DistinctPalette[]).flatMap((palette) => {
    const names = palettes[palette];
    return COLOR_VISIONS.map((vision) => {
      const { minimum, pair } = paletteDistinctness(
        names.map((name) => themeColor(theme, name)),
        vision,
      );
      return { palette, vision, minimum, pair: [names[pair[0]]!, names[pair[1]]!] as [ThemeColorName, ThemeColorName] };
    });
  });
}
