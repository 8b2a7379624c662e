import { parseDeclarations, splitTopLevel, type CssNode } from './parseCss';

/**
 * The property whose value differs from element to element (set from `data-category`): resolved to `currentColor`,
 * with the colour itself set per category by the rules that `categoryColorRules` writes.
 */
export const CATEGORY_COLOR_PROPERTY = '--fp-category-color';

const MAX_DEPTH = 8;

/** `value` with every `var(--name, fallback)` replaced by its literal value; undefined if one cannot be. */
export function substituteVariables(value: string, tokens: ReadonlyMap<string, string>, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at === -1) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, at);
    let depthInside = 0;
    let close = at + 3;
    for (; close < value.length; close++) {
      if (value[close] === '(') depthInside += 1;
      else if (value[close] === ')' && --depthInside === 0) break;
    }
    const [name = '', ...fallback] = splitTopLevel(value.slice(at + 4, close), ',');
    const resolved =
      name === CATEGORY_COLOR_PROPERTY
        ? 'currentColor'
        : tokens.has(name)
          ? substituteVariables(tokens.get(name)!, tokens, depth + 1)
          : fallback.length > 0
            ? substituteVariables(fallback.join(', '), tokens, depth + 1)
            : undefined;
    if (resolved === undefined) return undefined;
    out += resolved;
    i = close + 1;
  }
  return out;
}

/**
 * Rules with every custom property resolved to the theme's literal values, for viewers that do not know `var()`
 * (image pipelines that draw SVG without a browser). Declarations of custom properties are dropped (the tokens
 * are the theme's, set once for the whole picture), and so is a declaration whose variable is unknown.
 */
export function resolveCssVariables(nodes: readonly CssNode[], tokens: ReadonlyMap<string, string>): CssNode[] {
  return nodes.flatMap((node): CssNode[] => {
    if (node.type === 'at') {
      const children = resolveCssVariables(node.children, tokens);
      return children.length ? [{ ...node, children }] : [];
    }
    const declarations = parseDeclarations(node.body).flatMap(([prop, value]) => {
      if (prop.startsWith('--')) return [];
      const literal = substituteVariables(value, tokens);
      return literal === undefined ? [] : [`${prop}: ${literal}`];
    });
    return declarations.length ? [{ ...node, body: declarations.join('; ') }] : [];
  });
}
