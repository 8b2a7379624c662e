import { defineConfig, type Options } from 'tsup';

const browserConfig: Options = {
  entry: {
    index: 'src/index.ts',
    datasets: 'src/datasets/index.ts',
    react: 'src/react/index.ts',
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

export default defineConfig([browserConfig, cliConfig]);
