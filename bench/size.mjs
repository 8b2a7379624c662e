#!/usr/bin/env node
// `npm run size`: gzip sizes of each entry as built (run `npm run build` first; dist/ is measured, never rebuilt):
// - "own": the entry and the chunks it imports, as shipped (dependencies excluded);
// - "bundled": what a user's bundler adds, minified with the runtime dependencies (zod, d3) but not React;
// - `import { Timeline } from 'flashpoint/react'` alone, and where the map's world atlas goes;
// - the embed script (dist/embed/flashpoint.js, React included), and what it and the Timeline are made of;
// - the budgets of bench/size-budgets.json (scripts/check-size.mjs enforces them in `npm test`).
// Writes bench/size.json and the tables between the size markers in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { measureBudgetItems } from './measureSizes.mjs';
import { embedBreakdown, timelineBreakdown } from './sizeBreakdown.mjs';
import { compareBudgets, formatBudgetTable, formatTargetsMarkdown, kb } from './sizeBudgets.mjs';

const { bytes, atlasInFirstLoad, atlasInLazyChunk, entries, timeline } = await measureBudgetItems();
const { atlasInlined: _atlasInlined, ...embedSizes } = entries['flashpoint/embed'];
const sizes = { ...entries, 'flashpoint/embed': embedSizes };
const timelineParts = await timelineBreakdown();
const embed = await embedBreakdown();
const { rows } = compareBudgets(bytes, JSON.parse(readFileSync('bench/size-budgets.json', 'utf8')).items);

writeFileSync(
  'bench/size.json',
  `${JSON.stringify(
    {
      measured: new Date().toISOString(),
      sizes,
      timelineAlone: { initialGzipBytes: timeline.initialGzipBytes, lazyGzipBytes: timeline.lazyGzipBytes },
      atlasInFirstLoad,
      atlasInLazyChunk,
      budgets: rows,
      timelineBreakdown: timelineParts,
      embedBreakdown: embed,
    },
    null,
    2,
  )}\n`,
);

const later = (lazyBytes) => (lazyBytes ? kb(lazyBytes) : '—');
const table = [
  '| entry | own code, gzip | with its dependencies (not React), minified + gzip | loaded later (dynamic imports), gzip |',
  '| --- | --- | --- | --- |',
  ...Object.entries(sizes).map(
    ([entry, s]) => `| \`${entry}\` | ${kb(s.ownGzipBytes)} | ${kb(s.bundledGzipBytes)} | ${later(s.lazyGzipBytes)} |`,
  ),
  `| \`import { Timeline } from 'flashpoint/react'\` alone | — | ${kb(timeline.initialGzipBytes)} | ${later(timeline.lazyGzipBytes)} |`,
].join('\n');

const TOP_TIMELINE_PARTS = 6;
const timelineLine =
  `The Timeline alone, minified, by origin: ` +
  timelineParts.parts
    .slice(0, TOP_TIMELINE_PARTS)
    .map((p) => `${p.part} ${Math.round(p.share * 100)} %`)
    .join(', ') +
  (Object.values(atlasInFirstLoad).some(Boolean)
    ? `. The map's world atlas is IN A FIRST LOAD: ${JSON.stringify(atlasInFirstLoad)}.`
    : `. The map's world atlas is only in a lazy chunk (also for \`import { MapInset }\`).`);

const TOP_EMBED_PARTS = 12;
const shown = embed.parts.slice(0, TOP_EMBED_PARTS);
const rest = embed.parts.slice(TOP_EMBED_PARTS);
const sum = (parts, key) => parts.reduce((total, p) => total + p[key], 0);
const embedTable = [
  `\`flashpoint/embed\` is React, the components, the parser and the stylesheet in one script (the map's outlines are a file beside it, loaded when a map shows). What it is made of, each part gzipped alone:`,
  '',
  '| part | minified | gzip alone |',
  '| --- | --- | --- |',
  ...shown.map((p) => `| ${p.part} | ${kb(p.minifiedBytes)} | ${kb(p.gzipAloneBytes)} |`),
  `| ${rest.length} smaller parts | ${kb(sum(rest, 'minifiedBytes'))} | ${kb(sum(rest, 'gzipAloneBytes'))} |`,
].join('\n');

const budgetsText = [
  'Budgets (`bench/size-budgets.json`; `npm test` fails above a ceiling). A target not yet met is held at the size measured when it was set + 2 %: the ceiling stops growth, it does not meet the target.',
  '',
  formatTargetsMarkdown(rows),
].join('\n');

const section = `${table}\n\n${timelineLine}\n\n${embedTable}\n\n${budgetsText}`;
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, `<!-- size:start -->\n${section}\n<!-- size:end -->`),
);
console.log(`${section}\n\n${formatBudgetTable(rows)}`);
console.log(
  `\nembed rebuilt for the breakdown: ${kb(embed.minifiedBytes)} minified, ${kb(embed.gzipBytes)} gzip (dist: ${kb(sizes['flashpoint/embed'].ownGzipBytes)} gzip)`,
);
console.log(`Timeline rebuilt from src/ for the breakdown: ${kb(timelineParts.minifiedBytes)} minified`);
