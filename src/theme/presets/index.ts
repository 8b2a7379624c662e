import type { Theme, ThemePair } from '../themeTypes';
import { broadsheet } from './broadsheet';
import { dark } from './dark';
import { digital } from './digital';
import { highContrast } from './highContrast';
import { light } from './light';
import { print } from './print';
import { wire } from './wire';

/** The presets that are one look each. */
export const themes = { light, dark, highContrast, print, broadsheet, wire, digital } satisfies Record<string, Theme>;

export type BuiltInThemeName = keyof typeof themes;

/** `auto`: light, and dark when the reader's system asks for it. */
export const autoTheme: ThemePair = { name: 'auto', light, dark };

/** Every name `theme="…"` and `data-fp-theme="…"` accept out of the box. */
export type ThemeName = BuiltInThemeName | 'auto';

export const THEME_NAMES: readonly ThemeName[] = [
  'light',
  'dark',
  'auto',
  'highContrast',
  'print',
  'broadsheet',
  'wire',
  'digital',
];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEME_NAMES as readonly string[]).includes(value);
}

/** A preset by name: a theme, or the light/dark pair for `auto`. */
export function presetTheme(name: ThemeName): Theme | ThemePair {
  return name === 'auto' ? autoTheme : themes[name];
}
