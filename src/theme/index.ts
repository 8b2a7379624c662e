export {
  CATEGORY_SHAPES,
  CUSTOM_CATEGORY_SHAPE,
  categoryIcon,
  categoryShape,
  type CategoryShapeName,
} from './categoryShapes';
export type {
  CategoryStyle,
  ColorToken,
  Theme,
  ThemeColors,
  ThemeFont,
  ThemeGeometry,
  ThemeMotion,
  ThemeOpacity,
  ThemeOverrides,
  ThemePair,
  ThemeRadius,
  ThemeSize,
  ThemeSpace,
  ThemeStroke,
} from './themeTypes';
export {
  autoTheme,
  isThemeName,
  presetTheme,
  themes,
  THEME_NAMES,
  type BuiltInThemeName,
  type ThemeName,
} from './presets/index';
export { createTheme, createThemeWithProblems, type CreatedTheme, type ThemeProblem } from './createTheme';
export { themeToCss, themeSelector, type ThemeForm, type ThemeToCssOptions } from './themeToCss';
export { categoryColors, BUILT_IN_CATEGORY_TOKENS } from './categoryColors';
export { categoryColorName, groupTokenName, tokenName, CSS_TOKEN_GROUPS, type CssTokenGroup } from './tokenNames';
export { isSafePathData, isSafeTokenValue } from './tokenValue';
export { contrastRatio, relativeLuminance } from './contrast';
export {
  contrastChecks,
  measureContrast,
  themeColor,
  type ContrastCheck,
  type ContrastResult,
  type ThemeColorName,
} from './contrastChecks';
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
  distinctPalettes,
  measureDistinctness,
  type DistinctPalette,
  type DistinctnessResult,
} from './colorVisionChecks';
