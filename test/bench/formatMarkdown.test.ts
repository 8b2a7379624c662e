import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../bench/lib/formatMarkdown';
import { caseTable, table } from '../../bench/lib/formatTables';
import { assembleResults } from '../../bench/lib/results';
import { compactJson } from '../../bench/lib/writeResults';
import { run } from './fakeRuns';

const environment = {
  date: '2026-11-21T18:05:00.000Z',
  cpuModel: 'Test CPU',
  cpuCount: 2,
  memoryGb: 8,
  os: 'Linux 6',
  node: 'v20.20.0',
  chromium: '156.0',
  versions: { flashpoint: '0.1.0' },
};

const results = assembleResults({
  environment,
  options: { sizes: [100], runs: 1, libraries: ['flashpoint', 'vis-timeline', 'react-chrono'], memory: false },
  caps: { mountMs: 60_000, interactionMs: 120_000 },
  datasets: [],
  runNotes: ['dist/styles.css was missing'],
  runs: [
    run({ library: 'flashpoint', size: 100, run: 1 }),
    run({
      library: 'vis-timeline',
      size: 100,
      run: 1,
      mount: { firstPaintMs: 400, settledMs: 400, settled: true, domCount: 50 },
    }),
    { library: 'react-chrono', size: 100, run: 1, status: 'timed out', note: 'the mount took longer than 60 s' },
  ],
});

describe('table(header, rows)', () => {
  it('writes a Markdown table and escapes pipes inside cells', () => {
    expect(table(['a', 'b'], [['x|y', 'z']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | z |');
  });
});

describe('caseTable(summaries, ratios)', () => {
  const text = caseTable(results.summaries, results.ratios[100]);
  it('has a column per library and one for Flashpoint ÷ vis-timeline', () => {
    expect(text.split('\n')[0]).toBe('|  | Flashpoint | vis-timeline | react-chrono | Flashpoint ÷ vis-timeline |');
  });
  it('writes the ratio of the medians', () => {
    expect(text).toMatch(/\| Mount → first paint \| 100 ms \| 400 ms \| timed out \| ×0\.25 \|/);
  });
  it('says why a library has no figure', () => {
    expect(text).toMatch(/\| Zoom: frame p95 \| 10\.0 ms \| 10\.0 ms \| timed out \|/);
  });
});

describe('formatMarkdown(results)', () => {
  const text = formatMarkdown(results);
  it('starts with the date and the machine', () => {
    expect(text).toMatch(/^# Benchmark/);
    expect(text).toContain('Measured 2026-11-21 18:05 UTC on Test CPU (2 cores), 8 GB');
  });
  it('puts the targets first, missed ones in bold', () => {
    expect(text.indexOf('## Targets')).toBeLessThan(text.indexOf('## Results by size'));
    expect(text).toContain('| 1,000 events: mount → first paint ≤ 100 ms | — | not measured |');
  });
  it('lists what did not finish and notes on the run, and what the peers cannot do', () => {
    expect(text).toContain('## Notes on this run\n\n- dist/styles.css was missing');
    expect(text).toContain('- react-chrono at 100 events: run 1 timed out: the mount took longer than 60 s');
    expect(text).toContain('**has no zoom**');
  });
});

describe('compactJson(value)', () => {
  it('keeps what fits on one line and rounds fractions to 0.01', () => {
    expect(compactJson({ a: [1, 2.3456], b: 'x' })).toBe('{"a":[1,2.35],"b":"x"}');
  });
  it('breaks what is too long into indented lines and parses back to the same data', () => {
    const long = { list: Array.from({ length: 50 }, (_, i) => ({ index: i, name: `item ${i}` })) };
    const text = compactJson(long);
    expect(text.split('\n').length).toBeGreaterThan(50);
    expect(JSON.parse(text)).toEqual(long);
  });
});
