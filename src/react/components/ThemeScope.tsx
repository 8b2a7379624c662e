import type { ReactNode } from 'react';
import type { Theme } from '../../theme/themeTypes';
import { ThemeContext } from '../hooks/themeContext';

export interface ThemeScopeProps {
  /** The theme in force for this component (`useLocaleSettings(...).theme`). */
  theme: Theme;
  children: ReactNode;
}

/**
 * Hands a component's theme to its parts (category shapes, layout geometry) and to nested components that have
 * no `theme` prop of their own. `.Provider`, not `<Context value>`, so React 18 hosts work too.
 */
export function ThemeScope({ theme, children }: ThemeScopeProps) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}
