import type { Domain } from '../layout/types';

export interface DomainBoundsOptions {
  /** Share of the span added at each end. */
  padding?: number;
  /** The bounds are at least this wide, ms (one event, or all on one instant, still gets a day). */
  minSpan?: number;
}

const DAY = 86_400_000;

/** The widest view: the dataset's extent with `padding` of its span at both ends, and at least `minSpan`. */
export function domainBounds(extent: Domain, options: DomainBoundsOptions = {}): Domain {
  const { padding = 0.05, minSpan = DAY } = options;
  const span = extent[1] - extent[0];
  const pad = span * padding;
  let start = extent[0] - pad;
  let end = extent[1] + pad;
  if (end - start < minSpan) {
    const centre = (extent[0] + extent[1]) / 2;
    start = centre - minSpan / 2;
    end = centre + minSpan / 2;
  }
  return [start, end];
}
