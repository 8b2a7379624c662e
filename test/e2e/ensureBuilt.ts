// Vitest globalSetup of the e2e project: the end-to-end pages load the built files (dist/embed/flashpoint.js,
// dist/embed/frame.html). `npm test` builds before Vitest runs; a run by hand builds here if dist is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function ensureBuilt(): void {
  if (existsSync('dist/embed/flashpoint.js') && existsSync('dist/embed/frame.html')) return;
  execSync('npm run --silent build', { stdio: 'inherit' });
}
