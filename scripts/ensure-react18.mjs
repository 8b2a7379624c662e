#!/usr/bin/env node
// Installs React 18.3 into test/react18 (its own lockfile) for the server-render and hydration tests under
// React 18. Not in the root install: react-dom 18's peer range cannot sit beside React 19 there.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('test/react18/node_modules/react-dom/package.json')) {
  console.log('react18: test/react18/node_modules present');
} else {
  execSync('npm ci --prefix test/react18 --no-audit --no-fund', { stdio: 'inherit' });
}
