import type { Domain } from '../layout/types';

export interface ClampDomainOptions {
  /** The widest view allowed (see domainBounds). */
  bounds: Domain;
  /** Plot width, px: the narrowest view depends on it. */
  width: number;
  /** The narrowest view, as ms per 100 px. Default one hour. */
  minMsPer100px?: number;
  /** The instant kept in place when the span is clamped (the zoom anchor). Default the centre. */
  anchor?: number;
}

/**
 * A domain the reader may see: never narrower than `minMsPer100px` per 100 px, never wider than the
 * bounds, and shifted back inside them when panned past an end. When the bounds are narrower than the
 * narrowest view (a tiny dataset on a wide screen), the narrowest view is centred on the bounds.
 * Anything not finite gives the bounds.
 */
export function clampDomain(wanted: Domain, options: ClampDomainOptions): Domain {
  const { bounds, width, minMsPer100px = 3_600_000 } = options;
  const [b0, b1] = bounds;
  const usable = Number.isFinite(wanted[0]) && Number.isFinite(wanted[1]) && wanted[1] > wanted[0];
  const domain = usable ? wanted : bounds;
  const minSpan = (minMsPer100px * Math.max(width, 1)) / 100;
  const maxSpan = b1 - b0;
  if (minSpan >= maxSpan) {
    const centre = (b0 + b1) / 2;
    return [centre - minSpan / 2, centre + minSpan / 2];
  }
  const span = domain[1] - domain[0];
  const clamped = Math.min(maxSpan, Math.max(minSpan, span));
  const anchor = options.anchor ?? (domain[0] + domain[1]) / 2;
  // Keep the anchor at the same share of the view when the span changes.
  let start = anchor - ((anchor - domain[0]) / span) * clamped;
  start = Math.min(Math.max(start, b0), b1 - clamped);
  return [start, start + clamped];
}
