export { CATEGORY_ICONS, CUSTOM_CATEGORY_ICON, categoryIconPath } from './categoryIcons';
export { themes, printColors, tokenName, type BuiltInThemeName, type ColorToken, type ThemeColors } from './tokens';
export { contrastRatio, relativeLuminance } from './contrast';
export { CONTRAST_CHECKS, measureContrast, type ContrastCheck, type ContrastResult } from './contrastChecks';
