import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { AxisDirection, Domain } from './types';

/**
 * The time axis: epoch ms (or Dates) in the domain ↔ px in [0, width]. `invert` returns a Date. With
 * `direction` "rtl" the range is reversed: the start of the domain is at x = width, later times to the left.
 */
export function createTimeScale(
  domain: Domain,
  width: number,
  direction: AxisDirection = 'ltr',
): ScaleTime<number, number> {
  const right = Math.max(0, width);
  return scaleUtc()
    .domain([domain[0], domain[1]])
    .range(direction === 'rtl' ? [right, 0] : [0, right]);
}
