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

// The embed: the script, the iframe child (page and script) and the map's outlines the script fetches from beside it.
const EMBED_FILES = [
  'dist/embed/flashpoint.js',
  'dist/embed/frame.html',
  'dist/embed/frame.js',
  'dist/embed/world-atlas-110m.json',
];
const allowed = [
  /^dist\/[^/]+\.(js|d\.ts|css|json)$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
  new RegExp(`^(${EMBED_FILES.join('|').replace(/\./g, '\\.')})$`),
];
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
  'dist/static.js',
  'dist/static.d.ts',
  'dist/cli.js',
  'README.md',
  'LICENSE',
  ...EMBED_FILES,
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
// flashpoint/static and the command (render) write the stylesheet into their SVG and HTML: styles.css as text.
for (const entry of ['dist/static.js', 'dist/cli.js']) {
  if (!readFileSync(entry, 'utf8').includes('.fp-timeline .fp-mark__symbol'))
    problems.push(`${entry} does not contain styles.css`);
}
if (/use client/.test(readFileSync('dist/static.js', 'utf8').slice(0, 50)))
  problems.push("dist/static.js is marked 'use client' but renders on the server");
// The embed script carries styles.css as text for its constructable stylesheet (a stray .css beside it means the
// text was taken for a stylesheet and the script has none).
const embedScript = readFileSync('dist/embed/flashpoint.js', 'utf8');
if (!embedScript.includes('.fp-timeline')) problems.push('dist/embed/flashpoint.js does not contain styles.css');
if (!embedScript.includes('world-atlas-110m.json'))
  problems.push('dist/embed/flashpoint.js does not fetch the outlines');
if (embedScript.includes('"type":"Topology"')) problems.push('dist/embed/flashpoint.js inlines the map outlines');

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
