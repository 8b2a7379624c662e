/** How far outside the viewport a lazy placeholder starts to mount: the graphic is ready when it scrolls in. */
export const LAZY_ROOT_MARGIN = '200px';

/**
 * Calls `onNear` once for each element when it comes within LAZY_ROOT_MARGIN of the viewport; the observer is
 * disconnected when the last one has. Without IntersectionObserver, every element is near at once. Returns a
 * function that stops waiting.
 */
export function whenNearViewport(elements: readonly Element[], onNear: (element: Element) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    for (const element of elements) onNear(element);
    return () => {};
  }
  const waiting = new Set(elements);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !waiting.has(entry.target)) continue;
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        onNear(entry.target);
      }
      if (waiting.size === 0) observer.disconnect();
    },
    { rootMargin: LAZY_ROOT_MARGIN },
  );
  for (const element of waiting) observer.observe(element);
  return () => {
    waiting.clear();
    observer.disconnect();
  };
}
