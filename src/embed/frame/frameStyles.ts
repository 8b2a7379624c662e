// The frame page's own few rules, adopted as a constructable stylesheet: frame.html has no <style> and no style
// attribute, so it passes `style-src 'self'`.
import type { FrameColorScheme } from './colorScheme';

/** No page margin (pym.js and WordPress measure the body) and margins kept inside the body's box. */
const PAGE = `html, body { margin: 0; padding: 0; background: transparent; }
body { display: flow-root; }`;

/**
 * The detail panel and sheet are capped at a share of the viewport and scroll inside; in a frame the viewport
 * is the iframe, which grows with its content, so a cap in `vh` would chase its own tail. The page scrolls.
 */
const UNCAPPED = `#flashpoint :is(.fp-root, [data-fp]) {
  --fp-size-detail-panel-max-block: none;
  --fp-size-detail-sheet-max-block: none;
}`;

/**
 * The host page shows through the graphic: its root and the parts that only repeat the page's background (the
 * list, the legend, the vertical layout). What lies over other content keeps its colour: the detail panel or
 * sheet and the tooltip, and the cards, buttons and dots inside. An id selector, so no theme rule outweighs it.
 */
const TRANSPARENT = `#flashpoint :is(.fp-root, [data-fp], .fp-event-list, .fp-legend, .fp-dataset-issues):not(
  .fp-event-detail, .fp-tooltip, .fp-event-detail *, .fp-tooltip *
) { background-color: transparent; }`;

/**
 * The page's own colour scheme. Browsers paint an opaque backdrop behind a frame whose scheme differs from the
 * iframe element's (the host's), so the frame declares the scheme the host says it has, and stays transparent.
 */
function rootScheme(scheme: FrameColorScheme | null): string {
  if (scheme === null) return '';
  return `:root { color-scheme: ${scheme === 'auto' ? 'light dark' : scheme}; }`;
}

export function adoptFrameStyles(
  document: Document,
  { transparent, colorScheme }: { transparent: boolean; colorScheme: FrameColorScheme | null },
): void {
  if (!('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([PAGE, UNCAPPED, transparent ? TRANSPARENT : '', rootScheme(colorScheme)].join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
