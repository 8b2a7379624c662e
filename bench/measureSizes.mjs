// Gzip sizes of what dist/ ships, as a user's bundler or page gets it. Measures the files as they are: it never
// builds dist/ (run `npm run build` first). Used by bench/size.mjs (`npm run size`) and scripts/check-size.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const gzip = (text) => gzipSync(text, { level: 9 }).length;

const ENTRIES = { flashpoint: 'index', 'flashpoint/datasets': 'datasets', 'flashpoint/react': 'react' };
/** What a React user's bundler gets for one named import: React is theirs already. */
const REACT_EXTERNAL = ['react', 'react-dom', 'react/*', 'react-dom/*'];
const ATLAS_INPUT = /node_modules\/world-atlas\//;
/** The start of countries-110m.json as esbuild or a minifier inlines it (or as JSON text). */
const INLINED_ATLAS = /countries:\{type:"GeometryCollection"|"countries":\{"type":"GeometryCollection"/;

/** The entry file and the chunks it imports, as shipped (dependencies excluded). */
function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const chunks = [...code.matchAll(/from\s*["'](\.\/[^"']+)["']|import\s*["'](\.\/[^"']+)["']/g)].map(
    (m) => m[1] ?? m[2],
  );
  return code + chunks.map((chunk) => withChunks(join(dirname(file), chunk), seen)).join('');
}

/** Output files reached from the entry's output through static imports: what loads before anything runs. */
function initialOutputs(metafile) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    outputs[path].imports.filter((i) => i.kind === 'import-statement').forEach((i) => visit(i.path));
  };
  visit(entry);
  return initial;
}

/**
 * A user's bundle (esbuild: minified ESM for browsers, code splitting, React external): what loads at first, what
 * loads later through dynamic imports, and whether the world atlas is in the first part.
 */
export async function bundle(entry) {
  const result = await build({
    ...entry,
    bundle: true,
    splitting: true,
    outdir: 'bench/.size-out',
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    platform: 'browser',
    external: REACT_EXTERNAL,
    logLevel: 'silent',
  });
  const initial = initialOutputs(result.metafile);
  const initialFiles = new Set([...initial].map((path) => resolve(path)));
  const isInitial = (out) => initialFiles.has(out.path);
  const texts = (first) => result.outputFiles.filter((out) => isInitial(out) === first).map((out) => out.text);
  const hasAtlas = (paths) =>
    paths.some((path) => Object.keys(result.metafile.outputs[path].inputs).some((i) => ATLAS_INPUT.test(i)));
  const lazyPaths = Object.keys(result.metafile.outputs).filter((path) => !initial.has(path));
  const lazyText = texts(false).join('');
  return {
    initialGzipBytes: gzip(texts(true).join('')),
    lazyGzipBytes: lazyText ? gzip(lazyText) : 0,
    atlasInInitial: hasAtlas([...initial]),
    atlasInLazy: hasAtlas(lazyPaths),
    metafile: result.metafile,
    initial,
  };
}

/** `export { <name> } from 'flashpoint/react'`, resolved through the package's own exports map (dist/). */
export const namedImport = (name) => ({
  stdin: { contents: `export { ${name} } from 'flashpoint/react';`, resolveDir: process.cwd(), sourcefile: 'entry.js' },
});

/** Per entry in dist/: own code gzip, bundled with its dependencies (initial) and what loads later. */
export async function measureEntries() {
  const sizes = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    const path = `dist/${file}.js`;
    const { initialGzipBytes, lazyGzipBytes } = await bundle({ entryPoints: [path] });
    sizes[name] = { ownGzipBytes: gzip(withChunks(path)), bundledGzipBytes: initialGzipBytes, lazyGzipBytes };
  }
  sizes['flashpoint/styles.css'] = { ownGzipBytes: gzip(readFileSync('dist/styles.css', 'utf8')) };
  const embed = readFileSync('dist/embed/flashpoint.js', 'utf8');
  sizes['flashpoint/embed'] = {
    ownGzipBytes: gzip(embed),
    lazyGzipBytes: gzip(readFileSync('dist/embed/world-atlas-110m.json')),
    atlasInlined: INLINED_ATLAS.test(embed),
  };
  return sizes;
}

/** One named import of `flashpoint/react` alone (Timeline, MapInset): first load, later, atlas placement. */
export async function measureNamedImport(name) {
  const { metafile: _metafile, initial: _initial, ...sizes } = await bundle(namedImport(name));
  return sizes;
}

/**
 * Every figure the size budgets watch, flat (item → gzip bytes), and where the world atlas went (item → whether
 * it is in a first load, which must be false: the map's outlines load only when a map shows).
 */
export async function measureBudgetItems() {
  const entries = await measureEntries();
  const timeline = await measureNamedImport('Timeline');
  const mapInset = await measureNamedImport('MapInset');
  const bytes = {
    'Timeline alone: initial': timeline.initialGzipBytes,
    'Timeline alone: later': timeline.lazyGzipBytes,
    'MapInset alone: initial': mapInset.initialGzipBytes,
    'MapInset alone: later': mapInset.lazyGzipBytes,
  };
  for (const [name, s] of Object.entries(entries)) {
    if (name === 'flashpoint/embed') continue;
    bytes[`${name}: own`] = s.ownGzipBytes;
    if (s.bundledGzipBytes !== undefined) bytes[`${name}: bundled`] = s.bundledGzipBytes;
    if (s.lazyGzipBytes) bytes[`${name}: later`] = s.lazyGzipBytes;
  }
  bytes['flashpoint/embed (React included)'] = entries['flashpoint/embed'].ownGzipBytes;
  bytes['flashpoint/embed: atlas file'] = entries['flashpoint/embed'].lazyGzipBytes;
  const atlasInFirstLoad = {
    'Timeline alone': timeline.atlasInInitial,
    'MapInset alone': mapInset.atlasInInitial,
    'flashpoint/embed script': entries['flashpoint/embed'].atlasInlined,
  };
  const atlasInLazyChunk = { 'Timeline alone': timeline.atlasInLazy, 'MapInset alone': mapInset.atlasInLazy };
  return { bytes, atlasInFirstLoad, atlasInLazyChunk, entries, timeline, mapInset };
}
