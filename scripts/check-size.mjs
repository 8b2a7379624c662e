#!/usr/bin/env node
// Size budgets, a step of `npm test` right after the build: measures dist/ as built (bench/measureSizes.mjs),
// compares every figure with bench/size-budgets.json, prints item, measured, ceiling, target and whether the
// target is met, and exits 1 when a figure is over its ceiling, an item has no budget (or a budget no item), or
// the map's world atlas is in a first load instead of a lazy chunk. It writes nothing: `npm run size` does.
import { readFileSync } from 'node:fs';
import { measureBudgetItems } from '../bench/measureSizes.mjs';
import { atlasProblems, compareBudgets, formatBudgetTable } from '../bench/sizeBudgets.mjs';

const BUDGETS = 'bench/size-budgets.json';

const started = Date.now();
const { bytes, atlasInFirstLoad, atlasInLazyChunk } = await measureBudgetItems();
const { rows, problems } = compareBudgets(bytes, JSON.parse(readFileSync(BUDGETS, 'utf8')).items);
const atlas = atlasProblems(atlasInFirstLoad);

console.log(formatBudgetTable(rows));
const placement = Object.entries(atlasInFirstLoad).map(([item, inFirstLoad]) => {
  // The embed script has no chunks: its atlas is a file beside it, fetched when a map shows.
  const lazy = item in atlasInLazyChunk ? (atlasInLazyChunk[item] ? 'in a lazy chunk' : 'absent') : 'not inlined';
  return `${item}: ${inFirstLoad ? 'IN THE FIRST LOAD' : lazy}`;
});
console.log(`\nWorld atlas: ${placement.join('; ')}`);
console.log(`Measured in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

const failures = [...problems, ...atlas];
if (failures.length > 0) {
  console.error(`\nSize budgets failed (${BUDGETS}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Size budgets hold (a target marked NOT met is held at its ceiling, see "why" in the budgets file).');
