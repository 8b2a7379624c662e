import { playwright } from '@vitest/browser-playwright';

/** Flags that let Debian's Chromium run headless as root on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * A fresh provider per Vitest project: a shared options object gets mutated by Vitest,
 * so each project must build its own.
 */
export function chromiumProvider() {
  return playwright({
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  });
}
