import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/datasets/index';
import { MAX_EVENTS } from '../../src/schema/limits';
import { safeParseDataset } from '../../src/schema/safeParseDataset';

// docs/limits.md: in Chromium, a dataset over MAX_EVENTS parses in bounded time and says which events were left out.
function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

describe('dataset size limits in Chromium', () => {
  it('parses MAX_EVENTS + 5,000 generated events within 15 s, keeping the first MAX_EVENTS', () => {
    const total = MAX_EVENTS + 5_000;
    const input = generateDataset({ count: total, seed: 1 });
    const [{ dataset, issues }, ms] = time(() => safeParseDataset(input));
    console.info(`safeParseDataset, ${total.toLocaleString('en')} generated events in Chromium: ${Math.round(ms)} ms`);
    expect(dataset.events).toHaveLength(MAX_EVENTS);
    expect(dataset.events.at(-1)!.id).toBe(input.events[MAX_EVENTS - 1]!.id);
    const limit = issues.filter((issue) => issue.path === 'events');
    expect(limit).toHaveLength(1);
    expect(limit[0]!.message).toContain('events[100000] to events[104999] (5,000) were left out');
    expect(ms).toBeLessThan(15_000);
  }, 120_000);

  it.each([10_000, 100_000])(
    'measures safeParseDataset of %i events, from objects and from JSON text',
    (count) => {
      const input = generateDataset({ count, seed: 1 });
      const text = JSON.stringify(input);
      const [fromObjects, objectMs] = time(() => safeParseDataset(input));
      const [fromText, textMs] = time(() => safeParseDataset(text));
      console.info(
        `safeParseDataset, ${count.toLocaleString('en')} events in Chromium: ${Math.round(objectMs)} ms from objects, ` +
          `${Math.round(textMs)} ms from ${(text.length / 1e6).toFixed(1)} MB of JSON text`,
      );
      expect(fromObjects.dataset.events).toHaveLength(count);
      expect(fromText.dataset.events).toHaveLength(count);
    },
    120_000,
  );
});
