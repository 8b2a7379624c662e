import { createContext, useContext, useInsertionEffect } from 'react';
import { adoptStylesheet } from './adoptStylesheet';

/**
 * Where theme stylesheets go: null (the default) for the document, or the shadow root a graphic renders in (the
 * embed's `<flashpoint-timeline>`), since a document's adopted stylesheets do not reach into shadow roots.
 */
export const StylesheetRootContext = createContext<ShadowRoot | null>(null);

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
    return adoptStylesheet(shadowRoot ?? document, css);
  }, [css, shadowRoot]);
}
