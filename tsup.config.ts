import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    datasets: 'src/datasets/index.ts',
    react: 'src/react/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  clean: true,
  // Shared code (the schema) goes into chunks, so `flashpoint` and `flashpoint/react` do not each carry a copy.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  outDir: 'dist',
});
