// Rewrites bench/results.json and bench/RESULTS.md from the raw runs already in results.json: medians, ratios,
// targets and tables again, without measuring again (for changes to how results are summarised or written).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths';
import { assembleResults, type BenchResults } from './lib/results';
import { writeResults } from './lib/writeResults';

const dir = resolve(ROOT, 'bench');
const saved = JSON.parse(await readFile(resolve(dir, 'results.json'), 'utf8')) as BenchResults;
const { summaries: _summaries, ratios: _ratios, targets: _targets, ...measured } = saved;
const written = await writeResults(assembleResults({ ...measured, runNotes: measured.runNotes ?? [] }), dir);
console.log(`rewrote ${written.json} and ${written.markdown}`);
