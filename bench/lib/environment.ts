// Where and with what the benchmark ran: the header of RESULTS.md and a block of results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { resolve } from 'node:path';
import { ROOT } from './paths';

export interface Environment {
  date: string;
  cpuModel: string;
  cpuCount: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** Package versions; Flashpoint's also names the commit checked out and when dist/ was built. */
  versions: Record<string, string>;
}

function packageVersion(name: string): string {
  const path = name === 'flashpoint' ? 'package.json' : `node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as { version: string }).version;
}

function flashpointBuild(): string {
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a checkout (a tarball): the version alone says what was measured.
  }
  const built = statSync(resolve(ROOT, 'dist/react.js'), { throwIfNoEntry: false })?.mtime.toISOString() ?? 'unknown';
  return `${packageVersion('flashpoint')} (checkout ${commit}, dist/ built ${built})`;
}

export function describeEnvironment(chromiumVersion: string, date = new Date()): Environment {
  const processors = cpus();
  return {
    date: date.toISOString(),
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    versions: {
      flashpoint: flashpointBuild(),
      'vis-timeline': packageVersion('vis-timeline'),
      'react-chrono': packageVersion('react-chrono'),
      react: packageVersion('react'),
      'react-dom': packageVersion('react-dom'),
      playwright: packageVersion('playwright'),
      esbuild: packageVersion('esbuild'),
    },
  };
}
