export { CATEGORY_ICONS, CUSTOM_CATEGORY_ICON, categoryIconPath } from './categoryIcons';
export { themes, printColors, tokenName, type BuiltInThemeName, type ColorToken, type ThemeColors } from './tokens';
export { contrastRatio, relativeLuminance } from './contrast';
export { CONTRAST_CHECKS, measureContrast, type ContrastCheck, type ContrastResult } from './contrastChecks';
export {
  COLOR_VISIONS,
  deltaE2000,
  hexToLab,
  paletteDistinctness,
  simulateColorVision,
  type ColorVision,
  type Distinctness,
  type Lab,
} from './colorVision';
export {
  DISTINCT_PALETTES,
  MIN_DELTA_E,
  measureDistinctness,
  type DistinctPalette,
  type DistinctnessResult,
} from './colorVisionChecks';
