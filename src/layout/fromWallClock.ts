import { zoneOffsetMs } from '../schema/epoch';

/**
 * The instant a wall-clock time (written as if UTC) names in a zone. The offset is looked up twice so a
 * time after a DST change gets the new offset; a wall time that occurs twice gives the earlier instant,
 * one skipped by the spring change gives the instant just after the jump (or the one before it).
 */
export function fromWallClock(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(guess, timeZone);
}
