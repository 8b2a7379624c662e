import { describe, expect, it } from 'vitest';
import {
  atlasProblems,
  compareBudgets,
  formatBudgetTable,
  formatTargetsMarkdown,
  ratchetCeiling,
} from '../../bench/sizeBudgets.mjs';

const KB = 1024;

describe('size budgets (scripts/check-size.mjs, a step of npm test)', () => {
  it('ratchetCeiling(measured) is the measured figure + 2 %, rounded up to a byte', () => {
    expect(ratchetCeiling(100_000)).toBe(102_000);
    expect(ratchetCeiling(129_260)).toBe(131_846);
    expect(ratchetCeiling(1000, 0)).toBe(1000);
  });

  it('passes a figure at or under its ceiling, and says whether the target is met', () => {
    const { rows, problems } = compareBudgets(
      { timeline: 60 * KB, styles: 15 * KB, lazy: 50 * KB },
      {
        timeline: { target: 50 * KB, ceiling: 60 * KB },
        styles: { target: 20 * KB, ceiling: 20 * KB },
        lazy: { target: null, ceiling: 51 * KB },
      },
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.item, row.targetMet, row.withinCeiling])).toEqual([
      ['timeline', false, true],
      ['styles', true, true],
      ['lazy', null, true],
    ]);
  });

  it('fails a figure one byte over its ceiling', () => {
    const { problems } = compareBudgets({ timeline: 60 * KB + 1 }, { timeline: { target: 50 * KB, ceiling: 60 * KB } });
    expect(problems).toEqual([`timeline: ${60 * KB + 1} B is over its ceiling of ${60 * KB} B`]);
  });

  it('fails a measured item without a budget and a budget nothing measured', () => {
    const { problems } = compareBudgets({ newEntry: 10 }, { gone: { target: null, ceiling: 10 } });
    expect(problems).toEqual(['gone: has a budget but was not measured', 'newEntry: measured 10 B but has no budget']);
  });

  it('fails when the world atlas is in a first load, whatever the bytes', () => {
    expect(atlasProblems({ 'Timeline alone': false, 'MapInset alone': false })).toEqual([]);
    expect(atlasProblems({ 'Timeline alone': true, 'MapInset alone': false })).toEqual([
      'Timeline alone: the world atlas (world-atlas/countries-110m) is in the first load, not a lazy chunk',
    ]);
  });

  it('prints every item with its verdict, and the README lists only items with a target', () => {
    const { rows } = compareBudgets(
      { timeline: 126 * KB, embed: 120 * KB, styles: 15 * KB },
      {
        timeline: { target: 50 * KB, ceiling: 130 * KB },
        embed: { target: 110 * KB, ceiling: 110 * KB },
        styles: { target: null, ceiling: 16 * KB },
      },
    );
    const table = formatBudgetTable(rows).split('\n');
    expect(table[0]).toMatch(/^item\s+measured\s+ceiling\s+target\s+status$/);
    expect(table[1]).toMatch(/^timeline\s+126\.0 KB\s+130\.0 KB\s+50\.0 KB\s+NOT met$/);
    expect(table[2]).toMatch(/OVER CEILING$/);
    expect(table[3]).toMatch(/^styles .* — +ok$/);
    const markdown = formatTargetsMarkdown(rows);
    expect(markdown).toContain('| timeline | 126.0 KB | 130.0 KB | 50.0 KB | no |');
    expect(markdown).not.toContain('styles');
  });
});
