// When the heap of Leaks.browser.test.tsx grows: what it grows by. Two heap snapshots around the rounds of one
// graphic; the objects allocated in between that survived are grouped by constructor, each with a retainer path.
// Slow (a snapshot of the tab is tens of MB through Vitest's RPC), so it runs only when asked:
//   VITE_LEAK_SNAPSHOT=1 [VITE_LEAK_GRAPHIC="Timeline"] [VITE_LEAK_ROUNDS=100] \
//     npx vitest run --project browser test/browser/LeaksAttribution.browser.test.tsx
import './leaks/leakCounters';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/theme/styles.css';
import { GRAPHICS } from './leaks/graphics';
import { measure, mountAndDestroy } from './leaks/mountAndDestroy';
import { newObjects, takeHeapSnapshot } from './leaks/heapSnapshot';

const env = import.meta.env as Record<string, string | undefined>;
const GRAPHIC = env.VITE_LEAK_GRAPHIC ?? 'Timeline with every option';
const ROUNDS = Number(env.VITE_LEAK_ROUNDS ?? 100);
const WARM_UP_ROUNDS = 20;
/**
 * The page's own objects (everything but V8's compiled code, hidden classes and internal lists) that may survive a
 * round, on average, after the warm-up: the leak test's per-round heap tolerance.
 */
const MAX_KB_PER_ROUND = 5;

describe.skipIf(!env.VITE_LEAK_SNAPSHOT)('what the heap grows by', () => {
  it(`${GRAPHIC}: objects that survive ${ROUNDS} rounds`, async ({ annotate }) => {
    const graphic = GRAPHICS.find((g) => g.name === GRAPHIC);
    if (!graphic) throw new Error(`no graphic named ${GRAPHIC}: ${GRAPHICS.map((g) => g.name).join(', ')}`);
    await page.viewport(graphic.width + 40, 900);
    for (let round = 0; round < WARM_UP_ROUNDS; round += 1) await mountAndDestroy(graphic);
    await measure();
    // Only the highest id is kept: the first snapshot itself must not be in the second.
    const { maxId } = await takeHeapSnapshot();
    for (let round = 0; round < ROUNDS; round += 1) await mountAndDestroy(graphic);
    await measure();
    const after = await takeHeapSnapshot();
    const { groups, pageBytes, engineBytes, harnessBytes } = newObjects(maxId, after, 25);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const summary = `new in ${ROUNDS} rounds: ${kb(pageBytes)} of the page's objects, ${kb(engineBytes)} of V8's, ${kb(harnessBytes)} of the test's`;
    const lines = groups.map((g) => `${kb(g.bytes)} in ${g.count}: ${g.retainers}`);
    await annotate([summary, ...lines].join('\n'));
    expect(pageBytes / 1024 / ROUNDS).toBeLessThanOrEqual(MAX_KB_PER_ROUND);
  }, 600_000);
});
