import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Domain } from './types';

/** The time axis: epoch ms (or Dates) in the domain ↔ px in [0, width]. `invert` returns a Date. */
export function createTimeScale(domain: Domain, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([domain[0], domain[1]])
    .range([0, Math.max(0, width)]);
}
