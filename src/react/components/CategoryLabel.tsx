import { categoryIcon, categoryShape } from '../../theme/categoryShapes';
import { useTheme } from '../hooks/themeContext';
import type { EventListContext } from './eventListContext';
import { text } from './safeData';

export interface CategoryLabelProps {
  category: string;
  context: EventListContext;
  /**
   * Which of the theme's drawings to show: its `icon` (default; the pictogram beside a name) or the `shape` of its
   * marks (the legend, which is the key to the graphic).
   */
  symbol?: 'icon' | 'shape';
}

/** The category as an icon (decorative, a distinct shape per category, from the theme in force) and in words. */
export function CategoryLabel({ category, context, symbol = 'icon' }: CategoryLabelProps) {
  const theme = useTheme();
  const id = text(category);
  const builtIn = context.messages.category as Record<string, string>;
  const label =
    (Object.prototype.hasOwnProperty.call(builtIn, id) ? builtIn[id] : '') ||
    text(context.categories.get(id)?.label) ||
    id;
  return (
    <span className="fp-category" data-category={id || undefined}>
      <svg
        className="fp-category__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path d={symbol === 'shape' ? categoryShape(theme, id) : categoryIcon(theme, id)} fillRule="evenodd" />
      </svg>
      <bdi className="fp-category__label">{label}</bdi>
    </span>
  );
}
