/**
 * Elements found by id or attribute value without building a selector: `CSS.escape` is missing where hosts run
 * their own tests (jsdom), and an id made from data must never be read as selector syntax.
 */

/** The element with this id, if it is inside `root`. Looked up in root's own tree: the embed draws in a shadow root. */
export function elementByIdWithin(root: Element | null | undefined, id: string): HTMLElement | null {
  if (!root) return null;
  // A document or shadow root (duck-typed: one from another frame fails instanceof), else a detached tree.
  const tree = root.getRootNode() as Node & Partial<Pick<Document, 'getElementById'>>;
  const element = tree.getElementById ? tree.getElementById(id) : elementWithAttribute<HTMLElement>(root, 'id', id);
  return element && root.contains(element) ? element : null;
}

/** The first element inside `root` whose `attribute` is exactly `value`. */
export function elementWithAttribute<T extends Element>(
  root: Element | null | undefined,
  attribute: string,
  value: string,
): T | null {
  if (!root) return null;
  for (const element of root.querySelectorAll<T>(`[${attribute}]`)) {
    if (element.getAttribute(attribute) === value) return element;
  }
  return null;
}
