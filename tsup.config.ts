import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

/** `import text from './styles.css?inline'` → the file's text (what Vite does natively for the tests). */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    // The path keeps its `?inline`: tsup's own CSS plugin loads every path ending in `.css` (in any namespace) as
    // a stylesheet, which left the text empty in the bundle and wrote a stray dist/embed/*.css.
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: `${new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname}?inline`,
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path.replace(/\?inline$/, ''), 'utf8'),
      loader: 'text',
    }));
  },
};

const browserConfig: Options = {
  entry: {
    index: 'src/index.ts',
    datasets: 'src/datasets/index.ts',
    react: 'src/react/index.ts',
    static: 'src/static/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  // Both configs build at once, so neither cleans: `npm run build` empties dist first.
  clean: false,
  // Shared code (the schema) goes into chunks, so `flashpoint` and `flashpoint/react` do not each carry a copy.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  outDir: 'dist',
  esbuildPlugins: [inlineCss],
};

/**
 * What the single-file embed builds need beyond the library build: the map's country outlines come from a file
 * beside the script instead of being inlined (a classic script has no chunks; they are 39 KB gzip of the embed's
 * size), and src/embed/zodWithoutEval.ts runs although package.json marks source files free of side effects.
 */
const embedOnly: Plugin = {
  name: 'embed-only',
  setup(build) {
    build.onResolve({ filter: /\/loadCountryOutlines$/ }, () => ({
      path: resolve('src/embed/fetchCountryOutlines.ts'),
    }));
    build.onResolve({ filter: /\/zodWithoutEval$/ }, () => ({
      path: resolve('src/embed/zodWithoutEval.ts'),
      sideEffects: true,
    }));
    build.onEnd(() => {
      mkdirSync('dist/embed', { recursive: true });
      copyFileSync('node_modules/world-atlas/countries-110m.json', 'dist/embed/world-atlas-110m.json');
    });
  },
};

/**
 * The embed script for pages without a bundler: one classic script (IIFE) with React and the stylesheet inside,
 * minified, defining `window.Flashpoint`. `dist/embed/frame.html` (the iframe child) loads it.
 */
const embedConfig: Options = {
  entry: { 'embed/flashpoint': 'src/embed/index.ts', 'embed/frame': 'src/embed/frame.ts' },
  format: ['iife'],
  platform: 'browser',
  target: 'es2020',
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  minify: true,
  sourcemap: false,
  outDir: 'dist',
  noExternal: [/.*/],
  define: { 'process.env.NODE_ENV': '"production"' },
  outExtension: () => ({ js: '.js' }),
  esbuildPlugins: [embedOnly, inlineCss],
};

/** The `flashpoint` command (package bin): Node only, one file, its own build so it shares no chunk with the entries above. */
const cliConfig: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  clean: false,
  splitting: false,
  treeshake: false,
  sourcemap: false,
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  // `render` draws with flashpoint/static, which carries styles.css as text.
  esbuildPlugins: [inlineCss],
};

export default defineConfig([browserConfig, embedConfig, cliConfig]);
