// Writes the parsed escalation dataset as JSON, so `flashpoint/datasets` ships data, not the parser
// (zod adds ~90 KB gzip). test/datasets/escalation2023.generated.test.ts fails when the two drift apart.
import { writeFileSync } from 'node:fs';
import { parseDataset } from '../src/schema/parseDataset';
import { escalation2023Input } from '../src/datasets/escalation2023/input';

const out = 'src/datasets/escalation2023/escalation2023.generated.json';
writeFileSync(out, `${JSON.stringify(parseDataset(escalation2023Input), null, 1)}\n`);
console.log(`wrote ${out}`);
