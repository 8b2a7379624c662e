/**
 * Web Mercator in degree units: x is the longitude, y grows northwards at the same scale as x at the equator.
 * Used to compare and pad boxes the way the map will draw them, and to fit the map to its box.
 */
const RAD = Math.PI / 180;

/** Latitudes beyond this are clamped: Mercator sends the poles to infinity. */
export const MERCATOR_MAX_LAT = 85;

/** Mercator y of a latitude, in degree units. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD;
}

/** The latitude of a Mercator y (degree units): the inverse of mercatorY. */
export function mercatorLat(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}
