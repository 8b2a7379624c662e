import type { ThemeName } from '../../src/theme/presets/index';

/** Each preset in a line, for the gallery cards and the theme builder's base select. */
export const PRESET_DESCRIPTIONS: Record<ThemeName, { title: string; description: string }> = {
  light: { title: 'Light', description: 'The default: dark text on white, deep category hues.' },
  dark: { title: 'Dark', description: 'Light text on near-black blue-grey, hues lifted to keep 4.5:1.' },
  auto: { title: 'Auto', description: "Light or dark, following the reader's system setting." },
  highContrast: { title: 'High contrast', description: 'Black and white, a yellow focus ring, text near 7:1.' },
  print: { title: 'Print', description: 'Black text on white, sizes in points, no motion: what paper gets.' },
  broadsheet: { title: 'Broadsheet', description: 'Warm newsprint, serif type, generous spacing, square corners.' },
  wire: { title: 'Wire', description: 'White, dense and neutral, system sans-serif, small corners.' },
  digital: { title: 'Digital', description: 'Deep navy, bright category colours, rounded cards, cyan focus.' },
};
