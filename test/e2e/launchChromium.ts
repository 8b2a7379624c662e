import { chromium, type Browser, type BrowserContextOptions } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromiumProvider';

/** Debian's Chromium, headless, with the flags this machine needs (see test/browser/chromiumProvider.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}

export type { Browser, BrowserContextOptions };
