import staticSvgText from './staticSvg.css?inline';
import { themeToCss } from '../theme/themeToCss';
import { parseCss, serializeCss, type CssNode } from './parseCss';
import { pruneCss } from './pruneCss';
import { resolveCssVariables } from './resolveCssVariables';
import { markupFacts, selectorMayMatch } from './selectorMayMatch';
import { componentRules } from './stylesheetRules';
import { categoryColorRules, themeTokens, type StaticTheme } from './staticTheme';

/** States a picture never is in: nothing hovers, has focus or is pressed in an image. */
const INTERACTIVE = /:(?:hover|focus|focus-visible|focus-within|active|target|visited)\b/;

let ownRules: CssNode[] | undefined;

export interface SvgStylesheetOptions {
  /**
   * Replace `var(--fp-…)` with the theme's values (default). Off: the rules as styles.css writes them, the theme's
   * tokens on the root and its category rules from themeToCss (what the tests compare the default with).
   */
  resolveVariables?: boolean;
}

/**
 * The stylesheet a static SVG carries: the rules of styles.css (and of the picture's own parts) that can match
 * its markup, outside any @media (a picture is not printed, forced into system colours or animated), with every
 * custom property replaced by the theme's value, and the category colours as plain rules.
 */
export function svgStylesheet(
  markup: string,
  { theme, attribute }: StaticTheme,
  root: string,
  options: SvgStylesheetOptions = {},
): string {
  const facts = markupFacts(markup);
  const rules = pruneCss([...componentRules(), ...(ownRules ??= parseCss(staticSvgText))], {
    keepSelector: (selector) => !INTERACTIVE.test(selector) && selectorMayMatch(selector, facts),
    keepAtRule: () => false,
  });
  const tokens = themeTokens(theme);
  if (options.resolveVariables === false) {
    const declarations = [...tokens].map(([name, value]) => `${name}: ${value}`).join('; ');
    // After the theme's rules and as specific: its `--fp-font-family: inherit` would leave a picture in the serif default.
    const themeCss = attribute ? themeToCss(theme, { name: attribute, forms: ['root'] }) : '';
    return `${themeCss}\n${serializeCss([{ type: 'rule', prelude: `:root${root}`, body: declarations }, ...rules])}`;
  }
  return serializeCss([...categoryColorRules(theme, root), ...resolveCssVariables(rules, tokens)]);
}
