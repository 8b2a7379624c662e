import { contentHeight } from './contentHeight';

/**
 * Calls `onHeight` with the body's height whenever its box changes size (ResizeObserver delivers at most once a
 * frame, after layout). Returns the function that stops observing.
 */
export function observeHeight(body: HTMLElement, onHeight: (height: number) => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => onHeight(contentHeight(body)));
  observer.observe(body);
  return () => observer.disconnect();
}
