// Writes templates/flashpoint-template.csv: the escalation2023 dataset through toCsv, so editors start from a real,
// sourced example. Run with `npx tsx scripts/export-template.ts`; test/io/csvRoundTrip.test.ts fails when they drift.
import { writeFileSync } from 'node:fs';
import { escalation2023 } from '../src/datasets/escalation2023/index';
import { toCsv } from '../src/io/toCsv';

const out = 'templates/flashpoint-template.csv';
writeFileSync(out, toCsv(escalation2023));
console.log(`wrote ${out} (${escalation2023.events.length} events)`);
