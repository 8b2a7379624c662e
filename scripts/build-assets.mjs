#!/usr/bin/env node
// Runs after tsup: the files of the package that are not bundles.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

// tsup's tree-shaking pass drops module directives, so the marker for React Server Components goes back on here.
const reactEntry = 'dist/react.js';
const code = readFileSync(reactEntry, 'utf8');
if (!code.startsWith("'use client'"))
  writeFileSync(reactEntry, `'use client';\n${code.replace(/^["']use client["'];?\n?/m, '')}`);

copyFileSync('src/theme/styles.css', 'dist/styles.css');
// The iframe child's page; it loads dist/embed/frame.js beside it.
copyFileSync('src/embed/frame.html', 'dist/embed/frame.html');

const { datasetJsonSchema } = await import('../dist/index.js');
writeFileSync('dist/schema.json', `${JSON.stringify(datasetJsonSchema, null, 2)}\n`);

console.log('build-assets: dist/styles.css, dist/schema.json, dist/embed/frame.html, use client on dist/react.js');
