import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs } from '../../bench/lib/args';

describe('parseBenchArgs(argv)', () => {
  it('runs everything three times by default, and only then counts as complete', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: DEFAULT_SIZES,
      runs: 3,
      libraries: ['flashpoint', 'vis-timeline', 'react-chrono'],
      memory: true,
      complete: true,
    });
  });
  it('takes --sizes, --runs and --only for quick runs, which are not complete', () => {
    const options = parseBenchArgs(['--sizes', '100,1000', '--runs', '1', '--only', 'flashpoint']);
    expect(options).toMatchObject({ sizes: [100, 1000], runs: 1, libraries: ['flashpoint'], complete: false });
  });
  it('skips the memory cycles with --no-memory or without Flashpoint', () => {
    expect(parseBenchArgs(['--no-memory']).memory).toBe(false);
    expect(parseBenchArgs(['--only', 'vis-timeline']).memory).toBe(false);
  });
  it('refuses what it does not understand, with the usage', () => {
    expect(() => parseBenchArgs(['--only', 'timelinejs'])).toThrow(
      /--only takes flashpoint, vis-timeline, react-chrono/,
    );
    expect(() => parseBenchArgs(['--sizes', '1e3.5'])).toThrow(/--sizes/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });
});
