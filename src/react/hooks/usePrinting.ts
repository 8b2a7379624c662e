import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, and while `print` media matches
 * (print preview, emulation). False on the server and on the first render (so hydration matches).
 * `beforeprint` commits at once (flushSync): the browser lays the page out for paper right after the event,
 * so a render scheduled for later would miss the printout.
 */
export function usePrinting(enabled = true): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const media = typeof matchMedia === 'undefined' ? null : matchMedia('print');
    let inPrintEvent = false;
    const update = () => setPrinting(inPrintEvent || Boolean(media?.matches));
    const before = () => {
      inPrintEvent = true;
      flushSync(update);
    };
    const after = () => {
      inPrintEvent = false;
      update();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', update);
    if (media?.matches) update();
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', update);
    };
  }, [enabled]);
  return printing;
}
