import stylesheetText from '../theme/styles.css?inline';

/** One constructable copy of styles.css per document or shadow root, shared by every graphic in it. */
const sheets = new WeakMap<Document | ShadowRoot, { sheet: CSSStyleSheet; users: number }>();

/**
 * Puts Flashpoint's stylesheet where `element` lives (the document, or its shadow root) through a constructable
 * stylesheet: no `<style>` element, so it works under `style-src 'self'`. Returns the release function; the
 * sheet leaves when the last graphic using it does.
 */
export function adoptStyles(element: Element): () => void {
  const scope = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in scope)) return () => {};
  let entry = sheets.get(scope);
  if (!entry) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(stylesheetText);
    entry = { sheet, users: 0 };
    sheets.set(scope, entry);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  }
  entry.users += 1;
  const current = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    current.users -= 1;
    if (current.users > 0) return;
    sheets.delete(scope);
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== current.sheet);
  };
}
