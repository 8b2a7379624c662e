import { zoneOffsetMs } from '../schema/epoch';

/**
 * The wall-clock time an instant reads in a zone, written as if it were UTC (epoch ms). Calendar
 * arithmetic on this shifted value with d3's utc intervals gives boundaries of the zone's own calendar.
 */
export function toWallClock(epochMs: number, timeZone: string): number {
  return epochMs + zoneOffsetMs(epochMs, timeZone);
}
