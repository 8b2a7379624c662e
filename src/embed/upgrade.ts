import type { EmbedError } from './embedOptions';
import { optionsFromDataset, readBoolean } from './embedOptions';
import { isMounted, mount } from './mount';
import { whenNearViewport } from './whenNearViewport';

/** The placeholders the embed script upgrades: `<div data-flashpoint data-src="…">`. */
export const PLACEHOLDER_SELECTOR = '[data-flashpoint]';

/** The event a placeholder or `<flashpoint-timeline>` fires when its dataset cannot be loaded or shown. */
export const ERROR_EVENT = 'flashpoint-error';

// Each placeholder is upgraded once, ever: a second copy of the script, a later upgrade() or a placeholder whose
// embed was destroyed by the page leave it alone (Flashpoint.mount still replaces it on purpose).
const upgraded = new WeakSet<Element>();

/** Mounts a placeholder with the options of its data-* attributes; its errors also arrive as an ERROR_EVENT. */
function mountPlaceholder(element: HTMLElement): void {
  if (isMounted(element)) return;
  mount(element, {
    ...optionsFromDataset(element),
    onError: (error: EmbedError) =>
      element.dispatchEvent(new CustomEvent(ERROR_EVENT, { detail: error, bubbles: true })),
  });
}

/**
 * Upgrades every `[data-flashpoint]` placeholder in `root` (default: the document) that is not upgraded yet:
 * at once, or, with `data-lazy`, when it nears the viewport. The script runs it when the document is ready; call
 * it again for placeholders added later (there is no MutationObserver watching the page).
 */
export function upgrade(root: ParentNode = document): void {
  if (!root || typeof root.querySelectorAll !== 'function') {
    console.error('Flashpoint.upgrade: the argument must be the document or an element, got', root);
    return;
  }
  const candidates = [...root.querySelectorAll<HTMLElement>(PLACEHOLDER_SELECTOR)];
  if (root instanceof HTMLElement && root.matches(PLACEHOLDER_SELECTOR)) candidates.unshift(root);
  const lazy: HTMLElement[] = [];
  for (const element of candidates) {
    if (upgraded.has(element) || isMounted(element)) continue;
    upgraded.add(element);
    if (readBoolean(element.getAttribute('data-lazy'))) lazy.push(element);
    else mountPlaceholder(element);
  }
  if (lazy.length > 0) whenNearViewport(lazy, (element) => mountPlaceholder(element as HTMLElement));
}
