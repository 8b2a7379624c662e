import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss, { type Declaration, type Root, type Rule } from 'postcss';
import { GENERATED_END, GENERATED_START } from '../../src/theme/presetStylesheet';

export const STYLES_PATH = resolve(__dirname, '../../src/theme/styles.css');

/** src/theme/styles.css, parsed. */
export function loadStylesheet(css = readFileSync(STYLES_PATH, 'utf8')): Root {
  return postcss.parse(css, { from: STYLES_PATH });
}

/**
 * styles.css without its generated token section (`npm run build:theme` writes it from the presets): the part
 * written by hand. The section becomes blank lines, so line numbers still match the file.
 */
export function handWritten(css = readFileSync(STYLES_PATH, 'utf8')): string {
  const start = css.indexOf(GENERATED_START);
  const end = css.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`styles.css has no generated section (${GENERATED_START})`);
  const generated = css.slice(start, end + GENERATED_END.length);
  return css.slice(0, start) + '\n'.repeat(generated.split('\n').length - 1) + css.slice(end + GENERATED_END.length);
}

/** The `@media` conditions a rule sits in, outermost first ("screen", "print", "(forced-colors: active)"). */
export function mediaOf(rule: Rule): string[] {
  const media: string[] = [];
  for (let node = rule.parent; node && node.type !== 'root'; node = node.parent) {
    if (node.type === 'atrule' && 'name' in node && node.name === 'media') media.unshift(String(node.params));
  }
  return media;
}

/** Every rule with its declarations, in the order of the file. */
export function rulesOf(root: Root): { rule: Rule; declarations: Declaration[] }[] {
  const rules: { rule: Rule; declarations: Declaration[] }[] = [];
  root.walkRules((rule) => {
    rules.push({ rule, declarations: rule.nodes.filter((node): node is Declaration => node.type === 'decl') });
  });
  return rules;
}
