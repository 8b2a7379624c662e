// One round: a fresh container, the graphic mounted in it, a reader's interaction, the graphic unmounted and the
// container removed. Then, before any count: wait out what may legitimately still be pending, collect garbage.
import { createRoot } from 'react-dom/client';
import type { Graphic } from './graphics';
import { nextFrame, sleep } from './interact';
import { leakCounts, type LeakCounts } from './leakCounters';
import {
  collectGarbage,
  detachedNodes,
  domCounters,
  heapUsedBytes,
  type DetachedNodes,
  type DomCounters,
} from './devtools';

// The loop runs as a reader's page would: React's act() would flush effects synchronously and hide timing bugs.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

export async function mountAndDestroy(graphic: Graphic): Promise<void> {
  const host = document.createElement('div');
  host.style.width = `${graphic.width}px`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(graphic.render());
    await graphic.interact(host);
  } finally {
    root.unmount();
    host.remove();
    // syncHash writes the selection to the address: each round starts from a page without one.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }
}

/**
 * Longer than anything a graphic may leave running for a moment after its removal and still be right: a d3 zoom
 * transition (250 ms), the wheel's idle timer (150 ms), a tooltip's close delay (300 ms).
 */
const SETTLE_MS = 600;

export interface Measurement {
  counts: LeakCounts;
  heapBytes: number;
  dom: DomCounters;
  detached: DetachedNodes;
}

/** Everything counted, once the page has settled and garbage has been collected. */
export async function measure(): Promise<Measurement> {
  await sleep(SETTLE_MS);
  await nextFrame();
  await collectGarbage();
  const heapBytes = await heapUsedBytes();
  return { counts: leakCounts(), heapBytes, dom: await domCounters(), detached: await detachedNodes() };
}
