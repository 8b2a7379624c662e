import { createThemeWithProblems, type ThemeProblem } from '../../theme/createTheme';
import { dark } from '../../theme/presets/dark';
import { light } from '../../theme/presets/light';
import { isThemeName, presetTheme } from '../../theme/presets/index';
import { themeToCss } from '../../theme/themeToCss';
import type { Theme, ThemeOverrides, ThemePair } from '../../theme/themeTypes';
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
 * A theme object goes through createTheme again: a hand-built or CMS-fed object may hold values that would break
 * out of the stylesheet (which applies to the whole page) or a missing geometry that would break the layout.
 */
function sanitize(value: unknown, base: Theme, path: string, problems: ThemeProblem[]): Theme {
  const created = createThemeWithProblems(value as ThemeOverrides, base);
  problems.push(...created.problems.map((p) => ({ ...p, path: [path, p.path].filter(Boolean).join('.') })));
  return created.theme;
}

function describe(problems: ThemeProblem[]): string {
  const lines = problems.map((p) => `- ${p.path || 'theme'} ${p.message}`).join('\n');
  return `the theme object has ${problems.length} value(s) it cannot use; they keep the preset's values:\n${lines}`;
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
      return { attribute: prop, theme: isThemePair(preset) ? preset.light : preset, css: undefined };
    }
    if (NAME.test(prop)) return { attribute: prop, theme: undefined, css: undefined };
    return {
      ...none,
      problem: `theme ${JSON.stringify(prop)} is not a name (a letter, then letters, digits, - and _); the surrounding theme applies`,
    };
  }
  if (Array.isArray(prop)) {
    return { ...none, problem: 'theme must be a name or a theme object, not a list; the surrounding theme applies' };
  }
  if (typeof prop === 'object' && (isThemeObject(prop) || isThemePair(prop))) {
    try {
      const problems: ThemeProblem[] = [];
      const theme: Theme | ThemePair = isThemePair(prop)
        ? {
            name: 'custom', // Not written anywhere: the CSS is written for the hashed name.
            light: sanitize(prop.light, light, 'light', problems),
            dark: sanitize(prop.dark, dark, 'dark', problems),
          }
        : sanitize(prop, prop.colorScheme === 'dark' ? dark : light, '', problems);
      const name = `fp-theme-${hash(themeToCss(theme))}`;
      return {
        attribute: name,
        theme: isThemePair(theme) ? theme.light : theme,
        css: themeToCss(theme, { name }),
        ...(problems.length > 0 ? { problem: describe(problems) } : {}),
      };
    } catch {
      return {
        ...none,
        problem: 'the theme object could not be read (build it with createTheme()); the surrounding theme applies',
      };
    }
  }
  if (typeof prop === 'object') {
    return {
      ...none,
      problem: 'the theme object is not a full theme (build it with createTheme()); the surrounding theme applies',
    };
  }
  return {
    ...none,
    problem: `theme must be a name or a theme object, not a ${typeof prop}; the surrounding theme applies`,
  };
}

/**
 * What `resolveTheme` depends on, as a value React can compare: the name for a string, the contents for an object.
 * A theme built inline (`theme={createTheme(…)}`) is a new object on every render; compared by contents it is
 * resolved once, and parts reading the theme from context do not re-render on every frame of a zoom.
 */
export function themeKey(prop: unknown): unknown {
  if (typeof prop !== 'object' || prop === null) return prop;
  try {
    return `object:${JSON.stringify(prop)}`;
  } catch {
    return prop; // A cycle: compare by identity (resolveTheme reports it).
  }
}
