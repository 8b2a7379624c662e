import stylesheetText from '../theme/styles.css?inline';
import { adoptStylesheet } from '../react/hooks/adoptStylesheet';

/**
 * Puts Flashpoint's stylesheet where `element` lives (the document, or its shadow root) through a constructable
 * stylesheet shared by every graphic there: no `<style>` element, so it works under `style-src 'self'`. Returns
 * the release function; the sheet leaves when the last graphic using it does.
 */
export function adoptStyles(element: Element): () => void {
  const scope = element.getRootNode() as Document | ShadowRoot;
  return adoptStylesheet(scope, stylesheetText) ?? (() => {});
}
