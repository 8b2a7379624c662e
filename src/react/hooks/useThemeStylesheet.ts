import { createContext, useContext, useInsertionEffect } from 'react';

/**
 * Where theme stylesheets go: null (the default) for the document, or the shadow root a graphic renders in (the
 * embed's `<flashpoint-timeline>`), since a document's adopted stylesheets do not reach into shadow roots.
 */
export const StylesheetRootContext = createContext<ShadowRoot | null>(null);

/** One constructable sheet per distinct CSS text and document (or shadow root), shared by every graphic that uses it. */
const sheetsByRoot = new WeakMap<Document | ShadowRoot, Map<string, { sheet: CSSStyleSheet; users: number }>>();

function canAdopt(root: Document | ShadowRoot): boolean {
  return (
    typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype
  );
}

/**
 * Adds `css` to the page while mounted, through a constructable stylesheet: no `<style>` element and no
 * `style` attribute, so it works under a strict Content-Security-Policy (`style-src 'self'`) and leaves nothing
 * in server HTML. The sheet is removed when the last graphic using it unmounts. Browsers without constructable
 * stylesheets keep the surrounding theme (the attribute is still set; put `themeToCss` output in your CSS).
 * Inside a StylesheetRootContext the sheet goes to that shadow root instead of the document.
 */
export function useThemeStylesheet(css: string | undefined): void {
  const shadowRoot = useContext(StylesheetRootContext);
  useInsertionEffect(() => {
    if (!css || typeof document === 'undefined') return undefined;
    const root: Document | ShadowRoot = shadowRoot ?? document;
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
    return () => {
      current.users -= 1;
      if (current.users > 0) return;
      inRoot.delete(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== current.sheet);
    };
  }, [css, shadowRoot]);
}
