import stylesText from '../theme/styles.css?inline';
import { GENERATED_END, GENERATED_START } from '../theme/presetStylesheet';
import { parseCss, type CssNode } from './parseCss';

let all: CssNode[] | undefined;
let components: CssNode[] | undefined;

/** Every rule of styles.css, parsed once. */
export function stylesheetRules(): CssNode[] {
  return (all ??= parseCss(stylesText));
}

/** The rules of styles.css without its generated theme tokens (the presets' custom properties), parsed once. */
export function componentRules(): CssNode[] {
  if (components) return components;
  const start = stylesText.indexOf(GENERATED_START);
  const end = stylesText.indexOf(GENERATED_END);
  const text =
    start >= 0 && end > start ? stylesText.slice(0, start) + stylesText.slice(end + GENERATED_END.length) : stylesText;
  return (components = parseCss(text));
}
