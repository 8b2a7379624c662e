#!/usr/bin/env node
// Browser tests drive Debian's Chromium through Playwright; Playwright never downloads a browser here.
// Finds Chromium (CHROMIUM_PATH, then the usual paths); installs Debian's package when running as root;
// otherwise stops with the exact command to run.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function found() {
  return candidates.find((path) => existsSync(path));
}

function runs(path) {
  const result = spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's package (apt-get install -y chromium)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = found();
  }
}

if (!path) {
  console.error(
    [
      'Browser tests need Chromium, and none was found.',
      'Install it, then run the tests again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  elsewhere:     install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  process.exit(1);
}

const version = runs(path);
if (!version) {
  console.error(`Chromium at ${path} does not start (tried: ${path} --headless --no-sandbox --version).`);
  process.exit(1);
}
console.log(`Using ${version} at ${path}`);
