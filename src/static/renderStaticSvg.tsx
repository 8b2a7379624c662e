import type { Dataset } from '../schema/index';
import type { Theme, ThemePair } from '../theme/themeTypes';

export interface StaticSvgOptions {
  /** `article` (default): the width given (default 720) and the height the content needs; `social`: 1200 × 630. */
  size?: 'article' | 'social';
  width?: number;
  theme?: string | Theme | ThemePair;
  locale?: string;
  timeZone?: string;
  calendar?: string;
  numberingSystem?: string;
  axisDirection?: 'ltr' | 'rtl';
}

/** A standalone SVG document of the timeline with its styles inside. Contract stub: the static helper writes it. */
export function renderStaticSvg(dataset: Dataset, options: StaticSvgOptions = {}): string {
  void dataset;
  void options;
  throw new Error('renderStaticSvg: not implemented yet');
}
