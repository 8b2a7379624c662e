/** One constructable sheet per distinct CSS text and document (or shadow root), shared by every graphic using it. */
const sheetsByRoot = new WeakMap<Document | ShadowRoot, Map<string, { sheet: CSSStyleSheet; users: number }>>();

function canAdopt(root: Document | ShadowRoot): boolean {
  return (
    typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype
  );
}

/**
 * Adds `css` to `root` through a constructable stylesheet (no `<style>` element, no `style` attribute: allowed
 * under `style-src 'self'`) and returns the release function; the sheet leaves when its last user releases it.
 * Undefined when the browser cannot adopt sheets or the CSS does not parse. Releasing twice does nothing.
 */
export function adoptStylesheet(root: Document | ShadowRoot, css: string): (() => void) | undefined {
  if (!canAdopt(root)) return undefined;
  let sheets = sheetsByRoot.get(root);
  if (!sheets) {
    sheets = new Map();
    sheetsByRoot.set(root, sheets);
  }
  let entry = sheets.get(css);
  if (!entry) {
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(css);
    } catch {
      return undefined;
    }
    entry = { sheet, users: 0 };
    sheets.set(css, entry);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  entry.users += 1;
  const current = entry;
  const inRoot = sheets;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    current.users -= 1;
    if (current.users > 0) return;
    inRoot.delete(css);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== current.sheet);
  };
}
