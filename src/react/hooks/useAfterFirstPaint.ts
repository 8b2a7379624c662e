import { startTransition, useEffect, useState } from 'react';
import { useServerOrHydrating } from './useServerOrHydrating';

/**
 * False during the first render of a graphic mounted in the browser, true from a low-priority render just after:
 * parts below the graphic (the list, the legend, the credits) then wait for the first paint instead of delaying
 * it. On the server, and while hydrating server HTML, it is true at once, so the markup is complete and matches.
 */
export function useAfterFirstPaint(): boolean {
  const serverOrHydrating = useServerOrHydrating();
  const [painted, setPainted] = useState(serverOrHydrating);
  useEffect(() => {
    // A transition: React renders it after the browser has had the chance to paint the first commit.
    if (!painted) startTransition(() => setPainted(true));
  }, [painted]);
  return painted;
}
