import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './paths';

/** The built files the benchmark reads: the pages bundle them and the size step measures them (styles.css has a
 * stand-in, see libraries.ts). */
export const DIST_FILES = ['dist/react.js', 'dist/datasets.js', 'dist/embed/flashpoint.js'];

/** Waits while dist/ is being rebuilt (it is removed first), up to `ms`; throws with what is missing after that. */
export async function waitForDist(ms = 300_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const missing = DIST_FILES.filter((file) => !existsSync(resolve(ROOT, file)));
    if (!missing.length) return;
    if (Date.now() > deadline) throw new Error(`dist/ is not built (missing ${missing.join(', ')}): run npm run build`);
    await new Promise((done) => setTimeout(done, 2000));
  }
}
