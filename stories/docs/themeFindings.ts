import { MIN_DELTA_E, measureDistinctness } from '../../src/theme/colorVisionChecks';
import { measureContrast, type ThemeColorName } from '../../src/theme/contrastChecks';
import type { Theme } from '../../src/theme/themeTypes';

/** Two decimals, rounded down: 4.496 reads "4.49:1", never a passing-looking "4.50:1". */
export const ratioText = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

/** `category:ceasefire` → `ceasefire category`; a token stays its name (`textMuted`), as the controls call it. */
export function colorWords(name: ThemeColorName): string {
  return name.startsWith('category:') ? `${name.slice('category:'.length)} category` : name;
}

export interface ThemeFindings {
  contrastChecked: number;
  /** "link on surface: 3.90:1, needs 4.5:1 (text)". */
  contrastFailures: string[];
  distinctnessChecked: number;
  /** "category colours under deuteranopia: attack and statement 7.2 ΔE apart, need 10". */
  distinctnessFailures: string[];
}

/** What fails in a theme, in words an editor can act on: every contrast pair and palette below its minimum. */
export function themeFindings(theme: Theme): ThemeFindings {
  const contrast = measureContrast(theme);
  const distinct = measureDistinctness(theme);
  return {
    contrastChecked: contrast.length,
    contrastFailures: contrast
      .filter((result) => result.ratio < result.minimum)
      .map(
        (result) =>
          `${colorWords(result.foreground)} on ${colorWords(result.background)}: ${ratioText(result.ratio)}, ` +
          `needs ${result.minimum}:1 (${result.use})`,
      ),
    distinctnessChecked: distinct.length,
    distinctnessFailures: distinct
      .filter((result) => result.minimum < MIN_DELTA_E)
      .map(
        (result) =>
          `${result.palette} colours, ${result.vision === 'normal' ? 'normal colour vision' : `under ${result.vision}`}: ` +
          `${colorWords(result.pair[0])} and ${colorWords(result.pair[1])} are ${result.minimum.toFixed(1)} ΔE apart, ` +
          `need ${MIN_DELTA_E}`,
      ),
  };
}
