import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss, { type Declaration, type Root, type Rule } from 'postcss';

export const STYLES_PATH = resolve(__dirname, '../../src/theme/styles.css');

/** src/theme/styles.css, parsed. */
export function loadStylesheet(css = readFileSync(STYLES_PATH, 'utf8')): Root {
  return postcss.parse(css, { from: STYLES_PATH });
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
