// Debian's Chromium through Playwright, headless, with the flags the rest of the project uses.
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/cli/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
}

/** The viewport of every page: the 1200 px container and room for the plot. */
export const VIEWPORT = { width: 1280, height: 1000 };
