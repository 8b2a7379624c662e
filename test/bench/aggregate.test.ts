import { describe, expect, it } from 'vitest';
import { isUnavailable, ratios, summariseCase } from '../../bench/lib/aggregate';
import { libraryById } from '../../bench/lib/libraries';
import { run, steps } from './fakeRuns';

const flashpoint = libraryById('flashpoint');

describe('summariseCase(library, size, records)', () => {
  it('reports the median of the runs for each figure and only counts its own library and size', () => {
    const records = [
      run({
        library: 'flashpoint',
        size: 100,
        run: 1,
        mount: { firstPaintMs: 300, settledMs: 300, settled: true, domCount: 10 },
      }),
      run({
        library: 'flashpoint',
        size: 100,
        run: 2,
        mount: { firstPaintMs: 100, settledMs: 150, settled: true, domCount: 30 },
      }),
      run({
        library: 'flashpoint',
        size: 100,
        run: 3,
        mount: { firstPaintMs: 200, settledMs: 200, settled: true, domCount: 20 },
      }),
      run({
        library: 'flashpoint',
        size: 1000,
        run: 1,
        mount: { firstPaintMs: 9999, settledMs: 1, settled: true, domCount: 1 },
      }),
    ];
    const summary = summariseCase(flashpoint, 100, records);
    expect(summary).toMatchObject({ status: 'ok', runs: 3, firstPaintMs: 200, settledMs: 200, domAfterMount: 20 });
    expect(summary.heapGrowthMb).toBe(5);
  });
  it('keeps the largest DOM count seen in any run or step, not a median', () => {
    const records = [
      run({ library: 'flashpoint', size: 100, run: 1 }),
      run({
        library: 'flashpoint',
        size: 100,
        run: 2,
        interaction: { status: 'ok', zoom: steps(60, () => 10, 4000), pan: steps(60, () => 5) },
      }),
    ];
    expect(summariseCase(flashpoint, 100, records).domMax).toBe(4000);
  });
  it('says "no zoom" for a library that cannot zoom', () => {
    const summary = summariseCase(libraryById('react-chrono'), 100, [
      run({ library: 'react-chrono', size: 100, run: 1 }),
    ]);
    expect(summary.zoom).toEqual({ unavailable: 'no zoom' });
    expect(isUnavailable(summary.pan)).toBe(false);
  });
  it('gives no figure for a mount that timed out, and says so in the step columns', () => {
    const records = [
      {
        library: 'vis-timeline' as const,
        size: 100_000,
        run: 1,
        status: 'timed out' as const,
        note: 'the mount took longer than 60 s',
      },
      { library: 'vis-timeline' as const, size: 100_000, run: 2, status: 'not run' as const, note: 'run 1 timed out' },
    ];
    const summary = summariseCase(libraryById('vis-timeline'), 100_000, records);
    expect(summary.status).toBe('timed out');
    expect(summary.firstPaintMs).toBeUndefined();
    expect(summary.zoom).toEqual({ unavailable: 'timed out' });
    expect(summary.note).toMatch(/run 1 timed out: the mount took longer than 60 s/);
  });
  it('marks steps cut short by the cap as partial, with how many were measured', () => {
    const record = run({
      library: 'flashpoint',
      size: 100,
      run: 1,
      interaction: { status: 'timed out', note: 'cap', zoom: steps(12, () => 2000), pan: [] },
    });
    const summary = summariseCase(flashpoint, 100, [record]);
    expect(summary.zoom).toEqual({ unavailable: 'timed out after 12 of 60 steps (their median frame 2000 ms)' });
    expect(summary.pan).toEqual({ unavailable: 'timed out' });
    expect(summary.firstPaintMs).toBe(100);
  });
});

describe('ratios(flashpoint, vis)', () => {
  it("divides Flashpoint's figures by vis-timeline's and leaves out what either lacks", () => {
    const ours = summariseCase(flashpoint, 100, [run({ library: 'flashpoint', size: 100, run: 1 })]);
    const theirs = summariseCase(libraryById('vis-timeline'), 100, [
      run({
        library: 'vis-timeline',
        size: 100,
        run: 1,
        mount: { firstPaintMs: 400, settledMs: 240, settled: true, domCount: 1000 },
        interaction: { status: 'timed out', zoom: [], pan: [] },
      }),
    ]);
    const result = ratios(ours, theirs);
    expect(result.firstPaintMs).toBe(0.25);
    expect(result.domAfterMount).toBe(0.5);
    expect(result.zoomP95).toBeUndefined();
  });
});
