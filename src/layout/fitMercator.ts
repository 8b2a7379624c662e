import type { GeoBox, ProjectPoint } from './mapPoints';
import { mercatorY } from './mercator';

const RAD = Math.PI / 180;

/** A Mercator projection as d3-geo's geoMercator takes it (`scale`, `translate`), and the same mapping as a function. */
export interface FittedMercator {
  /** d3-geo scale: px per radian. */
  scale: number;
  /** d3-geo translate: where [0°, 0°] lands, px. */
  translate: [number, number];
  project: ProjectPoint;
}

/**
 * The Mercator projection that fits `frame` inside `extent` ([[x0, y0], [x1, y1]], px) and centres it: what
 * d3-geo's `fitExtent` does, computed here so points can be placed without d3-geo (and before the land
 * arrives). Hand `scale` and `translate` to the visx `Mercator` that draws the land and both line up exactly.
 */
export function fitMercator(
  frame: GeoBox,
  extent: readonly [readonly [number, number], readonly [number, number]],
): FittedMercator {
  const [[minLon, minLat], [maxLon, maxLat]] = frame;
  const [[ex0, ey0], [ex1, ey1]] = extent;
  const xSpan = Math.max((maxLon - minLon) * RAD, 1e-9);
  const ySpan = Math.max((mercatorY(maxLat) - mercatorY(minLat)) * RAD, 1e-9);
  const scale = Math.max(1e-9, Math.min((ex1 - ex0) / xSpan, (ey1 - ey0) / ySpan));
  const tx = (ex0 + ex1) / 2 - scale * ((minLon + maxLon) / 2) * RAD;
  const ty = (ey0 + ey1) / 2 + scale * ((mercatorY(minLat) + mercatorY(maxLat)) / 2) * RAD;
  const project: ProjectPoint = (lon, lat) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    return [tx + scale * lon * RAD, ty - scale * mercatorY(lat) * RAD];
  };
  return { scale, translate: [tx, ty], project };
}
