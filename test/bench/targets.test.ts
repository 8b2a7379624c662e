import { describe, expect, it } from 'vitest';
import { summariseCase } from '../../bench/lib/aggregate';
import { libraryById } from '../../bench/lib/libraries';
import type { MemoryResult } from '../../bench/lib/measureMemory';
import type { Sizes } from '../../bench/lib/measureSizes';
import { evaluateTargets } from '../../bench/lib/targets';
import { run, steps } from './fakeRuns';

const mount = (firstPaintMs: number, domCount = 500) => ({
  firstPaintMs,
  settledMs: firstPaintMs,
  settled: true,
  domCount,
});
const byTarget = (results: ReturnType<typeof evaluateTargets>, start: string) =>
  results.find((result) => result.target.startsWith(start));

const sizes = (jsGzipBytes: number, embedGzipBytes: number): Sizes => ({
  libraries: [
    {
      library: 'flashpoint',
      entry: '',
      stylesheet: '',
      jsMinifiedBytes: 1,
      jsGzipBytes,
      lazyJsGzipBytes: 0,
      cssGzipBytes: 1,
    },
  ],
  embedGzipBytes,
});

describe('evaluateTargets(input)', () => {
  it('meets the 100,000-event targets at their limits and misses them just past', () => {
    const fast = summariseCase(libraryById('flashpoint'), 100_000, [
      run({
        library: 'flashpoint',
        size: 100_000,
        run: 1,
        mount: mount(1500, 3000),
        interaction: { status: 'ok', zoom: steps(60, () => 16), pan: steps(60, () => 16) },
      }),
    ]);
    const met = evaluateTargets({ summaries: [fast] });
    expect(met.slice(0, 4).map((result) => result.status)).toEqual(['met', 'met', 'met', 'met']);
    const slow = { ...fast, firstPaintMs: 1501, domMax: 3001 };
    const missed = evaluateTargets({ summaries: [slow] });
    expect(byTarget(missed, '100,000 events: mount')?.status).toBe('NOT met');
    expect(byTarget(missed, '100,000 events: never')?.status).toBe('NOT met');
  });
  it('judges the 10,000-event mount against a fifth of vis-timeline in the same run', () => {
    const at = (fp: number, vis: number) =>
      byTarget(
        evaluateTargets({
          summaries: [
            summariseCase(libraryById('flashpoint'), 10_000, [
              run({ library: 'flashpoint', size: 10_000, run: 1, mount: mount(fp) }),
            ]),
            summariseCase(libraryById('vis-timeline'), 10_000, [
              run({ library: 'vis-timeline', size: 10_000, run: 1, mount: mount(vis) }),
            ]),
          ],
        }),
        '10,000',
      )?.status;
    expect(at(200, 1000)).toBe('met');
    expect(at(201, 1000)).toBe('NOT met');
  });
  it('says "not measured" with the reason instead of inventing a figure', () => {
    const timedOut = summariseCase(libraryById('flashpoint'), 100_000, [
      { library: 'flashpoint', size: 100_000, run: 1, status: 'timed out', note: 'cap' },
    ]);
    const result = byTarget(evaluateTargets({ summaries: [timedOut] }), '100,000 events: mount');
    expect(result).toMatchObject({ status: 'not measured', measured: 'timed out' });
    expect(byTarget(evaluateTargets({ summaries: [] }), '1,000')?.status).toBe('not measured');
  });
  it('checks the bundle against 50 KB and the embed against 110 KB (1 KB = 1,024 bytes)', () => {
    const results = evaluateTargets({ summaries: [], sizes: sizes(50 * 1024, 110 * 1024 + 1) });
    expect(byTarget(results, '`flashpoint/react`')?.status).toBe('met');
    expect(byTarget(results, 'Embed')?.status).toBe('NOT met');
  });
  it('takes the memory verdict from the measurement', () => {
    const memory = {
      cycles: 50,
      size: 10_000,
      baselineMb: 40,
      afterMb: 45,
      growthMb: 5,
      toleranceMb: 2,
      flat: false,
    } as MemoryResult;
    const result = byTarget(evaluateTargets({ summaries: [], memory }), 'Memory');
    expect(result).toMatchObject({ status: 'NOT met', measured: '+5.0 MB (40.0 MB → 45.0 MB)' });
  });
});
