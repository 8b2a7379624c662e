#!/usr/bin/env node
// Gzip sizes of each entry as built (run `npm run build` first), two ways:
// - "own": the entry and the chunks it imports, as shipped (dependencies excluded);
// - "bundled": what a user's bundler adds, minified with the runtime dependencies (zod, d3) but not React.
// Writes bench/size.json and the table between the size markers in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRIES = ['index', 'datasets', 'react'];
const gzip = (text) => gzipSync(text, { level: 9 }).length;

function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const chunks = [...code.matchAll(/from\s*["'](\.\/[^"']+)["']|import\s*["'](\.\/[^"']+)["']/g)].map(
    (m) => m[1] ?? m[2],
  );
  return code + chunks.map((chunk) => withChunks(join(dirname(file), chunk), seen)).join('');
}

/** What a user's bundler ships at first, and what it loads later (dynamic imports such as the map's atlas). */
async function bundled(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    outdir: 'bench/.size-out',
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    logLevel: 'silent',
  });
  const entryName = file.split('/').at(-1);
  const initial = result.outputFiles.filter((out) => out.path.endsWith(`/${entryName}`) || /chunk-/.test(out.path));
  const lazy = result.outputFiles.filter((out) => !initial.includes(out));
  return { initial: initial.map((out) => out.text).join(''), lazy: lazy.map((out) => out.text).join('') };
}

const sizes = {};
for (const name of ENTRIES) {
  const file = `dist/${name}.js`;
  sizes[name === 'index' ? 'flashpoint' : `flashpoint/${name}`] = {
    ownGzipBytes: gzip(withChunks(file)),
    ...(await bundled(file).then(({ initial, lazy }) => ({
      bundledGzipBytes: gzip(initial),
      lazyGzipBytes: lazy ? gzip(lazy) : 0,
    }))),
  };
}
sizes['flashpoint/styles.css'] = { ownGzipBytes: gzip(readFileSync('dist/styles.css', 'utf8')) };

writeFileSync('bench/size.json', `${JSON.stringify({ measured: new Date().toISOString(), sizes }, null, 2)}\n`);

const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const table = [
  '| entry | own code, gzip | with its dependencies (not React), minified + gzip | loaded later (dynamic imports), gzip |',
  '| --- | --- | --- | --- |',
  ...Object.entries(sizes).map(
    ([entry, s]) =>
      `| \`${entry}\` | ${kb(s.ownGzipBytes)} | ${kb(s.bundledGzipBytes)} | ${s.lazyGzipBytes ? kb(s.lazyGzipBytes) : '—'} |`,
  ),
].join('\n');
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, `<!-- size:start -->\n${table}\n<!-- size:end -->`),
);
console.log(table);
