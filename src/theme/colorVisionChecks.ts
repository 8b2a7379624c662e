import { COLOR_VISIONS, paletteDistinctness, type ColorVision } from './colorVision';
import type { ColorToken, ThemeColors } from './tokens';

/**
 * The palettes whose colours a reader tells apart: the category of a mark, the claim status, and the lines of
 * the intensity chart (one per counter; `ownCount` is a separate dashed line with its own label, not part of it).
 */
export const DISTINCT_PALETTES = {
  category: [
    'categoryAttack',
    'categoryStrike',
    'categoryDiplomacy',
    'categoryStatement',
    'categoryContext',
    'categoryOther',
  ],
  status: ['statusConfirmed', 'statusReported', 'statusClaimed', 'statusDenied', 'statusUnverified'],
  series: ['series1', 'series2', 'series3', 'series4', 'series5', 'series6'],
} as const satisfies Record<string, readonly ColorToken[]>;

export type DistinctPalette = keyof typeof DISTINCT_PALETTES;

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
  /** The two tokens that come closest. */
  pair: [ColorToken, ColorToken];
}

/** Every palette under every vision (normal, protanopia, deuteranopia, tritanopia), for one theme's colours. */
export function measureDistinctness(colors: ThemeColors): DistinctnessResult[] {
  return (Object.keys(DISTINCT_PALETTES) as DistinctPalette[]).flatMap((palette) => {
    const tokens: readonly ColorToken[] = DISTINCT_PALETTES[palette];
    return COLOR_VISIONS.map((vision) => {
      const { minimum, pair } = paletteDistinctness(
        tokens.map((token) => colors[token]),
        vision,
      );
      return { palette, vision, minimum, pair: [tokens[pair[0]]!, tokens[pair[1]]!] as [ColorToken, ColorToken] };
    });
  });
}
