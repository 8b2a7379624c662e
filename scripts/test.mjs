#!/usr/bin/env node
// `npm test`: every check a submission must pass, in order, then one plain line of counts.
// Each step still runs when an earlier one failed, so a single run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const report = join(mkdtempSync(join(tmpdir(), 'flashpoint-test-')), 'vitest.json');

/** Named checks that are not Vitest tests count as one test each. */
const steps = [
  { name: 'lint (eslint)', cmd: [bin('eslint'), '.'] },
  { name: 'format (prettier)', cmd: [bin('prettier'), '--check', '.'] },
  { name: 'typecheck (tsc)', cmd: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  {
    name: 'vitest (node, jsdom, browser, storybook)',
    cmd: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    vitest: true,
  },
  { name: 'build (tsup)', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'publint', cmd: [bin('publint'), '--strict'] },
  {
    name: 'are the types wrong',
    // A stylesheet has no types to resolve, so attw would report it as a failure.
    cmd: [bin('attw'), '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'],
  },
  { name: 'package contents', cmd: ['node', 'scripts/check-package.mjs'] },
];

let passed = 0;
let failed = 0;
const failures = [];

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (step.vitest) {
    if (existsSync(report)) {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      // A suite that fails to load has no failing test but is a failure all the same.
      const brokenSuites = json.testResults.filter(
        (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
      );
      failed += brokenSuites.length;
      if (!ok || json.numFailedTests > 0 || brokenSuites.length > 0) failures.push(step.name);
      if (json.numTotalTests === 0) {
        failed += 1;
        failures.push('vitest ran no test');
      }
    } else {
      failed += 1;
      failures.push(`${step.name} (no report written)`);
    }
    continue;
  }
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(step.name);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
