import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

/** `import text from './styles.css?inline'` → the file's text (what Vite does natively for the tests). */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
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
  esbuildPlugins: [inlineCss],
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
};

export default defineConfig([browserConfig, embedConfig, cliConfig]);
