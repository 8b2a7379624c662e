import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumProvider } from './test/browser/chromiumProvider.ts';
import { emulateMedia } from './test/browser/commands.ts';

// Browser projects pre-bundle these up front: discovered mid-run, Vite would reload the page and fail the
// first tests of a fresh clone ("Failed to fetch dynamically imported module").
const BROWSER_DEPS = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-dev-runtime',
  'zod',
  'd3-array',
  'd3-interpolate',
  'd3-random',
  'd3-scale',
  'd3-selection',
  'd3-shape',
  'd3-time',
  'd3-transition',
  'd3-zoom',
  '@visx/axis',
  '@visx/group',
  '@visx/brush',
  '@visx/geo',
  'topojson-client',
];

// Four projects, one per place the code has to work:
// node (pure modules), jsdom (components, fast), browser (real Chromium) and storybook (every story, with axe).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/browser/**'],
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
      {
        plugins: [react()],
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider(),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia },
          },
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'storybook',
          // axe over a 1,000-event story takes ~10 s on a 2-core machine.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider(),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
