#!/usr/bin/env node
// Gzip sizes of each entry as built (run `npm run build` first), two ways:
// - "own": the entry and the chunks it imports, as shipped (dependencies excluded);
// - "bundled": what a user's bundler adds, minified with the runtime dependencies (zod, d3) but not React.
// Then the embed script (dist/embed/flashpoint.js, React included) and what it is made of.
// Writes bench/size.json and the tables between the size markers in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
sizes['flashpoint/embed'] = {
  ownGzipBytes: gzip(readFileSync('dist/embed/flashpoint.js')),
  lazyGzipBytes: gzip(readFileSync('dist/embed/world-atlas-110m.json')),
};

// --- What the embed script is made of ---------------------------------------------------------------------------
// The embed is built again here as tsup.config.ts builds it (same entry, target and replacements), with a source
// map: each stretch of minified output is put down to the package or source folder it came from, and each group is
// gzipped on its own ("alone": the parts add up to more than the whole, which compresses across them).
const embedPlugins = {
  name: 'embed-as-built',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
    b.onResolve({ filter: /\/loadCountryOutlines$/ }, () => ({ path: resolve('src/embed/fetchCountryOutlines.ts') }));
    b.onResolve({ filter: /\/zodWithoutEval$/ }, () => ({
      path: resolve('src/embed/zodWithoutEval.ts'),
      sideEffects: true,
    }));
  },
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map mappings → per output line, [column, source index] of each segment (VLQ, fields 1 and 2). */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0];
        if (values.length > 1) source += values[1];
        return [column, values.length > 1 ? source : -1];
      });
  });
}

function partOf(input) {
  if (input.includes('inline-css:') || input.endsWith('.css')) return 'styles.css (as text)';
  const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = input.match(/src\/([^/]+)(?:\/(locales)\/)?/);
  if (own) return own[2] ? `src/${own[1]}/${own[2]}` : `src/${own[1]}`;
  return 'esbuild runtime';
}

async function embedBreakdown() {
  const result = await build({
    entryPoints: ['src/embed/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: 'external',
    outfile: 'bench/.size-out/embed.js',
    write: false,
    plugins: [embedPlugins],
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((out) => out.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((out) => out.path.endsWith('.map')).text);
  const texts = new Map();
  const lines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const part = source < 0 ? 'esbuild runtime' : partOf(map.sources[source]);
      texts.set(part, (texts.get(part) ?? '') + line.slice(column, end));
    });
  });
  const parts = [...texts]
    .map(([part, text]) => ({ part, minifiedBytes: Buffer.byteLength(text), gzipAloneBytes: gzip(text) }))
    .sort((a, b) => b.gzipAloneBytes - a.gzipAloneBytes);
  return { minifiedBytes: Buffer.byteLength(code), gzipBytes: gzip(code), parts };
}

const embed = await embedBreakdown();

writeFileSync(
  'bench/size.json',
  `${JSON.stringify({ measured: new Date().toISOString(), sizes, embedBreakdown: embed }, null, 2)}\n`,
);

const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const table = [
  '| entry | own code, gzip | with its dependencies (not React), minified + gzip | loaded later (dynamic imports), gzip |',
  '| --- | --- | --- | --- |',
  ...Object.entries(sizes).map(
    ([entry, s]) =>
      `| \`${entry}\` | ${kb(s.ownGzipBytes)} | ${kb(s.bundledGzipBytes)} | ${s.lazyGzipBytes ? kb(s.lazyGzipBytes) : '—'} |`,
  ),
].join('\n');
const TOP_PARTS = 12;
const shown = embed.parts.slice(0, TOP_PARTS);
const rest = embed.parts.slice(TOP_PARTS);
const embedTable = [
  `\`flashpoint/embed\` is React, the components, the parser and the stylesheet in one script (the map's outlines are a file beside it, loaded when a map shows). What it is made of, each part gzipped alone:`,
  '',
  '| part | minified | gzip alone |',
  '| --- | --- | --- |',
  ...shown.map((p) => `| ${p.part} | ${kb(p.minifiedBytes)} | ${kb(p.gzipAloneBytes)} |`),
  `| ${rest.length} smaller parts | ${kb(rest.reduce((sum, p) => sum + p.minifiedBytes, 0))} | ${kb(rest.reduce((sum, p) => sum + p.gzipAloneBytes, 0))} |`,
].join('\n');
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme.replace(
    /<!-- size:start -->[\s\S]*<!-- size:end -->/,
    `<!-- size:start -->\n${table}\n\n${embedTable}\n<!-- size:end -->`,
  ),
);
console.log(`${table}\n\n${embedTable}`);
console.log(
  `\nembed rebuilt for the breakdown: ${kb(embed.minifiedBytes)} minified, ${kb(embed.gzipBytes)} gzip (dist: ${kb(sizes['flashpoint/embed'].ownGzipBytes)} gzip)`,
);
