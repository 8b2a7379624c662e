export interface LiveRegionProps {
  /** What to say; empty at first, so nothing is read when the page loads. */
  message: string;
}

/**
 * The one polite live region of a component: visually hidden, and rendered from the start (also on the
 * server) so screen readers have registered it before its first message arrives.
 */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <p className="fp-live-region" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
