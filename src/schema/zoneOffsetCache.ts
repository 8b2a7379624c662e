import { exactZoneOffsetMs, offsetFormatterFor } from './exactZoneOffset';

const DAY = 86_400_000;
/** Days per block: one Int32Array of offsets at UTC midnights, 4 KB. */
const BLOCK_DAYS = 1024;
/** At most 4,096 blocks (16 MB, about 11,000 zone-years); all are dropped when one more is needed. */
const MAX_BLOCKS = 4096;
/** No offset is this: it marks a midnight not asked of Intl yet. */
const UNKNOWN = -0x80000000;
const MAX_OFFSET = 2 * DAY;
/**
 * Cached from 3 January 1 CE: en-US shows years before it without an era, so the "offset" computed for
 * them is off by years (and does not fit an Int32Array). Up to two days inside the range of Date, so
 * both midnights of a cached day are valid instants.
 */
const FIRST_CACHED = -62_135_596_800_000 + 2 * DAY;
const LAST_CACHED = 8.64e15 - 2 * DAY;

const blocksByZone = new Map<string, Map<number, Int32Array>>();
let blockCount = 0;

function blocksOf(timeZone: string): Map<number, Int32Array> {
  let blocks = blocksByZone.get(timeZone);
  if (!blocks) {
    offsetFormatterFor(timeZone); // Throws for an unknown zone before it takes a place in the cache.
    blocks = new Map();
    blocksByZone.set(timeZone, blocks);
  }
  return blocks;
}

function blockAt(blocks: Map<number, Int32Array>, index: number): Int32Array {
  let block = blocks.get(index);
  if (!block) {
    if (blockCount >= MAX_BLOCKS) {
      for (const zoneBlocks of blocksByZone.values()) zoneBlocks.clear();
      blockCount = 0;
    }
    block = new Int32Array(BLOCK_DAYS).fill(UNKNOWN);
    blocks.set(index, block);
    blockCount += 1;
  }
  return block;
}

/** The offset at the UTC midnight that starts day `day` (days since 1970-01-01), asked of Intl once. */
function offsetAtMidnight(blocks: Map<number, Int32Array>, day: number, timeZone: string): number {
  const block = blockAt(blocks, Math.floor(day / BLOCK_DAYS));
  const slot = day - Math.floor(day / BLOCK_DAYS) * BLOCK_DAYS;
  let offset = block[slot]!;
  if (offset === UNKNOWN) {
    offset = exactZoneOffsetMs(day * DAY, timeZone);
    // A real offset is within ±26 h; anything else is returned without being kept.
    if (Math.abs(offset) <= MAX_OFFSET) block[slot] = offset;
  }
  return offset;
}

/**
 * The zone's offset at an instant, in ms, with Intl asked about each UTC midnight once. A day whose two
 * midnights have the same offset has it all day: no zone changes its offset and back within a day (in
 * tzdb since 1900 the shortest such round trip is Freetown's four days in 1939). Only a day with a change
 * in it asks Intl about the instant itself. Same result as exactZoneOffsetMs for every input.
 */
export function cachedZoneOffsetMs(epochMs: number, timeZone: string): number {
  // Fractional ms before 1970 round differently in Intl and in the formula; NaN and far dates throw there.
  if (!Number.isInteger(epochMs) || epochMs < FIRST_CACHED || epochMs > LAST_CACHED) {
    return exactZoneOffsetMs(epochMs, timeZone);
  }
  const blocks = blocksOf(timeZone);
  const day = Math.floor(epochMs / DAY);
  const before = offsetAtMidnight(blocks, day, timeZone);
  if (epochMs === day * DAY) return before;
  return before === offsetAtMidnight(blocks, day + 1, timeZone) ? before : exactZoneOffsetMs(epochMs, timeZone);
}
