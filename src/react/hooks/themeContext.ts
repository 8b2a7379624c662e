import { createContext, useContext } from 'react';
import { light } from '../../theme/presets/light';
import type { Theme } from '../../theme/themeTypes';

/**
 * The theme object of the nearest component that was given one (a preset by name or a theme object). Parts
 * read category shapes and layout geometry from it; colours and sizes reach them through CSS.
 */
export const ThemeContext = createContext<Theme>(light);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
