import { useCallback, useMemo, useRef, useState } from 'react';
import type { Domain } from '../../layout/types';

/** Within a millisecond of both bounds counts as the whole extent (clamping works in floating point). */
const SLACK_MS = 1;

const coversAll = (domain: Domain, bounds: Domain) =>
  domain[0] <= bounds[0] + SLACK_MS && domain[1] >= bounds[1] - SLACK_MS;

/**
 * The Timeline's visible span, controlled (`domain`) or not, always clamped. Uncontrolled and without a
 * `defaultDomain`, it is "the whole extent" until the reader zooms or pans: a developing story's new events then
 * widen the view. Once the reader has picked a span it stays put when events are added or edited (only clamped
 * into the new bounds); zooming back out to everything ("Fit") makes it follow the extent again.
 */
export function useFollowingDomain(
  options: {
    domain?: Domain | undefined;
    defaultDomain?: Domain | undefined;
    onDomainChange?: ((d: Domain) => void) | undefined;
  },
  bounds: Domain,
  clamp: (wanted: Domain) => Domain,
): { domain: Domain; setDomain: (next: Domain) => void } {
  // null: no span chosen, follow the bounds.
  const [own, setOwn] = useState<Domain | null>(options.defaultDomain ?? null);
  const controlled = options.domain !== undefined;
  const wanted = options.domain ?? own ?? bounds;
  const domain = useMemo(() => clamp(wanted), [clamp, wanted]);
  const latest = useRef({ controlled, onDomainChange: options.onDomainChange, bounds });
  latest.current = { controlled, onDomainChange: options.onDomainChange, bounds };

  const setDomain = useCallback(
    (next: Domain) => {
      const clamped = clamp(next);
      const { controlled: isControlled, onDomainChange, bounds: now } = latest.current;
      if (!isControlled) setOwn(coversAll(clamped, now) ? null : clamped);
      onDomainChange?.(clamped);
    },
    [clamp],
  );
  return { domain, setDomain };
}
