// Size budgets, pure: compare measured gzip bytes with bench/size-budgets.json and say what fails. No file or
// build access here (bench/measureSizes.mjs measures, scripts/check-size.mjs reads and exits), so it is unit-tested.

/** A target that is not met gets a ceiling this much above the figure measured when it was set: growth fails. */
export const RATCHET_ALLOWANCE = 0.02;

/** The ceiling for a figure whose target is not met: measured + 2 %, rounded up to a whole byte. */
export function ratchetCeiling(measuredBytes, allowance = RATCHET_ALLOWANCE) {
  return Math.ceil(measuredBytes * (1 + allowance));
}

/**
 * One row per budget or measured item: its figure, ceiling and target, whether the target is met and whether the
 * ceiling holds. An item measured without a budget, or a budget nothing measured, is a problem too: a budget
 * must not silently stop being checked, and a new item must get one.
 */
export function compareBudgets(measured, budgets) {
  const names = [...new Set([...Object.keys(budgets), ...Object.keys(measured)])];
  const rows = names.map((item) => {
    const bytes = measured[item];
    const budget = budgets[item];
    const target = budget?.target ?? null;
    const ceiling = budget?.ceiling ?? null;
    return {
      item,
      measured: bytes ?? null,
      ceiling,
      target,
      targetMet: bytes === undefined || target === null ? null : bytes <= target,
      withinCeiling: bytes !== undefined && ceiling !== null && bytes <= ceiling,
    };
  });
  const problems = rows.flatMap((row) => {
    if (row.measured === null) return [`${row.item}: has a budget but was not measured`];
    if (row.ceiling === null) return [`${row.item}: measured ${row.measured} B but has no budget`];
    if (!row.withinCeiling) return [`${row.item}: ${row.measured} B is over its ceiling of ${row.ceiling} B`];
    return [];
  });
  return { rows, problems };
}

/** The world atlas in a first load is a failure whatever the bytes say: the map's outlines load only with a map. */
export function atlasProblems(atlasInFirstLoad) {
  return Object.entries(atlasInFirstLoad)
    .filter(([, inFirstLoad]) => inFirstLoad)
    .map(([item]) => `${item}: the world atlas (world-atlas/countries-110m) is in the first load, not a lazy chunk`);
}

export const kb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

const verdict = (row) => {
  if (row.measured === null || row.ceiling === null) return 'NO BUDGET';
  if (!row.withinCeiling) return 'OVER CEILING';
  if (row.targetMet === null) return 'ok';
  return row.targetMet ? 'met' : 'NOT met';
};

/** Plain-text table for the terminal: item, measured, ceiling, target, and met / NOT met / OVER CEILING. */
export function formatBudgetTable(rows) {
  const header = ['item', 'measured', 'ceiling', 'target', 'status'];
  const lines = rows.map((row) => [row.item, kb(row.measured), kb(row.ceiling), kb(row.target), verdict(row)]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])));
  return [header, ...lines].map((cells) => format(cells).join('  ')).join('\n');
}

/** Markdown table of the items that have a target, for the README. */
export function formatTargetsMarkdown(rows) {
  return [
    '| budget (gzip) | measured | ceiling (`npm test`) | target | met? |',
    '| --- | --- | --- | --- | --- |',
    ...rows
      .filter((row) => row.target !== null)
      .map(
        (row) =>
          `| ${row.item} | ${kb(row.measured)} | ${kb(row.ceiling)} | ${kb(row.target)} | ${row.targetMet ? 'yes' : 'no'} |`,
      ),
  ].join('\n');
}
