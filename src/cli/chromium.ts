import { existsSync } from 'node:fs';

/**
 * Flags that let a system Chromium run headless as root on a machine with no network but the loopback (the tests
 * launch Chromium with the same list).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where distributions put Chromium (or Chrome), in the order tried when CHROMIUM_PATH is not set. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The browser to drive: CHROMIUM_PATH when set, else the first system Chromium found; undefined lets Playwright use
 * its own download (`npx playwright install chromium`), if there is one.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** What to do when no browser can be started: one line, naming the fixes. */
export const CHROMIUM_MISSING =
  'flashpoint render: --format png draws the picture in Chromium, and none could be started. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary';
