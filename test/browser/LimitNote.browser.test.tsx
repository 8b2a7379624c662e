import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/react/index';
import { generateDataset } from '../../src/datasets/index';
import { MAX_EVENTS } from '../../src/schema/limits';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// docs/limits.md: a Timeline handed an already-parsed dataset over MAX_EVENTS draws the first MAX_EVENTS and says so
// above the graphic, instead of holding the tab.
afterEach(() => unmountAll());

describe('a graphic over the stated limit', () => {
  it('draws the first MAX_EVENTS events and says how many there were', async () => {
    const dataset = generateDataset({ count: MAX_EVENTS + 2_500, seed: 3 });
    const started = performance.now();
    const host = await mountInBrowser(<Timeline dataset={dataset} locale="en-GB" />, { width: 960 });
    const ms = performance.now() - started;
    console.info(`Timeline of ${(MAX_EVENTS + 2_500).toLocaleString('en')} events mounted in ${Math.round(ms)} ms`);
    const note = host.querySelector('[data-fp="limit-note"]')!;
    expect(note.textContent).toBe('This dataset has 102,500 events: the first 100,000 are shown.');
    // The list under the graphic comes after the first paint; it counts what the graphic holds.
    await expect.poll(() => host.querySelector('[data-fp="event-list"]')?.getAttribute('data-count')).toBe('100000');
    expect(host.querySelectorAll('[data-fp="graphic-fallback"]')).toHaveLength(0);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
