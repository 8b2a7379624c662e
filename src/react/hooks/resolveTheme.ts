import { isThemeName, presetTheme } from '../../theme/presets/index';
import { themeToCss } from '../../theme/themeToCss';
import type { Theme, ThemePair } from '../../theme/themeTypes';
import type { ThemeName } from '../../theme/presets/index';

/** What the `theme` prop takes: a preset's name, the name of a theme in your own CSS (`themeToCss`), or a theme object. */
export type ThemeProp = ThemeName | (string & {}) | Theme | ThemePair;

export interface ResolvedTheme {
  /** The `data-fp-theme` value for the root, if the prop named or gave a theme. */
  attribute: string | undefined;
  /** The theme object parts read shapes and geometry from (undefined: inherit the surrounding one). */
  theme: Theme | undefined;
  /** A stylesheet to add while mounted (theme objects only). */
  css: string | undefined;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** FNV-1a, base 36: the same name for the same theme on the server and in the browser. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function isThemeObject(value: object): value is Theme {
  return 'colors' in value && 'categories' in value && 'font' in value;
}

function isThemePair(value: object): value is ThemePair {
  return 'light' in value && 'dark' in value;
}

/**
 * Turns the `theme` prop into an attribute, a theme object and, for objects, the CSS that makes the
 * attribute mean that theme. Never throws: anything else is ignored (with `problem` saying why).
 */
export function resolveTheme(prop: unknown): ResolvedTheme & { problem?: string } {
  const none = { attribute: undefined, theme: undefined, css: undefined };
  if (prop === undefined || prop === null || prop === '') return none;
  if (typeof prop === 'string') {
    if (isThemeName(prop)) {
      const preset = presetTheme(prop);
      return { attribute: prop, theme: 'dark' in preset && 'light' in preset ? preset.light : (preset as Theme), css: undefined };
    }
    if (NAME.test(prop)) return { attribute: prop, theme: undefined, css: undefined };
    return { ...none, problem: `theme "${prop}" is not a name (letters, digits, - and _)` };
  }
  if (typeof prop === 'object') {
    if (isThemeObject(prop) || isThemePair(prop)) {
      const css = themeToCss(prop);
      const name = `fp-theme-${hash(css)}`;
      return {
        attribute: name,
        theme: isThemePair(prop) ? prop.light : prop,
        css: themeToCss(prop, { name }),
      };
    }
    return { ...none, problem: 'the theme object is not a full theme: build it with createTheme()' };
  }
  return { ...none, problem: 'theme must be a name or a theme object' };
}
