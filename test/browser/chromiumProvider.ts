import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS } from '../../src/cli/chromium';

// The flags Debian's Chromium needs headless as root with only loopback: the same list the CLI's PNG output uses.
export { CHROMIUM_ARGS };

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
