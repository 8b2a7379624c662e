#!/usr/bin/env node
// `npm test`: every check a submission must pass, in order, then one plain line of counts.
// Each step still runs when an earlier one failed, so a single run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'flashpoint-test-'));

/**
 * The whole Vitest suite runs twice: in UTC and in a zone with summer time far from the data's places,
 * so code that leaks the machine's local time (a bare `new Date().getDate()`, an Intl call without
 * `timeZone`) fails in one of them. Every project takes TZ: Node, jsdom and Chromium (launched by Playwright
 * with this environment; test/browser/RunTimeZone.browser.test.ts checks it really is).
 */
const TEST_ZONES = ['UTC', 'America/Los_Angeles'];

const vitestRun = (zone, index) => {
  const report = join(reports, `vitest-${zone.replace(/\W/g, '-')}.json`);
  return {
    name: `vitest with TZ=${zone} (node, jsdom, browser, storybook)`,
    cmd: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    // After the first zone, the slow zone-independent files (leaks, XSS corpus) are skipped: test/browser/zoneRepeat.ts.
    env: { ...process.env, TZ: zone, ...(index > 0 && { FLASHPOINT_ZONE_REPEAT: '1' }) },
    report,
  };
};

/** Named checks that are not Vitest tests count as one test each. */
const steps = [
  { name: 'lint (eslint)', cmd: [bin('eslint'), '.'] },
  { name: 'format (prettier)', cmd: [bin('prettier'), '--check', '.'] },
  { name: 'typecheck (tsc)', cmd: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'react 18 fixture', cmd: ['node', 'scripts/ensure-react18.mjs'] },
  // Before the tests: the e2e project loads the built embed script, iframe child and static renderer.
  { name: 'build (tsup)', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'size budgets', cmd: ['node', 'scripts/check-size.mjs'] },
  ...TEST_ZONES.map((zone, index) => vitestRun(zone, index)),
  { name: 'publint', cmd: [bin('publint'), '--strict'] },
  {
    name: 'are the types wrong',
    // A stylesheet, the embed's classic script (it defines window.Flashpoint, it exports nothing) and the iframe's
    // HTML page have no types to resolve, so attw would report them as failures.
    cmd: [
      bin('attw'),
      '--pack',
      '.',
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      'styles.css',
      'embed',
      'embed/frame.html',
    ],
  },
  { name: 'package contents', cmd: ['node', 'scripts/check-package.mjs'] },
];

let passed = 0;
let failed = 0;
const failures = [];
const timings = [];

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: step.env ?? process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  console.log(`◀ ${step.name}: ${seconds} s`);
  const ok = result.status === 0;
  const report = step.report;
  if (report) {
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
      // Vitest can fail outside any test (an unhandled error): that counts as a failure too.
      if (!ok && json.numFailedTests === 0 && brokenSuites.length === 0) failed += 1;
      if (json.numTotalTests === 0) {
        failed += 1;
        failures.push(`${step.name}: ran no test`);
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

console.log(`\nTimes:\n  ${timings.join('\n  ')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
