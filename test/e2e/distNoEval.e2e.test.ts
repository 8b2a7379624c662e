// Nothing in dist/ builds code from strings (a strict Content-Security-Policy without 'unsafe-eval' forbids it):
// every built .js file is scanned. The runtime side (no Function constructed while an embed parses and draws) is in
// embedStates.e2e.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function builtScripts(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return builtScripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  // `eval(` itself, not a method called eval (`parser.eval(`, math-expression-evaluator's).
  ['eval', /(?<![.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function("…")', /(?<![.\w$])Function\s*\(\s*["'`]/],
  ['a timer given a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

/** `x = Function`: zod keeps the constructor in a variable for its JIT, which the embed turns off. */
const FUNCTION_ALIAS = /(?<![.\w$])Function(?![\w$.])/g;

describe('dist/ uses neither eval nor new Function', () => {
  const files = builtScripts('dist');

  it('finds the built files', () => {
    expect(files).toContain(join('dist', 'embed', 'flashpoint.js'));
    expect(files).toContain(join('dist', 'react.js'));
  });

  it.each(files)('%s', (file) => {
    const code = readFileSync(file, 'utf8');
    const found = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
    const aliases = code.match(FUNCTION_ALIAS) ?? [];
    if (aliases.length > 0) {
      // Only bundles carrying zod may hold it, and only with zod's JIT switched off before any schema is built.
      expect(file.startsWith(join('dist', 'embed'))).toBe(true);
      expect(code).toMatch(/jitless:\s*(?:true|!0)/);
      expect(aliases.length).toBeLessThanOrEqual(2);
    }
  });
});
