import type { Domain } from '../layout/types';

/** Moves the view by `deltaMs` (positive: later). Unclamped: pass the result through clampDomain. */
export function panDomain(domain: Domain, deltaMs: number): Domain {
  if (!Number.isFinite(deltaMs)) return domain;
  return [domain[0] + deltaMs, domain[1] + deltaMs];
}
