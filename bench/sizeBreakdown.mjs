// What a bundle is made of, by package or source folder: the Timeline alone (esbuild metafile) and the embed script
// (source map). Built from src/ (dist/ has no source maps and its own code is already merged into chunks), so the
// totals can differ a little from dist's; bench/measureSizes.mjs measures dist itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { bundle, gzip } from './measureSizes.mjs';

/**
 * `export { Timeline } from 'flashpoint/react'` as bench/measureSizes.mjs bundles it, but from src/: minified bytes
 * of the first load per package or source folder (metafile bytesInOutput), largest first.
 */
export async function timelineBreakdown() {
  const { metafile, initial } = await bundle({
    stdin: { contents: "export { Timeline } from './src/react/index.ts';", resolveDir: process.cwd() },
  });
  const bytes = new Map();
  for (const path of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[path].inputs)) {
      const part = partOf(input);
      bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
    }
  }
  const minifiedBytes = [...initial].reduce((sum, path) => sum + metafile.outputs[path].bytes, 0);
  const parts = [...bytes]
    .map(([part, partBytes]) => ({ part, minifiedBytes: partBytes, share: partBytes / minifiedBytes }))
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  return { minifiedBytes, parts };
}

// --- What the embed script is made of
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

/** The package (node_modules) or source folder a bundled input came from. */
export function partOf(input) {
  if (input.includes('inline-css:') || input.endsWith('.css')) return 'styles.css (as text)';
  const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = input.match(/src\/([^/]+)(?:\/(locales)\/)?/);
  if (own) return own[2] ? `src/${own[1]}/${own[2]}` : `src/${own[1]}`;
  return 'esbuild runtime';
}

export async function embedBreakdown() {
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
