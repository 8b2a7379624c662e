import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserType } from 'playwright';
import { CliError } from './CliError';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, chromiumExecutable } from './chromium';

/**
 * Playwright is not a dependency of flashpoint (only PNG output needs it): loaded when asked for, from the user's
 * install. The name is in a variable so the bundler leaves the import to run time.
 */
async function loadChromium(): Promise<BrowserType> {
  for (const name of ['playwright', 'playwright-core']) {
    try {
      const module = (await import(name)) as { chromium?: BrowserType; default?: { chromium?: BrowserType } };
      const chromium = module.chromium ?? module.default?.chromium;
      if (chromium) return chromium;
    } catch {
      // Not installed: try the next name.
    }
  }
  throw new CliError(
    'flashpoint render: --format png needs Playwright to drive Chromium: npm install playwright-core (it downloads no browser), then apt-get install chromium or set CHROMIUM_PATH',
  );
}

/**
 * The SVG drawn by Chromium as a PNG of its own size: the file opened as a standalone document (as an image viewer
 * or a link preview would), its fonts loaded, then photographed. Chromium shapes Arabic, Persian and Hebrew.
 */
export async function svgToPng(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  const chromium = await loadChromium();
  const executablePath = chromiumExecutable();
  let browser;
  try {
    browser = await chromium.launch({
      headless: true,
      args: [...CHROMIUM_ARGS],
      ...(executablePath && { executablePath }),
    });
  } catch (error) {
    const detail = (error as Error).message?.split('\n')[0] ?? String(error);
    throw new CliError(`${CHROMIUM_MISSING} (${detail})`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'flashpoint-render-'));
  try {
    const file = join(folder, 'picture.svg');
    writeFileSync(file, svg);
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } });
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
