// Writes the token part of src/theme/styles.css from the presets in src/theme/presets (npm run build:theme).
// test/theme/presetStylesheet.test.ts fails when the file and the presets disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_END, GENERATED_START, presetStylesheet } from '../src/theme/presetStylesheet';

const path = fileURLToPath(new URL('../src/theme/styles.css', import.meta.url));
const css = readFileSync(path, 'utf8');
const start = css.indexOf(GENERATED_START);
const end = css.indexOf(GENERATED_END);
if (start < 0 || end < start) {
  console.error(`styles.css has no generated section (${GENERATED_START} … ${GENERATED_END}).`);
  process.exit(1);
}
const next = css.slice(0, start) + presetStylesheet() + css.slice(end + GENERATED_END.length);
if (next === css) console.log('styles.css: theme tokens already up to date');
else {
  writeFileSync(path, next);
  console.log('styles.css: theme tokens rewritten from src/theme/presets');
}
