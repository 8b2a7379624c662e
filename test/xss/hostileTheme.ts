import { light } from '../../src/theme/presets/light';
import type { Theme } from '../../src/theme/themeTypes';

/** A copy of `value` with every string in it replaced by `text` (numbers, such as the geometry, kept). */
function replaceStrings(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, text));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceStrings(item, text)]));
  return value;
}

/** The light preset with `text` as every colour, font, length, category colour and shape, and as a category id. */
export function hostileTheme(text: string): Theme {
  const theme = replaceStrings(light, text) as Theme;
  theme.colorScheme = 'light';
  theme.categories = {
    ...theme.categories,
    hostile: { color: text, shape: text, icon: text },
    [text]: { color: text, shape: text, icon: text },
  };
  return theme;
}
