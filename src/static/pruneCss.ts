import { splitTopLevel, type CssNode } from './parseCss';

export interface PruneCssOptions {
  /** Keep a selector of a style rule (a rule with none left is dropped). */
  keepSelector: (selector: string) => boolean;
  /** Keep an at-rule with a block, by its prelude (`@media print`). Default: all. */
  keepAtRule?: (prelude: string) => boolean;
}

/** The stylesheet with only the selectors asked for; rules and at-rules left empty are dropped. */
export function pruneCss(nodes: readonly CssNode[], options: PruneCssOptions): CssNode[] {
  const { keepSelector, keepAtRule = () => true } = options;
  return nodes.flatMap((node): CssNode[] => {
    if (node.type === 'rule') {
      const selectors = splitTopLevel(node.prelude, ',').filter(keepSelector);
      return selectors.length ? [{ ...node, prelude: selectors.join(', ') }] : [];
    }
    if (!keepAtRule(node.prelude)) return [];
    if (node.type === 'at-body') return [node];
    const children = pruneCss(node.children, options);
    return children.length ? [{ ...node, children }] : [];
  });
}
