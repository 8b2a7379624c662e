import type { BrowserCommand } from 'vitest/node';

export interface MediaOptions {
  media?: 'print' | 'screen' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

/** Lets a browser test see the page as a printer, a reader who asked for less motion, or forced colours do. */
export const emulateMedia: BrowserCommand<[options: MediaOptions]> = async (context, options) => {
  await context.page.emulateMedia(options);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: MediaOptions) => Promise<void>;
  }
}
