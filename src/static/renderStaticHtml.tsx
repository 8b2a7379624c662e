import type { Dataset } from '../schema/index';
import type { Theme, ThemePair } from '../theme/themeTypes';

export interface StaticHtmlOptions {
  theme?: string | Theme | ThemePair;
  locale?: string;
  timeZone?: string;
  calendar?: string;
  numberingSystem?: string;
  /** A whole HTML document with the stylesheet inside (default), or only the fragment. */
  document?: boolean;
}

/** The no-JavaScript event list as HTML. Contract stub: the static helper writes it. */
export function renderStaticHtml(dataset: Dataset, options: StaticHtmlOptions = {}): string {
  void dataset;
  void options;
  throw new Error('renderStaticHtml: not implemented yet');
}
