// Mount and unmount Flashpoint's 10,000-event timeline 50 times in one page, after one warm-up cycle: the heap must
// come back flat.
import type { Browser } from 'playwright';
import { usedHeapMb } from './heap';
import { loadData, openPage } from './measureMount';
import { withTimeout } from './withTimeout';

export const MEMORY_CYCLES = 50;
export const MEMORY_SIZE = 10_000;
/**
 * Flat means the heap after the last unmount is at most this much above the baseline: a quarter of what one mounted
 * timeline adds, and never less than 2 MB. A retained timeline would exceed it, and so would a leak of even 0.5 %
 * of one per cycle (50 cycles); what a page keeps once anything has run (compiled code, Intl formatters, interned
 * strings, caches that fill on the first mount) fits. The trend after the first 10 cycles is reported beside it.
 */
export const toleranceMb = (oneTimelineMb: number) => Math.max(2, 0.25 * oneTimelineMb);

export interface MemoryResult {
  size: number;
  cycles: number;
  /** Heap after forced GC with the data loaded, before any mount. */
  coldMb: number;
  /**
   * Heap after forced GC after one warm-up mount and unmount: the baseline. What the first mount leaves for good
   * (compiled code, Intl formatters, the zone-offset cache) is `baselineMb - coldMb`, reported, not counted.
   */
  baselineMb: number;
  /** Heap after forced GC with the first timeline still mounted: what one retained instance would cost. */
  oneMountedMb: number;
  /** Heap after forced GC after every 10th unmount. */
  trend: { cycle: number; heapMb: number }[];
  afterMb: number;
  growthMb: number;
  /** Growth per cycle from the 10th unmount to the last, KB: one-off costs are paid by then, a leak is not. */
  slopeKbPerCycle: number;
  toleranceMb: number;
  flat: boolean;
  /** Mount → first paint of each cycle (the same figure on a page that has mounted before). */
  mountMs: number[];
}

const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));

export async function measureMemory(
  browser: Browser,
  pageUrl: string,
  dataPath: string,
  capMs: number,
): Promise<MemoryResult> {
  const { context, page } = await openPage(browser, pageUrl);
  try {
    await loadData(page, dataPath);
    const cdp = await context.newCDPSession(page);
    const coldMb = await usedHeapMb(cdp);
    const mountOnce = async () => {
      const timing = await withTimeout(
        page.evaluate((cap) => window.bench.mount(cap), capMs),
        capMs + 15_000,
        'a mount',
      );
      if (!timing) throw new Error(`a mount painted nothing within ${capMs} ms`);
      return timing;
    };
    await mountOnce();
    await page.evaluate(() => window.bench.unmount());
    await page.evaluate(settle);
    const baselineMb = await usedHeapMb(cdp);
    const trend: MemoryResult['trend'] = [];
    const mountMs: number[] = [];
    let oneMountedMb = Number.NaN;
    for (let cycle = 1; cycle <= MEMORY_CYCLES; cycle++) {
      const timing = await mountOnce();
      mountMs.push(timing.firstPaintMs);
      if (cycle === 1) oneMountedMb = await usedHeapMb(cdp);
      await page.evaluate(() => window.bench.unmount());
      await page.evaluate(settle);
      if (cycle % 10 === 0) trend.push({ cycle, heapMb: await usedHeapMb(cdp) });
    }
    const afterMb = trend.at(-1)!.heapMb;
    const growthMb = afterMb - baselineMb;
    const tolerance = toleranceMb(oneMountedMb - baselineMb);
    const tenth = trend[0]!;
    return {
      size: MEMORY_SIZE,
      cycles: MEMORY_CYCLES,
      coldMb,
      baselineMb,
      oneMountedMb,
      trend,
      afterMb,
      growthMb,
      slopeKbPerCycle: ((afterMb - tenth.heapMb) * 1024) / Math.max(1, MEMORY_CYCLES - tenth.cycle),
      toleranceMb: tolerance,
      flat: growthMb <= tolerance,
      mountMs,
    };
  } finally {
    await withTimeout(context.close(), 30_000, 'closing the page').catch(() => undefined);
  }
}
