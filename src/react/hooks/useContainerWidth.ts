import { useState, type RefObject } from 'react';
import { useClientLayoutEffect } from './useClientLayoutEffect';

/**
 * The width of a container, followed with ResizeObserver, and whether it has been measured yet. Starts at
 * `initialWidth` so server HTML and the first client render agree (nothing is measured during render). It is
 * measured in a layout effect, so the render at the real width happens before the browser first paints.
 * `measured` turns true then, even where nothing can be measured (jsdom: the width stays `initialWidth`).
 */
export function useMeasuredWidth(
  ref: RefObject<HTMLElement | null>,
  initialWidth: number,
): { width: number; measured: boolean } {
  const [state, setState] = useState({ width: initialWidth, measured: false });
  useClientLayoutEffect(() => {
    const element = ref.current;
    const measure = (next: number) =>
      setState((now) => {
        const width = next > 0 ? Math.round(next) : now.width;
        return width === now.width && now.measured ? now : { width, measured: true };
      });
    measure(element?.getBoundingClientRect().width ?? 0);
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return state;
}

/** The width alone (see useMeasuredWidth). */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, initialWidth: number): number {
  return useMeasuredWidth(ref, initialWidth).width;
}
