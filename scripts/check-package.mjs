#!/usr/bin/env node
// What `npm pack` would ship, and the promises the built files make to users.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const problems = [];
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = packed[0].files.map((file) => file.path);

const allowed = [/^dist\/[^/]+\.(js|d\.ts|css|json)$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
for (const path of files)
  if (!allowed.some((pattern) => pattern.test(path))) problems.push(`ships a file users do not need: ${path}`);
for (const needed of [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/datasets.js',
  'dist/datasets.d.ts',
  'dist/react.js',
  'dist/react.d.ts',
  'dist/styles.css',
  'dist/schema.json',
  'dist/cli.js',
  'README.md',
  'LICENSE',
]) {
  if (!files.includes(needed)) problems.push(`missing from the package: ${needed}`);
}

if (!readFileSync('dist/react.js', 'utf8').startsWith("'use client';"))
  problems.push("dist/react.js does not start with 'use client'");
for (const entry of ['dist/index.js', 'dist/datasets.js']) {
  const code = readFileSync(entry, 'utf8');
  if (/use client/.test(code.slice(0, 50))) problems.push(`${entry} is marked 'use client' but is pure`);
  if (/from ["']react/.test(code)) problems.push(`${entry} imports React`);
}
// The React entry must not carry the parser: zod is ~90 KB gzip that components never need.
const { metafile } = await build({
  entryPoints: ['dist/react.js'],
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  logLevel: 'silent',
});
const zodFiles = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/zod/'));
if (zodFiles.length)
  problems.push(
    `flashpoint/react pulls in zod (${zodFiles.length} files): import helpers from zod-free schema modules`,
  );

// test/theme/scopedStylesheet.test.ts checks the source for isolation before the build; this is what ships.
if (readFileSync('dist/styles.css', 'utf8') !== readFileSync('src/theme/styles.css', 'utf8'))
  problems.push('dist/styles.css is not a plain copy of src/theme/styles.css: check the built file for isolation');

const schema = JSON.parse(readFileSync('dist/schema.json', 'utf8'));
if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
  problems.push('dist/schema.json is not JSON Schema 2020-12');

const size = packed[0].size;
console.log(`npm pack: ${files.length} files, ${(size / 1024).toFixed(1)} KiB packed`);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length ? 1 : 0);
