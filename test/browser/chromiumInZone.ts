import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumProvider.ts';

/**
 * Chromium in a given IANA zone, whatever TZ the test run has: Playwright sets the zone on the browser context
 * (Date and Intl alike). The hydration tests use it to put the reader in another zone than the server.
 */
export function chromiumInZone(timezoneId: string) {
  return playwright({
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
    contextOptions: { timezoneId },
  });
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The zone a project's Chromium runs in, when it sets one with chromiumInZone. */
    browserTimeZone?: string;
  }
}
