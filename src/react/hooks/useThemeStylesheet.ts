import { useInsertionEffect } from 'react';

/** One constructable sheet per distinct CSS text and document, shared by every graphic that uses it. */
const sheets = new Map<string, { sheet: CSSStyleSheet; users: number }>();

function canAdopt(doc: Document): boolean {
  return typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc && 'replaceSync' in CSSStyleSheet.prototype;
}

/**
 * Adds `css` to the page while mounted, through a constructable stylesheet: no `<style>` element and no
 * `style` attribute, so it works under a strict Content-Security-Policy (`style-src 'self'`) and leaves nothing
 * in server HTML. The sheet is removed when the last graphic using it unmounts. Browsers without constructable
 * stylesheets keep the surrounding theme (the attribute is still set; put `themeToCss` output in your CSS).
 */
export function useThemeStylesheet(css: string | undefined): void {
  useInsertionEffect(() => {
    if (!css || typeof document === 'undefined' || !canAdopt(document)) return undefined;
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
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    entry.users += 1;
    const current = entry;
    return () => {
      current.users -= 1;
      if (current.users > 0) return;
      sheets.delete(css);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== current.sheet);
    };
  }, [css]);
}
