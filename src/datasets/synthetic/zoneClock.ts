import { zoneOffsetMs } from '../../schema/epoch';

const MINUTE = 60_000;
const DAY = 86_400_000;
/**
 * Offsets are sampled at the edges of 14-day buckets; a change inside a bucket is found by bisection.
 * (Assumes a zone changes its offset at most once in 14 days, which holds for every zone in use.)
 */
const BUCKET = 14 * DAY;

/** Wall-clock arithmetic in one IANA zone, fast enough for 100,000 events (Intl is asked once a fortnight). */
export interface ZoneClock {
  readonly timeZone: string;
  /** The zone's offset from UTC at an instant, in ms. */
  offsetAt(epochMs: number): number;
  /** The instant a wall-clock time names, the wall clock written as if it were UTC (the earlier one when clocks go back). */
  wallToEpoch(wallAsUtc: number): number;
  /** `2023-10-26T05:07+03:00`: the local time at the instant, with the offset. */
  formatInstant(epochMs: number): string;
  /** `2023-10-26`: the local date at the instant. */
  formatDate(epochMs: number): string;
}

interface Bucket {
  before: number;
  after: number;
  /** The first instant with the `after` offset (Infinity when the offset does not change in the bucket). */
  change: number;
}

const OFFSET_TEXTS = new Map<number, string>();

/** `+03:00`, `-04:00`, `+05:30`. */
export function offsetText(offsetMs: number): string {
  let text = OFFSET_TEXTS.get(offsetMs);
  if (text === undefined) {
    text = writeOffset(offsetMs);
    OFFSET_TEXTS.set(offsetMs, text);
  }
  return text;
}

function writeOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / MINUTE;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

export function createZoneClock(timeZone: string): ZoneClock {
  const buckets = new Map<number, Bucket>();
  const edges = new Map<number, number>();
  const edgeOffset = (k: number) => {
    let offset = edges.get(k);
    if (offset === undefined) {
      offset = zoneOffsetMs(k * BUCKET, timeZone);
      edges.set(k, offset);
    }
    return offset;
  };
  const bucketAt = (k: number): Bucket => {
    let bucket = buckets.get(k);
    if (bucket) return bucket;
    const before = edgeOffset(k);
    const after = edgeOffset(k + 1);
    let change = Number.POSITIVE_INFINITY;
    if (before !== after) {
      // Offsets change on whole minutes: bisect to the minute.
      let lo = (k * BUCKET) / MINUTE;
      let hi = ((k + 1) * BUCKET) / MINUTE;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffsetMs(mid * MINUTE, timeZone) === before) lo = mid;
        else hi = mid;
      }
      change = hi * MINUTE;
    }
    bucket = { before, after, change };
    buckets.set(k, bucket);
    return bucket;
  };
  const offsetAt = (epochMs: number) => {
    const bucket = bucketAt(Math.floor(epochMs / BUCKET));
    return epochMs < bucket.change ? bucket.before : bucket.after;
  };
  return {
    timeZone,
    offsetAt,
    // The same two steps as the schema's `datePeriod`, so a date-only start sorts where the parser puts it.
    wallToEpoch: (wall) => wall - offsetAt(wall - offsetAt(wall)),
    formatInstant: (epochMs) => {
      const offset = offsetAt(epochMs);
      return new Date(epochMs + offset).toISOString().slice(0, 16) + offsetText(offset);
    },
    formatDate: (epochMs) => new Date(epochMs + offsetAt(epochMs)).toISOString().slice(0, 10),
  };
}

/** One clock per zone for the length of one generation. */
export function zoneClocks(): (timeZone: string) => ZoneClock {
  const clocks = new Map<string, ZoneClock>();
  return (timeZone) => {
    let clock = clocks.get(timeZone);
    if (!clock) {
      clock = createZoneClock(timeZone);
      clocks.set(timeZone, clock);
    }
    return clock;
  };
}
