import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumProvider } from './test/browser/chromiumProvider.ts';
import { emulateMedia } from './test/browser/commands.ts';
import { chromiumInZone } from './test/browser/chromiumInZone.ts';
import { renderOnServer } from './test/browser/serverRender.ts';
import { PORTABLE_STORY_DEPS, PREBUNDLED_DEPS } from './.storybook/prebundledDeps.ts';
import { REACT18_LINE, react18Aliases } from './test/ssr/react18Aliases.ts';

const HYDRATION_TEST = 'test/browser/Hydration.browser.test.tsx';
const HYDRATION_BROWSER_ZONE = 'America/New_York';

// Five projects, one per place the code has to work: node (pure modules), e2e (built files in Chromium through
// Playwright), jsdom (components, fast), browser (real Chromium) and storybook (every story, with axe). Three more
// for server rendering: ssr-react18 (the server-render tests on React 18.3), hydration and hydration-react18
// (server HTML from Node in UTC, hydrated in Chromium in New York, on React 19 and 18.3).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**'],
          // `import text from './styles.css?inline'` (flashpoint/static) must give the text, not Vitest's empty stand-in.
          css: { include: [/\.css\?inline$/] },
        },
      },
      {
        // The server-render tests again under React 18.3 (the peer range promises ^18.2 || ^19). visx is inlined so
        // its own `react` imports meet the alias too: one React, or hooks break.
        resolve: { alias: react18Aliases('node') },
        test: {
          name: 'ssr-react18',
          environment: 'node',
          include: ['test/static/**/*Ssr.test.ts'],
          server: { deps: { inline: [/@visx\//] } },
          provide: { reactLine: REACT18_LINE },
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
          // The embed's 200-round leak test runs in npm test's first zone only (see the browser project).
          provide: { zoneRepeat: process.env.FLASHPOINT_ZONE_REPEAT === '1' },
          hookTimeout: 120_000,
          // The static renderer runs from source here (its SVG and HTML files are what the browser loads).
          css: { include: [/\.css\?inline$/] },
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
          // A test's own waits plus axe can pass the 15 s default when both zones' runs share a 2-core machine.
          testTimeout: 60_000,
          // Runs in its own projects, with Chromium in another zone than the run's.
          exclude: [...configDefaults.exclude, HYDRATION_TEST],
          // The zone the run was started in (TZ), so a browser test can check Chromium really runs in it.
          provide: {
            runTimeZone: process.env.TZ ?? '',
            nodeTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            // npm test's later zone runs skip the slow files whose outcome no zone changes (test/browser/zoneRepeat.ts).
            zoneRepeat: process.env.FLASHPOINT_ZONE_REPEAT === '1',
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
        // Server HTML from Node in UTC (renderOnServer), hydrated in Chromium in New York: a reader's zone must never
        // make the browser's first render differ from the server's.
        plugins: [react()],
        optimizeDeps: { include: PREBUNDLED_DEPS },
        test: {
          name: 'hydration',
          include: [HYDRATION_TEST],
          testTimeout: 30_000,
          provide: { browserTimeZone: HYDRATION_BROWSER_ZONE },
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumInZone(HYDRATION_BROWSER_ZONE),
            instances: [{ browser: 'chromium' }],
            commands: { renderOnServer },
          },
        },
      },
      {
        // The same under React 18.3: the browser bundles React 18 (aliased, pre-bundled from test/react18), and the
        // server render runs on React 18 too (renderOnServer with the reactLine).
        plugins: [react()],
        resolve: { alias: react18Aliases('browser') },
        optimizeDeps: { include: PREBUNDLED_DEPS },
        cacheDir: 'node_modules/.vite/hydration-react18',
        test: {
          name: 'hydration-react18',
          include: [HYDRATION_TEST],
          testTimeout: 30_000,
          provide: { browserTimeZone: HYDRATION_BROWSER_ZONE, reactLine: REACT18_LINE },
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumInZone(HYDRATION_BROWSER_ZONE),
            instances: [{ browser: 'chromium' }],
            commands: { renderOnServer },
          },
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: PREBUNDLED_DEPS },
        test: {
          name: 'storybook',
          // axe over a 1,000-event story takes ~10 s on a quiet 2-core machine, and was seen at 33 s under CI's load.
          testTimeout: 120_000,
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
