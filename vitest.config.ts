import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumProvider } from './test/browser/chromiumProvider.ts';
import { emulateMedia } from './test/browser/commands.ts';
import { PORTABLE_STORY_DEPS, PREBUNDLED_DEPS } from './.storybook/prebundledDeps.ts';

// Five projects, one per place the code has to work: node (pure modules), e2e (built files in Chromium through
// Playwright), jsdom (components, fast), browser (real Chromium) and storybook (every story, with axe).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**'],
        },
      },
      {
        // Built files (the embed script, the iframe child, examples/) in Chromium driven by Playwright against a
        // loopback server: what a page that is not ours sees, with the headers it sends (CSP).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/ensureBuilt.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
        optimizeDeps: { include: [...PREBUNDLED_DEPS, ...PORTABLE_STORY_DEPS] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          // The zone the run was started in (TZ), so a browser test can check Chromium really runs in it.
          provide: {
            runTimeZone: process.env.TZ ?? '',
            nodeTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
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
        optimizeDeps: { include: PREBUNDLED_DEPS },
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
