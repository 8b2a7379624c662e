// No leaks (issue 10): every graphic is mounted into a fresh container, used, unmounted and removed, up to 200
// times (leaks/graphics.tsx), after warm-up rounds. Then, after garbage collection, listeners, observers, pending
// timers, adopted stylesheets, elements, documents and detached DOM nodes are back at their baseline and the JS heap
// is flat within a stated tolerance. docs/leaks.md explains the measures and what to do when this fails.
import { leakCounts } from './leaks/leakCounters'; // first: the counters wrap the page's functions before any mount
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/theme/styles.css';
import { GRAPHICS, type Graphic } from './leaks/graphics';
import { measure, mountAndDestroy } from './leaks/mountAndDestroy';
import { figures, leaksBetween, type Tolerances } from './leaks/compareMeasurements';
import { LEAKY, leakyGraphic } from './leaks/leakyGraphic';
import { zoneIndependentRepeat } from './zoneRepeat';

/** Rounds before the baseline: the first mounts compile code and fill caches (formatters, zone offsets) for good. */
const WARM_UP_ROUNDS = 10;

const KB = 1024;

/**
 * Exact for everything counted in the page. Chromium's heap and DOM counts get a tolerance:
 * - heap: 1 MB, plus 5 KB a round (2 MB over 200 rounds). Two measurements of the same page differ by up to about
 *   300 KB; and after the warm-up V8 keeps compiling hot functions: heap snapshots (LeaksAttribution) show that what
 *   survives 100 rounds, 1 to 1.6 MB, is compiled code and its metadata, not one object of a graphic. One mounted
 *   Timeline holds about 7 MB (a Legend 0.3 MB), so one graphic kept once, or a tenth of one kept each round, fails.
 * - DOM nodes and detached nodes: 50. Blink keeps the last container (and what it last hovered, pressed or focused)
 *   until another replaces it; one Timeline has about 8,000 nodes, so keeping even a part of one fails.
 */
const tolerancesFor = (rounds: number): Tolerances => ({
  heapBytes: 1024 * KB + 5 * KB * rounds,
  nodes: 50,
  detachedNodes: 50,
});

async function roundsOf(graphic: Graphic, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await mountAndDestroy(graphic);
}

describe.skipIf(zoneIndependentRepeat)('mounting and destroying each graphic leaves nothing behind', () => {
  for (const graphic of GRAPHICS) {
    it(`${graphic.name}: ${graphic.rounds} rounds`, async ({ annotate }) => {
      await page.viewport(graphic.width + 40, 900);
      const cold = await measure();
      await roundsOf(graphic, WARM_UP_ROUNDS);
      const baseline = await measure();
      await roundsOf(graphic, graphic.rounds);
      const after = await measure();
      await annotate(`warm-up: ${figures(cold, baseline, WARM_UP_ROUNDS)}`);
      await annotate(`${graphic.rounds} rounds: ${figures(baseline, after, graphic.rounds)}`);
      expect(leaksBetween(baseline, after, tolerancesFor(graphic.rounds)), `left behind by ${graphic.name}`).toEqual(
        [],
      );
    }, 300_000);
  }
});

describe('the leak counts can fail', () => {
  it('a graphic that forgets each cleanup is caught, by kind and by where it was created', async () => {
    const baseline = await measure();
    await roundsOf(leakyGraphic, 20);
    const problems = leaksBetween(baseline, await measure(), tolerancesFor(20));
    LEAKY.release();
    const site = 'test/browser/leaks/leakyGraphic.tsx';
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^20 more listener: window resize @ ${site}`)),
        expect.stringMatching(new RegExp(`^20 more observer: ResizeObserver @ ${site}:\\d+, in page`)),
        expect.stringMatching(new RegExp(`^20 more pending timer: interval @ ${site}`)),
        expect.stringMatching(/^20 more adopted stylesheet: sheet \.fp-leaky/),
        expect.stringMatching(/more detached DOM nodes alive/),
        expect.stringMatching(/^JS heap grew by/),
      ]),
    );
    // Released: the page is clean again for whatever runs next.
    expect(leakCounts().timers).toEqual(baseline.counts.timers);
  }, 60_000);
});
