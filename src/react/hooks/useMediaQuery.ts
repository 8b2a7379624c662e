import { useEffect, useState } from 'react';

/**
 * Whether a media query matches, e.g. `(prefers-reduced-motion: reduce)`. False on the server and on the
 * first client render (so hydration matches), then follows the query.
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const list = matchMedia(query);
    setMatches(list.matches);
    const onChange = (event: MediaQueryListEvent) => setMatches(event.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
