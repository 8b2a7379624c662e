import { useEffect, useRef, type RefObject } from 'react';
import { useClientLayoutEffect } from './useClientLayoutEffect';
import { scrollRoot } from './useScrollSpy';

interface Anchor {
  id: string;
  /** Its top edge from the viewport's top, px. */
  top: number;
}

/** The first child of the list whose bottom is below the top of the viewport: what the reader is looking at. */
function findAnchor(list: HTMLElement): Anchor | null {
  for (const child of list.children) {
    if (!child.id) continue;
    const box = child.getBoundingClientRect();
    if (box.bottom > 0) return { id: child.id, top: box.top };
  }
  return null;
}

/**
 * Developing stories: when an update adds or removes items above the one the reader is looking at, the page is
 * scrolled by the difference, so that item stays where it was (what CSS scroll anchoring does where browsers
 * apply it; where they already did, there is nothing left to correct). Only for updates (`keys` changed) and
 * only once the reader has scrolled into the list; never moves focus.
 */
export function useScrollAnchor(listRef: RefObject<HTMLElement | null>, keys: readonly string[]): void {
  const anchor = useRef<Anchor | null>(null);
  const previousKeys = useRef(keys);

  useClientLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const changed = previousKeys.current !== keys;
    previousKeys.current = keys;
    const held = anchor.current;
    if (changed && held) {
      const element = list.ownerDocument.getElementById(held.id);
      const moved = element && list.contains(element) ? element.getBoundingClientRect().top - held.top : 0;
      if (Math.abs(moved) >= 1) {
        const root = scrollRoot(list);
        if (root instanceof Element) root.scrollTop += moved;
        else root.defaultView?.scrollBy({ top: moved, behavior: 'instant' });
      }
    }
    anchor.current = isScrolled(list) ? findAnchor(list) : null;
  });

  // Follow the reader's scrolling: the anchor is whatever is at the top of the view just before an update.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const root = scrollRoot(list);
    const target: EventTarget = root instanceof Element ? root : (root.defaultView ?? root);
    // Scroll events come at most once a frame; reading a few boxes then costs little.
    const onScroll = () => {
      anchor.current = isScrolled(list) ? findAnchor(list) : null;
    };
    target.addEventListener('scroll', onScroll, { passive: true });
    return () => target.removeEventListener('scroll', onScroll);
  }, [listRef]);
}

/** The list's top is above the top of the view: the reader has scrolled into it (at the top, nothing to keep). */
function isScrolled(list: HTMLElement): boolean {
  return list.getBoundingClientRect().top < 0;
}
