import { useMemo, useState, type RefObject } from 'react';
import { useClientLayoutEffect } from './useClientLayoutEffect';
import type { MeasureText } from '../../layout/types';

/** Average advance of a character as a share of the font size; generous, so estimates err towards room. */
const ESTIMATE_EM_PER_CHAR = 0.62;

/**
 * Measures label text for layout. On the server and in the first client render it estimates from the
 * character count (nothing is measured during render, so hydration matches); in a layout effect (before the
 * browser first paints) it measures with a canvas in the labels' font (the theme's `--fp-font-label-family`, else the element's own), and layout
 * runs again with real widths. `themeKey` (the root's `data-fp-theme`) measures again when the theme changes.
 */
export function useMeasureText(ref: RefObject<Element | null>, fontSize: number, themeKey?: string): MeasureText {
  const [font, setFont] = useState<string | null>(null);
  useClientLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof getComputedStyle === 'undefined') return;
    const style = getComputedStyle(element);
    const family = style.getPropertyValue('--fp-font-label-family').trim() || style.fontFamily;
    setFont(`${style.fontStyle} ${style.fontWeight} ${fontSize}px ${family}`);
  }, [ref, fontSize, themeKey]);

  return useMemo(() => {
    const estimate: MeasureText = (text) => text.length * fontSize * ESTIMATE_EM_PER_CHAR;
    if (!font) return estimate;
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null; // jsdom and locked-down browsers have no canvas text metrics.
    }
    if (!context || typeof context.measureText !== 'function') return estimate;
    context.font = font;
    const cache = new Map<string, number>();
    return (text) => {
      let width = cache.get(text);
      if (width === undefined) {
        width = context.measureText(text).width;
        cache.set(text, width);
      }
      return width;
    };
  }, [font, fontSize]);
}
