import { ID_PATTERN } from '../schema/idPattern';
import { light } from './presets/light';
import { CSS_TOKEN_GROUPS } from './tokenNames';
import { isSafePathData, isSafeTokenValue } from './tokenValue';
import type { CategoryStyle, Theme, ThemeGeometry, ThemeOverrides } from './themeTypes';

export interface ThemeProblem {
  /** Where in the overrides: `colors.text`, `categories.ceasefire.shape`. */
  path: string;
  message: string;
}

export interface CreatedTheme {
  theme: Theme;
  problems: ThemeProblem[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const CATEGORY_STYLE_KEYS = ['color', 'shape', 'icon'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies the safe string values of `overrides` over `base`, reporting every value it leaves out. */
function mergeStrings<T extends object>(base: T, overrides: unknown, path: string, problems: ThemeProblem[]): T {
  if (overrides === undefined) return base;
  if (!isRecord(overrides)) {
    problems.push({ path, message: 'is not an object; kept the base theme' });
    return base;
  }
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      problems.push({ path: `${path}.${key}`, message: 'is not a token of this group; ignored' });
    } else if (!isSafeTokenValue(value)) {
      problems.push({
        path: `${path}.${key}`,
        message: `${JSON.stringify(value)} is not a plain CSS value; kept the base value`,
      });
    } else {
      merged[key] = value.trim();
    }
  }
  return merged as T;
}

function mergeGeometry(base: ThemeGeometry, overrides: unknown, problems: ThemeProblem[]): ThemeGeometry {
  if (overrides === undefined) return base;
  if (!isRecord(overrides)) {
    problems.push({ path: 'geometry', message: 'is not an object; kept the base theme' });
    return base;
  }
  const merged: Record<string, number> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      problems.push({ path: `geometry.${key}`, message: 'is not a token of this group; ignored' });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1000) {
      problems.push({
        path: `geometry.${key}`,
        message: `${JSON.stringify(value)} is not a length in pixels; kept the base value`,
      });
    } else {
      merged[key] = value;
    }
  }
  // Below 24 px apart, two marks' targets overlap (WCAG 2.5.8).
  if (merged.minGap! < 24) {
    problems.push({ path: 'geometry.minGap', message: 'must be at least 24 (pointer targets); raised to 24' });
    merged.minGap = 24;
  }
  return merged as unknown as ThemeGeometry;
}

function mergeCategories(
  base: Record<string, CategoryStyle>,
  overrides: unknown,
  problems: ThemeProblem[],
): Record<string, CategoryStyle> {
  if (overrides === undefined) return base;
  if (!isRecord(overrides)) {
    problems.push({ path: 'categories', message: 'is not an object; kept the base categories' });
    return base;
  }
  const merged: Record<string, CategoryStyle> = { ...base };
  for (const [id, style] of Object.entries(overrides)) {
    const path = `categories.${id}`;
    if (!ID_PATTERN.test(id)) {
      problems.push({ path, message: 'is not a category id (letters, digits, -, _, . or :); ignored' });
      continue;
    }
    if (!isRecord(style)) {
      problems.push({ path, message: 'is not an object; ignored' });
      continue;
    }
    for (const key of Object.keys(style))
      if (!CATEGORY_STYLE_KEYS.includes(key))
        problems.push({ path: `${path}.${key}`, message: 'is not part of a category style; ignored' });
    const next: CategoryStyle = { ...(Object.prototype.hasOwnProperty.call(base, id) ? base[id] : {}) };
    if (style.color !== undefined) {
      if (isSafeTokenValue(style.color)) next.color = style.color.trim();
      else
        problems.push({
          path: `${path}.color`,
          message: `${JSON.stringify(style.color)} is not a plain CSS colour; ignored`,
        });
    }
    for (const key of ['shape', 'icon'] as const) {
      if (style[key] === undefined) continue;
      if (isSafePathData(style[key])) next[key] = style[key];
      else problems.push({ path: `${path}.${key}`, message: 'is not SVG path data; ignored' });
    }
    merged[id] = next;
  }
  return merged;
}

/**
 * A theme from any part of one, merged over `base` (the light preset by default), with a list of what was left
 * out and why. Unsafe or unknown values never reach the stylesheet: they are reported and the base value kept.
 */
export function createThemeWithProblems(overrides: ThemeOverrides = {}, base: Theme = light): CreatedTheme {
  const problems: ThemeProblem[] = [];
  const input: Record<string, unknown> = isRecord(overrides) ? overrides : {};
  if (!isRecord(overrides)) problems.push({ path: '', message: 'a theme must be an object; used the base theme' });
  // A theme changed from the default is not "light": its CSS must not answer to data-fp-theme="light".
  let name = base.name === 'light' ? 'custom' : base.name;
  if (input.name !== undefined) {
    if (typeof input.name === 'string' && NAME.test(input.name)) name = input.name;
    else
      problems.push({
        path: 'name',
        message: `must start with a letter and use letters, digits, - and _; named it "${name}"`,
      });
  }
  let colorScheme = base.colorScheme;
  if (input.colorScheme !== undefined) {
    if (input.colorScheme === 'light' || input.colorScheme === 'dark') colorScheme = input.colorScheme;
    else problems.push({ path: 'colorScheme', message: 'must be "light" or "dark"' });
  }
  const theme: Theme = {
    ...base,
    name,
    colorScheme,
    colors: mergeStrings(base.colors, input.colors, 'colors', problems),
    geometry: mergeGeometry(base.geometry, input.geometry, problems),
    categories: mergeCategories(base.categories, input.categories, problems),
  };
  for (const group of CSS_TOKEN_GROUPS) {
    (theme as unknown as Record<string, unknown>)[group] = mergeStrings(base[group], input[group], group, problems);
  }
  for (const key of Object.keys(input)) {
    if (!['name', 'colorScheme', 'colors', 'geometry', 'categories', ...CSS_TOKEN_GROUPS].includes(key))
      problems.push({ path: key, message: 'is not part of a theme; ignored' });
  }
  return { theme, problems };
}

/**
 * `createTheme({ colors: { link: '#7a1f1f' }, font: { family: 'Georgia, serif' } })`: a full theme from a
 * partial one, over the light preset or the `base` given. Never throws; values it cannot use are reported
 * once on the console (see `createThemeWithProblems` to get them as data).
 */
export function createTheme(overrides: ThemeOverrides = {}, base: Theme = light): Theme {
  const { theme, problems } = createThemeWithProblems(overrides, base);
  if (problems.length && typeof console !== 'undefined') {
    console.warn(
      `Flashpoint: createTheme left out ${problems.length} value(s):\n${problems.map((p) => `- ${p.path || 'theme'} ${p.message}`).join('\n')}`,
    );
  }
  return theme;
}
