import type { CDPSession } from 'playwright';

const MB = 2 ** 20;

/** JS heap in use after a forced garbage collection, MB (Chromium's own figure, through the DevTools protocol). */
export async function usedHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}
