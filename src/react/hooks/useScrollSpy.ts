import { useEffect, useState, type RefObject } from 'react';

export interface ScrollSpyOptions {
  /** The elements to follow, inside the container; each is known by its `id`. */
  selector: string;
  /** Where the reading line sits, as a fraction of the scrolling box's height from its top. Default 0.4. */
  line?: number;
}

const SCROLLING = /(auto|scroll|overlay)/;

/** The box that scrolls the element: its nearest scrolling ancestor, else the document's viewport. */
export function scrollRoot(element: Element): Element | Document {
  const document = element.ownerDocument;
  const view = document.defaultView;
  for (let node = element.parentElement; node && view; node = node.parentElement) {
    if (node === document.body || node === document.documentElement) break;
    if (SCROLLING.test(view.getComputedStyle(node).overflowY)) return node;
  }
  // The document itself (not null): rootMargin then applies to this frame's viewport, even inside an iframe.
  return document;
}

/**
 * The id of the element on the reading line (by default 40% down the scrolling box) as the reader
 * scrolls: null until one has crossed it; between two elements the last one stays. Only reads, never
 * scrolls or moves focus. An IntersectionObserver made in an effect and disconnected on cleanup: nothing
 * on the server, and nothing (null) where IntersectionObserver does not exist.
 * `keys` are the elements' ids in order: the observer is renewed when they change.
 */
export function useScrollSpy(
  containerRef: RefObject<HTMLElement | null>,
  keys: readonly string[],
  { selector, line = 0.4 }: ScrollSpyOptions,
): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const watched = keys.join('\n');

  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof IntersectionObserver === 'undefined') return;
    const top = Math.round(Math.min(0.99, Math.max(0, line)) * 100);
    const crossing = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target);
          else crossing.delete(entry.target);
        }
        // Two elements can share the 1%-high band for a moment: the earlier one in the page wins.
        let first: Element | undefined;
        for (const element of crossing) {
          if (!first || first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) first = element;
        }
        if (first?.id) setCurrent(first.id);
      },
      // A band 1% high at the reading line.
      { root: scrollRoot(container), rootMargin: `-${top}% 0px -${99 - top}% 0px`, threshold: 0 },
    );
    container.querySelectorAll(selector).forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [containerRef, watched, selector, line]);

  // An element that is gone is no longer current.
  return current !== null && keys.includes(current) ? current : null;
}
