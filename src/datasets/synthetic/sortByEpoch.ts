const MINUTE = 60_000;

/**
 * A stable sort by start, several times faster than a comparator at 100,000 slots: each key packs the
 * whole minutes since `base` above the slot's index, and a Float64Array sorts natively. Exact while
 * minutes × 2^bits < 2^53 (a century with up to a million events); otherwise, a comparator sort.
 */
export function sortByEpoch<T extends { epoch: number }>(slots: T[], base: number): T[] {
  const scale = 2 ** Math.ceil(Math.log2(slots.length + 1));
  let latest = 0;
  let wholeMinutes = true;
  for (const slot of slots) {
    latest = Math.max(latest, slot.epoch);
    wholeMinutes &&= (slot.epoch - base) % MINUTE === 0;
  }
  if (!wholeMinutes || ((latest - base) / MINUTE + 1) * scale >= Number.MAX_SAFE_INTEGER) {
    return slots.sort((a, b) => a.epoch - b.epoch);
  }
  const keys = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++) keys[i] = ((slots[i]!.epoch - base) / MINUTE) * scale + i;
  keys.sort();
  const sorted = new Array<T>(slots.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = slots[keys[i]! % scale]!;
  return sorted;
}
