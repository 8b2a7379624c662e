import type { Domain } from '../layout/types';

/**
 * Zooms by `factor` (2 shows half the time: zoom in; 0.5 zooms out) keeping `anchorTime` (epoch ms, e.g.
 * under the pointer) where it is on screen. Unclamped: pass the result through clampDomain with the same
 * anchor.
 */
export function zoomDomainAt(domain: Domain, factor: number, anchorTime: number): Domain {
  if (!(factor > 0) || !Number.isFinite(factor)) return domain;
  return [anchorTime - (anchorTime - domain[0]) / factor, anchorTime + (domain[1] - anchorTime) / factor];
}
